"""The technology reader's breadth pass: clinical families an analyst meets in a consultant's
notes (pregnancy and newborn care, mental health law, surgery and anaesthesia, emergency care,
community care, named scores, medicine names, ward words near the everyday line), each with the
everyday or technical sense of the same words left plain."""

from __future__ import annotations

import pytest

from rmcoach.tips import clinical_glossary as cg
from rmcoach.tips.jargon import Checker

_CHECKER = Checker(reader="technology")


def terms(text: str) -> list[str]:
    return [f.term for f in _CHECKER.check(text) if f.kind != "long-sentence"]


def suggestion(text: str, term: str) -> str:
    found = [f for f in _CHECKER.check(text) if f.term == term]
    assert found, f"{term!r} not found in {text!r}: {terms(text)}"
    return found[0].suggestion


@pytest.mark.parametrize("text, term", [
    # words near the everyday line, in their clinical sense
    ("Put him on the list for Thursday.", "Put him on the list"),
    ("She's first on the list for theatre.", "first on the list"),
    ("I've got two extra sessions of clinic to clear the backlog.", "extra sessions"),
    ("I'm on take tomorrow, so the handover will be at eight.", "take"),
    ("The take was busy last night.", "take"),
    ("Thanks for explaining the take, it made the admission numbers make sense.", "take"),
    ("He's been on escorted leave from the ward twice this week.", "escorted leave"),
    ("He was detained under the Act last night, so the AMHP is coming.", "detained under"),
    ("He came in blue light after a collapse at home.", "collapse at home"),
    ("The patient was found collapsed in the bathroom.", "found collapsed"),
    ("The drain output was 200 ml overnight after the surgery.", "drain output"),
    ("Her clips can come out on day ten if the wound has healed.", "clips"),
    ("She's a GA case, so the anaesthetist will see her first.", "GA"),
    ("We'll manage the fracture conservatively for now.", "conservatively"),
    ("The collection on the CT needs a drain from radiology.", "collection"),
    ("She's at 32+4 with raised blood pressure.", "32+4"),
    ("She was induced at 41 weeks because the labour was slow.", "induced"),
    ("The CTG trace showed decelerations, so the midwife called the reg.", "decelerations"),
    ("He's dropped two centiles on his growth chart.", "dropped two centiles"),
    ("Her Padua score was 5, so she needs clot prevention.", "Padua"),
    ("His Rockall score is 4.", "Rockall score"),
    ("The Wells score was low, so we didn't scan.", "Wells score"),
    ("Give him lactulose twice a day.", "lactulose"),
    ("She uses Symbicort morning and night.", "Symbicort"),
    ("Haem want the film before they decide.", "Haem"),
    ("Ask neuro to see him after lunch.", "neuro"),
    ("Patients are streamed to the GP at the front door.", "streamed"),
    ("The LFTs are obstructive, which points at the gallbladder.", "obstructive"),
    ("Her eGFR fell after the IV contrast, so hold the metformin.", "IV contrast"),
    ("The ICB says we lose money because the tariff doesn't cover the stay.", "tariff"),
    ("Cat 2 response times were over an hour, with ambulances queued outside ED.", "Cat 2 response"),
    ("She has a depot every fortnight at the clinic for her psychosis.", "depot"),
    ("She's on lithium, so check her levels and her kidneys.", "on lithium"),
    ("The psychiatrist started lithium for her bipolar disorder.", "lithium"),
    ("Validation of the PTL took the admin team a week.", "Validation"),
    ("Her bloods were taken before the loaded dose of clopidogrel.", "loaded"),
    ("The CXR showed consolidation in the right lower zone.", "consolidation"),
    ("She's on 15 litres through a non-rebreathe mask.", "on 15 litres"),
    ("Her counts were low, so cycle 3 of the chemo is delayed.", "cycle 3"),
    ("He needs a hoist for transfers, so the OT is sorting the equipment for home.", "hoist"),
    ("The ICB says we're overperforming on elective activity against the contract.", "overperforming"),
    ("We did a harm review for every patient waiting over a year.", "harm review"),
    ("He has complete heart block and needs a pacemaker.", "complete heart block"),
    # ward talk near the everyday line
    ("Query PE, so we started treatment-dose heparin.", "Query PE"),
    ("He was worked up for a PE in ED.", "worked up"),
    ("The medics accepted him at midnight.", "The medics"),
    ("He crashed on the ward and we called the arrest team.", "crashed on the ward"),
    ("The abdomen was soft and non-tender.", "soft and non-tender"),
    ("There was a renal insult from the contrast.", "renal insult"),
    ("She's on a buddy ward, so her home team rounds there.", "home team"),
    ("The patient is known to psych.", "known to psych"),
    # signs and conditions whose words give nothing away
    ("She has pallor and petechiae on her legs.", "petechiae"),
    ("He's ataxic and has slurred speech after the stroke.", "ataxic"),
    ("He's in shock from the bleed, so we've started the major haemorrhage protocol.", "shock"),
    ("The echo showed vegetations on the mitral valve.", "vegetations"),
    ("The CT confirmed a type A dissection.", "type A dissection"),
    ("She's faecally impacted with overflow diarrhoea.", "faecally impacted"),
    ("Her lying and standing BP showed a postural drop.", "postural drop"),
    # note shorthand
    ("Symptoms for 3/52, worse over the last 2/7.", "2/7"),
    ("Symptoms started 3/52 ago.", "3/52"),
    ("Pt seen on WR, for d/c today.", "d/c"),
    ("We started Tazocin 4.5 g and Augmentin 625 mg.", "Augmentin"),
    # ward words that used to be flagged in any sentence, now only with a ward cue
    ("He is in bay 2 with chest pain.", "bay"),
    ("Let's meet in the mess at lunch; the FY1s will be there.", "the mess"),
    ("The ambulance conveyed him to ED.", "conveyed"),
    ("His potassium and other electrolytes are deranged.", "electrolytes"),
    ("The weekly sitrep goes to the ICB on Friday.", "weekly sitrep"),
    ("I do ten sessions a week, two of them SPA.", "sessions"),
    ("He was detained under section 3 of the Mental Health Act.", "section 3"),
    ("The police brought him in on a section 136.", "section 136"),
    # the analyst's own words in their clinical sense
    ("What bug grew in the blood cultures?", "What bug"),
    ("His line is infected, so it has to come out.", "line"),
    ("Flush the port before the chemo.", "port"),
    ("Put him on broad-spectrum cover until the cultures are back.", "broad-spectrum cover"),
    ("The plates grew Staph after two days.", "Staph"),
    ("The rhythm strip shows AF.", "rhythm strip"),
    # evidence and theatre-efficiency words
    ("The absolute risk reduction was small, so the NNT is high.", "absolute risk reduction"),
    ("The primary endpoint was death at 30 days.", "primary endpoint"),
    ("Late starts cost us two cases per list.", "cases per list"),
])
def test_clinical_senses_are_flagged_for_the_technology_reader(text: str, term: str) -> None:
    assert term in terms(text), (text, terms(text))


