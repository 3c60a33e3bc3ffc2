"""Roles and titles: "Lithuanian Foreign Minister X" → "Foreign Minister of Lithuania"."""

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from app.extract.gazetteer import BODIES, body_for, country_for
from app.extract.lexicon import (
    LEADER_TITLES,
    MILITARY_RANKS,
    MINISTRY_PORTFOLIOS,
    ORG_NOUNS,
    ORG_REFERENCE_NOUNS,
    RANK_GRADES,
    TITLE_ABBREVIATIONS,
    TITLE_STOPS,
    TITLE_WORDS,
)

# Titles that name an office, preferred over descriptions ("dictator", "leader").
_FORMAL = frozenset(TITLE_WORDS - {"leader", "dictator", "chief", "head", "official", "officer"})
_THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "Czech Republic", "United Arab Emirates"})
_PORTFOLIO = {"defence": "defense"}


@dataclass(frozen=True)
class Role:
    text: str  # normalised, e.g. "Foreign Minister of Lithuania"
    title_class: str  # comparable key, e.g. "foreign minister", "leader"
    affiliation: str | None  # country name or body acronym/name
    score: int  # higher is a more formal, more specific role


def affiliation_of(text: str) -> str | None:
    """A country name for places and demonyms, an acronym for known bodies, else None."""
    return country_for(text) or body_for(text)


def _whole_place(tok: Token) -> str:
    """The whole name of the place a word is part of, as the recogniser tagged it ("New Jersey" for "Jersey", which
    alone is a country's name too), else the word."""
    if tok.ent_type_ not in {"GPE", "LOC"}:
        return tok.text
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _hyphen_parts(words: list[str]) -> list[str]:
    """ "Prosecutor-General", "Attorney-General": a title of two title words joined by a hyphen is both."""
    out: list[str] = []
    for w in words:
        parts = w.split("-")
        whole = w.lower() in TITLE_WORDS or len(parts) < 2 or not all(p.lower() in TITLE_WORDS for p in parts)
        out += [w] if whole else parts
    return out


def title_class(words: list[str]) -> str:
    lowered = [_PORTFOLIO.get(w.lower(), w.lower()) for w in _hyphen_parts(words)]
    if any(w in LEADER_TITLES for w in lowered) and not any(w == "minister" for w in lowered):
        prefix = [w for w in lowered if w in {"deputy", "vice", "vice-president"}]
        return " ".join([*prefix, "leader"])
    return " ".join(w for w in lowered if w in TITLE_WORDS)


# Lowercase particles of place and family names ("Viña del Mar", "Rio de Janeiro", "Ludwig van Beethoven"): the
# Romance and Germanic name particles of general usage.
_NAME_PARTICLES = frozenset(
    {"del", "de", "la", "las", "los", "da", "do", "dos", "das", "di", "du", "van", "von", "der"}
)


def _format(title_words: list[str], affiliation: str | None, affiliation_text: str | None) -> str:
    small = {"of", "for", "the", "and"}
    # (a lowercase particle inside a place's name stays as written: "Viña del Mar Mayor", not "Viña Del Mar")
    named = {k for k, w in enumerate(title_words) if w in _NAME_PARTICLES and 0 < k < len(title_words) - 1}
    named = {k for k in named if title_words[k - 1][:1].isupper() and title_words[k + 1][:1].isupper()}
    title = " ".join(
        w if w[:1].isupper() or w in small or k in named else w.capitalize() for k, w in enumerate(title_words)
    )
    title = title.replace("Secretary-general", "Secretary-General")
    if affiliation is None:
        return title if affiliation_text is None else f"{title} of {affiliation_text}"
    if affiliation in BODIES:
        return f"{affiliation} {title}"
    the = "the " if affiliation in _THE_COUNTRIES else ""
    return f"{title} of {the}{affiliation}"


def _expand(word: str) -> str:
    """ "Sen." → "Senator": an abbreviated title is the title."""
    full = TITLE_ABBREVIATIONS.get(word.lower().rstrip("."))
    return full.capitalize() if full and (word.endswith(".") or word[:1].isupper()) else word


