"""SQLModel tables. Spans (`start`, `end`) always index the owning article's stored `text`."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, MetaData, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel

# Stable constraint names so Alembic batch migrations on SQLite can find them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def _fk(target: str, *, nullable: bool, ondelete: str) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Publisher(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    domain: str | None = None


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str | None = None
    publisher_id: int | None = Field(default=None, sa_column=_fk("publisher.id", nullable=True, ondelete="SET NULL"))
    url: str | None = None
    author: str | None = None
    published_at: date | None = Field(default=None, index=True)
    language: str = "en"
    word_count: int = 0
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(unique=True, index=True)
    source_path: str | None = None
    ingested_at: datetime
    model_name: str
    pipeline_version: str
    fetched_at: datetime | None = None  # when the page was fetched, for articles ingested from a URL
    # Stored, but the corpus-wide facts (actors, statements, claims, search) do not include it yet.
    facts_pending: bool = Field(default=False, index=True)


class Actor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str = Field(index=True)
    kind: str = Field(index=True)
    role: str | None = None
    mention_count: int = Field(default=0, index=True)
    statement_count: int = 0
    article_count: int = 0


class ActorAlias(SQLModel, table=True):
    """A surface name merged into an actor (`relation='alias'`) or linked to it (`'demonym'`)."""

    __table_args__ = (UniqueConstraint("actor_id", "name", "relation"),)
    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(sa_column=_fk("actor.id", nullable=False, ondelete="CASCADE"))
    name: str = Field(index=True)
    relation: str = "alias"


class ArticleEntity(SQLModel, table=True):
    """One actor as one article refers to it, before cross-article resolution."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id", nullable=False, ondelete="CASCADE"))
    actor_id: int | None = Field(default=None, sa_column=_fk("actor.id", nullable=True, ondelete="SET NULL"))
    local_key: str
    name: str
    kind: str
    role: str | None = None
    role_title: str | None = None
    role_affiliation: str | None = None
    aliases: str = "[]"  # JSON list of surface names
    demonyms: str = "[]"  # JSON list of demonyms seen for a place
    is_role_reference: bool = False


