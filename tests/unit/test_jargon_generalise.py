"""The jargon check on text it has never seen: mechanisms that find whole families of jargon
rather than listed words.  Jargon keeps company, the words of one entry vouch for each other,
written shapes (keyboard shortcuts, file types, versions, technology compounds, waiting-time
standards, eponyms, clinical scores), verbed acronyms and word families.  The sentences are
kept apart from the evaluation corpora in bench/jargon_corpus/."""

from __future__ import annotations

import pytest

from rmcoach.tips.jargon import Checker


def terms(text: str, reader: str | None) -> list[str]:
    return [f.term for f in Checker(reader=reader).check(text) if f.kind != "long-sentence"]


def covered(text: str, reader: str | None, word: str) -> bool:
    """Does a finding cover ``word`` (found by a glossary term, a family or a shape)?"""
    start = text.index(word)
    end = start + len(word)
    return any(f.start < end and start < f.end for f in Checker(reader=reader).check(text)
               if f.kind != "long-sentence")


# ------------------------------------------------------------------ jargon keeps company
def test_an_ambiguous_word_with_no_cue_rides_on_another_finding_in_its_sentence() -> None:
    # alone, "septic" needs a cue (patient, infection, antibiotics ...) and has none
    assert terms("He looked septic on arrival.", "technology") == []
    # beside an unambiguous clinical word in the same sentence it is reported too
    assert {"septic", "hypotensive"} <= set(terms("He looked septic and hypotensive on arrival.", "technology"))


def test_company_counts_only_inside_the_sentence() -> None:
    text = "He was hypotensive overnight. By noon he looked septic."
    assert terms(text, "technology") == ["hypotensive"]


def test_company_never_overrides_an_anti_cue_or_carries_general_words() -> None:
    # "takes" is a form of the medical take, but a general verb never rides on company
    assert terms("He takes bisoprolol every morning.", "technology") == ["bisoprolol"]
    # "rolled back the carpet": the anti-cue still names the everyday sense
    assert "rolled back" not in terms("We rolled back the carpet before the VLAN work.", "clinical")


def test_company_is_for_a_named_reader_only() -> None:
    # with nobody in particular the check stays as it was
    assert "septic" not in terms("He looked septic and hypotensive on arrival.", None)


# ------------------------------------------------------------------ one entry's words vouch
def test_the_words_of_one_entry_vouch_for_each_other() -> None:
    # "merged" and "branch" are both ambiguous forms of the same entry; each is the other's cue
    assert terms("Sam merged the branch before lunch.", "clinical") == ["merged", "branch"]
    # but a word is still not its own cue
    assert terms("Two trusts merged last year.", "clinical") == []


# ------------------------------------------------------------------ written shapes, clinical reader
@pytest.mark.parametrize("text, term", [
    ("Press Alt+Tab to jump back to the record.", "Alt+Tab"),
    ("Hit Ctrl + Shift + V to paste without the formatting.", "Ctrl + Shift + V"),
    ("I saved the audit as ward_falls.parquet for you.", "ward_falls.parquet"),
    ("Send it as a .json file.", ".json"),
    ("The supplier moved us to v3.2 last night.", "v3.2"),
    ("The e-consent form is on the tablet.", "e-consent"),
    ("Access is attribute-based, not by job title.", "attribute-based"),
    ("The new tool is platform-agnostic.", "platform-agnostic"),
    ("We buy storage as infrastructure-as-a-service.", "infrastructure-as-a-service"),
    ("The laptop boots into kiosk mode in clinic.", "kiosk mode"),
    ("The soft launch went to two clinics in May.", "soft launch"),
])
def test_clinical_reader_technology_shapes(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "The safe mode of transport for him is an ambulance.",
    "She's in survival mode after a week of nights.",
    "We'll launch the campaign in the spring.",
    "The evidence-based guideline changes next year.",
    "Please e-mail the family the visiting times.",
    "Hashtags like #teamwork were all over the ward's feed.",
    "She was on day 3 of her antibiotics.",
])
def test_clinical_reader_everyday_lookalikes_of_the_shapes_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


def test_clinical_reader_file_names_and_mentions_are_covered_whoever_finds_them() -> None:
    # the glossary knows .xlsx and "mention"; the shape finds the rest; either way it is reported
    assert covered("I exported the audit as falls_2024.xlsx for you.", "clinical", "xlsx")
    assert covered("Just @mention the ward manager in the chat.", "clinical", "mention")


def test_shapes_are_for_a_named_reader_only() -> None:
    assert "kiosk mode" not in terms("The laptop boots into kiosk mode in clinic.", None)


def test_technology_reader_is_not_told_about_technology_shapes() -> None:
    assert terms("Press Alt+Tab, then open the .json file from v3.2.", "technology") == []


