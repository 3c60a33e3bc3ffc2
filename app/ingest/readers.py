"""Turning files into `ArticleInput`s: text plus metadata, or a reason the file was refused.

Supported: `.txt`, `.md` (YAML front matter), `.json` (`{text, title, …}`), `.html`/`.htm`
(main text and metadata via trafilatura). Metadata may also come from a `manifest.json`
in the folder (`{"articles": {"<file name>": {...}}}`) or a `NAME.meta.json` sidecar.
"""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from app.extract.text import leading_date_marker

SUPPORTED_SUFFIXES = {".txt", ".md", ".json", ".html", ".htm"}
MANIFEST_NAME = "manifest.json"
META_FIELDS = ("title", "publisher", "publisher_domain", "url", "author", "published_at")


class InputError(Exception):
    """A file that cannot become an article; the message says why."""


@dataclass
class ArticleInput:
    text: str
    slug: str | None = None
    title: str | None = None
    publisher: str | None = None
    publisher_domain: str | None = None
    url: str | None = None
    author: str | None = None
    published_at: date | None = None
    source_path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadFailure:
    path: str
    reason: str


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"published_at {value!r} is not an ISO 8601 date") from exc


def article_from_mapping(data: dict[str, Any], *, text: str | None = None) -> ArticleInput:
    body = text if text is not None else data.get("text")
    if not isinstance(body, str):
        raise InputError("'text' is missing or not a string")
    meta = {k: data.get(k) for k in META_FIELDS}
    for key in ("title", "publisher", "publisher_domain", "url", "author"):
        if meta[key] is not None and not isinstance(meta[key], str):
            raise InputError(f"'{key}' must be a string")
    return ArticleInput(
        text=body,
        title=meta["title"],
        publisher=meta["publisher"],
        publisher_domain=meta["publisher_domain"],
        url=meta["url"],
        author=meta["author"],
        published_at=parse_date(meta["published_at"]),
    )


def decode_utf8(raw: bytes) -> str:
    if b"\x00" in raw:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})") from exc


def article_from_html(html: str) -> ArticleInput:
    if not re.search(r"<[A-Za-z!/]", html):
        raise InputError("not HTML: no markup found (send plain text as text/plain or .txt)")
    import trafilatura  # heavy; only HTML input needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    doc = {} if extracted is None else extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = doc.get("text") or ""
    if not text.strip():  # no article body found: keep the page's visible text rather than nothing
        text = trafilatura.html2txt(html) or _strip_tags(html)
    if not text.strip():
        raise InputError("no text found in the HTML")
    return ArticleInput(
        text=text,
        title=doc.get("title"),
        publisher=doc.get("sitename"),
        url=doc.get("url"),
        author=doc.get("author"),
        published_at=_lenient_date(doc.get("date")),
    )


def _strip_tags(html: str) -> str:
    """Visible text of a fragment too broken for an HTML parser: tags, scripts and styles removed."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->|<[^>]*>", " ", html)
    return " ".join(unescape(text).split())


def _lenient_date(value: Any) -> date | None:
    try:
        return parse_date(value)
    except InputError:
        return None


def parse_content(raw: bytes, suffix: str) -> ArticleInput:
    """One file's bytes → an article (metadata found inside the file only)."""
    text = decode_utf8(raw)
    if not text.strip():
        raise InputError("empty file")
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON: {exc.msg} at line {exc.lineno}") from exc
        if not isinstance(data, dict):
            raise InputError("JSON must be an object with a 'text' field")
        return article_from_mapping(data)
    if suffix == ".md":
        try:
            post = frontmatter.loads(text)
        except yaml.YAMLError as exc:
            raise InputError(f"malformed YAML front matter: {exc}") from exc
        return article_from_mapping(dict(post.metadata), text=post.content)
    if suffix in {".html", ".htm"}:
        return article_from_html(text)
    article = ArticleInput(text=text)
    marker = leading_date_marker(text)
    if marker:
        article.published_at = parse_date(marker)
    return article


def _load_json_object(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"unreadable metadata file {path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"metadata file {path.name} must hold a JSON object")
    return data


def _apply_metadata(article: ArticleInput, meta: dict[str, Any]) -> None:
    for key in META_FIELDS:
        value = meta.get(key)
        if value in (None, ""):
            continue
        if key == "published_at":
            article.published_at = parse_date(value)
        else:
            setattr(article, key, str(value))


def read_file(path: Path, *, max_bytes: int, manifest: dict[str, Any] | None = None) -> ArticleInput:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unknown extension {suffix or '(none)'!r}")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"file is {size} bytes, over the {max_bytes}-byte limit")
    article = parse_content(path.read_bytes(), suffix)
    if manifest and path.name in manifest:
        _apply_metadata(article, manifest[path.name])
    sidecar = path.with_name(f"{path.stem}.meta.json")
    if sidecar.exists():
        _apply_metadata(article, _load_json_object(sidecar))
    article.slug = path.stem
    article.source_path = str(path)
    return article


def _manifest_for(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    articles = _load_json_object(path).get("articles", {})
    if not isinstance(articles, dict):
        raise InputError(f"{path}: 'articles' must map file names to metadata")
    return articles


def _candidate_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _is_metadata_file(child):
                    yield child
        else:
            yield path


def _is_metadata_file(path: Path) -> bool:
    name = path.name
    return (
        name == MANIFEST_NAME
        or name.endswith(".meta.json")
        or name.startswith(".")
        or name.upper() in {"README.MD", "SOURCES.MD", "LICENSE", "LICENSE.TXT"}
    )


def read_inputs(paths: Iterable[Path], *, max_bytes: int) -> Iterator[ArticleInput | ReadFailure]:
    """Every article the paths hold, or a failure per file that cannot be read; never raises."""
    manifests: dict[Path, dict[str, Any]] = {}
    for path in _candidate_files(paths):
        try:
            if not path.exists():
                raise InputError("no such file")
            folder = path.parent
            if folder not in manifests:
                manifests[folder] = _manifest_for(folder)
            yield read_file(path, max_bytes=max_bytes, manifest=manifests[folder])
        except InputError as exc:
            yield ReadFailure(path=str(path), reason=str(exc))
        except OSError as exc:
            yield ReadFailure(path=str(path), reason=f"cannot read: {exc.strerror or exc}")