def make_role(title_words: list[str], affiliation_words: list[str]) -> Role | None:
    title_words = [_expand(w) for w in title_words]
    if not any(w.lower() in TITLE_WORDS for w in _hyphen_parts(title_words)):
        return None
    aff_text = " ".join(affiliation_words) or None
    affiliation = affiliation_of(aff_text) if aff_text else None
    formal = any(w.lower() in _FORMAL for w in title_words)
    text = _format(title_words, affiliation, None if affiliation else aff_text)
    score = (2 if formal else 1) + (1 if aff_text else 0)
    return Role(text, title_class(title_words), affiliation or aff_text, score)


def _country_tagged_a_person(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and country_for(ent.text) is not None


def _premodifier_tokens(name: Span) -> list[Token]:
    """Tokens just left of a name that belong to its title ("Poland's Deputy Foreign Minister")."""
    doc = name.doc
    run: list[Token] = []
    i = name.start - 1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.whitespace_ or tok.is_space:
            break
        low = tok.lower_
        in_title = low in TITLE_WORDS or low.replace("-", "") in TITLE_WORDS or tok.text in TITLE_STOPS
        capital = tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}
        # (a known body's acronym the tagger took for a word: "WHO spokesperson Christian Lindmeier")
        capital = capital or (tok.text.isupper() and len(tok.text) > 1 and body_for(tok.text) is not None)
        joiner = low in {"of", "for", "the"} and run and (run[0].text[:1].isupper())
        # (not "spokeswoman for Prime Minister Ana Ruiz": a title before "for", the name's own after it)
        for_another = low == "for" and i > 0 and doc[i - 1].lower_ in TITLE_WORDS
        # (nor "a spokesman for Mrs. Ruiz": a title in lowercase before "for" is someone else's who works for the
        # name; "Minister for Foreign Affairs Ana Ruiz" is one title)
        # ("Minister for Foreign Affairs Penny Wong": a portfolio's words after "for" are the title's own)
        titled_after = any(t.lower_ in TITLE_WORDS and t.lower_ not in MINISTRY_PORTFOLIOS for t in run)
        joiner = joiner and not (for_another and (doc[i - 1].text.islower() or titled_after))
        # ("Energy and Mines Minister": a portfolio of two words joined, each capitalised)
        joiner = joiner or (low in {"and", "&"} and bool(run) and _portfolio_joined(doc, i, run[0]))
        possessive = tok.tag_ == "POS" or low in {"’s", "'s", "’", "'"}
        hyphen = tok.text == "-" and not tok.whitespace_ and run
        modifier = tok.dep_ in {"compound", "amod"} and tok.pos_ in {"NOUN", "ADJ", "PROPN"}
        modifier = modifier or (low in _TITLE_PARTICIPLES and bool(run) and run[0].lower_ in TITLE_WORDS)
        # ("acting President Myint Swe", "Acting Prime Minister": how the office is held, which the tagger reads as a
        # verb)
        modifier = modifier or (low in TITLE_QUALIFIERS and bool(run) and run[0].lower_ in TITLE_WORDS)
        if not (in_title or capital or joiner or possessive or modifier or hyphen):
            break
        if tok.ent_type_ == "PERSON" and not in_title and not _country_tagged_a_person(tok):
            break  # another name, not a title (but "Malawi's President X", "Malawi" tagged a person, is his country)
        if tok.is_sent_start and not (in_title or capital or low in TITLE_QUALIFIERS):
            break
        run.insert(0, tok)
        i -= 1
    while run and (run[0].lower_ in {"of", "for", "the", "and", "&"} or run[0].tag_ == "POS"):
        run.pop(0)
    counted = bool(run) and run[0].i > 0 and doc[run[0].i - 1].like_num  # ("six-time", "three-term"; not "then-")
    if len(run) > 2 and run[0].text == "-" and counted and run[1].lower_ not in TITLE_WORDS:
        run = run[2:]  # "six-time prime minister X", "three-term senator X": not the half of a number's modifier
    return run


# Words of a title's tenure written before it, which the role keeps in front ("former President X").
_TENURE_WORDS = frozenset({"former"})


