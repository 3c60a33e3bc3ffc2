"""Merging one article's candidate mentions into entities by alias rules."""

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from app.extract.actors import (
    _ACRONYM_DEF,
    NAME_PARTICLES,
    Candidate,
    _a_known_place,
    _countries_named,
    names_a_portfolio,
)
from app.extract.gazetteer import BODIES, BODY_BY_NOUN, DEMONYM_TO_COUNTRY, body_for, country_for
from app.extract.lexicon import ADMIN_UNIT_NOUNS, ORG_NOUNS, PERSON_REFERENCE_NOUNS, PORTFOLIO_BODIES
from app.extract.names import bare_surname, normalize_name
from app.extract.records import EntityRecord
from app.extract.records import Span as CharSpan
from app.extract.text import doc_text, possessive


def _initials(name: str) -> str:
    """The capitals that open a name's words, and the one after a lowercase particle joined by a hyphen
    ("Jama'at Nusrat al-Islam wal-Muslimin" → JNIM)."""
    capitals = (w[0] if w[0].isupper() else (m.group(1) if (m := _PARTICLE.match(w)) else "") for w in name.split())
    return "".join(capitals)


# A lowercase particle joined by a hyphen to a capitalised word ("al-Islam", "wal-Muslimin", "el-Sisi").
_PARTICLE = re.compile(r"[a-z]{1,4}-([A-Z])")


def learned_acronyms(text: str) -> dict[str, str]:
    """Acronym → expansion defined in the text: "North Atlantic Treaty Organization (NATO)"."""
    found = {}
    for match in _ACRONYM_DEF.finditer(text):
        expansion, acronym = match.group(1).strip(), match.group(2)
        words = expansion.split()
        # keep the shortest tail of the phrase whose capitals spell the acronym
        for i in range(len(words)):
            tail = " ".join(words[i:])
            if words[i][0].isupper() and (
                _initials(tail).upper() == acronym.upper() or _spells(words[i:], acronym.upper())
            ):
                found[acronym] = tail
                break
        else:
            # "Integrated Food Security Phase Classification (IPC)": an acronym of some of the name's words, the
            # first and the last among them, when no shorter tail spells it
            if len(acronym) >= 3 and words and _spells_some(words, acronym.upper()):
                found[acronym] = " ".join(
                    words[next(i for i, w in enumerate(words) if w[:1].upper() == acronym[0].upper()) :]
                )
            elif _syllabic(words, acronym):
                found[acronym] = expansion  # "Philippine Institute of Volcanology and Seismology (Phivolcs)"
    return found


def _syllabic(words: list[str], acronym: str) -> bool:
    """A short name written as a word ("Phivolcs", "Frontex") made of the first letters of some of the name's
    words, opening with at least two letters of its first word ("PHIlippine … VOLCanology … Seismology")."""
    if len(acronym) < 4 or not (acronym[0].isupper() and acronym[1:].islower()) or not words:
        return False
    letters = [re.sub(r"[^A-Za-z]", "", w).upper() for w in words]
    target = acronym.upper()

    def spell(k: int, at: int) -> bool:
        if at == len(target):
            return True
        if k == len(letters):
            return False
        if spell(k + 1, at):  # a word that gives nothing ("Institute", "of", "and")
            return True
        return any(letters[k][:n] == target[at : at + n] and spell(k + 1, at + n) for n in range(1, 6))

    first = letters[0]
    return any(first[:n] == target[:n] and spell(1, n) for n in range(2, 6))


def _spells_some(words: list[str], acronym: str) -> bool:
    """The acronym's letters are the initials of the phrase's first capitalised word, its last word and some
    capitalised words between, in order."""
    capitals = [w for w in words if w[:1].isupper()]
    while capitals and capitals[0] in {"The", "A", "An"}:
        capitals.pop(0)
    if len(capitals) < len(acronym) or capitals[0][0].upper() != acronym[0] or capitals[-1][0].upper() != acronym[-1]:
        return False
    middle, want = iter(w[0].upper() for w in capitals[1:-1]), acronym[1:-1]
    return all(any(letter == initial for initial in middle) for letter in want)