# ------------------------------------------------------------------ written shapes, technology reader
@pytest.mark.parametrize("text, term", [
    ("We breached the 28-day faster diagnosis standard in May.", "28-day"),
    ("The 6-week diagnostic wait is the one the board watches.", "6-week"),
    ("She has a Baker's cyst behind the knee.", "Baker's cyst"),
    ("He was treated for suspected Guillain-Barré syndrome.", "Guillain-Barré syndrome"),
])
def test_technology_reader_health_service_shapes(text: str, term: str) -> None:
    assert term in terms(text, "technology")


@pytest.mark.parametrize("text", [
    "He has a 10-day wait for his new passport.",
    "She finished a 5-day course in Excel.",
    "Margaret's fracture has healed nicely.",
    "Friday's test went well.",
])
def test_technology_reader_everyday_lookalikes_of_the_shapes_stay_plain(text: str) -> None:
    assert terms(text, "technology") == []


@pytest.mark.parametrize("text, term", [
    ("His HAS-BLED is 3, so we need to think about bleeding.", "BLED"),
    ("Her ABCD2 score was low.", "ABCD2"),
    ("She scored 2 on qSOFA.", "qSOFA"),
    ("The CURB65 puts him in the high-risk group.", "CURB65"),
    ("The GPwER sees skin lesions in the community.", "GPwER"),
])
def test_technology_reader_clinical_scores_written_as_letters_and_digits(text: str, term: str) -> None:
    assert term in terms(text, "technology")


def test_a_clinical_score_is_no_jargon_to_a_clinical_reader_nor_a_device_name_to_anyone() -> None:
    assert terms("She scored 2 on qSOFA and her CHA2DS2-VASc was 3.", "clinical") == []
    assert terms("The update needs iOS 17 on the ward phones.", "technology") == []


# ------------------------------------------------------------------ verbed acronyms
def test_an_acronym_made_a_verb_is_still_the_acronym() -> None:
    assert "LP'd" in terms("We LP'd him on the ward.", "technology")
    assert "MDT'd" in terms("He was MDT'd on Tuesday.", "technology")
    assert terms("He was MDT'd on Tuesday.", "clinical") == []


# ------------------------------------------------------------------ word families
def test_computing_verbs_made_with_ise_are_technical_for_a_clinical_reader() -> None:
    assert "containerised" in terms("The app is containerised now.", "clinical")
    assert "tokenisation" in terms("The tokenisation protects the card numbers.", "clinical")
    assert terms("The results were normalised to the reference range.", "clinical") == []


def test_treatments_in_therapy_are_clinical_for_a_technology_reader() -> None:
    assert "phototherapy" in terms("The baby went under phototherapy for a day.", "technology")
    assert terms("She had physiotherapy after the operation.", "technology") == []


# ------------------------------------------------------------------ the everyday line
@pytest.mark.parametrize("text, reader", [
    ("The pass mark sets the threshold for the exam.", "clinical"),
    ("I've put our sessions in the shared calendar.", "clinical"),
    ("The bank's app will text you a code to log in.", "clinical"),
    ("The old laptop crashed twice this morning.", "clinical"),
    ("The patient is very frail and walks with a stick.", "technology"),
])
def test_words_on_the_everyday_side_of_the_line_stay_plain(text: str, reader: str) -> None:
    assert terms(text, reader) == []


@pytest.mark.parametrize("text, term", [
    ("Leave the iPad docked overnight so it charges and uploads.", "docked"),
    ("The sepsis model has drifted since the new triage form.", "drifted"),
    ("The tool works out of the box with our EPR.", "out of the box"),
    ("Each admission row carries a timestamp.", "timestamp"),
])
def test_clinical_reader_curated_families(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "The ferry docked at Hull in the fog.",
    "She drifted off to sleep after the paracetamol.",
    "Out of the box thinking is what the away day was for.",
])
def test_clinical_reader_everyday_senses_of_the_curated_families_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


# ------------------------------------------------------------------ medicines by brand name
@pytest.mark.parametrize("text, term", [
    ("On the ward we started Meronem for the line infection.", "Meronem"),
    ("She was switched to Apixaban before discharge.", "Apixaban"),
    ("He takes Madopar 125 mg four times a day.", "Madopar"),
])
def test_technology_reader_a_medicine_by_its_brand_name(text: str, term: str) -> None:
    assert term in terms(text, "technology")


@pytest.mark.parametrize("text", [
    "We started Margaret on insulin last week.",
    "The nurse gave Margaret her tablets at ten.",
    "We stopped Monday clinics over the summer.",
    "We started Teams calls for the weekly meeting.",
])
def test_technology_reader_people_days_and_products_after_a_prescribing_verb_stay_plain(text: str) -> None:
    assert terms(text, "technology") == []


