"""The jargon checker and the built-in glossary."""

from __future__ import annotations

import collections
import subprocess
import sys

import pytest

from rmcoach.tips import glossary
from rmcoach.tips.jargon import KNOWN_ACRONYMS, Checker, Finding, UserTerm, check

J, A, L = "jargon", "acronym", "long-sentence"

LONG = ("I wanted to write down what we covered today because we talked about a lot of different "
        "things and I was worried that we might forget some of the steps before we meet again next month.")

# (text, [(kind, canonical), ...]) in order of appearance.
CASES = [
    # plain writing: nothing to report
    ("Thanks for meeting me today, I learned a lot about the ward round.", []),
    ("Could you show me how you prepare for a difficult conversation?", []),
    # simple jargon and inflections
    ("Please clear the cache and try again.", [(J, "cache")]),
    ("The page was cached, so you saw the old version.", [(J, "cache")]),
    ("Caching makes the screens faster.", [(J, "cache")]),
    ("Your phone synced overnight with your laptop.", [(J, "sync")]),
    ("Keep your backups on the shared drive, not on the desktop.", [(J, "backup")]),
    ("Three staff were phished last month.", [(J, "phishing")]),
    ("The hospital uses several APIs to pass results around.", [(J, "API")]),
    # multi-word terms: longest match wins, hyphen/space variants
    ("You will need two-factor authentication for the new login.", [(J, "two-factor authentication")]),
    ("Turn on two factor authentication before Friday.", [(J, "two-factor authentication")]),
    ("Just drag and drop the file into the box.", [(J, "drag and drop")]),
    ("Close the popup window and carry on.", [(J, "pop-up")]),
    ("We moved to e-prescribing in May.", [(J, "e-prescribing")]),
    ("Use your password manager for this one.", [(J, "password manager")]),
    # acronyms: glossary acronyms get one jargon finding with spell-out advice
    ("The EHR is slow on Mondays.", [(J, "EHR")]),
    ("The EHR's search box is at the top, and the EHR remembers your last patient.", [(J, "EHR"), (J, "EHR")]),
    ("The electronic health record (EHR) is slow on Mondays.", []),
    ("Results arrive by HL7 messages from the lab.", [(J, "HL7")]),
    ("Diagnoses are stored as ICD-10 codes and SNOMED CT terms.", [(J, "ICD-10"), (J, "SNOMED CT")]),
    # acronyms not in the glossary
    ("The MDT meets on Thursday.", [(A, "MDT")]),
    ("The multidisciplinary team meeting (MDT) meets on Thursday.", []),
    ("The MDT (multidisciplinary team) meets on Thursday and the MDT chair sends notes.", []),
    ("Your ECG and your ECGs from last year are both on file.", [(A, "ECG")]),
    ("The NHS and your GP already have this, which is OK.", []),
    ("Please do NOT share your password, it is URGENT.", []),
    # case: acronyms only in capitals
    ("The AI flagged it, but the ai in his name is silent.", [(J, "AI")]),
    ("PACS stores scans; the porter carried two packs of films.", [(J, "PACS")]),
    ("I think it is in the IT office.", []),
    # no hits inside longer words
    ("He has a certain cachet and seems happy with the application.", []),
    # whole words: "bug" is not found inside "debugging" (the word itself is jargon now)
    ("Debugging the printer took an hour.", [(J, "debug")]),
    # ambiguous senses need context
    ("Save it to the cloud so we can both open it.", [(J, "cloud")]),
    ("It's all in the cloud now.", [(J, "cloud")]),
    ("There was a cloud of smoke over the car park.", []),
    ("A cloud hung over the meeting after the news.", []),
    ("Cloudy weather is forecast for the weekend.", []),
    ("Take one tablet twice daily with food.", []),
    ("Charge the tablet before clinic so the app opens quickly.", [(J, "tablet"), (J, "app")]),
    ("The patient has a viral chest infection and is post-op.", []),
    ("Her post on LinkedIn went viral.", [(J, "post"), (J, "LinkedIn"), (J, "going viral")]),
    ("Click the mouse twice on the icon.", [(J, "mouse")]),
    ("The mouse study showed a small effect.", []),
    ("There is a bug in the system that makes the screen freeze.", [(J, "bug")]),
    ("Half the ward caught the stomach bug.", []),
    ("I don't have the bandwidth this week.", [(J, "bandwidth")]),  # the buzzword sense: time to spare
    ("Video calls stutter because the home bandwidth is low.", [(J, "bandwidth")]),
    ("She had a skin tag removed.", []),
    ("The patient notes and the drug chart are on the trolley.", []),
    ("Please raise a ticket with the IT helpdesk.", [(J, "ticket"), (J, "helpdesk")]),
    ("The portal vein was patent on the scan.", []),
    # developer, office and AI talk, and the same words in their clinical or everyday sense
    ("The bug was a race condition in the backend.", [(J, "bug"), (J, "race condition"), (J, "back end")]),
    ("The devs pushed a hotfix to prod last night.", [(J, "developer"), (J, "hotfix"), (J, "production")]),
    ("There was increased production of sputum overnight.", []),
    ("Prod him gently if he falls asleep in clinic.", []),
    ("The update broke the printers, so IT rolled back the change.", [(J, "roll back")]),
    ("He rolled back his sleeves before examining the arm.", []),
    ("The FHIR endpoint returns one observation per call.", [(J, "FHIR"), (J, "endpoint")]),
    ("The primary endpoint was all-cause mortality at one year.", []),
    ("Open the terminal and run the script.", [(J, "terminal"), (J, "script")]),
    ("She has a terminal illness and is on the palliative register.", []),
    ("Refresh the page if the results look old.", [(J, "refresh")]),
    ("Have a drink to refresh yourself after the night shift.", []),
    ("The model was trained on anonymised free text.",
     [(J, "model"), (J, "trained on"), (J, "anonymised"), (J, "free text")]),
    ("He was a role model for the juniors.", []),
    ("Please reach out to the IT team about your smartcard.", [(J, "reach out"), (J, "smartcard")]),
    ("She reached out her hand to steady him.", []),
    ("We can co-author the document in SharePoint.", [(J, "co-author"), (J, "SharePoint")]),
    ("We co-authored a paper in a cardiology journal.", []),
    ("DM me on Slack, not by reply-all.", [(J, "DM"), (J, "Slack"), (J, "reply all")]),
    ("Cut the new doctors some slack this week.", []),
    ("We need a robust plan and stakeholder buy-in going forward.",
     [(J, "robust"), (J, "stakeholder"), (J, "buy-in"), (J, "going forward")]),
    ("Tap the hamburger menu and toggle dark mode.", [(J, "hamburger menu"), (J, "toggle"), (J, "dark mode")]),
    # long sentences
    (LONG, [(L, "")]),
    ("Dr. Smith said, e.g. for the 2.5 mg dose, check the level first. That is all.", []),
]