def _spells(words: list[str], acronym: str) -> bool:
    """The acronym is read off the words in order, each capitalised word giving the first one to
    three letters of it and small words giving their first letter or none: "Tokyo Electric Power
    Co" → TEPCO, "Kenya Airways" → KQ is not."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    letters = re.sub(r"[^A-Za-z]", "", word).upper()
    if not word[:1].isupper() and _spells(rest, acronym):
        return True  # "of", "for", "and" may give nothing
    return any(letters[:n] == acronym[:n] and _spells(rest, acronym[n:]) for n in range(1, min(3, len(letters)) + 1))


def _group_key(cand: Candidate, acronyms: dict[str, str]) -> str:
    name = cand.name
    if cand.kind == "place":
        return "place:" + normalize_name(country_for(name) or name)
    expansion_to_acr = {normalize_name(v): k for k, v in acronyms.items()}
    if cand.kind == "group" and normalize_name(name) in expansion_to_acr:
        cand.kind = "organization"  # "Rapid Support Forces (RSF)": a named body, not a loose group
    if cand.kind in {"person", "group"} and name in acronyms:
        cand.kind = "organization"  # "a TEPCO official": the model's PERSON for a body's acronym defined above
    begun = normalize_name(name) + " "
    person = cand.kind == "person" and " " in name
    if person and (defined := next((a for e, a in expansion_to_acr.items() if e.startswith(begun)), None)):
        # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the model's PERSON for the first words of a body's name
        # defined with its acronym
        cand.kind = "organization"
        return "org:" + normalize_name(defined)
    if cand.kind == "organization":
        acr = body_for(name) or expansion_to_acr.get(normalize_name(name))
        if acr is None and name in acronyms:
            acr = name
        if acr is None:
            acr = _truncated_expansion(normalize_name(name), expansion_to_acr)
        if acr is None:
            acr = _placed_expansion(normalize_name(name), expansion_to_acr)
        words = name.split()
        country = DEMONYM_TO_COUNTRY.get(words[0].lower()) if len(words) > 1 and words[0][:1].isupper() else None
        if acr is None and country is not None and all(w.islower() for w in words[1:]):
            # "the Kenyan government" and "Kenya's government": one body
            return "org:" + normalize_name(f"{possessive(country)} {' '.join(words[1:])}")
        return "org:" + normalize_name(acr or name)
    return f"{cand.kind}:{normalize_name(name)}"


def _truncated_expansion(name: str, expansion_to_acr: dict[str, str]) -> str | None:
    """ "United Nations Interim Force" for "United Nations Interim Force in Lebanon (UNIFIL)": the
    recogniser often stops a body's name at a preposition (or an "and"); the one acronym whose defined name
    this begins, up to a preposition, or ends, after an "and"."""
    if len(name.split()) < 2:
        return None
    found = {
        acr
        for expansion, acr in expansion_to_acr.items()
        if expansion.startswith(name + " ")
        and expansion[len(name) + 1 :].split()[0] in {"in", "for", "of", "on", "and"}
    }
    # (or cut in two at its "and": "[Bangladesh Garment Manufacturers] and [Exporters Association] (BGMEA)")
    found |= {acr for expansion, acr in expansion_to_acr.items() if expansion.endswith(" and " + name)}
    return found.pop() if len(found) == 1 else None


def _placed_expansion(name: str, expansion_to_acr: dict[str, str]) -> str | None:
    """ "U.S. National Weather Service (NWS)": the acronym spells the name after its country, and
    the body with the country in front is the same body."""
    for expansion, acr in expansion_to_acr.items():
        if name.endswith(" " + expansion) and country_for(name[: -len(expansion)].strip()):
            return acr
    return None


def _merge_middle_names(groups: dict[str, list[Candidate]]) -> None:
    """ "Ana Ruiz" and "Ana M. Ruiz" (or "Ana Maria Ruiz") in one article: one person, named with
    and without a middle name or initial — when exactly one fuller name fits."""
    persons = [k for k, v in groups.items() if k.startswith("person:") and not v[0].is_role_reference]
    for key in sorted(persons, key=len):
        words = key.removeprefix("person:").split()
        if len(words) != 2 or key not in groups:
            continue
        fuller = [
            other
            for other in persons
            if other in groups
            and len(parts := other.removeprefix("person:").split()) > 2
            and parts[0] == words[0]
            and parts[-1] == words[-1]
        ]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))


def _merge_misread_surnames(groups: dict[str, list[Candidate]]) -> None:
    """The model sometimes labels a lone surname as a place or body ("Smith wrote"); when the
    article names a person ending in that word, it is that person."""
    surnames: dict[str, list[str]] = defaultdict(list)
    given: dict[str, list[str]] = defaultdict(list)
    for key, cands in groups.items():
        # a role reference ("the mayor of Derna") names no one: its last word is a place, not a surname
        if key.startswith("person:") and " " in key and cands and not cands[0].is_role_reference:
            last = key.rsplit(" ", 1)[-1]
            for form in {last, bare_surname(last)}:  # ("Majed al-Ansari": also "Ansari")
                surnames[form].append(key)
            # (a titled person, or one a noun for a person introduces, "lawyer Henok Ayele": not a headline's
            # "EgyptAir Crash")
            if any(c.role is not None or _after_a_person_noun(c) for c in cands):
                given[key.removeprefix("person:").split()[0]].append(key)
    for key in [k for k in groups if not k.startswith("person:")]:
        word = key.split(":", 1)[1]
        if " " in word or country_for(word) or body_for(word):
            continue
        if any(cand.name.isupper() and len(cand.name) > 1 for cand in groups[key]):
            continue  # an acronym ("the super PAC"), not a surname the model misread
        owners = surnames.get(word, [])
        if not owners and (key.startswith("org:") or (key.startswith("place:") and _never_a_place(groups[key]))):
            # "Phumtham said" after "acting prime minister Phumtham Wechayachai": a person called by the first
            # word of the name, as Thai, Indonesian or Malaysian names are, tagged a body (or a place no preposition
            # of place ever takes and the gazetteer does not know: "Srettha told reporters"; not "Washington")
            owners = given.get(word, [])
        if len(owners) == 1:
            for cand in groups[key]:
                cand.kind = "person"
            groups[owners[0]].extend(groups.pop(key))


# Prepositions that take a place ("in Srettha" would make it one).
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "around", "of"}
)


def _never_a_place(cands: list[Candidate]) -> bool:
    """A word tagged a place that no mention shows as one: not a place the gazetteer knows, and never written after a
    preposition of place."""
    if any(_a_known_place(c.name) for c in cands):
        return False
    return not any(c.span.start > 0 and c.span.doc[c.span.start - 1].lower_ in _PLACE_PREPOSITIONS for c in cands)


def _after_a_person_noun(cand: Candidate) -> bool:
    """The name comes right after a lowercase noun for a person ("lawyer Henok Ayele", "spokesman Ana Ruiz")."""
    start = cand.span.start
    before = cand.span.doc[start - 1] if start > 0 else None
    return before is not None and before.text.islower() and before.lemma_.lower() in PERSON_REFERENCE_NOUNS


def _ends_with(name: list[str], words: list[str]) -> bool:
    """`name` ends with `words`, its surname with or without an Arabic article ("ansari" ends "majed al-ansari")."""
    return name[-len(words) :] == words or (len(words) == 1 and bare_surname(name[-1]) == words[0])


def _merge_short_person_names(groups: dict[str, list[Candidate]]) -> None:
    """ "Kowalski", "Mr Kowalski" → the one fuller name in the article ending the same way."""
    persons = [k for k, v in groups.items() if k.startswith("person:") and not v[0].is_role_reference]
    for key in sorted(persons, key=len):
        words = key.removeprefix("person:").split()
        longer = [
            other
            for other in persons
            if other != key
            and other in groups
            and _ends_with(other.removeprefix("person:").split(), words)
            and len(other.split()) > len(words)
        ]
        # "Tedros" after "Tedros Adhanom Ghebreyesus", "Lula" after "Luiz Inácio Lula da Silva": a one-word
        # name that is part of exactly one fuller name in the article and ends none
        opening = [
            other
            for other in persons
            if len(words) == 1
            and other != key
            and other in groups
            and words[0] in other.removeprefix("person:").split()[:-1]
        ]
        opened = [other for other in opening if other.removeprefix("person:").split()[0] == words[0]]
        if len(longer) == 1 and len(opened) == 1 and key in groups:
            _split_by_the_name_written_before(groups, key, longer[0], opened[0])
            continue
        if len(longer) == 1 and key in groups:
            groups[longer[0]].extend(groups.pop(key))
            continue
        if len(words) != 1 or key not in groups:
            continue
        if len(opening) == 1 and not longer:
            groups[opening[0]].extend(groups.pop(key))


def _split_by_the_name_written_before(groups: dict[str, list[Candidate]], key: str, ending: str, opening: str) -> None:
    """ "Prabowo told" after "President Prabowo Subianto" and before "police chief Listyo Sigit Prabowo": a
    one-word name one fuller name ends and another opens is the surname of the one it ends, unless at that mention
    only the one it opens has been written yet (a story names a person in full before it shortens the name)."""
    first = {name: min(c.span.start for c in groups[name]) for name in (ending, opening)}
    for cand in groups.pop(key):
        groups[_name_written_before(cand.span.doc, first, ending, opening, cand.span.start)].append(cand)


def _name_written_before(doc: Doc, first: dict[str, int], ending: str, opening: str, at: int) -> str:
    """`opening` when only it has its first mention (`first`) before token `at`, else `ending` (also after "Mr."
    or "Ms.", which go with a surname)."""
    if at > 0 and doc[at - 1].lower_.rstrip(".") in {"mr", "mrs", "ms"}:
        return ending
    return opening if first[opening] < at <= first[ending] else ending


def _merge_generic_org_names(groups: dict[str, list[Candidate]]) -> None:
    """ "the Council" → the article's one body whose name ends in "Council"; "the Alliance" → the
    article's one body of that kind in the bodies table."""
    orgs = [k for k in groups if k.startswith("org:")]
    for key in orgs:
        word = key.removeprefix("org:")
        if _portfolio_ministry(word):
            # "the interior ministry" after "Morocco's interior ministry": the one body whose name ends so
            targets = [o for o in orgs if o != key and o.endswith(" " + word) and o in groups]
            if len(targets) == 1 and key in groups:
                target = groups[targets[0]]
                first = min(c.span.start for c in target)
                # ("Congo has recorded 18,000 cases, the health ministry said. … Neighbouring Burundi has reported
                # 170, its health ministry said": the first is no Burundian body)
                kept = [c for c in groups[key] if c.span.start < first and _of_another_country(c, target)]
                target.extend(c for c in groups.pop(key) if c not in kept)
                if kept:
                    groups[key] = kept
            continue
        if " " in word or word not in ORG_NOUNS | set(BODY_BY_NOUN):
            continue
        targets = [o for o in orgs if o != key and o.endswith(" " + word) and o in groups]
        targets += [f"org:{a.casefold()}" for a in BODY_BY_NOUN.get(word, []) if f"org:{a.casefold()}" in groups]
        if len(set(targets)) == 1 and key in groups:
            groups[targets[0]].extend(groups.pop(key))


