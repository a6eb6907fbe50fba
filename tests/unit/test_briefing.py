"""The briefing: who leads, the agenda with carried-forward actions, the recap, privacy, the tip moment."""

from __future__ import annotations

import pytest

import datetime as _dt
from pathlib import Path

from rmcoach.features import briefing, sessions
from rmcoach.records import privacy
from rmcoach.tips import personal as readers
from rmcoach.storage.store import StoreError
from rmcoach.records import tables
from tests.conftest import fortnightly, make_pair, utc


def _log(store, pair, **kw):
    a, b = pair.people[0].uuid, pair.people[1].uuid
    fields = dict(start=_dt.datetime(2026, 9, 1, 14, 0), lead=a, occurrence=1,
                  covered=(sessions.Covered(a, b, None, "Breaking bad news"),
                           sessions.Covered(b, a, None, "Portal inbox filters")),
                  went_well="We used real examples", notes="- [ ] bring the rota question",
                  ratings={a: {"useful": 4, "comfort": 4}, b: {"useful": 4, "comfort": 4}},
                  actions=(sessions.ActionInput("Set up the vault", a, _dt.date(2026, 9, 10)),
                           sessions.ActionInput("Send the article", b, _dt.date(2026, 9, 30))),
                  reflection="SECRET-REFLECTION I worried I looked slow.")
    fields.update(kw)
    return sessions.log_session(store, sessions.SessionInput(**fields), author=kw.pop("author", a))


def test_first_briefing_without_a_log(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    b = briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9))
    assert b.next is not None and b.next.index == 1 and b.lead == pair.people[0].uuid
    assert b.moment == "first-meeting"
    when = b.section("When and who leads")
    assert when is not None
    text = " ".join(when.paragraphs)
    assert "Dr Ann Lee leads the first half" in text and "Sam Roe leads the second half" in text
    assert "both ways" in text and "It starts in 2 days" in text
    assert "No session logged yet" in " ".join(b.section("Last time").paragraphs)


def test_actions_carry_forward_until_done_and_reflection_stays_private(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    fortnightly(store)
    _log(store, pair)
    now = utc(2026, 9, 14, 9)
    b = briefing.build_briefing(store, pair, None, now)
    assert b.lead == pair.people[1].uuid  # session 2: the other person leads first
    actions = b.section("Open action items")
    assert actions is not None and len(actions.items) == 2
    assert actions.items[0].startswith("Set up the vault — Dr Ann Lee, overdue since Thu 10 Sep 2026")
    assert "Send the article — Sam Roe, due Wed 30 Sep 2026" in actions.items[1]
    recap = b.section("Last time")
    assert any("Dr Ann Lee taught Sam Roe: Breaking bad news" in i for i in recap.items)
    assert any("Sam Roe taught Dr Ann Lee: Portal inbox filters" in i for i in recap.items)
    assert any("We used real examples" in i for i in recap.items)
    carried = b.section("Carried over")
    assert carried is not None and "bring the rota question" in carried.items[0]

    shared = briefing.briefing_markdown(b)
    assert "SECRET-REFLECTION" not in shared
    together = briefing.briefing_markdown(briefing.build_briefing(store, pair, privacy.TOGETHER, now))
    assert "SECRET-REFLECTION" not in together
    other = briefing.briefing_markdown(briefing.build_briefing(store, pair, pair.people[1].uuid, now))
    assert "SECRET-REFLECTION" not in other
    own = briefing.briefing_markdown(briefing.build_briefing(store, pair, a, now))
    assert "SECRET-REFLECTION" in own

    # mark one done: it leaves the next agenda, the other is still carried forward
    done = [x for x in store.all(tables.ACTIONS) if x["text"] == "Set up the vault"][0]
    sessions.set_action_status(store, done["uuid"], sessions.DONE)
    items = briefing.build_briefing(store, pair, None, now).section("Open action items").items
    assert len(items) == 1 and items[0].startswith("Send the article")


def test_skills_in_progress_both_ways_and_topics(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    a, b_ = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    for title, teacher, learner, level in (("Video clinics", b_, a, 2), ("Reading a room", a, b_, 1),
                                           ("Old finished thing", b_, a, 4), ("Not begun", a, b_, 0)):
        store.insert(tables.SKILLS, {"title": title, "teacher": teacher, "learner": learner, "level": level,
                                "author": teacher, "visibility": "shared"})
    store.insert(tables.SKILLS, {"title": "Hidden plan", "teacher": a, "learner": b_, "level": 2,
                            "author": a, "visibility": "private"})
    sessions.add_topic(store, "EPR freezes", by=a, for_session=2)
    sessions.add_topic(store, "Old topic", by=b_, for_session=1)
    b = briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9))
    skills = b.section("Skills in progress").items
    assert skills == ("Dr Ann Lee → Sam Roe: Reading a room (seen it shown)",
                      "Sam Roe → Dr Ann Lee: Video clinics (tried with help)")
    assert b.section("Topics you chose").items == ("EPR freezes — from Dr Ann Lee",)
    assert "Old topic" in b.section("Carried over").items[0]


