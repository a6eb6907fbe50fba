"""Coaching aids and the close: glossary terms, resistance diagnoses and the
closing retrospective (``glossary_terms``, ``diagnoses``, ``retros``)."""

from __future__ import annotations

from typing import ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    BOOL, PERSON, TEXT, Common, Record, Struct, Written,
    fld, integer, list_of, mapping, number, one_of, optional, struct,
)

DECISIONS = ("renew", "change-focus", "end")


class GlossaryTerm(Record, Written, Common):
    TABLE: ClassVar[str] = tables.GLOSSARY_TERMS

    term: str = fld(TEXT, "")
    alternative: str = fld(TEXT, "")
    analogy: str = fld(TEXT, "")
    aliases: tuple[str, ...] = fld(list_of(TEXT), ())
    own: bool = fld(BOOL, False)
    known: bool = fld(BOOL, False)


class RankedCause(Struct):
    WHAT: ClassVar[str] = "ranked causes"

    cause: str = fld(TEXT, "", required="which cause this is")
    score: float = fld(number(0.0, 1.0), 0.0, required="how likely the cause is")
    reasons: tuple[str, ...] = fld(list_of(TEXT), ())


class DiagnosisResult(Struct):
    """A stored diagnosis (``resistance.diagnosis_to_dict``).  Its shape is checked
    here; which question and cause ids it names is ``resistance``'s business (a
    diagnosis naming ids this rmcoach does not know is left out of the lists)."""

    WHAT: ClassVar[str] = "a diagnosis"

    tool: str = fld(TEXT, "", required="what the diagnosis is about")
    answers: dict[str, int | None] = fld(mapping(optional(integer(1, 5))), None)
    ranked: tuple[RankedCause, ...] = fld(list_of(struct(RankedCause)), ())
    adkar_barrier: str | None = fld(optional(TEXT))
    friction_notes: tuple[str, ...] = fld(list_of(TEXT), ())


class Diagnosis(Record, Written, Common):
    TABLE: ClassVar[str] = tables.DIAGNOSES

    subject: str = fld(TEXT, "")
    tool: str = fld(TEXT, "")
    result: DiagnosisResult | None = fld(optional(struct(DiagnosisResult)))


class Retro(Record, Written, Common):
    TABLE: ClassVar[str] = tables.RETROS

    keep_doing: str = fld(TEXT, "")
    learned_most: dict[str, str] = fld(mapping(TEXT, keys=PERSON), None)
    decision: str | None = fld(optional(one_of(*DECISIONS)))
