"""The reader decides what is jargon: clinical and technology readers, the clinical glossary,
word families, senses, context rules, spell-outs in both orders and the summary count."""

from __future__ import annotations

import pytest

from rmcoach.tips import clinical_glossary as cg
from rmcoach.tips import glossary
from rmcoach.tips.jargon import Checker, check, summarise
from rmcoach.tips.readers import READERS, person_reader, reader_from_background


def terms(text: str, reader: str | None) -> list[str]:
    return [f.term for f in Checker(reader=reader).check(text) if f.kind != "long-sentence"]


def one(text: str, reader: str | None, term: str):
    found = [f for f in Checker(reader=reader).check(text) if f.term == term]
    assert found, f"{term!r} not found in {text!r} for {reader}"
    return found[0]


# ------------------------------------------------------------------ clinical reader
def test_clinical_reader_leaves_clinical_words_and_everyday_acronyms_alone() -> None:
    text = "The ECG and BP were fine; NICE says the MDT should see her, and her troponin and echo were normal."
    assert terms(text, "clinical") == []
    # with nobody in particular the acronyms still need spelling out, as before
    assert {"ECG", "BP", "MDT"} <= set(terms(text, None))


def test_clinical_reader_does_not_flag_tech_basics() -> None:
    text = "Open the app in your browser over the Wi-Fi and read my post; then download the form."
    assert terms(text, "clinical") == []
    assert {"app", "browser", "Wi-Fi"} <= set(terms(text, None))


def test_clinical_reader_flags_software_delivery_ai_ehr_and_office_families() -> None:
    cases = {
        "The build failed overnight, so the fix is still on staging.": {"build", "staging"},
        "I opened a pull request and we will deploy on Sunday.": {"pull request", "deploy"},
        "Yesterday's outage came from a bad release behind a feature flag.": {"outage", "release", "feature flag"},
        "The tool's context window is small and it charges per token.": {"context window", "token"},
        "The vendor added guardrails after it hallucinated a reference.": {"guardrails", "hallucinated"},
        "Results land in your in-basket and the worklist shows who is waiting.": {"in-basket", "worklist"},
        "Use the chest pain order set.": {"order set"},
        "Put it on SharePoint and send a sharing link.": {"SharePoint", "sharing link"},
        "Let's circle back once we are aligned on priorities.": {"circle back", "aligned"},
    }
    for text, expected in cases.items():
        found = terms(text, "clinical")
        for want in expected:  # a finding may be a longer form ("build failed")
            assert any(want in got for got in found), (text, want, found)


def test_context_rules_that_used_to_miss() -> None:
    assert terms("I'll ask Priya to check the server.", "clinical") == ["server"]
    assert terms("The waiter at the server station brought our lunch.", "clinical") == []
    assert terms("I raised a ticket this morning.", "clinical") == ["ticket"]
    assert terms("I got a parking ticket outside the hospital.", "clinical") == []
    assert terms("I replied in the thread on Teams.", "clinical") == ["thread"]
    assert terms("The suture thread broke.", "clinical") == []


def test_sense_selection_for_algorithm_and_bandwidth() -> None:
    ml = one("The algorithm predicts sepsis from the EHR data.", "clinical", "algorithm")
    assert "social" not in ml.suggestion and "show you" not in ml.suggestion
    assert "steps" in ml.suggestion
    social = one("The LinkedIn algorithm shows posts with more likes to more people.", None, "algorithm")
    assert social.suggestion == ml.suggestion  # the general sense covers both feeds and models
    busy = one("I don't have the bandwidth this month.", "clinical", "bandwidth")
    assert busy.suggestion == "time or capacity to take something on"
    network = one("Video calls stutter because the bandwidth at home is low.", "clinical", "bandwidth")
    assert "data" in network.suggestion
    # a resuscitation flowchart is the clinician's own word
    assert terms("Follow the ALS algorithm on the resus trolley.", "clinical") == []


def test_camel_case_product_names_for_a_clinical_reader_only() -> None:
    assert terms("We track the work in ClickUp.", "clinical") == ["ClickUp"]
    assert terms("Mr McDonald came to clinic.", "clinical") == []
    assert terms("We track the work in ClickUp.", None) == []  # no reader: today's check


