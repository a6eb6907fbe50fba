"""Write a pair's schedule as an RFC 5545 (iCalendar) file.

One recurring VEVENT per schedule rule: when the pair changed their rhythm
the old rule ends with an UNTIL and the new one is its own VEVENT, so the
calendar keeps the history.  Skipped sessions become EXDATEs and moved
sessions override VEVENTs (same UID, RECURRENCE-ID of the original start).

Times are written as local wall-clock time with a TZID, and a VTIMEZONE
describing that zone is included (built from the zoneinfo database), which
Outlook needs and Google and Apple accept.  Lines end in CRLF and are folded
at 75 octets without splitting a UTF-8 sequence.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Sequence

from rmcoach.infra.dates import fmt_when, get_zone, localize
from rmcoach.features.schedule import Schedule, ScheduleRule, SessionChange

__all__ = ["to_ics", "escape_text", "fold_line", "vtimezone_lines", "event_uid", "PRODID"]

PRODID = "-//rmcoach//rmcoach schedule 1.0//EN"
_UID_NAMESPACE = uuid.UUID("6f1c7a52-3d0e-5b7e-9a4f-2f6f1d2b8c10")
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UNBOUNDED_YEARS = 10


# ----------------------------------------------------------------------------
# Content lines
# ----------------------------------------------------------------------------

def escape_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma,
    and newlines as \\n.  Other control characters are dropped."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in text
        if ch in "\n\t" or not (ord(ch) < 32 or ord(ch) == 127 or 0xD800 <= ord(ch) <= 0xDFFF)
    )
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def _param_value(text: str) -> str:
    """A parameter value: no control characters or double quotes, always quoted."""
    clean = "".join(
        ch for ch in str(text)
        if not (ord(ch) < 32 or ord(ch) == 127 or 0xD800 <= ord(ch) <= 0xDFFF)
    ).replace('"', "'")
    return f'"{clean}"'


def fold_line(line: str) -> list[str]:
    """Fold one content line into pieces of at most 75 octets each (the
    continuation pieces start with a space, counted in the 75).  A UTF-8
    sequence is never split."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    pieces: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        if end < len(data):
            while end > start and (data[end] & 0xC0) == 0x80:
                end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return [pieces[0]] + [" " + p for p in pieces[1:]]


def _fmt_local(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S")


def _fmt_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _fmt_offset(offset: timedelta) -> str:
    total = int(offset.total_seconds())
    sign = "+" if total >= 0 else "-"
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}{hours:02d}{minutes:02d}"
    return text + (f"{seconds:02d}" if seconds else "")


def _fmt_duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")


