"""The tips library: short Markdown tips, each in ``rmcoach/tips/library/<id>.md``.

Each file starts with a small front-matter block parsed here (no YAML library)::

    ---
    title: Ask before you teach
    moments: before-session, first-meeting
    audience: tech-side
    ---
    Body in Markdown.

``moments`` is a comma-separated list of :data:`MOMENTS`; ``audience`` is one of
:data:`AUDIENCES` and names the tip's reader: ``tech-side`` is the person who
teaches technology in this pair (usually the junior, tech-fluent colleague),
``wisdom-side`` the person who teaches professional wisdom (usually the senior
colleague), ``both`` either of them.  Which of the pair's two people is which
side is worked out by :mod:`rmcoach.tips.sides`.  Files are read with :mod:`importlib.resources`, so the
library works from an installed package (they ship as package data).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

MOMENTS: tuple[str, ...] = (
    "first-meeting",
    "before-session",
    "after-hard-session",
    "resistance",
    "one-way",
    "health-check-due",
    "drift",
    "jargon",
    "closing",
    "any",
)
AUDIENCES: tuple[str, ...] = ("tech-side", "wisdom-side", "both")
_FIELDS = ("title", "moments", "audience")


class TipFormatError(ValueError):
    """A tip file whose front matter is missing or invalid."""


@dataclass(frozen=True)
class Tip:
    id: str  # the file stem
    title: str
    moments: tuple[str, ...]
    audience: str
    body: str


def parse_tip(tip_id: str, text: str) -> Tip:
    """Parse one tip file's text; raises :class:`TipFormatError` with the reason."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise TipFormatError(f"{tip_id}: the file must start with a '---' line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise TipFormatError(f"{tip_id}: the front matter has no closing '---' line") from None
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in _FIELDS:
            raise TipFormatError(f"{tip_id}: line {number} should be one of {', '.join(_FIELDS)} followed by ':'")
        if key in fields:
            raise TipFormatError(f"{tip_id}: '{key}' is given twice")
        fields[key] = value.strip()
    missing = [f for f in _FIELDS if not fields.get(f)]
    if missing:
        raise TipFormatError(f"{tip_id}: missing {', '.join(missing)}")
    moments = tuple(m.strip() for m in fields["moments"].split(",") if m.strip())
    unknown = [m for m in moments if m not in MOMENTS]
    if unknown or not moments:
        raise TipFormatError(f"{tip_id}: unknown moment(s) {', '.join(unknown) or '(none given)'}")
    audience = fields["audience"]
    if audience not in AUDIENCES:
        raise TipFormatError(f"{tip_id}: audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    body = "\n".join(lines[end + 1:]).strip()
    if not body:
        raise TipFormatError(f"{tip_id}: the tip has no body")
    return Tip(tip_id, fields["title"], moments, audience, body)


_TIPS: list[Tip] | None = None


def all_tips() -> list[Tip]:
    """Every tip, sorted by id (loaded once and cached)."""
    global _TIPS
    if _TIPS is None:
        folder = resources.files("rmcoach.tips").joinpath("library")
        tips = []
        for item in folder.iterdir():
            name = item.name
            if name.endswith(".md") and item.is_file():
                tips.append(parse_tip(name[:-3], item.read_text(encoding="utf-8")))
        tips.sort(key=lambda t: t.id)
        _TIPS = tips
    return list(_TIPS)


def tips_for(moment: str) -> list[Tip]:
    """Tips tagged with ``moment`` (an id from :data:`MOMENTS`)."""
    if moment not in MOMENTS:
        raise ValueError(f"unknown moment {moment!r}; expected one of {', '.join(MOMENTS)}")
    return [t for t in all_tips() if moment in t.moments]


def for_reader(tip: Tip, side: str | None) -> bool:
    """Whether ``tip`` is meant for a person on ``side`` (None: a reader of either side)."""
    return tip.audience == "both" or side is None or tip.audience == side


def pick_tip(moment: str, seed: str = "", side: str | None = None, exclude: tuple[str, ...] = ()) -> Tip:
    """One tip for ``moment``, the same one every time for the same seed (e.g. today's date).

    With ``side`` ("tech-side" or "wisdom-side") only tips meant for that reader
    (theirs or ``both``) are chosen; tip ids in ``exclude`` are passed over when
    another fits.  Falls back to the tips tagged ``any`` when none is tagged with ``moment``.
    """
    if side is not None and side not in AUDIENCES:
        raise ValueError(f"unknown reader {side!r}; expected one of {', '.join(AUDIENCES)}")
    choices = [t for t in tips_for(moment) if for_reader(t, side)]
    choices = choices or [t for t in tips_for("any") if for_reader(t, side)]
    if not choices:
        raise LookupError("the tips library is empty")
    fresh = [t for t in choices if t.id not in exclude]
    choices = fresh or choices
    digest = hashlib.sha256(f"{moment}\x00{side or ''}\x00{seed}".encode("utf-8")).digest()
    return choices[int.from_bytes(digest[:8], "big") % len(choices)]