# ------------------------------------------------------------------ technology reader
def test_technology_reader_flags_clinical_jargon_with_explanations() -> None:
    text = "Troponin was up, so post-take we gave DAPT for the NSTEMI; the echo showed an EF of 35% and the SpR agreed."
    found = {f.term: f for f in Checker(reader="technology").check(text)}
    assert {"Troponin", "post-take", "DAPT", "NSTEMI", "echo", "EF", "SpR"} <= set(found)
    assert "heart attack" in found["NSTEMI"].suggestion
    assert "dual antiplatelet therapy" in found["DAPT"].suggestion  # the expansion, first use
    assert found["echo"].analogy  # an analogy from the analyst's world


def test_technology_reader_leaves_tech_alone() -> None:
    text = "The API returns JSON; the SQL query feeds the dashboard and the ETL runs on the server."
    assert terms(text, "technology") == []


def test_ambiguous_clinical_words_keep_their_everyday_senses() -> None:
    pairs = [
        ("She needs an echo to check the valve.", ["echo"]),
        ("There was an echo in the empty corridor.", []),
        ("He went to theatre for the hip operation.", ["theatre"]),  # found as "to theatre"
        ("We went to the theatre to see a play.", []),
        ("I'm on the medical take tomorrow, so the registrar will cover.", ["medical take", "registrar"]),
        ("Take two tablets with water.", []),
        ("We go through each patient at the board round.", ["board round"]),
        ("The board meets on Thursday.", []),
        ("Each spell can hold several episodes under different consultants.", ["spell", "episodes"]),
        ("I watched the last episode at the weekend.", []),
        ("Can you spell your surname?", []),
        ("She is on Dr Khan's firm, so he sees her on his round.", ["firm"]),
        ("We made a firm decision.", []),
    ]
    for text, expected in pairs:
        found = terms(text, "technology")
        assert len(found) == len(expected), (text, found)
        assert all(want in got for want, got in zip(expected, found)), (text, found)


def test_word_families_catch_unlisted_medical_words_and_leave_everyday_ones() -> None:
    found = {f.term: f for f in Checker(reader="technology").check(
        "She has cholangitis and hepatosplenomegaly, and is on edoxaban and nebivolol.")}
    assert set(found) == {"cholangitis", "hepatosplenomegaly", "edoxaban", "nebivolol"}
    assert "inflammation" in found["cholangitis"].suggestion
    assert "blood thinner" in found["edoxaban"].suggestion
    assert "beta blocker" in found["nebivolol"].suggestion
    assert terms("In April she had arthritis and felt empathy for the other patients; the analysis "
                 "closes on Friday.", "technology") == []


def test_management_reader_knows_the_nhs_but_not_the_clinic_or_the_code() -> None:
    text = "The ICB wants the CIP plan; the troponin assay and the staging server both need money."
    found = " | ".join(terms(text, "management"))
    assert "ICB" not in found and "CIP" not in found
    assert "troponin" in found and "staging" in found


# ------------------------------------------------------------------ explained terms
@pytest.mark.parametrize("text", [
    "We record an electrocardiogram (ECG) first.",
    "We record an ECG (heart tracing) first.",
    "We record a heart tracing (ECG) first.",
    "We record an ECG (electrocardiogram) first.",
])
def test_spell_outs_in_both_orders(text: str) -> None:
    assert terms(text, "technology") == []
    assert terms(text, None) == []


def test_unknown_acronym_spelled_out_in_one_word_or_glossed() -> None:
    assert terms("The angiography (ANG) list is full.", None) == []
    assert terms("The ANG (a list of angiograms) is full.", None) == []
    assert terms("The ANG list is full.", None) == ["ANG"]


def test_a_term_followed_by_its_plain_explanation_is_not_flagged() -> None:
    assert terms("His troponin (a blood test for heart damage) was normal.", "technology") == []
    assert terms("His troponin was normal.", "technology") == ["troponin"]


# ------------------------------------------------------------------ summary
def test_summary_counts_every_acronym_once_in_one_group() -> None:
    text = "The EHR, FHIR, PACS, SSO, DPIA, HL7, API and the MDT."
    found = check(text)
    acronyms = [f for f in found if f.kind in ("jargon", "acronym")]
    assert len(acronyms) == 8
    assert summarise(found) == "Found 8: 8 acronyms to spell out or explain."
    assert summarise(check("Save it to the cloud and ask the MDT.")) == \
        "Found 2: 1 jargon term, 1 acronym to spell out or explain."


