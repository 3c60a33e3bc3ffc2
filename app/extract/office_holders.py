"""An office named without its holder, then the holder named: "France will send 1,000 more police, the
interior minister said on Thursday. Gerald Darmanin told France 2 television that …" — wire copy gives the
office in the lead and the name in the next sentence, which introduces that person as its speaker."""

import re

from spacy.tokens import Doc, Span

from app.extract.gazetteer import country_for
from app.extract.lexicon import TITLE_WORDS
from app.extract.records import EntityRecord, QuotationRecord
from app.extract.roles import make_role


def name_office_holders(doc: Doc, quotations: list[QuotationRecord], entities: list[EntityRecord]) -> None:
    """A statement whose source is "the <office>" alone (no name, no country or body that would make it a role of
    its own) is said by the person the very next sentence introduces as a speaker, by full name and nothing else
    (no title, no description: "Gerald Darmanin told …"), who then holds that office."""
    people = {e.key: e for e in entities if e.kind == "person"}
    references = {e.key: e for e in entities if e.is_role_reference}
    ordered = sorted(quotations, key=lambda q: q.start)
    for quote in ordered:
        if quote.speaker_span is None or (quote.speaker_key is not None and quote.speaker_key not in references):
            continue
        owner: list[str] = []
        if quote.speaker_key is None:
            office = _bare_office(doc, quote.speaker_span.start, quote.speaker_span.end)
        else:  # "Pakistan's climate change minister said …": a role of its own, held by the one named next
            office, owner = _countrys_office(doc, quote.speaker_span.start, quote.speaker_span.end)
            place = references[quote.speaker_key].role_affiliation
            if office is None and place:
                # "the city's mayor said …" after "the city of Derna": Derna's mayor, its place found for it
                office = _bare_office(doc, quote.speaker_span.start, quote.speaker_span.end)
                owner = [place]
        if office is None:
            continue
        following = _next_sentence(doc, quote.sentence_end)
        if following is None:
            continue
        holder = _introduced_speaker(ordered, people, following, office.text, owner)
        if holder is None:
            continue
        role = make_role([t.text for t in office], owner)
        if role is None:
            continue
        quote.speaker_key = holder.key
        holder.role, holder.role_title = role.text, role.title_class or None
        if owner:
            holder.role_affiliation = role.affiliation


# A quotation that opens a sentence and ends on a comma before its cue.
_QUOTED_LEAD = re.compile(r'[“"][^“”"]+,?[”"],?\s+')

# Nouns by which copy refers to the place a story is about ("the city's mayor"): general English.
_PLACE_WORDS = frozenset({"city", "town", "country", "nation", "state", "province", "region", "capital"})


def _bare_office(doc: Doc, start: int, end: int) -> Span | None:
    """ "the interior minister", "the defence secretary", "the city's mayor": "the", lowercase words, a singular title;
    the words of the office, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) == 1 and span.root.left_edge.i < span.start:
        span = doc[span.root.left_edge.i : span.end]  # ("the city's mayor", its source span the title alone)
    if span is None or len(span) < 2 or span[0].lower_ != "the":
        return None
    words = span[1:]
    if len(words) > 2 and words[0].lower_ in _PLACE_WORDS and words[1].tag_ == "POS":
        words = words[2:]  # "the city's mayor", "the country's health minister": the place the story is about
    # (a name or a country in it makes a role of its own: "the Latvian defence minister")
    return words if _plain_office(words) else None


def _plain_office(words: Span) -> bool:
    """Lowercase words ending in a singular title, no name among them ("climate change minister")."""
    root = words[-1]
    if root.lower_ not in TITLE_WORDS or root.tag_ != "NN" or root.ent_type_:
        return False
    return not any(not t.text.isalpha() or not t.text.islower() or t.ent_type_ for t in words)


def _countrys_office(doc: Doc, start: int, end: int) -> tuple[Span | None, list[str]]:
    """ "Pakistan's climate change minister": a country's name, "'s", lowercase words, a singular title; the words of
    the office and the country's, else (None, [])."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.root.left_edge.i < span.start:
        span = doc[span.root.left_edge.i : span.end]
    if span is None or len(span) < 3 or span[0].ent_type_ != "GPE" or span[1].tag_ != "POS":
        return None, []
    words = span[2:]
    return (words, [span[0].text]) if _plain_office(words) else (None, [])


def _next_sentence(doc: Doc, end_char: int) -> Span | None:
    for sent in doc.sents:
        if sent.start_char >= end_char:
            return sent if not doc.text[end_char : sent.start_char].strip() else None
    return None


