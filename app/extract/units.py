"""Units of measure and currencies, from maintained vocabularies.

- Units: quantulum3's unit table (`quantulum3/units.json`, MIT; surfaces, symbols and the SI
  prefixes each symbol takes), read as data — quantulum3's parser is not used.
- Currencies: ISO 4217 codes and names from pycountry, and quantulum3's currency symbols.
- A short supplement for what neither has, with its source: British/press abbreviations (AP and
  Guardian style guides: "pc", "bhp", "mpg", "sq m"), and the prefixed dollar forms of CLDR's
  narrow currency symbols ("HK$", "A$", "$US"…).

`UNIT_SURFACES` maps a lowercased surface or case-sensitive symbol to the unit we report: an
ISO 4217 code for money, a short symbol for common measures (km, kg, %, °C…) and quantulum3's
unit name otherwise ("brake horsepower", "milliampere-hour").
"""

import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

# SI prefixes as quantulum3 lists them on a unit's symbols.
_PREFIX_NAMES = {
    "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega", "k": "kilo", "h": "hecto",
    "da": "deca", "d": "deci", "c": "centi", "m": "milli", "μ": "micro", "µ": "micro", "u": "micro",
    "n": "nano", "p": "pico", "f": "femto", "a": "atto", "z": "zepto", "y": "yocto",
}  # fmt: skip
# The short form reported for the measures news uses most (else quantulum3's name).
SHORT_FORMS = {
    "percentage": "%", "metre": "m", "kilometre": "km", "centimetre": "cm", "millimetre": "mm",
    "mile": "mi", "foot": "ft", "inch": "in", "yard": "yd", "kilogram": "kg", "gram": "g",
    "milligram": "mg", "tonne": "t", "ton": "t", "pound-mass": "lb", "litre": "l", "millilitre": "ml",
    "hectare": "ha", "acre": "acre", "square kilometre": "km2", "square mile": "mi2", "square metre": "m2",
    "kilometre per hour": "km/h", "mile per hour": "mph", "degree Celsius": "°C", "degree fahrenheit": "°F",
    "degree Fahrenheit": "°F", "barrel": "bbl", "watt": "W", "kilowatt": "kW", "megawatt": "MW",
    "gigawatt": "GW", "kilowatt hour": "kWh", "megawatt hour": "MWh", "gigawatt hour": "GWh",
    "terawatt hour": "TWh", "horsepower": "hp", "hertz": "Hz",
    "gigahertz": "GHz", "gigabyte": "GB", "hectopascal": "hPa",
}  # fmt: skip
# What neither vocabulary has (see the module docstring for sources).
_SUPPLEMENT = {
    "pc": "%", "pct": "%", "per cent": "%", "percent": "%", "percentage points": "percentage point",
    "percentage point": "percentage point", "points": "point", "basis points": "basis point",
    "bhp": "brake horsepower", "brake horsepower": "brake horsepower", "mpg": "mile per gallon",
    "miles per gallon": "mile per gallon", "sq m": "m2", "sqm": "m2", "sq km": "km2", "sq ft": "square foot",
    "square km": "km2", "square kms": "km2", "sq. km": "km2", "sq mi": "mi2", "sq. mi": "mi2", "square mi": "mi2",
    "sq miles": "mi2", "sq. miles": "mi2",
    "square feet": "square foot", "kph": "km/h", "km/hr": "km/h", "kmh": "km/h", "km per hour": "km/h",
    "kilometers per hour": "km/h", "km/h": "km/h", "m2": "m2", "km2": "km2", "kilometres per hour": "km/h",
    "c": "°C", "f": "°F",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "celsius": "°C", "fahrenheit": "°F",
    "tonnes": "t", "tons": "t", "lbs": "lb", "pounds": "lb", "pound": "lb", "barrels": "bbl",
    "mbps": "megabit per second", "gbps": "gigabit per second", "mah": "milliampere-hour",
    "mile per gallon": "mile per gallon", "sen": "sen", "pence": "GBX", "p": "GBX", "cents": "cent", "cent": "cent",
    # other hundredths of a currency that prices are quoted in (a loaf "20 piastres", a fare "50 kopecks")
    "piastres": "piastre", "piastre": "piastre", "piasters": "piastre", "piaster": "piastre",
    "kopecks": "kopeck", "kopeck": "kopeck", "kopeks": "kopeck", "paise": "paisa", "centavos": "centavo",
    # torque, as car reviews write it (SAE J1349 quotes torque in lb-ft and N·m)
    "pound-feet": "pound-foot", "pound-foot": "pound-foot", "pound feet": "pound-foot", "lb-ft": "pound-foot",
    "lb.-ft.": "pound-foot", "lb ft": "pound-foot", "foot-pounds": "pound-foot", "ft-lb": "pound-foot",
    "ft-lbs": "pound-foot", "newton-metres": "newton metre", "newton metres": "newton metre", "nm": "newton metre",
    # the nautical mile (1,852 m; BIPM SI Brochure, 9th ed., Table 8), which quantulum3 lacks
    "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "megawatt hours": "MWh", "gigawatt hours": "GWh", "terawatt hours": "TWh", "megawatt-hours": "MWh",
    "gigawatt-hours": "GWh", "kilowatt-hours": "kWh", "terawatt-hours": "TWh",
    # air pressure as weather services report it (WMO: 1 millibar = 1 hectopascal); quantulum3 has
    # bar and its symbols' prefixes, not the prefixed name
    "millibar": "hPa", "millibars": "hPa", "mbar": "hPa", "hectopascals": "hPa", "hectopascal": "hPa",
    "kpa": "kilopascal",
    # oil output as the trade press writes it (barrels per day; OPEC and the EIA report in b/d)
    "bpd": "bbl per day", "b/d": "bbl per day",
    # river flow as South Asian water authorities report it (cusec: a cubic foot per second; cumec: a cubic metre
    # per second, Oxford English Dictionary), which quantulum3 lists only by the full names
    "cusec": "cubic foot per second", "cusecs": "cubic foot per second",
    "cumec": "cubic metre per second", "cumecs": "cubic metre per second",
}  # fmt: skip
# Energy symbols quantulum3 lists only as kWh (no prefixes on it).
_SUPPLEMENT_SYMBOLS = {"mL": "ml", "ml": "ml", "cc": "ml", "L": "l", "Wh": "watt hour", "MWh": "MWh", "GWh": "GWh",
                       "TWh": "TWh", "Nm": "newton metre", "N·m": "newton metre"}  # fmt: skip