# ------------------------------------------------------------------ blood results in lab shorthand
def test_technology_reader_a_blood_result_in_lab_shorthand() -> None:
    assert "Hb" in terms("Her Hb came back at 81 this morning.", "technology")
    assert "Na" in terms("Na 128, so we restricted her fluids.", "technology")
    assert "K" in terms("His K is 5.9 after the fluids.", "technology")


@pytest.mark.parametrize("text", [
    "Option K was 3 pages long.",
    "Our office is in Ca 94110 for the US team.",
    "The Na in the table header means not applicable.",
])
def test_technology_reader_lookalikes_of_lab_shorthand_stay_plain(text: str) -> None:
    assert terms(text, "technology") == []


# ------------------------------------------------------------------ after the last fresh sets
@pytest.mark.parametrize("text, term", [
    ("Discharge summaries auto-forward to the community team.", "auto-forward"),
    ("Switch on autosave before you start the audit.", "autosave"),
    ("We'll start with a shadow pilot on one ward.", "shadow pilot"),
    ("The report reads from a view over the live database.", "view"),
])
def test_clinical_reader_auto_words_pilots_and_database_views(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "In my view the rota works well.",
    "The pilot of the new clinic went well.",
    "The automatic doors at the entrance are broken.",
])
def test_clinical_reader_everyday_views_pilots_and_automatic_things_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


@pytest.mark.parametrize("text, term", [
    ("Her pain is managed with co-dydramol.", "co-dydramol"),
    ("He was started on antiemetics after the chemo.", "antiemetics"),
    ("We reviewed his antihypertensives at clinic.", "antihypertensives"),
])
def test_technology_reader_combination_medicines_and_anti_families(text: str, term: str) -> None:
    assert term in terms(text, "technology")


def test_technology_reader_co_workers_stay_plain() -> None:
    assert terms("My co-worker and I co-authored the audit.", "technology") == []


# ------------------------------------------------------------------ seventh round
@pytest.mark.parametrize("text, term", [
    ("Just @Sarah in the chat when the audit is done.", "@Sarah"),
    ("Use @channel only for urgent things.", "@channel"),
    ("Could you @ me when you've read it?", "@ me"),
])
def test_clinical_reader_a_person_tagged_with_an_at_sign(text: str, term: str) -> None:
    assert term in terms(text, "clinical")


@pytest.mark.parametrize("text", [
    "Email me at jo.smith@nhs.net before Friday.",
    "Meet @ 3pm in the seminar room.",
])
def test_clinical_reader_email_addresses_and_a_bare_at_sign_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


def test_the_at_tag_is_for_a_clinical_reader_only() -> None:
    assert terms("Just @Sarah in the chat when the audit is done.", "technology") == []
    assert "@Sarah" not in terms("Just @Sarah in the chat when the audit is done.", None)


@pytest.mark.parametrize("text, term", [
    ("We'll have two weeks of hypercare after go-live.", "hypercare"),
    ("The go/no-go meeting is on Friday.", "go/no-go"),
    ("The Citrix session kept dropping on the ward.", "Citrix"),
    ("We keep an offline backup in case of a ransomware attack.", "offline backup"),
    ("We'll do it in the next sprint.", "next sprint"),
    ("The old server will be decommissioned after go-live.", "decommissioned"),
])
def test_clinical_reader_delivery_and_infrastructure_breadth(text: str, term: str) -> None:
    assert covered(text, "clinical", term)


@pytest.mark.parametrize("text", [
    "The ICB wants to decommission the community beds.",
    "Her dietary requirements are on the board.",
    "He put his specs on to read the chart.",
    "The landlord says our tenant has left the flat.",
])
def test_clinical_reader_everyday_senses_of_the_new_delivery_words_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


@pytest.mark.parametrize("text, term", [
    ("Ix: bloods and a chest film.", "Ix"),
    ("Please r/v in the morning.", "r/v"),
    ("N&V since yesterday, keeping fluids down.", "N&V"),
    ("Her Waterlow is high so she needs two-hourly turns.", "Waterlow"),
    ("The bay is closed with norovirus.", "norovirus"),
    ("Our CSO has to sign the hazard log.", "CSO"),
    ("The IG team need to approve the data flow.", "IG"),
    ("He's fluid overloaded with swollen legs.", "fluid overloaded"),
    ("The consultant of the week runs the take.", "consultant of the week"),
])
def test_technology_reader_note_abbreviations_ward_scores_and_governance(text: str, term: str) -> None:
    assert covered(text, "technology", term)


def test_technology_reader_a_data_flow_does_not_ride_on_a_governance_word() -> None:
    assert terms("The IG team need to approve the data flow.", "technology") == ["IG team"]


