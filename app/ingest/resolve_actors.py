"""Cross-article actor resolution over every stored ArticleEntity.

Runs over the whole corpus after each ingest, so the result does not depend on the order
articles arrived in. Rules: same normalised name; shared multi-word alias; lone surname →
the one full name ending in it; transliteration variants (fuzzy surname + compatible first
name + compatible role); role-only references → the one person holding that role.
"""

import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import jellyfish
from sqlalchemy import delete, insert, select, text, update
from sqlmodel import Session, col

from app.extract.gazetteer import BODIES, BODY_BY_NOUN, body_for, country_for
from app.extract.lexicon import ORG_NOUNS
from app.extract.names import normalize_name
from app.ingest.unionfind import UnionFind
from app.models import Actor, ActorAlias, ArticleEntity
from app.slugs import slugify, unique_slug

log = logging.getLogger("crisis_facts.actors")
_GENERIC = ORG_NOUNS | set(BODY_BY_NOUN) | {"alliance", "council"}


@dataclass
class EntityRow:
    id: int
    article_id: int
    actor_id: int | None
    name: str
    kind: str
    role: str | None
    role_title: str | None
    role_affiliation: str | None
    aliases: list[str]
    demonyms: list[str]
    is_role_reference: bool
    norm: str = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalize_name(self.name)


