"""Merging quotations into statements and claim occurrences into claims, across articles.

A statement's id is its earliest quotation's id and a claim's id its earliest occurrence's,
so ids stay put as articles are added.
"""

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlmodel import Session, col

from app.ingest.unionfind import UnionFind
from app.models import Article, ArticleEntity, ClaimSource, NumericClaim, Quotation, QuoteKey, Statement
from app.services.common import CHUNK, chunks, insert_rows
from app.services.facts import write_claim_bodies, write_statement_bodies

_MIN_KEY_WORDS = 4
_FUZZY = 90.0
# British → American spellings, so "-isation" and "-ization" quotes meet.
_SPELLING = [(re.compile(r"is(ation|ations|e|es|ed|ing)\b"), r"iz\1"), (re.compile(r"(?<=[a-z]{3})our\b"), "or")]


def normalize_sentence(sentence: str) -> str:
    text_ = unicodedata.normalize("NFKD", sentence).casefold()
    text_ = re.sub(r"\.\.\.|…", " ", text_)
    text_ = " ".join(re.sub(r"[^\w\s]", " ", text_).split())
    for pattern, repl in _SPELLING:  # word by word: neither pattern reaches across a space
        text_ = pattern.sub(repl, text_)
    return text_


def sentence_keys(quote: str) -> list[str]:
    """Match keys for a quotation: one per sentence, and one per fragment around an ellipsis
    ("…" marks words the outlet left out, so each side is a piece of the original wording)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[“‘\"'(]?[A-Z])|\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*", quote)
    keys = [normalize_sentence(p) for p in parts]
    return [k for k in keys if len(k.split()) >= _MIN_KEY_WORDS]


def _speaker_actor(session: Session, entity_ids: Iterable[int] | None = None) -> dict[int, int | None]:
    query = select(col(ArticleEntity.id), col(ArticleEntity.actor_id))
    if entity_ids is None:
        return {r[0]: r[1] for r in session.execute(query).all()}
    return {
        r[0]: r[1] for part in chunks(entity_ids) for r in session.execute(query.where(col(ArticleEntity.id).in_(part)))
    }


def _published(session: Session, article_ids: Iterable[int] | None = None) -> dict[int, date | None]:
    query = select(col(Article.id), col(Article.published_at))
    if article_ids is None:
        return {r[0]: r[1] for r in session.execute(query).all()}
    return {r[0]: r[1] for part in chunks(article_ids) for r in session.execute(query.where(col(Article.id).in_(part)))}


_QUOTE_COLUMNS = (
    col(Quotation.id),
    col(Quotation.article_id),
    col(Quotation.exact),
    col(Quotation.kind),
    col(Quotation.speaker_entity_id),
    col(Quotation.cue),
    col(Quotation.channel),
    col(Quotation.said_on),
    col(Quotation.statement_id),
)


def _rows_where_in(session: Session, columns: tuple[Any, ...], column: Any, values: Iterable[Any]) -> list[Any]:
    """Rows of `columns` whose `column` is one of `values` (in chunks the driver accepts)."""
    query = select(*columns)
    return [r for part in chunks(values) for r in session.execute(query.where(column.in_(part))).all()]


def _rows_by_id(
    session: Session, columns: tuple[Any, ...], wheres: Iterable[tuple[Any, Iterable[int]]]
) -> dict[int, Any]:
    """Rows (by id) whose column is one of its values, for each (column, values) given."""
    return {r.id: r for column, values in wheres for r in _rows_where_in(session, columns, column, values)}


def _quotations(session: Session, column: Any, values: Iterable[int]) -> list[Any]:
    return _rows_where_in(session, _QUOTE_COLUMNS, column, values)


def quotation_keys(r: Any, actors: dict[int, int | None]) -> list[str]:
    """The keys two quotations of one statement share (or, in a block, nearly share): a
    sentence or ellipsis fragment; for indirect speech and short quotations, kind|speaker|text."""
    keys = sentence_keys(r.exact)
    if r.kind == "indirect" or not keys:
        speaker = actors.get(r.speaker_entity_id or -1)
        keys = [f"{r.kind}|{speaker}|{normalize_sentence(r.exact)}"]
    return keys


def key_block(key: str) -> str | None:
    """Keys compared fuzzily share their first three words; kind|speaker|text keys only match exactly."""
    return None if "|" in key else " ".join(key.split()[:3])


def _key_hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _key_row(quotation_id: int, key: str) -> dict[str, object]:
    return {"quotation_id": quotation_id, "key_hash": _key_hash(key), "key": key, "block": key_block(key)}


def quote_key_rows(rows: Iterable[Any], actors: dict[int, int | None]) -> list[dict[str, object]]:
    """The QuoteKey rows of quotations (with `id`, `exact`, `kind`, `speaker_entity_id`)."""
    return [_key_row(r.id, key) for r in rows for key in quotation_keys(r, actors)]


def write_all_quote_keys(session: Session) -> None:
    """Every quotation's match keys, written afresh (for a database built without them)."""
    session.execute(delete(QuoteKey))
    rows = quote_key_rows(session.execute(select(*_QUOTE_COLUMNS)).all(), _speaker_actor(session))
    if rows:
        insert_rows(session, QuoteKey, rows)


