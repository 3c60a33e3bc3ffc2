"""Finding figures in text: amounts written in digits with their currency, sign, scale, unit and
range, character by character (tokenizers split "$US55,931,000", "USD10m" or "10kW" in
irregular ways). Word numbers ("four hundred thirty") and the decision whether a figure is a
claim at all are in claims.py; this module only reads what is written.
"""

import re
from dataclasses import dataclass
from functools import cache

from app.extract.gazetteer import DEMONYM_TO_COUNTRY
from app.extract.units import (
    attached_only,
    currency_after_scale,
    currency_in_context,
    currency_prefixes,
    currency_words,
    press_unit,
    shared_currency_word,
    unit_surfaces,
)

NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
SCALE_LETTERS = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9,
                  "tn": 1e12, "trn": 1e12}  # fmt: skip
# The Indian numbering system's lakh (10^5) and crore (10^7), as South Asian English writes them
# ("Rs 2.5 crore", "1.2 lakh people"; "1.5 lakh crore" stacks to 1.5 × 10^12).
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
_SIGNS = ("minus-", "minus ", "negative ", "+", "-", "−")
_RATE = re.compile(
    r"\s*(?:(?P<per>per\s+|(?P<slash>/)\s*)|(?:an|a)\s+)"
    # ("$28,000 per affected herd", "30 euros per working day", "per metric ton": a modifier, then the noun; "per
    # 40-foot container": a size)
    r"(?:(?P<mod>[a-z]+(?:ed|ing|al|ic)|\d+-[a-z]+)\s+(?=(?!(?:and|or|but|in|on|at|to|for|of|from|by|with|than|the)\b)[a-z]{3,}\b))?"
    r"(?P<den>(?:square |cubic |sq\.? |cu\.? )?[A-Za-z]+[23²³]?(?:(?<=watt)[- ]hours?)?)"  # ("per megawatt hour")
)
# A bracketed conversion ("($2.4bn)", "(£3.1m)", "(about 40 miles)") between a figure and its rate.
# "of rain" in "491 litres of rain per m2", "of food" in "62,000 tonnes of food a month"
_OF_WHAT = re.compile(r"\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:per\s|an?\s+(?:day|week|month|year|hour)\b))")
_CONVERSION_AFTER = re.compile(r"\s*\((?=[^()]{1,40}\))[^()\d]{0,12}\d[^()]*\)")
_CLOSE_BRACKET = re.compile(r"\)")
_AREA = re.compile(r"^(?:[kcm]?m|mi|ft|in)[23²³]$")  # "per m2", "/cm2", "/m³"
# "$3 a day earlier", "a week on", "a year on from the vote", "a year from now", "a week from Monday"; not
# "£6m a day on hotels" (what is paid for) nor "$9bn a year from canal fees" (where it comes from)
_NOT_RATE_AFTER = re.compile(
    r"\s+(?:(?:earlier|ago|before|later)\b|on(?=\s*(?:[,.;:!?)]|$|from\b|since\b))|from\s+(?:now|today|tomorrow|then|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)",
    re.I,
)
# "per" + a time span is a rate too ("9 feet per century"), though a span alone is not a unit here.
_TIME_DENOMINATORS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}
)
_RATE_DENOMINATORS = frozenset(
    [
        "barrel",
        "share",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",  # "300 litres a minute", "40 cubic meters a second" (not "a second time": see rate_after)
        "second",
        "head",
        "person",
        "capita",
        "tonne",
        "ton",
        "litre",
        "liter",
        "gallon",
        "kilo",
        "kilogram",
        "pound",
        "unit",
        "night",
        "ounce",
        "bushel",
        "sack",
        "bag",
        "loaf",
        "container",
    ]
)
# Symbols that, after a space, are far more often English words ("25 in the town", "3 a day").
_SPACED_NOT_UNITS = frozenset({"in", "a", "an", "at", "is", "as", "on", "or", "it", "are", "ha", "h", "s", "A", "I"})
_ATTACHED = re.compile(r"[A-Za-zµμ°%²³″\"'/]+\d?")


