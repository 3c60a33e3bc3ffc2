"""Reading numbers written in digits or words, and the words around them.

Word lists: English cardinal number words and scale words; qualifier phrases from AP style
guidance on approximations ("about", "more than", "up to"). Units and currencies live in
units.py (maintained vocabularies).
"""

import re

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    # the Indian numbering system's lakh and crore (see quantities.SCALE_WORDS)
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# A comparative denied is a bound the other way: "no lower than 24C" is at least 24C,
# "not more than 3%" at most 3%.
_NEGATED_COMPARATIVES = [
    (f"{negation} {comparative} than", bound)
    for negation in ("no", "not")
    for comparatives, bound in (
        (("more", "greater", "higher", "larger", "bigger"), "at_most"),
        (("less", "fewer", "lower", "smaller"), "at_least"),
    )
    for comparative in comparatives
]
# Longest phrases first; matched against the lowercased words just before the number.
QUALIFIERS = [
    *_NEGATED_COMPARATIVES,
    ("just under", "less_than"),
    ("just below", "less_than"),
    ("just over", "more_than"),
    ("just above", "more_than"),
    ("well over", "more_than"),
    ("well above", "more_than"),
    ("upwards of", "more_than"),
    ("slightly more than", "more_than"),
    ("slightly less than", "less_than"),
    ("lower than", "less_than"),
    ("higher than", "more_than"),
    ("in the region of", "approximate"),
    ("on the order of", "approximate"),
    ("some", "approximate"),
    ("more than", "more_than"),
    ("greater than", "more_than"),
    ("in excess of", "more_than"),
    ("at least", "at_least"),
    ("as many as", "up_to"),
    ("as much as", "up_to"),
    ("as high as", "up_to"),  # "a wall of water as high as 7 metres", "inflation as high as 80%"
    ("as large as", "up_to"),  # "crowds as large as 20,000"
    ("as great as", "up_to"),
    ("as big as", "up_to"),
    ("up to", "up_to"),
    ("at most", "at_most"),
    ("fewer than", "less_than"),
    ("less than", "less_than"),
    ("close to", "approximate"),
    ("an estimated", "approximate"),
    ("estimated", "approximate"),
    ("approximately", "approximate"),
    ("about", "approximate"),
    ("around", "approximate"),
    ("roughly", "approximate"),
    ("nearly", "approximate"),
    ("almost", "approximate"),
    ("circa", "approximate"),
    ("over", "more_than"),
    ("above", "more_than"),
    *((verb, "more_than") for verb in ("exceed", "exceeds", "exceeded", "surpass", "surpassed")),
    ("exceeding", "more_than"),
    ("under", "less_than"),
    ("below", "less_than"),
]
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_digits(text: str) -> float | None:
    cleaned = text.replace(",", "")
    if not _DIGITS.match(text):
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_words(words: list[str]) -> float | None:
    """ "four hundred thirty" → 430; "a dozen" → 12, "two dozen" → 24; "1.5 million" → 1,500,000."""
    total, current, seen, scaled = 0.0, 0.0, False, False
    for raw in words:
        word = raw.lower().replace("-", " ")
        for part in word.split():
            if part in {"and", "a"}:
                continue
            digits = parse_digits(part)
            if digits is not None:
                current += digits
            elif part == "dozen":
                current = (current or 1) * 12  # "two dozen": 24
            elif part in SMALL:
                current += SMALL[part]
            elif part == "hundred":
                current = (current or 1) * 100
            elif part in SCALES and not current and total and scaled:
                total *= SCALES[part]  # "two lakh crore": a scale on a scale
            elif part in SCALES:
                total += (current or 1) * SCALES[part]
                current = 0
            else:
                return None
            seen, scaled = True, part in SCALES
    return total + current if seen else None


def qualifier_before(words_before: list[str]) -> str:
    text = " ".join(w.lower() for w in words_before[-4:])
    for phrase, qualifier in QUALIFIERS:
        if text == phrase or text.endswith(" " + phrase):  # whole words: not "awe|some"
            return qualifier
    return "exact"


def tidy(value: float) -> float:
    """A value to 12 significant digits: scaling a written decimal leaves binary noise behind
    ("4.1 billion" = 4.1 × 1e9 = 4099999999.9999995), which no article wrote."""
    return float(f"{value:.12g}")
