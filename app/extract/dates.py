"""Resolving date expressions against the article's publication date.

`resolve_day` resolves expressions that name one day ("Friday", "on Tuesday", "November 12",
"12 November 2021", "yesterday"). `resolve_period` also resolves a month ("in October",
"last month"), a calendar quarter ("in the third quarter", "Q3 2022") or a year ("last year's",
"in 2020") and says which: the date is then the first day of that month, quarter or year and the
precision is "month", "quarter" or "year". Vaguer expressions
("earlier this week", "recent years") give None, never a guess.
"""

import re
from datetime import date, timedelta

from app.extract.numbers import SMALL

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# (the year may be said relative to publication: "Feb. 24 last year")
_WHICH_YEAR = r"(?:,?\s+(?P<year>\d{4})|\s+(?P<which>last|this|next)\s+year)?\b"
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _WHICH_YEAR, re.I)
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + _WHICH_YEAR, re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
_RELATIVE_YEAR = re.compile(
    r"^(?:(?:in|during|of|for)\s+)?(?:the\s+)?(?P<which>last|this|previous|past|next)\s+year(?:'s|’s)?$", re.I
)
# "the start of the year", "the beginning of last year", "the start of 2022": its first month.
_START_OF_YEAR = re.compile(
    r"^(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the|this)\s+year|(?P<last>last|the\s+previous)\s+year|(?P<year>\d{4}))$",
    re.I,
)
_RELATIVE_MONTH = re.compile(r"^(?:(?:in|during|of)\s+)?(?P<which>last|this|previous|next)\s+month(?:'s|’s)?$", re.I)
# A deadline's own words: "by the end of 2025", "no later than June 2025" (the time is the period named).
_DEADLINE = re.compile(r"^(?:no later than\s+|by\s+|before\s+)?(?:the\s+)?end\s+of\s+|^no later than\s+", re.I)
_STRESSED = re.compile(r"\s+alone$", re.I)
_MONTH_ONLY = re.compile(
    r"^(?:(?:in|during|of|early|late|mid)\s+|mid-)?(?:(?:early|late)\s+|mid-)?(?:(?P<rel>last|this|next)\s+)?"
    + _MONTH
    + r"(?:,?\s+(?P<year>\d{4})|\s+(?P<which>last|this|next)\s+year)?(?:'s|’s)?$",
    re.I,
)
# A calendar quarter: "the third quarter", "Q3 2022", "the fourth quarter of 2020", "last quarter".
_QUARTER = re.compile(
    r"^(?:(?:in|during|of|for)\s+)?(?:the\s+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter"
    r"(?:\s+of\s+(?:(?P<year>\d{4})|(?:the\s+)?(?P<which>this|last|previous|next)\s+year|the\s+year))?"
    r"|(?P<q>q[1-4])(?:\s+(?P<qyear>\d{4}))?|(?P<rel>last|this|next)\s+quarter)(?:'s|’s)?$",
    re.I,
)
_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A run of months: "between January and March", "April to June 2023", "October through December",
# "the April-June period".
_MONTH_RANGE = re.compile(
    rf"^(?:(?:between|from|in|during)\s+)?(?:the\s+)?(?P<first>{_MONTH_NAME})(?:\s+(?P<year1>\d{{4}}))?"
    rf"\s*(?:and|to|through|until|-|–)\s*(?P<last>{_MONTH_NAME})(?:,?\s+(?P<year2>\d{{4}}))?(?:\s+period)?$",
    re.I,
)
# A stretch of days written with their months after "between" ("between May 10 and June 6", "between 3 and 9
# March"): counted from its first day on (not a poll's or an event's dates: "conducted March 11-13").
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_RANGE = re.compile(
    rf"^between\s+(?:{_MONTH_NAME}\s+{_DAY}|{_DAY}(?:\s+{_MONTH_NAME})?)(?:,?\s+\d{{4}})?"
    rf"\s*(?:and|to|through|until|-|–)\s*(?:{_MONTH_NAME}\s+{_DAY}|{_DAY}(?:\s+{_MONTH_NAME})?|{_DAY})(?:,?\s+\d{{4}})?$",
    re.I,
)
# The opening part of a year: "the first nine months of the year", "the first half of 2023".
_OPENING_PART = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+first\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    r"\s+months|(?P<half>half))(?P<of>\s+of\s+(?:(?P<year>\d{4})|(?:the\s+)?(?P<which>this|last|previous)\s+year|the\s+year))?$",
    re.I,
)
# The closing half of a named year: "the second half of last year", "the second half of 2023".
_CLOSING_HALF = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+(?:second|latter)\s+half\s+of\s+"
    r"(?:(?P<year>\d{4})|(?:the\s+)?(?P<which>this|last|previous)\s+year)$",
    re.I,
)
# A stretch of months ending in a named month, as statistics offices write it: "the three months to
# December", "the 12 months to March 2024", "the six months ended June".
_MONTHS_TO = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?the\s+(?P<n>two|three|four|five|six|nine|twelve|\d{1,2})\s+months\s+"
    rf"(?:to|through|until|ending(?:\s+in)?|ended(?:\s+in)?)\s+(?P<last>{_MONTH_NAME})(?:,?\s+(?P<year>\d{{4}}))?$",
    re.I,
)