def _summary(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.canonical) for f in findings]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_table(text: str, expected: list[tuple[str, str]]) -> None:
    found = check(text)
    assert _summary(found) == expected
    for f in found:
        assert text[f.start:f.end] == (f.term if f.kind != L else text[f.start:f.end])


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 40


def test_spell_out_advice_only_on_first_use() -> None:
    found = check("The EHR is slow. Log in to the EHR again.")
    assert [f.kind for f in found] == ["jargon", "jargon"]
    assert "spell out EHR (electronic health record) the first time" in found[0].suggestion
    assert "spell out" not in found[1].suggestion
    assert found[0].suggestion.startswith(glossary.lookup("EHR").alternative)


def test_acronym_finding_text() -> None:
    (f,) = check("Ask about the MDT.")
    assert f.kind == "acronym" and f.term == "MDT" and f.canonical == "MDT"
    assert "spell out MDT" in f.suggestion


def test_known_acronyms_list_is_documented_choice() -> None:
    for acronym in ("NHS", "GP", "UK", "OK", "ID", "PDF", "IT"):
        assert acronym in KNOWN_ACRONYMS


def test_finding_fields_and_positions() -> None:
    text = "First line.\nNow open the  browser tab and the app."
    found = check(text)
    assert _summary(found) == [(J, "tab"), (J, "app")]  # "browser tab" is one term: longest match
    browser = found[0]
    assert (browser.line, browser.column) == (2, 15)
    assert browser.term == "browser tab" and text[browser.start:browser.end] == "browser tab"
    assert browser.analogy
    d = browser.as_dict()
    assert set(d) == {"kind", "term", "start", "end", "line", "column", "suggestion", "analogy", "canonical"}


