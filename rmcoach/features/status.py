""""Where you stand" lines for the home screen, contributed by each feature.

A provider is a plain function ``(ctx: StatusContext) -> list[StatusLine]``
listed in :func:`providers`; the feature modules are imported only when the
home screen asks, so they cost nothing on the command line.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from rmcoach.records.model import Pair
from rmcoach.storage.store import Store



@dataclass(frozen=True)
class StatusContext:
    store: Store
    pair: Pair
    viewer: str | None  # a person uuid, privacy.TOGETHER, or None
    now: _dt.datetime


@dataclass(frozen=True)
class StatusLine:
    text: str
    level: str = "info"  # "ok" | "todo" | "nudge" | "info"
    area: str | None = None  # the id of the area that deals with it (rmcoach.areas)


Provider = Callable[[StatusContext], list[StatusLine]]


def providers() -> list[Provider]:
    """Every feature's provider, in the order the home screen lists them; each feature adds its own."""
    from rmcoach.features import agreement, balance, checkins, health, resistance, skills, trust
    from rmcoach.sync import status as sync_status

    return [
        agreement.status_lines, trust.status_lines, health.status_lines, checkins.status_lines,
        skills.status_lines, balance.status_lines,  # skill swaps in progress, one-way nudge
        resistance.status_lines,  # practice friction with no resistance diagnosis yet
        sync_status.status_lines,  # unsent changes on this laptop, choices waiting after a sync
    ]


def collect(ctx: StatusContext) -> list[StatusLine]:
    lines: list[StatusLine] = []
    for provider in providers():
        lines.extend(provider(ctx))
    return lines