def period_relation(expression: str) -> str | None:
    """ "since" for a stretch of months that is no single month or quarter ("between May and August",
    "the first nine months of the year"): the figure is counted from its first month on."""
    text = " ".join(expression.split())
    if match := _MONTH_RANGE.match(text):
        return None if _range_quarter(match) else "since"
    if match := _OPENING_PART.match(text):
        return None if _opening_months(match) == 3 else "since"
    if _CLOSING_HALF.match(text):
        return "since"
    if match := _MONTHS_TO.match(text):
        found = _months_to(match, None)
        return None if found is not None and found[1] == "quarter" else "since"
    if _DAY_RANGE.match(text) and any(m in text.lower() for m in MONTHS):
        return "since"  # "between May 10 and June 6": from May 10 on
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else SMALL[word.lower()]


def _months_to(match: re.Match[str], published: date | None) -> tuple[date, str] | None:
    """The first month of "the N months to <month>": a quarter when N is three and the month ends one."""
    n, last = _count(match["n"]), MONTHS[match["last"].lower().rstrip(".")]
    if not 1 <= n <= 24:
        return None
    if match["year"]:
        year = int(match["year"])
    elif published is not None:
        year = published.year if last <= published.month else published.year - 1
    else:
        year = 2000  # only the shape is asked for (period_relation)
    months = year * 12 + last - 1 - (n - 1)
    first = date(months // 12, months % 12 + 1, 1)
    return first, "quarter" if n == 3 and last % 3 == 0 else "month"


def _range_quarter(match: re.Match[str]) -> bool:
    first, last = MONTHS[match["first"].lower().rstrip(".")], MONTHS[match["last"].lower().rstrip(".")]
    same_year = match["year1"] is None or match["year2"] is None or match["year1"] == match["year2"]
    return same_year and first % 3 == 1 and last == first + 2


def _opening_months(match: re.Match[str]) -> int:
    if match["half"]:
        return 6
    return _count(match["n"])


def _months_period(text: str, published: date | None) -> tuple[date, str] | None:
    """A run of months or the opening part of a year: its first month, at quarter precision when it is
    exactly a calendar quarter ("between April and June", "the first three months of 2023")."""
    if match := _MONTH_RANGE.match(text):
        first = MONTHS[match["first"].lower().rstrip(".")]
        written = match["year1"] or match["year2"]
        if match["year1"] is None and match["year2"] is not None and first > MONTHS[match["last"].lower().rstrip(".")]:
            written = str(int(match["year2"]) - 1)  # "December to February 2023": from December 2022
        if written:
            year = int(written)
        elif published is not None:
            year = published.year if first <= published.month else published.year - 1
        else:
            return None
        return date(year, first, 1), "quarter" if _range_quarter(match) else "month"
    if match := _OPENING_PART.match(text):
        if match["year"]:
            year = int(match["year"])
        elif published is None or (not match["of"] and (match["half"] or published.month <= _opening_months(match))):
            # "in the first three months", written before they are over: of which year is unsaid ("the first
            # half" alone is as often a match's)
            return None
        else:  # ("in the first three months" after them: of this year)
            year = published.year - (1 if (match["which"] or "").lower() in {"last", "previous"} else 0)
        return date(year, 1, 1), "quarter" if _opening_months(match) == 3 else "month"
    if match := _CLOSING_HALF.match(text):
        if match["year"]:
            return date(int(match["year"]), 7, 1), "month"
        if published is None:
            return None
        return date(published.year - (match["which"].lower() != "this"), 7, 1), "month"
    if match := _MONTHS_TO.match(text):
        return _months_to(match, published) if match["year"] or published is not None else None
    return None


# The rank words of a quarter ("the third quarter", "the final quarter").
QUARTER_NUMBERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}
_YEAR_ONLY = re.compile(
    r"^(?:(?:in|during|of)\s+)?(?:(?:early|late)\s+|mid-|mid\s+)?(?P<year>(?:19|20)\d{2})(?:'s|’s)?$", re.I
)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day (29 February in a year without it)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(match: re.Match[str], published: date | None) -> date | None:
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        return safe_date(int(match.group("year")), month, day)
    if published is None:
        return None
    if match.group("which"):  # "Feb. 24 last year"
        return safe_date(published.year + {"last": -1, "this": 0, "next": 1}[match.group("which").lower()], month, day)
    candidate = safe_date(published.year, month, day)
    # News reports the past: a month later than publication means last year.
    if candidate and candidate > published + timedelta(days=31):
        candidate = safe_date(published.year - 1, month, day)
    return candidate