def _load(session: Session) -> list[EntityRow]:
    rows = session.execute(
        select(
            col(ArticleEntity.id),
            col(ArticleEntity.article_id),
            col(ArticleEntity.actor_id),
            col(ArticleEntity.name),
            col(ArticleEntity.kind),
            col(ArticleEntity.role),
            col(ArticleEntity.role_title),
            col(ArticleEntity.role_affiliation),
            col(ArticleEntity.aliases),
            col(ArticleEntity.demonyms),
            col(ArticleEntity.is_role_reference),
        )
    ).all()
    loaded = [
        EntityRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _json_list(r[8]), _json_list(r[9]), bool(r[10]))
        for r in rows
    ]
    usable = [r for r in loaded if r.norm]
    if len(usable) < len(loaded):
        skipped = sorted({r.name for r in loaded if not r.norm})
        log.warning(
            "%d entities with no usable name left without an actor: %s", len(loaded) - len(usable), skipped[:20]
        )
    return usable


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _names_compatible(a: str, b: str) -> bool:
    """First names of two spellings of one person: "Alexander"/"Alyaksandr", "J."/"Jens"."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return jellyfish.jaro_winkler_similarity(a, b) >= 0.72 and a[0] == b[0]


def _surnames_variant(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:2] != b[:2]:
        return False
    similar = jellyfish.jaro_winkler_similarity(a, b) >= 0.88
    return similar and (
        jellyfish.metaphone(a)[:3] == jellyfish.metaphone(b)[:3] or jellyfish.levenshtein_distance(a, b) <= 2
    )


def _roles_compatible(a: EntityRow, b: EntityRow) -> bool:
    if not a.role_affiliation or not b.role_affiliation:
        return True
    return a.role_affiliation.casefold() == b.role_affiliation.casefold()


def _looks_like_person(row: EntityRow) -> bool:
    """An ORG/place the model misread that is shaped like a personal name."""
    words = row.name.split()
    return (
        row.kind == "organization"
        and len(words) in (2, 3)
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not any(w.lower() in _GENERIC for w in words)
        and body_for(row.name) is None
        and country_for(row.name) is None
    )


def cluster(rows: list[EntityRow]) -> list[list[EntityRow]]:
    by_id = {r.id: r for r in rows}
    uf = UnionFind(list(by_id))
    first: dict[tuple[str, str], int] = {}
    people = [r for r in rows if r.kind == "person" and not r.is_role_reference]
    for row in rows:
        if row.is_role_reference:
            continue
        kind = "person" if row.kind == "person" else row.kind
        names = {row.norm} | {normalize_name(a) for a in row.aliases if len(a.split()) > 1 or a.isupper()}
        for name in names - {""}:
            if name.split()[-1] in _GENERIC and len(name.split()) == 1:
                continue
            key = (kind, name)
            if key in first:
                uf.union(first[key], row.id)
            else:
                first[key] = row.id
    full = [r for r in people if len(r.norm.split()) > 1]
    full += [r for r in rows if _looks_like_person(r)]
    for block in _spelling_blocks(full, uf):
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                wa, wb = a.norm.split(), b.norm.split()
                if _surnames_variant(wa[-1], wb[-1]) and _names_compatible(wa[0], wb[0]) and _roles_compatible(a, b):
                    uf.union(a.id, b.id)
    _attach_lone_surnames(rows, full, uf)
    _attach_role_references(rows, uf, by_id)
    groups = [[by_id[i] for i in g] for g in uf.groups()]
    return [g for g in groups if not all(r.is_role_reference for r in g)]


def _spelling_blocks(full: list[EntityRow], uf: UnionFind) -> list[list[EntityRow]]:
    """The full names worth comparing for spelling variants, without comparing every pair.

    Rows with the same name and affiliation are one person (joined here); of the rest, only
    names whose surnames share two first letters and whose first names share an initial can
    pass `_surnames_variant` and `_names_compatible`, so only those are put side by side.
    """
    same: dict[tuple[str, str], list[EntityRow]] = defaultdict(list)
    for row in full:
        same[(row.norm, (row.role_affiliation or "").casefold())].append(row)
    blocks: dict[tuple[str, str], list[EntityRow]] = defaultdict(list)
    for rows in same.values():
        for other in rows[1:]:
            uf.union(rows[0].id, other.id)
        words = rows[0].norm.split()
        blocks[(words[-1][:2], words[0][:1])].append(rows[0])
    return list(blocks.values())


def _attach_lone_surnames(rows: list[EntityRow], full: list[EntityRow], uf: UnionFind) -> None:
    owners: dict[str, set[int]] = defaultdict(set)
    for r in full:
        owners[r.norm.split()[-1]].add(uf.find(r.id))
    for row in rows:
        if row.is_role_reference or " " in row.norm or row.kind not in {"person", "place", "organization"}:
            continue
        if row.kind != "person" and (country_for(row.name) or body_for(row.name)):
            continue
        found = owners.get(row.norm, set())
        if len(found) == 1:
            uf.union(next(iter(found)), row.id)


def _attach_role_references(rows: list[EntityRow], uf: UnionFind, by_id: dict[int, EntityRow]) -> None:
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for r in rows:
        if r.kind == "person" and not r.is_role_reference and r.role_title and r.role_affiliation:
            holders[(r.role_title, r.role_affiliation.casefold())].add(uf.find(r.id))
    for row in rows:
        if row.is_role_reference and row.role_title and row.role_affiliation:
            found = {uf.find(i) for i in holders.get((row.role_title, row.role_affiliation.casefold()), set())}
            if len(found) == 1:
                uf.union(next(iter(found)), row.id)


def _canonical(group: list[EntityRow], kind: str) -> str:
    named = [r for r in group if not r.is_role_reference and (r.kind == kind or kind == "person")]
    names = [r.name for r in named] or [group[0].name]
    if kind == "organization":
        for name in names:
            acr = body_for(name)
            if acr:
                return BODIES[acr][0]
    if kind == "person":
        names = [n for r in named if r.kind == "person" for n in [r.name]] or names
        return _person_name(names)
    counts = Counter(names)
    return max(names, key=lambda n: (len(n.split()), counts[n], -names.index(n)))


def _person_name(names: list[str]) -> str:
    """The most frequent full name; never one that is another of the names with a word stuck
    in front ("Crooked Hillary Clinton", "Hammering Ana Ruiz": an epithet or a verb the model
    swallowed), nor a lone surname when a full name exists."""
    counts = Counter(names)
    distinct = sorted(counts)
    clean = [
        n
        for n in distinct
        if not any(other != n and n.endswith(" " + other) and len(other.split()) > 1 for other in distinct)
    ]
    full = [n for n in clean if len(n.split()) > 1] or clean or distinct
    return max(full, key=lambda n: (counts[n], len(n.split()), len(n), n))


def _best_role(group: list[EntityRow]) -> str | None:
    roles = [r.role for r in group if r.role and not r.is_role_reference]
    if not roles:
        return None
    counts = Counter(roles)
    formal = ("President", "Minister", "Secretary", "Chancellor", "Commissioner", "Ambassador")
    return max(
        roles, key=lambda x: (any(w in x for w in formal), " of " in x or x.split()[0].isupper(), counts[x], len(x))
    )


def _kind(group: list[EntityRow]) -> str:
    kinds = Counter(r.kind for r in group if not r.is_role_reference)
    if kinds.get("person") or (any(_looks_like_person(r) for r in group) and len(kinds) > 1):
        return "person"
    return kinds.most_common(1)[0][0]


def resolve_actors(session: Session) -> None:
    """Rebuild the actor table from every article's entities; keep ids where actors persist."""
    rows = _load(session)
    groups = sorted(cluster(rows), key=lambda g: min(r.id for r in g))
    used_ids: set[int] = set()
    existing = set(session.execute(select(col(Actor.id))).scalars())
    next_id = max(existing, default=0) + 1
    slugs: set[str] = set()
    actors, aliases, assignment = [], [], {}
    surname_counts = Counter(_canonical(g, "person").split()[-1] for g in groups if _kind(g) == "person")
    for group in groups:
        previous = Counter(r.actor_id for r in group if r.actor_id and r.actor_id not in used_ids)
        actor_id = previous.most_common(1)[0][0] if previous else next_id
        next_id = max(next_id, actor_id + 1)
        used_ids.add(actor_id)
        kind = _kind(group)
        name = _canonical(group, kind)
        actors.append(
            {
                "id": actor_id,
                "slug": unique_slug(slugify(name), slugs),
                "name": name,
                "kind": kind,
                "role": _best_role(group) if kind == "person" else None,
            }
        )
        names = {n for r in group if not r.is_role_reference for n in [r.name, *r.aliases]}
        if kind == "person" and len(name.split()) > 1 and surname_counts[name.split()[-1]] == 1:
            names.add(name.split()[-1])  # the surname alone is how reporting refers back to a person
        aliases += [{"actor_id": actor_id, "name": n, "relation": "alias"} for n in sorted(names)]
        demonyms = {d for r in group for d in r.demonyms}
        aliases += [{"actor_id": actor_id, "name": d, "relation": "demonym"} for d in sorted(demonyms)]
        for r in group:
            assignment[r.id] = actor_id
    session.execute(delete(ActorAlias))
    session.execute(update(ArticleEntity).values(actor_id=None))
    session.execute(delete(Actor))
    if actors:
        session.execute(insert(Actor), actors)
    if aliases:
        session.execute(insert(ActorAlias), aliases)
    if assignment:
        _assign(session, assignment)
    session.execute(
        text(
            "UPDATE mention SET actor_id = "
            "(SELECT actor_id FROM articleentity WHERE articleentity.id = mention.entity_id)"
        )
    )


def _assign(session: Session, assignment: dict[int, int]) -> None:
    session.connection().execute(
        text("UPDATE articleentity SET actor_id = :aid WHERE id = :eid"),
        [{"eid": e, "aid": a} for e, a in assignment.items()],
    )