def _portfolio_joined(doc: Doc, i: int, after: Token) -> bool:
    """The "and" at `i` joins two capitalised words of one portfolio ("Energy and Mines Minister"), both
    outside names or inside the same one, neither a title nor a place ("Rubio and Sen. Ted Cruz", "Rubio
    and Ohio Gov. John Kasich": two people)."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.text[:1].isupper()
        and after.text[:1].isupper()
        and before.pos_ in {"PROPN", "NOUN", "ADJ"}
        # (two portfolios whatever the recogniser made of them: "Power and Energy Minister")
        and (before.ent_type_ == after.ent_type_ or {before.lower_, after.lower_} <= MINISTRY_PORTFOLIOS)
        and after.ent_type_ not in {"PERSON", "GPE", "NORP", "LOC"}
        and after.lower_ not in TITLE_WORDS
        and after.text not in TITLE_STOPS
    )


def role_before(name: Span) -> Role | None:
    run = _premodifier_tokens(name)
    if not run:
        return None
    title: list[str] = []
    affiliation: list[str] = []
    glue = False
    run = _without_rank(run)
    tenure = [t.lower_ for t in run[:1] if t.lower_ in _TENURE_WORDS and len(run) > 1]
    run = run[len(tenure) :]
    last_title = max((k for k, t in enumerate(run) if t.lower_ in TITLE_WORDS), default=-1)
    for k, tok in enumerate(run):
        # ("Kenya's police chief", "the country's health minister": the lowercase noun is the title's field; the
        # tagger may take it for a name: "Iran's foreign ministry spokesman"; "central bank governor": the
        # adjective on the field)
        field = tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "compound" and tok.text.islower() and k < last_title
        field = field or (
            tok.pos_ == "ADJ"
            and tok.dep_ == "amod"
            and tok.text.islower()
            and tok.head.i < run[last_title].i
            and tok.head.pos_ in {"NOUN", "PROPN"}
            and tok.head.text.islower()
            and k < last_title
        )
        if (tok.text == "-" or glue) and title:
            title[-1] += tok.text
            glue = not tok.whitespace_ and tok.text == "-"
            continue
        glue = False
        low = tok.lower_
        if low in {"’s", "'s", "’", "'"} or tok.tag_ == "POS":
            continue
        # ("Power and Energy Minister": the first of two portfolios, not a body the title is of)
        portfolio = low in MINISTRY_PORTFOLIOS and k + 1 < len(run) and run[k + 1].lower_ == "and"
        junior = low == "state" and k + 1 < len(run) and run[k + 1].lower_ in TITLE_WORDS  # ("State Minister")
        is_aff = (
            low not in TITLE_QUALIFIERS
            and (tok.text == "-" or _rank_word(tok) not in _RANK_WORDS)  # ("Lieutenant General X", tagged a body)
            and not junior
            and not portfolio
            and (
                affiliation_of(tok.text) is not None
                or (tok.ent_type_ in {"ORG", "GPE", "NORP"} and low not in TITLE_WORDS and tok.text not in TITLE_STOPS)
            )
        )
        # ("chief executive", "deputy director": the noun a modifier makes a title)
        modified = k == len(run) - 1 and k > 0 and run[k - 1].lower_ in _TITLE_MODIFIERS and _post_noun(tok)
        if is_aff and not title:
            affiliation.append(tok.text)
        elif (
            low in TITLE_WORDS
            or tok.text[:1].isupper()
            or low in {"of", "for", "the", "and", "&"}
            or field
            or modified
            or low in _TITLE_PARTICIPLES
            or low in TITLE_QUALIFIERS  # ("acting President X": tagged a verb, in lowercase)
        ):
            title.append(tok.text)
    while title and title[-1].lower() in {"of", "for", "the", "and", "&"}:
        title.pop()
    role = make_role(title, affiliation)
    if role is not None and tenure:
        # ("former President X", "former Florida Governor X": the tenure is part of the role, or a reader takes him for
        # the one in office)
        return Role(f"{tenure[0].capitalize()} {role.text}", role.title_class, role.affiliation, role.score)
    return role


# Words of a military rank written after an office and before the name ("Army spokesman Major General X",
# "the defence minister, Colonel X"): the rank the holder has, not part of the office. The ranks in full that
# open one (a lone "General" after a title is the title's own: "Attorney General", "Secretary General").
# (an ordinal opens a grade of one: "First Admiral", "Second Lieutenant", "First Sergeant")
_RANK_OPENERS = (
    MILITARY_RANKS | RANK_GRADES | {"brigadier", "colonel", "admiral", "marshal", "commodore", "rear", "vice"}
)
_RANK_WORDS = _RANK_OPENERS | {"general", "commander", "-"}


def _without_rank(run: list[Token]) -> list[Token]:
    """The title run before a name without a capitalised rank at its end that follows another title word:
    "Army spokesman Major General" → "Army spokesman". Nothing is cut from a rank alone ("Major General")."""
    k = len(run)
    while k > 0 and _rank_word(run[k - 1]) in _RANK_WORDS and (run[k - 1].text[:1].isupper() or run[k - 1].text == "-"):
        k -= 1
    while k < len(run) and _rank_word(run[k]) not in _RANK_OPENERS and not _rank_after_lowercase(run, k):
        k += 1  # ("Secretary General": a "General" no rank word opens stays the title's)
    if k == len(run) or not any(t.lower_ in TITLE_WORDS and t.lower_ not in _RANK_WORDS for t in run[:k]):
        return run
    return run[:k]


def _rank_after_lowercase(run: list[Token], k: int) -> bool:
    """ "Army chief General X", "the defence minister General X": a capitalised rank after a title written in
    lowercase opens the rank (a title's own "General" is capitalised with it: "Attorney General")."""
    return k > 0 and run[k].text[:1].isupper() and run[k].lower_ in _RANK_WORDS and run[k - 1].text.islower()


def only_a_rank(role: Role) -> bool:
    """The role is a military rank and nothing else ("Colonel", "Lieutenant General"): no office."""
    words = role.text.lower().replace("-", " ").split()
    return bool(words) and all(w in _RANK_WORDS for w in words)


def _rank_word(tok: Token) -> str:
    """A rank's word written out: "Adm." → "admiral", "Lt." → "lieutenant" ("Rear Adm. Daniel Hagari")."""
    return _expand(tok.text).lower() if tok.text.endswith(".") else tok.lower_


# Words that say how an office is held, written capitalised before its title ("Caretaker Interior Minister",
# "Acting President"), which the recogniser may take for a body.
TITLE_QUALIFIERS = frozenset({"caretaker", "acting", "interim", "outgoing", "incoming"})
# Words that make the noun after them a title: "chief executive", "chief economist", "deputy editor".
_TITLE_MODIFIERS = frozenset({"chief", "deputy"})
# Participles that make the title after them the one held ("managing director", "presiding judge").
_TITLE_PARTICIPLES = frozenset({"managing", "presiding", "commanding"})


def _post_noun(tok: Token) -> bool:
    """A noun for a post (an agent noun: "executive", "strategist", "counsel"), not a relation ("rival")."""
    return tok.pos_ == "NOUN" and (
        tok.lower_ == "counsel" or re.search(r"(?:er|or|ist|ive|ant|ent|ian)$", tok.lower_) is not None
    )


def _title_noun(tok: Token) -> bool:
    if tok.lower_ in TITLE_WORDS:
        return True
    return tok.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _TITLE_MODIFIERS and c.i < tok.i for c in tok.children
    )


