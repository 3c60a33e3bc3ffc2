"""Publishers (sources), full-text search and the timeline."""

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import Date, Select, String, func, literal_column, select, text
from sqlmodel import Session, col

from app.errors import NotFound
from app.ingest.search_index import ROWID_SQL
from app.models import Article, NumericClaim, Publisher, Statement
from app.schemas import SearchHit, SourcePublic
from app.services.common import Item, as_row_id, core_rows
from app.services.facts import claims_query, render_claims, render_statements, statements_query


def _source_query() -> Select[int | None, str, str, str | None, int, date | None, date | None]:
    return (
        select(
            col(Publisher.id),
            col(Publisher.slug),
            col(Publisher.name),
            col(Publisher.domain),
            func.count(col(Article.id)).label("article_count"),
            func.min(col(Article.published_at)).label("first_published_at"),
            func.max(col(Article.published_at)).label("last_published_at"),
        )
        .outerjoin(Article, col(Article.publisher_id) == col(Publisher.id))
        .group_by(col(Publisher.id))
    )


def list_sources(session: Session, *, limit: int, offset: int) -> tuple[list[SourcePublic], int]:
    total = session.execute(select(func.count()).select_from(Publisher)).scalar_one()
    rows = session.execute(
        _source_query().order_by(col(Publisher.name), col(Publisher.id)).limit(limit).offset(offset)
    ).all()
    return [SourcePublic(**r._mapping) for r in rows], total


def resolve_source(session: Session, id_or_slug: str) -> SourcePublic:
    row_id = as_row_id(id_or_slug)
    where = col(Publisher.id) == row_id if row_id is not None else col(Publisher.slug) == id_or_slug
    row = session.execute(_source_query().where(where)).first()
    if row is None:
        raise NotFound(f"no source with id or slug {id_or_slug!r}")
    return SourcePublic(**row._mapping)


def _fts_query(q: str) -> str:
    """User words → a safe FTS5 query: each word quoted, prefix-matched, all required."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"*' for w in words)


def _tsquery(q: str) -> str:
    """User words → a safe PostgreSQL tsquery: each word prefix-matched, all required."""
    return " & ".join(f"{w}:*" for w in re.findall(r"\w+", q))


# ts_headline options matching the FTS5 snippet: [ ] around matches, about 16 words, one fragment.
_HEADLINE = "StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…"


V = TypeVar("V")


class _Cache(Generic[V]):
    """A bounded, thread-safe LRU of one process's search results."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[object, ...], V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[object, ...], value: V, size: int) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > size:
                self._items.popitem(last=False)


_PAGES: _Cache[tuple[list[SearchHit], int]] = _Cache()  # a page of hits and the total
_COUNTS: _Cache[tuple[int, int | None]] = _Cache()  # the total and the ranking window's floor rowid


def _index_version(session: Session) -> int | None:
    """The search index's current token (app/ingest/search_index.py); None: never written by an
    ingest or rebuild since the column came, so nothing is cached."""
    value = session.execute(text("SELECT index_version FROM corpusstate WHERE id = 1")).scalar()
    return None if value is None else int(value)