def test_user_terms_are_matched_and_win_over_glossary() -> None:
    mdt = UserTerm("MDT", "the team meeting", "like a case conference", aliases=("board round",))
    cloud = UserTerm("cloud", "our shared drive")
    text = "Bring it to the MDT or the board rounds; it is saved to the cloud."
    found = check(text, extra_terms=[mdt, cloud])
    assert _summary(found) == [(J, "MDT"), (J, "MDT"), (J, "cloud")]
    assert found[0].suggestion == "the team meeting"
    assert found[1].term == "board rounds"
    assert found[2].suggestion == "our shared drive"


def test_known_terms_are_never_flagged() -> None:
    text = "Use two-factor authentication and the 2FA code; the EHR holds it; the MDT knows."
    found = check(text, known_terms=["Two-Factor Authentication", "ehr", "MDT"])
    assert found == []
    # a known glossary term still covers its own words: no stray acronym for "CT"
    assert check("Codes come from SNOMED CT.", known_terms=["snomed ct"]) == []


def test_checker_max_sentence_words() -> None:
    text = "one two three four five six seven. Short."
    found = Checker(max_sentence_words=5).check(text)
    assert _summary(found) == [(L, "")]
    assert "7 words" in found[0].suggestion
    assert found[0].term == "one two three four five six\u2026"
    assert text[found[0].start:found[0].end] == "one two three four five six seven."
    with pytest.raises(ValueError):
        Checker(max_sentence_words=0)


def test_sentence_split_on_blank_lines_and_bullets() -> None:
    words = " ".join(["word"] * 15)
    assert check(f"{words}\n\n{words}") == []
    assert check(f"Steps:\n- {words}\n- {words}") == []
    assert _summary(check(f"{words}\n{words}")) == [(L, "")]  # a wrapped line does not end a sentence


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  ", "\u3000"])
def test_empty_and_blank(text: str) -> None:
    assert check(text) == []


def test_wide_characters_and_emoji_offsets() -> None:
    text = "\U0001f44d\U0001f3fd 日本語 then save it to the cloud \u2014 and the EHR \U0001f600."
    found = check(text)
    assert _summary(found) == [(J, "cloud"), (J, "EHR")]
    for f in found:
        assert text[f.start:f.end] == f.term
        assert f.column == f.start + 1 and f.line == 1


def test_control_characters_and_markup() -> None:
    text = "\x1b[31mthe cache\x1b[0m\x00 and [bold]EHR[/bold] with \r\n[link=x]API[/link]"
    found = check(text)
    assert _summary(found) == [(J, "cache"), (J, "EHR"), (J, "API")]
    for f in found:
        assert text[f.start:f.end] == f.term
    assert found[2].line == 2


def test_curly_apostrophe_possessive() -> None:
    text = "The EHR\u2019s login and the app\u2019s menu."
    found = check(text)
    assert [f.term for f in found] == ["EHR\u2019s", "app\u2019s"]


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        check(b"bytes")  # type: ignore[arg-type]