@pytest.mark.parametrize("text, term", [
    ("The date column is stored as a string, so it sorts wrongly.", "string"),
    ("I parsed the HL7 messages into a table.", "parsed"),
    ("The data steward signs off each new table.", "data steward"),
    ("The timestamps are in UTC.", "UTC"),
])
def test_clinical_reader_data_internals(text: str, term: str) -> None:
    assert covered(text, "clinical", term)


@pytest.mark.parametrize("text", [
    "We truncated the course of antibiotics after the cultures came back.",
    "It took me a while to parse what she meant.",
    "He plays string quartets at the weekend.",
])
def test_clinical_reader_everyday_senses_of_the_data_internals_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


@pytest.mark.parametrize("text, term, reader", [
    ("I've added you to the private channel for the audit.", "private channel", "clinical"),
    ("The notes are in the Loop card at the top of the chat.", "Loop card", "clinical"),
    ("It broke in live because the data was different.", "in live", "clinical"),
    ("She's hypoxic on room air.", "room air", "technology"),
    ("We'll step her down to the ward tomorrow.", "step her down", "technology"),
    ("She has a DNACPR and her ceiling is ward-based care.", "ceiling", "technology"),
    ("The echo showed a weak left ventricle.", "left ventricle", "technology"),
])
def test_set_twelve_and_nine_families(text: str, term: str, reader: str) -> None:
    assert covered(text, reader, term)


@pytest.mark.parametrize("text, reader", [
    ("We're living in live music heaven this weekend.", "clinical"),
    ("The ceiling in the seminar room is leaking again.", "technology"),
])
def test_everyday_ceilings_and_live_music_stay_plain(text: str, reader: str) -> None:
    assert terms(text, reader) == []


@pytest.mark.parametrize("text", [
    "The flow through ED was terrible on Monday.",
    "We have a guest speaker from the deanery at grand round.",
    "The patient was quarantined in a side room with suspected measles.",
    "We need a special meeting about the winter plan.",
    "I'm stepping down as clinical lead in April.",
    "The requirements of the job are on the website.",
    "She came as a guest to the MDT.",
    "Chunking the teaching into short sessions helps.",
    "We need the specs for the new bariatric beds.",
    "He is a tenant in sheltered housing.",
])
def test_clinical_reader_everyday_words_near_the_new_families_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []


@pytest.mark.parametrize("text", [
    "Send the parcel c/o the ward office.",
    "Mx Taylor will join the call.",
    "The room air is stuffy in here.",
    "Mutual aid between the two teams worked.",
])
def test_technology_reader_everyday_senses_of_note_shorthand_stay_plain(text: str) -> None:
    assert terms(text, "technology") == []


@pytest.mark.parametrize("text, term", [
    ("c/o chest pain for two days.", "c/o"),
    ("Mx: IV antibiotics and fluids.", "Mx"),
    ("She is hypoxic on room air.", "room air"),
])
def test_technology_reader_note_shorthand_in_a_clinical_note(text: str, term: str) -> None:
    assert covered(text, "technology", term)


@pytest.mark.parametrize("text, term", [
    ("The pain is pleuritic and worse on breathing in.", "pleuritic"),
    ("He had rigors overnight.", "rigors"),
    ("The abdomen has guarding in the right iliac fossa.", "guarding"),
    ("There's no focal neurology.", "focal neurology"),
    ("Her cap refill is four seconds.", "cap refill"),
    ("His baseline is walking with a frame.", "baseline"),
])
def test_technology_reader_bedside_examination_words(text: str, term: str) -> None:
    assert covered(text, "technology", term)


@pytest.mark.parametrize("text", [
    "Our elective activity is 105 percent of the 2019 baseline.",
    "We went clubbing on Friday night.",
    "The frequency of the report is weekly.",
])
def test_technology_reader_baselines_clubs_and_frequencies_in_their_everyday_sense(text: str) -> None:
    assert not any(t in {"baseline", "clubbing", "frequency"} for t in terms(text, "technology"))


@pytest.mark.parametrize("text, term", [
    ("Your call went to second-line support.", "second-line support"),
    ("The load test showed it slows at 200 users.", "load test"),
    ("It's a breaking change for the old reports.", "breaking change"),
    ("It failed over to the backup site.", "failed over"),
])
def test_clinical_reader_support_tiers_and_testing_words(text: str, term: str) -> None:
    assert covered(text, "clinical", term)


@pytest.mark.parametrize("text", [
    "First line treatment is amoxicillin.",
    "Sorry the email was so long; the short version is in the first line.",
    "He had an exercise stress test last year.",
    "She drinks Java coffee in the mess.",
])
def test_clinical_reader_first_lines_and_stress_tests_stay_plain(text: str) -> None:
    assert terms(text, "clinical") == []
