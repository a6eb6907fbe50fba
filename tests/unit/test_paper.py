"""Paper: the one-page large-print briefing, the progress report and the keepsake as
self-contained HTML (and the keepsake as Markdown), with privacy kept."""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path

import pytest

from rmcoach.storage.store import Store
from rmcoach.records import tables
from tests.conftest import run_cli

chromium = pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="Chromium is not installed here")

SNEAKY = "<img src=http://evil.example/a.png> ![x](http://evil.example/b.png) <script>alert(1)</script>"


def _open(data_dir: Path):
    from rmcoach.records.pairs import load_pair
    from rmcoach.storage.store import Store

    store = Store(data_dir)
    return store, load_pair(store)


def assert_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page  # the page itself forbids loading anything
    for tag in ("<img", "<script", "<link", "<iframe", "<object", "@import", "url("):
        assert tag not in page.lower(), tag
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', page)


def test_brief_html_is_one_large_print_page_of_what_matters(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = run_cli("brief", "--html", "-o", str(out), data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert "Wrote the briefing" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert_self_contained(page)
    for heading in ("Who leads each half", "Agenda", "Open action items", "A tip for today"):
        assert f"<h2>{heading}</h2>" in page
    # who leads each half, and what each of them teaches
    assert re.search(r"First half: (Sam Patel|Dr Margaret Okafor)</strong> teaches", page)
    assert "Second half:" in page and "Password managers" in page and "Handling pushback" in page
    assert "Draft a referral letter" in page and "EPR freezes" in page
    assert "starts in" not in page  # a printed sheet says the date, not a countdown
    assert "font-size: 14pt" in page


def test_brief_html_shows_typed_text_as_text(demo_dir: Path) -> None:
    from rmcoach.features.sessions import ActionInput, add_action, add_topic

    store, pair = _open(demo_dir)
    add_action(store, ActionInput(SNEAKY[:200], pair.people[0].uuid), author=pair.people[0].uuid)
    add_topic(store, SNEAKY, by=pair.people[1].uuid)
    result = run_cli("brief", "--html", data_dir=demo_dir)
    assert result.returncode == 0
    assert_self_contained(result.stdout)
    assert "&lt;img src=http://evil.example/a.png&gt;" in result.stdout
    assert "&lt;script&gt;" in result.stdout


def _busy(data_dir: Path) -> None:
    from rmcoach.features.sessions import ActionInput, add_action, add_topic

    store, pair = _open(data_dir)
    long = "Work through the discharge summary template together and agree which sections the registrars must fill"
    for i in range(14):
        person = pair.people[i % 2].uuid
        add_action(store, ActionInput(f"{long} ({i})", person, _dt.date(2026, 12, 20)), author=person)
        add_topic(store, f"{long} ({i})", by=person)


def test_a_busy_pairs_brief_is_cut_to_what_one_page_holds(demo_dir: Path) -> None:
    _busy(demo_dir)
    page = run_cli("brief", "--html", data_dir=demo_dir).stdout
    agenda = page.split("<h2>Agenda</h2>")[1].split("<h2>")[0]
    actions = page.split("<h2>Open action items</h2>")[1].split("<h2>")[0]
    assert agenda.count("<li>") == 4 and "more topics" in agenda
    assert actions.count("<li>") == 4 and "more open items" in actions


@chromium
@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_the_brief_prints_on_one_page(demo_dir: Path, tmp_path: Path, paper: str) -> None:
    from tests.browser import pdf_pages, print_to_pdf

    for label in ("demo", "busy"):
        if label == "busy":
            _busy(demo_dir)
        page = run_cli("brief", "--html", data_dir=demo_dir).stdout
        html_file = tmp_path / f"{label}-{paper}.html"
        html_file.write_text(page.replace("@page {", f"@page {{ size: {paper}; "), encoding="utf-8")
        pdf = tmp_path / f"{label}-{paper}.pdf"
        print_to_pdf(html_file, pdf)
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
        assert pdf_pages(pdf) == 1, f"the {label} pair's brief took {pdf_pages(pdf)} {paper} pages"


def test_report_html_is_self_contained_and_shared_only(demo_dir: Path, tmp_path: Path) -> None:
    from rmcoach.features.learnings import add_learning

    store, pair = _open(demo_dir)
    add_learning(store, text="A private worry about the rota", by=pair.people[0].uuid, visibility="private")
    out = tmp_path / "report.html"
    assert run_cli("report", "--html", "-o", str(out), data_dir=demo_dir).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "progress report</h1>" in page and "<h2>Goals</h2>" in page
    assert "private worry" not in page and "shared items only" in page


# ---------------------------------------------------------------------- the keepsake
def _with_private_and_retro(data_dir: Path):
    from rmcoach.features.learnings import add_learning
    from rmcoach.features.review import save_retro

    store, pair = _open(data_dir)
    margaret, sam = pair.people
    add_learning(store, text="Margaret's own note: I was nervous in the first video clinic", by=margaret.uuid,
                 visibility="private")
    add_learning(store, text="Sam's own note: I still rush explanations", by=sam.uuid, visibility="private")
    save_retro(store, keep_doing="Swapping who leads each half", decision="renew",
               learned_most={margaret.uuid: "Running a video clinic alone", sam.uuid: "Listening before explaining"},
               author=None)
    return pair


def test_keepsake_has_each_persons_learning_and_the_retrospective(demo_dir: Path) -> None:
    _with_private_and_retro(demo_dir)
    result = run_cli("keepsake", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "## What Dr Margaret Okafor learned" in text and "## What Sam Patel learned" in text
    margaret = text.split("## What Dr Margaret Okafor learned")[1].split("## What Sam Patel learned")[0]
    assert "**Learned most:** Running a video clinic alone" in margaret
    assert "**Video consultations**, taught by Sam Patel: from *not started* to *can teach it back*" in margaret
    assert "confidence 2 of 5 before and 4 of 5 after" in margaret
    assert "Check the patient can hear me" in margaret
    assert "Listening before explaining" not in margaret
    assert "Keep doing: Swapping who leads each half" in text and "renew for another round" in text
    held = len(Store(demo_dir).all(tables.SESSIONS))  # the demo's history depends on today's date
    assert f"{held} sessions held" in text and "appraisal" in text
    assert "own note" not in text  # the shared copy has no private items


def test_keepsake_as_a_person_adds_only_their_own_private_items(demo_dir: Path, tmp_path: Path) -> None:
    _with_private_and_retro(demo_dir)
    text = run_cli("keepsake", "--as", "Sam", data_dir=demo_dir).stdout
    assert "Sam's own note" in text and "Margaret's own note" not in text
    assert "private: only in your own copy" in text
    out = tmp_path / "keepsake.html"
    assert run_cli("keepsake", "--html", "--as", "Margaret", "-o", str(out), data_dir=demo_dir).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "Margaret&#x27;s own note" in page or "Margaret's own note" in page
    assert "Sam's own note" not in page and "Sam&#x27;s own note" not in page
    assert "<h2>What Sam Patel learned</h2>" in page


def test_keepsake_refuses_a_name_outside_the_pair(demo_dir: Path) -> None:
    result = run_cli("keepsake", "--as", "Nobody", data_dir=demo_dir)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# ---------------------------------------------------------------------- from the app
async def test_p_on_the_briefing_saves_the_printable_page_in_downloads(demo_dir: Path) -> None:
    from platformdirs import user_downloads_dir

    from rmcoach.app import make_app
    from rmcoach.screens.briefing import BriefingScreen
    from tests.conftest import until

    downloads = Path(user_downloads_dir())
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen) and app.viewer is not None, "the briefing")
        await pilot.press("p")
        await until(pilot, lambda: downloads.exists() and len(list(downloads.glob("*.html"))) == 1, "the saved page")
        await pilot.press("p")  # a second copy never replaces the first
        await until(pilot, lambda: len(list(downloads.glob("*.html"))) == 2, "a second page")
    first, second = sorted(downloads.glob("*.html"), key=lambda p: len(p.name))
    assert first.name.startswith("rmcoach-briefing-") and second.stem.endswith("-2")
    page = first.read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "<h2>Who leads each half</h2>" in page
    assert str(Path.home()) in str(downloads)  # the test's own home, never the real one


async def test_k_on_the_review_saves_the_keepsake_for_the_person_at_the_keyboard(demo_dir: Path) -> None:
    from platformdirs import user_downloads_dir

    from rmcoach.app import make_app
    from rmcoach.screens.review import ReviewScreen
    from tests.conftest import until

    pair = _with_private_and_retro(demo_dir)
    downloads = Path(user_downloads_dir())
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: app.viewer == pair.people[0].uuid, "Margaret at the keyboard")
        app.push_screen(ReviewScreen())
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
        await pilot.press("k")
        await until(pilot, lambda: downloads.exists() and any(downloads.glob("rmcoach-keepsake-*.html")), "the keepsake")
    page = next(downloads.glob("rmcoach-keepsake-*.html")).read_text(encoding="utf-8")
    assert_self_contained(page)
    assert "Margaret&#x27;s own note" in page or "Margaret's own note" in page
    assert "Sam's own note" not in page and "Sam&#x27;s own note" not in page
