from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actor_sort import ActorSort
from ...models.list_actors_kind_type_0 import ListActorsKindType0
from ...models.page_actor_public import PageActorPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: ListActorsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ActorSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset | None
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListActorsKindType0):
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

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/actors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageActorPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageActorPublic.from_dict(response.json())

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
) -> Response[PageActorPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: ListActorsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ActorSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageActorPublic | Problem]:
    """List actors

    Args:
        kind (ListActorsKindType0 | None | Unset): person, organization, place or group
        q (None | str | Unset): Substring of a name or alias
        sort (ActorSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageActorPublic | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        q=q,
        sort=sort,
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
    kind: ListActorsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ActorSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageActorPublic | Problem | None:
    """List actors

    Args:
        kind (ListActorsKindType0 | None | Unset): person, organization, place or group
        q (None | str | Unset): Substring of a name or alias
        sort (ActorSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageActorPublic | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: ListActorsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ActorSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageActorPublic | Problem]:
    """List actors

    Args:
        kind (ListActorsKindType0 | None | Unset): person, organization, place or group
        q (None | str | Unset): Substring of a name or alias
        sort (ActorSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageActorPublic | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: ListActorsKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ActorSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageActorPublic | Problem | None:
    """List actors

    Args:
        kind (ListActorsKindType0 | None | Unset): person, organization, place or group
        q (None | str | Unset): Substring of a name or alias
        sort (ActorSort | Unset):
        limit (int | Unset): Items per page (max 500). Default: 50.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageActorPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            q=q,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    ).parsed
