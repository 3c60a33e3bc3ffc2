"""Merging quotations into statements and claim occurrences into claims, across articles.

A statement's id is its earliest quotation's id and a claim's id its earliest occurrence's,
so ids stay put as articles are added.
"""

import json
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import delete, insert, select, text
from sqlmodel import Session, col

from app.ingest.unionfind import UnionFind
from app.models import Article, ArticleEntity, ClaimSource, NumericClaim, Quotation, Statement

_MIN_KEY_WORDS = 4
_FUZZY = 90.0
# British → American spellings, so "-isation" and "-ization" quotes meet.
_SPELLING = [(re.compile(r"is(ation|ations|e|es|ed|ing)\b"), r"iz\1"), (re.compile(r"(?<=[a-z]{3})our\b"), "or")]


def normalize_sentence(sentence: str) -> str:
    text_ = unicodedata.normalize("NFKD", sentence).casefold()
    text_ = re.sub(r"\.\.\.|…", " ", text_)
    text_ = re.sub(r"[^\w\s]", " ", text_)
    words = []
    for word in text_.split():
        for pattern, repl in _SPELLING:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


def sentence_keys(quote: str) -> list[str]:
    """Match keys for a quotation: one per sentence, and one per fragment around an ellipsis
    ("…" marks words the outlet left out, so each side is a piece of the original wording)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[“‘\"'(]?[A-Z])|\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*", quote)
    keys = [normalize_sentence(p) for p in parts]
    return [k for k in keys if len(k.split()) >= _MIN_KEY_WORDS]


def _speaker_actor(session: Session) -> dict[int, int | None]:
    rows = session.execute(select(col(ArticleEntity.id), col(ArticleEntity.actor_id))).all()
    return {r[0]: r[1] for r in rows}


def merge_statements(session: Session) -> None:
    actors = _speaker_actor(session)
    pub = dict(session.execute(select(col(Article.id), col(Article.published_at))).all())
    rows = session.execute(
        select(
            col(Quotation.id),
            col(Quotation.article_id),
            col(Quotation.exact),
            col(Quotation.kind),
            col(Quotation.speaker_entity_id),
            col(Quotation.cue),
            col(Quotation.channel),
            col(Quotation.said_on),
        )
    ).all()
    uf = UnionFind([r.id for r in rows])
    seen: dict[str, int] = {}
    blocks: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in rows:
        keys = sentence_keys(r.exact)
        if r.kind == "indirect" or not keys:
            speaker = actors.get(r.speaker_entity_id or -1)
            keys = [f"{r.kind}|{speaker}|{normalize_sentence(r.exact)}"]
        for key in keys:
            if key in seen:
                uf.union(seen[key], r.id)
                continue
            seen[key] = r.id
            if "|" not in key:
                block = " ".join(key.split()[:3])
                for other, other_id in blocks[block]:
                    if fuzz.ratio(key, other) >= _FUZZY:
                        uf.union(other_id, r.id)
                blocks[block].append((key, r.id))
    by_id = {r.id: r for r in rows}
    statements, links = [], []
    for group in uf.groups():
        members = [by_id[i] for i in group]
        canonical = max(members, key=lambda m: (m.kind != "indirect", len(m.exact)))
        speakers = Counter(actors.get(m.speaker_entity_id) for m in members if m.speaker_entity_id)
        speakers.pop(None, None)
        said = [m.said_on for m in members if m.said_on]
        published = [pub[m.article_id] for m in members if pub.get(m.article_id)]
        statements.append(
            {
                "id": group[0],
                "text": canonical.exact,
                "kind": canonical.kind,
                "speaker_id": speakers.most_common(1)[0][0] if speakers else None,
                "cue": canonical.cue or next((m.cue for m in members if m.cue), None),
                "channel": canonical.channel or next((m.channel for m in members if m.channel), None),
                "said_on": min(said) if said else None,
                "source_count": len(members),
                "first_reported_at": min(published) if published else None,
            }
        )
        links += [{"qid": i, "sid": group[0]} for i in group]
    session.execute(text("UPDATE quotation SET statement_id = NULL"))
    session.execute(delete(Statement))
    if statements:
        session.execute(insert(Statement), statements)
        session.connection().execute(text("UPDATE quotation SET statement_id = :sid WHERE id = :qid"), links)


def _claim_key(r: object) -> tuple[object, ...]:
    return (r.subject_key, r.unit, r.value, r.value_min, r.value_max, r.refers_to, r.refers_to_precision,  # type: ignore[attr-defined]
            r.refers_to_relation)  # type: ignore[attr-defined]  # fmt: skip


# How far an approximate figure reaches either side ("about 4,000" is compatible with 4,300).
_APPROXIMATE = 0.1
# Undated figures from different articles count as "the same time" within this many days.
_SAME_NEWS_CYCLE_DAYS = 2


def _interval(claim: dict[str, object]) -> tuple[float, float]:
    """The values a claim admits: "more than 400" is (400, inf), "about 400" is (360, 440)."""
    low, high = claim["value_min"], claim["value_max"]
    if low is not None and high is not None:
        return float(low), float(high)  # type: ignore[arg-type]
    value = float(claim["value"])  # type: ignore[arg-type]
    qualifier = claim["qualifier"]
    if qualifier in {"more_than", "at_least"}:
        return value, float("inf")
    if qualifier in {"up_to", "at_most", "less_than"}:
        return float("-inf"), value
    if qualifier == "approximate":
        return value * (1 - _APPROXIMATE), value * (1 + _APPROXIMATE)
    return value, value


def _same_time(a: dict[str, object], b: dict[str, object]) -> bool:
    if a["refers_to"] or b["refers_to"]:
        when = ("refers_to", "refers_to_precision", "refers_to_relation")
        return all(a[k] == b[k] for k in when)  # a target "by 2030" is not a figure "in 2030"
    if a["articles"] & b["articles"]:  # type: ignore[operator]
        return False  # one article giving two undated figures is describing two things
    day_a, day_b = a["first_reported_at"], b["first_reported_at"]
    return bool(day_a and day_b and abs((day_a - day_b).days) <= _SAME_NEWS_CYCLE_DAYS)  # type: ignore[operator]


def _conflicts(claims: list[dict[str, object]]) -> None:
    """Fill each claim's `conflicts`: claims about the same subject and time whose figures disagree.

    Same subject: the same head noun and unit. Same time: the same `refers_to` (and precision),
    or, for undated figures in different articles, publication within a couple of days. Disagree:
    the values the two admit do not overlap, so "up to 4,000" and "3,500" agree, 430 and 431 do not.
    """
    topics: dict[tuple[object, object], list[dict[str, object]]] = defaultdict(list)
    for claim in claims:
        if claim["subject_key"] and claim["value"] is not None:
            topics[(claim["subject_key"], claim["unit"])].append(claim)
    found: dict[object, list[object]] = defaultdict(list)
    for members in topics.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
                if (a_high < b_low or b_high < a_low) and _same_time(a, b):
                    found[a["id"]].append(b["id"])
                    found[b["id"]].append(a["id"])
    for claim in claims:
        claim["conflicts"] = json.dumps(sorted(found.get(claim["id"], [])))


def group_claims(session: Session) -> None:
    """One claim per figure about one subject at one time, with every occurrence as a source."""
    actors = _speaker_actor(session)
    pub = dict(session.execute(select(col(Article.id), col(Article.published_at))).all())
    rows = session.execute(
        select(
            col(ClaimSource.id),
            col(ClaimSource.article_id),
            col(ClaimSource.claimant_entity_id),
            col(ClaimSource.value),
            col(ClaimSource.value_min),
            col(ClaimSource.value_max),
            col(ClaimSource.qualifier),
            col(ClaimSource.unit),
            col(ClaimSource.subject),
            col(ClaimSource.subject_key),
            col(ClaimSource.refers_to),
            col(ClaimSource.refers_to_precision),
            col(ClaimSource.refers_to_relation),
        )
    ).all()
    groups: dict[tuple[object, ...], list] = defaultdict(list)  # type: ignore[type-arg]
    for r in rows:
        groups[_claim_key(r) if r.subject_key else ("id", r.id)].append(r)
    claims, links = [], []
    for members in groups.values():
        first = min(members, key=lambda m: m.id)
        claimants = Counter(actors.get(m.claimant_entity_id) for m in members if m.claimant_entity_id)
        claimants.pop(None, None)
        published = [pub[m.article_id] for m in members if pub.get(m.article_id)]
        qualifier = Counter(m.qualifier for m in members).most_common(1)[0][0]
        claims.append(
            {
                "id": first.id,
                "value": first.value,
                "value_min": first.value_min,
                "value_max": first.value_max,
                "qualifier": qualifier,
                "unit": first.unit,
                "subject": first.subject,
                "subject_key": first.subject_key,
                "claimant_id": claimants.most_common(1)[0][0] if claimants else None,
                "refers_to": first.refers_to,
                "refers_to_precision": first.refers_to_precision,
                "refers_to_relation": first.refers_to_relation,
                "source_count": len(members),
                "first_reported_at": min(published) if published else None,
                "conflicts": "[]",
                "articles": {m.article_id for m in members},
            }
        )
        links += [{"cid": first.id, "sid": m.id} for m in members]
    _conflicts(claims)
    for claim in claims:
        del claim["articles"]
    session.execute(text("UPDATE claimsource SET claim_id = NULL"))
    session.execute(delete(NumericClaim))
    if claims:
        session.execute(insert(NumericClaim), claims)
        session.connection().execute(text("UPDATE claimsource SET claim_id = :cid WHERE id = :sid"), links)


def refresh_actor_counts(session: Session) -> None:
    session.execute(
        text("""
        UPDATE actor SET
          mention_count = (SELECT COUNT(*) FROM mention WHERE mention.actor_id = actor.id),
          article_count = (SELECT COUNT(DISTINCT article_id) FROM articleentity
                           WHERE articleentity.actor_id = actor.id),
          statement_count = (SELECT COUNT(*) FROM statement WHERE statement.speaker_id = actor.id)
    """)
    )


def first_date(values: list[date | None]) -> date | None:
    present = [v for v in values if v]
    return min(present) if present else None
