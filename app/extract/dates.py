"""Resolving date expressions against the article's publication date.

Only expressions that name one day are resolved ("Friday", "on Tuesday", "November 12",
"12 November 2021", "yesterday"); vaguer ones ("earlier this week") give None, never a guess.
"""

import re
from datetime import date, timedelta

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
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(match: re.Match[str], published: date | None) -> date | None:
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        return _safe_date(int(match.group("year")), month, day)
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    # News reports the past: a month later than publication means last year.
    if candidate and candidate > published + timedelta(days=31):
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def resolve_day(expression: str, published: date | None) -> date | None:
    """The single day an expression names, or None."""
    text = expression.strip()
    if match := _ISO.search(text):
        return _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
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


def resolve_year(expression: str, published: date | None) -> int | None:
    """The year named by "last year", "in 2020" and the like."""
    if published is not None and _LAST_YEAR.search(expression):
        return published.year - 1
    if match := re.search(r"\b(19|20)\d{2}\b", expression):
        return int(match.group(0))
    return None