# Dimensionless units that are measures in news ("12 ppb", "a 25 basis point cut"); quantulum3's other
# dimensionless entries (pair, set, dozen, gross, turn…) are counts, read as numbers elsewhere.
_DIMENSIONLESS_MEASURES = frozenset({"percentage", "parts-per-million", "parts-per-billion", "parts-per-trillion",
                                     "basis point", "per mille"})  # fmt: skip
# quantulum3 units whose names and symbols are everyday words in news copy and almost never measures
# there ("22 league games", "four straight World Cups", "16 billion b"): not read as units.
_NEWS_NOUNS = frozenset({"league", "cup", "barn", "span", "drop", "quad", "shake", "henry", "gal", "gray", "darcy",
                         "maxwell", "langley", "faraday", "rhe", "kip", "tex", "stere", "nibble"})  # fmt: skip
# Currencies named by nationality + "crown(s)", the usual English rendering in wire copy.
_CROWNS = {"danish": "DKK", "swedish": "SEK", "norwegian": "NOK", "czech": "CZK", "icelandic": "ISK"}
# Prefixed dollar and other local forms (CLDR narrow symbols), and the ASCII transliterations
# of £ and ¥ ("PS", "Y=") that wire copy folded to ASCII carries; the latter only touching digits.
_CURRENCY_PREFIXES = {
    "US$": "USD", "$US": "USD", "US $": "USD", "U.S. $": "USD", "$": "USD", "HK$": "HKD", "HK $": "HKD",
    "A$": "AUD", "$A": "AUD", "AU$": "AUD", "AUD$": "AUD", "C$": "CAD", "CA$": "CAD", "$C": "CAD",
    "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₴": "UAH", "₺": "TRY",
    "RM": "MYR", "Rs": "INR", "Rs.": "INR",
    # (CLDR narrow symbols of the rupiah, Kenyan shilling, taka, Namibian dollar and Egyptian pound; the rand's "R"
    # is read in quantities.py, only in an article about South Africa)
    "Rp": "IDR", "KSh": "KES", "Ksh": "KES", "Tk": "BDT", "N$": "NAD", "E£": "EGP",
    "PS": "GBP", "Y=": "JPY",
}  # fmt: skip
# ("Rs 2.5 crore", "Tk 500 crore" are spaced as often as not)
_ATTACHED_ONLY = frozenset({"PS", "Y=", "RM", "Rp", "KSh", "Ksh"})
# Durations and ages are not claims (a figure's time is its refers_to, not a quantity).
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})


