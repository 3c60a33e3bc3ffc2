"""Portable forms of the facts: streamed CSV / JSON Lines downloads, W3C Web Annotations,
PROV-O provenance and schema.org Claim / ClaimReview JSON-LD.

Downloads read the filtered rows in id order, a batch at a time (keyset pagination, one set of
bulk queries per batch), so no whole result is ever held in memory.
"""

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlmodel import Session, col

from app.db import get_engine
from app.errors import NotFound
from app.models import Actor, Article, NumericClaim, Publisher, Statement
from app.schemas import Annotations, ClaimPublic, StatementPublic
from app.services.common import core_rows
from app.services.facts import claims_query, get_claim, render_claims, render_statements, statements_query

BATCH = 500
CONTEXT_LEN = 32  # prefix/suffix length, as in the stored provenance
VOCAB = "urn:crisis-facts:vocab:"  # our own terms inside JSON-LD documents


# ---------------------------------------------------------------- downloads


def _batches(query: Select, id_column: Any, render: Callable[[Session, list[Any]], list[Any]]) -> Iterator[list[Any]]:  # type: ignore[type-arg]
    """Rendered rows of `query` in id order, BATCH at a time, on a session of their own (the
    response streams after the request's session has gone)."""
    last = 0
    with Session(get_engine()) as session:
        while True:
            rows = list(core_rows(session, query.where(id_column > last).order_by(id_column).limit(BATCH)))
            if not rows:
                return
            yield render(session, rows)
            last = rows[-1].id
            session.expunge_all()


def _cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection)."""
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return "" if value is None else value


def _csv_lines(header: list[str], rows: Iterator[list[list[Any]]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    yield buffer.getvalue()
    for batch in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([[_cell(v) for v in row] for row in batch])
        yield buffer.getvalue()


def _sources_cell(sources: list[Any]) -> tuple[str, str]:
    places = ";".join(f"{s.article_slug}@{s.start}-{s.end}" for s in sources)
    urls = ";".join(dict.fromkeys(s.url for s in sources if s.url))
    return places, urls


STATEMENT_COLUMNS = [
    "id",
    "text",
    "kind",
    "speaker_id",
    "speaker_slug",
    "speaker",
    "cue",
    "channel",
    "said_on",
    "first_reported_at",
    "source_count",
    "sources",
    "urls",
]
CLAIM_COLUMNS = [
    "id",
    "value",
    "value_min",
    "value_max",
    "qualifier",
    "unit",
    "subject",
    "claimant_id",
    "claimant_slug",
    "claimant",
    "refers_to",
    "refers_to_precision",
    "refers_to_relation",
    "first_reported_at",
    "source_count",
    "conflicts",
    "sources",
    "urls",
]


def _statement_row(s: StatementPublic) -> list[Any]:
    places, urls = _sources_cell(s.sources)
    who = s.speaker
    return [
        s.id,
        s.text,
        s.kind,
        who.id if who else None,
        who.slug if who else None,
        who.name if who else None,
        s.cue,
        s.channel,
        s.said_on,
        s.first_reported_at,
        s.source_count,
        places,
        urls,
    ]


def _claim_row(c: ClaimPublic) -> list[Any]:
    places, urls = _sources_cell(c.sources)
    who = c.claimant
    return [
        c.id,
        c.value,
        c.value_min,
        c.value_max,
        c.qualifier,
        c.unit,
        c.subject,
        who.id if who else None,
        who.slug if who else None,
        who.name if who else None,
        c.refers_to,
        c.refers_to_precision,
        c.refers_to_relation,
        c.first_reported_at,
        c.source_count,
        ";".join(str(i) for i in c.conflicts),
        places,
        urls,
    ]


def _statement_models(session: Session, rows: list[Any]) -> list[StatementPublic]:
    return [StatementPublic.model_validate(item) for item in render_statements(session, rows)]


def _claim_models(session: Session, rows: list[Any]) -> list[ClaimPublic]:
    return [ClaimPublic.model_validate(item) for item in render_claims(session, rows)]


def statements_download(fmt: str, filters: dict[str, Any]) -> Iterator[str]:
    batches = _batches(statements_query(**filters), col(Statement.id), _statement_models)
    if fmt == "csv":
        return _csv_lines(STATEMENT_COLUMNS, ([_statement_row(s) for s in batch] for batch in batches))
    return ("".join(s.model_dump_json() + "\n" for s in batch) for batch in batches)


def claims_download(fmt: str, filters: dict[str, Any]) -> Iterator[str]:
    batches = _batches(claims_query(**filters), col(NumericClaim.id), _claim_models)
    if fmt == "csv":
        return _csv_lines(CLAIM_COLUMNS, ([_claim_row(c) for c in batch] for batch in batches))
    return ("".join(c.model_dump_json() + "\n" for c in batch) for batch in batches)


# ---------------------------------------------------------------- W3C Web Annotation


def _article_rows(session: Session, ids: list[int], *, with_text: bool = False) -> dict[int, Any]:
    """The articles' metadata (and text, when asked) with their outlet, in one query."""
    columns = [
        col(Article.id),
        col(Article.slug),
        col(Article.title),
        col(Article.url),
        col(Article.published_at),
        col(Article.ingested_at),
        col(Article.model_name),
        col(Article.pipeline_version),
        col(Publisher.name).label("publisher"),
        col(Publisher.slug).label("publisher_slug"),
        col(Publisher.domain).label("publisher_domain"),
    ]
    if with_text:
        columns.append(col(Article.text))
    rows = session.execute(
        select(*columns)
        .outerjoin(Publisher, col(Publisher.id) == col(Article.publisher_id))
        .where(col(Article.id).in_(ids))
    ).all()
    found = {row.id: row for row in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"no article {missing[0]}")
    return found


