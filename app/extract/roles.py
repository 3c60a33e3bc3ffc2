"""Roles and titles: "Lithuanian Foreign Minister X" → "Foreign Minister of Lithuania"."""

from dataclasses import dataclass

from spacy.tokens import Span, Token

from app.extract.gazetteer import BODIES, body_for, country_for
from app.extract.lexicon import LEADER_TITLES, TITLE_ABBREVIATIONS, TITLE_WORDS

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


def title_class(words: list[str]) -> str:
    lowered = [_PORTFOLIO.get(w.lower(), w.lower()) for w in words]
    if any(w in LEADER_TITLES for w in lowered) and not any(w == "minister" for w in lowered):
        prefix = [w for w in lowered if w in {"deputy", "vice", "vice-president"}]
        return " ".join([*prefix, "leader"])
    return " ".join(w for w in lowered if w in TITLE_WORDS)


def _format(title_words: list[str], affiliation: str | None, affiliation_text: str | None) -> str:
    small = {"of", "for", "the", "and"}
    title = " ".join(w if w[:1].isupper() or w in small else w.capitalize() for w in title_words)
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
    if not any(w.lower() in TITLE_WORDS for w in title_words):
        return None
    aff_text = " ".join(affiliation_words) or None
    affiliation = affiliation_of(aff_text) if aff_text else None
    formal = any(w.lower() in _FORMAL for w in title_words)
    text = _format(title_words, affiliation, None if affiliation else aff_text)
    score = (2 if formal else 1) + (1 if aff_text else 0)
    return Role(text, title_class(title_words), affiliation or aff_text, score)


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
        in_title = low in TITLE_WORDS or low.replace("-", "") in TITLE_WORDS
        capital = tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}
        joiner = low in {"of", "for", "the"} and run and (run[0].text[:1].isupper())
        possessive = tok.tag_ == "POS" or low in {"’s", "'s", "’", "'"}
        hyphen = tok.text == "-" and not tok.whitespace_ and run
        modifier = tok.dep_ in {"compound", "amod"} and tok.pos_ in {"NOUN", "ADJ", "PROPN"}
        if not (in_title or capital or joiner or possessive or modifier or hyphen):
            break
        if tok.ent_type_ == "PERSON" and not in_title:
            break  # another name, not a title
        if tok.is_sent_start and not (in_title or capital):
            break
        run.insert(0, tok)
        i -= 1
    while run and (run[0].lower_ in {"of", "for", "the"} or run[0].tag_ == "POS"):
        run.pop(0)
    return run


def role_before(name: Span) -> Role | None:
    run = _premodifier_tokens(name)
    if not run:
        return None
    title: list[str] = []
    affiliation: list[str] = []
    glue = False
    for tok in run:
        if (tok.text == "-" or glue) and title:
            title[-1] += tok.text
            glue = not tok.whitespace_ and tok.text == "-"
            continue
        glue = False
        low = tok.lower_
        if low in {"’s", "'s", "’", "'"} or tok.tag_ == "POS":
            continue
        is_aff = affiliation_of(tok.text) is not None or (
            tok.ent_type_ in {"ORG", "GPE", "NORP"} and low not in TITLE_WORDS
        )
        if is_aff and not title:
            affiliation.append(tok.text)
        elif low in TITLE_WORDS or tok.text[:1].isupper() or low in {"of", "for", "the"}:
            title.append(tok.text)
    while title and title[-1].lower() in {"of", "for", "the"}:
        title.pop()
    return make_role(title, affiliation)


def role_in_apposition(head: Token) -> Role | None:
    """ "Ahmed Ali, the spokesperson for the Ministry of Foreign Affairs, said" """
    for child in head.children:
        if child.dep_ != "appos" or child.lower_ not in TITLE_WORDS:
            continue
        # the title phrase, without a clause hung on it ("…, the director of X, who also said …")
        clauses = [c for c in child.subtree if c.dep_ in {"relcl", "acl", "advcl"} and c != child]
        inside = {t.i for c in clauses for t in c.subtree}
        words = [t for t in child.subtree if not t.is_punct and t.i not in inside]
        while words and words[0].dep_ == "det":
            words.pop(0)
        if not words:
            continue
        text = " ".join(t.text for t in words)
        aff = [t.text for t in words if affiliation_of(t.text)]
        affiliation = affiliation_of(aff[0]) if aff else None
        return Role(text[:1].upper() + text[1:], title_class([child.text]), affiliation, 2)
    return None
