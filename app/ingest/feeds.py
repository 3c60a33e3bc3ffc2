"""Polling RSS/Atom feeds: a conditional GET per feed (its ETag / Last-Modified kept in the
`feedstate` table, so an unchanged feed costs one 304), new entries fetched and ingested once —
an entry whose URL is already stored is not fetched again, and a page whose text is already
stored is not stored again (content hash)."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from app.ingest.fetch import FetchPolicy, client_for, fetch_article, fetch_page
from app.ingest.readers import ArticleInput, InputError
from app.models import Article, FeedState

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """ "30s", "10m", "1h", "90" (seconds) → seconds; at least one second."""
    match = _INTERVAL.match(text.lower())
    if match is None:
        raise ValueError(f"not an interval: {text!r} (use 30s, 10m, 1h)")
    seconds = float(match[1]) * _SECONDS[match[2]]
    if seconds < 1:
        raise ValueError("the interval must be at least one second")
    return seconds


@dataclass
class PollResult:
    new: int = 0
    known: int = 0
    unchanged_feeds: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def _stored_urls(engine: Engine, urls: list[str]) -> set[str]:
    if not urls:
        return set()
    with Session(engine) as session:
        return set(session.execute(select(col(Article.url)).where(col(Article.url).in_(urls))).scalars())


def _entry_links(parsed: Any) -> list[str]:
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if link and link not in links:
            links.append(link)
    return links


def poll_feeds(
    engine: Engine,
    feeds: list[str],
    policy: FetchPolicy,
    *,
    ingest: Callable[[list[Any]], Any],
    log: Callable[[str], None] = lambda _msg: None,
) -> PollResult:
    """One poll of every feed. `ingest(items)` stores the new articles and returns the report."""
    result = PollResult()
    items: list[ArticleInput] = []
    with client_for(policy) as client:
        for feed in feeds:
            with Session(engine) as session:
                state = session.get(FeedState, feed) or FeedState(url=feed)
                headers = {}
                if state.etag:
                    headers["If-None-Match"] = state.etag
                if state.last_modified:
                    headers["If-Modified-Since"] = state.last_modified
                try:
                    response, body = fetch_page(client, feed, policy, headers=headers)
                except InputError as exc:
                    result.errors.append((feed, str(exc)))
                    continue
                state.polled_at = datetime.now(UTC)
                if response.status_code == 304:
                    result.unchanged_feeds += 1
                    session.add(state)
                    session.commit()
                    continue
                parsed = feedparser.parse(body)
                if parsed.bozo and not parsed.entries:
                    result.errors.append((feed, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})"))
                    continue
                state.etag = response.headers.get("etag")
                state.last_modified = response.headers.get("last-modified")
                session.add(state)
                session.commit()
            links = _entry_links(parsed)
            stored = _stored_urls(engine, links) | {item.url for item in items if item.url}
            result.known += sum(1 for link in links if link in stored)
            for link in (link for link in links if link not in stored):
                try:
                    items.append(fetch_article(link, policy, client))
                    log(f"fetched {link}")
                except InputError as exc:
                    result.errors.append((link, str(exc)))
    if items:
        report = ingest(items)
        result.new += report.count("ingested") + report.count("replaced")
        result.known += report.count("unchanged")
        result.errors += [(o.name, o.reason or "failed") for o in report.failed]
    return result