def _of_another_country(bare: Candidate, owned: list[Candidate]) -> bool:
    """A ministry named by its portfolio alone (`bare`) in a sentence that names countries, none of them the one
    whose ministry of that portfolio the article names (`owned`: "Burundi's health ministry")."""
    owner = owned[0].name.split("'s ")[0] if "'s " in owned[0].name else None
    country = country_for(owner) if owner else None
    if country is None:
        return False
    sent = bare.span.sent
    named = _countries_named(sent.doc, sent.start, sent.end)
    return bool(named) and country not in named


# The kind of company or body a name may end in and be written without ("Unity Trust" for "Unity
# Trust Bank"): legal and trade forms as registries and style guides shorten them.
_COMPANY_KINDS = frozenset({
    "bank", "group", "company", "co", "corporation", "corp", "inc", "ltd", "plc", "holdings", "airlines",
    "airways", "foundation", "securities", "insurance", "motors", "energy", "petroleum",
})  # fmt: skip


def _merge_short_company_names(groups: dict[str, list[Candidate]]) -> None:
    """ "Unity Trust" after "Unity Trust Bank": a body written without the kind of company it is, when
    one body in the article has that name with the kind after it."""
    orgs = [k for k in groups if k.startswith("org:")]
    for key in orgs:
        name = key.removeprefix("org:")
        targets = [
            o
            for o in orgs
            if o != key
            and o.startswith(key + " ")
            and o.removeprefix(key + " ").rstrip(".") in _COMPANY_KINDS
            and o in groups
        ]
        # (two words at least: a lone word may be the founder's surname, "Podesta" of the Podesta Group)
        if len(targets) == 1 and key in groups and len(name.split()) > 1 and name.split()[-1] not in _COMPANY_KINDS:
            groups[targets[0]].extend(groups.pop(key))


