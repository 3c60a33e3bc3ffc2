import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_download_fmt import ClaimsDownloadFmt
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fmt: ClaimsDownloadFmt,
    *,
    subject: None | str | Unset = UNSET,
    unit: None | str | Unset = UNSET,
    claimant: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    min_value: float | None | Unset = UNSET,
    max_value: float | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    conflicting: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subject: str | Unset | None
    if isinstance(subject, Unset):
        json_subject = UNSET
    else:
        json_subject = subject
    params["subject"] = json_subject

    json_unit: str | Unset | None
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_claimant: str | Unset | None
    if isinstance(claimant, Unset):
        json_claimant = UNSET
    else:
        json_claimant = claimant
    params["claimant"] = json_claimant

    json_article: str | Unset | None
    if isinstance(article, Unset):
        json_article = UNSET
    else:
        json_article = article
    params["article"] = json_article

    json_min_value: float | Unset | None
    if isinstance(min_value, Unset):
        json_min_value = UNSET
    else:
        json_min_value = min_value
    params["min_value"] = json_min_value

    json_max_value: float | Unset | None
    if isinstance(max_value, Unset):
        json_max_value = UNSET
    else:
        json_max_value = max_value
    params["max_value"] = json_max_value

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

    json_conflicting: bool | Unset | None
    if isinstance(conflicting, Unset):
        json_conflicting = UNSET
    else:
        json_conflicting = conflicting
    params["conflicting"] = json_conflicting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/claims.{fmt}".format(
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
    fmt: ClaimsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    subject: None | str | Unset = UNSET,
    unit: None | str | Unset = UNSET,
    claimant: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    min_value: float | None | Unset = UNSET,
    max_value: float | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    conflicting: bool | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Download numeric claims as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (ClaimsDownloadFmt): csv or jsonl (JSON Lines)
        subject (None | str | Unset): What is counted
        unit (None | str | Unset): km, %, USD…
        claimant (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        min_value (float | None | Unset): Figures at or above
        max_value (float | None | Unset): Figures at or below
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)
        conflicting (bool | None | Unset): true: only figures that conflict with another; false:
            only the others

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        fmt=fmt,
        subject=subject,
        unit=unit,
        claimant=claimant,
        article=article,
        min_value=min_value,
        max_value=max_value,
        since=since,
        until=until,
        conflicting=conflicting,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fmt: ClaimsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    subject: None | str | Unset = UNSET,
    unit: None | str | Unset = UNSET,
    claimant: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    min_value: float | None | Unset = UNSET,
    max_value: float | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    conflicting: bool | None | Unset = UNSET,
) -> Problem | str | None:
    """Download numeric claims as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (ClaimsDownloadFmt): csv or jsonl (JSON Lines)
        subject (None | str | Unset): What is counted
        unit (None | str | Unset): km, %, USD…
        claimant (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        min_value (float | None | Unset): Figures at or above
        max_value (float | None | Unset): Figures at or below
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)
        conflicting (bool | None | Unset): true: only figures that conflict with another; false:
            only the others

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        fmt=fmt,
        client=client,
        subject=subject,
        unit=unit,
        claimant=claimant,
        article=article,
        min_value=min_value,
        max_value=max_value,
        since=since,
        until=until,
        conflicting=conflicting,
    ).parsed


async def asyncio_detailed(
    fmt: ClaimsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    subject: None | str | Unset = UNSET,
    unit: None | str | Unset = UNSET,
    claimant: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    min_value: float | None | Unset = UNSET,
    max_value: float | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    conflicting: bool | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Download numeric claims as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (ClaimsDownloadFmt): csv or jsonl (JSON Lines)
        subject (None | str | Unset): What is counted
        unit (None | str | Unset): km, %, USD…
        claimant (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        min_value (float | None | Unset): Figures at or above
        max_value (float | None | Unset): Figures at or below
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)
        conflicting (bool | None | Unset): true: only figures that conflict with another; false:
            only the others

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        fmt=fmt,
        subject=subject,
        unit=unit,
        claimant=claimant,
        article=article,
        min_value=min_value,
        max_value=max_value,
        since=since,
        until=until,
        conflicting=conflicting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fmt: ClaimsDownloadFmt,
    *,
    client: AuthenticatedClient | Client,
    subject: None | str | Unset = UNSET,
    unit: None | str | Unset = UNSET,
    claimant: None | str | Unset = UNSET,
    article: None | str | Unset = UNSET,
    min_value: float | None | Unset = UNSET,
    max_value: float | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    conflicting: bool | None | Unset = UNSET,
) -> Problem | str | None:
    """Download numeric claims as CSV or JSON Lines (same filters as the list)

    Args:
        fmt (ClaimsDownloadFmt): csv or jsonl (JSON Lines)
        subject (None | str | Unset): What is counted
        unit (None | str | Unset): km, %, USD…
        claimant (None | str | Unset): Actor id or slug
        article (None | str | Unset): Article id or slug
        min_value (float | None | Unset): Figures at or above
        max_value (float | None | Unset): Figures at or below
        since (datetime.date | None | Unset): On or after this date (ISO 8601)
        until (datetime.date | None | Unset): On or before this date (ISO 8601)
        conflicting (bool | None | Unset): true: only figures that conflict with another; false:
            only the others

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
            subject=subject,
            unit=unit,
            claimant=claimant,
            article=article,
            min_value=min_value,
            max_value=max_value,
            since=since,
            until=until,
            conflicting=conflicting,
        )
    ).parsed