# ---------------------------------------------------------------- property

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_words = st.sampled_from(["cloud", "EHR", "MDT", "two-factor", "authentication", "tablet", "app", "the",
                          "e.g.", "2.5", "Dr.", "\n", "\n\n", "- ", "(", ")", "save", "\U0001f600", "IT", "caches"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(_words, st.text(max_size=3))).map(" ".join)))
def test_property_never_raises_and_offsets_agree(text: str) -> None:
    for f in check(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.line == text.count("\n", 0, f.start) + 1
        line_start = text.rfind("\n", 0, f.start) + 1
        assert f.column == f.start - line_start + 1
        if f.kind != L:
            assert text[f.start:f.end] == f.term


# ---------------------------------------------------------------- glossary

def test_glossary_size_and_quality() -> None:
    entries = glossary.ENTRIES
    assert len(entries) >= 250
    terms = [e.term.casefold() for e in entries]
    assert len(terms) == len(set(terms)), "duplicate canonical terms"
    for e in entries:
        assert e.alternative.strip(), e.term
        assert e.analogy.strip(), e.term
        assert e.category in glossary.CATEGORIES, e.term
        if e.acronym:
            assert e.expansion, e.term
        for form in e.ambiguous:
            assert form.casefold() in {f.casefold() for f in e.forms}, (e.term, form)
        if e.ambiguous:
            assert e.cues, e.term


def test_glossary_aliases_unique_across_entries() -> None:
    owner: dict[str, str] = {}
    for e in glossary.ENTRIES:
        for form in e.forms:
            key = " ".join(form.replace("-", " ").split()).casefold()
            assert owner.setdefault(key, e.term) == e.term, f"{form!r} in {owner[key]!r} and {e.term!r}"


def test_glossary_covers_required_areas() -> None:
    for term in ("cloud", "two-factor authentication", "phishing", "VPN", "EHR", "FHIR", "PACS", "SNOMED CT",
                 "hashtag", "LinkedIn", "going viral", "KPI", "ETL", "pseudonymised", "ransomware",
                 "least privilege", "GDPR", "DPIA", "Spine", "SCR", "GP Connect", "EPMA"):
        assert glossary.lookup(term) is not None, term
    assert glossary.lookup("2FA").term == "two-factor authentication"
    assert glossary.lookup("MFA").term == "two-factor authentication"
    assert glossary.lookup("no such thing") is None
    assert {e.category for e in glossary.ENTRIES} >= {"general IT", "healthcare IT", "social media", "data",
                                                       "security"}


def test_every_glossary_form_is_found_by_the_checker() -> None:
    """Each unambiguous term matches itself when written in a sentence (with no reader named,
    every entry of the domains that check covers; the others are covered by their reader)."""
    from rmcoach.tips.jargon import READER_DOMAINS

    for e in glossary.ENTRIES:
        if e.term in e.ambiguous or e.domain not in READER_DOMAINS[None]:
            continue
        found = check(f"We talked about {e.term} today")
        assert any(f.canonical == e.term for f in found), e.term


# ---------------------------------------------------------------- speed and import

def test_import_is_light() -> None:
    code = ("import sys, rmcoach.tips.jargon, rmcoach.tips.glossary; "
            "assert 'textual' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


def test_a_10k_word_text_is_checked_whole() -> None:
    # how fast is measured in bench/jargon.py, side by side; here only that a long text
    # is checked to its end, each term flagged once (first use) and nothing dropped
    sentence = ("Thanks for today; I put the notes in the shared folder and saved the letter to the cloud, "
                "so next week we can open the EHR together and practise on the patient portal. ")
    text = (sentence * 400)
    assert len(text.split()) >= 10_000
    findings = Checker().check(text + "Then we opened the PACS viewer.")
    counts = collections.Counter(f.term for f in findings if f.kind == "jargon")
    assert counts == {"cloud": 400, "EHR": 400, "patient portal": 400, "PACS": 1}
    assert sum(f.kind == "long-sentence" for f in findings) == 400
    assert findings[-1].term == "PACS" and findings[-1].start == len(text) + len("Then we opened the ")
