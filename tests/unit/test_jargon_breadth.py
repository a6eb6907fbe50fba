"""The eighth round's breadth pass for a clinical reader: the families it added (spreadsheets,
devices, sign-in, the service desk, integration, analytics, cloud, code and testing, AI
training, networks, EHR build, meeting talk), the cues that keep their everyday and clinical
senses alone, and the shapes and trigger words it added.  The sentences are kept apart from
the evaluation corpora in bench/jargon_corpus/."""

from __future__ import annotations

import pytest

from rmcoach.tips import glossary
from rmcoach.tips.jargon import Checker

CLINICAL = Checker(reader="clinical")


def covered(text: str, word: str) -> bool:
    """Does a finding for the clinical reader cover ``word``?"""
    start = text.index(word)
    end = start + len(word)
    return any(f.start < end and start < f.end for f in CLINICAL.check(text) if f.kind != "long-sentence")


def findings(text: str) -> list[str]:
    return [f.term for f in CLINICAL.check(text) if f.kind != "long-sentence"]


# The technical sense, named by a cue near the word: flagged for a consultant.
TECHNICAL = [
    ("The testers raised a defect against the discharge form.", "defect"),
    ("The supplier spun up a new instance of the database for testing.", "instance"),
    ("Your laptop isn't joined to the domain, so the login fails.", "domain"),
    ("Open an encounter in the EHR before you write the note.", "encounter"),
    ("Someone typed their credentials into a fake login page.", "credentials"),
    ("Hackers used an exploit in the old Windows version.", "exploit"),
    ("We normalised the tables so each ward is stored once.", "normalised"),
    ("I flattened the JSON into one table per admission.", "flattened"),
    ("The site's connectivity drops every afternoon.", "connectivity"),
    ("The developers compile the code every night.", "compile"),
    ("I forked the repo to try the change on my own copy.", "forked"),
    ("The label printer needs a new driver after the Windows update.", "driver"),
    ("Plug in the headset before the Teams call.", "headset"),
    ("The interface retries the message three times before it gives up.", "retries"),
    ("We have a flaky test in the pipeline again.", "flaky test"),
    ("Add the Outlook add-in for the referral service.", "add-in"),
    ("I'll give control of my screen so you can click through the form.", "give control"),
    ("Sensitivity labels stop the file being forwarded outside the trust.", "Sensitivity labels"),
    ("We chunk the guidelines so the chatbot finds the right paragraph.", "chunk"),
    ("The model looked brilliant because of data leakage from the test set.", "data leakage"),
    ("Use tap and go to move your session between PCs.", "tap and go"),
    ("The results routing sends every troponin to the on-call consultant's inbox.", "results routing"),
    ("Release the held orders when the patient reaches the ward.", "held orders"),
    ("Got ratioed after posting about the rota.", "ratioed"),
    ("The interface sends the discharge summary to the GP.", "interface"),
    ("We pay a licence per user each year.", "licence per user"),
    ("The work is blocked until the supplier gives us a test login.", "blocked until"),
    ("The video lags because of poor upload speed at the clinic.", "upload speed"),
    ("It's a P2 incident, so they aim to fix it within a working day.", "P2 incident"),
    ("With the temperature set to zero it gives the same answer every time.", "temperature"),
    ("The JML process removes a leaver's access on their last day.", "JML"),
    ("A knowledge article on the service desk explains the fix.", "knowledge article"),
    ("The dashboard has a cross-tab of admissions by ward and month.", "cross-tab"),
    ("We pay for cloud spend by the hour, so the test servers are off at night.", "cloud spend"),
    ("The static IP lets the lab system find the analyser.", "static IP"),
    ("The clinic's fibre connection goes live in May.", "fibre connection"),
    ("You'll need to break the glass to open a record from another ward.", "break the glass"),
    ("The build team added the frailty score to the admission template.", "build team"),
    ("The vendor calls it a frictionless experience for patients.", "frictionless"),
    ("The app is in discovery, so nothing is built yet.", "in discovery"),
    ("The supplier's release cadence is one upgrade a quarter.", "release cadence"),
    ("I've put your request on the backlog for next sprint.", "backlog"),
    ("If you give it a clearer prompt, the answers get better.", "prompt"),
    ("We stood up a test server for the pilot.", "stood up"),
    ("IT hardened the ward PCs after the cyber attack.", "hardened"),
    ("Most of the week went on data wrangling before the audit figures made sense.", "data wrangling"),
    ("The developers will do a two-day spike on the new library.", "spike"),
    ("The number was hardcoded, so changing it needs a release.", "hardcoded"),
]


