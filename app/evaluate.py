"""`crisis-facts evaluate`: precision/recall/F1 per fact type against a gold file.

Gold shape: shared/gold/seeds_gold.json (see its `_about`). Quotes match on their first
words; a speaker is right when a gold name is a substring of the actor's name or an alias.
"""

import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlmodel import Session, col

from app.db import make_engine
from app.models import Actor, ActorAlias, Article, ArticleEntity, ClaimSource, Quotation


def _name_key(text: str) -> str:
    from app.extract.names import normalize_name

    return _norm(normalize_name(text))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s']", " ", text)).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Corpus:
    quotes: dict[str, list[dict[str, Any]]]
    claims: dict[str, list[dict[str, Any]]]
    names: dict[int, set[str]]
    alias_index: dict[str, set[int]]
    actors: dict[int, dict[str, Any]]


def _load(session: Session) -> Corpus:
    slugs = dict(session.execute(select(col(Article.id), col(Article.slug))).all())
    entity_actor = dict(session.execute(select(col(ArticleEntity.id), col(ArticleEntity.actor_id))).all())
    names: dict[int, set[str]] = defaultdict(set)
    alias_index: dict[str, set[int]] = defaultdict(set)
    actors = {a.id: {"name": a.name, "kind": a.kind, "role": a.role} for a in session.execute(select(Actor)).scalars()}
    for actor_id, actor in actors.items():
        names[actor_id].add(_norm(actor["name"]))
        alias_index[_name_key(actor["name"])].add(actor_id)
    for actor_id, name, relation in session.execute(
        select(col(ActorAlias.actor_id), col(ActorAlias.name), col(ActorAlias.relation))
    ).all():
        if relation == "alias":
            names[actor_id].add(_norm(name))
            alias_index[_name_key(name)].add(actor_id)
    quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in session.execute(select(Quotation)).scalars():
        quotes[slugs[q.article_id]].append(
            {
                "exact": q.exact,
                "kind": q.kind,
                "cue": q.cue,
                "statement_id": q.statement_id,
                "actor": entity_actor.get(q.speaker_entity_id or -1),
            }
        )
    claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in session.execute(select(ClaimSource)).scalars():
        claims[slugs[c.article_id]].append(
            {
                "value": c.value,
                "min": c.value_min,
                "max": c.value_max,
                "qualifier": c.qualifier,
                "subject": c.subject or "",
                "exact": c.exact,
            }
        )
    return Corpus(quotes, claims, names, alias_index, actors)


def _starts(quote: dict[str, Any], start: str) -> bool:
    return _norm(quote["exact"]).startswith(_norm(start))


def _speaker_ok(corpus: Corpus, actor_id: int | None, keys: list[str]) -> bool:
    if actor_id is None:
        return False
    return any(_norm(k) in n for k in keys for n in corpus.names.get(actor_id, set()))


def score_quotes(gold: dict[str, Any], corpus: Corpus) -> tuple[Score, Score]:
    found, attributed = Score(), Score()
    for file, facts in _articles(gold):
        slug = Path(file).stem
        extracted = [q for q in corpus.quotes.get(slug, []) if q["kind"] != "indirect"]
        matched: set[int] = set()
        for g in facts["quotes"]:
            hits = [i for i, q in enumerate(extracted) if _starts(q, g["starts"])]
            if not hits:
                found.fn += 1
                attributed.fn += 1
                found.misses.append(f"{slug}: missed quote {g['starts']!r}")
                continue
            matched.update(hits)
            found.tp += 1
            if any(_speaker_ok(corpus, extracted[i]["actor"], g["speaker"]) for i in hits):
                attributed.tp += 1
            else:
                attributed.fn += 1
                attributed.fp += 1
                who = [corpus.actors.get(extracted[i]["actor"] or -1, {}).get("name") for i in hits]
                attributed.misses.append(f"{slug}: {g['starts']!r} → {who}, want {g['speaker']}")
        optional = facts.get("optional_quotes", [])
        for i, q in enumerate(extracted):
            if i not in matched and not any(_starts(q, o) for o in optional):
                found.fp += 1
                attributed.fp += 1
                found.misses.append(f"{slug}: extra quote {q['exact'][:60]!r}")
    return found, attributed


def _articles(gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(k, v) for k, v in gold.items() if isinstance(v, dict) and "quotes" in v]


def _head(noun: str) -> str:
    word = noun.split("(")[0].strip().lower().split()[-1]
    return word[:-1] if word.endswith("s") else word


