"""The pair's meeting schedule: cadence, history of rules, skips and moves.

A pair agrees a rhythm ("every 2 weeks on Tuesday at 14:00, 60 minutes").
That agreement is a :class:`ScheduleRule`.  When they change the rhythm the
old rule is ended the day before the change and a new rule starts, so the
past stays as it was (:meth:`Schedule.change_rule_from`).  Single sessions
can be skipped or moved (:class:`SessionChange`).

Time handling
-------------
Sessions are generated as naive local wall-clock times and only then given
their zone, so a 14:00 session stays at 14:00 local time across daylight
saving changes.  Two awkward cases (see :func:`rmcoach.infra.dates.localize`):

* a session time inside the spring-forward gap (01:30 on the last Sunday of
  March in London) is shifted forward by the length of the gap (to 02:30
  BST), the rule RFC 5545 gives, so calendar programs agree with us;
* a session time in the repeated fall-back hour is the first of the two
  (``fold=0``).

Enumeration is bounded: a rule gives at most :data:`MAX_OCCURRENCES_PER_RULE`
sessions, and custom rules must produce a session within 400 years, so no
query can loop for ever.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator, cast

from rmcoach.infra.dates import fmt_date, get_zone, localize

if TYPE_CHECKING:
    from dateutil.rrule import rrule, rruleset

__all__ = [
    "MAX_OCCURRENCES_PER_RULE",
    "WEEKDAY_NAMES",
    "Cadence",
    "ScheduleRule",
    "SessionChange",
    "Occurrence",
    "Schedule",
    "DriftReport",
    "drift",
    "lead_for",
]

MAX_OCCURRENCES_PER_RULE = 20_000

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last", -2: "second to last"}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_KINDS = ("weekly", "every_n_weeks", "monthly_nth_weekday", "rrule")
_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_ALLOWED_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
                  "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST")
_MAX_INTERVAL = {"DAILY": 366, "WEEKLY": 104, "MONTHLY": 24, "YEARLY": 10}


def _ordinal(n: int) -> str:
    if n in _ORDINALS:
        return _ORDINALS[n]
    if n < 0:
        return f"{_ordinal(-n)} from last"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ----------------------------------------------------------------------------
# Custom RRULE text
# ----------------------------------------------------------------------------

def _split_rrule(text: str) -> list[tuple[str, str]]:
    """Split RRULE text into (NAME, VALUE) pairs, raising ValueError with a
    user-facing sentence on malformed text."""
    if not isinstance(text, str):
        raise ValueError("The repeat rule must be text such as \"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\".")
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:].strip()
    if not body:
        raise ValueError("The repeat rule is empty — write one such as \"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\".")
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for raw in body.split(";"):
        part = raw.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f'"{part}" in the repeat rule is not a NAME=VALUE pair, such as "FREQ=WEEKLY".')
        name, value = (s.strip().upper() for s in part.split("=", 1))
        if name not in _ALLOWED_PARTS:
            if name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
                raise ValueError(f"The session start time sets the time of day — remove {name} from the repeat rule.")
            raise ValueError(f'The repeat rule has "{name}", which we do not support — use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, COUNT or UNTIL.')
        if name in seen:
            raise ValueError(f"The repeat rule gives {name} twice — keep only one.")
        if not value or not re.fullmatch(r"[A-Z0-9+\-,]+", value):
            raise ValueError(f'The value "{value}" for {name} in the repeat rule is not valid.')
        seen.add(name)
        pairs.append((name, value))
    names = dict(pairs)
    if "FREQ" not in names:
        raise ValueError("The repeat rule needs a FREQ, for example \"FREQ=WEEKLY\".")
    if names["FREQ"] not in _FREQS:
        if names["FREQ"] in ("HOURLY", "MINUTELY", "SECONDLY"):
            raise ValueError("Sessions can repeat at most daily — use DAILY, WEEKLY, MONTHLY or YEARLY.")
        raise ValueError(f'The repeat rule has an unknown frequency "{names["FREQ"]}" — use DAILY, WEEKLY, MONTHLY or YEARLY.')
    if "COUNT" in names and "UNTIL" in names:
        raise ValueError("The repeat rule gives both COUNT and UNTIL — keep only one.")
    if "INTERVAL" in names:
        if not names["INTERVAL"].isdigit() or int(names["INTERVAL"]) < 1:
            raise ValueError("INTERVAL in the repeat rule must be a whole number of 1 or more.")
        limit = _MAX_INTERVAL[names["FREQ"]]
        if int(names["INTERVAL"]) > limit:
            raise ValueError(f"INTERVAL={names['INTERVAL']} is too long a gap for {names['FREQ']} — use at most {limit}.")
    if "COUNT" in names and (not names["COUNT"].isdigit() or int(names["COUNT"]) < 1):
        raise ValueError("COUNT in the repeat rule must be a whole number of 1 or more.")
    if "UNTIL" in names:
        _parse_until(names["UNTIL"])
    return pairs


def _parse_until(value: str) -> date | datetime:
    """UNTIL value: a date, a floating local date-time or a UTC date-time."""
    try:
        if re.fullmatch(r"\d{8}", value):
            return datetime.strptime(value, "%Y%m%d").date()
        if re.fullmatch(r"\d{8}T\d{6}Z", value):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        if re.fullmatch(r"\d{8}T\d{6}", value):
            return datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        pass
    raise ValueError(f'UNTIL={value} in the repeat rule is not a date — write it like "20261231".')


def _core_text(pairs: list[tuple[str, str]]) -> str:
    """The rule without COUNT and UNTIL (we apply those limits ourselves)."""
    return ";".join(f"{n}={v}" for n, v in pairs if n not in ("COUNT", "UNTIL"))


@lru_cache(maxsize=512)
def _rrule_for(core: str, dtstart: datetime) -> rrule | rruleset:
    from dateutil.rrule import rrulestr  # imported lazily: start-up speed

    return rrulestr(core, dtstart=dtstart)


@lru_cache(maxsize=512)
def _check_core(core: str, dtstart: datetime) -> None:
    """Raise ValueError unless the (unbounded) rule is valid for dateutil and
    produces at least one session within 400 years of ``dtstart``.

    The check runs on a copy of the rule moved forward by a multiple of 400
    years (the Gregorian calendar repeats exactly every 400 years) close to
    the year 9999, where dateutil stops by itself: an impossible rule such
    as "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" is detected quickly instead of
    searching thousands of years.
    """
    from dateutil.rrule import rrulestr

    # Same year modulo 400, so the same weekdays and leap years (29 Feb stays valid).
    probe_start = dtstart.replace(year=9200 + (dtstart.year % 400))
    try:
        rule = rrulestr(core, dtstart=probe_start)
        first = next(iter(rule), None)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise ValueError(f'The repeat rule "{core}" is not valid: {exc}.') from None
    if first is None:
        raise ValueError(f'The repeat rule "{core}" never produces a date — check BYMONTH and BYMONTHDAY.')


# ----------------------------------------------------------------------------
# Cadence
# ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Cadence:
    """How often the pair meets.

    kind "weekly" (on ``weekday``), "every_n_weeks" (``interval`` weeks, on
    ``weekday``), "monthly_nth_weekday" (the ``nth`` ``weekday`` of each
    month; ``nth`` 1..4 or -1 for the last) or "rrule" (custom RFC 5545
    RRULE text in ``rrule``, with or without the "RRULE:" prefix).
    Weekdays count 0 = Monday .. 6 = Sunday.
    """

    kind: str
    interval: int = 1
    weekday: int = 0
    nth: int = 1
    rrule: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f'"{self.kind}" is not a kind of cadence — use one of {", ".join(_KINDS)}.')
        if self.kind == "rrule":
            pairs = _split_rrule(self.rrule)
            normal = ";".join(f"{n}={v}" for n, v in pairs)
            object.__setattr__(self, "rrule", normal)
            return
        if not isinstance(self.weekday, int) or isinstance(self.weekday, bool) or not 0 <= self.weekday <= 6:
            raise ValueError("The weekday must be a number from 0 (Monday) to 6 (Sunday).")
        if self.kind == "every_n_weeks":
            if not isinstance(self.interval, int) or isinstance(self.interval, bool) or not 1 <= self.interval <= 52:
                raise ValueError("The number of weeks between sessions must be from 1 to 52.")
        if self.kind == "monthly_nth_weekday" and self.nth not in (1, 2, 3, 4, -1):
            raise ValueError("For a monthly cadence choose the 1st, 2nd, 3rd, 4th or last (-1) weekday.")

    # -- constructors ------------------------------------------------------
    @classmethod
    def weekly(cls, weekday: int) -> "Cadence":
        return cls("weekly", weekday=weekday)

    @classmethod
    def every_n_weeks(cls, interval: int, weekday: int) -> "Cadence":
        return cls("every_n_weeks", interval=interval, weekday=weekday)

    @classmethod
    def monthly(cls, nth: int, weekday: int) -> "Cadence":
        return cls("monthly_nth_weekday", nth=nth, weekday=weekday)

    @classmethod
    def parse_rrule(cls, text: str) -> "Cadence":
        """A custom cadence from RRULE text; ValueError with a clear sentence
        when the text is not a rule we can use."""
        pairs = _split_rrule(text)
        core = _core_text(pairs)
        _check_core(core, datetime.combine(date.today(), time(12, 0)))
        return cls("rrule", rrule=";".join(f"{n}={v}" for n, v in pairs))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "interval": self.interval, "weekday": self.weekday,
                "nth": self.nth, "rrule": self.rrule}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Cadence":
        return cls(kind=data["kind"], interval=int(data.get("interval", 1)),
                   weekday=int(data.get("weekday", 0)), nth=int(data.get("nth", 1)),
                   rrule=str(data.get("rrule") or ""))

    # -- queries -----------------------------------------------------------
    def _pairs(self) -> list[tuple[str, str]]:
        return _split_rrule(self.to_rrule())

    def to_rrule(self) -> str:
        """RRULE text without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"."""
        day = _RRULE_DAYS[self.weekday] if self.kind != "rrule" else ""
        if self.kind == "weekly":
            return f"FREQ=WEEKLY;BYDAY={day}"
        if self.kind == "every_n_weeks":
            if self.interval == 1:
                return f"FREQ=WEEKLY;BYDAY={day}"
            return f"FREQ=WEEKLY;INTERVAL={self.interval};BYDAY={day}"
        if self.kind == "monthly_nth_weekday":
            return f"FREQ=MONTHLY;BYDAY={self.nth}{day}"
        return self.rrule

    def core_rrule(self) -> str:
        """The RRULE text without any COUNT or UNTIL part."""
        return _core_text(self._pairs())

    def limits(self) -> tuple[int | None, date | datetime | None]:
        """(COUNT, UNTIL) written inside a custom rule, else (None, None)."""
        parts = dict(self._pairs())
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = _parse_until(parts["UNTIL"]) if "UNTIL" in parts else None
        return count, until

    def describe(self) -> str:
        """Plain words: "every 2 weeks on Tuesday", "monthly on the last Friday"."""
        if self.kind == "weekly" or (self.kind == "every_n_weeks" and self.interval == 1):
            return f"every week on {WEEKDAY_NAMES[self.weekday]}"
        if self.kind == "every_n_weeks":
            return f"every {self.interval} weeks on {WEEKDAY_NAMES[self.weekday]}"
        if self.kind == "monthly_nth_weekday":
            return f"monthly on the {_ordinal(self.nth)} {WEEKDAY_NAMES[self.weekday]}"
        return _describe_rrule(self._pairs())