def _introduced_speaker(
    ordered: list[QuotationRecord], people: dict[str, EntityRecord], sentence: Span, office: str, owner: list[str]
) -> EntityRecord | None:
    """The person a quotation of the sentence names as its source, in that person's first mention, which opens the
    sentence and is the name alone (two words or more, no description after it) with no role given anywhere — or
    the office's own title alone before it ("Zambia's president declared … . President Hakainde Hichilema said …")."""
    for quote in ordered:
        if not (sentence.start_char <= quote.start < sentence.end_char) or quote.speaker_span is None:
            continue
        person = people.get(quote.speaker_key or "")
        titled = person is not None and person.role is not None and person.role.casefold() == office.casefold()
        # (not when the sentence names another country, whose the bare title may be: "President Joe Biden said the
        # U.S. …" after "Ukraine's president said …")
        owners = {country_for(name) or name for name in owner}
        titled = titled and not any(
            e.label_ == "GPE" and (country := country_for(e.text)) is not None and country not in owners
            for e in sentence.ents
        )
        if person is None or (person.role is not None and not titled) or not person.mentions:
            return None
        first = min(person.mentions, key=lambda m: m.start)
        # (the source's span may be the name's last word: "Abdulmenam al-Ghaithi told …", its span "Ghaithi")
        named = (first.start <= quote.speaker_span.start or titled) and quote.speaker_span.end == first.end
        # (or right after a quotation that opens the sentence: '"It's all one big ocean," Sherry Rehman told AFP')
        lead = sentence.doc.text[sentence.start_char : first.start]
        opens = first.start == sentence.start_char or bool(_QUOTED_LEAD.fullmatch(lead))
        opens = opens or (titled and " ".join(lead.split()).casefold() == office.casefold())
        described = sentence.doc.text[first.end : first.end + 1] == ","  # ("Ana Ruiz, an engineer, told …")
        return person if named and opens and not described and len(person.name.split()) >= 2 else None
    return None


# Titles of people who speak for one person ("His spokesman, Ana Ruiz,"): general English.
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spokespeople_of_the_one_before(doc: Doc, entities: list[EntityRecord]) -> None:
    """ "UN chief Antonio Guterres condemned the attack. His spokesman, Stephane Dujarric, said …": a spokesperson
    whose title is owned by "his" or "her" speaks for the one person named in the sentence before; the role says
    for whom and takes that person's affiliation (the UN), when the person has a title of their own."""
    people = {e.key: e for e in entities if e.kind == "person"}
    for person in people.values():
        if person.role_title not in _SPEAKS_FOR or person.role_affiliation or not person.mentions:
            continue
        first = min(person.mentions, key=lambda m: m.start)
        name = doc.char_span(first.start, first.end, alignment_mode="expand")
        if name is None or name.start < 2:
            continue
        title = next(
            (t for t in doc[max(0, name.start - 3) : name.start] if t.lower_ in _SPEAKS_FOR and t.pos_ == "NOUN"), None
        )
        if title is None:
            continue
        owner = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "its"}), None)
        if owner is None:
            continue
        # the one person named in the sentence before (or earlier in this one), as wire copy introduces the boss first
        start = _start_of_the_sentence_before(title.sent)
        if owner.lower_ == "its":
            # "The Kremlin denied it. Its spokesman, Dmitry Peskov, said …": the one body named there
            bodies = [e for e in entities if e.kind == "organization" and _named_within(e, start, owner.idx)]
            if len(bodies) == 1:
                person.role = f"{person.role} for {bodies[0].name}"
                person.role_affiliation = bodies[0].name
            continue
        named = {k for k, p in people.items() if p is not person for m in p.mentions if start <= m.start < owner.idx}
        key = named.pop() if len(named) == 1 else None
        boss = people.get(key or "")
        if boss is None or not boss.role:
            continue
        person.role = f"{person.role} for {boss.name}"
        person.role_affiliation = boss.role_affiliation


def spokespeople_of_the_body_before(doc: Doc, entities: list[EntityRecord]) -> None:
    """ "Qatar's foreign ministry said … . “…,” ministry spokesman Majed al-Ansari wrote": a spokesperson whose title
    names only the kind of body ("ministry spokesman", "army spokesman") speaks for the one body of that kind named
    in the sentence before (or earlier in this one); the role says which."""
    people = [e for e in entities if e.kind == "person" and e.role_title in _SPEAKS_FOR and not e.role_affiliation]
    bodies = [e for e in entities if e.kind == "organization"]
    for person in people:
        words = (person.role or "").lower().split()
        if len(words) != 2 or words[1] not in _SPEAKS_FOR or not person.mentions:
            continue
        first = min(person.mentions, key=lambda m: m.start)
        name = doc.char_span(first.start, first.end, alignment_mode="expand")
        if name is None:
            continue
        start = _start_of_the_sentence_before(name[0].sent)
        named = {
            b.key: b for b in bodies if b.name.lower().split()[-1] == words[0] and _named_within(b, start, first.start)
        }
        if len(named) != 1:
            continue
        body = next(iter(named.values()))
        person.role = f"{words[1].capitalize()} for {body.name}"
        person.role_affiliation = body.name


def _start_of_the_sentence_before(sent: Span) -> int:
    """Where the sentence before `sent` begins (`sent`'s own start when it opens the text)."""
    return sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def _named_within(entity: EntityRecord, start: int, end: int) -> bool:
    """A mention of the entity begins between the two characters."""
    return any(start <= m.start < end for m in entity.mentions)
