"""Loading the spaCy model by its configurable name, once per process."""

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
    tokenizer: Tokenizer = nlp.tokenizer
    defaults: Any = nlp.Defaults
    dashes = "[" + "".join(_UNKNOWN_DASHES) + "]"
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *_GLUED_QUOTE_INFIXES, dashes]).finditer
    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, dashes]).search
    tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, dashes]).search
    for dash in _UNKNOWN_DASHES:
        tokenizer.add_special_case(dash, [{ORTH: dash, NORM: "—"}])
    # "$160m. He said": the stock exceptions keep "m." whole (as an abbreviation), so the sentence
    # never ends there and the parser runs two sentences into one. Scale letters lose the exception.
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in _SCALE_LETTER_ABBREVIATIONS}
    return nlp


_SCALE_LETTER_ABBREVIATIONS = frozenset({"m.", "k.", "b."})


def model_label(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
