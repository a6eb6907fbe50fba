"""The machinery every record type shares: field checks, one error type, and
the conversion to and from a stored dict.

A record type is a frozen dataclass whose fields each carry a :class:`Check`
(in the field's metadata, see :func:`fld`).  ``from_dict`` runs every check,
turning the stored JSON value into its typed form (a ``datetime.date`` for a
date, a tuple for a list, a nested record for a nested mapping) and raising
:class:`RecordError` - naming table, record and field - for anything wrong.
``to_dict`` gives back exactly the dict that was read (unknown keys are kept
in ``extra`` so a newer rmcoach's fields survive a round trip).

Plain Python only: this package never imports Textual, TinyDB or the store.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Callable, ClassVar, TypeVar, cast, dataclass_transform

#: dates and times outside these years are refused (a year 9999 or 0001 is a typo
#: or damage, and date arithmetic near the ends of the calendar overflows)
MIN_YEAR = 1900
MAX_YEAR = 2200
#: longest text accepted in any one field (the forms allow far less)
TEXT_MAX = 200_000
#: longest list or mapping accepted in any one field
ITEMS_MAX = 10_000
#: longest id or reference
REF_MAX = 200

SHARED = "shared"
PRIVATE = "private"
VISIBILITIES = (SHARED, PRIVATE)

_MISSING: Any = object()
_NO_NAMES: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- errors
class Bad(Exception):
    """Raised by a check: ``problem`` says what is wrong, ``path`` where inside the value."""

    def __init__(self, problem: str, path: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def inside(self, step: str) -> "Bad":
        self.path = f"{step}.{self.path}" if self.path else step
        return self


class RecordError(ValueError):
    """A stored record rmcoach cannot accept.  ``str()`` is one clause naming the
    table, the record (its uuid, or its position when it has none) and the field."""

    def __init__(self, table: str, record: str, field: str, problem: str, key: str = "") -> None:
        self.table = table
        self.record = record
        self.key = key  # where the record sits in its table (TinyDB doc id, or list position)
        self.field = field
        self.problem = problem
        where = f'field "{field}"' if field else "record as a whole"
        super().__init__(f'the {table} record {record} has a bad {where}: {problem}')


def record_label(raw: Any, fallback: str = "") -> str:
    """How a record is named in messages: its uuid, else its position."""
    uuid = raw.get("uuid") if isinstance(raw, dict) else None
    if isinstance(uuid, str) and uuid and len(uuid) <= REF_MAX and uuid.isprintable():
        return uuid
    return f"number {fallback}" if fallback else "without a uuid"


# --------------------------------------------------------------------------- context
class Refs:
    """What references are checked against.  ``people`` None = not checked
    (for example a record read on its own, outside a whole store)."""

    __slots__ = ("people",)

    def __init__(self, people: frozenset[str] | None = None) -> None:
        self.people = people


NO_REFS = Refs()


# --------------------------------------------------------------------------- checks
Load = Callable[[Any, Refs], Any]
Dump = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


class Check:
    """How one field is read (``load``: stored -> typed, raising :class:`Bad`)
    and written back (``dump``: typed -> stored); ``what`` names the expected
    value in messages; ``fast`` is how the compiled validator (see
    :func:`compile_validator`) tests a value: (kind, argument), where "call"
    means run ``load`` and see whether it raises."""

    __slots__ = ("load", "dump", "what", "fast")

    def __init__(self, load: Load, dump: Dump = _same, what: str = "",
                 fast: tuple[str, Any] = ("call", None)) -> None:
        self.load = load
        self.dump = dump
        self.what = what
        self.fast = fast


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _text(value: Any, refs: Refs) -> str:
    if type(value) is not str:
        raise Bad(f"must be text, not {_kind(value)}")
    if len(value) > TEXT_MAX:
        raise Bad(f"is {len(value)} characters long (at most {TEXT_MAX})")
    return value


TEXT = Check(_text, what="text", fast=("text", None))


def _ref(value: Any, refs: Refs) -> str:
    if type(value) is not str:
        raise Bad(f"must be the uuid of a record, not {_kind(value)}")
    if not value or len(value) > REF_MAX:
        raise Bad("must be the uuid of a record")
    return value


#: the uuid of another record (not checked for existence: a shared-only export
#: leaves out private records that shared ones may point to)
REF = Check(_ref, what="a uuid", fast=("ref", None))


#: what a person field may hold besides a person's uuid: "" (nobody chosen) and
#: "together" (both at the keyboard: privacy.TOGETHER, written as the author of
#: things the pair wrote together)
NOBODY = frozenset({"", "together"})


def _person(value: Any, refs: Refs) -> str:
    if type(value) is not str:
        raise Bad(f"must be the uuid of one of the pair, not {_kind(value)}")
    if refs.people is not None and value not in refs.people and value not in NOBODY:
        raise Bad(f"names nobody in this pair ({_short(value)})")
    return value


#: a person of the pair (checked against the people table when a whole store is read)
PERSON = Check(_person, what="a person", fast=("person", None))


def _short(value: str) -> str:
    shown = value if value.isprintable() else repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _bool(value: Any, refs: Refs) -> bool:
    if type(value) is not bool:
        raise Bad(f"must be true or false, not {_kind(value)}")
    return value


BOOL = Check(_bool, what="true or false", fast=("bool", None))


def integer(lo: int, hi: int) -> Check:
    def load(value: Any, refs: Refs) -> int:
        if type(value) is not int:
            raise Bad(f"must be a whole number from {lo} to {hi}, not {_kind(value)}")
        if not lo <= value <= hi:
            raise Bad(f"must be from {lo} to {hi}, not {value}")
        return value

    return Check(load, what=f"a whole number from {lo} to {hi}", fast=("int", (lo, hi)))


def number(lo: float, hi: float) -> Check:
    def load(value: Any, refs: Refs) -> float:
        if type(value) not in (int, float):
            raise Bad(f"must be a number from {lo} to {hi}, not {_kind(value)}")
        if not (math.isfinite(value) and lo <= value <= hi):
            raise Bad(f"must be from {lo} to {hi}, not {value}")
        return cast(float, value)  # an int stays an int: the stored form is kept as it was

    return Check(load, what=f"a number from {lo} to {hi}", fast=("number", (lo, hi)))


def one_of(*choices: str) -> Check:
    allowed = frozenset(choices)
    listed = ", ".join(choices)

    def load(value: Any, refs: Refs) -> str:
        if type(value) is not str or value not in allowed:
            shown = _short(value) if isinstance(value, str) else _kind(value)
            raise Bad(f"must be one of {listed}, not {shown}")
        return value

    return Check(load, what=f"one of {listed}", fast=("enum", allowed))


def _in_window(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Bad(f"is in the year {year}; rmcoach accepts years {MIN_YEAR} to {MAX_YEAR}")


def _date(value: Any, refs: Refs) -> _dt.date:
    if type(value) is not str:
        raise Bad(f"must be a date such as 2026-12-03, not {_kind(value)}")
    if len(value) != 10:
        raise Bad(f"must be a date such as 2026-12-03, not {_short(value)}")
    try:
        day = _dt.date.fromisoformat(value)
    except ValueError:
        raise Bad(f"must be a date such as 2026-12-03, not {_short(value)}") from None
    _in_window(day.year)
    return day


def _dump_date(value: _dt.date) -> str:
    return value.isoformat()


DATE = Check(_date, _dump_date, what="a date", fast=("date", None))


def _local(value: Any, refs: Refs) -> _dt.datetime:
    if type(value) is not str:
        raise Bad(f"must be a local date and time such as 2026-12-03T14:00, not {_kind(value)}")
    if not 16 <= len(value) <= 26 or value[10:11] != "T":
        raise Bad(f"must be a local date and time such as 2026-12-03T14:00, not {_short(value)}")
    try:
        when = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise Bad(f"must be a local date and time such as 2026-12-03T14:00, not {_short(value)}") from None
    if when.tzinfo is not None:
        raise Bad(f"must be a local date and time without a zone, not {_short(value)}")
    _in_window(when.year)
    return when


def _dump_local(value: _dt.datetime) -> str:
    if value.second or value.microsecond:
        return value.isoformat()
    return value.isoformat(timespec="minutes")


#: a naive local date-time, stored as "YYYY-MM-DDTHH:MM" (seconds kept when present)
LOCAL = Check(_local, _dump_local, what="a local date and time", fast=("local", None))


def _local_or_date(value: Any, refs: Refs) -> _dt.datetime | _dt.date:
    if type(value) is str and len(value) == 10:
        return _date(value, refs)
    return _local(value, refs)


def _dump_local_or_date(value: _dt.datetime | _dt.date) -> str:
    return _dump_local(value) if isinstance(value, _dt.datetime) else value.isoformat()


#: a local date-time, or just a date (a session logged without its time)
LOCAL_OR_DATE = Check(_local_or_date, _dump_local_or_date, what="a local date and time",
                      fast=("local_or_date", None))


def _local_seconds(value: Any, refs: Refs) -> _dt.datetime:
    return _local(value, refs)


def _dump_local_seconds(value: _dt.datetime) -> str:
    return value.isoformat()


#: a naive local date-time stored with seconds ("YYYY-MM-DDTHH:MM:SS", as schedule changes are)
LOCAL_SECONDS = Check(_local_seconds, _dump_local_seconds, what="a local date and time",
                      fast=("local", None))


def _stamp(value: Any, refs: Refs) -> str:
    if type(value) is not str:
        raise Bad(f"must be a time stamp such as 2026-12-03T14:00:00+00:00, not {_kind(value)}")
    if not 10 <= len(value) <= 40:
        raise Bad(f"must be a time stamp such as 2026-12-03T14:00:00+00:00, not {_short(value)}")
    try:
        when = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise Bad(f"must be a time stamp such as 2026-12-03T14:00:00+00:00, not {_short(value)}") from None
    _in_window(when.year)
    return value


#: a moment (ISO text with or without a zone), kept as the text stored: merges
#: compare these stamps as text, so they must survive a round trip untouched
STAMP = Check(_stamp, what="a time stamp", fast=("stamp", None))


def optional(check: Check) -> Check:
    """``check``, or nothing: null, or the empty string the app writes for "none chosen"
    (an action item agreed outside a session has ``session: ""``).  Both read as None, so
    a field typed ``X | None`` holds an X or None and nothing else; a record remembers
    which fields were stored as ``""`` (``blank``) and gives them back as stored."""
    inner_load, inner_dump = check.load, check.dump

    def load(value: Any, refs: Refs) -> Any:
        return None if value is None or value == "" else inner_load(value, refs)

    def dump(value: Any) -> Any:
        return value if value is None or value == "" else inner_dump(value)

    return Check(load, dump, what=f"{check.what} or null", fast=("optional", check))


def list_of(check: Check) -> Check:
    item_load, item_dump = check.load, check.dump
    plain = item_dump is _same

    def load(value: Any, refs: Refs) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Bad(f"must be a list of {check.what}, not {_kind(value)}")
        if len(value) > ITEMS_MAX:
            raise Bad(f"has {len(value)} items (at most {ITEMS_MAX})")
        out = []
        for i, item in enumerate(value):
            try:
                out.append(item_load(item, refs))
            except Bad as exc:
                raise exc.inside(str(i)) from None
        return tuple(out)

    def dump(value: tuple[Any, ...]) -> list[Any]:
        return list(value) if plain else [item_dump(v) for v in value]

    return Check(load, dump, what=f"a list of {check.what}", fast=("list", check))


def mapping(values: Check, keys: Check = TEXT) -> Check:
    key_load = keys.load
    value_load, value_dump = values.load, values.dump
    plain = value_dump is _same

    def load(value: Any, refs: Refs) -> dict[str, Any]:
        if type(value) is not dict:
            raise Bad(f"must be a mapping of {values.what}, not {_kind(value)}")
        if len(value) > ITEMS_MAX:
            raise Bad(f"has {len(value)} entries (at most {ITEMS_MAX})")
        out = {}
        for k, v in value.items():
            try:
                key_load(k, refs)
            except Bad as exc:
                raise Bad(f"has a key that {exc.problem}") from None
            try:
                out[k] = value_load(v, refs)
            except Bad as exc:
                raise exc.inside(_short(k)) from None
        return out

    def dump(value: dict[str, Any]) -> dict[str, Any]:
        return dict(value) if plain else {k: value_dump(v) for k, v in value.items()}

    return Check(load, dump, what=f"a mapping of {values.what}", fast=("mapping", (keys, values)))


class FieldSpec:
    """One declared field of a struct (see :func:`fld`)."""

    __slots__ = ("check", "default", "required")

    def __init__(self, check: Check, default: Any, required: str) -> None:
        self.check = check
        self.default = default
        self.required = required


def fld(check: Check, default: Any = None, *, required: str = "") -> Any:
    """A record field read with ``check``; ``default`` when the stored dict lacks it,
    unless ``required`` (then it says why the field must be there)."""
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple or None as a default, never a mutable value")
    return FieldSpec(check, default, required)


class FrozenRecordError(AttributeError):
    """Records are immutable: make a changed copy with ``replace``."""


# --------------------------------------------------------------------------- structs and records
S = TypeVar("S", bound="Struct")
#: one row per field: (name, load, dump, default, required (why, or ""), check)
PlanRow = tuple[str, Load, Dump, Any, str, Check]


@dataclass_transform(kw_only_default=True, field_specifiers=(fld,))
class Struct:
    """A typed mapping stored inside a record (a goal, a covered topic, a task...).

    A frozen dataclass in all but name: subclasses declare annotated fields with
    :func:`fld`; instances take keyword arguments, compare by value, refuse
    attribute assignment and have :meth:`replace`.  (Built without the
    ``dataclasses`` decorator, whose code generation would cost every command a
    noticeable share of its start-up time for the thirty-odd record types.)
    Every instance also carries ``extra`` (unknown stored keys, kept), ``absent``
    (fields the stored dict left out) and ``blank`` (optional fields stored as ``""``,
    which read as None).
    """

    _specs: ClassVar[dict[str, FieldSpec]] = {}
    _plan: ClassVar[tuple[PlanRow, ...]]
    _plan_names: ClassVar[frozenset[str]]
    _fast: ClassVar[Callable[[Any, Any], bool] | None]
    _trusted: ClassVar[Callable[[Any], Any] | None]

    extra: dict[str, Any]
    absent: frozenset[str]
    blank: frozenset[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        specs: dict[str, FieldSpec] = {}
        for base in reversed(cls.__mro__[1:]):
            specs.update(base.__dict__.get("_specs", {}))
        for name in cls.__dict__.get("__annotations__", {}):
            value = cls.__dict__.get(name)
            if isinstance(value, FieldSpec):
                specs[name] = value
                setattr(cls, name, value.default)
        cls._specs = specs
        cls._plan = ()
        cls._plan_names = frozenset()
        cls._fast = None
        cls._trusted = None

    def __init__(self, **values: Any) -> None:
        own = self.__dict__
        for name, spec in type(self)._specs.items():
            own[name] = values.pop(name, spec.default)
        own["extra"] = dict(values.pop("extra", None) or {})
        own["absent"] = frozenset(values.pop("absent", None) or ())
        own["blank"] = frozenset(values.pop("blank", None) or ())
        if values:
            raise TypeError(f"{type(self).__name__} has no field {sorted(values)[0]!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenRecordError(f"{type(self).__name__} is immutable: use .replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(self.__dict__[name] for name in type(self)._specs)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={self.__dict__[name]!r}" for name in type(self)._specs)
        return f"{type(self).__name__}({shown})"

    def replace(self: S, **changes: Any) -> S:
        """A copy with some fields changed (as ``dataclasses.replace``)."""
        values = {name: self.__dict__[name] for name in type(self)._specs}
        values.update(changes)
        values.setdefault("extra", self.extra)
        values["absent"] = self.absent - set(changes)
        values["blank"] = self.blank - set(changes)
        return type(self)(**values)

    @classmethod
    def _fields_plan(cls) -> tuple[PlanRow, ...]:
        plan = cls.__dict__.get("_plan")
        if not plan:
            plan = tuple((name, spec.check.load, spec.check.dump, spec.default, spec.required, spec.check)
                         for name, spec in cls._specs.items())
            cls._plan = plan
            cls._plan_names = frozenset(r[0] for r in plan)
        return plan

    @classmethod
    def _read(cls, raw: Any, refs: Refs) -> dict[str, Any]:
        """The typed field values of ``raw`` (raising :class:`Bad` with the field's path)."""
        if type(raw) is not dict:
            raise Bad(f"must be a mapping, not {_kind(raw)}")
        values: dict[str, Any] = {}
        absent = []
        blank: list[str] = []
        get = raw.get
        for name, load, _dump, default, required, _check in cls._plan or cls._fields_plan():
            value = get(name, _MISSING)
            if value is _MISSING:
                if required:
                    raise Bad(f"is missing ({required})", name)
                values[name] = default
                absent.append(name)
                continue
            try:
                values[name] = load(value, refs)
            except Bad as exc:
                raise exc.inside(name) from None
            if value == "" and values[name] is None:
                blank.append(name)
        names = cls._plan_names
        values["extra"] = {k: v for k, v in raw.items() if k not in names}
        values["absent"] = frozenset(absent)
        values["blank"] = frozenset(blank) if blank else _NO_NAMES
        cls.post_check(values, refs)
        return values

    @classmethod
    def load(cls: type[S], raw: Any, refs: Refs = NO_REFS) -> S:
        obj = object.__new__(cls)
        obj.__dict__.update(cls._read(raw, refs))
        return obj

    @classmethod
    def post_check(cls, values: dict[str, Any], refs: Refs) -> None:
        """Checks across fields (raise :class:`Bad` with the field's name as path)."""

    @classmethod
    def validate(cls, raw: Any, refs: Refs = NO_REFS) -> None:
        """Raise :class:`Bad` when ``raw`` would not convert; fast for good records
        (a compiled test), the full conversion only to explain a bad one."""
        fast = cls._fast or compile_validator(cls)
        if not fast(raw, refs.people):
            cls._read(raw, refs)

    def to_dict(self) -> dict[str, Any]:
        """The stored form: what was read, with unknown keys kept and absent fields left out."""
        out: dict[str, Any] = {}
        absent, blank = self.absent, self.blank
        for name, _load, dump, _default, _required, _check in type(self)._plan or type(self)._fields_plan():
            if name in absent:
                continue
            value = getattr(self, name)
            out[name] = "" if value is None and name in blank else dump(value)
        out.update(self.extra)
        return out


def struct(cls: type[Struct]) -> Check:
    """Check a nested mapping as the struct ``cls``."""
    cls._fields_plan()

    def load(value: Any, refs: Refs) -> Struct:
        return cls.load(value, refs)

    def dump(value: Struct) -> dict[str, Any]:
        return value.to_dict()

    return Check(load, dump, what=getattr(cls, "WHAT", "a mapping"), fast=("struct", cls))


# --------------------------------------------------------------------------- the fast validator
def _passes(load: Load, value: Any, people: Any) -> bool:
    try:
        load(value, Refs(people=people))
    except Bad:
        return False
    return True


def _overrides_post_check(cls: type[Struct]) -> bool:
    own = cls.post_check.__func__  # type: ignore[attr-defined]
    return own not in (Struct.post_check.__func__, Record.post_check.__func__)  # type: ignore[attr-defined]


def compile_validator(cls: type[Struct]) -> Callable[[Any, Any], bool]:
    """Build ``fast(raw, people) -> bool``: True only when ``raw`` converts as ``cls``.

    The test is generated Python with every simple check inlined (types, ranges,
    choices, dates parsed in place), which keeps checking a whole store on each
    load to a few milliseconds.  False means "look closer": the full conversion
    then finds and explains the problem.
    """
    if cls.__dict__.get("_fast"):
        return cls._fast  # type: ignore[return-value]
    if _overrides_post_check(cls):
        # cross-field rules need the typed values: always take the full path
        def slow(raw: Any, people: Any) -> bool:
            try:
                cls._read(raw, Refs(people=people))
            except Bad:
                return False
            return True

        cls._fast = slow
        return slow
    names: dict[str, Any] = {"_M": _MISSING, "_NOBODY": NOBODY, "_passes": _passes,
                             "_day": _dt.date.fromisoformat, "_when": _dt.datetime.fromisoformat,
                             "LO": MIN_YEAR, "HI": MAX_YEAR,
                             "TEXT_MAX": TEXT_MAX, "REF_MAX": REF_MAX, "ITEMS_MAX": ITEMS_MAX}
    counter = [0]

    def const(value: Any) -> str:
        counter[0] += 1
        key = f"_c{counter[0]}"
        names[key] = value
        return key

    def test(check: Check, var: str, depth: int) -> str:
        kind, arg = check.fast
        if kind == "text":
            return f"(type({var}) is str and len({var}) <= TEXT_MAX)"
        if kind == "ref":
            return f"(type({var}) is str and 0 < len({var}) <= REF_MAX)"
        if kind == "person":
            return f"(type({var}) is str and (people is None or {var} in people or {var} in _NOBODY))"
        if kind == "bool":
            return f"(type({var}) is bool)"
        if kind == "int":
            lo, hi = arg
            return f"(type({var}) is int and {lo} <= {var} <= {hi})"
        if kind == "number":  # NaN fails both comparisons, infinities the range
            lo, hi = arg
            return f"(type({var}) in (int, float) and {lo!r} <= {var} <= {hi!r})"
        if kind == "enum":
            return f"(type({var}) is str and {var} in {const(arg)})"
        # dates and times are parsed inline; a string that does not parse raises
        # ValueError, which the generated function turns into False
        if kind == "date":
            return f"(type({var}) is str and len({var}) == 10 and LO <= _day({var}).year <= HI)"
        if kind == "stamp":
            return f"(type({var}) is str and 10 <= len({var}) <= 40 and LO <= _when({var}).year <= HI)"
        local = (f"(16 <= len({var}) <= 26 and {var}[10:11] == 'T' and (_w := _when({var})).tzinfo is None "
                 f"and LO <= _w.year <= HI)")
        if kind == "local":
            return f"(type({var}) is str and {local})"
        if kind == "local_or_date":
            return f"(type({var}) is str and ((len({var}) == 10 and LO <= _day({var}).year <= HI) or {local}))"
        if kind == "optional":
            return f"({var} is None or {var} == '' or {test(arg, var, depth)})"
        if kind == "list":
            item = f"_x{depth}"
            return (f"(type({var}) is list and len({var}) <= ITEMS_MAX and "
                    f"all({test(arg, item, depth + 1)} for {item} in {var}))")
        if kind == "mapping":
            keys, values = arg
            k, v = f"_k{depth}", f"_v{depth}"
            return (f"(type({var}) is dict and len({var}) <= ITEMS_MAX and "
                    f"all({test(keys, k, depth + 1)} and {test(values, v, depth + 1)} "
                    f"for {k}, {v} in {var}.items()))")
        if kind == "struct":
            return f"{const(compile_validator(arg))}({var}, people)"
        return f"_passes({const(check.load)}, {var}, people)"

    lines = ["def fast(raw, people):", "    if type(raw) is not dict:", "        return False",
             "    get = raw.get", "    try:"]
    for name, _load, _dump, _default, required, check in cls._fields_plan():
        lines.append(f"        v = get({name!r}, _M)")
        if required:
            lines.append(f"        if v is _M or not {test(check, 'v', 0)}:")
        else:
            lines.append(f"        if v is not _M and not {test(check, 'v', 0)}:")
        lines.append("            return False")
    lines += ["    except (ValueError, TypeError, OverflowError):", "        return False", "    return True"]
    exec(compile("\n".join(lines), f"<validator for {cls.__name__}>", "exec"), names)  # noqa: S102
    fast = names["fast"]
    cls._fast = fast
    return fast  # type: ignore[no-any-return]


#: the conversion of each fast kind that changes the stored value (every other kind is
#: kept as stored: text, uuids, people, numbers, choices, stamps)
_CONVERTED = {"date": "_day({v})", "local": "_when({v})",
              "local_or_date": "(_day({v}) if len({v}) == 10 else _when({v}))"}


def _convert(check: Check, var: str, depth: int, const: Callable[[Any], str]) -> str | None:
    """The expression turning stored ``var`` (already checked) into its typed value (None:
    keep it as it is); ``const`` names a value the generated code needs."""
    kind, arg = check.fast
    if kind in _CONVERTED:
        return _CONVERTED[kind].format(v=var)
    if kind == "optional":
        inner = _convert(arg, var, depth, const)
        return (f"(None if {var} == '' else {var})" if inner is None
                else f"(None if {var} is None or {var} == '' else {inner})")
    if kind == "list":
        item = f"_x{depth}"
        inner = _convert(arg, item, depth + 1, const)
        return f"tuple({var})" if inner is None else f"tuple([{inner} for {item} in {var}])"
    if kind == "mapping":
        _keys, values = arg
        k, item = f"_k{depth}", f"_v{depth}"
        inner = _convert(values, item, depth + 1, const)
        return f"dict({var})" if inner is None else f"{{{k}: {inner} for {k}, {item} in {var}.items()}}"
    if kind == "struct":
        return f"{const(compile_builder(arg))}({var})"
    if kind == "call":
        return f"{const(check.load)}({var}, _NO_REFS)"
    return None


def _field_lines(i: int, name: str, default: str, check: Check, const: Callable[[Any], str],
                 absent: str | None, blank: str | None) -> list[str]:
    """Generated lines reading field ``name`` of ``raw`` into ``f{i}``, as its typed value:
    ``default`` when it is left out, None for "" in an optional field, else converted.
    ``absent`` / ``blank``: the names of tuples that collect such fields (None: not kept)."""
    lines = [f"    f{i} = get({name!r}, _M)", f"    if f{i} is _M:", f"        f{i} = {default}"]
    if absent is not None:
        lines.append(f"        {absent} += ({name!r},)")
    if check.fast[0] == "optional":  # "" reads as None, and the record remembers it
        lines += [f"    elif f{i} == '':", f"        f{i} = None"]
        if blank is not None:
            lines.append(f"        {blank} += ({name!r},)")
        inner = _convert(check.fast[1], f"f{i}", 0, const)
        if inner is not None:  # "" is handled above: only null is left to keep
            lines += [f"    elif f{i} is not None:", f"        f{i} = {inner}"]
        return lines
    converted = _convert(check, f"f{i}", 0, const)
    if converted is not None:
        lines += ["    else:", f"        f{i} = {converted}"]
    return lines


def _constants(names: dict[str, Any]) -> Callable[[Any], str]:
    counter = [0]

    def const(value: Any) -> str:
        counter[0] += 1
        key = f"_c{counter[0]}"
        names[key] = value
        return key

    return const


def compile_builder(cls: type[S]) -> Callable[[Any], S]:
    """Build ``trusted(raw) -> cls instance`` for a stored dict that already passed the
    check (:func:`compile_validator` or the full conversion): the same typed record as
    ``cls.load(raw)`` / ``from_dict``, made without testing anything again.

    Generated Python like the validator's: a field whose stored form is its typed form
    is taken as it is, a date is parsed, a list becomes a tuple, a nested mapping is
    built by its own builder, and a check with no inline form runs its ``load``.  Only
    for records the store has checked: given anything else it may build nonsense or
    raise (cross-field rules in ``post_check`` only refuse, so they are not repeated)."""
    built = cls.__dict__.get("_trusted")
    if built:
        return built  # type: ignore[no-any-return]
    names: dict[str, Any] = {"_M": _MISSING, "_day": _dt.date.fromisoformat, "_when": _dt.datetime.fromisoformat,
                             "_new": object.__new__, "_set": object.__setattr__, "_cls": cls, "_NO_REFS": NO_REFS,
                             "_NONE": _NO_NAMES}
    const = _constants(names)
    plan = cls._fields_plan()
    absent_sets: dict[tuple[str, ...], frozenset[str]] = {}

    def absent_set(names_: tuple[str, ...]) -> frozenset[str]:
        return absent_sets.setdefault(names_, frozenset(names_))

    names["_absent"], names["_absent_set"] = absent_sets, absent_set
    lines = ["def trusted(raw):", "    get = raw.get", "    absent = ()", "    blank = ()"]
    for i, (name, _load, _dump, default, _required, check) in enumerate(plan):
        lines += _field_lines(i, name, const(default), check, const, "absent", "blank")
    # every stored key is a field when the fields found are as many as the keys; most
    # records leave nothing out and blank nothing (one shared empty set, no lookup)
    lines += [f"    if len(raw) + len(absent) == {len(plan)}:", "        extra = {}", "    else:",
              f"        extra = {{k: x for k, x in raw.items() if k not in {const(cls._plan_names)}}}",
              "    obj = _new(_cls)",
              "    _set(obj, '__dict__', {" + "".join(f"{name!r}: f{i}, " for i, (name, *_rest) in enumerate(plan))
              + "'extra': extra, "
              "'absent': (_absent.get(absent) or _absent_set(absent)) if absent else _NONE, "
              "'blank': (_absent.get(blank) or _absent_set(blank)) if blank else _NONE})",
              "    return obj"]
    exec(compile("\n".join(lines), f"<trusted builder for {cls.__name__}>", "exec"), names)  # noqa: S102
    trusted = names["trusted"]
    cls._trusted = trusted
    return trusted  # type: ignore[no-any-return]


def compile_projector(cls: type[Struct], fields: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """Build ``project(raw) -> tuple``: for a stored dict that passed the check, the typed
    values of ``fields`` - what ``getattr(record, name)`` gives on the record
    :func:`compile_builder` would build, and for a name that is no field of ``cls``,
    what ``record.extra.get(name)`` gives (a key a newer rmcoach, or a hand, stored).

    The same conversions as the builder, for a few fields and without making a record:
    a feature that needs two or three fields of thousands of records (the report counts
    the learnings) reads them at a fraction of the cost of building every record."""
    made = _PROJECTORS.get((cls, fields))
    if made is not None:
        return made
    names: dict[str, Any] = {"_M": _MISSING, "_day": _dt.date.fromisoformat, "_when": _dt.datetime.fromisoformat,
                             "_NO_REFS": NO_REFS}
    const = _constants(names)
    plan = {row[0]: row for row in cls._fields_plan()}
    lines = ["def project(raw):", "    get = raw.get"]
    for i, name in enumerate(fields):
        row = plan.get(name)
        if row is None:
            lines.append(f"    f{i} = get({name!r})")
        else:
            lines += _field_lines(i, name, const(row[3]), row[5], const, None, None)
    lines.append("    return (" + "".join(f"f{i}, " for i in range(len(fields))) + ")")
    exec(compile("\n".join(lines), f"<projector for {cls.__name__}{fields}>", "exec"), names)  # noqa: S102
    project: Callable[[Any], tuple[Any, ...]] = names["project"]
    _PROJECTORS[(cls, fields)] = project
    return project


_PROJECTORS: dict[tuple[type, tuple[str, ...]], Callable[[Any], tuple[Any, ...]]] = {}


R = TypeVar("R", bound="Record")


class Record(Struct):
    """One stored record.  Subclasses are frozen record types that declare ``TABLE``
    and their fields; the common ones are declared by the mixins below."""

    TABLE: ClassVar[str] = ""

    @classmethod
    def from_dict(cls: type[R], raw: Any, refs: Refs = NO_REFS, *, position: str = "") -> R:
        """The typed record for a stored dict, or :class:`RecordError`."""
        try:
            values = cls._read(raw, refs)
        except Bad as exc:
            raise RecordError(cls.TABLE, record_label(raw, position), exc.path, exc.problem) from None
        except RecursionError:
            raise RecordError(cls.TABLE, record_label(raw, position), "", "is nested too deeply") from None
        obj = object.__new__(cls)
        obj.__dict__.update(values)
        return obj

    @classmethod
    def from_checked(cls: type[R], raw: dict[str, Any]) -> R:
        """The typed record for a stored dict the store has already checked (every record
        of a store that loaded): what ``from_dict`` gives, several times faster, because
        nothing is tested again (see :func:`compile_builder`).  Never for unchecked input."""
        return cast(R, (cls._trusted or compile_builder(cls))(raw))

    @classmethod
    def check(cls, raw: Any, refs: Refs = NO_REFS, *, position: str = "") -> None:
        """Raise :class:`RecordError` when ``raw`` would not convert (nothing is built)."""
        try:
            cls.validate(raw, refs)
        except Bad as exc:
            raise RecordError(cls.TABLE, record_label(raw, position), exc.path, exc.problem) from None
        except RecursionError:
            raise RecordError(cls.TABLE, record_label(raw, position), "", "is nested too deeply") from None


def _history_entry_load(value: Any, refs: Refs) -> dict[str, Any]:
    if type(value) is not dict:
        raise Bad(f"must be a mapping, not {_kind(value)}")
    at = value.get("at")
    if at is not None:
        try:
            _stamp(at, refs)
        except Bad as exc:
            raise exc.inside("at") from None
    by = value.get("by")
    if by is not None and type(by) is not str:
        raise Bad(f"must be a person's uuid or null, not {_kind(by)}", "by")
    version = value.get("version", _MISSING)
    if version is not _MISSING and type(version) is not dict:
        raise Bad(f"must be the earlier version as a mapping, not {_kind(version)}", "version")
    return value


#: earlier versions of a record (``Store.update(keep_history=True)``); each kept as stored
HISTORY = list_of(Check(_history_entry_load, what="earlier versions"))


class Common(Struct):
    """Fields every stored record has (added by the store)."""

    uuid: str = fld(REF, "", required="every record has one")
    created: str | None = fld(optional(STAMP))
    updated: str | None = fld(optional(STAMP))
    deleted: bool = fld(BOOL, False)
    history: tuple[dict[str, Any], ...] = fld(HISTORY, ())


class Written(Struct):
    """Fields of text a person wrote (see privacy.py)."""

    author: str | None = fld(optional(PERSON))
    visibility: str = fld(one_of(*VISIBILITIES), SHARED)
