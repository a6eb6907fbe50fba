"""A realistic sample pair for newcomers: a consultant and a junior analyst.

Each feature adds its slice of history by listing its step function in
:func:`demo_steps`; every step is called as ``step(store, pair, today)``
inside one transaction, in order.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from rmcoach.infra import clock
from rmcoach.records.model import Pair
from rmcoach.records.pairs import PersonInput, create_pair, load_pair
from rmcoach.storage.store import Store

DemoStep = Callable[[Store, Pair, _dt.date], object]


def demo_steps() -> list[DemoStep]:
    """Each feature's slice of demo history, in order; each is called as step(store, pair, today)."""
    from rmcoach.features import agreement, health, jargon, learnings, resistance, sessions_demo, skills, trust

    return [
        trust.demo, agreement.demo, health.demo, sessions_demo.add_demo_sessions,
        skills.demo_step, learnings.demo_step,  # skills both ways, then learnings that link to them
        jargon.demo_step, resistance.demo_step,  # own terms, a known mark, two portal diagnoses
    ]

SENIOR = PersonInput(
    name="Dr Margaret Okafor",
    role="Consultant cardiologist",
    background="clinical",
    brings="Twenty-five years of clinical judgement, difficult conversations with families, "
    "and knowing how decisions really get made in the trust.",
    wants="To use the patient portal and video clinics with confidence, and to stop dreading the new EPR.",
)
JUNIOR = PersonInput(
    name="Sam Patel",
    role="Health informatics analyst",
    background="technology",
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
        for step in demo_steps():
            step(store, pair, today)
    loaded = load_pair(store)
    assert loaded is not None
    return loaded