def _group_statements(
    rows: list[Any], actors: dict[int, int | None], pub: dict[int, date | None]
) -> tuple[list[dict[str, object]], list[dict[str, int]], list[dict[str, object]]]:
    uf = UnionFind([r.id for r in rows])
    seen: dict[str, int] = {}
    blocks: dict[str, list[tuple[str, int]]] = defaultdict(list)
    key_rows: list[dict[str, object]] = []
    for r in rows:
        for key in quotation_keys(r, actors):
            block = key_block(key)
            key_rows.append(_key_row(r.id, key))
            if key in seen:
                uf.union(seen[key], r.id)
                continue
            seen[key] = r.id
            if block is not None:
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
        published = [d for m in members if (d := pub.get(m.article_id))]
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
    return statements, links, key_rows


@dataclass
class FactChange:
    """Ids a statement or claim update removed (`old`) and wrote (`new`), and the actors they
    name as speakers or claimants before and after (`actors`)."""

    old: set[int] = field(default_factory=set)
    new: set[int] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)


def merge_statements(session: Session) -> FactChange:
    rows = list(session.execute(select(*_QUOTE_COLUMNS)).all())
    old = set(session.execute(select(col(Statement.id))).scalars())
    session.execute(delete(QuoteKey))
    return _write_statements(session, rows, old, _speaker_actor(session), _published(session), keys_cleared=True)


def update_statements(
    session: Session, article_ids: Iterable[int], statement_ids: Iterable[int], entity_ids: Iterable[int]
) -> FactChange:
    """Merge again only the quotations a change can reach: those of `article_ids`, of the
    statements in `statement_ids`, and those spoken by `entity_ids` (whose actor changed),
    with every quotation they share a key with (fuzzily within a block) and every co-member of
    their statements, transitively. Gives what `merge_statements` would give."""
    statement_ids = set(statement_ids)
    owners = (col(Quotation.article_id), col(Quotation.statement_id), col(Quotation.speaker_entity_id))
    found = _rows_by_id(session, _QUOTE_COLUMNS, zip(owners, (article_ids, statement_ids, entity_ids), strict=True))
    frontier = list(found.values())
    done_statements: set[int] = set()
    done_hashes: set[str] = set()
    blocks: dict[str, list[tuple[str, int]]] = {}
    actors: dict[int, int | None] = {}
    while frontier:
        actors |= _speaker_actor(
            session, {r.speaker_entity_id for r in frontier if r.speaker_entity_id} - actors.keys()
        )
        members = {r.statement_id for r in frontier if r.statement_id} - done_statements
        done_statements |= members
        hashes: set[str] = set()
        by_block: dict[str, list[str]] = defaultdict(list)
        for r in frontier:
            for key in quotation_keys(r, actors):
                hashes.add(_key_hash(key))
                block = key_block(key)
                if block is not None:
                    by_block[block].append(key)
        hashes -= done_hashes
        done_hashes |= hashes
        ids: set[int] = set()
        for part in chunks(hashes, size=CHUNK):
            ids.update(
                session.execute(select(col(QuoteKey.quotation_id)).where(col(QuoteKey.key_hash).in_(part))).scalars()
            )
        for block, keys in by_block.items():
            if block not in blocks:
                query = select(col(QuoteKey.key), col(QuoteKey.quotation_id)).where(col(QuoteKey.block) == block)
                blocks[block] = [(k, q) for k, q in session.execute(query).all()]
            ids.update(
                q for other, q in blocks[block] if q not in found and any(fuzz.ratio(k, other) >= _FUZZY for k in keys)
            )
        new = [r for r in _quotations(session, col(Quotation.id), ids - found.keys())]
        new += [r for r in _quotations(session, col(Quotation.statement_id), members) if r.id not in found]
        frontier = []
        for r in new:
            if r.id not in found:
                found[r.id] = r
                frontier.append(r)
    rows = sorted(found.values(), key=lambda r: r.id)
    actors |= _speaker_actor(session, {r.speaker_entity_id for r in rows if r.speaker_entity_id} - actors.keys())
    old = statement_ids | {r.statement_id for r in rows if r.statement_id}
    return _write_statements(session, rows, old, actors, _published(session, {r.article_id for r in rows}))