@dataclass(frozen=True)
class Amount:
    start: int  # the whole expression: currency sign … unit
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str | None
    scaled: bool  # a scale letter or word was written ("m", "bn", "million")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    number_start: int  # the first number's characters (for the token it belongs to)
    number_end: int
    value: float
    value_max: float | None
    unit: str | None


def _currency_before(text: str, at: int) -> tuple[str, int] | None:
    """A currency symbol or code ending right before `at` (or one space before it)."""
    prefixes = currency_prefixes()
    for gap in (0, 1):
        end = at - gap
        if gap and (end <= 0 or text[end] != " "):
            continue
        for size in (5, 4, 3, 2, 1):
            start = end - size
            if start < 0:
                continue
            cand = text[start:end]
            if cand in prefixes and (start == 0 or not text[start - 1].isalnum() or cand in {"$", "€", "£", "¥"}):
                if gap and attached_only(cand):
                    continue
                if cand.isalpha() and len(cand) == 3 and gap == 0 and not cand.isupper() and not attached_only(cand):
                    continue  # (but a symbol written only touching its digits: "KSh1,200")
                return prefixes[cand], start
    if at > 0 and text[at - 1] == "N" and (at == 1 or not text[at - 2].isalnum()) and _NAIRA.match(text, at):
        # "N50 billion": the naira as Nigerian copy writes it (₦ folded to "N"), only with a scale word after the
        # figure and in an article about Nigeria (not "N95 masks", "the N7 road")
        return ("NGN", at - 1) if re.search(r"\bNigeria", text) else None
    if at > 0 and text[at - 1] == "R" and (at == 1 or not text[at - 2].isalnum()) and _RAND.match(text, at):
        # "R900 million", "R25bn", "R1,500": the rand as South African copy writes it, with a scale word or an amount of
        # three digits or more, in an article about South Africa (not "the R2 road", "R5 engine")
        return ("ZAR", at - 1) if re.search(r"\bSouth Africa", text) else None
    return None


_RAND = re.compile(r"(?:[\d.,]+\s?(?:billion|million|trillion|bn|m|tn)\b|\d{1,3}(?:,\d{3})+\b|\d{3,}\b)")


_NAIRA = re.compile(r"[\d.,]+\s?(?:billion|million|trillion|bn|m|tn)\b")


def _sign_before(text: str, at: int) -> tuple[float, int]:
    for sign in _SIGNS:
        start = at - len(sign)
        if start >= 0 and text[start:at].lower() == sign and (start == 0 or not text[start - 1].isalnum()):
            if sign in {"-", "−"} and start > 0 and text[start - 1] not in " ($":
                return 1.0, at  # "5-10": a range dash, not a minus
            return (1.0 if sign == "+" else -1.0), start
    return 1.0, at


# One-letter unit symbols that, written onto a number in news copy, label a seat, a flat, a route or a clause
# ("seated in 11A", "Route 9A", "Section 377A") far more often than they give amperes or teslas (spaced, "1.3
# A/cm2", they are still units).
_LABEL_LETTERS = frozenset({"A", "T"})


