"""Coaching aids and the close: glossary terms, resistance diagnoses and the
closing retrospective (``glossary_terms``, ``diagnoses``, ``retros``)."""

from __future__ import annotations

from typing import Any, ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    BOOL, PERSON, TEXT, Bad, Check, Common, Record, Refs, Written,
    fld, list_of, mapping, one_of,
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


def _result(value: Any, refs: Refs) -> dict[str, Any]:
    """A stored diagnosis (``resistance.diagnosis_to_dict``), checked by the code that reads it."""
    if type(value) is not dict:
        raise Bad(f"must be a stored diagnosis (a mapping), not {type(value).__name__}")
    from rmcoach.tips.resistance import diagnosis_from_dict

    try:
        diagnosis_from_dict(value)
    except ValueError as exc:
        raise Bad(f"is not a diagnosis rmcoach can read ({exc})") from None
    except (TypeError, AttributeError, KeyError, OverflowError, RecursionError):
        raise Bad("is not a diagnosis rmcoach can read") from None
    return value


class Diagnosis(Record, Written, Common):
    TABLE: ClassVar[str] = tables.DIAGNOSES

    subject: str = fld(TEXT, "")
    tool: str = fld(TEXT, "")
    result: dict[str, Any] = fld(Check(_result, what="a diagnosis"), None)


class Retro(Record, Written, Common):
    TABLE: ClassVar[str] = tables.RETROS

    keep_doing: str = fld(TEXT, "")
    learned_most: dict[str, str] = fld(mapping(TEXT, keys=PERSON), None)
    decision: str | None = fld(one_of(*DECISIONS), None)