@pytest.mark.parametrize("text", [
    # the everyday or technical sense of the same words: a junior analyst needs no help here
    "Can you take the list of tasks?",
    "The team will take it from here.",
    "The consultant will take the meeting on Friday.",
    "Is she on the list for the party?",
    "The list of wards is in the spreadsheet.",
    "Let's book a session for Tuesday to go through the queries.",
    "I'll be on leave next week, so email Sarah instead.",
    "The cache was cleared and the page loaded faster.",
    "The collapse of the project cost us a month.",
    "Staff induction is on Monday for the new starters.",
    "Data validation rules stop bad rows getting into the table.",
    "The lithium battery in the laptop needs replacing.",
    "The buses go back to the depot at night.",
    "I saved the video clips to the shared folder.",
    "That's a conservative estimate of the savings.",
    "The Labour Party won the seat.",
    "We need 20+5 more rows in the sample.",
    "The Lighthouse score dropped after the release.",
    "Her credit score is fine.",
    "Chatham House rules apply to the meeting.",
    "We stream the events through Kafka into the warehouse.",
    "The import tariff on steel went up.",
    "A cat 2 incident on the service desk is answered within four hours.",
    "The data collection for the audit finishes on Friday.",
    "In contrast to last year, the figures went up.",
    "The drain on the battery is worse with the screen on.",
    "The office ran out of staples again.",
    "It's been a long day, so I'll reply tomorrow.",
    "He does cardio at the gym before work.",
    "The stack trace shows the error in the parser.",
    "Sales decelerations in the third quarter worried the board.",
    "Server consolidation cut our hosting bill by a third.",
    "Drink two litres of water a day when it is hot.",
    "Cycle 3 of the sprint starts on Monday.",
    "They hoist the flag at nine every morning.",
    "The new laptop is overperforming in every benchmark.",
    "Run the query for last month's admissions.",
    "She got worked up about the deadline.",
    "The server crashed on the ward PC overnight.",
    "The tender process for the new system closes on Friday.",
    "The home team won the match.",
    "The bug is known to the team.",
    "He's known to have asthma.",
    "He had a stroke and can't speak clearly.",
    "I was shocked by the figures this month.",
    "It came as a shock when the project was cancelled.",
    "The dissection of the results took all afternoon.",
    "The garden is overgrown with vegetation.",
    "We need a detailed dissection of the budget.",
    "About 1/12 of the rows were wrong.",
    "The sprint ran for 2/7 of the quarter.",
    "The meeting is on 2/7 at ten.",
    "The data is a mess.",
    "Park in bay 3 by the door.",
    "She conveyed her thanks to the team.",
    "He went for the jugular in the meeting.",
    "Drink electrolytes after the run.",
    "We need a sitrep on the outage.",
    "We need an extra session to finish the training.",
    "We will do a harm review of the release process.",
    "There is a shortage of care home places in the area.",
    "See section 3 of the report.",
    "Section 2 of the survey asks about staffing.",
    "The bug in the dashboard was fixed in the last release.",
    "The line manager signed it off.",
    "Our pipeline failed on the first line of the script.",
    "Open port 443 on the firewall.",
    "Can you cover for me while I'm on leave?",
    "The bacteria in yoghurt are good for you.",
    "There's a stomach bug going round the ward, so visiting is limited.",
    "There's a many-to-many link between clinicians and patients, so counts double up.",
    "It was validated against two sets of reports.",
    "The cost was reduced by a third.",
    "We moved the API endpoint to the new server.",
    "The project drivers are cost and time.",
])
def test_everyday_and_technical_senses_stay_plain(text: str) -> None:
    assert terms(text) == [], (text, terms(text))