def _quantulum_units() -> dict[str, dict]:  # type: ignore[type-arg]
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "units.json"
    data: dict[str, dict] = json.loads(path.read_text(encoding="utf-8"))  # type: ignore[type-arg]
    return data


def _report_name(name: str) -> str:
    return SHORT_FORMS.get(name, name)


@cache
def unit_surfaces() -> tuple[dict[str, str], dict[str, str]]:
    """(symbols, words): case-sensitive symbols ("kW", "m", "Hz") and lowercased words
    ("kilowatt", "kilowatts", "miles per gallon") → the unit we report."""
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        entity = unit.get("entity")
        if entity == "currency" or (entity == "dimensionless" and name not in _DIMENSIONLESS_MEASURES):
            continue
        if name in _NEWS_NOUNS:
            continue
        if name.split()[0] in DURATION_UNITS or entity == "time":
            continue
        report = _report_name(name)
        for surface in [name, *unit.get("surfaces", [])]:
            low = surface.lower()
            words.setdefault(low, report)
            words.setdefault(_plural(low), report)
        for symbol in unit.get("symbols", []):
            symbols.setdefault(symbol, report)
            for prefix in unit.get("prefixes", []):
                report_prefixed = _report_name(_PREFIX_NAMES.get(prefix, "") + name)
                symbols.setdefault(prefix + symbol, report_prefixed)
                for surface in [name, *unit.get("surfaces", [])]:
                    prefixed = (_PREFIX_NAMES.get(prefix, "") + surface).lower()
                    words.setdefault(prefixed, report_prefixed)
                    words.setdefault(_plural(prefixed), report_prefixed)
    for surface, report in _SUPPLEMENT.items():
        words[surface] = report
    symbols.update(_SUPPLEMENT_SYMBOLS)
    for junk in ("in", "a", "an", "at", "are", "as", "is", "or", "on", "it", "no", "do", "go", "us", "we", "me"):
        words.pop(junk, None)  # quantulum3 surfaces that are common words ("in" = inch, "a" = are)
    return symbols, words


def _plural(word: str) -> str:
    head, _, rest = word.partition(" per ")
    if head.endswith(("s", "x", "z")) or head.endswith("ch"):
        plural = head + "es" if not head.endswith("s") else head
    elif head.endswith("y") and not head.endswith(("ay", "ey", "oy")):
        plural = head[:-1] + "ies"
    elif head.endswith("foot"):
        plural = head[:-4] + "feet"
    else:
        plural = head + "s"
    return f"{plural} per {rest}" if rest else plural


