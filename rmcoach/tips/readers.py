"""Who reads a piece of writing, and so what counts as jargon for them.

A reader is one of :data:`READERS`: ``"clinical"`` (comes from clinical practice,
new to technology), ``"technology"`` (comes from technology, new to clinical work)
or ``"management"`` (runs services; knows the NHS's structures but not the clinic
or the code).  Each person in the pair may record their background in their own
words ("consultant cardiologist", "data analyst"); :func:`reader_from_background`
maps those words to a reader, and :func:`person_reader` picks a person's reader
from their background (or, when that is empty, from their role).
"""

from __future__ import annotations

import re
from typing import Any

READERS: tuple[str, ...] = ("clinical", "technology", "management")

READER_LABELS: dict[str, str] = {
    "clinical": "clinical (comes from clinical practice)",
    "technology": "technology (comes from technology or data)",
    "management": "management (runs services and budgets)",
}

# Words that point to a background; a phrase's words are matched at word starts.
_WORDS: dict[str, tuple[str, ...]] = {
    "clinical": (
        "clinical", "clinician", "clinic", "doctor", "dr", "physician", "consultant", "registrar", "surgeon",
        "nurse", "nursing", "midwife", "medic", "medical", "medicine", "gp", "general practitioner",
        "cardiolog", "oncolog", "neurolog", "radiolog", "anaesthet", "anesthes", "paediatric", "pediatric",
        "psychiatr", "geriatric", "obstetric", "gynae", "surgery", "surgical", "pharmacist", "pharmacy",
        "physio", "therapist", "paramedic", "dietitian", "healthcare professional", "health professional",
        "matron", "sister", "junior doctor", "resident", "fy1", "fy2", "spr", "sho", "ward", "intensivist",
        "dermatolog", "endocrinolog", "gastroenterolog", "haematolog", "nephrolog", "rheumatolog",
        "urolog", "orthopaedic", "emergency medicine", "acute medicine", "general practice", "dentist",
        "optometrist", "podiatrist", "midwifery", "healthcare assistant", "hca", "ahp",
    ),
    "technology": (
        "technology", "tech", "it", "digital", "data", "analyst", "analytics", "informatics", "developer",
        "engineer", "engineering", "software", "programmer", "programming", "computing", "computer",
        "coder", "devops", "cyber", "security", "systems", "ehr", "epr", "database", "bi", "business intelligence",
        "statistician", "data scientist", "machine learning", "ai", "web", "network", "infrastructure",
        "product", "ux", "designer", "helpdesk", "service desk", "architect", "cio", "cto", "ccio",
    ),
    "management": (
        "management", "manager", "managing", "director", "executive", "exec", "administrator", "admin",
        "operations", "ops", "finance", "financial", "accountant", "commissioning", "commissioner",
        "business", "hr", "human resources", "workforce", "governance", "planning", "planner", "chief",
        "ceo", "coo", "cfo", "board", "service manager", "general manager", "head of", "leadership",
        "project manager", "programme manager", "procurement", "estates", "policy", "strategy",
    ),
}

# When words from two backgrounds appear, the more specific one wins ("clinical
# informatics analyst" reads as technology; "data manager" reads as technology).
_PRIORITY = {"technology": 0, "clinical": 1, "management": 2}
_TOKEN = re.compile(r"[a-z0-9]+")


def reader_from_background(text: str) -> str | None:
    """The reader a background describes, or None when the words point nowhere.

    The reader names themselves ("clinical", "technology", "management") always
    win; otherwise the background's words are scored and ties go to technology,
    then clinical, then management (so "clinical informatics analyst" is technology).
    """
    if not isinstance(text, str):
        return None
    low = text.casefold().strip()
    if not low:
        return None
    words = _TOKEN.findall(low)
    if not words:
        return None
    for reader in READERS:
        if low == reader or low == reader[:4]:
            return reader
    joined = " " + " ".join(words) + " "
    scores: dict[str, int] = {}
    for reader, cues in _WORDS.items():
        for cue in cues:
            if " " in cue:
                if f" {cue} " in joined:
                    scores[reader] = scores.get(reader, 0) + 2
            elif len(cue) <= 3:
                if cue in words:
                    scores[reader] = scores.get(reader, 0) + 1
            elif any(w.startswith(cue) for w in words):
                scores[reader] = scores.get(reader, 0) + 1
    if not scores:
        return None
    best = max(scores.values())
    return min((r for r, s in scores.items() if s == best), key=_PRIORITY.__getitem__)


def person_reader(person: Any) -> str | None:
    """The reader a person is: from their recorded background, else from their role."""
    if person is None:
        return None
    found = reader_from_background(getattr(person, "background", "") or "")
    if found is None:
        found = reader_from_background(getattr(person, "role", "") or "")
    return found


def describe(reader: str | None) -> str:
    """"a clinical reader" (or "anyone" when no reader is chosen)."""
    return f"a {reader} reader" if reader else "anyone"
