"""The demo pair's session history: about three months of check-ins that
follow the demo agreement's rhythm, with one recent session left unlogged
so the home screen shows how a gap is pointed out."""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

from rmcoach.features import checkins, sessions
from rmcoach.records import privacy, tables
from rmcoach.records.model import Pair
from rmcoach.records.skills import SkillRecord
from rmcoach.storage.store import Store

# (senior teaches junior, junior teaches senior, went well, notes, (senior useful, comfort), (junior useful, comfort))
_SESSIONS: tuple[tuple[str, str, str, str, tuple[int, int], tuple[int, int]], ...] = (
    ("How a ward round decides who is seen first",
     "What each of us hopes to get from this",
     "We agreed the ground rules quickly and both laughed about our calendars.",
     "## First session\n\nWe swapped stories about **good and bad mentors**.\n\n"
     "- Margaret wants to stop dreading the new EPR.\n- Sam wants to see how senior decisions really get made.\n",
     (4, 3), (4, 3)),
    ("Breaking bad news: the first two minutes",
     "Setting up the patient portal inbox",
     "Doing it on Margaret's own account made it real; no slides needed.",
     "## Portal inbox\n\nWe set up **filters** for results and a template reply.\n\n"
     "- [x] Turn on notifications for urgent messages\n- [ ] Try the template reply on Monday's clinic\n",
     (5, 2), (4, 4)),
    ("Reading a room in a consultants' meeting",
     "Password manager basics",
     "The locked drug cabinet comparison for a password vault clicked straight away.",
     "## Password manager\n\nOne strong main password, the vault does the rest.\n\n"
     "> Margaret: \"So I only have to remember one key, like the CD cupboard.\"\n",
     (5, 4), (5, 4)),
    ("How to push back on a senior colleague without a fight",
     "Video clinic: starting a call and sharing the screen",
     "Sam asked before explaining, and found Margaret already knew half of it.",
     "## Video clinics\n\nPractised a full mock consultation with screen sharing.\n\n"
     "1. Test the camera before clinic\n2. Keep the results tab open to share\n",
     (4, 4), (5, 3)),
    ("Career paths into clinical informatics",
     "Shared calendars and booking rooms",
     "Margaret's list of people worth talking to was more useful than any course.",
     "## Careers\n\nThree names to contact, and the CCIO's monthly open meeting.\n",
     (4, 5), (5, 5)),
    ("Writing a referral letter that gets read",
     "Spotting a phishing email",
     "We used real (redacted) emails from Margaret's inbox.",
     "## Phishing\n\nCheck the sender's address, hover before clicking, report don't delete.\n\n"
     "- [ ] Forward the suspicious invoice email to IT security\n",
     (5, 4), (4, 4)),
    ("Handling a complaint from a family",
     "Dashboard filters in the EPR",
     "Slower pace today; both said that was the right call.",
     "## Dashboards\n\nFiltered the clinic list by **overdue follow-ups**.\n",
     (4, 4), (4, 5)),
    ("Thinking aloud through a differential",
     "Dictation software for clinic letters",
     "Margaret dictated her first letter and it needed only two corrections.",
     "## Dictation\n\nTrained the voice profile with ten minutes of reading.\n",
     (5, 5), (5, 4)),
    ("Chairing a meeting that runs to time",
     "Using the shared team notebook",
     "Both of us came with a question ready, which made the session fly.",
     "## Team notebook\n\nCreated a page for the cardiology audit and shared it with the registrars.\n",
     (4, 5), (4, 5)),
    ("Saying no to extra work without burning bridges",
     "Keeping a to-do list on the phone that syncs",
     "Margaret taught with a story from her registrar years; Sam took notes.",
     "## Syncing lists\n\nOne list on the phone and the desktop; ticked items vanish on both.\n",
     (4, 4), (5, 4)),
    ("Preparing for a difficult appraisal conversation",
     "Reading the bed-state dashboard",
     "We finished early and used the time to plan the next month.",
     "## Bed state\n\nWhat the colours mean and where the numbers come from.\n\n"
     "- [ ] Ask the data team how often the bed state refreshes\n",
     (4, 4), (4, 4)),
    ("What makes a good clinical teacher",
     "Two-factor sign-in on the work phone",
     "Margaret set up two-factor sign-in herself while Sam only watched.",
     "## Two-factor sign-in\n\nThe app on the phone, a backup code in the vault.\n",
     (5, 5), (5, 5)),
)