def unit_after(text: str, at: int, *, money: bool) -> tuple[str | None, int, float]:
    """(unit, end, scale) written after a number: attached ("10kW", "4.3M", "1.38pc") or after a
    space ("7.2 kW", "1.5 million", "35 miles per hour", "9 billion shekels")."""
    symbols, words = unit_surfaces()
    scale, pos = 1.0, at
    attached = _ATTACHED.match(text, pos)
    if attached:
        run = attached.group().rstrip("'\"/")
        after = pos + len(run)
        if run.lower() in {"st", "nd", "rd", "th"}:
            return "ordinal", after, scale  # "71st": not an amount (the caller drops it)
        if run.startswith("%"):
            return "%", pos + 1, scale
        unit = None if money or run in _LABEL_LETTERS else _lookup(run, symbols, words)
        if unit is not None and run not in SCALE_LETTERS and not (after < len(text) and text[after].isalpha()):
            return unit, after, scale
        if run in SCALE_LETTERS and (run not in {"m", "M"} or money or _word_follows(text, after)):
            scale, pos = SCALE_LETTERS[run], after  # "$13.6M", "40k", "2.7m people" (not "37m (121ft)")
        elif unit is not None and run in SCALE_LETTERS:
            return unit, after, scale  # "37m (121ft)": metres
    # spaced scale words and units
    rest = text[pos:]
    while m := re.match(r"[ -](?P<w>hundred|thousand|million|billion|trillion|bn|mn|mln|tn|lakhs?|crores?)\b", rest):
        scale *= SCALE_WORDS.get(m["w"], SCALE_LETTERS.get(m["w"], 1.0))  # "4 hundred million"
        pos += m.end()
        rest = text[pos:]
    if rest.startswith("%"):
        return "%", pos + 1, scale
    multiple = _MULTIPLE.match(text, pos)
    if multiple is not None and not money:
        return "times", multiple.end(), scale  # "5-fold", "three times higher", "6.5 times earnings"
    magnitude = _MAGNITUDE_AFTER.match(text, pos)
    if magnitude is not None and not money and scale == 1.0:
        return "magnitude", magnitude.end(), scale  # "a 6.4-magnitude quake", "5.9 on the Richter scale"
    trailing = _currency_after(text, pos)
    if trailing is not None and not money:
        return trailing[0], trailing[1], scale  # "950€", "150 JPY", "1,200 €"
    hyphen_rate = re.match(r"[ -](?P<unit>[A-Za-z]+)-(?:a|an|per)-(?P<den>[A-Za-z]+)\b", rest)
    if hyphen_rate and not money and (unit := _lookup(hyphen_rate["unit"], symbols, words)):
        den = _denominator(hyphen_rate["den"], per=False)
        if den is not None:
            return f"{unit} per {den}", pos + hyphen_rate.end(), scale  # "a 52,000 barrel-a-day refinery"
    joined = re.match(r"-(?P<w>[a-z]+)\b", rest) if scale > 1 and text[pos - 1].isalpha() else None
    if joined and not money and (code := currency_after_scale(joined["w"])):
        return code, pos + joined.end(), scale  # "a 100 billion-real debt"
    m = re.match(r"[ -](?P<run>(?:[A-Za-zµμ°²/][\w°²/.-]*)(?: [A-Za-z][\w/]*){0,3})", rest)
    if m and not money and m["run"].split(" ")[0] not in _SPACED_NOT_UNITS:
        tokens = m["run"].split(" ")
        dimension = _DIMENSION.fullmatch(tokens[0].rstrip(".,;:"))
        if dimension and (unit := _lookup(dimension["unit"], symbols, words)):
            return unit, pos + 1 + len(dimension["unit"]), scale  # "a 2.5-metre-high fence", "a 3-mile-long queue"
        for n in range(len(tokens), 0, -1):
            phrase = " ".join(tokens[:n]).rstrip(".,;:-")  # "287 miles- and …": the dash is not the unit's
            unit = _lookup(phrase, symbols, words) if n == 1 else words.get(phrase.lower())
            unit = unit or (currency_words().get(phrase.lower()) if not money else None)
            if not unit and n == 1 and not money:
                unit = _shared_currency(phrase, text)  # "200 shillings" in an article about Kenya
            if unit and not (n == 1 and len(phrase) == 1 and phrase in {"a", "A", "I", "s"}):
                end = pos + 1 + len(phrase)
                return unit, end, scale
        numerator = re.match(r"([A-Za-zµμ°]+)/[A-Za-z]", tokens[0])
        if numerator and (unit := _lookup(numerator.group(1), symbols, words)):
            return unit, pos + 1 + len(numerator.group(1)), scale  # "2.4 A/cm2", "0.8 mg/L": the rate follows
    return None, pos, scale


