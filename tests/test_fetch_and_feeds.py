"""URLs and feeds in, against a local HTTP server the test starts (no outside network): pages,
robots.txt, a slow page, oversized pages, a redirect loop, a wrong content type, and a feed
that grows between polls and answers 304 when unchanged."""

import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session
from typer.testing import CliRunner

from app.ingest.feeds import parse_interval, poll_feeds
from app.ingest.fetch import FetchError, FetchPolicy, fetch_article, is_public_address, is_public_ip
from app.ingest.service import ingest
from app.models import Article
from tests.conftest import API_KEY, MODEL, fresh_engine

PAGE = """<html><head><title>{title}</title><meta name="author" content="Ana Ruiz"></head><body>
<nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>River levels fell on Monday in the northern valley, officials said after a week of floods.</p>
<p>“We have moved 1,200 people to higher ground,” the regional governor, Marek Olsen, said on Monday.
He added that 300 soldiers were helping to build temporary barriers along the river banks.</p>
<p>Engineers expect the water to drop by another 40 centimetres before the weekend, he said.</p>
</article><footer>© Example News</footer></body></html>"""


class Site:
    """What the handler serves; the feed grows when a test adds entries."""

    def __init__(self) -> None:
        self.entries = ["/news/1.html", "/news/2.html"]
        self.feed_requests: list[str | None] = []

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>Story {p}</title><link>{self.base}{p}</link><guid>{p}</guid></item>" for p in self.entries
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()

    base = ""


SITE = Site()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path.startswith("/news/") or path in {"/article.html", "/private/page.html"}:
            self._send(200, PAGE.format(title=f"Floods update {path}").encode())
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE.format(title="late").encode())
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * 50_000 + b"</p>")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>" + b"y" * 5_000 + b"</p>")
            self.close_connection = True
        elif path == "/loop":
            self._send(302, b"", Location="/loop")
        elif path == "/moved":
            self._send(301, b"", Location="/article.html")
        elif path == "/image.png":
            self._send(200, b"\x89PNG....", "image/png")
        elif path == "/feed.xml":
            body = SITE.feed()
            etag = f'"{len(SITE.entries)}"'
            SITE.feed_requests.append(self.headers.get("If-None-Match"))
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", ETag=etag)
            else:
                self._send(200, body, "application/rss+xml", ETag=etag, Last_Modified=formatdate(usegmt=True))
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    SITE.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield SITE.base
    server.shutdown()


LOCAL = FetchPolicy(max_bytes=20_000, timeout=1.0, allow_private=True)


def test_a_page_becomes_an_article_with_its_url_and_fetch_time(site: str) -> None:
    article = fetch_article(f"{site}/moved", LOCAL)
    assert article.url == f"{site}/article.html"  # the final URL, after the redirect
    assert "We have moved 1,200 people" in article.text and "Home | World" not in article.text
    assert article.title and article.title.startswith("Floods update")
    assert article.extra["fetched_at"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/private/page.html", "robots.txt"),
        ("/slow", "timed out"),
        ("/big", "limit"),
        ("/big-chunked", "limit"),
        ("/loop", "redirects"),
        ("/image.png", "not a web page"),
        ("/missing", "HTTP 404"),
    ],
)
def test_pages_that_cannot_be_articles_are_refused_with_the_reason(site: str, path: str, reason: str) -> None:
    with pytest.raises(FetchError, match=reason):
        fetch_article(site + path, LOCAL)


def test_private_addresses_are_refused_unless_allowed(site: str) -> None:
    with pytest.raises(FetchError, match="private or local address"):
        fetch_article(f"{site}/article.html", FetchPolicy(allow_private=False))
    assert not is_public_address("127.0.0.1") and not is_public_address("10.1.2.3")
    assert not is_public_address("169.254.169.254") and not is_public_address("::1")
    assert not is_public_ip("::ffff:127.0.0.1") and is_public_ip("93.184.215.14")
    with pytest.raises(FetchError, match="only http"):
        fetch_article("file:///etc/passwd", LOCAL)