def test_tip_moment_follows_the_situation(data_dir: Path) -> None:
    assert briefing.pick_moment(first=True, drifting=True, hard=True, one_way=True) == "first-meeting"
    assert briefing.pick_moment(first=False, drifting=True, hard=True, one_way=False) == "drift"
    assert briefing.pick_moment(first=False, drifting=False, hard=True, one_way=False) == "after-hard-session"
    assert briefing.pick_moment(first=False, drifting=False, hard=False, one_way=True) == "one-way"
    assert briefing.pick_moment(first=False, drifting=False, hard=False, one_way=False) == "before-session"
    store, pair = make_pair(data_dir)
    fortnightly(store)
    _log(store, pair, ratings={pair.people[0].uuid: {"useful": 4, "comfort": 2}})
    assert briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9)).moment == "after-hard-session"
    assert briefing.build_briefing(store, pair, None, utc(2026, 11, 14, 9)).moment == "drift"


def test_tip_moment_for_closing_health_checks_and_resistance(data_dir: Path) -> None:
    from rmcoach.features import health

    calm = dict(first=False, drifting=False, hard=False, one_way=True)
    assert briefing.pick_moment(**calm, closing=True, health_due=True, friction=True) == "closing"
    assert briefing.pick_moment(**calm, health_due=True, friction=True) == "health-check-due"
    assert briefing.pick_moment(**calm, friction=True) == "resistance"
    assert briefing.pick_moment(first=False, drifting=True, hard=False, one_way=False, closing=True) == "drift"
    store, pair = make_pair(data_dir)  # started 1 Sep, no planned end: a health check every 3 months
    fortnightly(store)
    for n in range(7):  # every session kept, so nothing is drifting
        _log(store, pair, start=_dt.datetime(2026, 9, 1, 14, 0) + _dt.timedelta(weeks=2 * n), occurrence=n + 1,
             ratings={p.uuid: {"useful": 4, "comfort": 4} for p in pair.people})
    assert briefing.build_briefing(store, pair, None, utc(2026, 11, 30, 9)).moment == "before-session"
    due = briefing.build_briefing(store, pair, None, utc(2026, 12, 2, 9))
    assert due.moment == "health-check-due"
    from rmcoach.tips.library import tips_for

    assert due.tip_title in {t.title for t in tips_for("health-check-due")}
    health.save_answers(store, pair, pair.people[0].uuid, {"safe": 4}, on=_dt.date(2026, 12, 2))
    assert briefing.build_briefing(store, pair, None, utc(2026, 12, 2, 10)).moment == "before-session"
    store.update(tables.PAIR, pair.uuid, {"end": "2026-12-20"})
    from rmcoach.records.pairs import load_pair

    assert briefing.build_briefing(store, load_pair(store), None, utc(2026, 12, 2, 10)).moment == "closing"


def test_the_demo_pair_with_undiagnosed_friction_gets_a_resistance_tip(demo_dir: Path) -> None:
    from rmcoach.records.pairs import load_pair
    from rmcoach.storage.store import Store

    store = Store(demo_dir)
    pair = load_pair(store)
    b = briefing.build_briefing(store, pair, pair.people[0].uuid, utc(2026, 11, 22, 9))
    assert b.moment == "resistance"