# A multiple: "5-fold", "2.5fold", or "times" before a comparison ("three times higher", "four
# times as many") or a base ("6.5 times earnings", "ten times the size", "2.6 times Ukraine's GDP");
# not a count of occasions ("arrested three times", "three times a week", "three times in 2020").
_MULTIPLE_TAIL = (
    r"(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger|faster|slower|longer|shorter|wider|"
    r"deeper|taller|heavier|cheaper|costlier|dearer|worse|better|stronger|weaker|as|the|that|those|what|its|their|"
    r"his|her|our|over|earnings|sales|revenue|revenues|profit|profits|income|book|forward|ebitda)\b"
)
_MULTIPLE = re.compile(r"(?:-?fold\b| times\b(?= (?:" + _MULTIPLE_TAIL + r"|[A-Z][\w.]*['’]s\b)))", re.IGNORECASE)
# An earthquake's magnitude, written after the figure or before it ("magnitude 7.8", "a magnitude of 6").
_MAGNITUDE_AFTER = re.compile(r"(?:-| )magnitude\b|\s+on the (?:Richter|moment magnitude) scale\b", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitudes?(?: of)? $", re.IGNORECASE)
# A measure used as an adjective of size: "2.5-metre-high", "10-foot-tall", "3-mile-long".
_DIMENSION = re.compile(r"(?P<unit>[A-Za-z]+)-(?:high|long|wide|deep|tall|thick)")


def _shared_currency(word: str, text: str) -> str | None:
    """A currency name several countries share and none owns in English ("shillings", "dinars",
    "kwacha", "rials"): the code of the one country the article names most, else None (no unit
    is better than another country's)."""
    return currency_in_context(word.lower(), text) if shared_currency_word(word) is not None else None


def _lookup(surface: str, symbols: dict[str, str], words: dict[str, str]) -> str | None:
    """Press abbreviations first ("p" is pence, "pc" per cent), then symbols (case matters:
    "mW" is not "MW"), then words."""
    return press_unit(surface) or symbols.get(surface.replace("μ", "µ")) or words.get(surface.lower())


def _word_follows(text: str, at: int) -> bool:
    """A lowercase word right after: "2.7m people" (million), not "37m (121ft)" (metres); or a
    nationality in the plural ("1.5m Syrians")."""
    m = re.match(r" ([a-z]+)", text[at : at + 30])
    if m is None:
        people = re.match(r" ([A-Z][a-z]+)s\b", text[at : at + 30])
        return people is not None and people.group(1).lower() in DEMONYM_TO_COUNTRY
    word = m.group(1)
    if word in {"in", "of", "to", "and", "or", "long", "high", "wide", "deep", "tall"}:
        return False
    # "above the record of 4.76m set in 1941" beside "5.33m (17.5ft)": metres, as the other length
    return not (word in _AFTER_A_LENGTH and _length_in_sentence(text, at))


# Words after a figure that count nothing ("4.76m last week", "4.1m on Monday", "4.76m set in 1941"),
# where a figure in millions would have its noun ("2.7m people") or be the subject ("1.3m fled").
_AFTER_A_LENGTH = frozenset(
    {
        "last",
        "this",
        "next",
        "on",
        "at",
        "above",
        "below",
        "over",
        "under",
        "by",
        "from",
        "for",
        "with",
        "across",
        "along",
        "into",
        "yesterday",
        "today",
        "earlier",
        "later",
        "ago",
        "before",
        "after",
        "when",
        "while",
        "as",
        "but",
        "than",
        "set",
        "recorded",
        "measured",
        "reached",
        "higher",
        "lower",
    }
)
# A length written with an unambiguous unit, or "m" read as metres by what follows it.
_LENGTH = re.compile(
    r"\d\s?(?:ft|feet|foot|inches|yards?|miles?|metres?|meters?|km|kilometres?|kilometers?|cm|mm)\b"
    r"|\dm(?: ?\(|[ -](?:high|long|wide|deep|tall)\b)"
)


def _length_in_sentence(text: str, at: int) -> bool:
    """The sentence around `at` writes a length elsewhere ("5.33m (17.5ft)", "3.2m high", "15 feet")."""
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    ends = [e for e in (text.find("\n", at), text.find(". ", at)) if e != -1]
    return _LENGTH.search(text, start, min(ends, default=len(text))) is not None


def _currency_after(text: str, at: int) -> tuple[str, int] | None:
    """A currency symbol or ISO code written after the amount ("950€", "1,200 €", "150 JPY")."""
    m = re.match(r" ?(?P<cur>[€£¥₹₩₽₪]|[A-Z]{3}\b)", text[at : at + 5])
    if m is None:
        return None
    code = currency_prefixes().get(m["cur"])
    if code is None or (m["cur"].isalpha() and m["cur"] != code):
        return None  # a three-letter word that is not itself an ISO code
    return code, at + m.end()


@cache
def _folded_symbols() -> frozenset[str]:
    """Symbols of four letters or more, case folded ("mmbtu"): long enough not to be a word's case variant."""
    return frozenset(symbol.lower() for symbol in unit_surfaces()[0] if len(symbol) > 3)


def _denominator(written: str, *, per: bool, slash: bool = False) -> str | None:
    """What a rate is per, singular ("barrel", "gram", "m2", "mmBtu"), or None when the word is not
    one a rate is given per. After "a"/"an" ("$3 a share") only the usual rate words count; after
    "per" or "/" any unit or time span does."""
    symbols, words = unit_surfaces()
    low = written.lower().replace("feet", "foot").replace("metres", "metre").replace("meters", "meter")
    low = re.sub(r"^(?:sq\.?|square) (m|km|ft|mi)$", r"\g<1>2", low).replace("ft2", "square foot")
    singular = low.removesuffix("s") if not low.endswith("ss") else low
    if singular in _RATE_DENOMINATORS or singular.replace(" ", "-") in _RATE_DENOMINATORS:
        return singular
    if not per:
        return None
    if singular in _TIME_DENOMINATORS or low.startswith(("square ", "cubic ")) or _AREA.match(low):
        return singular.replace("²", "2").replace("³", "3")
    folded = len(written) > 3 and written.lower() in _folded_symbols()
    if (len(written) > 1 or slash) and (written in symbols or folded):
        return written  # "per kWh", "per mmBTU": the symbol as written
    spaced = singular.replace("-", " ")
    if low in words or singular in words or spaced in words or spaced + "s" in words:
        return spaced  # "per tonne", "per megawatt hour" (the table holds "megawatt hours")
    if low == "annum":
        return "year"  # "4% per annum"
    if (
        written.isalpha()
        and written.islower()
        and len(written) > 2
        and low not in _PER_NOT_NOUNS
        and low not in SCALE_WORDS  # "$2.86 per thousand cubic feet": a number opens what it is per
        and low not in currency_words()  # "15,000 pounds per dollar": an exchange rate, read elsewhere
    ):
        return singular  # "$500 per voyage", "$2 per passenger": what the amount is counted per
    return None


# Words after "per" that are not what a rate is per: "per the contract" (according to), "per se"
_PER_NOT_NOUNS = frozenset({
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "se",
    "cent", "centum", "mille", "usual", "request", "reports", "report", "sources", "agreement", "contract", "rules",
})  # fmt: skip


def rate_after(text: str, at: int, unit: str) -> tuple[str, int]:
    """ "$71.10 per barrel", "1.2 million barrels a day": the denominator stays with the unit.
    A conversion in brackets between the figure and its rate does not break the rate, which
    then holds for both figures ("€9m ($9.8m) a year"); the span then ends at the unit."""
    m = _RATE.match(text, at)
    what = _OF_WHAT.match(text, at) if m is None and unit is not None else None
    after = _RATE.match(text, what.end()) if what is not None else None
    # "491 litres of rain per square metre": what is measured, then what the rate is per; "62,000 tonnes of food a
    # month": the span of time `_OF_WHAT` lets follow "a" too (not "a day earlier")
    if after is not None and (after["per"] is not None or not _NOT_RATE_AFTER.match(text, after.end())):
        den = _denominator(after["den"], per=True, slash=False)
        if den is not None and den != unit:
            return f"{unit} per {den}", after.end()
    if m is None:
        conversion = _CONVERSION_AFTER.match(text, at)
        if conversion is None and text.startswith(")", at) and text.rfind("(", 0, at) > text.rfind(")", 0, at):
            conversion = _CLOSE_BRACKET.match(text, at)  # the converted figure itself: "($9.8m) a year"
        if conversion is None or not _RATE.match(text, conversion.end()):
            return unit, at
        rated, _ = rate_after(text, conversion.end(), unit)
        return rated, at
    per = m["per"] is not None
    if not per and _NOT_RATE_AFTER.match(text, m.end()):
        return unit, at
    den = _denominator(m["den"], per=per, slash=m["slash"] is not None)
    if m["mod"] is not None and f"{m['mod']} {m['den']}".lower() in unit_surfaces()[1]:
        den = _denominator(f"{m['mod']} {m['den']}", per=per)  # "per metric ton": a unit's own name
    if den is None or den == unit or (den == "cent" and unit == "%"):
        return unit, at
    if not per and den in {"second", "minute"} and _ORDINAL_NOUN_AFTER.match(text, m.end()):
        return unit, at  # "won 40 seats a second time": the ordinal, not a rate
    return f"{unit} per {den}", m.end()


# A noun after "a second"/"a minute" that makes it an ordinal or a measure of its own ("a second time", "a
# second round", "a minute's silence"): any word but a preposition or conjunction.
_ORDINAL_NOUN_AFTER = re.compile(
    r"(?:'|’|\s+(?!(?:and|or|but|in|on|at|from|to|into|through|as|for|while|when|with|of|during|until|after|"
    r"before|since|by|over|across|under|each|every)\b)[A-Za-z])"
)


# Symbols with a second reading, taken when the words around the figure call for it (the first
# reading stays the default): "kn" is the knot and the Croatian kuna's symbol (ISO 4217 HRK; CLDR);
# "F" is degrees Fahrenheit and the farad.
_SECOND_READINGS = {
    ("kn", "knot"): ("HRK", re.compile(r"\b(?:costs?|price[ds]?|pa(?:y|id|ys)|salar(?:y|ies)|wages?|fines?d?|fees?|"
                                         r"worth|budget|sold|sells?|buy|bought|earn(?:s|ed)?|spen[dt]|tax(?:es)?|"
                                         r"kunas?|croatia[n]?|euros?)\b", re.I)),
    ("F", "°F"): ("farad", re.compile(r"\b(?:capacit(?:or|ors|ance)|(?:super|ultra)capacitors?|farads?)\b", re.I)),
}  # fmt: skip


def _disambiguate(text: str, start: int, end: int, number_end: int, unit: str) -> str:
    """The second reading of an ambiguous unit symbol when the sentence around it calls for it."""
    symbol = text[number_end:end].strip()
    second = _SECOND_READINGS.get((symbol, unit))
    if second is None:
        return unit
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return second[0] if second[1].search(text[left:right]) else unit


# "1/16 of a pint", "1⁄32": a fraction (with the fraction slash, or "/" before "of")
_DIGIT_FRACTION = re.compile(r"(?:⁄(?P<den1>\d+)|/(?P<den2>\d{1,3})(?= of\b))")
_SCIENTIFIC = re.compile(r"\s?[×x]\s?10(?:\^|\*\*)?(?P<exp>[−-]?\d{1,3})")
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b\.?|GMT|UTC|BST|EST|EDT|PST|CET|IST)")


