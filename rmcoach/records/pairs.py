"""Creating, reading and editing the pair (two people and their relationship)."""

from __future__ import annotations

import datetime as _dt
from typing import Any, NamedTuple

from rmcoach.infra import clock
from rmcoach.records.model import Pair, Person
from rmcoach.storage.store import Store, StoreError

PAIR = "pair"
PEOPLE = "people"


class PersonInput(NamedTuple):
    name: str
    role: str = ""
    brings: str = ""
    wants: str = ""
    background: str = ""

    def fields(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "brings": self.brings, "wants": self.wants,
                "background": self.background}


def load_pair(store: Store) -> Pair | None:
    pairs = store.all(PAIR)
    if not pairs:
        return None
    people = [Person.from_record(r) for r in store.all(PEOPLE)]
    pair = Pair.from_record(pairs[0], people)
    if len(pair.people) != 2:
        # edited by hand or half restored: never guess who the pair is
        from rmcoach.storage.store import DamagedStore

        raise DamagedStore(store.path, f"has a pair with {len(pair.people)} of its two people")
    return pair


def create_pair(
    store: Store,
    *,
    people: tuple[PersonInput, PersonInput],
    relationship: str,
    context: str = "",
    start: _dt.date | None = None,
    end: _dt.date | None = None,
) -> Pair:
    with store.transaction():
        if store.all(PAIR):
            raise StoreError(f"A pair already exists in {store.path}; rmcoach holds one pair per data folder.")
        ids = [store.insert(PEOPLE, p.fields())["uuid"] for p in people]
        store.insert(
            PAIR,
            {
                "relationship": relationship,
                "context": context,
                "start": (start or clock.today()).isoformat(),
                "end": end.isoformat() if end else None,
                "people": ids,
            },
        )
    pair = load_pair(store)
    assert pair is not None
    return pair


def update_pair(
    store: Store,
    pair: Pair,
    *,
    people: tuple[PersonInput, PersonInput],
    relationship: str,
    context: str,
    start: _dt.date,
    end: _dt.date | None,
) -> Pair:
    with store.transaction():
        for person, given in zip(pair.people, people):
            store.update(PEOPLE, person.uuid, given.fields(), keep_history=True)
        store.update(
            PAIR,
            pair.uuid,
            {
                "relationship": relationship,
                "context": context,
                "start": start.isoformat(),
                "end": end.isoformat() if end else None,
            },
            keep_history=True,
        )
    updated = load_pair(store)
    assert updated is not None
    return updated