def test_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError):
        Checker(reader="surgeon")


# ------------------------------------------------------------------ the clinical glossary
def test_clinical_glossary_size_and_shape() -> None:
    entries = cg.ENTRIES
    assert len(entries) >= 250
    forms = sum(len(e.forms) for e in entries)
    assert forms >= 1500
    assert {e.category for e in entries} == set(cg.CATEGORIES)
    assert {e.domain for e in entries} == {"clinical", "service", "health-data"}
    owner: dict[str, str] = {}
    for e in entries:
        assert e.alternative.strip(), e.term
        if e.acronym:
            assert e.expansion, e.term
        for form in e.ambiguous:
            assert form.casefold() in {f.casefold() for f in e.forms}, (e.term, form)
        if e.ambiguous:
            assert e.cues, e.term
        for form in e.forms:
            key = " ".join(form.replace("-", " ").split()).casefold()
            assert owner.setdefault(key, e.term) == e.term, f"{form!r} in {owner[key]!r} and {e.term!r}"
    for term in ("troponin", "registrar", "SpR", "FY1", "consultant firm", "medical take", "post-take", "handover",
                 "board round", "clerking", "ICB", "CQC", "spell", "episode", "HRG", "DAPT", "echo", "theatre"):
        assert cg.lookup(term) is not None or glossary.lookup(term) is not None, term


def test_every_clinical_form_is_found_for_the_technology_reader() -> None:
    checker = Checker(reader="technology")
    for e in cg.ENTRIES:
        for form in e.forms:
            if form in e.ambiguous or form.casefold() in {a.casefold() for a in e.ambiguous}:
                continue
            found = checker.check(f"Note: {form} today.")
            assert any(f.kind == "jargon" for f in found) or e.domain not in ("clinical", "service",
                                                                               "health-data"), (e.term, form)


# ------------------------------------------------------------------ backgrounds
@pytest.mark.parametrize("words, reader", [
    ("clinical", "clinical"), ("Technology", "technology"), ("management", "management"),
    ("Consultant cardiologist", "clinical"), ("ward nurse", "clinical"), ("GP", "clinical"),
    ("data analyst", "technology"), ("Clinical informatics analyst", "technology"),
    ("software developer", "technology"), ("service manager", "management"),
    ("head of operations", "management"), ("tech", "technology"),
])
def test_background_words_map_to_a_reader(words: str, reader: str) -> None:
    assert reader_from_background(words) == reader


def test_background_that_points_nowhere() -> None:
    assert reader_from_background("") is None
    assert reader_from_background("gardening and chess") is None
    assert set(READERS) == {"clinical", "technology", "management"}


def test_person_reader_prefers_background_then_role() -> None:
    from rmcoach.records.model import Person

    assert person_reader(Person(uuid="u1", name="Ann", role="Consultant", background="technology")) == "technology"
    assert person_reader(Person(uuid="u2", name="Bo", role="Data analyst")) == "technology"
    assert person_reader(Person(uuid="u3", name="Cy")) is None
    assert person_reader(None) is None


def test_a_family_word_marked_known_is_no_longer_flagged() -> None:
    text = "She has cholangitis."
    found = Checker(reader="technology").check(text)
    assert [(f.term, f.canonical) for f in found] == [("cholangitis", "cholangitis")]
    assert Checker(known_terms=["cholangitis"], reader="technology").check(text) == []
    # other words of the same family are still explained
    assert terms("She has cholangitis and pericarditis.", "technology") == ["cholangitis", "pericarditis"]


def test_an_unexplained_acronym_gets_its_expansion_when_any_glossary_knows_it() -> None:
    found = {f.term: f for f in check("We gave DAPT for the NSTEMI and the ZQX.")}
    assert found["DAPT"].kind == "acronym"  # no reader: still just "spell it out"...
    assert "(dual antiplatelet therapy)" in found["DAPT"].suggestion  # ...but now with the words
    assert "(non-ST-elevation myocardial infarction)" in found["NSTEMI"].suggestion
    assert "e.g. 'the full words (ZQX)'" in found["ZQX"].suggestion