def _write_statements(
    session: Session,
    rows: list[Any],
    old: set[int],
    actors: dict[int, int | None],
    pub: dict[int, date | None],
    *,
    keys_cleared: bool = False,
) -> FactChange:
    statements, links, key_rows = _group_statements(rows, actors, pub)
    if not keys_cleared:
        for part in chunks(r.id for r in rows):
            session.execute(delete(QuoteKey).where(col(QuoteKey.quotation_id).in_(part)))
    change = _sync(session, Statement, statements, old, "speaker_id")
    moved = [link for link, r in zip(links, _rows_by(rows, links, "qid"), strict=True) if r.statement_id != link["sid"]]
    if moved:
        session.connection().execute(text("UPDATE quotation SET statement_id = :sid WHERE id = :qid"), moved)
    if key_rows:
        insert_rows(session, QuoteKey, key_rows)
    write_statement_bodies(session, (int(str(st["id"])) for st in statements))
    return change


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


def _same_time_pairs(members: list[dict[str, object]]) -> Iterator[tuple[dict[str, object], dict[str, object]]]:
    """The pairs of one topic's claims that `_same_time` accepts, without trying every pair: dated
    claims pair only within the same date, precision and relation; undated ones only with those
    published within the news-cycle window (sorted by day, so a topic of thousands stays cheap)."""
    dated: dict[tuple[object, ...], list[dict[str, object]]] = defaultdict(list)
    undated = []
    for claim in members:
        if claim["refers_to"]:
            dated[(claim["refers_to"], claim["refers_to_precision"], claim["refers_to_relation"])].append(claim)
        elif claim["first_reported_at"]:
            undated.append(claim)
    for bucket in dated.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                yield a, b
    undated.sort(key=lambda c: c["first_reported_at"])  # type: ignore[arg-type,return-value]
    window = timedelta(days=_SAME_NEWS_CYCLE_DAYS)
    for i, a in enumerate(undated):
        for b in undated[i + 1 :]:
            if b["first_reported_at"] - a["first_reported_at"] > window:  # type: ignore[operator]
                break
            if _same_time(a, b):
                yield a, b