def test_markdown_is_valid_commonmark_and_user_text_stays_text(data_dir: Path) -> None:
    from markdown_it import MarkdownIt

    store, pair = make_pair(data_dir)
    fortnightly(store)
    record = _log(store, pair, went_well="*not bold* [link](http://x) <b>tag</b> # not a heading",
                  actions=(sessions.ActionInput("1. not a list", pair.people[0].uuid, None),))
    # text that came in some other way (an import) may hold escape codes
    store.update(tables.SESSIONS, record["uuid"], {"went_well": record["went_well"] + " \x1b[31m"})
    text = briefing.briefing_markdown(briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9)))
    assert text.startswith("# Tech exchange — briefing for Tue 15 Sep 2026\n")
    assert "\x1b" not in text
    tokens = MarkdownIt("commonmark").parse(text)
    kinds = {t.type for t in tokens}
    assert "html_inline" not in kinds and "html_block" not in kinds
    inline = [c for t in tokens if t.children for c in t.children]
    assert not any(c.type == "link_open" for c in inline)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert "Open action items" in headings and "not a heading" not in " ".join(headings)
    rendered = MarkdownIt("commonmark").render(text)
    assert "*not bold* [link](http://x) &lt;b&gt;tag&lt;/b&gt;" in rendered


def test_no_schedule_still_gives_agenda_and_recap(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    _log(store, pair)
    b = briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9))
    assert not b.has_schedule and b.next is None
    assert "agreement" in " ".join(b.section("When and who leads").paragraphs)
    assert len(b.section("Open action items").items) == 2
    assert b.section("Last time").items


def test_a_long_backlog_is_counted_not_listed(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    with store.transaction():
        for i in range(30):
            store.insert(tables.ACTIONS, {"text": f"Item {i}", "owner": pair.people[0].uuid, "due": None,
                                     "status": "open", "visibility": "shared"})
    items = briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9)).section("Open action items").items
    assert len(items) == briefing.MAX_ITEMS + 1 and "18 more open items" in items[-1]


def test_a_topic_added_together_reads_as_from_both(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    sessions.add_topic(store, "Plan the audit together", by=None)
    sessions.add_topic(store, "Rota question", by=pair.people[1].uuid)
    b = briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9))
    topics = b.section("Topics you chose").items
    assert "Plan the audit together — from both of you" in topics
    assert "Rota question — from Sam Roe" in topics


# --------------------------------------------------------------------------- what each teaches, tips and prompts for each reader
def _skill(store, title, teacher, learner, level, kind="technology", visibility="shared", on="2026-09-01"):
    return store.insert(tables.SKILLS, {"title": title, "teacher": teacher, "learner": learner, "level": level,
                                   "kind": kind, "levels": [{"level": level, "on": on, "note": ""}],
                                   "author": teacher, "visibility": visibility})


def test_the_briefing_names_what_each_person_teaches_today(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    _skill(store, "Video clinics", sam, ann, 2, on="2026-08-01")
    _skill(store, "Shared calendars", sam, ann, 1, on="2026-08-20")
    _skill(store, "Finished already", sam, ann, 4)
    _skill(store, "Reading a room", ann, sam, 1, kind="professional wisdom")
    _skill(store, "Secret plan", ann, sam, 2, kind="professional wisdom", visibility="private")
    sessions.add_topic(store, "Video clinics: what to do when the sound fails", by=ann, for_session=1)
    when = " ".join(briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9)).section("When and who leads").paragraphs)
    assert "teaching their topic" not in when
    # session 1: Ann leads first; the topic names Sam's skill, so it is Sam's to teach
    assert ("Dr Ann Lee leads the first half, teaching Reading a room (seen it shown); Sam Roe leads the second "
            "half, teaching \u201cVideo clinics: what to do when the sound fails\u201d and Shared calendars "
            "(seen it shown).") in when
    assert "Secret plan" not in when and "Finished already" not in when
    own = " ".join(briefing.build_briefing(store, pair, ann, utc(2026, 8, 30, 9)).section("When and who leads").paragraphs)
    assert "Secret plan" in own  # the author sees her own private skill