def role_in_apposition(head: Token) -> Role | None:
    """ "Ahmed Ali, the spokesperson for the Ministry of Foreign Affairs, said"; also the name set off
    after its title: "The agency's director, Ana Ruiz, said" """
    for child in head.children:
        if child.dep_ == "appos" and _title_noun(child):
            return _titled_phrase(child, leave_out=set())
    title = head.head
    set_off = head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ","
    if (
        head.dep_ == "appos"
        and set_off
        and title.dep_ == "pobj"
        and title.head.dep_ == "prep"
        and not _title_noun(title)
    ):
        # "A spokesman for the national operator, Amitabh Sharma,": the parser hangs the name set off by a
        # comma on the body the title is of, which no person is (not "a spokesman for the mayor, Ana Ruiz":
        # she is the mayor; nor "the advocacy group Progress Iowa": the body's own name)
        title = title.head.head
        if title.dep_ == "pobj" and title.head.dep_ == "prep" and not _title_noun(title):
            title = title.head.head  # "A spokesperson for the WHO in Geneva, Tarik Jasarevic,": where the body is
    if head.dep_ == "appos" and title.i < head.i and title.tag_ != "NNS" and _title_noun(title):
        # (one person's title, written within the sentence: not a headline run into it)
        role = _titled_phrase(title, leave_out={t.i for t in head.subtree})
        if role is not None and not any(mark in role.text for mark in '"“”\n'):
            return role
    work, bodies = next(((c, b) for c in head.children if c.dep_ == "appos" and (b := bodies_worked_at(c))), (None, []))
    if work is not None:
        # "Chen Qiang, a forecaster at the provincial weather bureau,", "Ana Ruiz, an analyst at Capital
        # Economics": no title, but what the person does and where, which tells a reader who is speaking. Without
        # a word before it ("now a partner at …") or another description joined after the body ("… at MIT and
        # one of the paper's authors"); affiliated only with a body the gazetteer knows ("an expert on Syria at
        # …", "a candidate at the Georgia Institute of Technology": no country)
        at = min(p.i for p in work.children if p.dep_ == "prep" and p.lower_ in _AT_WORK)
        aside = [c for c in work.children if (c.dep_ == "conj" and c.i > at) or (c.dep_ == "advmod" and c.i < work.i)]
        role = _titled_phrase(work, leave_out={t.i for c in aside for t in c.subtree})
        names = [_name_without_article(o) for o in bodies]
        known = next((affiliation_of(name) for name in names if body_for(name)), None)
        return Role(role.text, role.title_class, known, 1) if role is not None else None
    return None