@pytest.mark.parametrize("text, word", TECHNICAL, ids=[t[1] for t in TECHNICAL])
def test_the_technical_sense_is_flagged_for_a_clinical_reader(text: str, word: str) -> None:
    assert covered(text, word), findings(text)


# The clinical or everyday sense: a consultant's own words, left alone.
EVERYDAY = [
    "The echo showed a small septal defect and good function.",
    "There's a perfusion defect on the scan in the inferior wall.",
    "In this instance the family declined further treatment.",
    "For instance, a frail patient may need a longer stay.",
    "The cognitive domain scores were low on the assessment.",
    "It was a difficult encounter with the son, so I wrote it up.",
    "His credentials as a surgeon are excellent.",
    "We must safeguard against the exploitation of vulnerable adults.",
    "Her sodium normalised after we stopped the diuretic.",
    "The T waves flattened after the potassium came up.",
    "We compiled a list of the patients waiting over a year.",
    "The road forks just after the hospital entrance.",
    "The ambulance driver was very helpful.",
    "Staffing is the main driver of the cost pressure.",
    "She wore compression stockings with an elastic top.",
    "There was a pleural friction rub on the left.",
    "The strike caused disruption to outpatient clinics.",
    "She has visual disturbance and a headache.",
    "Please retry the cannula with a smaller gauge.",
    "His heart rate at rest is fifty.",
    "We'll add in a dose of furosemide tonight.",
    "The service user needs a wheelchair assessment.",
    "Her skin is flaky and dry on both shins.",
    "This is an emergency change to the rota for tomorrow.",
    "We need to provision more beds for winter.",
    "The audit covered a wide range of ages.",
    "Formula milk is fine for the baby.",
    "His white cell count is up and the CRP has doubled.",
    "The registrar will host the teaching session.",
    "The war room for winter pressures meets daily at eight.",
    "The discharge pathway P1 means home with support.",
    "Meet at 10:30 in room B2.",
    "The course costs $500 a place.",
    "He was on autopilot after a night on call.",
    "We cleared the backlog in the endoscopy unit.",
    "Thanks for the prompt reply about the referral.",
    "She stood up and felt dizzy, so we did lying and standing BPs.",
    "The physio got her standing up with a frame this morning.",
    "The bed is blocked until the care package starts.",
    "The catheter was blocked by clots.",
    "Memory sticks are blocked on every ward PC.",
    "The temperature on the ward is set high in winter.",
    "She is on the P2 pathway for discharge.",
    "His arteries have hardened with age.",
    "There was a spike in his temperature overnight.",
    "We saw a spike in admissions after the bank holiday.",
    "We discussed the bed board at the 8am huddle.",
    "The synopsis of the case was clear and short.",
    "The interface between primary and secondary care needs work.",
    # everyday words of NHS working life: a consultant has used them for years
    "I emailed the letter to your NHSmail account.",
    "Results you haven't acknowledged stay in your inbox.",
    "I asked for an exception to the rota rule.",
]


@pytest.mark.parametrize("text", EVERYDAY, ids=[t[:40] for t in EVERYDAY])
def test_the_everyday_and_clinical_senses_are_left_alone(text: str) -> None:
    assert findings(text) == []


# Written shapes and trigger words the pass added.
SHAPES = [
    ("The column shows #N/A where the lookup found nothing.", "#N/A"),
    ("The total went to #REF! after I deleted a column.", "#REF!"),
    ("Lock it with $A$1 so it stays put when you copy it.", "$A$1"),
    ("Sum $B$2:$B$40 for the total.", "$B$2:$B$40"),
    ("Type =SUMIFS( and pick the ward column.", "=SUMIFS("),
    ("The booking service autoscales when clinics open.", "autoscales"),
    ("The certificate auto-renews every year.", "auto-renews"),
    ("The system auto-escalates to outreach when the score hits 7.", "auto-escalates"),
]


@pytest.mark.parametrize("text, word", SHAPES, ids=[s[1] for s in SHAPES])
def test_spreadsheet_shapes_and_every_auto_word_are_found(text: str, word: str) -> None:
    assert covered(text, word), findings(text)