def amount_at(text: str, match: re.Match[str], *, joined: bool = False) -> Amount | None:
    """The amount whose number is `match`, with what is written around it. `joined`: the second
    end of a range ("5-10W"), which a dash may precede."""
    start = match.start()
    fraction = _DIGIT_FRACTION.match(text, match.end())
    if fraction is not None and "/" not in text[max(0, start - 1) : start]:
        den = fraction["den1"] or fraction["den2"]
        if float(den):
            end = fraction.end()
            return Amount(start, end, start, end, float(match.group().replace(",", "")) / float(den), None, False)
    slash = text[match.end() : match.end() + 1] == "/"
    priced_per = slash and text[match.end() + 1 : match.end() + 2].isalpha() and _currency_before(text, start)
    if _CLOCK.match(text, match.end()) or text[match.end() : match.end() + 1] == ":" or (slash and not priced_per):
        return None  # a time of day ("5am", "12:15") or a ratio or date ("24/7", "3/4/2022"), not "$80/barrel"
    minus_word = text[max(0, start - 6) : start].lower() == "minus-"
    below = sub_prefixed(text, start)  # "sub-7 nanometre chips": below 7
    glued = start >= 2 and text[start - 1] in "-/" and text[start - 2].isalnum()
    if not joined and glued and not (minus_word or below):
        return None  # "A321-200", "24/7", "ISO 9001-2015"
    currency = _currency_before(text, start)
    sign_at = currency[1] if currency else start
    sign, sign_start = _sign_before(text, sign_at)
    if currency is None and sign_start != start:
        currency = _currency_before(text, sign_start)  # "-$3.2bn"
    if sign_start == sign_at and currency is not None:
        sign, _ = _sign_before(text, start)  # "$-50.8bn"
    first = currency[1] if currency else sign_start
    if below and first == start:
        first = start - 4
    if first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_@#/"):
        return None  # inside a word or an identifier ("A321", "M21", "#5")
    value = float(match.group().replace(",", ""))
    number_end = match.end()
    scientific = _SCIENTIFIC.match(text, number_end)
    if scientific is not None:
        value *= 10.0 ** int(scientific["exp"].replace("−", "-"))  # "1.99×10−30"
        number_end = scientific.end()
    if sign < 0 and text[sign_start : sign_start + 1] in "-−" and re.search(r"\b[A-Z]{2,} $", text[:sign_start]):
        return None  # "COVID -19": part of a name
    unit, end, scale = unit_after(text, number_end, money=currency is not None)
    if unit == "ordinal":
        return None
    glued_code = currency is not None and currency[1] == start - 3 and text[currency[1] : start].isalpha()
    if glued_code and scale == 1.0 and re.fullmatch(r"\d{1,2}", match.group()):
        return None  # "COP26", "G7"-like names: a code glued to a small whole number names a thing, not a sum
    if (
        unit is None
        and currency is None
        and value <= 12
        and (before := _MAGNITUDE_BEFORE.search(text, max(0, first - 14), first))
    ):
        unit, first = "magnitude", before.start()  # "a magnitude 7.8 earthquake", "of magnitude 6.1"
    if currency is not None:
        unit = currency[0]
    if unit is not None and currency is None:
        unit = _disambiguate(text, start, end, number_end, unit)
    if unit is not None:
        unit, end = rate_after(text, end, unit)
    return Amount(
        start=min(first, sign_start),
        end=end,
        number_start=match.start(),
        number_end=number_end,
        value=sign * value * scale,
        unit=unit,
        scaled=scale != 1.0,
    )


