"""Loading the spaCy model by its configurable name, once per process."""

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=2)
def load_nlp(name: str) -> Any:
    import spacy  # only ingestion imports spaCy; the read path never does

    return spacy.load(name)


def model_label(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
