"""Cross-article actor resolution over every stored ArticleEntity.

Rules: same normalised name; shared multi-word alias; lone surname → the one full name ending
in it; transliteration variants (fuzzy surname + compatible first name + compatible role);
role-only references → the one person holding that role.

Every rule joins two entities only if they share a key (`entity_keys`: a name, a surname, a
role, or a spelling block plus the variant test), so the clusters of a set of entities closed
under shared keys are the clusters a whole-corpus run gives them. After an ingest only that
closure around the new article's entities is clustered again (`update_actors`); `resolve_actors`
does the whole corpus (`crisis-facts rebuild`) and gives the same result.
"""

import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import jellyfish
from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlmodel import Session, col

from app.extract.gazetteer import BODIES, BODY_BY_NOUN, body_for, country_for
from app.extract.lexicon import ORG_NOUNS
from app.extract.names import normalize_name
from app.ingest.unionfind import UnionFind
from app.models import Actor, ActorAlias, ArticleEntity, EntityKey
from app.services.common import CHUNK, chunks, insert_rows
from app.slugs import slugify

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


_COLUMNS = (
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


def _load_all(session: Session) -> list[EntityRow]:
    return _rows(session.execute(select(*_COLUMNS)).all())


def _load_ids(session: Session, ids: Iterable[int], column: Any = None) -> list[EntityRow]:
    """Entity rows whose id (or `column`, e.g. the article id) is one of `ids`."""
    where = col(ArticleEntity.id) if column is None else column
    return _rows([r for part in chunks(ids) for r in session.execute(select(*_COLUMNS).where(where.in_(part)))])


def _ids_with_keys(session: Session, keys: Iterable[str]) -> set[int]:
    found: set[int] = set()
    values = sorted(keys)
    for i in range(0, len(values), CHUNK):
        query = select(col(EntityKey.entity_id)).where(col(EntityKey.key).in_(values[i : i + CHUNK]))
        found.update(session.execute(query).scalars())
    return found


def _ids_of_actors(session: Session, actor_ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for part in chunks(actor_ids):
        query = select(col(ArticleEntity.id)).where(col(ArticleEntity.actor_id).in_(part))
        found.update(session.execute(query).scalars())
    return found


def _rows(raw: Sequence[Any]) -> list[EntityRow]:
    loaded = [
        EntityRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _json_list(r[8]), _json_list(r[9]), bool(r[10]))
        for r in raw
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
    for row in rows:
        if row.is_role_reference:
            continue
        kind = "person" if row.kind == "person" else row.kind
        for name in _match_names(row):
            key = (kind, name)
            if key in first:
                uf.union(first[key], row.id)
            else:
                first[key] = row.id
    full = [r for r in rows if _is_full_name(r)]
    for block in _spelling_blocks(full, uf):
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if _spelling_variants(a, b):
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
        if not _takes_lone_surname(row):
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


def _is_full_name(row: EntityRow) -> bool:
    """The rows the spelling-variant and lone-surname rules treat as full names."""
    if row.is_role_reference:
        return False
    return (row.kind == "person" and len(row.norm.split()) > 1) or _looks_like_person(row)


def _takes_lone_surname(row: EntityRow) -> bool:
    if row.is_role_reference or " " in row.norm or row.kind not in {"person", "place", "organization"}:
        return False
    return row.kind == "person" or not (country_for(row.name) or body_for(row.name))


def _match_names(row: EntityRow) -> set[str]:
    names = {row.norm} | {normalize_name(a) for a in row.aliases if len(a.split()) > 1 or a.isupper()}
    return {n for n in names - {""} if not (len(n.split()) == 1 and n.split()[-1] in _GENERIC)}


def _role_key(row: EntityRow) -> str | None:
    if not (row.role_title and row.role_affiliation):
        return None
    if row.is_role_reference or row.kind == "person":
        return f"r|{row.role_title}|{row.role_affiliation.casefold()}"
    return None


def _block_key(row: EntityRow) -> str | None:
    if not _is_full_name(row):
        return None
    words = row.norm.split()
    return f"b|{words[-1][:2]}|{words[0][:1]}"


def entity_keys(row: EntityRow) -> set[str]:
    """Every key through which a rule of `cluster` can join this row to another: `n|` a name
    (same kind), `s|` a surname (lone surnames and the full names ending in them), `r|` a role
    title and affiliation, `b|` a spelling block (whose members are joined only if they pass
    the spelling-variant test)."""
    keys: set[str] = set()
    if not row.is_role_reference:
        kind = "person" if row.kind == "person" else row.kind
        keys |= {f"n|{kind}|{name}" for name in _match_names(row)}
    if _is_full_name(row):
        keys.add(f"s|{row.norm.split()[-1]}")
    elif _takes_lone_surname(row):
        keys.add(f"s|{row.norm}")
    role = _role_key(row)
    if role:
        keys.add(role)
    block = _block_key(row)
    if block:
        keys.add(block)
    return keys


def _spelling_variants(a: EntityRow, b: EntityRow) -> bool:
    wa, wb = a.norm.split(), b.norm.split()
    return _surnames_variant(wa[-1], wb[-1]) and _names_compatible(wa[0], wb[0]) and _roles_compatible(a, b)


def _closure(session: Session, seeds: list[EntityRow]) -> list[EntityRow]:
    """The seed rows and every row linked to them, transitively, by a shared key (a spelling
    block only through a pair that passes the variant test) or by a shared current actor."""
    rows = {r.id: r for r in seeds}
    frontier = list(seeds)
    done_keys: set[str] = set()
    done_actors: set[int] = set()
    blocks: dict[str, list[EntityRow]] = {}
    while frontier:
        keys: set[str] = set()
        by_block: dict[str, list[EntityRow]] = defaultdict(list)
        actors = {r.actor_id for r in frontier if r.actor_id} - done_actors
        for row in frontier:
            for key in entity_keys(row):
                if key.startswith("b|"):
                    by_block[key].append(row)
                else:
                    keys.add(key)
        keys -= done_keys
        done_keys |= keys
        done_actors |= actors
        found = (_ids_with_keys(session, keys) | _ids_of_actors(session, actors)) - rows.keys()
        new = _load_ids(session, found) if found else []
        for row in new:
            rows[row.id] = row
        for block, members in by_block.items():
            if block not in blocks:
                blocks[block] = [r for r in _load_ids(session, _ids_with_keys(session, [block])) if _is_full_name(r)]
            for other in blocks[block]:
                if other.id not in rows and any(_spelling_variants(m, other) for m in members):
                    rows[other.id] = other
                    new.append(other)
        frontier = new
    return list(rows.values())


def write_all_entity_keys(session: Session) -> None:
    """Every entity's match keys, written afresh (for a database built without them)."""
    session.execute(delete(EntityKey))
    write_entity_keys(session, _load_all(session), replace=False)


def write_entity_keys(session: Session, rows: list[EntityRow], *, replace: bool = True) -> None:
    if replace:
        for part in chunks(r.id for r in rows):
            session.execute(delete(EntityKey).where(col(EntityKey.entity_id).in_(part)))
    values = [{"entity_id": r.id, "key": k} for r in rows for k in sorted(entity_keys(r))]
    if values:
        insert_rows(session, EntityKey, values)


@dataclass
class ActorChange:
    """What an actor update touched: entities whose actor changed (new ones included), actors
    created, changed or removed (`actors`), and those whose name changed (`renamed`)."""

    entities: set[int] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)
    renamed: set[int] = field(default_factory=set)


def resolve_actors(session: Session) -> ActorChange:
    """Rebuild the actor table from every article's entities; keep ids and slugs where actors persist."""
    rows = _load_all(session)
    session.execute(delete(EntityKey))
    write_entity_keys(session, rows, replace=False)
    unusable = session.execute(select(col(ArticleEntity.id)).where(col(ArticleEntity.actor_id).is_not(None))).scalars()
    stray = set(unusable) - {r.id for r in rows}
    for part in chunks(stray):  # rows whose name normalises to nothing never have an actor
        session.execute(update(ArticleEntity).where(col(ArticleEntity.id).in_(part)).values(actor_id=None))
        session.execute(
            text("UPDATE mention SET actor_id = NULL WHERE entity_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": part},
        )
    return _recluster(session, rows, whole=True)


def update_actors(session: Session, article_ids: Iterable[int], actor_ids: Iterable[int]) -> ActorChange:
    """Cluster again only the entities a change can reach: those of `article_ids` (new or
    replaced articles) and those of `actor_ids` (actors that lost entities), closed under
    shared keys. Gives what `resolve_actors` would give."""
    article_ids, actor_ids = list(article_ids), set(actor_ids)
    new_rows = _load_ids(session, article_ids, col(ArticleEntity.article_id))
    write_entity_keys(session, new_rows)
    seeds = {r.id: r for r in new_rows}
    for row in _load_ids(session, _ids_of_actors(session, actor_ids)):
        seeds.setdefault(row.id, row)
    if not seeds and not actor_ids:
        return ActorChange()
    rows = _closure(session, list(seeds.values()))
    return _recluster(session, rows, whole=False, emptied=actor_ids)


def _slug_base_matches(slug: str, base: str) -> bool:
    return slug == base or re.fullmatch(re.escape(base) + r"-\d+", slug) is not None


def _recluster(session: Session, rows: list[EntityRow], *, whole: bool, emptied: Iterable[int] = ()) -> ActorChange:
    """Cluster `rows` (a set closed under shared keys, or every row when `whole`) and write
    their actors; actors outside the set are untouched except for the bare-surname alias,
    which depends on how many people in the corpus share the surname. `emptied`: actors that
    lost entities (deleted with their article); they go unless a group keeps them."""
    groups = sorted(cluster(rows), key=lambda g: min(r.id for r in g))
    old_ids = {r.actor_id for r in rows if r.actor_id} | set(emptied)
    old = {
        a.id: a
        for part in ([None] if whole else chunks(old_ids))
        for a in session.execute(
            select(col(Actor.id), col(Actor.slug), col(Actor.name), col(Actor.kind), col(Actor.role)).where(
                *(() if part is None else (col(Actor.id).in_(part),))
            )
        ).all()
    }
    if whole:
        old_ids |= set(old)
    next_id = (session.execute(select(func.max(col(Actor.id)))).scalar() or 0) + 1
    used_ids: set[int] = set()
    planned = []
    for group in groups:
        previous = Counter(r.actor_id for r in group if r.actor_id and r.actor_id not in used_ids)
        actor_id = previous.most_common(1)[0][0] if previous else next_id
        next_id = max(next_id, actor_id + 1)
        used_ids.add(actor_id)
        kind = _kind(group)
        planned.append((group, actor_id, kind, _canonical(group, kind)))
    surnames = {a.name.split()[-1] for a in old.values() if a.kind == "person"}
    surnames |= {name.split()[-1] for _, _, kind, name in planned if kind == "person"}
    # People outside the update who share a surname with it (their bare-surname alias may change).
    outside = [] if whole else _people_with_surnames(session, surnames, old_ids)
    taken: set[str] = set()

    def in_use(slug: str) -> bool:  # by an actor outside the update
        if whole:
            return False
        owner = session.execute(select(col(Actor.id)).where(col(Actor.slug) == slug)).scalar()
        return owner is not None and owner not in old_ids

    slugs: dict[int, str] = {}
    for _, actor_id, _, name in planned:  # an actor that keeps its id and name keeps its slug
        before = old.get(actor_id)
        if before is not None and _slug_base_matches(before.slug, slugify(name)) and before.slug not in taken:
            slugs[actor_id] = before.slug
            taken.add(before.slug)
    for _, actor_id, _, name in planned:
        if actor_id not in slugs:
            slug, n = slugify(name), 2
            base = slug
            while slug in taken or in_use(slug):
                slug, n = f"{base}-{n}", n + 1
            slugs[actor_id] = slug
            taken.add(slug)
    surname_counts = Counter(a.name.split()[-1] for a in outside)
    surname_counts.update(name.split()[-1] for _, _, kind, name in planned if kind == "person")
    actors, aliases, assignment = [], [], {}
    for group, actor_id, kind, name in planned:
        actors.append(
            {
                "id": actor_id,
                "slug": slugs[actor_id],
                "name": name,
                "kind": kind,
                "role": _best_role(group) if kind == "person" else None,
            }
        )
        names = _alias_names(group)
        if kind == "person" and len(name.split()) > 1 and surname_counts[name.split()[-1]] == 1:
            names.add(name.split()[-1])  # the surname alone is how reporting refers back to a person
        aliases += [{"actor_id": actor_id, "name": n, "relation": "alias"} for n in sorted(names)]
        demonyms = {d for r in group for d in r.demonyms}
        aliases += [{"actor_id": actor_id, "name": d, "relation": "demonym"} for d in sorted(demonyms)]
        for r in group:
            assignment[r.id] = actor_id
    change = ActorChange(
        entities={r.id for r in rows if r.actor_id != assignment.get(r.id)},
        actors=old_ids | set(slugs),
        renamed={int(str(a["id"])) for a in actors if a["id"] in old and old[a["id"]].name != a["name"]},
    )
    _write(session, actors, aliases, assignment, rows, old_ids)
    if not whole:
        change.actors |= _refresh_surname_aliases(session, outside, surname_counts)
    return change


def _people_with_surnames(session: Session, surnames: set[str], exclude: set[int]) -> list[Any]:
    """Person actors (not in `exclude`) whose name ends in one of `surnames` (case as written)."""
    found = []
    for surname in sorted(surnames):
        pattern = "% " + surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = select(col(Actor.id), col(Actor.name), col(Actor.kind), col(Actor.slug)).where(
            col(Actor.kind) == "person", (col(Actor.name) == surname) | col(Actor.name).like(pattern, escape="\\")
        )
        found += [a for a in session.execute(query).all() if a.id not in exclude and a.name.split()[-1] == surname]
    return found


def _alias_names(group: list[EntityRow]) -> set[str]:
    return {n for r in group if not r.is_role_reference for n in [r.name, *r.aliases]}


def _write(
    session: Session,
    actors: list[dict[str, object]],
    aliases: list[dict[str, object]],
    assignment: dict[int, int],
    rows: list[EntityRow],
    old_ids: set[int],
) -> None:
    """Actors that keep their id are updated in place (statements and claims outside the
    update point at them); the others are deleted or inserted."""
    new_ids = {int(a["id"]) for a in actors}  # type: ignore[call-overload]
    kept = old_ids & new_ids
    for part in chunks(old_ids):
        session.execute(delete(ActorAlias).where(col(ActorAlias.actor_id).in_(part)))
    changed = [{"eid": r.id, "aid": assignment.get(r.id)} for r in rows if r.actor_id != assignment.get(r.id)]
    for part in chunks(kept):  # slugs may move between kept actors: clear them first (unique)
        session.execute(
            text("UPDATE actor SET slug = '~' || CAST(id AS VARCHAR(20)) WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": part},
        )
    gone = old_ids - new_ids  # first, so their slugs are free (their references are rewritten below)
    for part in chunks(gone):
        session.execute(delete(Actor).where(col(Actor.id).in_(part)))
    if kept:
        session.connection().execute(
            text("UPDATE actor SET slug = :slug, name = :name, kind = :kind, role = :role WHERE id = :id"),
            [a for a in actors if a["id"] in kept],
        )
    fresh = [a for a in actors if a["id"] not in kept]
    if fresh:
        insert_rows(session, Actor, fresh)
    if changed:
        conn = session.connection()
        conn.execute(text("UPDATE articleentity SET actor_id = :aid WHERE id = :eid"), changed)
        conn.execute(text("UPDATE mention SET actor_id = :aid WHERE entity_id = :eid"), changed)
    if aliases:
        insert_rows(session, ActorAlias, aliases)


def _refresh_surname_aliases(session: Session, actors: Sequence[Any], counts: Counter[str]) -> set[int]:
    """Add or drop the bare-surname alias of people outside the update whose surname's count
    changed; returns the actors whose aliases changed."""
    touched: set[int] = set()
    for actor in actors:
        if len(actor.name.split()) < 2:
            continue
        surname = actor.name.split()[-1]
        present = session.execute(
            select(col(ActorAlias.id)).where(
                col(ActorAlias.actor_id) == actor.id,
                col(ActorAlias.name) == surname,
                col(ActorAlias.relation) == "alias",
            )
        ).scalar()
        wanted = counts[surname] == 1
        if wanted and present is None:
            session.execute(insert(ActorAlias), [{"actor_id": actor.id, "name": surname, "relation": "alias"}])
            touched.add(actor.id)
        elif not wanted and present is not None:
            own = _load_ids(session, _ids_of_actors(session, [actor.id]))
            if surname not in _alias_names(own):
                session.execute(delete(ActorAlias).where(col(ActorAlias.id) == present))
                touched.add(actor.id)
    return touched
