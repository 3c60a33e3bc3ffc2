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


@lru_cache(maxsize=2)
def load_nlp(name: str) -> Any:
    import spacy  # only ingestion imports spaCy; the read path never does
    from spacy.util import compile_infix_regex

    nlp = spacy.load(name)
    infixes = list(nlp.Defaults.infixes) + list(_GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def model_label(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
