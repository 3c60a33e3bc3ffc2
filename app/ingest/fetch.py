"""Fetching a web page as an article: httpx with timeouts, a size limit, a capped number of
redirects (each hop checked), the content type checked, a clear User-Agent, robots.txt
respected; the main text and metadata extracted by trafilatura; the URL and fetch time kept.

Requests that come in over HTTP may not reach private, loopback, link-local or reserved
addresses (no SSRF through POST /articles); `FETCH_ALLOW_PRIVATE=true` lifts that for
operators whose sources live on an internal network. The CLI is run by the operator and
may fetch any address.
"""

import ipaddress
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from app.config import PIPELINE_VERSION
from app.ingest.readers import ArticleInput, InputError, ReadFailure, article_from_html

USER_AGENT = f"crisis-facts/{PIPELINE_VERSION} (+https://github.com/crisis-facts; fact extraction for news)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_REDIRECTS = 5


class FetchError(InputError):
    """A page that could not be fetched or read; the message says why, for the user."""


@dataclass
class FetchPolicy:
    max_bytes: int = 2_000_000
    timeout: float = 10.0
    allow_private: bool = False
    respect_robots: bool = True
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)


def is_public_address(host: str) -> bool:
    """Every address `host` resolves to is a public one (no loopback, private, link-local,
    multicast, reserved or unspecified address — IPv4-mapped IPv6 included)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}") from exc
    return all(is_public_ip(str(info[4][0])) for info in infos)


def is_public_ip(ip: str) -> bool:
    address = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _check_url(url: str, policy: FetchPolicy) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"only http(s) URLs can be fetched, not {url!r}")
    if not policy.allow_private and not is_public_address(parts.hostname):
        raise FetchError(f"{parts.hostname} is a private or local address; fetching it is not allowed here")


def _check_peer(response: httpx.Response, policy: FetchPolicy) -> None:
    """The address actually connected to is checked too, before any of the body is read: a name
    that resolved to a public address for the check and to a private one for the connection
    (DNS rebinding) gets nothing back."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not policy.allow_private and peer and not is_public_ip(str(peer[0])):
        raise FetchError(
            f"{response.url.host} connected to a private or local address; fetching it is not allowed here"
        )


def _robots_allow(client: httpx.Client, url: str, policy: FetchPolicy) -> bool:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    with policy._lock:
        known = origin in policy._robots
        parser = policy._robots.get(origin)
    if not known:
        parser = RobotFileParser()
        try:
            r = client.get(f"{origin}/robots.txt", follow_redirects=True, timeout=policy.timeout)
            if r.status_code in {401, 403}:
                parser.disallow_all = True  # type: ignore[attr-defined]  # RobotFileParser's own flag, not in typeshed
            elif r.status_code < 400:
                parser.parse(r.text.splitlines())
            else:
                parser.allow_all = True  # type: ignore[attr-defined]  # no robots.txt: everything is allowed
        except httpx.HTTPError:
            parser.allow_all = True  # type: ignore[attr-defined]  # unreachable robots.txt: the page fetch reports the real problem
        with policy._lock:
            policy._robots[origin] = parser
    return parser is None or parser.can_fetch(USER_AGENT, url)


@contextmanager
def client_for(policy: FetchPolicy) -> Iterator[httpx.Client]:
    timeout = httpx.Timeout(policy.timeout, connect=min(5.0, policy.timeout))
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=False) as client:
        yield client


def fetch_page(
    client: httpx.Client, url: str, policy: FetchPolicy, *, headers: dict[str, str] | None = None
) -> tuple[httpx.Response, bytes]:
    """GET `url` following at most MAX_REDIRECTS redirects, every hop checked; the body read up
    to the size limit. Returns the final response (its URL is the page's) and the body."""
    for _ in range(MAX_REDIRECTS + 1):
        _check_url(url, policy)
        if policy.respect_robots and not _robots_allow(client, url, policy):
            raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows fetching {url}")
        try:
            with client.stream("GET", url, headers=headers) as response:
                _check_peer(response, policy)
                if response.status_code == 304:
                    return response, b""  # not modified (a conditional GET)
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{url} redirects without a Location")
                    url = urljoin(url, location)
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{url} answered HTTP {response.status_code}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > policy.max_bytes:
                    raise FetchError(f"{url} is {int(declared)} bytes; the limit is {policy.max_bytes}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > policy.max_bytes:
                        raise FetchError(f"{url} is over the limit of {policy.max_bytes} bytes")
                return response, bytes(body)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url} timed out after {policy.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url} could not be fetched: {exc.__class__.__name__}") from exc
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def fetch_article(url: str, policy: FetchPolicy, client: httpx.Client | None = None) -> ArticleInput:
    """The article at `url`: fetched, its content type checked, its text and metadata extracted;
    `url` is the final URL after redirects and `fetched_at` the time of the fetch (UTC)."""
    if client is None:
        with client_for(policy) as own:
            return fetch_article(url, policy, own)
    fetched_at = datetime.now(UTC)
    response, body = fetch_page(client, url, policy)
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in PAGE_TYPES:
        raise FetchError(f"{response.url} is {media or 'of no declared type'}, not a web page (HTML or text)")
    text = body.decode(response.charset_encoding or "utf-8", errors="replace")
    if media == "text/plain":
        if not text.strip():
            raise FetchError(f"{response.url} is empty")
        article = ArticleInput(text=text)
    else:
        article = article_from_html(text)
    article.url = str(response.url)
    article.extra["fetched_at"] = fetched_at.isoformat(timespec="seconds")
    if not article.publisher_domain:
        article.publisher_domain = urlsplit(str(response.url)).hostname
    return article


def is_url(value: str) -> bool:
    return urlsplit(value).scheme in {"http", "https"}


def fetch_inputs(urls: list[str], policy: FetchPolicy) -> Iterator[ArticleInput | ReadFailure]:
    """Every URL as an article, or a failure saying why; never raises."""
    with client_for(policy) as client:
        for url in urls:
            try:
                yield fetch_article(url, policy, client)
            except InputError as exc:
                yield ReadFailure(path=url, reason=str(exc))