def _conflicts(claims: list[dict[str, object]]) -> None:
    """Fill each claim's `conflicts`: claims about the same subject and time whose figures disagree.

    Same subject: the same head noun and unit. Same time: the same `refers_to` (and precision),
    or, for undated figures in different articles, publication within a couple of days. Disagree:
    the values the two admit do not overlap, so "up to 4,000" and "3,500" agree, 430 and 431 do not.
    Never: two figures one source gave in one sentence (a part and its whole, "12 of the 40 miners").
    """
    topics: dict[tuple[object, object], list[dict[str, object]]] = defaultdict(list)
    for claim in claims:
        if claim["subject_key"] and claim["value"] is not None:
            topics[(claim["subject_key"], claim["unit"])].append(claim)
    found: dict[object, list[object]] = defaultdict(list)
    for members in topics.values():
        for a, b in _same_time_pairs(members):
            (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
            if a["sentences"] & b["sentences"]:  # type: ignore[operator]
                continue  # one source in one sentence: a part and its whole ("23 of 30 drones"), not a dispute
            if a_high < b_low or b_high < a_low:
                found[a["id"]].append(b["id"])
                found[b["id"]].append(a["id"])
    for claim in claims:
        claim["conflicts"] = json.dumps(sorted(found.get(claim["id"], [])))


_CLAIM_COLUMNS = (
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
    col(ClaimSource.claim_id),
    col(ClaimSource.sentence),
)


def group_claims(session: Session) -> FactChange:
    """One claim per figure about one subject at one time, with every occurrence as a source."""
    rows = list(session.execute(select(*_CLAIM_COLUMNS)).all())
    old = set(session.execute(select(col(NumericClaim.id))).scalars())
    return _write_claims(session, rows, old, _speaker_actor(session), _published(session))


def update_claims(
    session: Session, article_ids: Iterable[int], claim_ids: Iterable[int], entity_ids: Iterable[int]
) -> FactChange:
    """Group again only the claim sources of `article_ids`, of `claim_ids` (claims that lost
    sources), those whose claimant's actor changed (`entity_ids`), and every source with the
    same claim key as one of them; then find conflicts again for those claims and for the
    claims of the same topic at the same time (whose conflict lists may name them). Claims
    group by key and conflict only within a topic at one time, so this gives what
    `group_claims` would give."""
    claim_ids = set(claim_ids)
    owners = (col(ClaimSource.article_id), col(ClaimSource.claim_id), col(ClaimSource.claimant_entity_id))
    seeds = _rows_by_id(session, _CLAIM_COLUMNS, zip(owners, (article_ids, claim_ids, entity_ids), strict=True))
    keys = {_claim_key(r) for r in seeds.values() if r.subject_key}
    for key in keys:
        subject, value = key[0], key[2]
        same = col(ClaimSource.value).is_(None) if value is None else col(ClaimSource.value) == value
        query = select(*_CLAIM_COLUMNS).where(col(ClaimSource.subject_key) == subject, same)
        for r in session.execute(query).all():
            if _claim_key(r) == key:
                seeds.setdefault(r.id, r)
    rows = sorted(seeds.values(), key=lambda r: r.id)
    old = claim_ids | {r.claim_id for r in rows if r.claim_id}
    actors = _speaker_actor(session, {r.claimant_entity_id for r in rows if r.claimant_entity_id})
    claims, links = _claim_groups(rows, actors, _published(session, {r.article_id for r in rows}))
    before = [_claim_dict(r._mapping) for part in chunks(old) for r in session.execute(
        select(NumericClaim.__table__).where(col(NumericClaim.id).in_(part))  # type: ignore[attr-defined]
    )]  # fmt: skip
    around = _same_time_context(session, [*before, *claims], exclude=old)
    _conflicts([*claims, *around])
    for claim in claims:
        del claim["articles"], claim["sentences"]
    change = _sync(session, NumericClaim, claims, old, "claimant_id")
    near = [c for c in around if c["near"] and c["conflicts"] != c["stored_conflicts"]]
    if near:
        statement = update(NumericClaim.__table__).where(NumericClaim.__table__.c.id == bindparam("_id"))  # type: ignore[attr-defined]
        session.connection().execute(
            statement.values(conflicts=bindparam("conflicts")),
            [{"_id": c["id"], "conflicts": c["conflicts"]} for c in near],
        )
    _relink(session, rows, links)
    write_claim_bodies(session, (int(str(c["id"])) for c in [*claims, *near]))
    return change


_CONTEXT_COLUMNS = (
    "id", "subject_key", "unit", "value", "value_min", "value_max", "qualifier", "refers_to", "refers_to_precision",
    "refers_to_relation", "first_reported_at", "conflicts",
)  # fmt: skip


def _claim_dict(row: Any) -> dict[str, object]:
    return {k: row[k] for k in _CONTEXT_COLUMNS}


def _same_time_context(
    session: Session, changed: list[dict[str, object]], *, exclude: set[int]
) -> list[dict[str, object]]:
    """Stored claims (not in `exclude`) whose conflicts a change to `changed` can alter, and
    the claims those conflict lists are computed over. Dated claims: the same topic, date,
    precision and relation (all of them are `near`). Undated: the same topic published within
    twice the news-cycle window (those within one window are `near`: a claim further away can
    neither conflict with a changed one nor be named by it)."""
    table = NumericClaim.__table__  # type: ignore[attr-defined]
    found: dict[int, dict[str, object]] = {}
    days: dict[tuple[object, object], list[date]] = defaultdict(list)
    for claim in changed:
        if not claim["subject_key"] or claim["value"] is None:
            continue
        topic = table.c.subject_key == claim["subject_key"]
        topic &= table.c.unit.is_(None) if claim["unit"] is None else table.c.unit == claim["unit"]
        if claim["refers_to"]:
            when = (table.c.refers_to == claim["refers_to"]) & (
                table.c.refers_to_precision.is_(None) if claim["refers_to_precision"] is None
                else table.c.refers_to_precision == claim["refers_to_precision"]
            ) & (
                table.c.refers_to_relation.is_(None) if claim["refers_to_relation"] is None
                else table.c.refers_to_relation == claim["refers_to_relation"]
            )  # fmt: skip
            rows = [(r, True) for r in session.execute(select(table).where(topic, when)).mappings()]
        elif claim["first_reported_at"]:
            day: date = claim["first_reported_at"]  # type: ignore[assignment]
            days[(claim["subject_key"], claim["unit"])].append(day)
            reach = timedelta(days=2 * _SAME_NEWS_CYCLE_DAYS)
            window = table.c.first_reported_at.between(day - reach, day + reach) & table.c.refers_to.is_(None)
            rows = [(r, False) for r in session.execute(select(table).where(topic, window)).mappings()]
        else:
            continue
        for row, near in rows:
            if row["id"] in exclude:
                continue
            entry = found.setdefault(
                row["id"], _claim_dict(row) | {"near": False, "stored_conflicts": row["conflicts"]}
            )
            entry["near"] = bool(entry["near"]) or near
    cycle = timedelta(days=_SAME_NEWS_CYCLE_DAYS)
    for entry in found.values():
        if not entry["near"] and entry["first_reported_at"]:
            day = entry["first_reported_at"]  # type: ignore[assignment]
            changed_days = days.get((entry["subject_key"], entry["unit"]), [])
            entry["near"] = any(abs(day - d) <= cycle for d in changed_days)
    articles: dict[int, set[int]] = defaultdict(set)
    sentences: dict[int, set[tuple[object, ...]]] = defaultdict(set)
    for part in chunks(found):
        query = select(
            col(ClaimSource.claim_id),
            col(ClaimSource.article_id),
            col(ClaimSource.sentence),
            col(ClaimSource.claimant_entity_id),
        ).where(col(ClaimSource.claim_id).in_(part))
        for r in session.execute(query).all():
            articles[r.claim_id].add(r.article_id)
            sentences[r.claim_id].add(_said_in(r))
    for claim_id, entry in found.items():
        entry["articles"], entry["sentences"] = articles[claim_id], sentences[claim_id]
    return list(found.values())


def _said_in(source: Any) -> tuple[object, ...]:
    """Where and by whom a figure was given: its article, its sentence and its claimant there."""
    return source.article_id, source.sentence, source.claimant_entity_id


def _claim_groups(
    rows: list[Any], actors: dict[int, int | None], pub: dict[int, date | None]
) -> tuple[list[dict[str, object]], list[dict[str, int]]]:
    groups: dict[tuple[object, ...], list] = defaultdict(list)  # type: ignore[type-arg]
    for r in rows:
        groups[_claim_key(r) if r.subject_key else ("id", r.id)].append(r)
    claims, links = [], []
    for members in groups.values():
        first = min(members, key=lambda m: m.id)
        claimants = Counter(actors.get(m.claimant_entity_id) for m in members if m.claimant_entity_id)
        claimants.pop(None, None)
        published = [d for m in members if (d := pub.get(m.article_id))]
        qualifier = Counter(m.qualifier for m in sorted(members, key=lambda m: m.id)).most_common(1)[0][0]
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
                "sentences": {_said_in(m) for m in members},
            }
        )
        links += [{"cid": first.id, "sid": m.id} for m in members]
    claims.sort(key=lambda c: int(str(c["id"])))
    return claims, links