_AT_WORK = frozenset({"at", "with"})


def bodies_worked_at(noun: Token) -> list[Token]:
    """ "a forecaster at the provincial weather bureau", "a volunteer with the Libyan Red Crescent": the bodies
    one person's work (a singular common noun with "a") is at or with (a name the recogniser tagged, or a body's
    noun), else none."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.text.islower():
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return []
    places = (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AT_WORK)
    bodies = (o for p in places for o in p.children if o.dep_ == "pobj")
    return [o for o in bodies if o.ent_type_ == "ORG" or o.lower_ in _WORKPLACES]


def _name_without_article(noun: Token) -> str:
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det"]
    return " ".join(t.text for t in words)


# Places of work: the bodies' own nouns and the places a body runs (hand-chosen).
_WORKPLACES = ORG_REFERENCE_NOUNS | {"hospital", "clinic", "school", "laboratory", "lab", "newspaper", "charity"}


# Verbs of holding a post, said of a person in a relative clause ("who heads the agency"), and the post.
_HOLDING_VERBS = {"head": "head", "chair": "chair", "lead": "leader", "direct": "director", "command": "commander"}


def role_in_relative_clause(head: Token) -> Role | None:
    """ "Claire Nicolet, who heads the charity's emergency response, said", "Dimie Ogoina, who chairs the
    committee,": the post the clause says the person holds ("Head of the charity's emergency response")."""
    for clause in head.children:
        post = _HOLDING_VERBS.get(clause.lemma_.lower()) if clause.dep_ == "relcl" and clause.pos_ == "VERB" else None
        if post is None or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        if clause.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass", "neg"} for c in clause.children):
            continue  # (not "who will lead the talks", "who led the inquiry", "who does not head it": no post now)
        obj = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is None or obj.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue  # (not "who leads Bernie Sanders 1,428 to 1,153": ahead of a rival, no post)
        inside = {t.i for c in obj.subtree if c != obj and c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
        words = [t for t in obj.subtree if t.i not in inside]
        doc = head.doc
        while words[-1].i + 2 < len(doc) and _glued_hyphen(doc[words[-1].i + 1]) and doc[words[-1].i + 2].is_alpha:
            # "who heads the ICRC's sub-delegation": the parser may hang a hyphened word's parts on the verb apart
            words += [doc[words[-1].i + 1], doc[words[-1].i + 2]]
        # (a plural owner's bare apostrophe stays: "who heads Doctors Without Borders' mission in Panama")
        if not 1 <= len(words) <= 8 or any(t.is_punct and t.text not in {"'s", "’s", "'", "’", "-"} for t in words):
            continue
        text = "".join(t.text_with_ws for t in words[:-1]) + words[-1].text
        # (a body the gazetteer knows named in the post first: "who heads Doctors Without Borders' mission in Panama" →
        # MSF, not Panama, where the post is)
        runs = [doc[a.i : b.i + 1].text for a in words for b in words if 0 < b.i - a.i < 5]
        bodies = [body for run in runs if (body := body_for(run)) is not None]
        aff = [t.text for t in words if affiliation_of(t.text)]
        affiliation = bodies[0] if bodies else affiliation_of(aff[0]) if aff else None
        return Role(f"{post.capitalize()} of {text}", title_class([post]), affiliation, 1)
    return None


def _glued_hyphen(tok: Token) -> bool:
    """A hyphen written inside a word ("sub-delegation"), no space on either side."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _description(appos: Token) -> bool:
    """An appositive that describes ("Apple, one of his holdings", "the fund, a super PAC") or is the
    person again, not a name that completes the phrase ("the parent company, Mondelez International")."""
    if appos.dep_ != "appos":
        return False
    return appos.pos_ != "PROPN" or appos.ent_type_ == "PERSON" or any(c.dep_ == "det" for c in appos.children)


# Titles of people a body posts to a country or sends to one, whose "in X"/"to X" is where they serve, not whom.
_POSTED_TITLES = frozenset({
    "representative", "envoy", "ambassador", "delegate", "coordinator", "director", "head", "chief", "spokesman",
    "spokeswoman", "spokesperson", "correspondent",
})  # fmt: skip


def _titled_phrase(title: Token, leave_out: set[int]) -> Role | None:
    # the title phrase, without a clause hung on it ("…, the director of X, who also said …"), nor an
    # owner that names no one ("its chief operations officer", "the company's chief executive")
    # (nor another description or person set beside it: "chief executive of Apple, one of his holdings",
    # "a former adviser and Kendal Unruh, a delegate")
    clauses = [
        c for c in title.subtree if c != title and (c.dep_ in {"relcl", "acl", "advcl"} or _description(c))
    ]  # (a name set beside a noun in it stays: "the parent company, Mondelez International")
    others = [
        c
        for c in title.subtree
        if c.dep_ == "conj" and c.head.ent_type_ != "PERSON" and any(t.ent_type_ == "PERSON" for t in c.subtree)
    ]  # (not "adviser to Presidents Reagan and George W. Bush")
    owners = [c for c in title.children if c.dep_ == "poss" and c.i < title.i and c.pos_ != "PROPN"]
    inside = {t.i for c in clauses + others + owners for t in c.subtree} | leave_out
    words = [t for t in title.subtree if not (t.is_punct and t.text != "-") and t.i not in inside]
    doc = title.doc
    # (a body's name the parser cut, its owner the last word: "Save the Children's country director")
    cut = _owners_name_before(words)
    words = cut + words
    prefix = doc[words[0].i - 2] if words and words[0].i >= 2 and doc[words[0].i - 1].text == "-" else None
    if prefix is not None and not prefix.whitespace_ and prefix.lower_ in {"vice", "co", "deputy", "under", "ex"}:
        # "vice-president", "co-founder": the parser may hang the hyphened prefix beside the title
        words = [prefix, doc[prefix.i + 1], *words]
    while words and words[0].dep_ == "det":
        words.pop(0)
    while words and (words[-1].dep_ in {"cc", "prep"} or words[-1].is_punct):
        words.pop()  # (nor a preposition whose object was left out: "a former adviser to [her]")
    if not words:
        return None
    text = "".join(t.text + (t.whitespace_ if n.i == t.i + 1 else " ") for t, n in pairwise(words))
    text = " ".join((text + words[-1].text).split())
    # (not a place the holder is posted in or sent to: "the federation's envoy in Libya", "UNICEF's representative
    # in Chad"; but "the far-right leader in France" leads there)
    posted = {
        t.i
        for c in title.children
        if c.dep_ == "prep" and c.lower_ in {"in", "to"} and title.lower_ in _POSTED_TITLES
        for t in c.subtree
    }
    places = [(t, name) for t in words if t.i not in posted and affiliation_of(name := _whole_place(t))]
    # (a country's word inside a body's name makes the body the affiliation: "President of the Arab American
    # Institute" is not a role of the United States)
    inside_a_body = next((body for t, _ in places if (body := _bodys_name_around(t)) is not None), None)
    aff = [name for t, name in places if _bodys_name_around(t) is None]
    # ("Its Libya director": the body "its" refers to, the country where the holder works)
    owned = any(c.dep_ == "poss" and c.pos_ != "PROPN" for c in title.children)
    referred = _body_referred_to(title) if owned or not aff else None
    affiliation = referred or inside_a_body or (affiliation_of(aff[0]) if aff else _body_named_in(words, posted))
    if cut:
        owner = next(w for w in words if w.dep_ == "poss")
        affiliation = affiliation_of(doc[cut[0].i : owner.i + 1].text) or affiliation
    named_owner = next((w for w in words if w.dep_ == "poss" and w.pos_ == "PROPN"), None)
    if affiliation is None and named_owner is not None:
        # (a known body's whole name as the owner, which the recogniser did not tag: "Save the Children's director")
        name = doc[named_owner.left_edge.i + (named_owner.left_edge.dep_ == "det") : named_owner.i + 1].text
        affiliation = affiliation_of(name) if body_for(name) else None
    if affiliation is None:
        # "the UN refugee agency's representative in Italy": a known body described by its kind owns the title
        described = [doc[o.left_edge.i + (o.left_edge.dep_ == "det") : o.i + 1] for o in owners if o.pos_ == "NOUN"]
        affiliation = next((affiliation_of(name.text) for name in described if body_for(name.text)), None)
        # ("The U.N. secretary-general's spokesman": a known body's word on the owner's office)
        words_of_owner = [t.text for name in described for t in name if t.lower_ not in TITLE_WORDS]
        affiliation = affiliation or next((known for w in words_of_owner if (known := body_for(w))), None)
    modifiers = [c.text for c in title.children if c.lower_ in _TITLE_MODIFIERS and c.i < title.i]
    # "its director general": a title written before the title it heads is part of it (not "general" alone)
    # (also one the tagger read as an adjective: "Haiti's new prime minister" is a prime minister)
    modifiers += [
        c.text for c in title.children if c.dep_ in {"compound", "amod"} and c.i == title.i - 1 and _title_word(c)
    ]
    return Role(text[:1].upper() + text[1:], title_class([*modifiers, title.text]), affiliation, 2)


def _owners_name_before(words: list[Token]) -> list[Token]:
    """The words of a known body's name left of the title phrase when its owner (the first word, a name with
    "'s") is that name's last word the parser hung alone: "Save the Children's country director" (the parser
    made "Save" a verb); else none."""
    owner = next((w for w in words[:3] if w.dep_ == "poss" and w.pos_ == "PROPN"), None)
    if owner is None or any(w.dep_ != "det" and w.ent_type_ != owner.ent_type_ for w in words[: words.index(owner)]):
        return []
    doc, first = owner.doc, words[0].i
    for start in range(first - 1, max(first - 5, -1), -1):
        if "\n" in doc[start].whitespace_ or doc[start].is_punct:
            break
        if doc[start].text[:1].isupper() and body_for(doc[start : owner.i + 1].text) is not None:
            return list(doc[start:first])
        if doc[start].is_sent_start:
            break
    return []


def _bodys_name_around(tok: Token) -> str | None:
    """The name of a body a country's word is inside, when the gazetteer does not know that body ("a coordinator
    with the Brazilian Red Cross": the Brazilian Red Cross, not Brazil); else None."""
    if tok.ent_type_ != "ORG":
        return None
    name = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t for t in name if t.dep_ != "det" and t.tag_ != "POS"] if name is not None else []
    text = tok.doc[words[0].i : words[-1].i + 1].text if words else ""  # (as written: "NARAL Pro-Choice America")
    if len(words) < 2 or affiliation_of(text) or words[-1].lower_ in ORG_NOUNS:
        return None  # (a state's own body is the state's: "the U.S. Embassy", "the Nigerian Army")
    return text