# ISO 4217 codes that are no money a news figure is counted in: precious metals (XAU "Gold", XAG "Silver",
# XPT, XPD: "15 tonnes of gold" weighs a metal), bond-market and development-bank units of account (XBA-XBD,
# XUA "ADB Unit of Account": "under 15 account for 70%" is no amount; XSU, the regional "Sucre"), the testing and
# no-currency codes (XTS, XXX), and the funds and indexed units kept beside a country's currency (BOV, CHE, CHW,
# CLF, COU, MXV, USN, UYI, UYW) — ISO 4217's own list of funds and special codes.
_NOT_MONEY = frozenset({
    "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XUA", "XTS", "XXX", "XSU",
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
})  # fmt: skip


@cache
def _money() -> tuple[Any, ...]:
    """ISO 4217 currencies (pycountry's copy of the standard) without the codes that are no money."""
    return tuple(c for c in pycountry.currencies if c.alpha_3 not in _NOT_MONEY)


@cache
def _money_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in _money())


def is_money(unit: str | None) -> bool:
    """A currency (an ISO 4217 code, or pence "GBX"), not a rate of one ("USD per barrel")."""
    return unit is not None and (unit == "GBX" or unit in _money_codes())


@cache
def currency_prefixes() -> dict[str, str]:
    """Symbols and codes written before an amount ("$", "HK$", "USD", "RM") → ISO 4217 code."""
    out = {c.alpha_3: c.alpha_3 for c in _money()}
    for unit in _quantulum_units().values():
        code = unit.get("currency_code")
        if unit.get("entity") == "currency" and code:
            for symbol in unit.get("symbols", []):
                if len(symbol) > 1 or not symbol.isalpha():
                    out.setdefault(symbol, code)
    out.update(_CURRENCY_PREFIXES)
    return out


@cache
def currency_words() -> dict[str, str]:
    """Currency names written after an amount ("euros", "Australian dollars", "yen") → ISO code."""
    out: dict[str, str] = {}
    for currency in _money():
        name = currency.name.lower()
        out.setdefault(name, currency.alpha_3)
        out.setdefault(_plural(name), currency.alpha_3)
        out.setdefault(name + "s", currency.alpha_3)  # "zlotys" beside "zloties"
        last = name.split()[-1]
        if len(name.split()) > 1:
            out.setdefault(last if last != "dollar" else "", "")
    out.pop("", None)
    for name, unit in _quantulum_units().items():
        code = unit.get("currency_code")
        if unit.get("entity") == "currency" and code:
            for surface in [name, *unit.get("surfaces", [])]:
                out.setdefault(surface.lower(), code)
                out.setdefault(_plural(surface.lower()), code)
    out.update({"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
                "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
                "shekels": "ILS", "shekel": "ILS", "ringgit": "MYR", "roubles": "RUB", "rubles": "RUB",
                "won": "KRW", "francs": "CHF", "krone": "DKK", "kronor": "SEK", "zloty": "PLN",
                "zlotych": "PLN"})  # fmt: skip
    for nationality, code in _CROWNS.items():
        out[f"{nationality} crowns"] = out[f"{nationality} crown"] = code
    # a currency name only one ISO 4217 currency ends in ("lira" → TRY, "hryvnias" → UAH), written bare
    for last, named in _currencies_by_last_word().items():
        if len(named) == 1 and last not in _ENGLISH_WORDS and not out.get(last):
            code = named[0][1]
            for form in (last, last + "s", _plural(last)):
                if not out.get(form):
                    out[form] = code
    for plural, singular in IRREGULAR_CURRENCY_PLURALS.items():
        if out.get(singular):
            out.setdefault(plural, out[singular])  # "10 reais": the real
    out.pop("pound", None)
    out.pop("pounds", None)  # "pounds" alone is more often weight in running text; "£" is money
    return out


