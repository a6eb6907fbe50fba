"""The pair and its two people (tables ``pair`` and ``people``)."""

from __future__ import annotations

import datetime as _dt
from typing import Any, ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    DATE, PERSON, TEXT, Bad, Common, Record, Refs, fld, list_of, optional,
)


class Person(Record, Common):
    """One person of the pair (``people``).  This is also ``rmcoach.records.model.Person``."""

    TABLE: ClassVar[str] = tables.PEOPLE

    name: str = fld(TEXT, "")
    role: str = fld(TEXT, "")
    brings: str = fld(TEXT, "")
    wants: str = fld(TEXT, "")
    #: where they come from, in their own words ("clinical", "data analyst"); the jargon
    #: check reads it to decide what needs explaining to them (see tips.readers)
    background: str = fld(TEXT, "")

    # the names model.Person has always offered --------------------------------
    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> "Person":
        """A person from a stored dict, tolerating odd values (the typed view the
        features have always used; :meth:`from_dict` is the checking conversion)."""
        return cls(
            uuid=rec["uuid"],
            name=str(rec.get("name", "")),
            role=str(rec.get("role", "")),
            brings=str(rec.get("brings", "")),
            wants=str(rec.get("wants", "")),
            background=str(rec.get("background", "") or ""),
            created=str(rec.get("created", "")),
            updated=str(rec.get("updated", "")),
            deleted=False,
            history=(),
        )

    def to_fields(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "brings": self.brings, "wants": self.wants,
                "background": self.background}

    def __hash__(self) -> int:  # people are used as keys; a person is their uuid
        return hash(self.uuid)


class PairRecord(Record, Common):
    """The pair as stored (``pair``; exactly one).  ``rmcoach.records.model.Pair`` is the
    view the features use, with the two :class:`Person` records in order."""

    TABLE: ClassVar[str] = tables.PAIR

    relationship: str = fld(TEXT, "")
    context: str = fld(TEXT, "")
    start: _dt.date | None = fld(optional(DATE))
    end: _dt.date | None = fld(optional(DATE))
    people: tuple[str, ...] = fld(list_of(PERSON), ())

    @classmethod
    def post_check(cls, values: dict[str, Any], refs: Refs) -> None:
        super().post_check(values, refs)
        if len(values["people"]) > 2 or len(set(values["people"])) != len(values["people"]):
            raise Bad("must list the pair's two people once each", "people")
        start, end = values["start"], values["end"]
        if start is not None and end is not None and end < start:
            raise Bad(f"({end.isoformat()}) is before the start ({start.isoformat()})", "end")
