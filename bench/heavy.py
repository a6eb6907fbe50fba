"""Generate a "heavy pair": years of weekly use, written with rmcoach's own store.

    python bench/heavy.py DIR [--years 5]

Per year of weekly use: ~52 sessions, 400 learnings, 30 skills, 200 action
items; plus several agreement versions.  The records use the same tables
and fields as the app, so the benchmark exercises real code paths.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rmcoach.features.demo import JUNIOR, SENIOR  # noqa: E402
from rmcoach.records.pairs import create_pair  # noqa: E402
from rmcoach.storage.store import Store  # noqa: E402

WORDS = (
    "portal inbox message template consent clinic video call password manager phishing "
    "calendar invite shared note handover bedside family conversation reasoning differential "
    "escalation rota audit dashboard spreadsheet filter pivot referral letter dictation "
    "governance committee budget career research teaching feedback listening silence pause"
).split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate(data_dir: Path, years: float = 5, seed: int = 7) -> Store:
    rng = random.Random(seed)
    store = Store(data_dir)
    weeks = int(52 * years)
    start = _dt.date(2026, 11, 1) - _dt.timedelta(weeks=weeks)
    with store.transaction():
        pair = create_pair(store, people=(SENIOR, JUNIOR), relationship="tech exchange",
                           context="Cardiology and the digital team", start=start)
        people = [p.uuid for p in pair.people]
        skills = []
        extra = random.Random(seed + 5)  # for fields added later, so the rest of the data stays as it was
        for i in range(int(30 * years)):
            teacher = people[i % 2]
            level = rng.randint(0, 4)
            begun = start + _dt.timedelta(days=extra.randint(0, weeks * 7 - 60))
            skills.append(store.insert("skills", {
                "title": f"Skill {i}: " + sentence(rng, 3), "teacher": teacher,
                "learner": people[(i + 1) % 2], "kind": "technology" if i % 2 else "professional wisdom",
                "description": sentence(rng, 25), "why": sentence(rng, 12), "level": level,
                "levels": [{"level": lv, "on": (begun + _dt.timedelta(days=14 * lv)).isoformat(), "note": ""}
                           for lv in range(level + 1)],
                "tasks": [{"id": f"h{i}-{k}", "text": sentence(extra, 8), "due": (begun + _dt.timedelta(days=7 * (k + 1))).isoformat(),
                           "status": extra.choice(["open", "tried", "done"]), "tried_on": None,
                           "friction": sentence(extra, 10) if extra.random() < 0.4 else ""} for k in range(2)],
                "teachbacks": ([{"on": (begun + _dt.timedelta(days=60)).isoformat(), "explanation": sentence(extra, 30),
                                 "before": extra.randint(1, 3), "after": extra.randint(3, 5)}] if level >= 3 else []),
                "author": people[(i + 1) % 2], "visibility": "shared",
            })["uuid"])
        sessions = []
        for w in range(weeks):
            day = start + _dt.timedelta(weeks=w)
            sessions.append(store.insert("sessions", {
                "date": day.isoformat() + "T14:00", "lead": people[w % 2],
                "covered": [
                    {"teacher": people[0], "learner": people[1], "skill": rng.choice(skills), "topic": sentence(rng, 3)},
                    {"teacher": people[1], "learner": people[0], "skill": rng.choice(skills), "topic": sentence(rng, 3)},
                ],
                "minutes": 60, "author": people[w % 2], "visibility": "shared",
                "went_well": sentence(rng, 15), "notes": "\n\n".join(sentence(rng, 30) for _ in range(4)),
                "ratings": {p: {"useful": rng.randint(2, 5), "comfort": rng.randint(2, 5)} for p in people},
            })["uuid"])
        for i in range(int(200 * years)):
            store.insert("actions", {
                "text": sentence(rng, 10), "owner": people[i % 2], "session": rng.choice(sessions),
                "due": (start + _dt.timedelta(days=rng.randint(0, weeks * 7))).isoformat(),
                "status": rng.choice(["open", "done", "done", "dropped"]),
            })
        for i in range(int(400 * years)):
            store.insert("learnings", {
                "text": sentence(rng, 20), "by": people[i % 2], "skill": rng.choice(skills + [None]),
                "tags": rng.sample(WORDS, 2), "on": (start + _dt.timedelta(days=i * 7 * weeks // (400 * years + 1))).isoformat(),
                "author": people[i % 2], "visibility": "private" if extra.random() < 0.05 else "shared",
            })
        # several agreement versions, each changing the rhythm from a date on, all acknowledged
        from rmcoach.features import agreement
        from rmcoach.features.schedule import Cadence, ScheduleRule

        for v in range(4):
            fields = agreement.template(pair, tz="Europe/London")
            fields["goals"] = [{"id": f"g{v}-{k}", "person": people[k % 2], "goal": sentence(rng, 12),
                                "success": sentence(rng, 8), "target": None} for k in range(6)]
            cadence = Cadence.weekly(start.weekday()) if v % 2 else Cadence.every_n_weeks(2, start.weekday())
            begin = _dt.datetime.combine(start + _dt.timedelta(weeks=v * weeks // 4), _dt.time(14, 0))
            first = ScheduleRule.first_on_or_after(cadence, begin)
            fields["logistics"].update(cadence=cadence.to_dict(), until=None, first=fields["logistics"]["first"],
                                       effective_from=first.date().isoformat())
            agreement.save(store, fields, by=people[0])
            for person in people:
                agreement.acknowledge(store, pair, person)
    # a returning user: the machine remembers who is at the keyboard
    from rmcoach.storage.prefs import Prefs

    Prefs(data_dir).set("viewer", people[0])
    return store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--years", type=float, default=5)
    args = parser.parse_args()
    store = generate(Path(args.dir), args.years)
    print(f"wrote {store.path} ({store.path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