_ACTIONS = (
    (1, 1, "Try the portal template reply in Monday's clinic", 7, sessions.DONE),
    (2, 0, "Send Sam the two articles on breaking bad news", 5, sessions.DONE),
    (3, 1, "Move the clinic passwords into the vault", 14, sessions.DONE),
    (5, 0, "Introduce Sam to the chief clinical information officer", 21, sessions.OPEN),
    (6, 1, "Forward the suspicious invoice email to IT security", 3, sessions.DROPPED),
    (7, 1, "Run one clinic list from the overdue dashboard", 10, sessions.OPEN),
    (8, 0, "Draft a referral letter for Sam to read", 7, sessions.OPEN),
    (8, 1, "Dictate two clinic letters before next time", 7, sessions.OPEN),
)

_REFLECTIONS = (
    (1, 0, "I was more nervous than I expected to be about looking slow on the computer. Sam never made me feel it."),
    (5, 0, "Talking about careers reminded me how much I owe the people who opened doors for me."),
    (2, 1, "Breaking bad news is much harder than I imagined; I need to stop rushing to fill silences."),
    (6, 1, "I jumped into explaining before asking what she knew again. Ask first next time."),
)


def _skill_for(skills: Sequence[SkillRecord], teacher: str, learner: str, n: int) -> str | None:
    matching = [s for s in skills if s.teacher == teacher and s.learner == learner]
    return matching[n % len(matching)].uuid if matching else None


def add_demo_sessions(store: Store, pair: Pair, today: _dt.date) -> None:
    """Log the demo pair's sessions (nothing when the demo has no agreement yet)."""
    schedule = checkins.load_schedule(store)
    if schedule is None or len(pair.people) < 2:
        return
    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    tz = schedule.tz or "UTC"
    from rmcoach.infra.dates import localize

    now = localize(_dt.datetime.combine(today, _dt.time(8, 0)), tz)
    due = [o for o in schedule.occurrences(now - _dt.timedelta(weeks=15), now) if o.end <= now]
    if not due:
        return
    skip = len(due) - 1 if len(due) >= 2 else None  # the latest one stays unlogged
    held = [o for i, o in enumerate(due) if i != skip][-len(_SESSIONS):]
    skills = store.records(SkillRecord)
    with store.transaction():
        session_ids: list[str] = []
        for n, occ in enumerate(held):
            wisdom, tech, well, notes, senior_r, junior_r = _SESSIONS[n]
            lead = checkins.who_leads(pair, occ.index, None) or senior
            covered = [
                sessions.Covered(senior, junior, _skill_for(skills, senior, junior, n), wisdom).to_dict(),
                sessions.Covered(junior, senior, _skill_for(skills, junior, senior, n), tech).to_dict(),
            ]
            record = store.insert(tables.SESSIONS, {
                "date": occ.start.strftime("%Y-%m-%dT%H:%M"), "occurrence": occ.index,
                "minutes": occ.minutes, "lead": lead, "covered": covered,
                "went_well": well, "notes": notes,
                "ratings": {senior: {"useful": senior_r[0], "comfort": senior_r[1]},
                            junior: {"useful": junior_r[0], "comfort": junior_r[1]}},
                "author": junior if n % 2 else senior, "visibility": privacy.SHARED,
            })
            session_ids.append(record["uuid"])
        for n, owner, text, days, status in _ACTIONS:
            if n >= len(held):
                continue
            agreed = held[n].start.date()
            closed = status != sessions.OPEN
            closed_in = session_ids[n + 1] if closed and n + 1 < len(session_ids) else None
            store.insert(tables.ACTIONS, {
                "text": text, "owner": (senior, junior)[owner],
                "due": (agreed + _dt.timedelta(days=days) if closed
                        else max(agreed + _dt.timedelta(days=days), today + _dt.timedelta(days=days // 2 + 2))
                        ).isoformat(), "status": status,
                "session": session_ids[n], "closed_in": closed_in,
                "closed_on": (agreed + _dt.timedelta(days=days)).isoformat() if closed else None,
                "author": (senior, junior)[owner], "visibility": privacy.SHARED,
            })
        for n, who, text in _REFLECTIONS:
            if n < len(held):
                store.insert(tables.REFLECTIONS, {"session": session_ids[n], "author": (senior, junior)[who],
                                                  "visibility": privacy.PRIVATE, "text": text})
        store.insert(tables.AGENDA_TOPICS, {"text": "What to do when the EPR freezes mid-clinic", "by": senior,
                                            "for_session": None, "done": False, "done_in": None,
                                            "author": senior, "visibility": privacy.SHARED})
        store.insert(tables.AGENDA_TOPICS, {"text": "How consultants decide which meetings to skip", "by": junior,
                                            "for_session": None, "done": False, "done_in": None,
                                            "author": junior, "visibility": privacy.SHARED})
