"""Keeping the full-text index in step with the facts (rebuilt after each ingest, oldest rows first): SQLite's FTS5
(porter stemming, unicode61) on the embedded default; on PostgreSQL its own machinery, a table
with a generated `tsvector` (english configuration; title weighted A, body B) under a GIN index,
ranked with ts_rank and cut into snippets with ts_headline (app/services/catalog.py)."""

from sqlalchemy import text
from sqlmodel import Session

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
)


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def rebuild_search_index(session: Session) -> None:
    if is_sqlite(session):
        session.execute(text(CREATE_FTS))
        aliases = "group_concat(name, ' ')"
    elif is_postgresql(session):
        for statement in CREATE_PG:
            session.execute(text(statement))
        aliases = "string_agg(name, ' ')"
    else:
        return
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    # Written oldest first, undated rows (actors) last: rowid order is date order, which lets
    # /search rank the newest matches of a common word without ranking them all.
    session.execute(
        text(f"""
        INSERT INTO {FTS_TABLE} (kind, ref_id, title, body)
        SELECT kind, ref_id, title, body FROM (
            SELECT 'statement' AS kind, s.id AS ref_id, COALESCE(a.name, '') AS title, s.text AS body,
                   s.first_reported_at AS day
              FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id
            UNION ALL
            SELECT 'claim', c.id, COALESCE(c.subject, ''),
                   COALESCE((SELECT cs.sentence FROM claimsource cs WHERE cs.claim_id = c.id
                              ORDER BY cs.id LIMIT 1), ''),
                   c.first_reported_at
              FROM numericclaim c
            UNION ALL
            SELECT 'actor', a.id, a.name,
                   COALESCE(a.role, '') || ' ' ||
                   COALESCE((SELECT {aliases} FROM actoralias al WHERE al.actor_id = a.id), ''),
                   CAST(NULL AS date)
              FROM actor a
            UNION ALL
            SELECT 'article', ar.id, COALESCE(ar.title, ''), ar.text, ar.published_at FROM article ar
        ) AS rows
        ORDER BY CASE WHEN day IS NULL THEN 1 ELSE 0 END, day, kind, ref_id
    """)
    )