# ------------------------------------------------- fifth round: compounds, context, new families
def test_clinical_reader_a_technical_phrasal_verb_or_compound_leans_technical() -> None:
    # no cue word near it: for a clinical reader the two-word form is the technical one
    assert "roll back" in terms("If Monday goes badly we roll back to the old copy.", "clinical")
    assert "hard stop" in terms("There is a hard stop on that dose above ten milligrams.", "clinical")
    # with nobody in particular the old rule (a cue must be near) stands
    assert "roll back" not in terms("If Monday goes badly we roll back to the old copy.", None)
    # the everyday sense named by an anti-cue still wins
    assert terms("We rolled back the carpet for the ward party.", "clinical") == []
    assert terms("I have a hard stop at four for the governance meeting.", "clinical") == []


def test_clinical_reader_a_sentence_about_the_computers_is_a_cue_for_any_family() -> None:
    assert "refresh" in terms("The refresh went wrong, so the dashboard is stale.", "clinical")
    assert "refresh" not in terms("The refresh went wrong, so the dashboard is stale.", None)
    assert terms("The nurses went for a refresh in the canteen.", "clinical") == []


@pytest.mark.parametrize("text, term", [
    ("Leave your laptop on the docking station overnight.", "docking station"),
    ("IT will reimage the PC in the seminar room.", "reimage"),
    ("Our video keeps breaking up from packet loss.", "packet loss"),
    ("Use a wired connection for the big meeting.", "wired connection"),
    ("The inbox is over its storage limit again.", "storage limit"),
    ("The extract had duplicates for the same admission.", "duplicates"),
    ("Filter the spreadsheet to last month's clinics.", "Filter"),
    ("Put the rota in the channel so everyone sees it.", "channel"),
    ("Save it as a favourite so you can prescribe it in one click.", "favourite"),
    ("The template pulls in the latest echo result.", "template"),
    ("The supplier logged it as a priority one incident.", "priority one incident"),
    ("The audit tracker lives in Microsoft Lists.", "Microsoft Lists"),
    ("The research site was allowlisted by IT.", "allowlisted"),
    ("It hallucinated a drug interaction that does not exist.", "hallucinated"),
    ("The maternity module went live last week.", "went live"),
    ("It was trained on ten years of clinic letters.", "was trained on"),
    ("We put guardrails in so it never suggests doses.", "guardrails"),
    ("I can restore the previous version of the minutes.", "restore the previous version"),
    ("The ward has new thin clients by each bay.", "thin clients"),
    ("The new platform gives each specialty a workspace.", "workspace"),
    ("The kiosk app is in its testing phase.", "testing phase"),
    ("We need a data processing agreement with the app maker.", "data processing agreement"),
])
def test_clinical_reader_new_families(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "Radiology will re-image the patient after the contrast.",
    "Please sign the consent form in duplicate.",
    "The kidneys filter the blood less well with age.",
    "She started a calcium channel blocker last month.",
    "Sister Jones is her favourite nurse on the ward.",
    "The surgeon used a cutting template for the graft.",
    "The ambulance service declared it a priority one call.",
    "She trained on the stroke unit before moving here.",
    "The stairs have guardrails on both sides.",
    "He found a quiet workspace in the library.",
    "The registrar logged the fall on the incident reporting system.",
    "She went to live with her daughter after the stroke.",
    "Her consultant went live on local radio about the screening.",
    "The surgeon has a hard stop at five for the school run.",
])
def test_clinical_reader_everyday_senses_of_the_new_families_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


def test_clinical_reader_the_line_drawn_for_everyday_technology() -> None:
    # a consultant uses these daily: logging in, the shared drive, a tablet computer, the network
    text = "Log in on the tablet, save it to the shared drive and tell me if the network is slow."
    assert terms(text, "clinical") == []


def test_clinical_reader_everyday_phrasal_forms_never_lean() -> None:
    # "check in" and "pop up" are common outside computers: even in a leaning family they need a cue
    assert terms("She has a pacemaker check in March.", "clinical") == []
    assert terms("A rash popped up on his arms after the antibiotics.", "clinical") == []
    # with a cue they are still the technical sense
    assert "checked out" in terms("The document is checked out, so you can't edit it.", "clinical")