def test_post_a_url_refuses_local_addresses_by_default(site: str, writable_client) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {API_KEY}"}
    r = writable_client.post("/api/v1/articles", json={"url": f"{site}/article.html"}, headers=auth)
    assert r.status_code == 422 and "private or local" in r.json()["detail"]
    r = writable_client.post("/api/v1/articles", json={"title": "no text, no url"}, headers=auth)
    assert r.status_code == 422


def test_post_a_url_when_the_operator_allows_private_addresses(site: str, writable_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.config import get_settings

    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "true")
    get_settings.cache_clear()
    auth = {"Authorization": f"Bearer {API_KEY}"}
    r = writable_client.post(
        "/api/v1/articles", json={"url": f"{site}/news/9.html", "publisher": "Example"}, headers=auth
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["url"] == f"{site}/news/9.html" and body["fetched_at"] and body["publisher"] == "Example"
    assert body["counts"]["statements"] >= 1


def test_cli_ingests_urls_and_reports_the_ones_that_fail(site: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.cli import app
    from app.config import get_settings

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    from app.db import get_engine

    get_engine.cache_clear()
    result = CliRunner().invoke(app, ["ingest", f"{site}/news/5.html", f"{site}/loop"])
    assert result.exit_code == 1, result.output  # one failed
    assert "1 ingested" in result.output and "redirects" in result.output
    with Session(get_engine()) as session:
        stored = session.execute(select(Article.url, Article.fetched_at)).all()
    assert [(u, f is not None) for u, f in stored] == [(f"{site}/news/5.html", True)]
    get_engine.cache_clear()
    get_settings.cache_clear()


def test_a_growing_feed_is_ingested_once_per_entry_and_an_unchanged_feed_costs_a_304(site: str, tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path / "feeds.db")
    SITE.entries = ["/news/1.html", "/news/2.html"]

    def store(items):  # type: ignore[no-untyped-def]
        return ingest(engine, items, model_name=MODEL)

    feed = f"{site}/feed.xml"
    first = poll_feeds(engine, [feed], LOCAL, ingest=store)
    assert (first.new, first.known, first.errors) == (2, 0, [])
    SITE.entries.append("/news/3.html")
    SITE.entries.append("/private/page.html")  # robots.txt says no: reported, not fetched
    second = poll_feeds(engine, [feed], LOCAL, ingest=store)
    assert (second.new, second.known) == (1, 2)
    assert [where for where, _ in second.errors] == [f"{site}/private/page.html"]
    third = poll_feeds(engine, [feed], LOCAL, ingest=store)
    assert third.unchanged_feeds == 1 and third.new == 0
    assert SITE.feed_requests[-1] == f'"{len(SITE.entries)}"'  # a conditional GET
    with Session(engine) as session:
        urls = sorted(session.execute(select(Article.url)).scalars())
    assert urls == [f"{site}/news/{n}.html" for n in (1, 2, 3)]


def test_watch_command_polls_and_reports(site: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.cli import app
    from app.config import get_settings
    from app.db import get_engine

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'watch.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    SITE.entries = ["/news/7.html"]
    result = CliRunner().invoke(app, ["watch", f"{site}/feed.xml", f"{site}/missing", "--once"])
    assert result.exit_code == 0, result.output
    assert "poll 1: 1 new" in result.output and "HTTP 404" in result.output
    bad = CliRunner().invoke(app, ["watch", f"{site}/feed.xml", "--every", "soon"])
    assert bad.exit_code != 0 and "interval" in bad.output
    get_engine.cache_clear()
    get_settings.cache_clear()


def test_intervals() -> None:
    assert parse_interval("10m") == 600 and parse_interval("30s") == 30 and parse_interval("1h") == 3600
    with pytest.raises(ValueError):
        parse_interval("0s")


def test_the_connected_address_is_checked_too(site: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """DNS rebinding: the name checked as public, the connection made to a private address."""
    import app.ingest.fetch as fetch

    monkeypatch.setattr(fetch, "is_public_address", lambda host: True)
    with pytest.raises(FetchError, match="connected to a private or local address"):
        fetch_article(f"{site}/article.html", FetchPolicy(allow_private=False, respect_robots=False))
