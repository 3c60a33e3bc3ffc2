"""Name comparison keys: plain string work, no NLP (the read path and the corpus-wide steps use
it without loading spaCy)."""

import re
import unicodedata
from functools import lru_cache

from app.extract.lexicon import HONORIFICS


@lru_cache(maxsize=1 << 16)  # names recur across a corpus: the corpus-wide steps key every mention
def normalize_name(name: str) -> str:
    """Comparison key: no accents, no case, no honorific, no leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace(".", "")
    words = [w for w in re.split(r"[\s]+", text) if w]
    while words and (words[0] in HONORIFICS or words[0] == "the"):
        words.pop(0)
    return " ".join(words)


_ARABIC_ARTICLE = re.compile(r"(?:al|el)[-‐](?=\w)", re.IGNORECASE)


def bare_surname(word: str) -> str:
    """A surname without the Arabic article it may be written with: "al-Ansari" → "Ansari", "el-Sisi" → "Sisi"
    (a second mention often drops it: "Majed al-Ansari said … . Ansari added …")."""
    match = _ARABIC_ARTICLE.match(word)
    return word[match.end() :] if match and len(word) > match.end() + 1 else word