def event_uid(pair_uuid: str, rule_index: int) -> str:
    """Stable UID for the VEVENT of rule ``rule_index`` of a pair."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{pair_uuid}/rule/{rule_index}')}@rmcoach"


# ----------------------------------------------------------------------------
# VTIMEZONE from zoneinfo
# ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Transition:
    at: datetime            # UTC instant of the change
    before: timedelta       # offset before
    after: timedelta        # offset after
    dst: bool               # daylight time after the change
    name: str               # abbreviation after the change

    @property
    def local_start(self) -> datetime:
        """Wall-clock time of the change, read with the offset before it."""
        return (self.at + self.before).replace(tzinfo=None)


def _state(zone: tzinfo, instant: datetime) -> tuple[timedelta, bool, str]:
    local = instant.astimezone(zone)
    return local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or ""


def _transitions(zone: tzinfo, start: datetime, end: datetime) -> list[_Transition]:
    """Offset changes between two UTC instants, found by a daily scan and
    then narrowed down to the second."""
    found: list[_Transition] = []
    step = timedelta(days=1)
    t = start
    prev = _state(zone, t)
    while t < end:
        nxt_t = t + step
        cur = _state(zone, nxt_t)
        if cur != prev:
            lo, hi = t, nxt_t
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if _state(zone, mid) == prev:
                    lo = mid
                else:
                    hi = mid
            after = _state(zone, hi)
            found.append(_Transition(hi, prev[0], after[0], after[1], after[2]))
            prev = after
            if after != cur:  # a second change on the same day
                t = hi
                continue
        t = nxt_t
        prev = cur
    return found


def _position(local: datetime) -> tuple[int, bool]:
    """(nth weekday of the month, whether it is the last one)."""
    days_in_month = calendar.monthrange(local.year, local.month)[1]
    return (local.day - 1) // 7 + 1, local.day + 7 > days_in_month


def _observance(tr: _Transition, extra: list[str]) -> list[str]:
    kind = "DAYLIGHT" if tr.dst else "STANDARD"
    return ([f"BEGIN:{kind}", f"DTSTART:{_fmt_local(tr.local_start)}"] + extra +
            [f"TZOFFSETFROM:{_fmt_offset(tr.before)}", f"TZOFFSETTO:{_fmt_offset(tr.after)}",
             f"TZNAME:{escape_text(tr.name)}", f"END:{kind}"])


def vtimezone_lines(tzid: str, first_year: int, last_year: int,
                    earliest: datetime | None = None) -> list[str]:
    """A VTIMEZONE for ``tzid`` covering ``first_year``..``last_year``.

    Transitions that follow a yearly pattern ("last Sunday of March at
    01:00") become one sub-component with a yearly RRULE; a pattern still in
    force at ``last_year`` is left open-ended.  Irregular transitions get a
    sub-component each.  ``earliest`` (aware) is the first time the calendar
    uses; when it comes before the first transition in range, an observance
    for the offset in force at the start of the range is added.
    """
    zone = get_zone(tzid)
    range_start = datetime(first_year, 1, 1, tzinfo=timezone.utc)
    range_end = datetime(last_year + 1, 1, 1, tzinfo=timezone.utc)
    trans = _transitions(zone, range_start, range_end)
    body: list[str] = []
    if not trans or (earliest is not None and trans[0].at > earliest):
        offset, dst, name = _state(zone, range_start)
        # Starts at local midnight on 1 January of the first year.
        body += _observance(_Transition(range_start - offset, offset, offset, dst, name), [])
    # Group yearly patterns, separately for daylight and standard changes.
    for dst_kind in (True, False):
        items = [t for t in trans if t.dst == dst_kind]
        i = 0
        while i < len(items):
            run = [items[i]]
            j = i + 1
            while j < len(items) and _same_pattern(run, items[j]):
                run.append(items[j])
                j += 1
            if len(run) >= 2:
                rule = _yearly_rule(run)
                open_ended = run[-1].local_start.year >= last_year
                if not open_ended:
                    rule += f";UNTIL={_fmt_utc(run[-1].at)}"
                body += _observance(run[0], [f"RRULE:{rule}"])
            else:
                body += _observance(run[0], [])
            i = j
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}"] + body + ["END:VTIMEZONE"]


def _same_pattern(run: list[_Transition], candidate: _Transition) -> bool:
    first, last = run[0], run[-1]
    a, b = first.local_start, candidate.local_start
    if (candidate.before, candidate.after, candidate.name) != (first.before, first.after, first.name):
        return False
    if (a.month, a.time(), a.weekday()) != (b.month, b.time(), b.weekday()):
        return False
    if b.year != last.local_start.year + 1:
        return False
    return _pattern_pos(run + [candidate]) is not None


def _pattern_pos(run: list[_Transition]) -> int | None:
    positions = [_position(t.local_start) for t in run]
    nths = {p[0] for p in positions}
    if len(nths) == 1 and next(iter(nths)) <= 4:
        return next(iter(nths))
    if all(p[1] for p in positions):
        return -1
    return None


def _yearly_rule(run: list[_Transition]) -> str:
    local = run[0].local_start
    pos = _pattern_pos(run)
    return f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={pos}{_RRULE_DAYS[local.weekday()]}"


# ----------------------------------------------------------------------------
# Events
# ----------------------------------------------------------------------------

def _rrule_text(schedule: Schedule, i: int) -> str:
    rule = schedule.rules[i]
    core = rule.cadence.core_rrule()
    parts = core.split(";")
    parts.sort(key=lambda p: 0 if p.startswith("FREQ=") else 1)  # FREQ first, for old clients
    originals = schedule.rule_originals(i)
    if originals is not None:
        cad_count, cad_until = rule.cadence.limits()
        has_until = rule.until is not None or cad_until is not None or i + 1 < len(schedule.rules)
        if has_until or len(originals) != (min(c for c in (rule.count, cad_count) if c is not None)):
            # UNTIL at the last session's instant (UTC, as RFC 5545 requires
            # with a TZID start) gives exactly our list, whichever limit ended it.
            parts.append(f"UNTIL={_fmt_utc(localize(originals[-1], rule.tz))}")
        else:
            parts.append(f"COUNT={len(originals)}")
    return ";".join(parts)


def _common(summary: str, description: str, location: str,
            attendees: Sequence[tuple[str, str | None]]) -> list[str]:
    lines = [f"SUMMARY:{escape_text(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    for name, email in attendees:
        address = "".join(ch for ch in (email or "").strip() if ord(ch) > 32 and ord(ch) != 127)
        uri = f"mailto:{address}" if address else "invalid:nomail"
        params = f";CN={_param_value(name)}" if name else ""
        lines.append(f"ATTENDEE{params};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:{uri}")
    return lines


REMIND_MINUTES = 15  # a reminder this long before each session
EVENING_HOUR = 19  # and one at this hour the evening before, to add a topic


def _trigger(minutes: int) -> str:
    """A TRIGGER duration this many minutes before the start."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    text = f"-P{days}D" if days else "-P"
    if hours or mins or not days:
        text += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")
    return text


def alarm_lines(start: datetime, summary: str) -> list[str]:
    """Two reminders for a session starting at ``start`` (local wall clock): shortly before,
    and the evening before, asking for a topic (so a phone's calendar prompts without any account)."""
    evening = (start.replace(hour=EVENING_HOUR, minute=0, second=0, microsecond=0)
               - timedelta(days=1))
    before_evening = int((start.replace(tzinfo=None) - evening.replace(tzinfo=None)).total_seconds() // 60)
    return [
        "BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:{_trigger(REMIND_MINUTES)}",
        f"DESCRIPTION:{escape_text(f'{summary} starts in {REMIND_MINUTES} minutes.')}",
        "END:VALARM",
        "BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:{_trigger(before_evening)}",
        f"DESCRIPTION:{escape_text(f'{summary} is tomorrow. Is there something you want to talk about? Add a topic to the agenda.')}",
        "END:VALARM",
    ]


def _changes_for(schedule: Schedule, i: int) -> list[SessionChange]:
    return sorted((c for c in schedule.changes if schedule.rule_index_of(c.original) == i),
                  key=lambda c: c.original)


def _sequence(schedule: Schedule, i: int) -> int:
    """Grows as the rule gains changes or is ended by a later rule, so
    calendar programs take the newer copy when the file is imported again."""
    return len(_changes_for(schedule, i)) + (1 if i + 1 < len(schedule.rules) else 0)


def _event_lines(schedule: Schedule, i: int, *, uid: str, stamp: str, summary: str,
                 description: str, location: str,
                 attendees: Sequence[tuple[str, str | None]], reminders: bool = True) -> list[str]:
    rule: ScheduleRule = schedule.rules[i]
    tz = rule.tz
    seq = _sequence(schedule, i)
    changes = _changes_for(schedule, i)
    common = _common(summary, description, location, attendees)
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"SEQUENCE:{seq}",
             f"DTSTART;TZID={tz}:{_fmt_local(rule.start)}",
             f"DURATION:{_fmt_duration(rule.minutes)}",
             f"RRULE:{_rrule_text(schedule, i)}"]
    skips = [c for c in changes if c.kind == "skip"]
    if skips:
        lines.append(f"EXDATE;TZID={tz}:" + ",".join(_fmt_local(c.original) for c in skips))
    lines += common + ["STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    lines += (alarm_lines(rule.start, summary) if reminders else []) + ["END:VEVENT"]
    for change in changes:
        if change.kind != "move" or change.new_start is None:
            continue
        moved_text = f"Moved from {fmt_when(localize(change.original, tz))}."
        if change.note:
            moved_text += f" {change.note}"
        desc = f"{description}\n\n{moved_text}" if description else moved_text
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"SEQUENCE:{seq}",
                  f"RECURRENCE-ID;TZID={tz}:{_fmt_local(change.original)}",
                  f"DTSTART;TZID={tz}:{_fmt_local(change.new_start)}",
                  f"DURATION:{_fmt_duration(change.new_minutes or rule.minutes)}"]
        lines += _common(summary, desc, location, attendees)
        lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE"]
        lines += (alarm_lines(change.new_start, summary) if reminders else []) + ["END:VEVENT"]
    return lines


def _year_span(schedule: Schedule, tz: str, now: datetime) -> tuple[int, int, datetime]:
    """(first year, last year, earliest aware start) of what the calendar
    shows in zone ``tz``; open-ended rules count some years ahead."""
    starts: list[datetime] = []
    last_year = now.year
    for i, rule in enumerate(schedule.rules):
        if rule.tz != tz:
            continue
        starts.append(rule.start)
        originals = schedule.rule_originals(i)
        if originals is None:
            last_year = max(last_year, rule.start.year, now.year) + _UNBOUNDED_YEARS
        else:
            last_year = max(last_year, originals[-1].year)
        for change in _changes_for(schedule, i):
            if change.new_start is not None:
                starts.append(change.new_start)
                last_year = max(last_year, change.new_start.year)
    earliest = min(starts)
    return earliest.year - 1, last_year + 1, localize(earliest, tz)


def to_ics(schedule: Schedule, *, pair_uuid: str, summary: str, description: str = "",
           location: str = "", attendees: Sequence[tuple[str, str | None]] = (),
           now: datetime | None = None, reminders: bool = True) -> str:
    """The schedule as iCalendar text (CRLF line endings, folded lines).

    With ``reminders`` each event carries two alarms (``alarm_lines``).
    ``attendees`` are (name, email) pairs; without an email the attendee is
    written with the "invalid:nomail" address, as Apple Calendar does.
    ``now`` sets DTSTAMP (defaults to the current time).
    """
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    stamp = _fmt_utc(now)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(summary)}"]
    zones: list[str] = []
    for rule in schedule.rules:
        if rule.tz not in zones:
            zones.append(rule.tz)
    for tz in zones:
        first_year, last_year, earliest = _year_span(schedule, tz, now)
        lines += vtimezone_lines(tz, first_year, last_year, earliest)
    for i in range(len(schedule.rules)):
        lines += _event_lines(schedule, i, uid=event_uid(pair_uuid, i), stamp=stamp,
                              summary=summary, description=description, location=location,
                              attendees=attendees, reminders=reminders)
    lines.append("END:VCALENDAR")
    folded = [piece for line in lines for piece in fold_line(line)]
    return "\r\n".join(folded) + "\r\n"
