"""Public response and request models: the v1 HTTP contract (shared/API.md)."""

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

T = TypeVar("T")


def _iso_date(value: object) -> object:
    """Dates in requests are ISO 8601 calendar dates ("2021-11-12"), never numbers or timestamps."""
    if isinstance(value, date) or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return value
    raise ValueError("expected an ISO 8601 date, YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]

ActorKind = Literal["person", "organization", "place", "group"]
StatementKind = Literal["direct", "partial", "indirect", "post", "transcript"]
Qualifier = Literal["exact", "approximate", "at_least", "more_than", "at_most", "up_to", "less_than"]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[dict[str, object]] | None = None


class SourceRef(BaseModel):
    """Where a fact was printed: the article and the exact words (a TextQuoteSelector)."""

    article_id: int
    article_slug: str
    publisher: str | None
    published_at: date | None
    url: str | None
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    sentence: str


class TextSpan(BaseModel):
    """Words in the same article: `text[start:end] == exact`."""

    start: int
    end: int
    exact: str


class StatementSourceRef(SourceRef):
    """A statement's source, with the attribution itself checkable in the text."""

    speaker_mention: TextSpan | None = Field(
        default=None, description='The words naming the speaker in this article ("he" included), or null.'
    )
    cue_span: TextSpan | None = Field(default=None, description="The reporting verb in this article, or null.")


class ActorSummary(BaseModel):
    id: int
    slug: str
    name: str
    kind: ActorKind
    role: str | None


class ArticleCounts(BaseModel):
    statements: int
    claims: int
    actors: int


class ArticlePublic(BaseModel):
    id: int
    slug: str
    title: str | None
    publisher: str | None
    url: str | None
    author: str | None
    published_at: date | None
    language: str
    word_count: int
    ingested_at: datetime
    counts: ArticleCounts
    model_name: str
    pipeline_version: str
    fetched_at: datetime | None = Field(
        default=None, description="When the page was fetched (articles ingested from a URL), else null."
    )


class ArticleDetail(ArticlePublic):
    text: str


class ArticleCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(
        default=None,
        min_length=1,
        pattern=r"\w",
        description="The article text (plain); it must contain words. Leave it out to have `url` fetched.",
    )
    title: str | None = None
    publisher: str | None = None
    url: str | None = Field(
        default=None,
        max_length=2000,
        description="Where the article was published; with no `text`, the page is fetched from it "
        "(http(s) only; robots.txt respected; private and local addresses refused).",
    )
    author: str | None = None
    published_at: IsoDate | None = None

    @model_validator(mode="after")
    def _text_or_url(self) -> "ArticleCreate":
        if self.text is None and not self.url:
            raise ValueError("give the article's text, or a url to fetch it from")
        return self


class QuotationSpan(BaseModel):
    statement_id: int | None
    start: int
    end: int
    exact: str
    kind: StatementKind
    speaker: ActorSummary | None
    speaker_mention: TextSpan | None = None
    cue_span: TextSpan | None = None


class ClaimSpan(BaseModel):
    claim_id: int | None
    start: int
    end: int
    exact: str
    value: float | None
    value_min: float | None
    value_max: float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    claimant: ActorSummary | None


class MentionSpan(BaseModel):
    actor_id: int | None
    start: int
    end: int
    exact: str


class Annotations(BaseModel):
    article_id: int
    article_slug: str
    quotations: list[QuotationSpan]
    claims: list[ClaimSpan]
    mentions: list[MentionSpan]


class ActorCounts(BaseModel):
    mentions: int
    statements: int
    articles: int


class ActorPublic(ActorSummary):
    aliases: list[str]
    demonyms: list[str]
    counts: ActorCounts


class StatementPublic(BaseModel):
    id: int
    text: str
    kind: StatementKind
    speaker: ActorSummary | None
    cue: str | None
    channel: str | None
    said_on: date | None
    sources: list[StatementSourceRef]
    source_count: int
    first_reported_at: date | None


class ClaimPublic(BaseModel):
    id: int
    value: float | None
    value_min: float | None
    value_max: float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    claimant: ActorSummary | None
    refers_to: date | None = Field(description="When the figure applies; see refers_to_precision.")
    refers_to_precision: Literal["day", "month", "quarter", "year"] | None = Field(
        description='"month", "quarter" or "year": refers_to is the first day of that month, calendar quarter or '
        'year ("last year\'s 150", "in the third quarter").'
    )
    refers_to_relation: Literal["at", "by", "since"] | None = Field(
        default=None,
        description='How the figure relates to refers_to: "at" — it describes that time ("459 died on Tuesday"); '
        '"by" — a target or deadline to be reached by then ("cut emissions 40% by 2030"); '
        '"since" — accumulated from then on ("4,000 have crossed since August").',
    )
    sources: list[SourceRef]
    source_count: int
    first_reported_at: date | None
    conflicts: list[int]


class SourcePublic(BaseModel):
    id: int
    slug: str
    name: str
    domain: str | None
    article_count: int
    first_published_at: date | None
    last_published_at: date | None


class SearchHit(BaseModel):
    kind: Literal["statement", "claim", "actor", "article"]
    id: int
    title: str
    snippet: str
    rank: float


class TimelineEntry(BaseModel):
    date: date
    kind: Literal["statement", "claim"]
    statement: StatementPublic | None = None
    claim: ClaimPublic | None = None


class Health(BaseModel):
    status: str


class ActorSort(StrEnum):
    mentions = "mentions"
    name = "name"
    statements = "statements"


class StatementSort(StrEnum):
    first_reported = "first_reported"
    said_on = "said_on"
    sources = "sources"
    id = "id"
