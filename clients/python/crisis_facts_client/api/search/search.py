from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_search_hit import PageSearchHit
from ...models.problem import Problem
from ...models.search_kind_type_0_item import SearchKindType0Item
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    kind: list[SearchKindType0Item] | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: list[str] | Unset | None
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, list):
        json_kind = []
        for kind_type_0_item_data in kind:
            kind_type_0_item = kind_type_0_item_data.value
            json_kind.append(kind_type_0_item)

    else:
        json_kind = kind
    params["kind"] = json_kind

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSearchHit | Problem | None:
    if response.status_code == 200:
        response_200 = PageSearchHit.from_dict(response.json())

        return response_200

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
) -> Response[PageSearchHit | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindType0Item] | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageSearchHit | Problem]:
    """Ranked full-text search

     Statements, claims, actors and articles holding every word (prefix match), best first. `total`
    counts every match; when it exceeds the server's ranking window (`SEARCH_RANK_WINDOW`, default
    2,000), the ranked pages cover that many of the most recently stored matches — narrow the words or
    `kind` to reach older ones.

    Args:
        q (str): Words to find
        kind (list[SearchKindType0Item] | None | Unset): Restrict to these kinds
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindType0Item] | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageSearchHit | Problem | None:
    """Ranked full-text search

     Statements, claims, actors and articles holding every word (prefix match), best first. `total`
    counts every match; when it exceeds the server's ranking window (`SEARCH_RANK_WINDOW`, default
    2,000), the ranked pages cover that many of the most recently stored matches — narrow the words or
    `kind` to reach older ones.

    Args:
        q (str): Words to find
        kind (list[SearchKindType0Item] | None | Unset): Restrict to these kinds
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindType0Item] | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageSearchHit | Problem]:
    """Ranked full-text search

     Statements, claims, actors and articles holding every word (prefix match), best first. `total`
    counts every match; when it exceeds the server's ranking window (`SEARCH_RANK_WINDOW`, default
    2,000), the ranked pages cover that many of the most recently stored matches — narrow the words or
    `kind` to reach older ones.

    Args:
        q (str): Words to find
        kind (list[SearchKindType0Item] | None | Unset): Restrict to these kinds
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindType0Item] | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageSearchHit | Problem | None:
    """Ranked full-text search

     Statements, claims, actors and articles holding every word (prefix match), best first. `total`
    counts every match; when it exceeds the server's ranking window (`SEARCH_RANK_WINDOW`, default
    2,000), the ranked pages cover that many of the most recently stored matches — narrow the words or
    `kind` to reach older ones.

    Args:
        q (str): Words to find
        kind (list[SearchKindType0Item] | None | Unset): Restrict to these kinds
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            limit=limit,
            offset=offset,
        )
    ).parsed