def _selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_LEN) : start],
            "suffix": text[end : end + CONTEXT_LEN],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def w3c_annotations(session: Session, annotations: Annotations, api: str) -> dict[str, Any]:
    """An AnnotationCollection (W3C Web Annotation Data Model, JSON-LD) with one annotation
    per quotation, claim and actor mention; each targets the article (its URL, else its API
    URL) with a TextQuoteSelector and a TextPositionSelector (code-point offsets)."""
    art = _article_rows(session, [annotations.article_id], with_text=True)[annotations.article_id]
    article_api = f"{api}/articles/{art.slug}"
    source = art.url or article_api
    collection_id = f"{article_api}/annotations?format=w3c"
    generator = {"id": api, "type": "Software", "name": f"crisis-facts {art.pipeline_version}"}
    created = art.ingested_at.isoformat()
    items: list[dict[str, Any]] = []

    def add(kind: str, n: int, start: int, end: int, summary: str, fact: dict[str, Any]) -> None:
        items.append(
            {
                "id": f"{collection_id}#{kind}-{n}",
                "type": "Annotation",
                "motivation": "describing" if kind != "mention" else "identifying",
                "created": created,
                "generator": generator,
                "body": [
                    {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": summary},
                    fact,
                ],
                "target": {"source": source, "selector": _selectors(art.text, start, end)},
            }
        )

    for n, q in enumerate(annotations.quotations, 1):
        who = q.speaker.name if q.speaker else "unattributed"
        add(
            "quotation",
            n,
            q.start,
            q.end,
            f"{q.kind} quotation — speaker: {who}",
            {
                "id": f"{api}/statements/{q.statement_id}" if q.statement_id else None,
                "type": "cf:Statement",
                "cf:kind": q.kind,
                "cf:speaker": q.speaker.model_dump() if q.speaker else None,
                "cf:speakerMention": q.speaker_mention.model_dump() if q.speaker_mention else None,
                "cf:cue": q.cue_span.model_dump() if q.cue_span else None,
            },
        )
    for n, c in enumerate(annotations.claims, 1):
        figure = c.exact if c.subject is None else f"{c.exact} — {c.subject}"
        add(
            "claim",
            n,
            c.start,
            c.end,
            f"numeric claim: {figure}",
            {
                "id": f"{api}/claims/{c.claim_id}" if c.claim_id else None,
                "type": "cf:NumericClaim",
                "cf:value": c.value,
                "cf:valueMin": c.value_min,
                "cf:valueMax": c.value_max,
                "cf:qualifier": c.qualifier,
                "cf:unit": c.unit,
                "cf:subject": c.subject,
                "cf:claimant": c.claimant.model_dump() if c.claimant else None,
            },
        )
    actor_slugs = dict(
        session.execute(
            select(col(Actor.id), col(Actor.slug)).where(
                col(Actor.id).in_({m.actor_id for m in annotations.mentions if m.actor_id})
            )
        ).all()
    )
    for n, m in enumerate(annotations.mentions, 1):
        slug = actor_slugs.get(m.actor_id or -1)
        add(
            "mention",
            n,
            m.start,
            m.end,
            f"actor mention: {m.exact}",
            {"id": f"{api}/actors/{slug}" if slug else None, "type": "cf:Actor"},
        )
    for item in items:
        item["body"][1] = {k: v for k, v in item["body"][1].items() if v is not None}
    return {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"cf": VOCAB}],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"Facts extracted from {art.title or art.slug}",
        "total": len(items),
        "first": {"id": f"{collection_id}&page=0", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


# ---------------------------------------------------------------- PROV-O


def statement_provenance(session: Session, statement: StatementPublic, api: str) -> dict[str, Any]:
    """PROV-O (JSON-LD): the statement derived from each quotation, each quotation derived from
    its article and generated by that article's ingest (model and pipeline versions, time), the
    articles attributed to their outlets."""
    stmt_id = f"{api}/statements/{statement.id}"
    article_ids = sorted({s.article_id for s in statement.sources})
    articles = _article_rows(session, article_ids)
    graph: list[dict[str, Any]] = []
    quotation_ids = []
    for s in statement.sources:
        art = articles[s.article_id]
        article_api = f"{api}/articles/{art.slug}"
        qid = f"{article_api}#char={s.start},{s.end}"
        quotation_ids.append({"@id": qid})
        graph.append(
            {
                "@id": qid,
                "@type": "prov:Entity",
                "prov:value": s.exact,
                "cf:sentence": s.sentence,
                "prov:wasDerivedFrom": {"@id": article_api},
                "prov:wasGeneratedBy": {"@id": f"{article_api}#ingest"},
            }
        )
    software: dict[str, dict[str, Any]] = {}
    for art in articles.values():
        article_api = f"{api}/articles/{art.slug}"
        agent_id = f"urn:crisis-facts:pipeline:{art.pipeline_version}:{art.model_name}"
        software[agent_id] = {
            "@id": agent_id,
            "@type": ["prov:Agent", "prov:SoftwareAgent"],
            "schema:name": "crisis-facts",
            "cf:pipelineVersion": art.pipeline_version,
            "cf:model": art.model_name,
        }
        entity: dict[str, Any] = {"@id": article_api, "@type": "prov:Entity", "schema:headline": art.title}
        if art.url:
            entity["schema:url"] = art.url
        if art.published_at:
            entity["schema:datePublished"] = art.published_at.isoformat()
        if art.publisher_slug:
            entity["prov:wasAttributedTo"] = {"@id": f"{api}/sources/{art.publisher_slug}"}
            graph.append(
                {
                    "@id": f"{api}/sources/{art.publisher_slug}",
                    "@type": ["prov:Agent", "prov:Organization"],
                    "schema:name": art.publisher,
                    **({"schema:url": f"https://{art.publisher_domain}"} if art.publisher_domain else {}),
                }
            )
        graph.append(entity)
        graph.append(
            {
                "@id": f"{article_api}#ingest",
                "@type": "prov:Activity",
                "prov:used": {"@id": article_api},
                "prov:endedAtTime": {"@value": art.ingested_at.isoformat(), "@type": "xsd:dateTime"},
                "prov:wasAssociatedWith": {"@id": agent_id},
            }
        )
    statement_node: dict[str, Any] = {
        "@id": stmt_id,
        "@type": "prov:Entity",
        "prov:value": statement.text,
        "cf:kind": statement.kind,
        "prov:wasDerivedFrom": quotation_ids,
    }
    if statement.speaker:
        statement_node["cf:speaker"] = {"@id": f"{api}/actors/{statement.speaker.slug}"}
        graph.append(
            {
                "@id": f"{api}/actors/{statement.speaker.slug}",
                "@type": "prov:Agent",
                "schema:name": statement.speaker.name,
            }
        )
    graph.insert(0, statement_node)
    return {
        "@context": {
            "prov": "http://www.w3.org/ns/prov#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "schema": "https://schema.org/",
            "cf": VOCAB,
        },
        "@graph": [*graph, *software.values()],
    }


# ---------------------------------------------------------------- schema.org Claim / ClaimReview


def schema_claim(session: Session, claim_id: int, api: str) -> dict[str, Any]:
    """A schema.org Claim: the sentence that states the figure, who claims it, and every
    article it appeared in (`appearance`; the earliest is `firstAppearance`)."""
    claim = ClaimPublic.model_validate(get_claim(session, claim_id))
    appearances = [
        {
            "@type": "NewsArticle",
            "url": s.url or f"{api}/articles/{s.article_slug}",
            "identifier": s.article_slug,
            **({"datePublished": s.published_at.isoformat()} if s.published_at else {}),
            **({"publisher": {"@type": "Organization", "name": s.publisher}} if s.publisher else {}),
            "text": s.exact,
        }
        for s in claim.sources
    ]
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "@id": f"{api}/claims/{claim.id}",
        "text": claim.sources[0].sentence if claim.sources else None,
        "about": claim.subject,
        "appearance": appearances,
        "firstAppearance": appearances[0] if appearances else None,
        "additionalProperty": [
            {"@type": "PropertyValue", "name": name, "value": value}
            for name, value in (
                ("value", claim.value),
                ("valueMin", claim.value_min),
                ("valueMax", claim.value_max),
                ("qualifier", claim.qualifier),
                ("unit", claim.unit),
                ("refersTo", claim.refers_to.isoformat() if claim.refers_to else None),
            )
            if value is not None
        ],
    }
    if claim.claimant is not None:
        node["author"] = {
            "@type": "Person" if claim.claimant.kind == "person" else "Organization",
            "name": claim.claimant.name,
            "url": f"{api}/actors/{claim.claimant.slug}",
        }
    return {k: v for k, v in node.items() if v is not None}


def claim_review_draft(session: Session, claim_id: int, api: str) -> dict[str, Any]:
    """A ClaimReview to be completed by a fact-checker: the claim reviewed, its appearances;
    the rating, author and date are theirs to fill in."""
    claim = schema_claim(session, claim_id, api)
    claim.pop("@context")
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.get("text"),
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "ratingValue": None, "alternateName": None},
        "author": None,
        "datePublished": None,
        "url": None,
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, default=str)