def _describe_byday(value: str) -> list[str]:
    words = []
    for item in value.split(","):
        m = re.fullmatch(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", item)
        if not m:
            words.append(item)
            continue
        name = WEEKDAY_NAMES[_RRULE_DAYS.index(m.group(2))]
        words.append(f"the {_ordinal(int(m.group(1)))} {name}" if m.group(1) else name)
    return words


def _describe_rrule(pairs: list[tuple[str, str]]) -> str:
    parts = dict(pairs)
    freq = parts["FREQ"]
    n = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[freq]
    if n == 1:
        text = {"DAILY": "every day", "WEEKLY": "every week", "MONTHLY": "monthly", "YEARLY": "yearly"}[freq]
    else:
        text = f"every {n} {unit}s"
    if "BYMONTH" in parts:
        months = []
        for m in parts["BYMONTH"].split(","):
            months.append(_MONTH_NAMES[int(m) - 1] if m.isdigit() and 1 <= int(m) <= 12 else m)
        text += f" in {_join_words(months)}"
    if "BYSETPOS" in parts and "BYDAY" in parts:
        days = _describe_byday(parts["BYDAY"])
        positions = [_ordinal(int(p)) for p in parts["BYSETPOS"].split(",") if re.fullmatch(r"[+-]?\d+", p)]
        group = {"MO,TU,WE,TH,FR": "weekday", "SA,SU": "weekend day"}.get(
            ",".join(sorted(parts["BYDAY"].split(","), key=lambda d: _RRULE_DAYS.index(d) if d in _RRULE_DAYS else 9)))
        if group:
            text += f" on the {_join_words(positions)} {group}"
        else:
            text += f" on the {_join_words(positions)} of {_join_words(days)}"
    elif "BYDAY" in parts:
        text += f" on {_join_words(_describe_byday(parts['BYDAY']))}"
    if "BYMONTHDAY" in parts:
        days = []
        for d in parts["BYMONTHDAY"].split(","):
            days.append("the last day" if d == "-1" else f"the {_ordinal(int(d))}" if re.fullmatch(r"[+-]?\d+", d) else d)
        text += f" on {_join_words(days)}"
    if "BYYEARDAY" in parts:
        text += f" on day {parts['BYYEARDAY']} of the year"
    if "BYWEEKNO" in parts:
        text += f" in week {parts['BYWEEKNO']}"
    if "COUNT" in parts:
        text += f", {parts['COUNT']} time{'' if parts['COUNT'] == '1' else 's'}"
    if "UNTIL" in parts:
        until = _parse_until(parts["UNTIL"])
        text += f", until {fmt_date(until)}"
    return text


# ----------------------------------------------------------------------------
# Rules and changes
# ----------------------------------------------------------------------------

def _naive(dt: datetime) -> datetime:
    if dt.tzinfo is not None:
        raise ValueError("Give the session start as local wall-clock time without a zone; the zone is set separately.")
    return dt.replace(second=0, microsecond=0, fold=0)


def _dt_to_json(dt: datetime | None) -> str | None:
    return None if dt is None else dt.isoformat()


def _dt_from_json(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _required_dt(value: Any, name: str) -> datetime:
    found = _dt_from_json(value)
    if found is None:
        raise ValueError(f"the schedule has no {name} time")
    return found


def _date_from_json(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class ScheduleRule:
    """One schedule in force from ``start`` on.

    ``start`` is the naive local wall-clock time of the first session and
    must fall on the cadence (use :meth:`first_on_or_after` to find it).
    ``until`` (inclusive, a local date) or ``count`` end the rule; both may
    be given, the earlier limit wins.
    """

    cadence: Cadence
    start: datetime
    tz: str
    minutes: int
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.cadence, Cadence):
            raise ValueError("The cadence must be a Cadence.")
        if not isinstance(self.start, datetime):
            raise ValueError("The first session must be a date and time.")
        object.__setattr__(self, "start", _naive(self.start))
        get_zone(self.tz)
        if not isinstance(self.minutes, int) or isinstance(self.minutes, bool) or not 1 <= self.minutes <= 24 * 60:
            raise ValueError("A session must last between 1 minute and 24 hours.")
        if isinstance(self.until, datetime):
            object.__setattr__(self, "until", self.until.date())
        if self.until is not None and self.until < self.start.date():
            raise ValueError(f"The planned end ({fmt_date(self.until)}) is before the first session ({fmt_date(self.start)}).")
        if self.count is not None and (not isinstance(self.count, int) or isinstance(self.count, bool) or self.count < 1):
            raise ValueError("The number of sessions must be 1 or more.")
        core = self.cadence.core_rrule()
        _check_core(core, self.start)
        first = next(iter(_rrule_for(core, self.start)), None)
        if first != self.start:
            raise ValueError(
                f"The first session ({fmt_date(self.start)}) does not fall on the cadence "
                f"({self.cadence.describe()}) — the first matching day is {fmt_date(first) if first else 'never'}."
            )
        _, cad_until = self.cadence.limits()
        if cad_until is not None and not self._within_cadence_until(self.start, cad_until):
            raise ValueError("The repeat rule's UNTIL is before the first session.")

    @staticmethod
    def first_on_or_after(cadence: Cadence, earliest: datetime) -> datetime:
        """The first naive date-time on or after ``earliest`` (same time of day) that fits ``cadence``."""
        earliest = _naive(earliest)
        core = cadence.core_rrule()
        _check_core(core, earliest)
        # dateutil yields only dates that match the rule, so the first one it
        # gives from ``earliest`` is the first session (and, used as a start,
        # it yields itself first).
        return next(iter(_rrule_for(core, earliest)))

    def _within_cadence_until(self, naive: datetime, cad_until: date | datetime) -> bool:
        if isinstance(cad_until, datetime):
            if cad_until.tzinfo is None:
                return naive <= cad_until
            return localize(naive, self.tz) <= cad_until
        return naive.date() <= cad_until

    def describe(self) -> str:
        """"every 2 weeks on Tuesday at 14:00 for 60 minutes, from Tue 1 Dec 2026"."""
        text = (f"{self.cadence.describe()} at {self.start:%H:%M} for {self.minutes} minutes, "
                f"from {fmt_date(self.start)}")
        if self.count is not None:
            text += f", {self.count} session{'' if self.count == 1 else 's'}"
        if self.until is not None:
            text += f", until {fmt_date(self.until)}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "cadence": self.cadence.to_dict(),
            "start": _dt_to_json(self.start),
            "tz": self.tz,
            "minutes": self.minutes,
            "until": None if self.until is None else self.until.isoformat(),
            "count": self.count,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ScheduleRule":
        return cls(
            cadence=Cadence.from_dict(data["cadence"]),
            start=_required_dt(data["start"], "start"),
            tz=data["tz"],
            minutes=int(data["minutes"]),
            until=_date_from_json(data.get("until")),
            count=None if data.get("count") is None else int(data["count"]),
        )


@dataclass(frozen=True)
class SessionChange:
    """A change to one session: ``kind`` "skip" or "move".

    ``original`` is the session's original naive local start (in its rule's
    zone); for a move, ``new_start`` is the new naive local start and
    ``new_minutes`` an optional new length.
    """

    original: datetime
    kind: str
    new_start: datetime | None = None
    new_minutes: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("skip", "move"):
            raise ValueError('A session change is either "skip" or "move".')
        object.__setattr__(self, "original", _naive(self.original))
        if self.kind == "move":
            if self.new_start is None:
                raise ValueError("A moved session needs its new start.")
            object.__setattr__(self, "new_start", _naive(self.new_start))
            if self.new_minutes is not None and not 1 <= self.new_minutes <= 24 * 60:
                raise ValueError("A session must last between 1 minute and 24 hours.")
        else:
            object.__setattr__(self, "new_start", None)
            object.__setattr__(self, "new_minutes", None)

    def to_dict(self) -> dict[str, Any]:
        return {"original": _dt_to_json(self.original), "kind": self.kind,
                "new_start": _dt_to_json(self.new_start), "new_minutes": self.new_minutes,
                "note": self.note}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SessionChange":
        return cls(original=_required_dt(data["original"], "original"), kind=data["kind"],
                   new_start=_dt_from_json(data.get("new_start")),
                   new_minutes=None if data.get("new_minutes") is None else int(data["new_minutes"]),
                   note=str(data.get("note") or ""))


@dataclass(frozen=True)
class Occurrence:
    """One session as it will happen (or happened).

    ``start``/``end`` are aware, in the rule's zone; ``index`` numbers the
    sessions 1, 2, 3 ... across the whole schedule and never changes when a
    session is skipped or moved; ``original_start`` is where the cadence put
    it; ``moved`` says whether it was moved.
    """

    start: datetime
    end: datetime
    index: int
    original_start: datetime
    moved: bool = False
    rule_index: int = 0
    note: str = ""

    @property
    def moved_from(self) -> datetime | None:
        return self.original_start if self.moved else None

    @property
    def minutes(self) -> int:
        return round((self.end - self.start).total_seconds() / 60)


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)


def _add_minutes(start: datetime, minutes: int) -> datetime:
    """Real elapsed time (not wall-clock arithmetic) in the start's zone."""
    return (_utc(start) + timedelta(minutes=minutes)).astimezone(start.tzinfo)


# ----------------------------------------------------------------------------
# Enumeration
# ----------------------------------------------------------------------------

def _rule_stop_date(rule: ScheduleRule, next_rule: ScheduleRule | None) -> date | None:
    stops = []
    if rule.until is not None:
        stops.append(rule.until)
    if next_rule is not None:
        stops.append(next_rule.start.date() - timedelta(days=1))
    return min(stops) if stops else None


def _iter_rule(rule: ScheduleRule, next_rule: ScheduleRule | None) -> Iterator[datetime]:
    """Naive local starts of one rule, honouring every limit, at most
    MAX_OCCURRENCES_PER_RULE of them."""
    stop = _rule_stop_date(rule, next_rule)
    counts = [c for c in (rule.count, rule.cadence.limits()[0]) if c is not None]
    count = min(counts) if counts else None
    _, cad_until = rule.cadence.limits()
    limit = min(count, MAX_OCCURRENCES_PER_RULE) if count is not None else MAX_OCCURRENCES_PER_RULE
    produced = 0
    for naive in _rrule_for(rule.cadence.core_rrule(), rule.start):
        if produced >= limit:
            return
        if stop is not None and naive.date() > stop:
            return
        if cad_until is not None and not rule._within_cadence_until(naive, cad_until):
            return
        produced += 1
        yield naive


@lru_cache(maxsize=256)
def _bounded_rule_list(rule: ScheduleRule, next_rule: ScheduleRule | None) -> tuple[datetime, ...]:
    return tuple(_iter_rule(rule, next_rule))


def _is_bounded(rule: ScheduleRule, next_rule: ScheduleRule | None) -> bool:
    count, until = rule.cadence.limits()
    return any(x is not None for x in (rule.until, rule.count, next_rule, count, until))


def _iter_base(rules: tuple[ScheduleRule, ...]) -> Iterator[tuple[int, int, datetime]]:
    """(index, rule_index, naive original start) for every session of ``rules``, in order.

    A function of the rules, not a method: a schedule keeps this generator (see
    ``Schedule._walk``), and a generator of its own method would hold the schedule itself,
    a reference cycle that only the cycle collector's rare full passes free; the briefing
    and the report would then leave each schedule they walked (hundreds of sessions at 20
    years) in memory long after it was let go."""
    index = 0
    for i, rule in enumerate(rules):
        nxt = rules[i + 1] if i + 1 < len(rules) else None
        source = _bounded_rule_list(rule, nxt) if _is_bounded(rule, nxt) else _iter_rule(rule, nxt)
        for naive in source:
            index += 1
            yield index, i, naive


_FAR_PAST = datetime(1900, 1, 1, tzinfo=timezone.utc)
_FAR_FUTURE = datetime(9000, 1, 1, tzinfo=timezone.utc)


def _as_aware(dt: datetime, tz: str) -> datetime:
    return localize(dt, tz) if dt.tzinfo is None else dt


@dataclass(frozen=True)
class Schedule:
    """The whole history of a pair's schedule.

    ``rules`` are in order of start; each later rule replaces the previous
    one from the later rule's start date on.  ``changes`` holds skips and
    moves, at most one per original session.
    """

    rules: tuple[ScheduleRule, ...]
    changes: tuple[SessionChange, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "rules", tuple(self.rules))
        object.__setattr__(self, "changes", tuple(self.changes))
        for earlier, later in zip(self.rules, self.rules[1:]):
            if later.start.date() <= earlier.start.date():
                raise ValueError("Schedule rules must be in order, each starting on a later date than the one before.")

    # -- building ----------------------------------------------------------
    @classmethod
    def single(cls, rule: ScheduleRule) -> "Schedule":
        return cls(rules=(rule,))

    @property
    def tz(self) -> str | None:
        """The zone of the current (last) rule."""
        return self.rules[-1].tz if self.rules else None

    @property
    def current_rule(self) -> ScheduleRule | None:
        return self.rules[-1] if self.rules else None

    def _next_rule(self, i: int) -> ScheduleRule | None:
        return self.rules[i + 1] if i + 1 < len(self.rules) else None

    def _changes_by_original(self) -> dict[datetime, SessionChange]:
        """Skips and moves by original start (built once: the schedule is immutable)."""
        found = self.__dict__.get("_changes_memo")
        if found is None:
            found = {c.original: c for c in self.changes}
            object.__setattr__(self, "_changes_memo", found)
        return cast("dict[datetime, SessionChange]", found)

    def _to_occurrence(self, index: int, ri: int, naive: datetime,
                       change: SessionChange | None, original: datetime | None = None) -> Occurrence | None:
        rule = self.rules[ri]
        if original is None:
            original = localize(naive, rule.tz)
        if change is not None and change.kind == "skip":
            return None
        if change is not None and change.kind == "move" and change.new_start is not None:
            start = localize(change.new_start, rule.tz)
            minutes = change.new_minutes or rule.minutes
            return Occurrence(start, _add_minutes(start, minutes), index, original, True, ri, change.note)
        return Occurrence(original, _add_minutes(original, rule.minutes), index, original, False, ri, "")

    def _walk(self) -> Iterator[tuple[int, int, datetime]]:
        """Every session in original order, (index, rule index, naive original start),
        remembered once per schedule (the schedule is immutable) and extended on demand.
        Only the numbering needs every session from the first on; placing a session in
        time (its zone, its change) is done by :meth:`_placed`, for the sessions asked about."""
        memo = self.__dict__.get("_walk_memo")
        if memo is None:
            memo = ([], _iter_base(self.rules))
            object.__setattr__(self, "_walk_memo", memo)
        items, source = memo
        i = 0
        while True:
            if i < len(items):
                yield items[i]
                i += 1
                continue
            item = next(source, None)
            if item is None:
                return
            items.append(item)

    def _placed(self, index: int, ri: int, naive: datetime) -> tuple[datetime, Occurrence | None]:
        """A session's UTC original start and its occurrence (None when skipped), worked
        out once per session (zone lookups are the cost here)."""
        memo = self.__dict__.get("_placed_memo")
        if memo is None:
            memo = {}
            object.__setattr__(self, "_placed_memo", memo)
        found = memo.get(index)
        if found is None:
            original = localize(naive, self.rules[ri].tz)
            found = (_utc(original), self._to_occurrence(index, ri, naive, self._changes_by_original().get(naive),
                                                         original))
            memo[index] = found
        return cast("tuple[datetime, Occurrence | None]", found)

    def _scan(self, end_utc: datetime | None, start_utc: datetime | None = None
              ) -> Iterator[tuple[int, int, datetime, Occurrence | None]]:
        """Walk sessions in original order until originals pass ``end_utc``
        and every moved session has been seen.  With ``start_utc``, a session that was
        neither skipped nor moved and starts before it is counted but not yielded (the
        caller asks only about sessions from ``start_utc`` on): a briefing twenty years
        into a pair's history places the sessions near today, not every one since the first."""
        last_move = max((c.original for c in self.changes if c.kind == "move"), default=None)
        changes = self._changes_by_original()
        # wall-clock times are within a day of UTC (offsets run from -12 to +14 hours),
        # so a naive start two days before start_utc is before it in every zone
        floor = (start_utc - timedelta(days=2)).replace(tzinfo=None) if start_utc is not None else None
        for index, ri, naive in self._walk():
            if floor is not None and naive < floor and naive not in changes:
                continue
            original_utc, occ = self._placed(index, ri, naive)
            if end_utc is not None and original_utc >= end_utc and (last_move is None or naive > last_move):
                return
            if end_utc is not None and original_utc >= end_utc and occ is not None and not occ.moved:
                continue
            yield index, ri, naive, occ

    def _resolve(self, dt: datetime) -> datetime:
        if dt.tzinfo is not None:
            return _utc(dt)
        if not self.rules:
            return dt.replace(tzinfo=timezone.utc)
        return _utc(localize(dt, self.rules[-1].tz))

    # -- queries -----------------------------------------------------------
    def occurrences(self, start: datetime, end: datetime) -> list[Occurrence]:
        """Sessions starting in [start, end), sorted by start.

        Skipped sessions are left out; moved ones appear at their new time.
        Naive bounds are read as wall-clock time in the current rule's zone.
        """
        lo, hi = self._resolve(start), self._resolve(end)
        found = []
        for _, _, _, occ in self._scan(hi, lo):
            if occ is not None:
                at = _utc(occ.start)  # once per session, for the range and the order
                if lo <= at < hi:
                    found.append((at, occ.index, occ))
        found.sort(key=lambda item: (item[0], item[1]))
        return [occ for _, _, occ in found]

    def all_occurrences(self, limit: int = 1000) -> list[Occurrence]:
        """Up to ``limit`` sessions in original order (skipped ones left out)."""
        out: list[Occurrence] = []
        for _, _, _, occ in self._scan(None):
            if occ is not None:
                out.append(occ)
            if len(out) >= limit:
                break
        return sorted(out, key=lambda o: (_utc(o.start), o.index))

    def _max_minutes(self) -> int:
        values = [r.minutes for r in self.rules] + [c.new_minutes or 0 for c in self.changes]
        return max(values) if values else 0

    def next_after(self, now: datetime) -> Occurrence | None:
        """The next session: the earliest one whose end has not yet passed
        (so a session in progress is still "next")."""
        if not self.rules:
            return None
        now_utc = self._resolve(now)
        lo = now_utc - timedelta(minutes=self._max_minutes())
        if _is_bounded(self.rules[-1], None):
            # Finite schedule: one pass to its end.
            windows = [_FAR_FUTURE]
        else:
            windows = [now_utc + timedelta(days=366 * years) for years in (1, 10, 100, 400)]
        for hi in windows:
            candidates = [o for o in self.occurrences(lo, hi) if _utc(o.end) > now_utc]
            if candidates:
                return candidates[0]
        return None

    def previous_before(self, now: datetime) -> Occurrence | None:
        """The latest session that has already ended by ``now``."""
        if not self.rules:
            return None
        now_utc = self._resolve(now)
        ended = [o for o in self.occurrences(_FAR_PAST, now_utc) if _utc(o.end) <= now_utc]
        return ended[-1] if ended else None

    def find(self, when: datetime) -> Occurrence | None:
        """The session whose original start or current start is ``when``
        (naive: local wall-clock time; aware: that instant), or None.
        A skipped session is found too, at its original time (see
        :meth:`is_skipped`)."""
        located = self._locate(when)
        if located is None:
            return None
        index, ri, naive = located
        change = self._changes_by_original().get(naive)
        if change is not None and change.kind == "skip":
            rule = self.rules[ri]
            original = localize(naive, rule.tz)
            return Occurrence(original, _add_minutes(original, rule.minutes), index, original, False, ri,
                              change.note)
        return self._to_occurrence(index, ri, naive, change)

    def is_skipped(self, when: datetime) -> bool:
        located = self._locate(when)
        if located is None:
            return False
        change = self._changes_by_original().get(located[2])
        return change is not None and change.kind == "skip"

    def _locate(self, when: datetime) -> tuple[int, int, datetime] | None:
        """Find (index, rule_index, naive original) for an original start,
        or failing that for the current start of a moved session."""
        changes = self._changes_by_original()
        target_utc = _utc(when) if when.tzinfo is not None else None
        # Search far enough to cover the target and every moved session.
        if target_utc is not None:
            bound = target_utc + timedelta(minutes=1)
        else:
            bound = None
            for rule in self.rules:
                candidate = _utc(localize(when.replace(second=0, microsecond=0), rule.tz)) + timedelta(days=2)
                bound = candidate if bound is None or candidate > bound else bound
        if bound is None:
            return None
        moved_match = None
        for index, ri, naive, _ in self._scan(bound):
            rule = self.rules[ri]
            if self._same(naive, rule.tz, when, target_utc):
                return index, ri, naive
            change = changes.get(naive)
            if moved_match is None and change is not None and change.kind == "move" \
                    and change.new_start is not None and self._same(change.new_start, rule.tz, when, target_utc):
                moved_match = (index, ri, naive)
        return moved_match

    @staticmethod
    def _same(naive: datetime, tz: str, when: datetime, when_utc: datetime | None) -> bool:
        if when_utc is not None:
            return _utc(localize(naive, tz)) == when_utc
        return naive == when.replace(second=0, microsecond=0, fold=0)

    def rule_originals(self, i: int) -> tuple[datetime, ...] | None:
        """Naive original starts of rule ``i`` when it has an end (until,
        count or a later rule), else None (it runs on indefinitely)."""
        rule, nxt = self.rules[i], self._next_rule(i)
        return _bounded_rule_list(rule, nxt) if _is_bounded(rule, nxt) else None

    def rule_index_of(self, original: datetime) -> int | None:
        """Which rule a naive original start belongs to, judged by dates."""
        for i, rule in enumerate(self.rules):
            nxt = self._next_rule(i)
            if original >= rule.start and (nxt is None or original.date() < nxt.start.date()):
                return i
        return None

    # -- changing ----------------------------------------------------------
    def _with_change(self, naive: datetime, change: SessionChange | None) -> "Schedule":
        kept = tuple(c for c in self.changes if c.original != naive)
        return replace(self, changes=kept + ((change,) if change is not None else ()))

    def _require(self, original: datetime) -> tuple[int, int, datetime]:
        located = self._locate(original)
        if located is None:
            shown = fmt_date(original) + f", {original:%H:%M}"
            raise ValueError(f"There is no scheduled session at {shown} — pick one of the listed sessions.")
        return located

    def skip(self, original: datetime, note: str = "") -> "Schedule":
        """Leave one session out.  ``original`` is its original start (or
        the current start of a moved session)."""
        _, _, naive = self._require(original)
        return self._with_change(naive, SessionChange(naive, "skip", note=note))

    def move(self, original: datetime, new_start: datetime, note: str = "",
             minutes: int | None = None) -> "Schedule":
        """Move one session to ``new_start`` (naive: local time in the
        session's zone; aware: converted), optionally with a new length."""
        _, ri, naive = self._require(original)
        tz = self.rules[ri].tz
        if new_start.tzinfo is not None:
            new_start = new_start.astimezone(get_zone(tz)).replace(tzinfo=None)
        change = SessionChange(naive, "move", new_start=new_start, new_minutes=minutes, note=note)
        return self._with_change(naive, change)

    def restore(self, original: datetime) -> "Schedule":
        """Undo a skip or move, putting the session back where the cadence had it."""
        _, _, naive = self._require(original)
        return self._with_change(naive, None)

    def change_rule_from(self, when: date, new_rule: ScheduleRule) -> "Schedule":
        """From ``when`` on, meet by ``new_rule`` instead.

        Earlier rules keep their history: the rule in force is ended the day
        before ``when`` (its ``until``), rules that would only have started
        on or after ``when`` are dropped, and so are skips and moves of
        sessions on or after ``when``.
        """
        if isinstance(when, datetime):
            when = when.date()
        if new_rule.start.date() < when:
            raise ValueError(f"The new schedule must start on or after {fmt_date(when)}.")
        kept = [r for r in self.rules if r.start.date() < when]
        if kept:
            last = kept[-1]
            end = when - timedelta(days=1)
            if last.until is None or last.until > end:
                kept[-1] = replace(last, until=end)
        changes = tuple(c for c in self.changes if c.original.date() < when)
        return Schedule(rules=tuple(kept) + (new_rule,), changes=changes)

    # -- storage -----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"rules": [r.to_dict() for r in self.rules],
                "changes": [c.to_dict() for c in self.changes]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Schedule":
        return cls(rules=tuple(ScheduleRule.from_dict(r) for r in data.get("rules", ())),
                   changes=tuple(SessionChange.from_dict(c) for c in data.get("changes", ())))


# ----------------------------------------------------------------------------
# Drift
# ----------------------------------------------------------------------------

_SMALL_NUMBERS = ("no", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


def _number_word(n: int) -> str:
    return _SMALL_NUMBERS[n] if 0 < n < len(_SMALL_NUMBERS) else str(n)


@dataclass(frozen=True)
class DriftReport:
    """How the pair is keeping to its rhythm.

    ``due_unlogged``: sessions already over with no matching log;
    ``consecutive_missed``: how many of the latest due sessions in a row
    have no log; ``days_since_last_log``: None without any log;
    ``held``/``scheduled``: matched and due sessions so far;
    ``kept_ratio``: held / scheduled (None before the first session is due);
    ``extra_logs``: logs that matched no scheduled session;
    ``messages``: gentle nudges for the pair.
    """

    due_unlogged: list[Occurrence] = field(default_factory=list)
    consecutive_missed: int = 0
    days_since_last_log: int | None = None
    held: int = 0
    scheduled: int = 0
    kept_ratio: float | None = None
    extra_logs: int = 0
    messages: list[str] = field(default_factory=list)


def _match_tolerance(dates: list[date]) -> list[int]:
    """Days either side within which a log counts for each session: half the
    gap to the nearest neighbouring session (rounded so neighbouring windows
    never overlap), at most 3 days, at least the same day."""
    out = []
    for i, d in enumerate(dates):
        gaps = []
        if i > 0:
            gaps.append((d - dates[i - 1]).days)
        if i + 1 < len(dates):
            gaps.append((dates[i + 1] - d).days)
        gap = min(gaps) if gaps else 7
        out.append(max(0, min(3, (gap - 1) // 2)))
    return out


def drift(schedule: Schedule, logged: Iterable[date | datetime], now: datetime,
          long_gap_days: int = 42) -> DriftReport:
    """Compare the sessions that should have happened by ``now`` with the
    sessions the pair logged.

    Matching rule: a log counts for a session when its local date (in the
    session's zone) is within the session's tolerance — the same date, or
    up to half the gap to the neighbouring sessions, at most 3 days either
    side (weekly or slower: ±3 days; twice a week: ±1 day; daily: same day).
    Sessions are matched in date order, each taking the closest unused log,
    so each log counts for at most one session.  A session is due once its
    end time has passed.
    """
    if not schedule.rules:
        return DriftReport()
    tz = schedule.rules[-1].tz
    zone = get_zone(tz)
    now_utc = schedule._resolve(now)
    today = now_utc.astimezone(zone).date()

    logs: list[tuple[date, datetime | date]] = []
    for item in logged:
        if isinstance(item, datetime):
            local = item.astimezone(zone) if item.tzinfo is not None else item
            logs.append((local.date(), item))
        elif isinstance(item, date):
            logs.append((item, item))
    log_dates = sorted(d for d, _ in logs)

    due = [o for o in schedule.occurrences(_FAR_PAST, now_utc) if _utc(o.end) <= now_utc]
    occ_dates = [o.start.date() for o in due]
    tolerance = _match_tolerance(occ_dates)
    used = [False] * len(log_dates)
    matched: list[bool] = []
    for occ_date, tol in zip(occ_dates, tolerance):
        best = None
        # only logs within the tolerance can match: find them by bisection
        first = bisect_left(log_dates, occ_date - timedelta(days=tol))
        last = bisect_right(log_dates, occ_date + timedelta(days=tol))
        for j in range(first, last):
            if used[j]:
                continue
            distance = abs((log_dates[j] - occ_date).days)
            if best is None or distance < best[0]:
                best = (distance, j)
        if best is not None:
            used[best[1]] = True
        matched.append(best is not None)

    due_unlogged = [o for o, m in zip(due, matched) if not m]
    consecutive = 0
    for m in reversed(matched):
        if m:
            break
        consecutive += 1
    past_logs = [d for d in log_dates if d <= today]
    days_since = (today - past_logs[-1]).days if past_logs else None
    held = sum(matched)
    scheduled = len(due)
    ratio = held / scheduled if scheduled else None
    extra = sum(1 for j, d in enumerate(log_dates) if not used[j] and d <= today)

    messages: list[str] = []
    if consecutive >= 2:
        messages.append(f"{_number_word(consecutive)} sessions in a row have no log — was it just the notes, "
                        "or did the meetings slip?")
    elif consecutive == 1:
        messages.append(f"The session on {fmt_date(due_unlogged[-1].start)} has no log yet — "
                        "a few lines while it is fresh will help next time.")
    if days_since is not None and days_since >= long_gap_days:
        weeks = days_since // 7
        messages.append(f"It has been {weeks} weeks since you last met — a short check-in is better than none.")
    elif days_since is None and scheduled and (today - occ_dates[0]).days >= long_gap_days:
        messages.append("No sessions are logged yet — even a short first meeting gets things going.")
    if ratio is not None and scheduled >= 4 and ratio < 0.5:
        messages.append(f"{held} of {scheduled} planned sessions have happened so far — is the rhythm still "
                        "right for both of you? Changing the schedule is fine.")
    if scheduled and schedule.next_after(now_utc) is None:
        messages.append("All planned sessions are behind you — a good moment for a closing review.")

    return DriftReport(due_unlogged=due_unlogged, consecutive_missed=consecutive,
                       days_since_last_log=days_since, held=held, scheduled=scheduled,
                       kept_ratio=ratio, extra_logs=extra, messages=messages)


# ----------------------------------------------------------------------------
# Who leads
# ----------------------------------------------------------------------------

def lead_for(index: int, first_lead: str, other: str, plan: dict[int, str] | None = None) -> str:
    """Who leads session ``index`` (1-based): as planned, else alternating,
    starting with ``first_lead`` on session 1."""
    if not isinstance(index, int) or index < 1:
        raise ValueError("Sessions are numbered from 1.")
    if plan and index in plan:
        return plan[index]
    return first_lead if index % 2 == 1 else other
