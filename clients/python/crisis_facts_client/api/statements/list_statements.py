import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_statements_kind_type_0 import ListStatementsKindType0
from ...models.page_statement_public import PageStatementPublic
from ...models.problem import Problem
from ...models.statement_sort import StatementSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort: StatementSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: ListStatementsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    json_speaker: str | Unset | None
    if isinstance(speaker, Unset):
        json_speaker = UNSET
    else:
        json_speaker = speaker
    params["speaker"] = json_speaker

    json_article: str | Unset | None
    if isinstance(article, Unset):
        json_article = UNSET
    else:
        json_article = article
    params["article"] = json_article

    json_kind: str | Unset | None
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListStatementsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_q: str | Unset | None
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_since: str | Unset | None
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: str | Unset | None
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.date):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageStatementPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageStatementPublic.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageStatementPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: StatementSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: ListStatementsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Response[PageStatementPublic | Problem]:
    """Statements: who said what, when, where reported

    Args:
        sort (StatementSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (ListStatementsKindType0 | None | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStatementPublic | Problem]
    """

    kwargs = _get_kwargs(
        sort=sort,
        limit=limit,
        offset=offset,
        speaker=speaker,
        article=article,
        kind=kind,
        q=q,
        since=since,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort: StatementSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: ListStatementsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> PageStatementPublic | Problem | None:
    """Statements: who said what, when, where reported

    Args:
        sort (StatementSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (ListStatementsKindType0 | None | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStatementPublic | Problem
    """

    return sync_detailed(
        client=client,
        sort=sort,
        limit=limit,
        offset=offset,
        speaker=speaker,
        article=article,
        kind=kind,
        q=q,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: StatementSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: ListStatementsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Response[PageStatementPublic | Problem]:
    """Statements: who said what, when, where reported

    Args:
        sort (StatementSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (ListStatementsKindType0 | None | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStatementPublic | Problem]
    """

    kwargs = _get_kwargs(
        sort=sort,
        limit=limit,
        offset=offset,
        speaker=speaker,
        article=article,
        kind=kind,
        q=q,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort: StatementSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: ListStatementsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> PageStatementPublic | Problem | None:
    """Statements: who said what, when, where reported

    Args:
        sort (StatementSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (ListStatementsKindType0 | None | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStatementPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            limit=limit,
            offset=offset,
            speaker=speaker,
            article=article,
            kind=kind,
            q=q,
            since=since,
            until=until,
        )
    ).parsed