def resolve_day(expression: str, published: date | None) -> date | None:
    """The single day an expression names, or None."""
    text = expression.strip()
    if match := _ISO.search(text):
        return safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if match := pattern.search(text):
            return _month_day(match, published)
    if published is None:
        return None
    lowered = text.lower()
    if re.search(r"\btoday\b", lowered):
        return published
    if re.search(r"\byesterday\b", lowered):
        return published - timedelta(days=1)
    if match := _WEEKDAY.search(text):
        target = WEEKDAYS.index(match.group("weekday").lower())
        back = (published.weekday() - target) % 7
        if match.group("last") and back == 0:
            back = 7
        return published - timedelta(days=back)
    return None


Precision = str  # "day" | "month" | "quarter" | "year"


def ends_this_period(expression: str) -> bool:
    """ "the end of the year", "by the end of the month": a period named by its end alone, read as
    the one the text is written in (a target's date; a past narrative says no year)."""
    whole = " ".join(expression.split())
    return _DEADLINE.sub("", whole).lower() in {"the year", "the month"} and _DEADLINE.match(whole) is not None


# "the same period of 2022", "the same time last year": a span of an earlier year, dated by that year.
_SAME_SPAN = re.compile(
    r"^(?:(?:in|during|over|for)\s+)?(?:the\s+)?same\s+(?:period|time|quarter|month|week|months|weeks|season|stretch)"
    r"\s+(?:(?:of|in)\s+)?(?P<year>.+)$",
    re.I,
)


def names_the_same_span(expression: str) -> bool:
    """ "the same period of 2022", "the same month last year": a span of another year, like one named before."""
    return _SAME_SPAN.match(" ".join(expression.split())) is not None