def sub_prefixed(text: str, at: int) -> bool:
    """ "sub-7": a figure written with "sub-" is an upper bound (qualifier less_than)."""
    return at >= 4 and text[at - 4 : at].lower() == "sub-" and (at == 4 or not text[at - 5].isalnum())


_JOINER = re.compile(r"\s*(?:-|–|—|to|and|through)\s*")


def scan(text: str) -> list[Quantity]:
    """Every amount written in digits, ranges joined ("3% to 8%", "$20 to $25 billion",
    "between 2% and 4%", "5-10W")."""
    out: list[Quantity] = []
    matches = list(NUMBER.finditer(text))
    i, consumed = 0, 0
    while i < len(matches):
        if matches[i].start() < consumed:
            i += 1
            continue  # inside the last amount ("1⁄32", "1.99×10−30")
        first = amount_at(text, matches[i])
        i += 1
        if first is None:
            continue
        consumed = first.end
        second = None
        while i < len(matches) and matches[i].start() < consumed:
            i += 1  # digits inside the unit ("1.3 A/cm2 to 0.03 A/cm2")
        if i < len(matches):
            joiner = _JOINER.match(text, first.end)
            nxt = amount_at(text, matches[i], joined=True)
            if joiner and nxt is not None and nxt.start == joiner.end() and _joins(text, first, joiner.group(), nxt):
                if _DASH_RANGE.match(text, nxt.end) and joiner.group().strip() == "to":
                    first = _borrow_scale(text, first, matches[i + 1 :])  # "from 12.5 to 18-20 billion euros"
                else:
                    second = nxt
                    i += 1
        if second is None:
            out.append(Quantity(first.start, first.end, first.number_start, first.number_end, first.value, None,
                                first.unit))  # fmt: skip
            continue
        low, unit = first.value, second.unit or first.unit  # "$62 and $68 per share": the fuller one
        if second.scaled and not first.scaled and abs(low) <= abs(_unscaled(text, second)):
            low *= second.value / _unscaled(text, second)  # "$20 to $25 billion" (not "$200 to $4 million")
        consumed = second.end
        out.append(Quantity(first.start, second.end, first.number_start, second.number_end, low, second.value, unit))
    return out