def test_a_form_still_belongs_to_one_entry_after_the_pass() -> None:
    # the pass added families after the older rows; a form an older row held stays there
    assert glossary.lookup("drivers").term == "device driver"
    assert glossary.lookup("driver").term == "driver"
    assert glossary.lookup("COUNTIFS").term == "COUNTIF"
    assert glossary.lookup("INDEX MATCH").term == "conditional formatting"


def test_the_breadth_pass_is_tech_jargon_only_for_a_clinical_reader() -> None:
    # a technology reader is never told about these words
    tech = Checker(reader="technology")
    for text, _ in TECHNICAL[:10]:
        assert [f for f in tech.check(text) if f.kind == "jargon" and f.canonical in
                {"defect", "instance", "domain", "credentials", "exploit"}] == []


# The systems and screens of a consultant's own working day, and everyday senses that an
# outside writer's plain sentences use: never flagged for a clinical reader.
CONSULTANT_KNOWS = [
    "Your smartcard has to be in the reader before the EPR opens.",
    "The scan is on PACS and the letter is in the patient portal.",
    "Since e-prescribing came in, the drug chart is on the computer.",
    "I'll book a Teams call for Thursday at four.",
    "Please reply all so the secretaries see it too.",
    "The cursor keeps jumping around when I type.",
    "Can you send me a screenshot of the error message?",
    "There's a bug in the booking system that double-books Tuesday afternoons.",
    "The dashboard shows how many beds are free.",
    "Can we park that discussion until the next meeting?",
    "I had to back up the car to let the ambulance through the gate.",
    "The cluster of cases on Ward 4 turned out to be norovirus.",
    "The registrar's presentation had a lovely flow to it.",
    "A virtual ward lets us watch patients in their own homes.",
    "The CT is for staging, so please request it before the MDT.",
    "He has a slight build and looks younger than his age.",
    "The guardrails on the multi-storey car park have been repainted.",
    "We bought her book tokens as a leaving present.",
    "The rota spreadsheet is colour-coded by grade.",
    "Please back up your photos before you hand the old laptop in.",
    "I'll send you a calendar invite for next Tuesday.",
    "Sorry, you were on mute for the first minute.",
    "The project board meets once a month and you're on it.",
    "The chart shows a drop in readmissions after the new leaflet went out.",
    "The ECG on bed 4 showed new ST depression, so I told the registrar.",
    "The server at the leaving do kept bringing round the wrong drinks.",
    "The builders say the build of the new emergency department will be finished in spring.",
    "He's been losing the thread of conversations since the stroke.",
    "Tokens for the car park barrier are at the main reception.",
    "Recall bias is a real problem with questionnaires about diet.",
    "The obvious inference from the trial is that the drug doesn't help older patients.",
]


@pytest.mark.parametrize("text", CONSULTANT_KNOWS, ids=[t[:40] for t in CONSULTANT_KNOWS])
def test_what_a_consultant_uses_every_day_is_left_alone(text: str) -> None:
    assert findings(text) == []


def test_those_words_keep_their_technical_senses_and_other_readers() -> None:
    assert covered("The Kubernetes cluster restarted itself overnight.", "cluster")
    assert covered("I built a Power Automate flow that emails you when a form is submitted.", "flow")
    assert covered("The change is on staging for testing before it goes live.", "staging")
    assert covered("The chatbot hit its token limit, so it forgot the start of the policy.", "token limit")
    assert covered("The nightly build failed, so the fix is not in the test version.", "build")
    technology = Checker(reader="technology")
    assert any(f.canonical == "virtual ward" for f in technology.check("She is on the virtual ward with an oximeter."))
    nobody = Checker()
    assert any(f.canonical == "smartcard" for f in nobody.check("Your smartcard needs renewing."))


@pytest.mark.parametrize("text", [
    "Multi-factor authentication (MFA), meaning a code from your phone as well as your password, is needed.",
    "An LLM (large language model, the kind of AI behind ChatGPT) writes the first draft.",
    "The sandbox, which is a practice copy of the record system, opens tomorrow.",
    "SSO is short for single sign-on: one login for every system.",
])
def test_a_term_the_sentence_defines_is_not_flagged_nor_the_words_of_its_definition(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize("text, word", [
    ("RBAC means a ward clerk sees different screens from an FY1.", "RBAC"),
    ("The page is throwing a 500 error, which means the problem is on their side.", "500 error"),
    ("We moved the files to the cloud, meaning we pay for it monthly.", "cloud"),
])
def test_what_follows_from_a_term_does_not_define_it(text: str, word: str) -> None:
    assert covered(text, word)