# The kinds of political body a name is written with and without ("the ruling Georgian Dream party" … "Georgian
# Dream won"): general English words.
_PARTY_KINDS = frozenset({"party", "movement", "alliance", "coalition", "front", "bloc"})


def _merge_short_party_names(groups: dict[str, list[Candidate]]) -> None:
    """ "Georgian Dream" after "the Georgian Dream party": the party, whatever kind the recogniser gave the short name
    (it had made a person "Georgian Dream")."""
    for key in [k for k in groups if k.startswith("org:")]:
        words = key.removeprefix("org:").split()
        if len(words) < 2 or words[-1] not in _PARTY_KINDS or key not in groups:
            continue
        short = " ".join(words[:-1])
        for other in [f"{kind}:{short}" for kind in ("org", "person", "place")]:
            if other in groups and other != key:
                for cand in groups[other]:
                    cand.kind = "organization"
                groups[key].extend(groups.pop(other))


def _canonical(cands: list[Candidate], acronyms: dict[str, str]) -> str:
    names = [c.name for c in cands if not c.is_role_reference and not c.name.startswith("@")]
    names = names or [c.name for c in cands]
    kind = cands[0].kind
    if kind == "place":
        country = country_for(names[0])
        if country:
            return country
    if kind == "organization":
        acr = next((body_for(n) for n in names if body_for(n)), None)
        if acr:
            return BODIES[acr][0]
        for n in names:
            if n in acronyms:
                return acronyms[n]
        expansion_to_acr = {normalize_name(v): k for k, v in acronyms.items()}
        for n in names:
            if (cut := _truncated_expansion(normalize_name(n), expansion_to_acr)) is not None:
                return acronyms[cut]  # the name as defined, not as the recogniser cut it
    counts = Counter(names)
    best = max(names, key=lambda n: (len(n.split()), not n.isupper(), counts[n], len(n)))
    # "DOHA, Qatar (AP) —" (not an abbreviation: "N.C.")
    dateline = best.isupper() and "." not in best and any(c.settled and c.name == best for c in cands)
    if best.isupper() and (len(best) > 5 or dateline) and kind in {"place", "person"}:
        # a dateline "KHARTOUM" or a shouted byline, not an acronym ("COX'S BAZAR" → "Cox's Bazar")
        return re.sub(r"[^\W\d_]+", lambda m: _word_case(best, m), best)
    return best