_DASH_RANGE = re.compile(r"[-–]\d")
# A month name (or its abbreviation) right before a number: the number is a day ("Oct. 21", "March 3").
_DAY_OF_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december)\.?\s+$",
    re.IGNORECASE,
)


def _borrow_scale(text: str, first: Amount, rest: list[re.Match[str]]) -> Amount:
    """ "from 12.5 to 18-20 billion euros": the first figure, bare, takes the scale and unit the
    range after it ends with (the range is read on its own)."""
    if first.scaled or first.unit is not None or not rest:
        return first
    last = amount_at(text, rest[0], joined=True)
    if last is None or not last.scaled or abs(first.value) > abs(_unscaled(text, last)):
        return first
    factor = last.value / _unscaled(text, last)
    return Amount(first.start, first.end, first.number_start, first.number_end, first.value * factor, last.unit, True)


def _unscaled(text: str, amount: Amount) -> float:
    number = float(text[amount.number_start : amount.number_end].replace(",", ""))
    return number if number else 1.0


# A verb of change right before an amount, which is then the change ("rose 120 points to 8,450"): general English.
_CHANGED = re.compile(
    r"\b(?:rose|gained|fell|dropped|lost|added|climbed|jumped|slipped|declined|tumbled|surged|slid|sank|advanced"
    r"|eased|shed|soared|plunged|plummeted)\s*$",
    re.IGNORECASE,
)


