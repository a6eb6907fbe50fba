"""A realistic sample pair for newcomers: a consultant and a junior analyst.

Each feature adds its slice of history by listing a ``"module:function"``
in :data:`DEMO_STEPS`; every step is called as ``step(store, pair, today)``
inside one transaction, in order.
"""

from __future__ import annotations

import datetime as _dt
import importlib

from rmcoach.infra import clock
from rmcoach.records.model import Pair
from rmcoach.records.pairs import PersonInput, create_pair, load_pair
from rmcoach.storage.store import Store

# "module:function" under rmcoach, each called as step(store, pair, today).
DEMO_STEPS: list[str] = ["trust:demo", "agreement:demo", "health:demo", "sessions_demo:add_demo_sessions"]
DEMO_STEPS += ["skills:demo_step", "learnings:demo_step"]  # skills both ways, then learnings that link to them
DEMO_STEPS += ["glossary_store:demo_step", "diagnoses:demo_step"]  # own terms, a known mark, two portal diagnoses

SENIOR = PersonInput(
    name="Dr Margaret Okafor",
    role="Consultant cardiologist",
    brings="Twenty-five years of clinical judgement, difficult conversations with families, "
    "and knowing how decisions really get made in the trust.",
    wants="To use the patient portal and video clinics with confidence, and to stop dreading the new EPR.",
)
JUNIOR = PersonInput(
    name="Sam Patel",
    role="Health informatics analyst",
    brings="Everyday fluency with the EPR, dashboards, shared calendars and staying safe online.",
    wants="How a consultant reasons through a case, how to handle pushback from senior staff, "
    "and advice on a career in clinical informatics.",
)


def build_demo(store: Store, today: _dt.date | None = None) -> Pair:
    today = today or clock.today()
    start = today - _dt.timedelta(weeks=14)
    start -= _dt.timedelta(days=(start.weekday() - 1) % 7)  # a Tuesday: clinicians rarely meet on Sundays
    with store.transaction():
        pair = create_pair(
            store,
            people=(SENIOR, JUNIOR),
            relationship="tech exchange",
            context="Cardiology and the digital team, Northgate General Hospital",
            start=start,
            end=start + _dt.timedelta(weeks=26),
        )
        for path in DEMO_STEPS:
            module, _, func = path.partition(":")
            getattr(importlib.import_module(f"rmcoach.{module}"), func)(store, pair, today)
    pair = load_pair(store)
    assert pair is not None
    return pair