class Mention(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id", nullable=False, ondelete="CASCADE"))
    entity_id: int = Field(sa_column=_fk("articleentity.id", nullable=False, ondelete="CASCADE"))
    actor_id: int | None = Field(default=None, sa_column=_fk("actor.id", nullable=True, ondelete="SET NULL"))
    start: int
    end: int
    exact: str


class Statement(SQLModel, table=True):
    """One utterance, merged across every article that quotes or reports it."""

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(index=True)
    speaker_id: int | None = Field(default=None, sa_column=_fk("actor.id", nullable=True, ondelete="SET NULL"))
    cue: str | None = None
    channel: str | None = None
    said_on: date | None = Field(default=None, index=True)
    source_count: int = 0
    first_reported_at: date | None = Field(default=None, index=True)
    # The public JSON of this statement with `"speaker":null` (the speaker is put in when read, so
    # an actor's new name never leaves bodies stale), written by the corpus step whenever the
    # statement or any of its sources changes. Null: not written yet; the read path renders it.
    body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Quotation(SQLModel, table=True):
    """One occurrence of a statement in one article, with its span."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id", nullable=False, ondelete="CASCADE"))
    statement_id: int | None = Field(default=None, sa_column=_fk("statement.id", nullable=True, ondelete="SET NULL"))
    speaker_entity_id: int | None = Field(
        default=None, sa_column=_fk("articleentity.id", nullable=True, ondelete="SET NULL")
    )
    start: int
    end: int
    exact: str = Field(sa_column=Column(Text, nullable=False))
    kind: str
    cue: str | None = None
    channel: str | None = None
    said_on: date | None = None
    prefix: str = ""
    suffix: str = ""
    sentence: str = Field(default="", sa_column=Column(Text, nullable=False))
    speaker_start: int | None = None  # the words naming the speaker here ("he" included), or null
    speaker_end: int | None = None
    speaker_exact: str | None = None
    cue_start: int | None = None  # the reporting verb, or null
    cue_end: int | None = None
    cue_exact: str | None = None
    model_name: str
    pipeline_version: str


class NumericClaim(SQLModel, table=True):
    """One figure about one subject, merged across the articles that print it."""

    id: int | None = Field(default=None, primary_key=True)
    value: float | None = Field(default=None, index=True)
    value_min: float | None = None
    value_max: float | None = None
    qualifier: str
    unit: str | None = Field(default=None, index=True)
    subject: str | None = Field(default=None, index=True)
    subject_key: str | None = Field(default=None, index=True)
    claimant_id: int | None = Field(default=None, sa_column=_fk("actor.id", nullable=True, ondelete="SET NULL"))
    refers_to: date | None = Field(default=None, index=True)
    refers_to_precision: str | None = None  # "day" | "month" | "quarter" | "year"
    refers_to_relation: str | None = None  # "at" | "by" | "since"
    source_count: int = 0
    first_reported_at: date | None = None
    conflicts: str = "[]"  # JSON list of claim ids giving other figures for the same subject/time
    # The public JSON with `"claimant":null`, kept like Statement.body.
    body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class ClaimSource(SQLModel, table=True):
    """One occurrence of a numeric claim in one article, with its span."""

    # the occurrences sharing a figure's subject and value are read when one of them changes
    __table_args__ = (Index("ix_claimsource_subject_key_value", "subject_key", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id", nullable=False, ondelete="CASCADE"))
    claim_id: int | None = Field(default=None, sa_column=_fk("numericclaim.id", nullable=True, ondelete="SET NULL"))
    claimant_entity_id: int | None = Field(
        default=None, sa_column=_fk("articleentity.id", nullable=True, ondelete="SET NULL")
    )
    start: int
    end: int
    exact: str
    value: float | None = None
    value_min: float | None = None
    value_max: float | None = None
    qualifier: str
    unit: str | None = None
    subject: str | None = None
    subject_key: str | None = None
    refers_to: date | None = None
    refers_to_precision: str | None = None
    refers_to_relation: str | None = None
    prefix: str = ""
    suffix: str = ""
    sentence: str = Field(default="", sa_column=Column(Text, nullable=False))
    model_name: str
    pipeline_version: str


class EntityKey(SQLModel, table=True):
    """A matching key of one article entity: a normalised name, a surname, a spelling block or a
    role it shares with others. Updating the actors after one article reads only the entities
    that share a key with its own (app/ingest/resolve_actors.py), not every stored entity."""

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(sa_column=_fk("articleentity.id", nullable=False, ondelete="CASCADE"))
    key: str = Field(index=True)


class QuoteKey(SQLModel, table=True):
    """A match key of one quotation (a normalised sentence, or kind|speaker|text), as a hash for
    the index plus the text and its three-word block for the fuzzy comparison: merging a new
    article's quotations into statements reads only the quotations they could match."""

    id: int | None = Field(default=None, primary_key=True)
    quotation_id: int = Field(sa_column=_fk("quotation.id", nullable=False, ondelete="CASCADE"))
    key_hash: str = Field(index=True)
    key: str = Field(sa_column=Column(Text, nullable=False))
    block: str | None = Field(default=None, index=True)


class CorpusState(SQLModel, table=True):
    """One row: whether the corpus-wide facts (actors, merged statements, claim groups, search
    index) match the stored articles. Set stale before they are rebuilt and cleared after, so a
    rebuild that failed is retried by the next ingest or `crisis-facts rebuild`."""

    id: int | None = Field(default=None, primary_key=True)
    stale: bool = False
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    rebuilt_at: datetime | None = None
    # A random token replaced in every transaction that writes the search index
    # (app/ingest/search_index.py): /search caches its results under it (app/services/catalog.py).
    index_version: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))


def corpus_state(session: Session) -> CorpusState:
    """The one corpus-state row, added to the session if there is none yet."""
    state = session.get(CorpusState, 1)
    if state is None:
        state = CorpusState(id=1)
        session.add(state)
    return state


class FeedState(SQLModel, table=True):
    """A polled news feed: its validators for conditional GET and when it was last read."""

    url: str = Field(primary_key=True)
    etag: str | None = None
    last_modified: str | None = None
    polled_at: datetime | None = None