@pytest.mark.parametrize("text, term", [
    ("The EPR times out if you leave it idle.", "times out"),
    ("IT can remote in to the clinic PC and fix it.", "remote in"),
    ("The card reader on the nurses' PC needs a new cable.", "card reader"),
    ("The day room is a dead spot for the Wi-Fi.", "dead spot"),
    ("The two hospitals share a leased line.", "leased line"),
    ("Her referral letter is in the media tab.", "media tab"),
    ("Students get view-only access to the audit folder.", "view-only access"),
])
def test_clinical_reader_sessions_remote_access_and_connections(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "The TV remote in the day room has gone missing again.",
    "The card reader at the car park takes contactless.",
    "We did the WHO time out before the incision.",
    "The password reset link came by email.",
])
def test_clinical_reader_everyday_senses_of_sessions_and_devices_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


# ------------------------------------------------------------------ each term its own meaning
def test_git_and_scheduling_words_get_their_own_explanations_not_a_neighbours() -> None:
    text = ("I'll commit the fix and push it to the repo, then open a PR so the dashboard refresh "
            "runs on the new cron schedule.")
    found = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind == "jargon"}
    assert found["commit"] == "commit" and found["push"] == "push" and found["cron"] == "cron job"
    more = ("We rebased the feature branch, cherry-picked the hotfix commit and hit a rate limit, "
            "a timeout and a 500 error from the API, so the message queue backed up.")
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(more) if f.kind == "jargon"}
    assert canon.get("rebased") == "rebase" and canon.get("feature branch") == "branch"
    assert canon.get("cherry-picked") == "cherry-pick" and canon.get("rate limit") == "rate limit"
    assert canon.get("timeout") == "timeout" and canon.get("500 error") == "500 error"
    assert canon.get("message queue") == "message queue"


def test_a_bundle_branch_block_is_not_a_code_branch() -> None:
    assert terms("The ECG showed a bundle branch block.", "clinical") == []


def test_ai_words_are_not_all_explained_as_fine_tuning() -> None:
    text = ("We store embeddings in a vector database, use RAG over our knowledge base and let an AI agent "
            "call tools; set the temperature of the model low and watch the inference cost. "
            "Her temperature was 38.")
    canon = [(f.term, f.canonical) for f in Checker(reader="clinical").check(text) if f.kind != "long-sentence"]
    assert ("embeddings", "embeddings") in canon and ("vector database", "embeddings") in canon
    assert ("RAG", "RAG") in canon and ("AI agent", "AI agent") in canon
    assert ("inference cost", "inference") in canon
    assert [t for t, c in canon if c == "temperature"] == ["temperature"]  # the model's, not the patient's
    assert not any(c == "fine-tuning" for _, c in canon)


def test_chat_and_email_actions_are_not_all_explained_as_pinning() -> None:
    text = "Please mute the chat, react with a thumbs-up, archive the thread and set an inbox rule."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind == "jargon"}
    assert canon["react"] == "react" and canon["archive"] == "archive"
    assert "mute" not in canon  # "you're on mute": everyday for anyone on a video call since 2020
    assert canon["inbox rule"] == "inbox rule" and "pin" not in canon.values()
    assert "reaction" not in terms("He had a drug reaction after the chat with the pharmacist.", "clinical")


def test_model_measures_are_not_all_explained_as_a_benchmark() -> None:
    text = "The sepsis model has good AUC and recall but poor precision and calibration; it is a black box."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind != "long-sentence"}
    assert canon == {"AUC": "AUC", "recall": "recall", "precision": "precision", "calibration": "calibration",
                     "black box": "black box"}


def test_each_route_of_a_medicine_has_its_own_meaning_not_by_mouth() -> None:
    text = "Give the morphine SC, paracetamol PR and the antibiotics IM, then switch to PO."
    found = {f.term: f for f in Checker(reader="technology").check(text)}
    assert found["SC"].canonical == "SC" and "under the skin" in found["SC"].suggestion
    assert found["PR"].canonical == "PR" and "back passage" in found["PR"].suggestion
    assert found["IM"].canonical == "IM" and "muscle" in found["IM"].suggestion
    assert found["PO"].canonical == "PO" and "by mouth" in found["PO"].suggestion


def test_resilience_words_are_not_all_explained_as_a_container() -> None:
    text = "After the failover we checked disaster recovery, the load balancer and autoscaling on the servers."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind == "jargon"}
    assert canon["failover"] == "failover" and canon["disaster recovery"] == "disaster recovery"
    assert canon["load balancer"] == "load balancer" and canon["autoscaling"] == "scaling"
    assert "container" not in canon.values()


