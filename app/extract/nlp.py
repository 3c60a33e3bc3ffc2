"""Loading the spaCy model by its configurable name, once per process."""

import re
from functools import lru_cache
from typing import Any

# Typographic quote marks glued to the words around them ("said,“Look", "paranoia,”Clinton"):
# the stock tokenizer keeps such a run as one token, hiding the reporting verb and the
# speaker from the parser. Split the mark (and the punctuation before it) off.
_GLUED_QUOTE_INFIXES = (
    r"(?<=[^\W\d_])[,:](?=[“‘])",
    r"(?<=[^\W\d_][,:])[“‘](?=[^\W_])",
    r"(?<=[^\W\d_])[,.!?](?=”[^\W\d_])",
    r"(?<=[^\W\d_][,.!?])”(?=[^\W\d_])",
)

# A full stop after a temperature that ends a sentence ("as low as -20C.", "reached 45C."): the stock
# suffixes split a full stop only after lower-case letters and digits, so the figure and the stop stayed one
# token and the sentence ran on.
_UNIT_STOP_SUFFIXES = (r"(?<=\d[CF])\.$", r"(?<=\d°[CF])\.$")

# The full stop after "X", the platform's name, that ends a sentence ("said in a post on X."): kept on the letter
# as an initial's, it ran the sentence on into the next paragraph's quotation and its cue. ("Malcolm X." is the
# rare initial this splits.)
_PLATFORM_STOP_SUFFIXES = (r"(?<=^X)\.$",)

# Dashes the model's vocabulary lacks, read as the em dash it knows: left alone, a spaced "―"
# (U+2015, a dash some outlets use) is tagged as a verb and the parse around it breaks.
_UNKNOWN_DASHES = ("―", "‒", "⸺")


@lru_cache(maxsize=2)
def load_nlp(name: str) -> Any:
    import spacy  # only ingestion imports spaCy; the read path never does
    from spacy.attrs import NORM, ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.load(name)
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=paragraph_sentences)
    if "parser" in nlp.pipe_names and _PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(_PARAGRAPHS, before="parser")
    _speed_up_attribute_ruler(nlp)
    tokenizer: Tokenizer = nlp.tokenizer
    defaults: Any = nlp.Defaults
    dashes = "[" + "".join(_UNKNOWN_DASHES) + "]"
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *_GLUED_QUOTE_INFIXES, dashes]).finditer
    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, dashes]).search
    suffixes = [*defaults.suffixes, dashes, *_UNIT_STOP_SUFFIXES, *_PLATFORM_STOP_SUFFIXES]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for dash in _UNKNOWN_DASHES:
        tokenizer.add_special_case(dash, [{ORTH: dash, NORM: "—"}])
    # "$160m. He said": the stock exceptions keep "m." whole (as an abbreviation), so the sentence
    # never ends there and the parser runs two sentences into one. Scale letters lose the exception.
    # So too "h." closing "70 km/h.": the speed's hour, not an initial.
    dropped = _SCALE_LETTER_ABBREVIATIONS | {"h."}
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in dropped}
    # "Brig. Omar Said", "Lt. Col. Ana Ruiz": the stock exceptions keep "Gen." and "Sen." whole but not every
    # title's abbreviation; cut from its full stop, the title ends a sentence and the parser loses the name's role
    from app.extract.lexicon import TITLE_STOPS

    for written in TITLE_STOPS:
        if written not in tokenizer.rules:
            tokenizer.add_special_case(written, [{ORTH: written}])
    return nlp


_SCALE_LETTER_ABBREVIATIONS = frozenset({"m.", "k.", "b."})

_FAST_RULER = "crisis_facts_attribute_ruler"


