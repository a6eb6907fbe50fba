"""Lenient date parsing and unambiguous date display.

People type dates the way they say them: "3 Dec 2pm", "tomorrow 10am",
"next tuesday 9:15", "in 2 weeks".  This module turns such text into
datetimes and shows datetimes back in a form nobody can misread
("Thu 3 Dec 2026, 14:30 (GMT)").

Rules for reading text:

* Numeric dates are read day-first by default (UK style), so "3/12/2026"
  is 3 December 2026.  Pass ``dayfirst=False`` for US-style input.
* Relative words are handled here, not by dateutil: ``today``,
  ``tomorrow``, ``yesterday``, ``<weekday>`` / ``this <weekday>`` (the
  coming one, today included), ``next <weekday>`` (strictly after today),
  ``last <weekday>`` (strictly before today), ``in N days|weeks`` and
  ``N days|weeks ago``.  Each may be followed by a time ("10am", "9:15",
  "14:30", "noon", "midnight"), optionally introduced by "at".
* Anything missing is filled from ``default`` (for instance the date of the
  scheduled session when only a time is typed).  Relative words without a
  time take the time of ``default``, or midnight when there is no default.
* Years before 2000 or after 2100 are refused: they are almost always typos.

Every failure is a :class:`DateParseError` (a ``ValueError``) whose message
is a single sentence that can be shown to the user as it is.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "DateParseError",
    "MIN_YEAR",
    "MAX_YEAR",
    "parse_when",
    "parse_date",
    "fmt_when",
    "fmt_date",
    "fmt_time",
    "fmt_duration",
    "humanize_until",
    "localize",
    "get_zone",
]

MIN_YEAR = 2000
MAX_YEAR = 2100

_EXAMPLES = 'try "2026-12-03 14:30" or "3 Dec 2pm"'
_DATE_EXAMPLES = 'try "2026-12-03", "3 Dec" or "next friday"'

_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12,
}

_TIME_RE = r"(?:(?:at|@)\s+)?(?P<time>\S+(?:\s*(?:am|pm|a\.m\.|p\.m\.))?)"
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_NUM = r"\d{1,4}|" + "|".join(_NUMBER_WORDS)

_RELATIVE_PATTERNS = [
    ("day", re.compile(r"^(?P<word>today|tonight|tomorrow|tmrw|tmr|yesterday)(?:\s+" + _TIME_RE + r")?$")),
    ("weekday", re.compile(r"^(?:(?P<which>this|next|last|coming)\s+)?(?P<wd>" + _WD + r")(?:\s+" + _TIME_RE + r")?$")),
    ("in", re.compile(r"^in\s+(?P<n>" + _NUM + r")\s+(?P<unit>days?|weeks?|fortnights?)(?:\s+" + _TIME_RE + r")?$")),
    ("ago", re.compile(r"^(?P<n>" + _NUM + r")\s+(?P<unit>days?|weeks?|fortnights?)\s+ago(?:\s+" + _TIME_RE + r")?$")),
]

_CLOCK_RE = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$"
)


_ISO_START_RE = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:$|[\sT])")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_SIGNED_NUMBER_RE = re.compile(r"^\s*[-+]\s*\d+\s*$")


class DateParseError(ValueError):
    """Text could not be read as a date; the message is meant for the user."""


def get_zone(tz: str | tzinfo) -> tzinfo:
    """Return a tzinfo for an IANA name such as "Europe/London"."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f'"{tz}" is not a time zone name we know — use a name like "Europe/London".') from exc


def localize(naive: datetime, tz: str | tzinfo) -> datetime:
    """Attach ``tz`` to a naive wall-clock time, normalising awkward times.

    * A wall-clock time that does not exist (inside the spring-forward gap,
      e.g. 01:30 on the last Sunday of March in London) is read with the
      offset in force before the gap and so comes out shifted forward by
      the length of the gap (01:30 -> 02:30 BST).  This is the rule of
      RFC 5545 section 3.3.5, so calendar programs reading our .ics files
      place such a session at the same instant we do.
    * A wall-clock time that happens twice (the fall-back hour) is the
      first of the two (``fold=0``), again as RFC 5545 says.
    """
    zone = get_zone(tz)
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(timezone.utc).astimezone(zone)


def _quote(text: str) -> str:
    shown = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    if len(shown) > 40:
        shown = shown[:37].rstrip() + "..."
    return f'"{shown}"'


def _fail(text: str) -> DateParseError:
    shown = _quote(text)
    what = "that" if shown == '""' else shown
    return DateParseError(f"Could not read {what} as a date — {_EXAMPLES}.")