def _body_named_in(words: list[Token], posted: set[int]) -> str | None:
    """A body the gazetteer knows, named in full inside the title's words by a name of several words ("the World
    Health Organization's representative", "director of … at the International Federation of Red Cross and Red
    Crescent Societies"), not where the holder is posted."""
    if not words:
        return None
    inside = {t.i for t in words} - posted
    doc = words[0].doc
    ents = [e for e in doc.ents if e.label_ == "ORG" and all(t.i in inside for t in e if t.dep_ not in {"det", "case"})]
    # (with the next name after an "and", where the recogniser cut one name in two: "the International Federation
    # of Red Cross] and [Red Crescent Societies")
    joined = [doc[a.start : b.end] for a, b in pairwise(ents) if b.start == a.end + 1 and doc[a.end].lower_ == "and"]
    for span in [*joined, *ents]:
        if len(span) > 1:
            name = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
            if body_for(name):  # (a body's name, not a country's the recogniser tagged a body: "United States")
                return affiliation_of(name)
    return None


# Owners that name any body ("the agency's director"), besides a word of the body's own name ("the bank's").
_ANY_BODY = frozenset({"agency", "organization", "organisation", "group", "charity", "body", "fund", "programme"})


def _body_referred_to(title: Token) -> str | None:
    """ "The World Food Programme said … . Its country director, …", "Unicef said … . A spokeswoman for the
    agency, …", "The International Monetary Fund said … . …, the fund's mission chief said": the body a title's
    "its" (or "the agency", "the fund's") refers to, the body the sentence before is said by (or for "its", the
    one its own sentence is said by before the title: "The IAEA said …, but its director general said"), when the
    gazetteer knows it, else None."""
    owner = next((c for c in title.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    kind = next(
        (c for c in title.children if c.dep_ == "poss" and c.lower_ in ORG_REFERENCE_NOUNS and _definite(c)), None
    )  # ("the fund's mission chief": the fund meant, if its name has the word or the word names any body)
    if owner is None:
        of = (o for p in title.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "at"} for o in p.children)
        # (a common noun pointing back, not a word of a body's own name: "head of the International Federation of …")
        owner = next(
            (
                o
                for o in of
                if o.dep_ == "pobj" and o.lower_ in ORG_REFERENCE_NOUNS and _definite(o) and o.text.islower()
            ),
            None,
        )
    owner = owner or kind
    sentence = title.sent
    if owner is None:
        return None
    # (the body the same sentence is said by, before the title: "The IAEA said …, but its director general said")
    same = [
        e.text
        for e in sentence.ents
        if e.end <= title.i and e.label_ == "ORG" and e.root.dep_ in {"nsubj", "nsubjpass"} and body_for(e.text)
    ]
    if len(same) == 1 and owner is not kind:
        return affiliation_of(same[0])
    if sentence.start == 0:
        return None
    before = title.doc[sentence.start - 1].sent
    said_by = [
        e.text
        for e in before.ents
        if e.label_ in {"ORG", "PERSON"} and e.root.dep_ in {"nsubj", "nsubjpass"} and body_for(e.text)
    ]
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not said_by and subject is None:
        # (a body's name the parser read as a clause: "Save the Children said …", "Save" a verb)
        clause = next((c for c in before.root.children if c.dep_ == "csubj"), None)
        name = " ".join(t.text for t in clause.subtree) if clause is not None else ""
        said_by = [name] if name and body_for(name) else []
    # (or tagged only in part: "Africa CDC, the continent's public health agency, declared …", "CDC" alone tagged)
    partly = subject is not None and subject.ent_type_ and subject.left_edge.ent_type_ != subject.ent_type_
    if not said_by and subject is not None and subject.pos_ == "PROPN" and (not subject.ent_type_ or partly):
        # (a body's name the recogniser left untagged: "Human Rights Watch called on …")
        name = " ".join(t.text for t in title.doc[subject.left_edge.i : subject.i + 1] if t.dep_ != "det")
        said_by = [name] if body_for(name) else []
    if not said_by and subject is not None and subject.pos_ == "NOUN":
        # (a body by its description, or its name set beside it: "The United Nations refugee agency, UNHCR, said")
        start = subject.left_edge.i + (subject.left_edge.dep_ == "det")
        beside = [c for c in subject.children if c.dep_ == "appos" and body_for(c.text)]
        name = title.doc[start : subject.i + 1].text
        said_by = [name] if body_for(name) else [beside[0].text] if len(beside) == 1 else []
    if len(said_by) != 1:
        return None
    named = said_by[0].lower().split()
    if owner is kind and kind is not None and kind.lower_ not in _ANY_BODY and kind.lower_ not in named:
        return None  # ("The IMF said … . The bank's governor said": another body)
    return affiliation_of(said_by[0])


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _title_word(tok: Token) -> bool:
    return tok.lower_ in TITLE_WORDS and tok.lower_ not in _TITLE_MODIFIERS
