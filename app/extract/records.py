"""Plain records the extraction steps return. Offsets index the article's stored text."""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class EntityRecord:
    """One actor as one article refers to it (its mentions already merged within the article)."""

    key: str
    name: str
    kind: str  # person | organization | place | group
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    role: str | None = None
    role_title: str | None = None  # normalised title class, e.g. "leader", "foreign minister"
    role_affiliation: str | None = None  # canonical place/body the role belongs to
    is_role_reference: bool = False  # "the NATO chief": resolved to a person across the corpus


@dataclass
class QuotationRecord:
    start: int
    end: int
    kind: str  # direct | partial | indirect | post | transcript
    speaker_key: str | None = None
    cue: str | None = None
    channel: str | None = None
    said_on: date | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    rule: str = ""  # which attribution rule named the speaker (for benchmarks and filters)
    speaker_span: Span | None = None  # the words naming the speaker in this article ("he" included)
    cue_span: Span | None = None  # the reporting verb


@dataclass
class ClaimRecord:
    start: int
    end: int
    value: float | None
    value_min: float | None
    value_max: float | None
    qualifier: str
    unit: str | None
    subject: str | None
    claimant_key: str | None = None
    refers_to: date | None = None
    refers_to_precision: str | None = None  # "day" | "month" | "quarter" | "year"
    refers_to_relation: str | None = None  # "at" | "by" (a target or deadline) | "since"
    event: str | None = None  # what happened to the people counted ("kill", "injure"): part of the topic
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class ArticleExtraction:
    entities: list[EntityRecord] = field(default_factory=list)
    quotations: list[QuotationRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