def _parse_clock(text: str) -> time | None:
    """Read a time of day such as "10am", "9:15", "14:30", "noon"."""
    t = text.strip().lower()
    if t in ("noon", "midday"):
        return time(12, 0)
    if t == "midnight":
        return time(0, 0)
    m = _CLOCK_RE.match(t)
    if not m:
        return None
    hour = int(m.group("h"))
    minute = int(m.group("m") or 0)
    ampm = m.group("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    elif m.group("m") is None:
        # A bare number such as "14" is not obviously a time.
        return None
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _count(word: str) -> int:
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)


def _relative(text: str, today: date) -> tuple[date, time | None] | None:
    """Resolve relative words.  Returns None when the text is not relative.

    Raises DateParseError when the text is relative but the time part or
    the size is unusable.
    """
    low = " ".join(text.lower().replace(",", " ").split())
    for kind, pattern in _RELATIVE_PATTERNS:
        m = pattern.match(low)
        if not m:
            continue
        clock = None
        if m.group("time"):
            clock = _parse_clock(m.group("time"))
            if clock is None:
                raise _fail(text)
        if kind == "day":
            word = m.group("word")
            if word in ("today", "tonight"):
                return today, clock
            if word == "yesterday":
                return today - timedelta(days=1), clock
            return today + timedelta(days=1), clock
        if kind == "weekday":
            wd = _WEEKDAYS[m.group("wd")]
            which = m.group("which")
            if which == "last":
                back = (today.weekday() - wd) % 7 or 7
                return today - timedelta(days=back), clock
            ahead = (wd - today.weekday()) % 7
            if which == "next" and ahead == 0:
                ahead = 7
            return today + timedelta(days=ahead), clock
        n = _count(m.group("n"))
        unit = m.group("unit")
        days = n * (14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1)
        if days > 366 * (MAX_YEAR - MIN_YEAR + 1):
            raise DateParseError(f"{_quote(text)} is too far away — pick a date between {MIN_YEAR} and {MAX_YEAR}.")
        sign = 1 if kind == "in" else -1
        try:
            return today + timedelta(days=sign * days), clock
        except OverflowError:
            raise DateParseError(f"{_quote(text)} is too far away — pick a date between {MIN_YEAR} and {MAX_YEAR}.") from None
    return None


def _check_year(text: str, value: datetime) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise DateParseError(
            f"The year {value.year} in {_quote(text)} looks like a typo — pick a date between {MIN_YEAR} and {MAX_YEAR}."
        )


def _parse(text: str, *, default: datetime | None, zone: tzinfo | None, dayfirst: bool,
           now: datetime | None) -> datetime:
    if not isinstance(text, str):
        raise DateParseError("A date is needed as text, for example \"3 Dec 2pm\".")
    if not text.strip():
        raise DateParseError(f"A date is needed — {_EXAMPLES}.")
    if len(text) > 200:
        raise DateParseError(f"That is too long to be a date — {_EXAMPLES}.")

    # Reference "now", and the default as naive wall-clock time in the zone.
    if now is None:
        now = datetime.now(zone) if zone is not None else datetime.now()
    elif zone is not None and now.tzinfo is not None:
        now = now.astimezone(zone)
    base_default = default
    if base_default is not None and base_default.tzinfo is not None and zone is not None:
        base_default = base_default.astimezone(zone)
    naive_default = (
        base_default.replace(tzinfo=None) if base_default is not None
        else datetime.combine(now.date(), time(0, 0))
    )

    rel = _relative(text, now.date())
    if rel is not None:
        day, clock = rel
        if clock is None:
            clock = naive_default.time() if default is not None else time(0, 0)
        result = datetime.combine(day, clock)
    else:
        result = _dateutil_parse(text, naive_default, dayfirst)

    _check_year(text, result)
    return result