def _speed_up_attribute_ruler(nlp: Any) -> None:
    """The stock "attribute_ruler" swapped for the same rules applied by table lookup (app.extract.attributes),
    under the same name, when every one of its patterns can be; otherwise the stock component stays."""
    from spacy.language import Language

    from app.extract.attributes import compile_ruler

    if "attribute_ruler" not in nlp.pipe_names or compile_ruler(nlp.get_pipe("attribute_ruler")) is None:
        return
    if not Language.has_factory(_FAST_RULER):
        Language.factory(_FAST_RULER, func=lambda nlp, name: compile_ruler(nlp.get_pipe("attribute_ruler")))
    nlp.add_pipe(_FAST_RULER, name=_FAST_RULER, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe(_FAST_RULER, "attribute_ruler")


_PARAGRAPHS = "crisis_facts_paragraphs"
_BULLET = re.compile(r"[-–•*·▪]|\d{1,2}[.)]$")
_LINE_END = frozenset('.!?:;"”’)')


def paragraph_sentences(doc: Any) -> Any:
    """No sentence runs across a paragraph break, or out of a headline, byline, dateline or list item
    into the next line: a sentence starts after a blank line, and after a line break that follows
    a line ending in closing punctuation, a short line (eight words or fewer), or before a bullet.
    Lines of hard-wrapped prose keep running. Set before the parser, which keeps these starts."""
    from app.extract.text import entry_lead

    text = doc.text  # spaCy rebuilds this string from every token on each read
    line_words = 0
    from app.extract.lexicon import NAME_STOPS, TITLE_STOPS

    titles = TITLE_STOPS | NAME_STOPS

    for i, token in enumerate(doc):
        if (i == 0 or token.is_sent_start) and not token.is_space:
            _after_dateline(doc, token, entry_lead(text, token.idx))
        if token.text in titles and i + 1 < len(doc) and "\n" not in token.whitespace_ and doc[i + 1].is_title:
            # "Navy Capt. Jeff Davis", "Md. Towkir Islam": a title's (or a short given name's) stop ends no sentence
            doc[i + 1].is_sent_start = False
        elif _quotation_after_an_abbreviation(doc, i):
            doc[i + 1].is_sent_start = True  # 'at 2 a.m. "They opened fire," he said': the stop ends the sentence
        elif _stop_after_a_platform_letter(doc, i):
            doc[i + 1].is_sent_start = True  # "…, the spokesman wrote on X. Twenty-five people were rescued"
        if _cannot_end_a_sentence(token):
            doc[i + 1].is_sent_start = False  # "…, according to | the U.N.": no sentence ends on "to" or "the"
        if token.is_space and "\n" not in token.text:
            continue
        if not token.is_space and not token.is_punct:
            line_words += 1
        breaks = token.text.count("\n") if token.is_space else 0
        breaks += token.whitespace_.count("\n")
        if not breaks or i + 1 >= len(doc):
            continue
        nxt = doc[i + 1] if not doc[i + 1].is_space else (doc[i + 2] if i + 2 < len(doc) else None)
        if nxt is None:
            continue
        prev = token if not token.is_space else (doc[i - 1] if i else token)
        if breaks > 1 or (prev.text[-1:] in _LINE_END) or line_words <= 8 or _BULLET.match(nxt.text):
            nxt.is_sent_start = True
            after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
            if after is not None and after.is_lower and after.is_alpha and "\n" not in nxt.whitespace_:
                after.is_sent_start = False  # "Aid agencies said …": a line's first word is no sentence of its own
        line_words = 0
    return doc


# Words no sentence ends on (an article, or a preposition that needs its object: "according to", "of").
_NEVER_LAST = frozenset({"the", "a", "an", "of", "to", "according"})


def _cannot_end_a_sentence(token: Any) -> bool:
    """The word is one no sentence ends on and the next word follows on the same line ("… according to the U.N."):
    the model may still cut the sentence there, and the source is lost from it. (Given the loop's own token, so the
    every-word test builds no second one.)"""
    if token.lower_ not in _NEVER_LAST or "\n" in token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return not nxt.is_space and not nxt.is_punct


def _quotation_after_an_abbreviation(doc: Any, i: int) -> bool:
    """A word with its own full stop ("a.m.", "U.S.") before a quotation that opens with a capital: the
    abbreviation's stop ends its sentence too (the model ran the sentence on into the quotation and its cue)."""
    token = doc[i]
    if i + 2 >= len(doc) or len(token.text) < 2 or not token.text.endswith(".") or not token.whitespace_:
        return False
    mark, first = doc[i + 1], doc[i + 2]
    return mark.text in {'"', "“"} and not mark.whitespace_ and first.text[:1].isupper()


def _stop_after_a_platform_letter(doc: Any, i: int) -> bool:
    """A full stop after a lone capital letter that a preposition governs ("wrote on X.", "posted via X."): the end
    of a sentence, not a middle initial, when a capitalised word follows."""
    if doc[i].text != "." or i < 2 or i + 1 >= len(doc):
        return False
    letter, before, nxt = doc[i - 1], doc[i - 2], doc[i + 1]
    return len(letter.text) == 1 and letter.text.isupper() and before.lower_ in {"on", "via"} and nxt.is_title


def _after_dateline(doc: Any, token: Any, dateline: Any) -> None:
    """ "WASHINGTON -- President Obama … said": the story's first sentence starts after the place,
    so the parser does not take the dateline for its subject."""
    if dateline is None:
        return
    for later in doc[token.i + 1 : token.i + 30]:
        if later.idx >= dateline.end():
            if later.idx == dateline.end():
                later.is_sent_start = True
            return
        if not later.is_space:
            later.is_sent_start = False  # "PORT HARCOURT, Nigeria —": the place is one, no sentence ends inside it


def model_label(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