def test_new_entries_explain_in_their_own_words() -> None:
    assert "operating theatre" in suggestion("Put him on the list for Thursday.", "Put him on the list")
    assert "32 weeks and 4 days" in suggestion("She's at 32+4 with raised blood pressure.", "32+4")
    assert "laxative" in suggestion("Give him lactulose twice a day.", "lactulose")
    assert "named after" in suggestion("Her Padua score was 5, so she needs clot prevention.", "Padua")


def test_breadth_by_topic_is_in_the_glossary() -> None:
    for term in ("Mental Health Act", "gestation", "labour", "newborn care", "failure to thrive", "croup",
                 "anaesthesia", "surgical drain", "decision to admit", "ambulance response categories",
                 "GMS contract", "Better Care Fund", "domiciliary care", "care coordinator", "cancer staging",
                 "cognitive screening tests", "culture and sensitivities", "therapeutic drug monitoring",
                 "research governance", "CQC ratings", "note shorthand"):
        assert cg.lookup(term) is not None, term
    assert len(cg.entries()) >= 500


def test_a_dosing_verb_is_not_read_as_a_brand_name() -> None:
    assert "Give" not in terms("Give 500 micrograms of adrenaline IM.")


def test_a_duration_is_reported_once() -> None:
    assert terms("Symptoms started 3/52 ago.").count("3/52") == 1


@pytest.mark.parametrize("text, term", [
    ("Take a history from the daughter before the ward round.", "history"),
    ("She is on cycle 3 of adjuvant chemo.", "chemo"),
    ("She went into labour at 38 weeks.", "went into labour"),
    ("The triage nurse put him in majors.", "triage nurse"),
    ("Two patients were triaged as urgent in ED.", "triaged"),
    ("The echo showed a dilated left atrium.", "left atrium"),
    ("The readmission rate rose after the ward closed.", "readmission"),
])
def test_outside_writers_words_keep_their_clinical_sense(text: str, term: str) -> None:
    assert term in terms(text)


@pytest.mark.parametrize("text", [
    "Could you take a history of the project before the meeting?",
    "The teaching programme is her labour of love.",
    "Let's triage these emails before the meeting.",
    "She's had two rounds of chemotherapy and is tolerating it well.",
    "The tap in the kitchen is dripping again.",
    "The nurse in charge will know where the notes are.",
    "The staff flu jab clinic is in the atrium this week.",
    "Please don't put patient names in the subject line of an email.",
    "NEWS2, the early warning score the nurses use to spot patients getting worse, is in the record.",
    "DNACPR means do not attempt cardiopulmonary resuscitation, and it is about CPR only.",
    "An SHO, which is an old name for a junior doctor in training, will see him first.",
])
def test_words_any_adult_knows_stay_plain_for_an_analyst(text: str) -> None:
    assert terms(text) == []
