"""Keeping the SQLite FTS5 index in step with the facts (rebuilt after each ingest)."""

from sqlalchemy import text
from sqlmodel import Session

FTS_TABLE = "search_index"
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')"
)


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def rebuild_search_index(session: Session) -> None:
    if not is_sqlite(session):
        return
    session.execute(text(CREATE_FTS))
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(
        text(f"""
        INSERT INTO {FTS_TABLE} (kind, ref_id, title, body)
        SELECT 'statement', s.id, COALESCE(a.name, ''), s.text
          FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id
        UNION ALL
        SELECT 'claim', c.id, COALESCE(c.subject, ''),
               (SELECT cs.sentence FROM claimsource cs WHERE cs.claim_id = c.id ORDER BY cs.id LIMIT 1)
          FROM numericclaim c
        UNION ALL
        SELECT 'actor', a.id, a.name,
               COALESCE(a.role, '') || ' ' ||
               COALESCE((SELECT group_concat(name, ' ') FROM actoralias al WHERE al.actor_id = a.id), '')
          FROM actor a
        UNION ALL
        SELECT 'article', ar.id, COALESCE(ar.title, ''), ar.text FROM article ar
    """)
    )
