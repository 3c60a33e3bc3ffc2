import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statements_download_fmt import StatementsDownloadFmt
from ...models.statements_download_kind_type_0 import StatementsDownloadKindType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fmt: StatementsDownloadFmt,
    *,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: None | StatementsDownloadKindType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
    elif isinstance(kind, StatementsDownloadKindType0):
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
        "url": "/api/v1/statements.{fmt}".format(
            fmt=quote(str(fmt), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fmt: StatementsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: None | StatementsDownloadKindType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Download statements as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (StatementsDownloadFmt): csv or jsonl (JSON Lines)
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (None | StatementsDownloadKindType0 | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        fmt=fmt,
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
    fmt: StatementsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: None | StatementsDownloadKindType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Problem | str | None:
    """Download statements as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (StatementsDownloadFmt): csv or jsonl (JSON Lines)
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (None | StatementsDownloadKindType0 | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        fmt=fmt,
        client=client,
        speaker=speaker,
        article=article,
        kind=kind,
        q=q,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    fmt: StatementsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: None | StatementsDownloadKindType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Download statements as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (StatementsDownloadFmt): csv or jsonl (JSON Lines)
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (None | StatementsDownloadKindType0 | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        fmt=fmt,
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
    fmt: StatementsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    speaker: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    kind: None | StatementsDownloadKindType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
) -> Problem | str | None:
    """Download statements as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (StatementsDownloadFmt): csv or jsonl (JSON Lines)
        speaker (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        kind (None | StatementsDownloadKindType0 | Unset): direct, partial, indirect, post or
            transcript (a turn of an interview or debate)
        q (None | str | Unset): Words in the statement
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            fmt=fmt,
            client=client,
            speaker=speaker,
            article=article,
            kind=kind,
            q=q,
            since=since,
            until=until,
        )
    ).parsed