def _dateutil_parse(text: str, naive_default: datetime, dayfirst: bool) -> datetime:
    from dateutil import parser as du_parser  # imported lazily: start-up speed

    cleaned = re.sub(r"\b(noon|midday)\b", "12:00", text, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bmidnight\b", "00:00", cleaned, flags=re.IGNORECASE)
    # "2026-12-03" is ISO year-month-day whatever the day-first preference.
    yearfirst = bool(_ISO_START_RE.match(cleaned))
    if yearfirst:
        dayfirst = False

    def run(dflt: datetime) -> datetime:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return du_parser.parse(cleaned, default=dflt, dayfirst=dayfirst, yearfirst=yearfirst)

    if _SIGNED_NUMBER_RE.match(cleaned):
        raise _fail(text)
    try:
        result = run(naive_default)
        if not isinstance(result, datetime):
            raise _fail(text)
        if not _FOUR_DIGITS_RE.search(cleaned):
            # dateutil reads a lone number that cannot be a day ("32 Dec") as
            # a two-digit year.  Parse with two different defaults to see which
            # parts really came from the text and refuse that reading.
            a = run(datetime(2001, 1, 1))
            b = run(datetime(2002, 2, 2))
            if a.year == b.year and a.month == b.month and a.day != b.day:
                raise _fail(text)
    except DateParseError:
        raise
    except Exception:  # dateutil raises many kinds of error on odd input
        raise _fail(text) from None
    return result


def parse_when(text: str, *, default: datetime | None = None, tz: str | None = None,
               dayfirst: bool = True, now: datetime | None = None) -> datetime:
    """Read a date and time typed by a person.

    ``default`` fills the parts the text leaves out.  ``tz`` (an IANA name)
    makes the result aware in that zone: text without an offset is read as
    wall-clock time there, text with an offset ("...Z", "+01:00") is
    converted.  Without ``tz`` the result is naive unless the text carried
    an offset or ``default`` is aware (then its zone is used).  ``now``
    anchors relative words such as "tomorrow" (defaults to the clock).

    Raises DateParseError (a ValueError) with a user-facing message.
    """
    zone = get_zone(tz) if tz is not None else None
    if zone is None and default is not None and default.tzinfo is not None:
        zone = default.tzinfo
    result = _parse(text, default=default, zone=zone, dayfirst=dayfirst, now=now)
    if zone is None:
        return result
    try:
        if result.tzinfo is not None:
            converted = result.astimezone(zone)
        else:
            converted = localize(result, zone)
    except (OverflowError, ValueError):
        raise _fail(text) from None
    _check_year(text, converted)
    return converted


def parse_date(text: str, *, today: date | None = None, dayfirst: bool = True) -> date:
    """Read a date typed by a person; any time in the text is ignored.

    Relative words ("tomorrow", "next tuesday", "in 2 weeks") count from
    ``today`` (defaults to the clock).
    """
    now = datetime.combine(today, time(0, 0)) if today is not None else None
    try:
        result = _parse(text, default=now, zone=None, dayfirst=dayfirst, now=now)
    except DateParseError as exc:  # a date-only field: suggest dates, not times
        raise DateParseError(str(exc).replace(_EXAMPLES, _DATE_EXAMPLES)) from None
    if result.tzinfo is not None:
        result = result.replace(tzinfo=None)
    return result.date()


# ----------------------------------------------------------------------------
# Display
# ----------------------------------------------------------------------------

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(d: date | datetime) -> str:
    """"Thu 3 Dec 2026" — weekday, day, month name, full year."""
    return f"{_DAY_ABBR[d.weekday()]} {d.day} {_MONTH_ABBR[d.month - 1]} {d.year}"


def fmt_time(dt: datetime | time) -> str:
    """"14:30" — 24-hour clock."""
    return f"{dt.hour:02d}:{dt.minute:02d}"


def _zone_label(dt: datetime) -> str:
    name = dt.tzname() or ""
    if not name or name[0] in "+-":
        offset = dt.utcoffset() or timedelta(0)
        total = int(offset.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        hours, minutes = divmod(abs(total), 60)
        return f"UTC{sign}{hours:02d}:{minutes:02d}" if minutes else f"UTC{sign}{hours:02d}"
    return name


def fmt_when(dt: datetime) -> str:
    """"Thu 3 Dec 2026, 14:30 (GMT)"; the zone is left out for naive times."""
    text = f"{fmt_date(dt)}, {fmt_time(dt)}"
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        text += f" ({_zone_label(dt)})"
    return text


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def fmt_duration(td: timedelta) -> str:
    """Describe a signed time span: "in 2 days 3 hours", "in 45 minutes", "3 days ago".

    Spans are rounded to the minute.  From a week upwards only days are
    shown; below that at most two units.
    """
    total_minutes = round(td.total_seconds() / 60)
    if total_minutes == 0:
        return "now"
    future = total_minutes > 0
    minutes = abs(total_minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 7:
        if hours >= 12:
            days += 1
        parts = [_plural(days, "day")]
    elif days:
        parts = [_plural(days, "day")] + ([_plural(hours, "hour")] if hours else [])
    elif hours:
        parts = [_plural(hours, "hour")] + ([_plural(mins, "minute")] if mins else [])
    else:
        parts = [_plural(mins, "minute")]
    text = " ".join(parts)
    return f"in {text}" if future else f"{text} ago"


def humanize_until(target: datetime, now: datetime) -> str:
    """fmt_duration(target - now), e.g. "in 2 days 3 hours"."""
    if (target.tzinfo is None) != (now.tzinfo is None):
        zone = target.tzinfo or now.tzinfo
        target = target if target.tzinfo else target.replace(tzinfo=zone)
        now = now if now.tzinfo else now.replace(tzinfo=zone)
    if target.tzinfo is not None:
        # Subtract real instants, not wall-clock readings.
        return fmt_duration(target.astimezone(timezone.utc) - now.astimezone(timezone.utc))
    return fmt_duration(target - now)