def _write_claims(
    session: Session, rows: list[Any], old: set[int], actors: dict[int, int | None], pub: dict[int, date | None]
) -> FactChange:
    claims, links = _claim_groups(rows, actors, pub)
    _conflicts(claims)
    for claim in claims:
        del claim["articles"], claim["sentences"]
    change = _sync(session, NumericClaim, claims, old, "claimant_id")
    _relink(session, rows, links)
    write_claim_bodies(session, (int(str(c["id"])) for c in claims))
    return change


def _relink(session: Session, rows: list[Any], links: list[dict[str, int]]) -> None:
    moved = [link for link, r in zip(links, _rows_by(rows, links, "sid"), strict=True) if r.claim_id != link["cid"]]
    if moved:
        session.connection().execute(text("UPDATE claimsource SET claim_id = :cid WHERE id = :sid"), moved)


def _rows_by(rows: list[Any], links: list[dict[str, int]], key: str) -> list[Any]:
    by_id = {r.id: r for r in rows}
    return [by_id[link[key]] for link in links]


def _sync(session: Session, model: Any, rows: list[dict[str, object]], old: set[int], person: str) -> FactChange:
    """Put `rows` in place of the `model` rows with ids `old`, writing only what differs: rows
    gone are deleted, new ones inserted, changed ones updated; a fact whose id and content stay
    is not touched. Returns the ids deleted or changed (`old`), inserted or changed (`new`) and
    the actors (`person` column) of all of those, before and after."""
    table = model.__table__
    columns = [c for c in table.c if c.name != "body"]  # the stored JSON is written after, from these
    existing: dict[int, dict[str, object]] = {}
    for part in chunks(old):
        query = select(*columns).where(table.c.id.in_(part))
        existing |= {r["id"]: dict(r) for r in session.execute(query).mappings()}
    wanted = {int(str(r["id"])): r for r in rows}
    gone = set(existing) - set(wanted)
    fresh = [r for i, r in wanted.items() if i not in existing]
    changed = [r for i, r in wanted.items() if i in existing and any(existing[i].get(k) != v for k, v in r.items())]
    for part in chunks(gone):
        session.execute(delete(table).where(table.c.id.in_(part)))
    if fresh:
        session.execute(insert(table), fresh)
    if changed:
        columns = [k for k in changed[0] if k != "id"]
        statement = update(table).where(table.c.id == bindparam("_id")).values({k: bindparam(k) for k in columns})
        session.connection().execute(statement, [{**r, "_id": r["id"]} for r in changed])
    touched = {int(str(r["id"])) for r in changed}
    actors = {existing[i][person] for i in gone | touched} | {r[person] for r in [*fresh, *changed]}
    return FactChange(
        old=gone | touched,
        new={int(str(r["id"])) for r in fresh} | touched,
        actors={int(str(a)) for a in actors if a},
    )


def refresh_actor_counts(session: Session, actor_ids: Iterable[int] | None = None) -> None:
    """Mention, article and statement counts of every actor, or of `actor_ids` only."""
    update = """
        UPDATE actor SET
          mention_count = (SELECT COUNT(*) FROM mention WHERE mention.actor_id = actor.id),
          article_count = (SELECT COUNT(DISTINCT article_id) FROM articleentity
                           WHERE articleentity.actor_id = actor.id),
          statement_count = (SELECT COUNT(*) FROM statement WHERE statement.speaker_id = actor.id)
    """
    if actor_ids is None:
        session.execute(text(update))
        return
    for part in chunks(actor_ids):
        session.execute(
            text(update + " WHERE actor.id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": part}
        )


def first_date(values: list[date | None]) -> date | None:
    present = [v for v in values if v]
    return min(present) if present else None