def currency_after_scale(word: str) -> str | None:
    """The code of the one ISO 4217 currency a word that is also everyday English ends the name of ("real",
    "dram"), for where only a currency fits: joined to a scale word ("a 100 billion-real debt"); else None."""
    named = _currencies_by_last_word().get(word.lower(), []) if word.lower() in _ENGLISH_WORDS else []
    return named[0][1] if len(named) == 1 else None


# Last words of ISO 4217 names that are everyday English words, never read as money when bare.
_ENGLISH_WORDS = frozenset(
    {
        "sum",
        "real",
        "dram",
        "mark",
        "unit",
        "gold",
        "silver",
        "fund",
        "code",
        "rate",
        "testing",
        "value",
        "pula",
        "vatu",
        "kip",
        "leone",
        "paanga",
        "ounce",
        "platinum",
        "palladium",
    }
)

_PRESS_SYMBOLS = frozenset({"p", "pc", "pct", "bhp", "mpg", "kph", "mph", "km/h", "km/hr", "sq m", "sqm", "m2", "km2"})


def press_unit(surface: str) -> str | None:
    """The supplement's reading of a short press abbreviation, which wins over a quantulum3 symbol."""
    low = surface.lower()
    if low in {"m2", "km2"}:
        return low
    return _SUPPLEMENT.get(low) if low in _PRESS_SYMBOLS else None


# The two CFA francs: ISO 4217 XOF, the West African CFA franc of the UEMOA states, and XAF, the Central African
# CFA franc of the CEMAC states (the member lists of the BCEAO and the BEAC), by country name and demonym.
_CFA_COUNTRIES = {
    "XOF": ("benin", "burkina", "ivory coast", "ivoire", "ivorian", "guinea-bissau", "mali", "malian", "niger",
            "nigerien", "senegal", "senegalese", "togo", "togolese"),
    "XAF": ("cameroon", "cameroonian", "central african", "chad", "chadian", "congo", "equatorial guinea", "gabon",
            "gabonese"),
}  # fmt: skip
_CFA = re.compile(r"\bcfa\s+francs?$", re.IGNORECASE)


def cfa_franc_in(text: str) -> str:
    """ "300 billion CFA francs": XAF in an article naming the Central African states more than the West African
    ones, else XOF (never the Swiss franc a bare "francs" is)."""
    count = _named_counts(text, _CFA_COUNTRIES, whole=True)
    return "XAF" if count["XAF"] > count["XOF"] else "XOF"


def unit_word(phrase: str) -> str | None:
    """The unit a phrase ends in when its head word is a unit or currency ("per cent", "rushing
    yards", "cents"), else None ("CFA francs": XOF here; `cfa_franc_in` reads which one from the article)."""
    symbols, words = unit_surfaces()
    stripped = phrase.strip()
    if _CFA.search(stripped):
        return "XOF"
    if (stripped in symbols and len(stripped) > 1) or stripped == "%":
        return symbols.get(stripped, "%")  # "km", "kWh", "%"
    low = stripped.lower()
    for candidate in (low, " ".join(low.split()[-2:]), low.split()[-1] if low else ""):
        found = words.get(candidate) or currency_words().get(candidate)
        if found and candidate not in {"point", "points", "c", "f", "p"}:
            return found
    last = low.split()[-1] if low else ""
    return shared_currency_word(last) if last not in _ENGLISH_WORDS else None  # "shillings": a currency, not whose


def shared_currency_word(word: str) -> str | None:
    """The name of a currency several countries share ("shilling" for "shillings", "kwacha", "leu" for "lei"),
    else None."""
    low = word.lower()
    forms = (low, low.rstrip("s"), IRREGULAR_CURRENCY_PLURALS.get(low))
    return next((form for form in forms if form in shared_currency_names()), None)


# Currency names whose plural English copies from the currency's own language ("20 million lei",
# "5,000 kronur", "10 reais", "50 soles"), plural → the singular ISO 4217 ends its name in.
IRREGULAR_CURRENCY_PLURALS = {"lei": "leu", "kroner": "krone", "kronur": "krona", "reais": "real",
                              "soles": "sol", "bolívares": "bolívar", "bolivares": "bolívar"}  # fmt: skip


