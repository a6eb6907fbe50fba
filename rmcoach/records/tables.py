"""The name of every table in the store, defined once.

Records live in one TinyDB file; each table below holds one kind of record
(see ARCHITECTURE.md, "Tables").  Use these constants instead of spelling the
names again.
"""

from __future__ import annotations

META = "_meta"
PAIR = "pair"
PEOPLE = "people"
AGREEMENTS = "agreements"
READINESS = "readiness"
FIRST_MEETING = "first_meeting"
EXERCISES = "exercises"
HEALTH_CHECKS = "health_checks"
SCHEDULE_CHANGES = "schedule_changes"
SESSIONS = "sessions"
REFLECTIONS = "reflections"
ACTIONS = "actions"
AGENDA_TOPICS = "agenda_topics"
SKILLS = "skills"
LEARNINGS = "learnings"
GLOSSARY_TERMS = "glossary_terms"
DIAGNOSES = "diagnoses"
RETROS = "retros"

#: every table of records (the store header ``_meta`` is not a record table)
ALL = (
    PAIR, PEOPLE, AGREEMENTS, READINESS, FIRST_MEETING, EXERCISES, HEALTH_CHECKS,
    SCHEDULE_CHANGES, SESSIONS, REFLECTIONS, ACTIONS, AGENDA_TOPICS, SKILLS,
    LEARNINGS, GLOSSARY_TERMS, DIAGNOSES, RETROS,
)
