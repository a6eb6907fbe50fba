"""The one place rmcoach asks for the current time.

Tests, snapshots and the benchmark pin it with :func:`freeze`; everything else
calls :func:`now` / :func:`today` instead of ``datetime.now()``.
"""

from __future__ import annotations

import datetime as _dt

_fixed: _dt.datetime | None = None


def freeze(moment: _dt.datetime | None) -> None:
    """Pin the clock to ``moment`` (aware or naive local); None unpins it."""
    global _fixed
    _fixed = moment


def now() -> _dt.datetime:
    """The current local time, timezone-aware."""
    if _fixed is not None:
        return _fixed if _fixed.tzinfo else _fixed.astimezone()
    return _dt.datetime.now().astimezone()


def today() -> _dt.date:
    return now().date()