def search(
    session: Session,
    *,
    q: str,
    limit: int,
    offset: int,
    kinds: Sequence[str] | None,
    rank_window: int,
    cache_size: int = 0,
) -> tuple[list[SearchHit], int]:
    """Hits best first, and the number of all matches. On SQLite, when more than `rank_window`
    rows match, the ranking covers the newest `rank_window` of them (pages run out there).

    With `cache_size` > 0, pages and match counts are kept (at most that many of each, least
    recently used dropped first) under the index's version token, read before the index itself:
    any write to the index replaces the token, so a kept result is never served once stale. A
    result computed while a write landed is kept under the old token, which is never read again."""
    postgres = session.get_bind().dialect.name == "postgresql"
    match = _tsquery(q) if postgres else _fts_query(q)
    if not match:
        return [], 0
    kinds = sorted(set(kinds)) if kinds else None
    version = _index_version(session) if cache_size > 0 else None
    scope = (str(session.get_bind().engine.url), version, match, tuple(kinds or ()), rank_window)
    if version is not None:
        kept = _PAGES.get((*scope, limit, offset))
        if kept is not None:
            return list(kept[0]), kept[1]
    kind_filter = ""
    params: dict[str, object] = {"q": match, "limit": limit, "offset": offset}
    if kinds:
        kind_filter = " AND kind IN (" + ", ".join(f":k{i}" for i in range(len(kinds))) + ")"
        params |= {f"k{i}": k for i, k in enumerate(kinds)}
    if postgres:
        base = f"FROM search_index, to_tsquery('english', :q) AS query WHERE document @@ query{kind_filter}"
        columns = (
            f"kind, ref_id, title, ts_headline('english', body, query, '{_HEADLINE}') AS snip, "
            "-ts_rank(document, query) AS rank"
        )
    else:
        base = f"FROM search_index WHERE search_index MATCH :q{kind_filter}"
        columns = (
            "kind, ref_id, title, snippet(search_index, 3, '[', ']', '…', 16) AS snip, "
            "bm25(search_index, 0, 0, 5.0, 1.0) AS rank"
        )
    counted = _COUNTS.get(scope) if version is not None else None
    if counted is None:
        total = int(session.execute(text(f"SELECT count(*) {base}"), params).scalar_one())
        floor = None
        if not postgres and total > rank_window:
            # Rank the most recently stored `rank_window` matches only (a row's rowid is its fact's
            # id * 4 + kind, and ids grow with ingest): bm25 costs time for every match it ranks.
            floor = session.execute(
                text(f"SELECT rowid {base} ORDER BY rowid DESC LIMIT 1 OFFSET :window"),
                params | {"window": rank_window},
            ).scalar_one()
        counted = (total, floor)
        if version is not None:
            _COUNTS.put(scope, counted, cache_size)
    total, floor = counted
    if floor is not None:
        base += " AND rowid > :floor"
        params["floor"] = floor
    # Equal ranks: on SQLite in rowid order (ref_id, then kind; see app/ingest/search_index.py),
    # which FTS5 gives without reading the UNINDEXED kind and ref_id of every ranked match
    # (ordering by them did: 7.2 → 4.7 ms for 2,000 ranked matches); PostgreSQL the same way.
    ties = "rowid" if not postgres else ROWID_SQL
    page = f"SELECT {columns} {base} ORDER BY rank, {ties} LIMIT :limit OFFSET :offset"
    rows = session.execute(text(page), params).all()
    hits = [
        SearchHit(kind=r.kind, id=int(r.ref_id), title=r.title or "", snippet=r.snip or "", rank=-float(r.rank))
        for r in rows
    ]
    if version is not None:
        _PAGES.put((*scope, limit, offset), (hits, total), cache_size)
    return list(hits), total


def timeline(
    session: Session, *, since: date | None, until: date | None, actor: int | None, limit: int, offset: int
) -> tuple[list[Item], int]:
    s_day = func.coalesce(col(Statement.said_on), col(Statement.first_reported_at), type_=Date)
    c_day = func.coalesce(col(NumericClaim.refers_to), col(NumericClaim.first_reported_at), type_=Date)
    sq: Select[int | None, date, str] = select(
        col(Statement.id).label("id"), s_day.label("day"), literal_column("'statement'", String).label("kind")
    ).where(s_day.is_not(None))
    cq: Select[int | None, date, str] = select(
        col(NumericClaim.id).label("id"), c_day.label("day"), literal_column("'claim'", String).label("kind")
    ).where(c_day.is_not(None))
    if actor is not None:
        sq, cq = sq.where(col(Statement.speaker_id) == actor), cq.where(col(NumericClaim.claimant_id) == actor)
    if since:
        sq, cq = sq.where(s_day >= since), cq.where(c_day >= since)
    if until:
        sq, cq = sq.where(s_day <= until), cq.where(c_day <= until)
    union = sq.union_all(cq).subquery()
    total = session.execute(select(func.count()).select_from(union)).scalar_one()
    rows = session.execute(
        select(union).order_by(union.c.day, union.c.kind, union.c.id).limit(limit).offset(offset)
    ).all()
    s_ids = [r.id for r in rows if r.kind == "statement"]
    c_ids = [r.id for r in rows if r.kind == "claim"]
    stmts = {
        s["id"]: s
        for s in render_statements(session, core_rows(session, statements_query().where(col(Statement.id).in_(s_ids))))
    }
    claims = {
        c["id"]: c
        for c in render_claims(session, core_rows(session, claims_query().where(col(NumericClaim.id).in_(c_ids))))
    }
    entries: list[Item] = []
    for r in rows:
        day = r.day if isinstance(r.day, date) else date.fromisoformat(str(r.day)[:10])
        if r.kind == "statement":
            entries.append({"date": day, "kind": "statement", "statement": stmts[r.id], "claim": None})
        else:
            entries.append({"date": day, "kind": "claim", "statement": None, "claim": claims[r.id]})
    return entries, int(total)