def _joins(text: str, first: Amount, joiner: str, second: Amount) -> bool:
    """Two amounts are one range when nothing tells them apart: "4.28% to Y=28,030" (a change
    and a price) and "30 kW to 20 hp" are not."""
    base = [u.split(" per ")[0] if u else None for u in (first.unit, second.unit)]
    if base[0] and base[1] and base[0] != base[1]:
        return False
    by = re.search(r"\bby\s*$", text[max(0, first.start - 6) : first.start])
    changed = _CHANGED.search(text[max(0, first.start - 14) : first.start])  # "gained $3.66 to $73.56"
    # ("approved it by 335-91": a tally of votes, written tight, is no change then a level; a poll's "by 43%-41%" is
    # two shares)
    tight = joiner in {"-", "–"} and first.unit is None and second.unit is None
    if (by or changed) and not tight and not (0 < first.value < second.value <= 3 * first.value):
        return False  # "rose by $43.6 billion to $419.2 billion": a change, then a level ("by 1 to 1.5" is a range)
    year = first.unit is None and 1900 <= first.value <= 2100 and first.value.is_integer()
    if year and second.unit is not None:
        return False  # "in 2008 to 29 mpg": a year
    if year and re.search(r"\b(?:in|since|by|during|of)\s+$", text[max(0, first.start - 8) : first.start]):
        return False  # "from 505,430 in 2000 to 5.2 million in 2019": a year, then the figure the change reached
    if first.unit == "%" and (second.unit or "").split(" per ")[0] != "%":
        return False  # (but "15% to 20% a month" is one range, at the rate the second end gives)
    if first.unit is None and _DAY_OF_MONTH.search(text[max(0, first.start - 12) : first.start]):
        return False  # "the total since Oct. 21 to 374": a day of the month, then a figure
    word = joiner.strip()
    if word == "and":
        before = text[max(0, first.start - 10) : first.start].lower()
        return "between" in before
    if word in {"-", "–", "—"}:
        return joiner == word or first.unit is not None  # "5-10W", "$3 - $5"
    return True