def test_with_many_skills_in_progress_the_two_most_recently_moved_are_named(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    with store.transaction():
        for day in range(1, 29):
            _skill(store, f"Skill moved on day {day:02d}", sam, ann, 1 + day % 3, on=f"2026-08-{day:02d}")
    taught = briefing.teaching_today(store, pair, None, 1)
    assert taught[sam] == ["Skill moved on day 28 (tried with help)", "Skill moved on day 27 (seen it shown)"]


def test_when_nothing_is_known_the_briefing_says_so_instead_of_their_topic(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    when = " ".join(briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9)).section("When and who leads").paragraphs)
    assert "teaching their topic" not in when
    assert "Nothing is named yet for Dr Ann Lee or Sam Roe to teach" in when


def test_each_person_sees_the_tip_meant_for_them(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    now = utc(2026, 8, 30, 9)
    for viewer, side in ((ann, "wisdom-side"), (sam, "tech-side")):
        b = briefing.build_briefing(store, pair, viewer, now)
        assert len(b.tips) == 1 and b.tips[0].person == viewer and b.tips[0].side == side
        assert b.tips[0].tip.audience in (side, "both")
        section = b.section("A tip for you today")
        assert section is not None and section.paragraphs[0] == b.tips[0].tip.title == b.tip_title
    together = briefing.build_briefing(store, pair, privacy.TOGETHER, now)
    assert [t.person for t in together.tips] == [ann, sam]
    assert together.tips[0].tip.id != together.tips[1].tip.id
    assert together.section("A tip for Dr Ann Lee") is not None and together.section("A tip for Sam Roe") is not None
    # across sessions the senior side is shown senior-side tips (or shared ones), never the junior's,
    # and the tips written for the senior side are among those it can be shown
    from rmcoach.tips.library import for_reader, tips_for

    for day in range(1, 60, 7):
        for t in briefing.build_briefing(store, pair, ann, utc(2026, 9, 1, 9) + _dt.timedelta(days=day)).tips:
            assert t.tip.audience in ("wisdom-side", "both")
    for moment in ("first-meeting", "before-session", "one-way", "after-hard-session"):
        assert any(t.audience == "wisdom-side" and for_reader(t, "wisdom-side") for t in tips_for(moment)), moment


def test_jargon_in_a_persons_topics_turns_their_tip_to_plain_words(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    sessions.add_topic(store, "Set up the VPN and an API token for the dashboard", by=sam)
    sessions.add_topic(store, "How clinic letters get signed off", by=ann)
    found = readers.jargon_by_person(store, pair, None)
    assert set(found) == {sam} and "VPN" in found[sam] and "API token" in found[sam]  # a token has its own entry
    b = briefing.build_briefing(store, pair, sam, utc(2026, 8, 30, 9))
    tip = b.tips[0]
    assert tip.moment == "jargon" and "jargon" in tip.tip.moments and tip.tip.audience in ("tech-side", "both")
    section = b.section("A tip for you today")
    assert "A jargon check of the topics you added found: " in section.paragraphs[1]
    assert "may be new to Dr Ann Lee" in section.paragraphs[1]
    # Ann's tip is not about jargon: her topic is plain
    assert briefing.build_briefing(store, pair, ann, utc(2026, 8, 30, 9)).tips[0].moment == "first-meeting"


def test_prompts_fit_the_moment_and_the_reader(data_dir: Path) -> None:
    from rmcoach.tips import prompts as pr

    store, pair = make_pair(data_dir)
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    first = briefing.build_briefing(store, pair, sam, utc(2026, 8, 30, 9))
    assert first.moment == "first-meeting" and len(first.prompts) == 1
    section = first.section("Questions you could ask Dr Ann Lee")
    assert section is not None and len(section.items) == pr.PER_PERSON
    assert all("first-meeting" in p.moments and p.asker in ("tech-side", "either") for p in first.prompts[0].prompts)
    together = briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9))
    assert together.section("Questions Dr Ann Lee could ask Sam Roe") is not None
    assert together.section("Questions Sam Roe could ask Dr Ann Lee") is not None
    # three sessions where only Sam taught: a one-way streak, and Sam's questions ask about Ann's side
    for n, day in enumerate((1, 15, 29), start=1):
        _log(store, pair, start=_dt.datetime(2026, 9, day, 14, 0), occurrence=n,
             covered=(sessions.Covered(sam, ann, None, "Portal inbox"),), reflection="", actions=())
    b = briefing.build_briefing(store, pair, sam, utc(2026, 10, 5, 9))
    assert b.moment == "one-way"
    asked = b.prompts[0].prompts
    assert asked[0].about == "wisdom" and asked[0].asker == "tech-side"


