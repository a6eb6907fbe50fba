"""Input rules shared by the forms and the command line.

Each checker returns the cleaned value or raises :class:`Invalid` whose message
is one sentence meant to be shown next to the field.
"""

from __future__ import annotations

import datetime as _dt

from rmcoach.infra.textsafe import has_control_chars

NAME_MAX = 80
SHORT_MAX = 120
LONG_MAX = 2000


class Invalid(ValueError):
    """A value a person typed that we cannot accept; ``str()`` says why."""


def name(value: str, *, what: str = "Name") -> str:
    cleaned = " ".join(value.split()) if not has_control_chars(value) else value
    if not cleaned.strip():
        raise Invalid(f"{what} is needed.")
    if has_control_chars(value):
        raise Invalid(f"{what} cannot contain control characters (such as tabs, line breaks or escape codes).")
    if len(cleaned) > NAME_MAX:
        raise Invalid(f"{what} is {len(cleaned)} characters long; please keep it to {NAME_MAX}.")
    return cleaned


def short_text(value: str, *, what: str, required: bool = False, limit: int = SHORT_MAX) -> str:
    if has_control_chars(value):
        raise Invalid(f"{what} cannot contain control characters (such as tabs, line breaks or escape codes).")
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise Invalid(f"{what} is needed.")
    if len(cleaned) > limit:
        raise Invalid(f"{what} is {len(cleaned)} characters long; please keep it to {limit}.")
    return cleaned


def long_text(value: str, *, what: str, required: bool = False, limit: int = LONG_MAX) -> str:
    if has_control_chars(value, allow_newlines=True):
        raise Invalid(f"{what} cannot contain control characters or escape codes.")
    cleaned = value.strip()
    if required and not cleaned:
        raise Invalid(f"{what} is needed.")
    if len(cleaned) > limit:
        raise Invalid(f"{what} is {len(cleaned)} characters long; please keep it to {limit}.")
    return cleaned


def date(value: str, *, what: str, required: bool = True, today: _dt.date | None = None) -> _dt.date | None:
    from rmcoach.infra.dates import DateParseError, parse_date

    if not value.strip():
        if required:
            raise Invalid(f"{what} is needed, e.g. 2026-12-03 or 3 Dec 2026.")
        return None
    try:
        return parse_date(value, today=today)
    except DateParseError as exc:
        raise Invalid(str(exc)) from None


def rating(value: str | int, *, what: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise Invalid(f"{what} must be a whole number from 1 to 5.") from None
    if not 1 <= number <= 5:
        raise Invalid(f"{what} must be from 1 to 5, not {number}.")
    return number