def score_claims(gold: dict[str, Any], corpus: Corpus) -> dict[str, Score]:
    values, subjects, qualifiers = Score(), Score(), Score()
    for file, facts in _articles(gold):
        slug = Path(file).stem
        extracted = corpus.claims.get(slug, [])
        used: set[int] = set()
        for g in facts["claims"]:
            idx = next((i for i, c in enumerate(extracted) if i not in used and c["value"] == g["value"]), None)
            if idx is None:
                values.fn += 1
                values.misses.append(f"{slug}: missed claim {g['value']} {g['noun']}")
                continue
            used.add(idx)
            values.tp += 1
            c = extracted[idx]
            if _head(g["noun"]) in c["subject"].lower():
                subjects.tp += 1
            else:
                subjects.fn += 1
                subjects.misses.append(f"{slug}: {g['value']} subject {c['subject']!r}, want {g['noun']!r}")
            want_range = (g.get("min"), g.get("max"))
            if c["qualifier"] == g["qualifier"] and (c["min"], c["max"]) == want_range:
                qualifiers.tp += 1
            else:
                qualifiers.fn += 1
                qualifiers.misses.append(
                    f"{slug}: {g['value']} {c['qualifier']} {c['min'], c['max']}, want {g['qualifier']} {want_range}"
                )
        optional = {o["value"] if isinstance(o, dict) else o for o in facts.get("optional_claims", [])}
        for i, c in enumerate(extracted):
            if i not in used and c["value"] not in optional:
                values.fp += 1
                kind = "a negative" if c["value"] in facts.get("negatives", []) else "extra"
                values.misses.append(f"{slug}: {kind} claim {c['exact']!r} ({c['subject']})")
    return {"claim values": values, "claim subjects": subjects, "claim qualifiers+ranges": qualifiers}


def score_clusters(gold: dict[str, Any], corpus: Corpus) -> Score:
    score = Score()
    for cluster in gold.get("statement_clusters", []):
        ids = set()
        for file, start in cluster["members"]:
            quotes = [q for q in corpus.quotes.get(Path(file).stem, []) if _starts(q, start)]
            ids.add(quotes[0]["statement_id"] if quotes else None)
        if len(ids) == 1 and None not in ids:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"cluster {cluster['about'][:60]!r} split over statements {sorted(map(str, ids))}")
    return score


def score_actors(gold: dict[str, Any], corpus: Corpus) -> Score:
    score = Score()
    owners: dict[int, str] = {}
    for group in gold.get("actors", []):
        ids = set()
        for name in group["names"]:
            ids |= corpus.alias_index.get(_name_key(name), set()) or {-1}
        label = group["names"][0]
        actor = corpus.actors.get(next(iter(ids))) if len(ids) == 1 else None
        problems = []
        if actor is None:
            problems.append(f"resolves to {len(ids - {-1})} actors" + (" (a name is unknown)" if -1 in ids else ""))
        else:
            if actor["kind"] != group["kind"]:
                problems.append(f"kind {actor['kind']}, want {group['kind']}")
            if group.get("role") and not actor["role"]:
                problems.append(f"no role, want {group['role']!r}")
            actor_id = next(iter(ids))
            if actor_id in owners:
                problems.append(f"shares its actor with {owners[actor_id]!r}")
            owners[actor_id] = label
        if problems:
            score.fn += 1
            score.misses.append(f"actor {label!r}: " + "; ".join(problems))
        else:
            score.tp += 1
    return score


def score_indirect(gold: dict[str, Any], corpus: Corpus) -> Score:
    score = Score()
    for item in gold.get("indirect", []):
        slug = Path(item["article"]).stem
        found = [
            q
            for q in corpus.quotes.get(slug, [])
            if q["kind"] == "indirect"
            and (q["cue"] or "").startswith(item["cue"].split()[0][:4])
            and _speaker_ok(corpus, q["actor"], [item["speaker"]])
        ]
        if found:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"{slug}: indirect {item['speaker']} {item['cue']} {item['about']!r}")
    return score


def evaluate_database(gold_path: Path, database_url: str) -> dict[str, Score]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with Session(make_engine(database_url)) as session:
        corpus = _load(session)
    quotes, attributed = score_quotes(gold, corpus)
    return {
        "quotes": quotes,
        "quotes attributed": attributed,
        **score_claims(gold, corpus),
        "statement clusters": score_clusters(gold, corpus),
        "actors": score_actors(gold, corpus),
        "indirect statements": score_indirect(gold, corpus),
    }


def evaluate_gold(
    gold_path: Path, *, articles_dir: Path | None, database_url: str | None, model_name: str
) -> dict[str, Score]:
    if articles_dir is None:
        assert database_url is not None
        return evaluate_database(gold_path, database_url)
    from app.ingest.readers import read_inputs
    from app.ingest.service import ingest
    from app.migrate import upgrade_head

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'evaluate.db'}"
        upgrade_head(url)
        ingest(make_engine(url), list(read_inputs([articles_dir], max_bytes=10_000_000)), model_name=model_name)
        return evaluate_database(gold_path, url)


def print_report(report: dict[str, Score], console: Console) -> None:
    table = Table("fact type", "P", "R", "F1", "tp", "fp", "fn")
    for name, s in report.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console.print(table)
    for name, s in report.items():
        for miss in s.misses:
            console.print(f"[yellow]{name}[/yellow]: {miss}", highlight=False)