def _word_case(name: str, run: re.Match[str]) -> str:
    """A run of letters in a shouted name, as the name is written: capitalised where a word starts, but for
    a particle inside it ("VIÑA DEL MAR" → "Viña del Mar")."""
    word = run.group(0).lower()
    if run.start() > 0 and word in NAME_PARTICLES:
        return word
    if name[run.start() - 1 : run.start()] == "-" and name[run.end() : run.end() + 1] == "-" and word in _LINKS:
        return word  # "PORT-AU-PRINCE" → "Port-au-Prince", "SOUTHEND-ON-SEA" → "Southend-on-Sea"
    return word.capitalize() if run.start() == 0 or name[run.start() - 1] in " -." else word


# The small words inside hyphenated place names (French "au", "en", "sur", "lès", "et"; English "on", "upon").
_LINKS = frozenset({"au", "aux", "en", "sur", "sous", "lès", "les", "et", "on", "upon", "under", "in"})

_VOTING_KINDS = ("organization", "place", "person")  # tie order: the safer reading first


def _vote_kinds(candidates: list[Candidate]) -> None:
    """One name, one kind per article: the model may tag the same name a place in one sentence
    and a body in the next; every mention takes the kind most of them got, or the kind a mention
    settles (the place a dateline opens with: "QUETTA, Pakistan —")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    # (a name with a title before or beside it is a person's: "Founder Ana Bond said" settles "DJ Ana Bond", which
    # the recogniser tagged a place, unless a dateline settles the name a place)
    titled = {normalize_name(c.name): "person" for c in candidates if c.kind == "person" and c.role is not None}
    settled = titled | {normalize_name(c.name): c.kind for c in candidates if c.settled}
    # (a name written before the kind of administrative unit it is, "according to Ishikawa prefecture", is a place's,
    # whatever "The Ishikawa governor" got)
    settled |= {normalize_name(c.name): "place" for c in candidates if c.kind in _VOTING_KINDS and _before_its_unit(c)}
    for cand in candidates:
        if cand.kind in _VOTING_KINDS and not cand.is_role_reference:
            votes[normalize_name(cand.name)][cand.kind] += 1
    for cand in candidates:
        counts = votes.get(normalize_name(cand.name))
        if cand.kind in _VOTING_KINDS and not cand.is_role_reference and counts and len(counts) > 1:
            cand.kind = settled.get(normalize_name(cand.name)) or max(
                counts, key=lambda k: (counts[k], -_VOTING_KINDS.index(k))
            )


def _before_its_unit(cand: Candidate) -> bool:
    """The name is written right before a lowercase administrative unit noun ("Ishikawa prefecture", "in the Dadu
    district")."""
    doc = cand.span.doc
    nxt = doc[cand.span.end] if cand.span.end < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.text in ADMIN_UNIT_NOUNS and nxt.tag_ == "NN"


def _portfolio_ministry(name: str) -> bool:
    """ "interior ministry", "foreign affairs ministry": a ministry named by its portfolio alone."""
    words = name.split()
    return len(words) > 1 and words[-1] in PORTFOLIO_BODIES and names_a_portfolio(words[:-1])


def build_entities(doc: Doc, candidates: list[Candidate]) -> list[EntityRecord]:
    acronyms = learned_acronyms(doc_text(doc))
    _vote_kinds(candidates)
    demonyms: dict[str, set[str]] = defaultdict(set)
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        if cand.kind == "demonym":
            country = country_for(cand.name)
            if country:
                demonyms["place:" + normalize_name(country)].add(cand.name)
            continue
        groups[_group_key(cand, acronyms)].append(cand)
    _merge_middle_names(groups)
    _merge_misread_surnames(groups)
    _merge_short_person_names(groups)
    _merge_generic_org_names(groups)
    _merge_short_company_names(groups)
    _merge_short_party_names(groups)
    _attach_handles(doc, groups)
    _attach_bare_surnames(doc, groups)
    for key in demonyms:
        if key not in groups:
            groups[key] = []
    _attach_role_references(groups, acronyms)
    records = []
    for key, cands in groups.items():
        record = _record(key, cands, acronyms)
        if record is None:
            country = key.removeprefix("place:")
            record = EntityRecord(key=key, name=country_for(country) or country, kind="place")
        record.demonyms = demonyms.get(key, set())
        records.append(record)
    return records


def _record(key: str, cands: list[Candidate], acronyms: dict[str, str]) -> EntityRecord | None:
    if not cands:
        return None
    roles = [c.role for c in cands if c.role is not None and not c.is_role_reference]
    best = max(roles, key=lambda r: (r.score, len(r.text)), default=None)
    reference = all(c.is_role_reference for c in cands)
    ref_role = cands[0].role if reference else None
    role = best or ref_role
    return EntityRecord(
        key=key,
        name=_canonical(cands, acronyms),
        kind=cands[0].kind,
        mentions=sorted({CharSpan(c.span.start_char, c.span.end_char) for c in cands}, key=lambda s: s.start),
        aliases={c.name for c in cands if not c.is_role_reference} | {c.nickname for c in cands if c.nickname},
        role=best.text if best else None,
        role_title=(role.title_class or None) if role else None,
        role_affiliation=role.affiliation if role else None,
        is_role_reference=reference,
    )


def _attach_bare_surnames(doc: Doc, groups: dict[str, list[Candidate]]) -> None:
    """ "Mitsotakis wrote" where the model tagged nothing: a capitalised proper noun that is the
    surname of exactly one person of the article is a mention of that person."""
    covered = {t.i for cands in groups.values() for c in cands for t in c.span}
    owners: dict[str, set[str]] = defaultdict(set)
    openers: dict[str, set[str]] = defaultdict(set)
    for key, cands in groups.items():
        if key.startswith("person:") and cands and not cands[0].is_role_reference:
            for cand in cands:
                words = cand.name.split()
                if len(words) > 1 and bare_surname(words[-1])[:1].isupper():
                    owners[words[-1]].add(key)
                    owners[bare_surname(words[-1])].add(key)  # "Ansari" after "Majed al-Ansari"
                    openers[words[0]].add(key)
    for tok in doc:
        keys = owners.get(tok.text)
        if keys and len(keys) == 1 and tok.i not in covered and (tok.pos_ == "PROPN" or _mistagged_opening(tok)):
            key = next(iter(keys))
            opened = openers.get(tok.text, set()) - keys
            if len(opened) == 1:  # the surname of one person and the first name of another: as _split_by_…
                other = next(iter(opened))
                first = {name: min(c.span.start for c in groups[name]) for name in (key, other)}
                key = _name_written_before(doc, first, key, other, tok.i)
            groups[key].append(Candidate(doc[tok.i : tok.i + 1], tok.text, "person"))


def _mistagged_opening(tok: Token) -> bool:
    """ "Mwamba, in a victory speech, called for unity": a surname opening a sentence that the tagger read as
    another word class, standing alone before a comma or a verb (not "Young people protested")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    alone = nxt is not None and (nxt.text == "," or nxt.pos_ in {"VERB", "AUX"})
    return tok.i == tok.sent.start and alone and tok.dep_ not in {"amod", "compound", "det", "nummod"}


_HANDLE = re.compile(r"(?<![\w@.])@(\w{2,30})\b")


def _attach_handles(doc: Doc, groups: dict[str, list[Candidate]]) -> None:
    """A social-media handle in the text ("@karinholm", "@NATO") is a mention of the one actor
    of the article whose name it spells (full name or surname run together, or the acronym)."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for key, cands in groups.items():
        for cand in cands:
            if cand.is_role_reference or cand.name.startswith("@"):
                continue
            words = normalize_name(cand.name).split()
            forms = [words] + ([words[-1:]] if key.startswith("person:") and len(words) > 1 else [])
            for form in forms:
                spelled[re.sub(r"[^a-z0-9]", "", "".join(form))].add(key)
    for match in _HANDLE.finditer(doc_text(doc)):
        owners = spelled.get(match.group(1).lower(), set())
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if len(owners) == 1 and span is not None and span.text == match.group(0):
            key = next(iter(owners))
            groups[key].append(Candidate(span, match.group(0), groups[key][0].kind))


def _attach_role_references(groups: dict[str, list[Candidate]], acronyms: dict[str, str]) -> None:
    """A role-only reference joins the article's one person holding that role, if there is one."""
    bodies_here = {k.removeprefix("org:").upper() for k in groups if k.startswith("org:")}
    for key in [k for k, v in groups.items() if v and v[0].is_role_reference]:
        ref = groups[key][0].role
        assert ref is not None
        affiliation = ref.affiliation or ""
        if affiliation.lower() in BODY_BY_NOUN:
            present = [a for a in BODY_BY_NOUN[affiliation.lower()] if a.upper() in bodies_here]
            affiliation = present[0] if len(present) == 1 else affiliation
        for cand in groups[key]:
            if cand.role:
                cand.role = type(ref)(ref.text, ref.title_class, affiliation, ref.score)
        holders = [
            k
            for k, v in groups.items()
            if k.startswith("person:")
            and k != key
            and not v[0].is_role_reference
            and any(
                c.role
                and c.role.title_class == ref.title_class
                and (c.role.affiliation or "").casefold() == affiliation.casefold()
                for c in v
            )
        ]
        if not holders:
            holders = _holders_of_the_same_office(groups, key, ref.text)
        if len(holders) == 1:
            groups[holders[0]].extend(groups.pop(key))


def _holders_of_the_same_office(groups: dict[str, list[Candidate]], key: str, reference: str) -> list[str]:
    """The people given the office a role reference names by its owner's possessive, with the same words and no
    owner of their own: "Saudi Arabia's health minister said …" before "Health Minister Fahd Al-Jalajel told …"
    (a wire story's lede names the office, a later paragraph its holder). Not "the head of the agency" (no
    office's words of its own), nor a holder given another owner ("Egypt's Health Minister …")."""
    owner, mark, office = reference.rpartition("'s ") if "'s " in reference else reference.rpartition("’s ")
    if not mark or not owner or len(office.split()) < 2:
        return []
    return [
        k
        for k, v in groups.items()
        if k.startswith("person:")
        and k != key
        and not v[0].is_role_reference
        and any(c.role and not c.role.affiliation and c.role.text.casefold() == office.casefold() for c in v)
    ]
