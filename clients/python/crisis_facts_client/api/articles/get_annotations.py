from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotations import Annotations
from ...models.get_annotations_format_type_0 import GetAnnotationsFormatType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_or_slug: str,
    *,
    format_: GetAnnotationsFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset | None
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetAnnotationsFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/articles/{id_or_slug}/annotations".format(
            id_or_slug=quote(str(id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Annotations | Problem | None:
    if response.status_code == 200:
        response_200 = Annotations.from_dict(response.json())

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
) -> Response[Annotations | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_or_slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetAnnotationsFormatType0 | None | Unset = UNSET,
) -> Response[Annotations | Problem]:
    """Every extracted span of one article

    Args:
        id_or_slug (str):
        format_ (GetAnnotationsFormatType0 | None | Unset): w3c: a W3C Web Annotation collection
            (JSON-LD); also chosen by Accept: application/ld+json

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Annotations | Problem]
    """

    kwargs = _get_kwargs(
        id_or_slug=id_or_slug,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_or_slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetAnnotationsFormatType0 | None | Unset = UNSET,
) -> Annotations | Problem | None:
    """Every extracted span of one article

    Args:
        id_or_slug (str):
        format_ (GetAnnotationsFormatType0 | None | Unset): w3c: a W3C Web Annotation collection
            (JSON-LD); also chosen by Accept: application/ld+json

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Annotations | Problem
    """

    return sync_detailed(
        id_or_slug=id_or_slug,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    id_or_slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetAnnotationsFormatType0 | None | Unset = UNSET,
) -> Response[Annotations | Problem]:
    """Every extracted span of one article

    Args:
        id_or_slug (str):
        format_ (GetAnnotationsFormatType0 | None | Unset): w3c: a W3C Web Annotation collection
            (JSON-LD); also chosen by Accept: application/ld+json

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Annotations | Problem]
    """

    kwargs = _get_kwargs(
        id_or_slug=id_or_slug,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_or_slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetAnnotationsFormatType0 | None | Unset = UNSET,
) -> Annotations | Problem | None:
    """Every extracted span of one article

    Args:
        id_or_slug (str):
        format_ (GetAnnotationsFormatType0 | None | Unset): w3c: a W3C Web Annotation collection
            (JSON-LD); also chosen by Accept: application/ld+json

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Annotations | Problem
    """

    return (
        await asyncio_detailed(
            id_or_slug=id_or_slug,
            client=client,
            format_=format_,
        )
    ).parsed