def test_heart_tracing_and_heart_parts_are_not_explained_as_st_elevation_or_the_ventricle() -> None:
    text = "The ECG showed ST depression, a long QT and LBBB; the echo showed a leaky mitral valve and a big left atrium."
    canon = {f.term: f.canonical for f in Checker(reader="technology").check(text)}
    assert canon["ST depression"] == "ST depression" and canon["long QT"] == "QT interval"
    assert canon["LBBB"] == "bundle branch block"
    assert canon["mitral valve"] == "heart valve" and canon["left atrium"] == "atrium"


def test_meeting_buzzwords_are_not_all_explained_as_pain_points() -> None:
    text = "It is a quick win; let's loop in the team and circle round by EOD."
    found = {f.term: f for f in Checker(reader="clinical").check(text)}
    assert found["quick win"].canonical == "quick win" and "small change" in found["quick win"].suggestion
    assert found["loop in"].canonical == "loop in" and found["circle round"].canonical == "circle round"
    assert found["EOD"].canonical == "EOD" and "end of the working day" in found["EOD"].suggestion
    assert not any(f.canonical == "pain points" for f in found.values())


def test_project_words_are_not_all_explained_as_a_workstream() -> None:
    text = "The PMO wants the RACI and the roadmap; the blocker is a dependency on the supplier."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind != "long-sentence"}
    assert canon == {"PMO": "PMO", "RACI": "RACI", "roadmap": "roadmap", "blocker": "blocker",
                     "dependency": "dependency"}


def test_kinds_of_test_are_not_explained_as_a_regression() -> None:
    text = "The unit tests and the test scripts passed, but there is a regression in the release."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text)}
    assert canon["unit tests"] == "automated tests" and canon["test scripts"] == "test script"
    assert canon["regression"] == "regression"


def test_agile_roles_and_rituals_are_not_explained_as_jira() -> None:
    text = "The product owner wants the velocity and the burndown at the retro; the notes are in Confluence."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text)}
    assert canon["product owner"] == "product owner" and canon["velocity"] == "velocity"
    assert canon["burndown"] == "burndown chart" and canon["retro"] == "retro"
    assert canon["Confluence"] == "Confluence" and "Jira" not in canon.values()


def test_national_bodies_and_calendar_words_have_their_own_entries() -> None:
    national = {f.term: f.canonical for f in Checker(reader="technology").check(
        "The foundation trust reports to DHSC and UKHSA.")}
    assert national == {"foundation trust": "foundation trust", "DHSC": "DHSC", "UKHSA": "UKHSA"}
    office = {f.term: f.canonical for f in Checker(reader="clinical").check(
        "Check the scheduling assistant, and my out of office is on.")}
    assert office == {"scheduling assistant": "scheduling assistant", "out of office": "out of office"}


def test_cloud_office_and_bug_words_are_not_explained_as_azure_onenote_or_a_memory_leak() -> None:
    text = "We keep it on-prem, not in an S3 bucket; Power Automate fills the Google Sheets, and a deadlock stopped it."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind != "long-sentence"}
    assert canon["on-prem"] == "on-premises" and canon["S3 bucket"] == "object storage"
    assert canon["Power Automate"] == "Power Automate" and canon["Google Sheets"] == "Google Docs"
    assert canon["deadlock"] == "deadlock"
    assert not {"Azure", "OneNote", "memory leak"} & set(canon.values())


def test_safety_and_staffing_words_are_not_explained_as_a_serious_incident_or_bank_staff() -> None:
    text = "After the never event we met duty of candour, ran an RCA on the ward and cut agency spend with a WLI."
    canon = {f.term: f.canonical for f in Checker(reader="technology").check(text)}
    assert canon == {"never event": "never event", "duty of candour": "duty of candour", "RCA": "RCA",
                     "agency spend": "agency spend", "WLI": "waiting list initiative"}


def test_data_handling_words_are_not_explained_as_a_row_limit_or_a_backfill() -> None:
    text = "The parser truncated the file, so we added an index to the table and a database view with an incremental load."
    canon = {f.term: f.canonical for f in Checker(reader="clinical").check(text) if f.kind != "long-sentence"}
    assert canon["parser"] == "parse" and canon["truncated"] == "truncate" and canon["index"] == "index"
    assert canon["database view"] == "database view" and canon["incremental load"] == "incremental load"
    assert not {"row limit", "backfill"} & set(canon.values())