def written_currency(name: str) -> str:
    """A pattern for a currency name as written after an amount: itself, with an "s", or its own plural."""
    plurals = [p for p, singular in IRREGULAR_CURRENCY_PLURALS.items() if singular == name.lower()]
    return "(?:" + "|".join([re.escape(name) + "s?", *map(re.escape, plurals)]) + ")"


def attached_only(prefix: str) -> bool:
    return prefix in _ATTACHED_ONLY


# Bare currency names several countries share ("rupees", "pesos", "dinars"), read from ISO 4217 (pycountry):
# every currency whose name ends in the word, keyed by the word. "dollar" stays USD (the usual reading of a
# bare "dollars" in English news); "pound" is left as weight (above).
_NOT_SHARED = frozenset({"dollar", "pound"})


@cache
def _currencies_by_last_word() -> dict[str, list[tuple[str, str]]]:
    """ISO 4217 names by their last word: "rupee" → [("indian", "INR"), ("sri lanka", "LKR"), …]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for currency in _money():
        words = currency.name.lower().split()
        out.setdefault(words[-1], []).append((" ".join(words[:-1]), currency.alpha_3))
    return out


@cache
def shared_currency_names() -> dict[str, list[tuple[str, str]]]:
    """word → [(the rest of the ISO name, code)] for the words that end two or more country names."""
    return {
        word: [(rest, code) for rest, code in named if rest]
        for word, named in _currencies_by_last_word().items()
        if word not in _NOT_SHARED and sum(1 for rest, _ in named if rest) > 1
    }


# The countries whose currency English calls "crowns" (koruna, krone, krona), by country and nationality.
_CROWN_COUNTRIES = {"CZK": ("czech",), "DKK": ("denmark", "danish"), "SEK": ("sweden", "swedish"),
                    "NOK": ("norway", "norwegian"), "ISK": ("iceland", "icelandic")}  # fmt: skip


def _named_counts(text: str, countries: dict[str, tuple[str, ...]], *, whole: bool = False) -> dict[str, int]:
    """How often the article names each code's countries (by the words listed; `whole`: whole words only)."""
    end = r"\b" if whole else ""
    return {
        code: sum(len(re.findall(rf"\b{re.escape(w)}{end}", text, re.IGNORECASE)) for w in words)
        for code, words in countries.items()
    }


def _crowns_in(text: str) -> str | None:
    """ "20 billion crowns" in an article about the Czech Republic: koruna (the country named most)."""
    counts = sorted(((n, code) for code, n in _named_counts(text, _CROWN_COUNTRIES).items()), reverse=True)
    return counts[0][1] if counts[0][0] and counts[0][0] > counts[1][0] else None


def currency_in_context(surface: str, text: str, *, any_name: bool = False) -> str | None:
    """The ISO code a bare shared currency name ("420 rupees") takes in an article that names one
    of its countries more than any other ("Sri Lanka", "Sri Lankan"), else None. Countries are
    matched by the stem of the ISO name ("sri la", "pakis", "keny"), so a name or a demonym does.
    `any_name`: also the names with a reading of their own ("pound", "dollar")."""
    word = IRREGULAR_CURRENCY_PLURALS.get(surface.lower(), surface.lower().rstrip("s"))
    if word == "crown":
        return _crowns_in(text)
    names = shared_currency_names()
    if any_name:
        names = {w: [(rest, code) for rest, code in named if rest] for w, named in _currencies_by_last_word().items()}
    candidates = names.get(word) or names.get(surface.lower())
    if not candidates:
        return None
    counts = []
    for country, code in candidates:
        stem = country[: max(4, len(country) - 3)]
        counts.append((len(re.findall(r"\b" + re.escape(stem), text, re.IGNORECASE)), code))
    counts.sort(reverse=True)
    if counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]
