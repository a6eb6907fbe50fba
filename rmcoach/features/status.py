""""Where you stand" lines for the home screen, contributed by each feature.

A provider is a plain function ``(ctx: StatusContext) -> list[StatusLine]``
registered by its dotted path in :data:`PROVIDERS`; providers are imported
only when the home screen asks, so they cost nothing on the command line.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from dataclasses import dataclass
from typing import Any

from rmcoach.records.model import Pair

# "module:function" under rmcoach; each feature appends its own line.
PROVIDERS: list[str] = ["agreement:status_lines", "trust:status_lines", "health:status_lines", "checkins:status_lines"]
PROVIDERS += ["skills:status_lines", "balance:status_lines"]  # skill swaps in progress, one-way nudge
PROVIDERS += ["diagnoses:status_lines"]  # practice friction with no resistance diagnosis yet


@dataclass(frozen=True)
class StatusContext:
    store: Any
    pair: Pair
    viewer: str | None  # a person uuid, privacy.TOGETHER, or None
    now: _dt.datetime


@dataclass(frozen=True)
class StatusLine:
    text: str
    level: str = "info"  # "ok" | "todo" | "nudge" | "info"
    key: str | None = None  # the home-screen key that deals with it


def collect(ctx: StatusContext) -> list[StatusLine]:
    lines: list[StatusLine] = []
    for path in PROVIDERS:
        module, _, func = path.partition(":")
        provider = getattr(importlib.import_module(f"rmcoach.{module}"), func)
        lines.extend(provider(ctx))
    return lines