def resolve_period(expression: str, published: date | None) -> tuple[date, Precision] | None:
    """The day, month or year an expression names, as (first day, precision), or None.

    Month and year forms must be the whole expression ("last year's", "in October 2021"), so a
    longer phrase such as "the start of last year" is not read as the year itself (it is its
    first month)."""
    if day := resolve_day(expression, published):
        return day, "day"
    # ("this year alone", "in March alone": the period, stressed)
    text = _STRESSED.sub("", _DEADLINE.sub("", " ".join(expression.split())))
    if ends_this_period(expression) and published is not None:
        # "by the end of the year": the end of the year it is written in
        return (
            (date(published.year, 1, 1), "year") if text.lower() == "the year" else (published.replace(day=1), "month")
        )
    if match := _YEAR_ONLY.match(text):
        return date(int(match["year"]), 1, 1), "year"
    if match := _MONTH_ONLY.match(text):
        month = MONTHS[match["month"].lower()]
        if match["year"]:
            return date(int(match["year"]), month, 1), "month"
        if published is None:
            return None
        if match["which"]:  # "in March last year"
            return date(published.year + {"last": -1, "this": 0, "next": 1}[match["which"].lower()], month, 1), "month"
        if match["rel"]:
            # "last October": the latest October before the month of publication; "next March": the first after it
            rel = match["rel"].lower()
            if rel == "last":
                return date(published.year if month < published.month else published.year - 1, month, 1), "month"
            if rel == "next":
                return date(published.year if month > published.month else published.year + 1, month, 1), "month"
            return date(published.year, month, 1), "month"
        year = published.year if month <= published.month else published.year - 1
        return date(year, month, 1), "month"
    if match := _QUARTER.match(text):
        return _quarter(match, published)
    if (
        (match := _SAME_SPAN.match(text))
        and (earlier := resolve_period(match["year"], published))
        and earlier[1] == "year"
    ):
        return earlier
    if months := _months_period(text, published):
        return months
    if (match := _START_OF_YEAR.match(text)) and match["year"]:
        return date(int(match["year"]), 1, 1), "month"  # ("since the start of 2022": since January 2022)
    if published is None:
        return None
    if match := _START_OF_YEAR.match(text):
        return date(published.year - (1 if match["last"] else 0), 1, 1), "month"
    if match := _RELATIVE_YEAR.match(text):
        back = {"this": 0, "next": -1}.get(match["which"].lower(), 1)
        if match["which"].lower() == "past":
            return None  # "the past year" is the last twelve months, not a calendar year
        return date(published.year - back, 1, 1), "year"
    if match := _RELATIVE_MONTH.match(text):
        first = published.replace(day=1)
        if match["which"].lower() == "next":
            first = (first + timedelta(days=32)).replace(day=1)
        elif match["which"].lower() != "this":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, "month"
    return None


def _quarter(match: re.Match[str], published: date | None) -> tuple[date, Precision] | None:
    """A quarter's first day: with its year when written, else the latest such quarter that has
    begun by publication ("the third quarter" in a November article: this year's)."""
    if match["rel"]:
        if published is None:
            return None
        index = (published.year * 4 + (published.month - 1) // 3) + {"this": 0, "next": 1}.get(match["rel"].lower(), -1)
        return date(index // 4, index % 4 * 3 + 1, 1), "quarter"
    number = int(match["q"][1]) if match["q"] else QUARTER_NUMBERS[match["ord"].lower()]
    written = match["year"] or match["qyear"]
    if written:
        return date(int(written), number * 3 - 2, 1), "quarter"
    if published is None:
        return None
    year = published.year + {"this": 0, "next": 1, "last": -1, "previous": -1}.get(
        (match["which"] or "this").lower(), 0
    )
    if not match["which"] and date(year, number * 3 - 2, 1) > published:
        year -= 1  # news reports the past: a quarter not yet begun is last year's
    return date(year, number * 3 - 2, 1), "quarter"


def resolve_year(expression: str, published: date | None) -> int | None:
    """The year named by "last year", "in 2020" and the like."""
    if published is not None and _LAST_YEAR.search(expression):
        return published.year - 1
    if match := re.search(r"\b(19|20)\d{2}\b", expression):
        return int(match.group(0))
    return None
