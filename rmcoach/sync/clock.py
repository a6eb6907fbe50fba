"""A hybrid logical clock (HLC): wall time in UTC milliseconds, a counter and a laptop id.

Every field change that goes into the shared repository carries one of these
stamps.  Wall time alone cannot order changes from two laptops whose clocks are
hours apart or set to different time zones; a plain counter loses the sense of
"later".  The HLC keeps both: its time part never runs backwards, and whenever
this laptop receives stamps from the other one it moves past them, so a change
made after seeing the other laptop's change always sorts after it, whatever the
two wall clocks say.  Ties are broken by the laptop id, so two stamps are never
equal unless they are the same stamp.

A stamp is written as ``2026-11-30T12:20:00.000Z/000003/ab12cd34`` - readable in
the repository, and compared by :func:`parse`, never as a string.
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Iterable

_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    laptop: str

    def __str__(self) -> str:
        when = _EPOCH + _dt.timedelta(milliseconds=self.ms)
        return f"{when.strftime('%Y-%m-%dT%H:%M:%S')}.{self.ms % 1000:03d}Z/{self.counter:06d}/{self.laptop}"


ZERO = Stamp(0, 0, "")


def parse(text: object) -> Stamp:
    """A stamp from its written form; anything unreadable sorts first (as ZERO)."""
    if not isinstance(text, str):
        return ZERO
    return _parse(text)


@functools.lru_cache(maxsize=1 << 16)
def _parse(text: str) -> Stamp:
    try:
        when, counter, laptop = text.split("/", 2)
        if len(when) != 24 or when[10] != "T" or when[19] != "." or not when.endswith("Z"):
            return ZERO
        day = _dt.date(int(when[0:4]), int(when[5:7]), int(when[8:10]))
        seconds = int(when[11:13]) * 3600 + int(when[14:16]) * 60 + int(when[17:19])
        ms = ((day - _EPOCH.date()).days * 86400 + seconds) * 1000 + int(when[20:23])
        return Stamp(ms, int(counter), laptop)
    except (ValueError, TypeError):
        return ZERO


def ms_of(moment: _dt.datetime) -> int:
    """Milliseconds since 1970 in UTC; a naive time is taken as this machine's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return int((moment - _EPOCH) // _dt.timedelta(milliseconds=1))


def instant_ms(iso: object) -> int | None:
    """An ISO timestamp (any UTC offset, as the store writes ``updated``) as UTC milliseconds.

    Comparing the strings themselves is wrong across offsets: 12:20+00:00 is later
    than 13:00+01:00, though it sorts first as text."""
    if not isinstance(iso, str) or not iso:
        return None
    try:
        return ms_of(_dt.datetime.fromisoformat(iso))
    except ValueError:
        return None


class HybridClock:
    """One laptop's clock.  ``now_ms`` gives this laptop's wall time (tests skew it)."""

    def __init__(self, laptop: str, last: Stamp | None = None) -> None:
        self.laptop = laptop
        self.ms = last.ms if last else 0
        self.counter = last.counter if last else 0

    @property
    def last(self) -> Stamp:
        return Stamp(self.ms, self.counter, self.laptop)

    def tick(self, wall_ms: int) -> Stamp:
        """A stamp for a change made here at ``wall_ms`` (strictly after every earlier stamp)."""
        if wall_ms > self.ms:
            self.ms, self.counter = wall_ms, 0
        else:
            self.counter += 1
        return self.last

    def receive(self, stamps: Iterable[Stamp]) -> None:
        """Move past every stamp seen from elsewhere (so later changes here sort after them)."""
        for stamp in stamps:
            if (stamp.ms, stamp.counter) > (self.ms, self.counter):
                self.ms, self.counter = stamp.ms, stamp.counter
