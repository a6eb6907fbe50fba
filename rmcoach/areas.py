"""Every place in the app, in one registry.

The home screen, the footer, the help screen, the command palette and search are
all built from :data:`AREAS`. An area has a stable ``id`` (the core names areas by
id: status lines, search results) and a ``key`` (the UI's letter for it). Its
screen is imported only when opened, through a small loader function, so this
module stays plain Python and costs nothing on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from rmcoach.screens.base import DataScreen


class Area(NamedTuple):  # (not a dataclass: its code generation cost the launch)
    id: str
    key: str
    title: str
    help: str
    screen: Callable[[], type[DataScreen]] | None = None  # the area's screen, built with no arguments
    action: str | None = None  # or an app action (without ``action_``)
    needs_pair: bool = True


def _trust() -> type[DataScreen]:
    from rmcoach.screens.trust import TrustScreen
    return TrustScreen


def _briefing() -> type[DataScreen]:
    from rmcoach.screens.briefing import BriefingScreen
    return BriefingScreen


def _sessions() -> type[DataScreen]:
    from rmcoach.screens.sessions import SessionsScreen
    return SessionsScreen


def _review() -> type[DataScreen]:
    from rmcoach.screens.review import ReviewScreen
    return ReviewScreen


def _skills() -> type[DataScreen]:
    from rmcoach.screens.skills import SkillsScreen
    return SkillsScreen


def _learnings() -> type[DataScreen]:
    from rmcoach.screens.learnings import LearningsScreen
    return LearningsScreen


def _balance() -> type[DataScreen]:
    from rmcoach.screens.balance import BalanceScreen
    return BalanceScreen


def _search() -> type[DataScreen]:
    from rmcoach.screens.search import SearchScreen
    return SearchScreen


def _jargon() -> type[DataScreen]:
    from rmcoach.screens.jargon import GlossaryScreen
    return GlossaryScreen


def _resistance() -> type[DataScreen]:
    from rmcoach.screens.resistance import ResistanceScreen
    return ResistanceScreen


def _tips() -> type[DataScreen]:
    from rmcoach.screens.tips import TipsScreen
    return TipsScreen


# Each feature adds its line here.
AREAS: tuple[Area, ...] = (
    Area("pair", "e", "Edit pair details", "Change names, roles, what each brings, the relationship's name and dates",
         action="edit_pair"),
    Area("trust", "t", "Trust and agreement",
         "Readiness, the first meeting guide, trust exercises, your agreement and health checks", _trust),
    Area("briefing", "b", "Briefing", "Before a session: who leads which half, the agenda, last time's recap and a tip",
         _briefing),
    Area("sessions", "c", "Sessions and actions",
         "Log a session, browse and search past ones, tick off action items, skip or move a session", _sessions),
    Area("review", "v", "Review together",
         "Look back: sessions kept, how they felt, progress both ways, goals, the close", _review),
    Area("skills", "s", "Skills swapped",
         "Skills each of you is learning from the other: level, practice tasks, teach-backs", _skills),
    Area("learnings", "l", "Learnings",
         "Everything you have logged as learned, by person, skill, tag and date (ctrl+l logs one from anywhere)",
         _learnings),
    Area("balance", "x", "Exchange balance", "How the teaching splits between the two directions, lately and overall",
         _balance),
    Area("search", "f", "Search everything",
         "Find any note, learning, skill, action item or agreement text as you type", _search),
    Area("jargon", "j", "Jargon and glossary",
         "Plain words for technical terms, your own terms, what you both know now (ctrl+j checks any text)", _jargon),
    Area("resistance", "d", "Find the cause of resistance",
         "A guided diagnostic about one technology or skill, with strategies to try", _resistance),
    Area("tips", "i", "Tips", "Short coaching tips for each moment: before a session, when resistance shows, and more",
         _tips),
    Area("sync", "y", "Sync now",
         "Send this laptop's shared changes to your partner's and bring theirs in (private notes stay here)",
         action="sync_now"),
)

BY_ID: dict[str, Area] = {a.id: a for a in AREAS}
BY_KEY: dict[str, Area] = {a.key: a for a in AREAS}


def key_of(area_id: str | None) -> str | None:
    """The key that opens the area with this id (None for no area or an unknown id)."""
    area = BY_ID.get(area_id or "")
    return area.key if area else None
