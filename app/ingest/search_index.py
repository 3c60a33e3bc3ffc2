"""Keeping the full-text index in step with the facts: SQLite's FTS5 (porter stemming,
unicode61) on the embedded default; on PostgreSQL its own machinery, a table with a generated
`tsvector` (english configuration; title weighted A, body B) under a GIN index, ranked with
ts_rank and cut into snippets with ts_headline (app/services/catalog.py).

A full rebuild writes every row; after an ingest only the rows of the facts it touched are
deleted and written again (`update_search_index`). On SQLite a row's rowid is fixed by what it
indexes (`ref_id * 4 + kind`), so both give the same index, and rowid order is the order facts
were first stored in (ids grow with ingest): /search ranks the most recent matches of a common
word first without ranking them all.

Every write also replaces `corpusstate.index_version` with a new random token in the same
transaction; /search caches results under the token it reads (app/services/catalog.py). Random,
not a counter: a database restored from a backup must not reuse a token an older state had."""

import secrets
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlmodel import Session

from app.models import corpus_state
from app.services.common import chunks

FTS_TABLE = "search_index"
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')"
)
CREATE_PG = (
    f"CREATE TABLE IF NOT EXISTS {FTS_TABLE} ("
    "kind text NOT NULL, ref_id integer NOT NULL, title text NOT NULL DEFAULT '', body text NOT NULL DEFAULT '', "
    "document tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED)",
    f"CREATE INDEX IF NOT EXISTS ix_{FTS_TABLE}_document ON {FTS_TABLE} USING GIN (document)",
    f"CREATE INDEX IF NOT EXISTS ix_{FTS_TABLE}_ref ON {FTS_TABLE} (kind, ref_id)",
)
KIND_CODE = {"article": 0, "statement": 1, "claim": 2, "actor": 3}
# The SQLite rowid of an index row, as SQL over its columns (PostgreSQL orders by it to break ties the same way).
ROWID_SQL = "ref_id * 4 + CASE kind " + " ".join(f"WHEN '{k}' THEN {c}" for k, c in KIND_CODE.items()) + " END"


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _sources(aliases: str, where: dict[str, str]) -> dict[str, str]:
    """One SELECT per kind giving (ref_id, title, body); `where` narrows a kind to some ids."""
    return {
        "statement": "SELECT s.id AS ref_id, COALESCE(a.name, '') AS title, s.text AS body "
        "FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id" + where.get("statement", ""),
        "claim": "SELECT c.id AS ref_id, COALESCE(c.subject, '') AS title, "
        "COALESCE((SELECT cs.sentence FROM claimsource cs WHERE cs.claim_id = c.id ORDER BY cs.id LIMIT 1), '') "
        "AS body "
        "FROM numericclaim c" + where.get("claim", ""),
        "actor": "SELECT a.id AS ref_id, a.name AS title, COALESCE(a.role, '') || ' ' || "
        f"COALESCE((SELECT {aliases} FROM (SELECT name FROM actoralias al WHERE al.actor_id = a.id "
        "ORDER BY name) AS names), '') AS body "
        "FROM actor a" + where.get("actor", ""),
        "article": "SELECT ar.id AS ref_id, COALESCE(ar.title, '') AS title, ar.text AS body FROM article ar"
        + where.get("article", ""),
    }


def _prepare(session: Session) -> str | None:
    """Create the index if needed; the aggregate that joins alias names, or None (no index)."""
    if is_sqlite(session):
        session.execute(text(CREATE_FTS))
        return "group_concat(name, ' ')"
    if is_postgresql(session):
        for statement in CREATE_PG:
            session.execute(text(statement))
        return "string_agg(name, ' ')"
    return None


def _new_version(session: Session) -> None:
    corpus_state(session).index_version = secrets.randbits(62)


def _insert(session: Session, kind: str, select: str, params: dict[str, object]) -> None:
    if is_sqlite(session):
        sql = (
            f"INSERT INTO {FTS_TABLE} (rowid, kind, ref_id, title, body) "
            f"SELECT ref_id * 4 + {KIND_CODE[kind]}, '{kind}', ref_id, title, body FROM ({select}) AS rows"
        )
    else:
        sql = (
            f"INSERT INTO {FTS_TABLE} (kind, ref_id, title, body) "
            f"SELECT '{kind}', ref_id, title, body FROM ({select}) AS rows"
        )
    statement = text(sql)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    session.execute(statement, params)


def rebuild_search_index(session: Session) -> None:
    aliases = _prepare(session)
    if aliases is None:
        return
    _new_version(session)
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    for kind, select in _sources(aliases, {}).items():
        _insert(session, kind, select, {})


def update_search_index(session: Session, ids: dict[str, Iterable[int]]) -> None:
    """Delete and write again the index rows of the given facts ({kind: ids}); ids of facts
    that no longer exist are only deleted."""
    aliases = _prepare(session)
    if aliases is None:
        return
    _new_version(session)
    alias = {"statement": "s", "claim": "c", "actor": "a", "article": "ar"}
    for kind, values in ids.items():
        for part in chunks(set(values)):
            if is_sqlite(session):
                rowids = [i * 4 + KIND_CODE[kind] for i in part]
                delete = text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                )
                session.execute(delete, {"ids": rowids})
            else:
                delete = text(f"DELETE FROM {FTS_TABLE} WHERE kind = :kind AND ref_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                )
                session.execute(delete, {"kind": kind, "ids": part})
            select = _sources(aliases, {kind: f" WHERE {alias[kind]}.id IN :ids"})[kind]
            _insert(session, kind, select, {"ids": part})