def test_a_topic_names_a_skill_only_by_whole_words() -> None:
    assert briefing._mentions("Video clinics: when the sound fails", "Video clinics")
    assert briefing._mentions("password managers", "Password managers")
    assert briefing._mentions("Portal inbox", "Portal inbox filters and templates")
    assert not briefing._mentions("ward", "Forwarding emails")
    assert not briefing._mentions("Reading", "Reading a room")
    assert not briefing._mentions("IT", "Spotting phishing")


def test_terms_the_pair_marked_known_do_not_make_a_jargon_tip(data_dir: Path) -> None:
    from rmcoach.features import jargon as glossary_store

    store, pair = make_pair(data_dir)
    sam = pair.people[1].uuid
    sessions.add_topic(store, "Set up the VPN", by=sam)
    assert readers.jargon_by_person(store, pair, None) == {sam: ["VPN"]}
    glossary_store.mark_known(store, "VPN", by=sam)
    assert readers.jargon_by_person(store, pair, None) == {}


def test_odd_skill_records_do_not_break_the_briefing_or_the_sides(data_dir: Path) -> None:
    from rmcoach.tips.sides import sides

    store, pair = make_pair(data_dir)
    fortnightly(store)
    # odd skill records never reach the briefing: the store refuses them in a sentence
    for odd in ({"title": "Odd", "teacher": ["x"], "learner": {"y": 1}, "level": "2", "kind": 7,
                 "levels": "nope", "visibility": "shared"},
                {"title": "Odd two", "teacher": ["x"], "learner": None, "level": 2,
                 "levels": [None, {"level": 2}], "visibility": "shared"}):
        with pytest.raises(StoreError, match="teacher"):
            store.insert(tables.SKILLS, odd)
    assert store.all(tables.SKILLS) == []
    sessions.add_topic(store, "Odd two and more", by=pair.people[0].uuid)
    assert sides(store, pair).tech == pair.people[1].uuid
    b = briefing.build_briefing(store, pair, None, utc(2026, 8, 30, 9))
    assert b.section("When and who leads") is not None


def test_skills_in_progress_show_the_latest_few_each_way_and_count_the_rest(data_dir: Path) -> None:
    """Found at five years: every skill ever begun was listed (over a hundred lines).  Each
    direction shows the few that moved last, newest first, and counts the rest."""
    store, pair = make_pair(data_dir)
    a, b_ = pair.people[0].uuid, pair.people[1].uuid
    fortnightly(store)
    n = briefing.SKILLS_PER_DIRECTION + 4
    with store.transaction():
        for i in range(n):
            store.insert(tables.SKILLS, {"title": f"Portal step {i}", "teacher": b_, "learner": a, "level": 2,
                                         "levels": [{"level": 2, "on": f"2026-0{1 + i % 8}-{10 + i:02d}"}],
                                         "author": b_, "visibility": "shared"})
        store.insert(tables.SKILLS, {"title": "Reading a room", "teacher": a, "learner": b_, "level": 1,
                                     "author": a, "visibility": "shared"})
    items = briefing.build_briefing(store, pair, None, utc(2026, 9, 14, 9)).section("Skills in progress").items
    theirs = [i for i in items if i.startswith("Sam Roe → Dr Ann Lee")]
    assert len(theirs) == briefing.SKILLS_PER_DIRECTION
    # newest first: the steps on the latest days (months 8, 7, 6, ... of the cycle above)
    days = {f"Portal step {i}": f"2026-0{1 + i % 8}-{10 + i:02d}" for i in range(n)}
    shown = [i.split(": ", 1)[1].rsplit(" (", 1)[0] for i in theirs]
    assert shown == sorted(days, key=days.__getitem__, reverse=True)[:briefing.SKILLS_PER_DIRECTION]
    assert "… and 4 more that Sam Roe teaches: see the Skills area" in items
    assert "Dr Ann Lee → Sam Roe: Reading a room (seen it shown)" in items
    assert not any("more that Dr Ann Lee teaches" in i for i in items)
