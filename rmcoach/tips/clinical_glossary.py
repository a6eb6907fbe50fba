"""Clinical and health-service words, explained for someone who comes from technology.

The other half of the glossary: :mod:`rmcoach.tips.glossary` explains technology to
a clinician; this module explains the clinician's world to an analyst.  Each entry
is a :class:`~rmcoach.tips.glossary.GlossaryEntry` with a ``domain``:

* ``"clinical"`` - conditions, investigations, medicines and regimens, roles and
  grades, ward and clinic workflow;
* ``"service"`` - NHS structures, management and commissioning;
* ``"health-data"`` - coding and activity words (spells, episodes, HRGs), which
  many clinicians do not use either.

Which domains count as jargon for which reader is decided in
:data:`rmcoach.tips.jargon.READER_DOMAINS`.  Analogies come from the analyst's own
working day (tickets, pipelines, dashboards, releases).

Rows are kept as compact text (one term a line, fields separated by `` | ``:
term, plain alternative, analogy, then optional ``aka=``, ``exp=``, ``amb=``,
``cues=``, ``anti=`` fields with ``;``-separated lists, as in the technical
glossary) and parsed on first use, so importing stays cheap.

:data:`FAMILIES` describes word shapes that give a medical word away even when it
is not listed: endings such as -itis, -ectomy or -aemia, and the endings of drug
names (-olol, -pril, -xaban).  Everyday words with those endings ("arthritis",
"April", "empathy") are exceptions.

The words are ours; the facts (what an acronym stands for) are public.
"""

from __future__ import annotations

from typing import Any

from rmcoach.tips.glossary import GlossaryEntry, lookup_index, lookup_key

CLINICAL_TERMS = "clinical terms"
INVESTIGATIONS = "investigations"
MEDICINES = "medicines"
ROLES = "roles and grades"
WORKFLOW = "ward and clinic"
STRUCTURES = "NHS structures"
MANAGEMENT = "management"
ACTIVITY = "coding and activity"

CATEGORIES: tuple[str, ...] = (CLINICAL_TERMS, INVESTIGATIONS, MEDICINES, ROLES, WORKFLOW, STRUCTURES,
                               MANAGEMENT, ACTIVITY)

# Shared context words: a clinical sense of an ambiguous word needs one of these nearby.
_WARD = ("patient; patients; ward; wards; bed; beds; clinic; consultant; registrar; nurse; nurses; doctor; "
         "doctors; admitted; admission; discharge; discharged; medical; surgical; on call; on-call; bleep; "
         "team; firm; A&E; ED; shift; night; morning; reg; SHO; FY1")

_CLINICAL = """
varices | swollen veins in the gullet or stomach, from liver disease, that can bleed heavily | like a bypass route carrying far more traffic than it was built for, until it bursts | aka=varix; variceal; oesophageal varices; variceal bleed; variceal bleeding; banding; Minnesota tube; Sengstaken tube
weight-bearing | how much weight a patient may put through an injured leg | like a load limit set on a repaired bridge until it has healed | aka=non-weight-bearing; non weight bearing; NWB; partial weight-bearing; PWB; full weight-bearing; FWB; weight-bear; weight bear as tolerated; WBAT
backslab | a half plaster cast that holds a broken limb while the swelling settles | like a temporary patch that holds things in place until the real fix can go in | aka=back slab; backslabs; plaster of Paris; below-knee cast; above-elbow cast
chest drain | a tube through the chest wall that lets air or fluid out from around the lung | like a relief valve fitted until the pressure problem is fixed | aka=chest drains; intercostal drain; underwater seal; underwater seal drain; Seldinger drain; on suction; drain on suction; pleural tap
long-term oxygen therapy | oxygen at home for many hours a day for people whose lungs can no longer keep their levels up | like a permanent extra power supply for a machine that can no longer run on its own | aka=LTOT; home oxygen; home oxygen therapy; ambulatory oxygen; oxygen concentrator
urinary retention | the bladder fills but cannot empty, so urine is held back | like a queue that keeps filling because the consumer has stopped | aka=in retention; retention of urine; retaining urine; retained urine; acute urinary retention; AUR; bladder scan; bladder scanner | amb=in retention; AUR | cues=catheter; catheterised; bladder; urine; scan; prostate; pain; passing; patient; ml
cauda equina syndrome | pressure on the bundle of nerves at the bottom of the spine: a surgical emergency | like a cable loom crushed at the one point every signal passes through | aka=cauda equina; CES; cauda equina compression
pre-eclampsia | raised blood pressure and kidney strain in pregnancy that can turn dangerous for mother and baby | like a warning state that can tip into a full outage without much notice | aka=preeclampsia; eclampsia; eclamptic; HELLP; HELLP syndrome; pregnancy-induced hypertension
post-ictal | the drowsy, muddled spell after a seizure | like a system coming back up after a crash: running, but slow and confused for a while | aka=postictal; post ictal; ictal
ileus | the bowel stops moving for a while, often after an operation, so food and gas back up | like a pipeline that has stalled: nothing is broken, but nothing moves through | aka=paralytic ileus; postoperative ileus
fistula | an abnormal channel joining two parts of the body, or one made on purpose in the arm for dialysis | like a direct link patched between two systems that were never meant to talk | aka=fistulas; fistulae; AV fistula; arteriovenous fistula
wound dehiscence | a surgical wound coming apart along its stitches | like a repair that has come unstuck at the seam | aka=dehisced; dehiscence; wound breakdown
mechanical fall | a trip or slip with a clear outside cause, rather than a faint or a fit | like a failure from someone tripping over the cable rather than from a fault inside the machine | aka=mechanical falls; long lie; long lies; found on the floor; falls care plan; falls bundle; lying and standing blood pressure | amb=long lie; long lies | cues=floor; fall; fell; falls; found; overnight; hours; patient; CK; rhabdo; pressure; elderly; carers | anti=lie-in; lie in; weekend; Saturday; Sunday
troponin | a blood test that shows whether heart muscle has been damaged | like an error log that only fills up after something has actually broken, so a rising count means real damage | aka=trop; trops; high-sensitivity troponin; hs-troponin; hsTnT; hsTnI; troponin T; troponin I | amb=trop; trops | cues=rise; rising; raised; negative; positive; repeat; serial; hour; chest pain; result; level; MI; NSTEMI; ECG; bloods
NSTEMI | a heart attack that does not show the classic pattern on the heart tracing | like an outage that the dashboard does not show, but the error logs do | exp=non-ST-elevation myocardial infarction | aka=non-STEMI; NSTE-ACS
STEMI | a major heart attack with a tell-tale pattern on the heart tracing, needing the artery opened at once | like a priority-one outage: everyone drops everything and the fix starts within the hour | exp=ST-elevation myocardial infarction
ACS | a heart attack or a near-miss of one, caused by a narrowed heart artery | like the family of incidents that all come from one overloaded server | exp=acute coronary syndrome | aka=acute coronary syndrome
MI | a heart attack | like a server that has lost part of its power supply and some of it has died | exp=myocardial infarction | aka=myocardial infarction
AF | an irregular, often fast heartbeat that raises the risk of stroke | like a clock signal that has lost its rhythm: things still run, but unreliably | exp=atrial fibrillation | aka=atrial fibrillation; AFib; fast AF
ejection fraction | how much blood the heart pumps out with each beat, as a percentage | like throughput as a share of capacity: a low figure means the pump is struggling | aka=EF; LVEF; left ventricular ejection fraction | amb=EF | cues=heart; echo; %; percent; reduced; preserved; heart failure; LV; ventricular
HFrEF | heart failure where the heart pumps weakly | like a pump running at a fraction of its rated output | exp=heart failure with reduced ejection fraction
HFpEF | heart failure where the heart pumps normally but is too stiff to fill well | like a buffer that empties fine but fills too slowly | exp=heart failure with preserved ejection fraction
LVSD | a weak pumping chamber on the left side of the heart | - | exp=left ventricular systolic dysfunction
cardiomyopathy | a disease of the heart muscle itself | like faulty hardware rather than a bad connection
arrhythmia | an abnormal heart rhythm | like a clock drifting or skipping ticks | aka=arrhythmias; dysrhythmia
tachycardia | a fast heart rate (over about 100 a minute) | like a CPU fan running flat out | aka=tachycardic; tachy; SVT; VT | amb=tachy | cues=heart; rate; pulse; ECG; bpm; patient; fast; beats
bradycardia | a slow heart rate (under about 60 a minute) | like a heartbeat check that comes round too rarely | aka=bradycardic; brady | amb=brady | cues=heart; rate; beats; pulse; ECG; pacing; bpm
hypertension | high blood pressure | like a system running constantly above its safe load | aka=hypertensive; HTN
hypotension | low blood pressure | like a pipeline with too little pressure to reach the far end | aka=hypotensive
syncope | fainting, a brief loss of consciousness | like a brief power cut: everything goes off and comes back by itself | aka=syncopal; presyncope; presyncopal; pre-syncopal; pre-syncope
angina | chest pain from the heart not getting enough blood, usually on effort | like a link that only drops packets under heavy load | aka=stable angina; unstable angina
dyspnoea | breathlessness | - | aka=dyspnea; SOB; SOBOE; shortness of breath on exertion | amb=SOB | cues=breath; breathless; chest; exertion; patient; oxygen; cough; wheeze; COPD; heart failure
orthopnoea | breathlessness when lying flat | - | aka=orthopnea; PND; paroxysmal nocturnal dyspnoea
oedema | swelling from fluid under the skin, often in the ankles | like a queue backing up because the outflow cannot keep pace | aka=edema; peripheral oedema; pulmonary oedema; pitting oedema
ascites | fluid collecting in the belly | - | aka=ascitic
pleural effusion | fluid around the lung | like water where the packing should be: it squeezes what is inside | aka=effusion; effusions | amb=effusion; effusions | cues=pleural; lung; chest; drain; CXR; x-ray; tap; aspirate
pneumothorax | a collapsed lung, with air trapped around it | like a vacuum seal that has sprung a leak | aka=PTX; collapsed lung
PE | a blood clot that has travelled to the lungs | like a blockage that has moved downstream and now stops the main pipe | exp=pulmonary embolism | aka=pulmonary embolism; pulmonary emboli
DVT | a blood clot in a deep vein, usually in the leg | like a blockage that can break loose and travel | exp=deep vein thrombosis | aka=deep vein thrombosis
VTE | a blood clot in a vein, in the leg (DVT) or the lungs (PE) | like the category heading that covers both kinds of blockage | exp=venous thromboembolism | aka=venous thromboembolism
thromboembolism | a blood clot that breaks off and blocks a vessel elsewhere | - | aka=thromboembolic; embolus; emboli; embolism
ischaemia | too little blood reaching part of the body | like a server starved of power: it struggles, then fails | aka=ischemia; ischaemic; ischemic
infarct | an area of tissue that has died because its blood supply was cut off | like a disk sector that has failed for good | aka=infarction; infarcted
CVA | a stroke | - | exp=cerebrovascular accident | aka=cerebrovascular accident
TIA | a mini-stroke whose symptoms pass within a day, but which warns of a real stroke | like a brief outage that fixes itself but says a big one is coming | exp=transient ischaemic attack | aka=transient ischaemic attack; mini-stroke
haemorrhage | bleeding, usually heavy or inside the body | - | aka=hemorrhage; haemorrhagic; bleed; bleeds; ICH; SAH; subarachnoid haemorrhage; subdural; GI bleed; upper GI bleed | amb=bleed; bleeds; subdural | cues=brain; head; scan; CT; patient; anticoagulant; stomach; GI; bleeding; blood; transfusion; major; active; surgery; haemoglobin
sepsis | the body's runaway reaction to an infection, which can damage organs and kill | like one compromised account setting off a cascade that takes down every system | aka=septic; septic shock; urosepsis; neutropenic sepsis; red flag sepsis | amb=septic | cues=patient; shock; infection; antibiotics; lactate; screen; ward; bloods; temperature; source
neutropenic | having too few infection-fighting white cells, usually after chemotherapy | like a system with its security team off sick | aka=neutropenia; neutropaenia
AKI | a sudden drop in how well the kidneys work | like a filter that has suddenly clogged | exp=acute kidney injury | aka=acute kidney injury; acute kidney injuries
CKD | kidneys that have slowly lost part of their function over years | like hardware that has degraded year by year | exp=chronic kidney disease | aka=chronic kidney disease; CKD stage 3; CKD3; CKD4; CKD5
COPD | long-term lung damage, usually from smoking, that makes breathing hard | like a network with permanently narrowed links | exp=chronic obstructive pulmonary disease | aka=chronic obstructive pulmonary disease; IECOPD; exacerbation of COPD
exacerbation | a flare-up of a long-term illness | like a known bug that suddenly starts firing again | aka=exacerbations; infective exacerbation
DKA | a dangerous state in diabetes when the body runs out of usable insulin and the blood turns acidic | like a system falling back to an emergency mode that poisons itself | exp=diabetic ketoacidosis | aka=diabetic ketoacidosis; HHS; hyperosmolar hyperglycaemic state
hypo | a low blood sugar attack | like a battery running flat mid-task | aka=hypos; hypoglycaemia; hypoglycemia; hypoglycaemic | amb=hypo; hypos | cues=sugar; sugars; glucose; insulin; diabetes; diabetic; BM; BMs; glucagon; dextrose; gliclazide
hyperglycaemia | high blood sugar | - | aka=hyperglycemia; hyperglycaemic; hyper | amb=hyper | cues=sugar; sugars; glucose; insulin; diabetes; diabetic; BM
T2DM | type 2 diabetes | - | exp=type 2 diabetes mellitus | aka=T1DM; type 2 diabetes mellitus; diabetes mellitus; DM2; IDDM; NIDDM
UTI | a urine infection | - | exp=urinary tract infection | aka=urinary tract infection; UTIs
LRTI | a chest infection | - | exp=lower respiratory tract infection | aka=lower respiratory tract infection; RTI; URTI
CAP | pneumonia caught outside hospital | like a bug that came in from outside rather than one introduced by the last release | exp=community-acquired pneumonia | aka=community-acquired pneumonia; HAP; hospital-acquired pneumonia; aspiration pneumonia
HCAI | an infection caught while in hospital or under care | - | exp=healthcare-associated infection | aka=healthcare-associated infection; hospital-acquired infection; nosocomial
C diff | a gut infection that spreads on wards, often after antibiotics | - | aka=C.diff; C-diff; Clostridioides difficile; CDI
MRSA | a staph bug that common antibiotics do not kill | like malware your usual antivirus does not catch | exp=meticillin-resistant Staphylococcus aureus | aka=MSSA; CPE; ESBL; VRE
delirium | sudden confusion from illness, drugs or a strange place, usually temporary | like a system that starts giving odd answers under stress and recovers when the load drops | aka=acute confusion; delirious; hypoactive delirium; hyperactive delirium
GCS | a 3-to-15 score of how awake and responsive someone is | like a health-check score where 15 means fully up and 3 means no response | exp=Glasgow Coma Scale | aka=Glasgow Coma Scale; Glasgow Coma Score
comorbidity | another long-term illness the patient also has | like other known issues already open on the same system | aka=comorbidities; co-morbidity; co-morbidities; multimorbidity; multi-morbidity; comorbid
polypharmacy | taking many medicines at once, with more risk of side effects and clashes | like a system with so many plug-ins they start to conflict
frailty | reduced reserve in older people, so small illnesses knock them down | like an old server that runs fine until one more job tips it over | aka=CFS; Clinical Frailty Scale; Rockwood | amb=CFS | cues=patient; patients; elderly; older; score; scale; falls; admission; ward; geriatric; DME
differential | the list of possible diagnoses still being considered | like the list of suspected root causes before the logs narrow it to one | aka=differential diagnosis; differentials; DDx | amb=differential; differentials | cues=diagnosis; diagnoses; include; broad; list; top of; patient; likely; consider; pneumonia; infection; sepsis; clot; embolus; cancer; stroke; heart attack; versus; or a; rule out
aetiology | the cause of an illness | like the root cause in an incident report | aka=etiology; aetiologies
idiopathic | of no known cause | like an intermittent fault nobody has traced | aka=cryptogenic
prognosis | the likely course and outcome of an illness | like a forecast for how long the legacy system will keep going | aka=prognostic; prognoses
acute | sudden and recent (not 'severe') | like an incident rather than a long-standing problem | amb== | cues=onset; presentation; kidney; admission; illness; episode; medical; medicine; physician; take; unit; trust; phase; setting; confusion; pain; abdomen; stroke; care; bed; beds; hospital | anti=acute angle; acute sense; acutely aware; acute shortage; acute awareness
chronic | long-lasting (not 'bad') | like a long-standing bug everyone works around | amb== | cues=disease; condition; conditions; pain; illness; kidney; heart; lung; liver; fatigue; patient; patients; long-term; management; infection | anti=chronic shortage; chronic underfunding; chronically underfunded; chronic lack
benign | not cancer, not dangerous | - | amb== | cues=lump; tumour; growth; biopsy; cyst; mole; lesion; cancer; polyp; histology; result; scan
malignant | cancerous | - | aka=malignancy; malignancies | amb=malignant | cues=tumour; growth; cells; biopsy; cancer; lesion; melanoma; histology; scan; mass
metastatic | cancer that has spread to other parts of the body | like an intrusion that has moved from one server to the rest of the network | aka=metastases; mets; metastasis; metastasised; secondaries | amb=mets; secondaries | cues=cancer; liver; bone; brain; lung; spread; scan; oncology; staging; tumour; primary
staging | measuring how far a cancer has spread | like rating an incident's blast radius | aka=staged; TNM; TNM staging | amb=staging; staged | cues=cancer; tumour; scan; CT; PET; TNM; oncology; MDT; biopsy; lymphoma; nodes; grade
lesion | an abnormal area seen on a scan or on the skin | like an anomaly on a chart: something is there, not yet explained | aka=lesions
mass | a lump seen on examination or a scan, not yet named | - | aka=masses | amb== | cues=scan; CT; MRI; abdominal; lung; breast; palpable; biopsy; found; felt; cancer; kidney; liver; pelvic; ultrasound | anti=mass email; mass market; critical mass; mass produced; en masse; mass of; body mass; Mass on; church; mass media; mass communication; mass adoption; mass rollout; mass migration
palliative | care aimed at comfort when cure is no longer possible | like keeping a legacy system safe and comfortable until it is switched off, not rebuilding it | aka=palliative care; palliation; end-of-life care; EoLC; end of life care; end-of-life pathway; end of life pathway; last days of life; dying phase; actively dying; comfort care; comfort measures; comfort measures only; EoL
DNACPR | a decision not to attempt resuscitation if the heart stops | like a standing instruction not to run the emergency restore on this system | exp=do not attempt cardiopulmonary resuscitation | aka=DNAR; DNR; NFR; not for CPR; not for resus
ReSPECT | a form recording a patient's wishes and limits for emergency care | like a runbook agreed in advance for what to do, and not do, in a crisis | aka=ReSPECT form
ceiling of care | the most intensive treatment that would still be right for this patient | like the agreed cap on how far an incident is escalated | aka=ceiling; ceilings of care; ceiling of treatment; treatment escalation plan; TEP; for full escalation; full escalation; ward-based ceiling; ward-based care; ward level care; not for ITU; not for ICU; not for intubation; not for HDU; not for escalation | amb=ceiling | cues=DNACPR; ReSPECT; care; ward-based; escalation; ITU; ICU; HDU; treatment; family; agreed; discussed; TEP; palliative
escalate | call in someone more senior or move to more intensive care | - | aka=escalated; escalating; escalation; escalation plan | amb== ; escalated; escalating; escalation | cues=patient; NEWS; reg; registrar; consultant; outreach; ICU; critical care; deteriorating; deterioration; ward; nurse; ceiling; bleep; sick
deteriorating | getting worse, medically | - | aka=deterioration; deteriorated; deteriorate; deteriorates | amb== ; deterioration; deteriorated; deteriorate; deteriorates | cues=patient; patients; ward; NEWS; NEWS2; obs; bed; outreach; clinically; overnight; sick
NEWS2 | a score from the routine observations that flags a patient who is getting sicker | like an alerting rule that adds up several monitors and pages someone past a threshold | exp=National Early Warning Score 2 | aka=NEWS score; NEWS; early warning score | amb=NEWS | cues=score; scoring; scored; of 5; of 7; of 3; threshold; obs; observations; trigger; triggered; escalate; escalation; patient; high
obs | the routine measurements of pulse, blood pressure, breathing, oxygen and temperature | like the health-check metrics your monitoring polls every few minutes | aka=observations; vital signs; vitals; set of obs | amb=obs; observations; vitals | cues=patient; ward; nurse; nurses; hourly; four-hourly; 4-hourly; stable; NEWS; NEWS2; chart; do a set; set of; repeat; done; bed; bay; deranged
sats | oxygen level in the blood, from the finger clip | like the signal-strength bar for oxygen | aka=oxygen saturation; oxygen saturations; SpO2; O2 sats; saturations | amb=sats; saturations | cues=oxygen; O2; %; percent; low; dropping; dropped; air; patient; probe; 88; 92; 94; 96; litres; target
deranged | abnormal (of test results), not anything to do with behaviour | like metrics outside their normal range | aka=derangement | amb=deranged; derangement | cues=bloods; LFTs; U&Es; results; electrolytes; clotting; renal; liver; potassium; sodium; obs
hyperkalaemia | too much potassium in the blood, which can stop the heart | - | aka=hyperkalemia; hypokalaemia; hypokalemia; hyponatraemia; hyponatremia; hypernatraemia; hypercalcaemia; hypocalcaemia; hypomagnesaemia
acidosis | the blood has become too acidic | - | aka=acidotic; metabolic acidosis; respiratory acidosis; alkalosis
anaphylaxis | a severe, fast allergic reaction that can stop breathing | - | aka=anaphylactic; anaphylactic shock
hypoxia | too little oxygen reaching the body | like a system starved of its main input | aka=hypoxic; hypoxaemia; hypoxemia; type 1 respiratory failure; type 2 respiratory failure; T2RF
cellulitis | a skin infection spreading under the skin | - | aka=erysipelas
pyrexia | a fever | - | aka=pyrexial; febrile; afebrile; apyrexial; spiking; spiked a temperature | amb=spiking | cues=temperature; temp; fever; overnight; patient; 38; 39
tachypnoea | fast breathing | - | aka=tachypnoeic; tachypnea; tachypneic; RR
haemodynamically stable | blood pressure and pulse are holding steady | like a system whose core metrics are in range, even if something is still wrong | aka=haemodynamically unstable; hemodynamically stable; hemodynamically unstable; haemodynamic; hemodynamic
asymptomatic | having no symptoms | like a bug that exists in the code but nobody has hit yet | aka=symptomatic
contraindication | a reason not to give a particular treatment | like a dependency conflict that blocks an install | aka=contraindications; contraindicated; contra-indicated; relative contraindication
indication | the reason a treatment is given | - | aka=indications; indicated | amb== ; indications; indicated | cues=treatment; drug; medicine; prescribe; prescribed; prescribing; anticoagulation; surgery; antibiotic; scan; clinical indication; for the; no indication; licensed; therapy
presentation | how and why a patient came to hospital, their symptoms when first seen | like the first bug report: what the user saw, before anyone investigates | aka=presented; presenting complaint; PC; re-presented; re-presentation; presents | amb=presentation; presented; presents; PC | cues=patient; patients; with chest pain; with pain; to A&E; to ED; to hospital; symptoms; history; complaint; acute; typical; atypical; late; clinic; admitted; collapse; fall; breathless; confusion
atypical | not the usual pattern for that illness | - | aka=atypically | amb=atypical | cues=presentation; symptoms; chest pain; pain; pneumonia; patient; features; ECG; typical
history | what the patient says happened, taken as the first step of assessment | like the user's account in a bug report, before you look at the logs | aka=history-taking; collateral history; collateral; HPC; PMH; past medical history; DH; drug history; SH; social history | amb=history; collateral; HPC; PMH; DH; SH | cues=patient; patients; take a; took a; taking a; from the; family; daughter; son; wife; husband; GP; examination; presenting; medical; drug; social; clerking; clerk; full
examination | the doctor's physical check of the patient | - | aka=exam; examined; O/E | amb=examination; exam; examined | cues=patient; chest; abdomen; abdominal; heart; neurological; history; bedside; clinical; found; findings; cardiovascular; respiratory
auscultation | listening with a stethoscope | - | aka=auscultate; crackles; creps; wheeze; bibasal
bibasal crepitations | crackling sounds at the bottom of both lungs, often fluid | - | aka=bibasal creps; bibasal crackles
murmur | an extra sound in the heartbeat, heard with a stethoscope, often from a valve | - | aka=murmurs; ejection systolic murmur; ESM | amb=murmur; murmurs | cues=heart; systolic; diastolic; valve; echo; auscultation; stethoscope; cardiac; aortic; mitral; grade
aortic stenosis | a narrowed valve at the heart's exit | like a bottleneck on the main outbound link | aka=AS; mitral regurgitation; MR; aortic regurgitation; TR; tricuspid regurgitation; mitral stenosis; valve disease | amb=AS; MR; TR | cues=valve; murmur; echo; heart; severe; moderate; TAVI; cardiology; cardiac
TAVI | replacing a heart valve through a tube in the groin, without open surgery | like swapping a component through a service hatch instead of opening the whole case | exp=transcatheter aortic valve implantation | aka=TAVR; transcatheter aortic valve implantation
pacemaker | a small device under the skin that keeps the heartbeat regular | like a watchdog timer that kicks in when the clock stops | aka=PPM; permanent pacemaker; ICD; implantable cardioverter-defibrillator; CRT; CRT-D; temporary pacing wire
cardioversion | a controlled shock or drug to reset an irregular heartbeat | like a controlled restart to clear a stuck state | aka=DC cardioversion; DCCV; cardioverted
defibrillation | an electric shock to restart a heart that has stopped pumping | like a hard reset | aka=defib; defibrillator; shockable; shockable rhythm; non-shockable; AED | amb=defib | cues=heart; shock; arrest; cardiac; pads; rhythm; resus
cardiac arrest | the heart has stopped pumping | like a total outage: everything stops until it is restarted | aka=arrest; arrested; peri-arrest | amb=arrest; arrested | cues=cardiac; heart; CPR; resus; crash; call; team; shockable; rhythm; ward; patient; 2222; bay; peri
ROSC | the heart has started again after resuscitation | like the service coming back up after a restart | exp=return of spontaneous circulation
ALS | the hospital's advanced resuscitation: shocks, drugs and airway | - | exp=advanced life support | aka=advanced life support; BLS; basic life support; ILS; ATLS; APLS
crash call | the emergency call that brings the resuscitation team running | like paging the whole on-call rota for a priority-one incident | aka=crash team; crash bleep; crash trolley; 2222 call; arrest call; put out a crash call | amb=crash team; crash trolley | cues=call; bleep; resus; arrest; ward; patient; team; 2222; trolley; cardiac
intubate | put a breathing tube into the windpipe | - | aka=intubated; intubation; extubated; extubation; ETT; endotracheal tube; airway
ventilated | breathing done by a machine in intensive care | - | aka=ventilation; ventilator; mechanically ventilated; NIV; non-invasive ventilation; BiPAP; CPAP; vented | amb=ventilated; ventilation; vented | cues=ICU; ITU; intensive care; patient; mechanically; sedated; intubated; breathing; tube; machine; invasive; days; COVID; lungs
high-flow oxygen | large amounts of warmed oxygen through the nose | - | aka=high flow; HFNO; nasal high flow; Optiflow | amb=high flow | cues=oxygen; nasal; litres; patient; sats; ward; ICU
inotropes | drugs given in intensive care to make the heart pump harder | - | aka=inotrope; vasopressors; pressors; noradrenaline; norad
organ support | machines or drugs doing the work of a failing organ in intensive care | - | aka=level 3 care; level 2 care; level 3; level 2 | amb=level 3; level 2 | cues=care; patient; ICU; ITU; HDU; critical care; bed; organ
stoma | a surgical opening on the belly for the bowel or bladder to empty into a bag | - | aka=stomas; colostomy; ileostomy; urostomy; stoma bag
post-op | after an operation | - | aka=postop; post-operative; post-operatively; postoperative; pre-op; preop; pre-operative; peri-operative; perioperative; intra-operative; day 1 post-op
laparotomy | an operation opening the belly | - | aka=laparoscopy; laparoscopic; keyhole surgery; lap chole; laparoscopic cholecystectomy; ex lap
NOF | a broken hip (the neck of the thigh bone) | - | exp=neck of femur | aka=fractured neck of femur; #NOF; NOF fracture; hip fracture; fractured NOF
ORIF | fixing a broken bone with plates and screws | - | exp=open reduction and internal fixation | aka=open reduction internal fixation; DHS; dynamic hip screw; hemiarthroplasty; hemi; THR; TKR; total hip replacement; total knee replacement | amb=hemi | cues=hip; NOF; fracture; theatre; orthopaedic; ortho; list
MSK | bones, joints and muscles | - | exp=musculoskeletal | aka=musculoskeletal
mental capacity | whether someone can understand, weigh up and decide about a particular choice at that time | like a per-request permission check rather than a permanent flag on the account | aka=capacity assessment; lacks capacity; lack capacity; has capacity; MCA; Mental Capacity Act; best interests; best interests decision; DoLS; LPS; deprivation of liberty | amb=capacity assessment; lacks capacity; has capacity; lack capacity; MCA | cues=patient; decision; assessment; assess; consent; Act; best interests; dementia; delirium; lacks; ward; treatment; family
sectioned | detained in hospital under the Mental Health Act | - | aka=section; section 2; section 3; section 136; s136; section 135; sectioning; detained under the Mental Health Act; MHA | amb=section; sectioning; section 2; section 3; section 136; section 135 | cues=Mental Health Act; MHA; detained; detain; psychiatric; psychiatrist; patient; mental health; 136; AMHP; sectioned; police; place of safety; psychosis; psychotic; mania; manic; ward; unwell; tribunal; under a section; on a section | anti=see section; in section; report; reports; document; documents; chapter; paragraph; appendix; slide; slides; spec; specification; policy; guidance; contract; manual; handbook; form; table; figure; question; exam; survey; questionnaire
self-harm | hurting oneself on purpose | - | aka=DSH; deliberate self-harm; overdose; overdosed; staggered overdose | amb= | cues=paracetamol; tablets; intentional; patient; self-harm; psychiatry; liaison; took; ED; A&E
safeguarding | the duty to protect children and vulnerable adults from harm or neglect | like a mandatory escalation path for a category of risk that nobody may sit on | aka=safeguarding concern; safeguarding referral; safeguarding lead; raise a safeguarding | amb=safeguarding | cues=concern; concerns; referral; refer; raise; raised; lead; child; children; adult; vulnerable; patient; team; social services; neglect
consent | the patient's agreement to a treatment after it has been explained | like a user agreeing to terms, except they must understand them and can change their mind | aka=consented; consenting; consent form; informed consent; FY1 consent; consent form 4; form 4 | amb=consent; consented; consenting | cues=patient; procedure; operation; surgery; theatre; form; risks; informed; capacity; signed; take; took; theatre list; consultant; registrar; for the
"""

_INVESTIGATIONS = """
B12 | a vitamin measured in the blood; too little causes anaemia and nerve damage | - | aka=vitamin B12; B12 level; B12 injections; pernicious anaemia; intrinsic factor
bone profile | a blood test of calcium, phosphate and the enzymes of bone | like a standard bundle of checks run together on one component | aka=bone profiles; adjusted calcium; corrected calcium; calcium and phosphate; bone bloods
bloods | blood tests | like pulling the standard set of logs before you start debugging | aka=routine bloods; send bloods; admission bloods; repeat bloods; bloods back | amb=bloods | cues=patient; send; sent; take; taken; took; repeat; results; back; routine; check; ward; admission; morning; FBC; U&E; chase; normal; deranged; clinic; GP; today; tomorrow
FBC | the full blood count: red cells, white cells and platelets | like the standard health-check query you run first on any system | exp=full blood count | aka=full blood count; CBC
U&E | the kidney blood tests: salts and waste products | like the checks on whether the filter is working | exp=urea and electrolytes | aka=U&Es; urea and electrolytes; renal function; renal profile
LFT | the liver blood tests | - | exp=liver function tests | aka=LFTs; liver function tests; liver function test; bilirubin; ALT; ALP; GGT
CRP | a blood marker of inflammation or infection | like an error rate: it tells you something is wrong, not what | exp=C-reactive protein | aka=C-reactive protein; ESR
clotting | how quickly the blood clots, as a blood test | - | aka=clotting screen; coagulation screen; coag; coags; APTT; PT; prothrombin time; fibrinogen | amb=clotting; coag; coags; PT | cues=screen; INR; warfarin; bloods; sample; deranged; results; APTT; patient; liver; bleeding; check
INR | a blood test of how long blood takes to clot, used to dose warfarin | like a single tuning metric you check before changing a setting | exp=international normalised ratio | aka=international normalised ratio; INR clinic
eGFR | an estimate of how well the kidneys filter, from a blood test | like a throughput estimate calculated from one reading | exp=estimated glomerular filtration rate | aka=GFR; estimated glomerular filtration rate; creatinine; creat; urea | amb=creat | cues=kidney; renal; rising; raised; bloods; AKI; U&E; baseline
HbA1c | a blood test of average blood sugar over the last two to three months | like a rolling three-month average rather than today's figure | aka=A1c; glycated haemoglobin
BNP | a blood test that rises when the heart is strained, used to check for heart failure | - | exp=B-type natriuretic peptide | aka=NT-proBNP; NTproBNP; natriuretic peptide
D-dimer | a blood test that rules out a clot when it is normal | like a test that can only rule things out: a clean result closes the ticket, a positive one means more work | aka=D dimer; d-dimers; Ddimer
lactate | a blood marker that rises when tissues are short of oxygen, as in severe sepsis | like a queue-length metric that climbs when the system is overwhelmed | aka=lactates; raised lactate; VBG lactate | amb=lactate | cues=cleared; clearing; bolus; fluid; fluids; raised; high; sepsis; gas; VBG; ABG; mmol; repeat; patient; septic; clearing; 2; 4
ABG | a blood test from an artery that measures oxygen, carbon dioxide and acid | like a full snapshot of the system's core state at one moment | exp=arterial blood gas | aka=arterial blood gas; VBG; venous blood gas; blood gas; gas | amb=gas | cues=blood; arterial; venous; lactate; pH; pO2; pCO2; repeat; patient; acidosis; took a; do a; on the
potassium | a salt in the blood that the heart is very sensitive to | - | aka=sodium; magnesium; Mg; phosphate; calcium | amb=sodium; magnesium; Mg; phosphate; calcium; potassium | cues=level; levels; low; high; raised; replace; replacement; bloods; U&E; mmol; supplements; IV; oral; patient; corrected; deranged; hyperkalaemia
haemoglobin | the oxygen-carrying part of red blood cells, measured in a blood count | - | aka=Hb; hemoglobin; Hb drop; haemoglobin drop; platelets; plts; WCC; white cell count; white count; neutrophils | amb=Hb; platelets; plts; neutrophils | cues=drop; dropped; low; count; transfusion; bloods; FBC; g/L; bleed; patient; anaemia; result; raised
cultures | samples sent to the lab to grow and identify the bug causing an infection | like capturing the packet so you can tell exactly which malware it is | aka=blood cultures; culture; culture and sensitivity; C&S; sensitivities; MC&S; grew; grown | amb=cultures; culture; sensitivities; grew; grown | cues=blood; urine; sputum; wound; sample; samples; send; sent; take; taken; lab; micro; microbiology; positive; negative; antibiotics; sepsis; bottles; organism
MSU | a clean urine sample sent to the lab | - | exp=mid-stream urine | aka=mid-stream urine; CSU; urine dip; urinalysis; dipstick | amb=dipstick | cues=urine; dip; leucocytes; nitrites; positive; UTI
ECG | a heart tracing: stickers on the chest record the heart's electrical activity | like a live trace of the heart's network traffic on paper | exp=electrocardiogram | aka=ECGs; EKG; electrocardiogram; 12-lead; 12-lead ECG; serial ECGs
ST elevation | a raised section of the heart tracing that points to a major heart attack | - | aka=ST changes; inferior leads; lateral leads; anterior leads; septal leads; chest leads; limb leads
ST depression | a dipped section of the heart tracing, often a sign of the heart muscle short of blood | - | aka=T wave inversion; TWI
QT interval | the time on the heart tracing for the heart to reset between beats; when long, some drugs become risky | - | aka=QT; QTc; prolonged QT; long QT
bundle branch block | a delay in the heart's wiring that widens the tracing; new ones can matter in chest pain | - | aka=LBBB; RBBB; left bundle branch block; right bundle branch block
Q waves | dips on the heart tracing that usually mean an old heart attack | -
echo | an ultrasound scan of the heart | like a live performance profile of the heart: you watch it pump rather than read its logs | aka=echocardiogram; echocardiography; TTE; TOE; transthoracic echo; bubble echo; stress echo | amb=echo | cues=heart; cardiac; cardiology; ejection fraction; EF; valve; murmur; LV; function; book; booked; request; requested; needs an; need an; inpatient; outpatient; scan; showed; shows; report; findings; patient; TTE; TOE; heart failure; AS; list; sonographer
CXR | a chest X-ray | - | exp=chest X-ray | aka=chest X-ray; chest x-ray; chest film; AXR; abdominal X-ray; PA film; AP film
CTPA | a CT scan that looks for blood clots in the lungs | - | exp=CT pulmonary angiogram | aka=CT pulmonary angiogram; V/Q scan; VQ scan
CTKUB | a CT scan looking for kidney stones | - | aka=CT KUB; CT head; CTH; CT abdo; CT abdomen pelvis; CTAP; CT chest abdomen pelvis; CT CAP; staging CT | amb=CT head; CT CAP | cues=scan; patient; CT; request; report; fall; anticoagulated
angiogram | an X-ray of blood vessels using dye, often to find a blocked heart artery | - | aka=angiography; coronary angiogram; angio; cath; cardiac catheterisation; cath lab; catheter lab | amb=angio; cath | cues=lab; cardiac; heart; coronary; list; patient; PCI; stent; cardiology; urgent
PCI | opening a blocked heart artery with a balloon and a stent through a tube from the wrist | like a hot-patch through a side door instead of a full rebuild | exp=percutaneous coronary intervention | aka=percutaneous coronary intervention; PPCI; primary PCI; angioplasty; stented; stenting
CABG | heart bypass surgery, using another vessel to route blood round a blockage | like building a new route round a failed link rather than repairing it | exp=coronary artery bypass graft | aka=coronary artery bypass graft; heart bypass; bypass surgery; cabbage
ultrasound | a scan using sound waves | - | aka=USS; US scan; sonography; sonographer; POCUS; point-of-care ultrasound; FAST scan; doppler; dopplers; duplex
endoscopy | a camera on a flexible tube passed into the gut | - | aka=OGD; gastroscopy; colonoscopy; sigmoidoscopy; flexi sig; flexible sigmoidoscopy; ERCP; EUS; bronchoscopy; cystoscopy; scope; scoped | amb=scope; scoped | cues=camera; gut; bowel; stomach; endoscopy; patient; list; GI; bleed; biopsy; biopsies; upper; lower; OGD; colon; bronch; sedation
biopsy | a small piece of tissue taken to look at under the microscope | like pulling a sample record to inspect, rather than the whole table | aka=biopsies; biopsied; histology; histopathology; cytology; FNA | amb=histology | cues=came back; back; benign; malignant; result; results; report; sample; biopsy; tissue; cancer; tumour; MDT; confirmed; showed
LP | a needle into the lower back to sample the fluid around the spinal cord | - | exp=lumbar puncture | aka=lumbar puncture; CSF
spirometry | a breathing test measuring how much and how fast you can blow out | - | aka=PFTs; lung function tests; FEV1; FVC; peak flow; PEFR
PET scan | a scan that shows how active tissues are, often to find cancer spread | - | aka=PET-CT; PET CT
contrast | dye given for a scan to make vessels or organs show up | - | aka=contrast CT; contrast-enhanced; IV contrast; non-contrast | amb=contrast | cues=scan; CT; MRI; dye; IV; allergy; kidney; renal; enhanced; study; angiogram; given; non-contrast
radiology | the imaging department: X-rays, CT, MRI and ultrasound | - | aka=radiologist; radiologists; imaging; interventional radiology; IR; vetting; vetted; vet the request | amb=imaging; IR; vetting; vetted; vet the request | cues=scan; scans; CT; MRI; request; requests; radiology; radiologist; patient; urgent; department; ultrasound; X-ray
Holter | a portable heart monitor worn for a day or more | like running a trace for 24 hours to catch an intermittent fault | aka=Holter monitor; 24-hour tape; 24 hour tape; ambulatory ECG; event recorder; loop recorder; ILR; 24-hour ECG
sensitivity | how many people who have a disease a test correctly picks up | like a spam filter's catch rate | aka=specificity; PPV; NPV; positive predictive value; negative predictive value; false positive rate | amb=sensitivity; specificity | cues=test; tests; screening; diagnostic; high; low; %; per cent; score; rule out; rule in; model; algorithm; assay
"""

_MEDICINES = """
dosette box | a box with a compartment for each dose of each day, filled by a pharmacy or family | like a pre-built weekly release schedule: each slot holds exactly what runs then | aka=dosette; dosettes; dosette boxes; blister pack; blister packs; compliance aid; compliance aids; monitored dosage system; MDS
warfarin | an older blood thinner taken as tablets, whose dose is steered by a regular blood test (the INR) | like a setting that has to be re-tuned after every change elsewhere, checked against one metric | aka=vitamin K antagonist; VKA; VKAs; acenocoumarol; phenindione; coumarin; coumarins
deprescribing | stopping or cutting down medicines that no longer help or now do harm | like decommissioning old services that still run and still cost, once nobody needs them | aka=deprescribe; deprescribed; deprescribes; structured medication review; SMR; SMRs | amb=SMR; SMRs | cues=medicine; medicines; medication; medications; pharmacist; pharmacy; drug; drugs; tablets; review; patient
DAPT | two anti-platelet medicines taken together after a heart attack or stent | like running two independent safeguards at once, each catching what the other misses | exp=dual antiplatelet therapy | aka=dual antiplatelet therapy; dual antiplatelets
antiplatelet | a medicine that stops platelets sticking together, to prevent clots in arteries | - | aka=antiplatelets; anti-platelet; aspirin and clopidogrel; clopidogrel; ticagrelor; prasugrel
anticoagulant | a blood thinner that slows clotting | like a rate limiter on clotting: it stops things piling up, but too much lets everything through | aka=anticoagulants; anticoagulation; anticoagulated; anti-coagulation; blood thinner; blood thinners; coagulation
DOAC | a modern tablet blood thinner that needs no routine blood tests | like a managed service that replaces a system you had to tune by hand | exp=direct oral anticoagulant | aka=DOACs; NOAC; NOACs; apixaban; rivaroxaban; edoxaban; dabigatran
LMWH | a blood-thinning injection, often to prevent clots in hospital | - | exp=low molecular weight heparin | aka=low molecular weight heparin; heparin; enoxaparin; Clexane; dalteparin; Fragmin; tinzaparin; Innohep; treatment dose; prophylactic dose; VTE prophylaxis
prophylaxis | treatment given to prevent something, not to treat it | like patching a vulnerability before anyone exploits it | aka=prophylactic; prophylactically
beta blocker | a medicine that slows the heart and lowers blood pressure | - | aka=beta blockers; beta-blocker; beta-blockers; bisoprolol; atenolol; propranolol; metoprolol
ACE inhibitor | a blood pressure and heart failure medicine that also protects the kidneys in diabetes | - | aka=ACE inhibitors; ACEi; ACE-i; ramipril; lisinopril; perindopril; ARB; ARBs; candesartan; losartan
statin | a medicine that lowers cholesterol to prevent heart attacks and strokes | - | aka=statins; atorvastatin; simvastatin; rosuvastatin
diuretic | a water tablet that makes you pass more urine to clear fluid | like opening an extra outflow to drain a backed-up queue | aka=diuretics; furosemide; frusemide; bumetanide; spironolactone; diuresis; diuresed; offload; offloading; offloaded | amb=offload; offloading; offloaded | cues=fluid; heart failure; furosemide; diuretic; IV; patient; litres; kg; weight; oedema
PPI | a medicine that reduces stomach acid | - | exp=proton pump inhibitor | aka=PPIs; proton pump inhibitor; omeprazole; lansoprazole
NSAID | an anti-inflammatory painkiller like ibuprofen | - | exp=non-steroidal anti-inflammatory drug | aka=NSAIDs; naproxen; diclofenac
opioid | a strong painkiller in the morphine family | - | aka=opioids; opiate; opiates; oramorph; oxycodone; codeine; tramadol; fentanyl; PCA; naloxone
analgesia | pain relief | - | aka=analgesic; analgesics; WHO ladder; simple analgesia
antiemetic | an anti-sickness medicine | - | aka=antiemetics; anti-emetic; ondansetron; cyclizine; metoclopramide
IV | given into a vein through a drip or cannula | like writing straight to the database instead of going through the app | exp=intravenous | aka=intravenous; IVs; IVI; IV fluids; IV antibiotics; IVAB; IVABx
PO | by mouth | - | exp=per os (by mouth) | aka=po; orally; oral switch; IV to oral switch | amb=po | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol
PR | into the back passage (rectum) | - | exp=per rectum | aka=per rectum | amb=PR | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol; suppository; enema; diclofenac
SC | as an injection just under the skin | - | exp=subcutaneous | aka=subcut; s/c; subcutaneous | amb=SC | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol; injection; heparin; enoxaparin; insulin; syringe driver
SL | dissolved under the tongue | - | exp=sublingual | aka=sublingual | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol; GTN; spray
IM | as an injection into a muscle | - | exp=intramuscular | aka=intramuscular | amb=IM | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol; injection; adrenaline; vaccine; thigh; buttock
NG | through a thin tube passed through the nose into the stomach | - | exp=nasogastric | aka=NG tube; NG tubes; nasogastric tube | amb=NG | cues=give; given; dose; mg; antibiotics; drug; tablets; route; IV; switch; medication; medicine; prescribe; prescribed; tube; feed; morphine; paracetamol
OD | once a day (on a prescription) | - | exp=omne in die (once daily) | aka=BD; TDS; QDS; ON; nocte; mane; PRN; stat; STAT; as required; twice daily; three times a day; four times a day | amb=OD; ON; PRN; stat; STAT; mane; nocte | cues=mg; dose; doses; tablet; tablets; give; given; prescribe; prescribed; prescribing; chart; drug; drugs; paracetamol; morphine; oramorph; IV; PO; medication; insulin; antibiotics; once; daily; analgesia; gram; g
cannula | a thin plastic tube put into a vein for drips and injections | like a port opened into the system so you can push data in without re-entering each time | aka=cannulas; cannulae; cannulate; cannulated; cannulation; venflon; PICC; PICC line; lines; IV line; IV lines; central line; CVC; Hickman; midline; arterial line; art line | amb=lines | cues=pulling; pulled; IV; cannula; central; arterial; tissued; fluids; antibiotics; confused; delirious | anti=timeline; timelines; phone; bottom line; line manager; reporting line; lines of code; drip feed; drip-feed; leaking tap; coffee
drip | fluid running into a vein from a bag | - | aka=drips; fluids; maintenance fluids; fluid bolus; bolus; crystalloid; Hartmann's; saline; normal saline | amb=drip; drips; fluids; bolus; saline | cues=IV; patient; bag; bags; litres; ml; hour; running; put up; put up a; prescribe; dry; dehydrated; maintenance; resus; ward; rate; chart
titrate | adjust a dose step by step until it works | like tuning a setting in small increments while you watch the metric | aka=titrated; titrating; titration; uptitrate; uptitrated; up-titrate; down-titrate | amb== ;titrated; titrating; titration | cues=dose; doses; oxygen; insulin; opioid; morphine; drug; medicine; mg; response; sats; pressure; beta blocker; target
wean | reduce a treatment gradually | like a phased rollback rather than switching off at once | aka=weaned; weaning; wean off | amb=wean; weaned; weaning; wean off | cues=oxygen; steroids; ventilator; sedation; drugs; dose; off; support; patient; ICU; opioids; litres
taper | lower a dose gradually, often for steroids | - | aka=tapering; tapered; reducing regime; reducing dose | amb=taper; tapering; tapered | cues=steroid; steroids; prednisolone; dose; mg; weeks; off
loading dose | a bigger first dose to reach a working level quickly | like a warm-up job that fills the cache before normal traffic | aka=loading doses; loaded; load with | amb=loaded; load with | cues=dose; doses; mg; grams; aspirin; clopidogrel; ticagrelor; amiodarone; digoxin; phenytoin; levetiracetam; Keppra; heparin; IV; patient; loaded with; loading; antiplatelet; antiplatelets | anti=page; pages; app; apps; data; file; files; screen; site; website; dashboard; report; gun; dishwasher; van; lorry
steroids | anti-inflammatory hormone medicines such as prednisolone | - | aka=steroid; prednisolone; pred; dexamethasone; hydrocortisone; methylpred; IV steroids | amb=pred | cues=mg; dose; steroids; course; reducing; taper; prednisolone; days; started on
insulin regimen | the plan for which insulin is given and when | - | aka=insulin glargine; glargine; Lantus; Levemir; detemir; degludec; Tresiba; NovoRapid; Humalog; lispro; aspart; Humulin; basal bolus; basal-bolus; sliding scale; VRIII; variable rate insulin infusion; FRIII; fixed rate insulin; insulin infusion
chemotherapy | cancer drugs that kill dividing cells | - | aka=chemo; cycle of chemo; chemo regimen; adjuvant; neoadjuvant; adjuvant chemotherapy; R-CHOP; FOLFOX; immunotherapy; radiotherapy; DXT; SACT
regimen | the plan of which medicines, how much and how often | like a scheduled job's configuration: what runs, when, for how long | aka=regimens; regime; dosing regimen; treatment regimen | amb=regime | cues=drug; dose; treatment; chemo; antibiotic; insulin; steroid; reducing; dosing; medication
antibiotic course | how long an antibiotic is given for | - | aka=course of antibiotics; stop date; review date; IV to oral; broad-spectrum; broad spectrum; narrow-spectrum; co-amoxiclav; tazocin; piptaz; pip-taz; meropenem; gentamicin; gent; vancomycin; vanc; flucloxacillin; fluclox; amoxicillin; doxycycline; clarithromycin; metronidazole; nitrofurantoin; trimethoprim; ceftriaxone; co-trimoxazole; teicoplanin; cefuroxime; clindamycin | amb=gent; vanc | cues=level; levels; dose; IV; antibiotic; antibiotics; mg; trough
microbiology | the lab that identifies infections and advises on antibiotics | - | aka=micro; microbiologist; micro advice; discuss with micro | amb=micro | cues=advice; discuss; discussed; rang; call; called; antibiotics; cultures; sensitivities; lab; results; consultant; spoke to; speak to; from
formulary | the hospital's approved list of medicines | like the approved software catalogue: anything off it needs a special request | aka=formularies; off-formulary; non-formulary
off-label | using a licensed medicine for something it is not licensed for | - | aka=off label; unlicensed use
TTO | the medicines a patient takes home when discharged | - | exp=to take out | aka=TTOs; TTA; TTAs; discharge meds; discharge medications
drug chart | the record of what medicines are prescribed and given | like the job scheduler's config plus its run log, on one sheet | aka=drug charts; medication chart; prescription chart; kardex; MAR chart
medicines reconciliation | checking the medicines a patient was on before admission against what is now prescribed | like diffing two config files to find what changed by accident | aka=med rec; med recs; meds rec; medicines rec; drug rec
controlled drugs | strong medicines (such as morphine) with strict storage and two-signature records | - | aka=controlled drug; CD cupboard; CD book | amb= | cues=cupboard; register; book; controlled; morphine; signature; pharmacy; nurse; checked
"""

_ROLES = """
non-medical prescriber | a nurse, pharmacist or other professional who has trained and is allowed to prescribe | like a senior analyst given change rights that used to sit with the lead only | aka=non-medical prescribers; NMP; NMPs; nurse prescriber; nurse prescribers; pharmacist prescriber; pharmacist prescribers; independent prescriber; independent prescribers; supplementary prescriber; prescribing pharmacist; prescribing pharmacists
matron | a senior nurse responsible for standards of care across a group of wards | like a head of service who owns quality across several teams, not one | aka=matrons; modern matron; head of nursing; heads of nursing; HoN; HoNs; divisional nurse
registrar | a senior doctor in specialty training, one step below consultant | like a senior engineer who runs the day and escalates to the lead only when needed | aka=registrars; reg; regs; med reg; medical registrar; surgical reg; SpR; SpRs; StR; StRs; specialty registrar; ST3; ST4; ST5; ST6; ST7; ST3+ | amb=reg; regs | cues=med; medical; surgical; on-call; on call; night; ward; bleep; consultant; SHO; FY1; patient; patients; discuss; discussed; ask; asked; rang; call; called; review; reviewed; ortho; cardio; gastro; renal; the; surgical; anaesthetic; ITU; ICU; team
SHO | a junior doctor a year or more out of medical school, below the registrar | like a mid-level engineer who is on the rota but not yet the escalation point | exp=senior house officer | aka=SHOs; senior house officer; CT1; CT2; CT3; core trainee; core trainees; IMT; IMT1; IMT2; internal medicine trainee; core surgical trainee; CST
FY1 | a doctor in their first year after medical school | like a graduate engineer in their first rotation: capable, supervised, learning the systems | exp=foundation year 1 doctor | aka=FY1s; F1; F1s; FY2; FY2s; F2; F2s; foundation doctor; foundation doctors; foundation year; house officer; house officers; houseman; PGY1
consultant firm | a consultant's team of junior doctors who look after that consultant's patients | like a product squad under one lead: the juniors rotate, the lead stays | aka=firm; firms; consultant's team; under Dr | amb=firm; firms | cues=consultant; consultants; juniors; junior doctors; registrar; FY1; SHO; ward round; round; Dr; patients; patient; medical; surgical; on the; same; different; team | anti=law firm; accountancy firm; consulting firm; firm grip; firm decision; firm date; firm believer; firm handshake; firm answer; firm commitment; firm up; stood firm; stand firm; firm favourite; IT firm; tech firm; software firm
SAS doctor | an experienced doctor who is not in a training post and not a consultant | - | aka=SAS doctors; staff grade; associate specialist; specialty doctor; trust grade; trust-grade; clinical fellow; clinical fellows; LED; locally employed doctor
locum | a temporary doctor covering a gap on the rota | like a contractor brought in to cover someone's on-call shifts | aka=locums; locum doctor; locum shift; locum shifts; agency locum; bank locum
ANP | an experienced nurse trained to assess, diagnose and prescribe | - | exp=advanced nurse practitioner | aka=ANPs; ACP; ACPs; advanced clinical practitioner; advanced nurse practitioner; nurse practitioner; NP
physician associate | a clinician with a two-year postgraduate training who works under a doctor's supervision | - | aka=physician associates; PA; PAs; anaesthesia associate; AA | amb=PA; PAs; AA | cues=physician; ward; doctor; doctors; supervise; supervision; supervised; medical; clinical; team; rota; surgical; associates; GMC; clerk; clerked
HCA | a healthcare assistant: helps nurses with care, observations and comfort | - | exp=healthcare assistant | aka=HCAs; healthcare assistant; healthcare assistants; HCSW; clinical support worker; nursing assistant
ward sister | the senior nurse in charge of a ward | - | aka=sister; charge nurse; nurse in charge; NIC; senior sister | amb=sister; NIC | cues=ward; nurse; nurses; bay; shift; in charge; ask; asked; told; staffing; beds; matron; patient; patients
band 5 | a pay and seniority level on the NHS scale; band 5 is a newly qualified nurse, band 7 a ward manager | like a job level on a career ladder | aka=band 6; band 7; band 8a; band 8b; band 8c; band 2; band 3; band 4; band 9; Agenda for Change; AfC
AHP | an allied health professional: physio, occupational therapist, speech therapist, dietitian and others | - | exp=allied health professional | aka=AHPs; allied health professional; allied health professionals; allied health
OT | an occupational therapist, who helps people manage daily tasks and get home safely | - | exp=occupational therapist | aka=OTs; occupational therapist; occupational therapists; occupational therapy; SALT; SLT; speech and language therapy; speech and language therapist; dietitian; dietician | amb=OT; OTs; SLT | cues=physio; physios; therapy; therapist; assessment; home; discharge; kitchen; ward; patient; referral; referred; review; reviewed; swallow; seen by; needs
CNS | a nurse specialist in one condition, such as heart failure or cancer | - | exp=clinical nurse specialist | aka=CNSs; clinical nurse specialist; specialist nurse; specialist nurses; heart failure nurse; key worker | amb=key worker | cues=cancer; nurse; patient; clinic; specialist; CNS; diagnosis
clinical lead | a clinician given management responsibility for a service | - | aka=clinical leads; clinical director; clinical directors; CD; divisional director; care group lead; service lead | amb=CD | cues=clinical; division; directorate; director; service; medicine; surgery; meeting; business; department; signed off; lead
medical director | the board-level doctor responsible for medical standards across the trust | like the chief technology officer, for doctors | aka=MD; medical directors; CMO; chief medical officer; chief nurse; director of nursing; DoN; deputy chief nurse | amb=MD; DoN | cues=trust; board; director; medical; office; email; signed; executive; nursing
Caldicott Guardian | the senior person responsible for protecting patients' confidential information | like the data protection officer, with a clinical conscience | aka=Caldicott; Caldicott principles
site manager | the senior nurse who runs the hospital's beds and staffing out of hours | like the duty manager who juggles capacity across the whole estate | aka=site team; bed manager; bed managers; bed bureau; hospital coordinator; clinical site manager; patient flow team; flow team; operations centre | amb=site team; flow team | cues=beds; bed; capacity; patients; ring; rang; escalate; night; overnight; full; out of hours; flow; ED; OPEL; manager
second on call | the more senior doctor called when the first on call needs help out of hours | - | aka=on-calls; first on call; second on call; hospital at night | amb= | cues=medical; medicine; surgical; reg; registrar; SHO; FY1; rota; doctor; doctors; consultant; ward; patients; take; bleep; night; weekend; cover; physician
bleep | a hospital pager, or paging someone | like a one-way ping that says 'call this extension' | aka=bleeps; bleeped; bleeping; bleep holder | amb=bleep; bleeps; bleeped; bleeping | cues=*  | anti=censor; censored; swearing; swear; sound; noise; beep
tier | a step on the on-call ladder: who is called first, second and so on | - | aka=first on; second on; third on; tier 1; tier 2; 1st on; 2nd on | amb=tier; tier 1; tier 2 | cues=on call; on-call; rota; night; SHO; reg; registrar; FY1; bleep; doctor; medical
DME | the medicine for older people team | - | exp=department of medicine for the elderly | aka=COTE; care of the elderly; geriatrics; geriatrician; geriatricians; elderly care; older people's medicine; HCOOP
gastro | the gut and liver team (doctors shorten specialty names: gastro, resp, haem-onc, T&O) | like calling teams by their repo names: quick inside, opaque outside | aka=resp; respiratory team; endo; rheum; derm; derms; geris; COTE team; haem; haem-onc; onc; ortho; T&O; gen surg; max fax; OMFS; plastics; obs and gynae; O&G; paeds; psych; anaesthetics; ITU; intensivist | amb=gastro; resp; endo; haem; onc; ortho; plastics; psych | cues=want; wants; happy; keen; suggest; suggested; recommend; recommended; agreed; input; ask; asked; advised; scope; scoped; liaison; taking over; will see; saw; said; team; teams; reg; registrar; referral; refer; referred; consultant; review; reviewed; on call; on-call; patient; patients; ward; clinic; SHO; opinion; accepted; take; bed; beds; under; discuss; discussed; bleep; med
"""

_WORKFLOW = """
admitted under | which consultant's team is responsible for a patient in hospital | like the team that owns a ticket, whoever happens to be working on it | aka=under the care of; under the medics; under the surgeons; under medicine; under surgery; under the physicians; bed-holding team; discharge coordinator; discharge coordinators; discharge co-ordinator; integrated discharge team; IDT; transfer of care hub; TOCH
trauma call | the alarm that brings the whole trauma team to the emergency department before a badly injured patient arrives | like a major-incident page that pulls every on-call engineer in at once | aka=trauma calls; trauma team; trauma team leader; pre-alert; pre-alerted; blue light; blue lighted; blue lights | amb=blue light; blue lights; pre-alert | cues=ambulance; ED; A&E; resus; trauma; crew; arrived; arrival; patient; came in; brought in
crisis team | the mental health team that assesses and treats people in crisis at home instead of in hospital | like an incident response team that comes to the site rather than taking the system offline | aka=crisis teams; crisis resolution; home treatment team; home treatment; CRHTT; CRHT; psychiatric liaison; liaison psychiatry
midwife-led unit | a birth centre run by midwives for low-risk births, without doctors on site | like a satellite office that handles the routine work and sends anything risky to head office | aka=midwife led unit; midwife-led units; MLU; birth centre; birth centres; labour ward; delivery suite; obstetric unit; CTG monitoring
nil by mouth | nothing to eat or drink, usually before an operation or a test | like a change freeze before a release: nothing goes in until it is over | aka=NBM; nil orally; kept nil by mouth; fasted; fasting from midnight | amb=fasted; fasting from midnight | cues=theatre; surgery; operation; procedure; scope; anaesthetic; patient; midnight; endoscopy
group and save | a blood sample that tells the lab the patient's blood group and keeps it ready in case a transfusion is needed | like reserving a restore point before a risky change, so a fix can go in fast | aka=G&S; G and S; crossmatch; cross-match; crossmatched; cross-matched; X-match; transfusion sample
clinical governance | the ways a trust checks and improves the safety and quality of its care: audits, incident reviews, guidelines | like the change board, the incident reviews and the coding standards all under one heading | aka=governance meeting; governance meetings; clinical governance meeting; audit meeting; audit meetings
fast-track | moving a patient to the front of a queue or straight to a specialist unit | like an expedited change that skips the usual queue because the risk of waiting is high | aka=fast-tracked; fast-tracking; fast track; fast tracked; fast-track discharge; fast-track pathway
fluid balance | keeping count of everything a patient drinks or is given and everything they pass | like reconciling what went into a queue against what came out, to spot a leak | aka=fluid balance chart; strict fluid balance; input-output chart; fluid chart; fluid restriction; fluid restrict; fluid restricted
modified diet | food and drink made softer or thicker so a patient with swallowing trouble can take it safely | like a file format converted so an older system can still read it | aka=modified diets; pureed diet; pureed; soft diet; thickened fluids; thickener; IDDSI
nasal cannulae | small prongs in the nostrils that give oxygen | - | aka=nasal specs; nasal prongs; Venturi mask; non-rebreathe mask; non-rebreather; room air; on room air; saturating on air; sats on air; FiO2 | amb=room air | cues=sats; saturations; saturating; oxygen; hypoxic; hypoxaemic; SpO2; breathing; ABG; gas; %; litres; on; patient
care home placement | finding and funding a place in a residential or nursing home when someone cannot go back to their own | like migrating a service to a new host when the old one can no longer run it | aka=placement; placements; nursing home placement; residential placement; care home bed; nursing home level; residential level; NH level; EMI; EMI placement; EMI nursing home; res home | amb=placement; placements | cues=care home; nursing home; residential; awaiting; waiting; funding; social worker; discharge; patient; family; assessment
hot clinic | a clinic that keeps slots free for urgent cases, seen within a day or two | like a support rota that keeps capacity spare for same-day problems | aka=hot clinics; rapid access clinic; rapid access clinics; RACPC; ambulatory clinic; hot slot; hot slots
frequent attender | a patient who comes to A&E or the GP far more often than most | like the user who raises a ticket every day: the pattern needs a plan, not one more fix | aka=frequent attenders; high intensity user; high intensity users; HIU; frequent flyer; frequent flyers | amb=frequent flyer; frequent flyers | cues=A&E; ED; attends; attendances; patient; patients; GP; admissions; emergency department
pre-assessment | a check before a planned operation that the patient is fit for the anaesthetic | like pre-flight checks before a planned change goes in | aka=pre-assess; pre-assessed; pre-assessing; pre-op assessment; preoperative assessment; pre-assessment clinic
medical take | the patients admitted as emergencies during an on-call period, and the team admitting them | like the incoming ticket queue during your on-call week | aka=take; surgical take; take list; take bleep; busy take | amb=take | cues=on the take; the take; on take; medical take; surgical take; busy take; take was; take is; take last night; post-take; post take; clerk; clerked; clerking; AMU; admissions | anti=take the; take a; take it; take over; take notes; take questions; take part; take care
post-take | the consultant's review of the patients admitted overnight | like the morning review where the lead goes through every incident raised overnight | aka=post-take ward round; PTWR; post take ward round; post-take round; PTWR'd; post-taked; seen post-take
handover | passing responsibility for patients to the next shift, with a summary of each | like an on-call handover note: what is open, what to watch, what might page you | aka=handovers; handed over; hand over; handing over; evening handover; morning handover; night handover; safety huddle; huddle; board handover | amb=handover; handovers; handed over; hand over; handing over; huddle | cues=patient; patients; ward; night; shift; nights; team; morning; evening; day team; on call; on-call; bleep; bay; nurse; nurses; doctor; doctors; list; sick; jobs; 8am; 9pm; reg; consultant; safety; SBAR | anti=handover document; project handover; handover to the new analyst; handover of the project
board round | a quick daily meeting at the ward's patient board to plan each patient's next step and discharge | like a daily stand-up at the kanban board, card by card | aka=board rounds; board-round; whiteboard round; grand round; grand rounds; business round; WR; consultant round | amb=WR | cues=ward; round; rounds; patients; consultant
clerking | the first full assessment and write-up of a newly admitted patient | like the triage and first investigation on a new ticket, written up for whoever picks it up next | aka=clerk; clerked; clerk in; clerking in; clerk them; clerking proforma; clerkings | amb=clerk; clerked; clerk in; clerk them | cues=patient; patients; admission; admitted; A&E; ED; take; on call; on-call; FY1; SHO; reg; ward; history; examination; proforma; new; AMU; SDEC; to clerk
jobs list | the list of tasks from the ward round for the junior doctors to do | like the sprint's task list after planning | aka=jobs; job list; ward jobs; jobs book | amb=jobs | cues=ward round; list; FY1; juniors; bloods; finish; do the; after the round; round; patients; discharge letters; to-do
TTO letter | the discharge summary sent to the GP with the medicines | like release notes sent to the team that supports the system next | aka=discharge summary; discharge summaries; discharge letter; discharge letters; e-discharge; EDL; DSN
EDD | the day the team expects the patient to be ready to go home | like the target release date on a ticket: planned, tracked and moved when things change | exp=expected date of discharge | aka=expected date of discharge; estimated date of discharge; EDDs
MFFD | well enough to leave hospital, though not yet gone | like a fix that is finished and tested but waiting on someone else's system to ship | exp=medically fit for discharge | aka=medically fit for discharge; medically fit; medically optimised; MOFD; medically stable for discharge; MSFD; no criteria to reside; NCTR; not meeting criteria to reside; criteria to reside | amb=medically fit | cues=discharge; patient; patients; beds; waiting; days; ward; home; care package; social care
delayed discharge | a patient well enough to leave but stuck in hospital, often waiting for care at home | like a finished job blocked by a downstream dependency | aka=delayed discharges; delayed transfer of care; DTOC; DTOCs; bed blocking; bed blocker; bed-blocking; stranded patient; stranded patients; super-stranded; long-stay patients
care package | the home care set up so someone can leave hospital safely | - | aka=package of care; POC; care packages; POCs; social care package; discharge to assess; D2A; pathway 1; pathway 2; pathway 3; P1; P2; P3 | amb=POC; POCs; pathway 1; pathway 2; pathway 3; P1; P2; P3 | cues=discharge; care; home; social; package; patient; patients; waiting; D2A; carers; bed; community
step-down | moving a patient to a less intensive level of care | like moving a service from the high-availability tier to standard once it is stable | aka=step down; stepped down; step-up; step up; step her down; step him down; stepped her down; stepped him down; step them down; step her up; step him up; stepped her up; stepped him up; stepped up | amb=step down; stepped down; step-up; step up; stepped up; step-down | cues=ICU; ITU; HDU; critical care; ward; bed; level; care; patient; unit; CCU
outlier | a patient placed on a ward that is not their specialty's, because of bed pressure | like a job running on another team's server because yours is full | aka=outliers; outlying; outlied; boarder; boarders; boarding; boarded | amb=outlier; outliers; outlying; boarder; boarders; boarding; boarded | cues=ward; wards; patient; patients; bed; beds; medical; surgical; team; round; find; corridor; ED | anti=statistical; data; data point; chart; plot; dataset; values; analysis; trim; remove outliers; regression; distribution
HDU | the high-dependency unit: closer nursing than a ward, short of intensive care | like a tier between standard hosting and the fully managed critical tier | exp=high dependency unit | aka=high dependency unit; CCU; coronary care unit; critical care; level 2 bed; ICU outreach; critical care outreach; outreach; outreach team | amb=outreach; critical care | cues=team; patient; bed; ICU; ward; called; review; reviewed; NEWS; deteriorating; unit; referral; escalate; escalated
AMU | the acute medical unit, where emergency medical admissions go first | like a staging area where new arrivals are sorted before assignment | exp=acute medical unit | aka=acute medical unit; AAU; acute assessment unit; MAU; EAU; SAU; surgical assessment unit; assessment unit
SDEC | same-day emergency care: assessed, treated and sent home on the day instead of admitted | like resolving a ticket on the first call instead of opening a project | exp=same day emergency care | aka=same day emergency care; same-day emergency care; ambulatory care; ambulatory; AEC; ambulatory emergency care | amb=ambulatory | cues=care; unit; patient; patients; pathway; clinic; SDEC; emergency; same day; ED
majors | the part of A&E for patients who are seriously ill | - | aka=minors; resus; resus bay; resus room; paeds ED; UTC; urgent treatment centre; streaming; streamed | amb=majors; minors; resus; streaming; streamed | cues=A&E; ED; patient; patients; bay; room; cubicle; department; in; nurse; trolley; waiting; arrived; ambulance; moved
triage | sorting patients by how urgently they need care | like assigning each incoming ticket a priority before anyone works on it | aka=triaged; triaging; triage nurse; Manchester triage; triage category; retriage; re-triage
4-hour target | the standard that most A&E patients should be admitted, transferred or sent home within four hours | like a service-level target on ticket resolution time | aka=four-hour target; 4 hour target; four hour standard; 4-hour standard; 4hr target; four-hour wait; 12-hour trolley wait; 12 hour wait; trolley wait | amb=trolley wait | cues=A&E; ED; hours; 12; patients; breach; breached
breach | missing a waiting-time target for a patient | like a ticket that has gone past its service-level deadline | aka=breaches; breached; breaching; 4-hour breach; breach time; breach date | amb== ;breaches; breached; breaching; breach time | cues=target; 4-hour; four-hour; hour; hours; wait; waits; waiting; RTT; 18 weeks; 18-week; 62-day; A&E; ED; patient; patients; cancer; clinic; minutes; clock; pathway | anti=data breach; security breach; breach of confidentiality; breach of contract; breach of trust; privacy; personal data; hacked; GDPR; ICO
corridor care | patients treated on trolleys in corridors because there are no beds | like running production jobs on a laptop because the servers are full | aka=corridor nursing; escalation beds; escalation area; boarding in corridors; fit to sit | amb=escalation beds; escalation area; fit to sit | cues=bed; beds; ED; A&E; ward; patients; opened; open; full; corridor; chairs
OPEL | the hospital's alert level for how full and pressured it is, from 1 to 4 | like a status page that moves from green to red as load rises | exp=operational pressures escalation level | aka=OPEL 3; OPEL 4; OPEL level; black alert; critical incident; internal incident; full capacity protocol | amb=critical incident; internal incident | cues=trust; hospital; declared; beds; ED; A&E; capacity; pressure; pressures; OPEL; winter; site
patient flow | how smoothly patients move from arrival through wards to home | like throughput through a pipeline: a blockage anywhere slows everything behind it | aka=flow; bed flow; capacity and flow; bed pressures; bed pressure; bed state; beds meeting; bed meeting; site meeting; capacity meeting; bed huddle | amb=flow; bed state | cues=patient; patients; beds; bed; hospital; ED; A&E; discharge; discharges; wards; site; capacity; winter; improve; bottleneck; meeting | anti=data; data flow; data flows; dataflow; information; cash; river; Power Automate; workflow; urine; blood; air; peak; oxygen
2WW | an urgent GP referral for suspected cancer, to be seen within two weeks | like a priority flag that guarantees a response within a fixed time | exp=two week wait | aka=two-week wait; 2 week wait; two week wait; 2ww referral; urgent suspected cancer; USC; suspected cancer referral; faster diagnosis standard; FDS; 28-day standard; 28-day FDS; 62-day target; 62-day standard; 31-day standard; cancer pathway; cancer waiting times; CWT | amb=FDS; USC; cancer pathway | cues=cancer; referral; 28; standard; target; patient; patients; GP; day; pathway; suspected; diagnosis
RTT | the rule that planned treatment should start within 18 weeks of a GP's referral | like an end-to-end lead-time target from request to delivery | exp=referral to treatment | aka=referral to treatment; 18 weeks; 18-week; 18-week target; 52-week wait; 52-week waits; 65-week; 78-week; 104-week; clock start; clock stop; stopped the clock; RTT clock; long waiters; PTL; patient tracking list; open pathways; waiting list validation | amb=18 weeks; 18-week; clock start; clock stop; stopped the clock; long waiters; open pathways | cues=RTT; referral; target; treatment; wait; waits; waiting; patient; patients; pathway; list; clock; elective; breach; validation; NHS; PTL
elective | planned in advance, not an emergency | like a scheduled change rather than an emergency fix | aka=electives; elective surgery; elective admission; elective care; elective activity; elective list; elective work; planned care | amb=elective; electives; planned care | cues=hip; hips; knee; knees; cataract; cataracts; hernia; joint; surgery; admission; admissions; patients; patient; list; lists; activity; recovery; care; theatre; theatres; operation; operations; procedure; procedures; cancelled; cancellations; waiting; capacity; backlog; beds | anti=elective module; elective course; electives at university; medical school elective
day case | an operation or procedure where the patient goes home the same day | - | aka=day cases; day-case; day surgery; day unit; DSU; day-case rate
theatre | an operating theatre, where surgery happens | like the production environment: booked, scrubbed, no casual changes | aka=theatres; operating theatre; operating theatres; theatre list; theatre lists; back from theatre; theatre slot; theatre time; theatre utilisation; emergency list; CEPOD; NCEPOD; CEPOD list; scrub; scrubbed; scrub nurse | amb=theatre; theatres; scrub; scrubbed | cues=surgery; surgical; surgeon; surgeons; operation; operations; operating; patient; patients; list; lists; slot; slots; booked; consent; consented; anaesthetic; anaesthetist; cancelled; emergency; scrub; recovery; orthopaedic; ortho; NOF; elective; utilisation; back from; session; sessions; case; cases; day case; CEPOD; hip; knee; laparotomy; trauma | anti=play; plays; West End; musical; opera; ballet; the theatre to see; tickets; ticket; actors; actor; stage; audience; drama; cinema; national theatre; lecture theatre; recovery plan; recovery programme; elective recovery; disaster recovery; data recovery; password recovery; recovery key; economic; mailing list; shopping list; list of; to-do list; the list; waiting list; email list; list view
new to follow-up ratio | how many follow-up clinic visits there are for each new patient seen | like the ratio of repeat tickets to new ones: a high figure can mean work that never closes | aka=new to follow up ratio; F/U; OPD; follow-up backlog; overdue follow-ups; overdue follow-up; FUNB; follow-up not booked
PIFU | the patient books their own follow-up when they need it, instead of a fixed date | like moving from scheduled polling to event-driven callbacks | exp=patient-initiated follow-up | aka=patient-initiated follow-up; patient initiated follow up; SOS appointment; SOS follow-up; open access follow-up; see on symptoms
advice and guidance | a GP asks a specialist a question electronically instead of referring the patient | like asking on the team channel before raising a formal ticket | aka=A&G; advice & guidance; specialist advice
virtual clinic | a clinic run by phone or video, or by reviewing results without the patient | - | aka=virtual clinics; telephone clinic; telephone clinics; video clinic; video clinics; non-face-to-face; non face to face; NF2F; F2F; face-to-face appointment
DNA | a patient who did not attend their appointment | like a no-show on a booked meeting slot | exp=did not attend | aka=DNAs; DNA'd; DNA rate; did not attend; was not brought; WNB | amb=DNA; DNAs; DNA rate | cues=clinic; appointment; appointments; rate; rates; patient; patients; outpatient; outpatients; discharged; booked; slot; slots; letter; follow-up; missed; attend; text reminders; reminder; reminders
MDT | a meeting of the different professions involved (doctors, nurses, therapists) to agree a patient's plan | like a cross-team design review where each specialist signs off their part | exp=multidisciplinary team meeting | aka=MDTs; multidisciplinary team; multidisciplinary team meeting; multi-disciplinary team; MDT meeting; MDM; multidisciplinary meeting; tumour board; cancer MDT
M&M | a meeting that reviews deaths and complications to learn from them | like a blameless post-incident review | exp=morbidity and mortality meeting | aka=morbidity and mortality; morbidity and mortality meeting; M and M; mortality review; structured judgement review; SJR; SJRs; learning from deaths; LfD
Datix | the trust's incident-reporting system, or a report made in it | like raising an incident in the service desk tool, so it is tracked and learned from | aka=Datixes; Datixed; Datix it; InPhase; Ulysses; incident report; incident reports; incident form; LFPSE | amb=incident report; incident reports; incident form | cues=patient; patients; ward; fall; falls; medication; drug; error; harm; clinical; nurse; Datix; safety; pressure ulcer; staffing
SI | a serious incident: harm to a patient that triggers a formal investigation | like a major incident with a formal post-mortem and external reporting | exp=serious incident | aka=SIs; serious incident; declared a serious incident; serious incidents; PSII; patient safety incident investigation; PSIRF; patient safety incident response framework | amb=SI; SIs; serious incident; serious incidents | cues=patient; patients; harm; clinical; ward; safety; investigation; investigated; declared; Datix; death; trust; surgery; never event; family; duty of candour; PSIRF; surgical; medication
never event | a serious, wholly preventable patient safety incident of a listed kind, such as surgery on the wrong site | like a failure a checklist exists specifically to prevent, so it should never get through | aka=never events
AAR | a short structured team debrief after an event: what was meant to happen, what did, and why | like a blameless post-incident review held soon after | exp=after action review | aka=after action review | amb=AAR | cues=patient; patients; harm; clinical; ward; safety; incident; team; debrief; learning
RCA | a formal search for the underlying causes of an incident, not just the last mistake | like a root-cause write-up after an outage | exp=root cause analysis | aka=root cause analysis | amb=RCA; root cause analysis | cues=patient; patients; harm; clinical; ward; safety; investigation; investigated; declared; Datix; death; trust; surgery; never event; family; duty of candour; PSIRF; surgical; medication
duty of candour | the legal duty to tell a patient and family openly, and apologise, when care has caused them harm | like telling the affected customer what went wrong, honestly and promptly, after an incident
pressure ulcer | skin broken down by long pressure, often in bedbound patients | - | aka=pressure ulcers; pressure sore; pressure sores; bed sore; bedsores; bed sores; category 2 pressure ulcer; grade 3 pressure ulcer; tissue viability; TVN; pressure area care
QIP | a quality improvement project: a small, measured change to make care better | like a small experiment with a before-and-after metric | exp=quality improvement project | aka=QIPs; quality improvement project; QI project; QI; PDSA; PDSA cycle; plan-do-study-act; clinical audit; re-audit; audit cycle; close the loop | amb=QI; clinical audit; close the loop | cues=project; projects; quality; improvement; audit; cycle; PDSA; ward; clinical; trainees; data; measure; change
"""

_STRUCTURES = """
quality account | the report each NHS trust publishes every year on the quality of its care and its priorities | like the annual service report with its uptime figures and next year's targets | aka=quality accounts; quality priorities; quality report; annual quality account
ICB | the NHS body that plans and pays for health services across an area | like the platform team that sets budgets and priorities for every product team in its area | exp=integrated care board | aka=ICBs; integrated care board; integrated care boards; CCG; CCGs; clinical commissioning group; clinical commissioning groups
ICS | the partnership of NHS bodies, councils and others in an area working as one system | like a federation of teams sharing a roadmap without merging | exp=integrated care system | aka=ICSs; integrated care system; integrated care systems; ICP; integrated care partnership; STP; sustainability and transformation partnership; system partners; place; place-based; neighbourhood health | amb=system partners; place; place-based | cues=ICB; ICS; ICP; at place; place level; place and system; system and place; each place; neighbourhood; neighbourhoods; borough; boroughs; integrated; commissioning; council; councils; system leaders
NHS England | the national body that runs and oversees the NHS in England | - | aka=NHSE; NHSEI; NHS Improvement; NHSX; NHS Digital; NHSD
foundation trust | an NHS hospital or service trust with more freedom over its own money and decisions | - | aka=foundation trusts
provider collaborative | a group of NHS trusts that agree to plan and run some services together | - | aka=provider collaboratives
DHSC | the government department in charge of health and social care policy and money | - | exp=Department of Health and Social Care | aka=Department of Health and Social Care
UKHSA | the national agency that protects the public from infections and other health threats | - | exp=UK Health Security Agency | aka=PHE; Public Health England; UK Health Security Agency
CQC | the regulator that inspects and rates hospitals and care homes | like an external auditor whose report everyone reads | exp=Care Quality Commission | aka=Care Quality Commission; CQC inspection; CQC rating; requires improvement; well-led; well led; well-led review | amb=requires improvement; well-led; well led | cues=CQC; rating; rated; inspection; inspected; trust; hospital; service; review; framework; domain
NICE | the body that publishes national guidance on which treatments to use and pay for | like the standards body whose guidance everyone is expected to follow | exp=National Institute for Health and Care Excellence | aka=NICE guidance; NICE guideline; NICE guidelines; NICE-approved; NICE approved; TA; technology appraisal; technology appraisals; QALY; QALYs; cost per QALY | amb=TA | cues=NICE; appraisal; guidance; approved; drug; technology
MHRA | the regulator for medicines and medical devices, including some software | - | exp=Medicines and Healthcare products Regulatory Agency | aka=Medicines and Healthcare products Regulatory Agency; yellow card; Yellow Card scheme; UKCA; CE mark | amb=yellow card | cues=report; reported; drug; medicine; side effect; reaction; MHRA; scheme
GMC | the body that registers doctors and can stop them practising | like the licensing body that can revoke your certification | exp=General Medical Council | aka=General Medical Council; GMC number; NMC; Nursing and Midwifery Council; HCPC; revalidation; revalidate; appraisal; responsible officer; fitness to practise; FtP; GMP; Good Medical Practice | amb=appraisal; revalidate; responsible officer | cues=doctor; doctors; GMC; annual; medical; revalidation; consultant; NMC; nurse; portfolio; appraiser; reflection
royal college | a professional body for one specialty that sets exams and standards | like the professional institute that sets the certification exams for one discipline | aka=royal colleges; Royal College of Physicians; RCP; RCS; Royal College of Surgeons; RCN; Royal College of Nursing; RCGP; RCEM; RCR; RCoA; RCPCH; RCPsych; MRCP; FRCS; FRCR; membership exams; CCT; certificate of completion of training; ARCP; ePortfolio; Horus; deanery; deaneries; NHS England WT&E; HEE; Health Education England; TPD; training programme director; educational supervisor; clinical supervisor | amb=educational supervisor; clinical supervisor | cues=trainee; trainees; junior; juniors; doctor; doctors; training; ARCP; portfolio; FY1; registrar; sign off; meeting; medical
PCN | a group of GP practices working together and sharing some staff | like several small teams pooling a shared services function | exp=primary care network | aka=PCNs; primary care network; primary care networks; GP federation; GP federations; LMC; local medical committee; ARRS; additional roles
primary care | GPs, community pharmacies, dentists and opticians: the first point of contact | like first-line support before anything is escalated | aka=secondary care; tertiary care; tertiary centre; tertiary centres; quaternary; DGH; DGHs; district general hospital; district general; teaching hospital; regional centre; specialist centre; interface; primary-secondary interface | amb=interface; regional centre; specialist centre | cues=complex; cases; DGH; primary care; secondary care; GP; GPs; hospital; hospitals; referral; referrals; referred; patients; care; clinical; specialist; transfer; transferred; network
intermediate care | short-term care after hospital, at home or in a community bed, to get someone back on their feet | like a staging environment between production and handover to the client | aka=reablement; rapid response; urgent community response; UCR; hospital at home; step-down bed; step-down beds; community hospital; community beds | amb=rapid response | cues=community; care; team; home; nurse; nurses; discharge; patients; beds; service; referral; urgent; 2-hour
continuing healthcare | NHS-funded long-term care for people whose needs are mainly health needs | - | aka=CHC; fast-track CHC; fast track CHC; DST; CHC checklist; CHC funding; ASC; adult social care | amb=DST; ASC | cues=CHC; funding; continuing healthcare; care; social; assessment; discharge; home; patient; council; eligible
PALS | the hospital team that helps patients and families with concerns and complaints | like the customer support desk | exp=Patient Advice and Liaison Service | aka=Patient Advice and Liaison Service; complaints team; formal complaint; Healthwatch; PHSO; ombudsman
BMA | the doctors' trade union and professional association | - | exp=British Medical Association | aka=British Medical Association; industrial action; strike days; rota gaps; exception report; exception reports; exception reporting; guardian of safe working | amb=industrial action; strike days | cues=doctors; junior; juniors; consultants; BMA; rota; rotas; cover; nurses; NHS; resident
"""

_MANAGEMENT = """
commissioning | the NHS process of planning and buying health services for a population | like a client team that specifies, buys and monitors a service from suppliers | aka=commissioner; commissioners; commission; commissioned; specialised commissioning; decommission; decommissioned; commissioning intentions | amb=commission; commissioned; decommission; decommissioned | cues=service; services; ICB; NHS; commissioner; commissioners; health; care; contract; provider; providers; CCG; specialised; pathway | anti=commissioned a report; commissioned a study; commissioned a review; commissioned an analysis; decommission the server; decommissioned the server; decommission the old
tariff | the fixed national price paid to a hospital for a piece of activity | like a rate card: each type of work has a set price | aka=tariffs; national tariff; payment by results; PbR; NHS Payment Scheme; NHSPS; best practice tariff; BPT; market forces factor; MFF; unbundled; unbundling | amb=tariff; tariffs; unbundled; unbundling | cues=NHS; price; prices; payment; money; case; cases; lose; activity; HRG; national; trust; income; paid; commissioner; best practice; procedure; spell; episode; admission; outpatient; coding; local
block contract | a fixed yearly payment for a service, whatever the volume of work | like a flat-rate subscription rather than pay-per-use | aka=block contracts; block payment; block funding; aligned payment and incentive; API contract; fixed payment; variable payment; cost and volume; cost and volume contract
CQUIN | a payment scheme that rewards hospitals for meeting set quality goals | like a bonus tied to hitting agreed quality metrics | exp=Commissioning for Quality and Innovation | aka=CQUINs; Commissioning for Quality and Innovation
CIP | the savings each NHS organisation must find every year | like a yearly target to cut cloud spend by a set share without dropping the service | exp=cost improvement programme | aka=CIPs; cost improvement programme; cost improvement plan; cost improvement; efficiency savings; QIPP; recurrent savings; non-recurrent; recurrent; run rate; underlying deficit | amb=recurrent; non-recurrent; run rate | cues=savings; CIP; budget; deficit; funding; cost; costs; money; financial; plan; trust; £; million
ERF | extra money for hospitals that do more planned work than their baseline | like a bonus rate for throughput above baseline | exp=elective recovery fund | aka=elective recovery fund; elective recovery; value-weighted activity; VWA; activity baseline; 2019/20 baseline
business case | a formal document arguing for money or staff, with costs and benefits | like a proposal that must show return on investment before anything is bought | aka=business cases; SOC; OBC; strategic outline case; outline business case; full business case; five case model; investment committee | amb=SOC; OBC | cues=business case; case; outline; strategic; full; approval; approved; capital; investment; committee; board
capital | money for buildings, equipment and systems, kept apart from day-to-day spending | like the budget for buying servers, separate from the running costs | aka=capital funding; capital bid; capital programme; revenue; revenue funding; revenue costs; capital and revenue; CDEL; capex; opex | amb=capital; revenue | cues=funding; bid; bids; programme; budget; money; spend; spending; costs; business case; revenue; capital; allocation; equipment; build; recurrent; £; million
WTE | a count of staff in full-time equivalents (two half-time nurses are one WTE) | like counting engineer capacity in full-time heads, not names | exp=whole-time equivalent | aka=whole-time equivalent; whole time equivalent; FTE; full-time equivalent; establishment; funded establishment; vacancy rate; vacancy rates; substantive; substantive post; substantive staff; skill mix | amb=establishment; substantive; substantive post; substantive staff | cues=nurses; nursing; staff; staffing; WTE; funded; ward; posts; post; vacancy; vacancies; rota; consultant; band; budget; recruited; recruit; appointed; locum; agency; bank
bank staff | NHS staff who pick up extra shifts through the trust's own pool | like contractors from an in-house pool | aka=bank; bank shift; bank shifts; bank nurse; bank nurses; NHSP | amb=bank; bank shift; bank shifts | cues=shift; shifts; nurse; nurses; staff; staffing; agency; cover; rota; spend; cap; ward; NHSP; doctors; locum
agency spend | money paid to outside staffing agencies for temporary staff, capped nationally because it costs more | like paying an outside contractor day rates to cover a gap in the team | aka=agency cap; off-framework; premium pay | amb=agency spend | cues=shift; shifts; nurse; nurses; staff; staffing; agency; cover; rota; spend; cap; ward; NHSP; doctors; locum
waiting list initiative | extra paid sessions, often at weekends, run to shorten a waiting list | like paid overtime sprints to clear a backlog | aka=WLI; WLIs
outsourcing | paying another organisation, often private, to do some of the work (insourcing brings their staff into your own building) | like sending part of the backlog to an outside supplier's team | aka=insourcing
job plan | a consultant's agreed weekly timetable of clinical and other work | like a capacity plan splitting someone's week between delivery and platform work | aka=job plans; job planning; programmed activity; programmed activities; DCC; direct clinical care; SPA; SPAs; supporting professional activities; sessions; session | amb=sessions; session | cues=job plan; job planning; consultant; consultants; DCC; SPA; SPAs; PA; PAs; sessions a week; sessions per week; clinical session; clinical sessions; admin session; admin sessions; SPA session; clinic; clinics; theatre; endoscopy; WLI
GIRFT | a national programme comparing hospitals' practice and outcomes to spread what works | like benchmarking every team's deployment metrics and sharing the best playbook | exp=Getting It Right First Time | aka=Getting It Right First Time; Model Hospital; model hospital; benchmarking; peer comparison
winter pressures | the seasonal surge in illness that fills hospitals from December to March | like seasonal peak load | aka=winter pressure; winter plan; winter planning; winter funding; surge; surge capacity | amb=surge; surge capacity | cues=winter; beds; ED; A&E; hospital; capacity; patients; flu; demand; COVID; trust; plan
board assurance framework | the board's list of the biggest risks to the trust's goals and how they are controlled | like a risk register the leadership reviews every quarter | aka=BAF; risk appetite; non-executive director; non-executive directors; non-exec; non-execs; NED; NEDs; F&P; finance and performance committee; QSC; quality and safety committee; corporate risk register; CRR | amb=CRR | cues=risk; risks; register; board; trust; corporate
directorate | a group of specialties managed together inside a hospital | like a business unit grouping several product teams | aka=directorates; division; divisions; divisional; care group; care groups; clinical business unit; CBU; service line; triumvirate; divisional triumvirate; general manager; service manager; ops manager; DGM | amb=division; divisions; divisional; service line; general manager; service manager; ops manager | cues=medicine; surgery; clinical; directorate; director; trust; hospital; triumvirate; NHS; budget; meeting; nurse; specialty; specialties; outpatients; theatres; manager; managers; ward; wards; leads; lead; meet
"""

_ACTIVITY = """
spell | one continuous hospital stay, from admission to discharge | like a user session: one login to logout, however many pages in between | aka=spells; hospital spell; provider spell; admitted spell | amb=spell; spells | cues=episode; episodes; FCE; FCEs; admission; admissions; hospital; HRG; SUS; coding; coded; count; counted; data; length of stay; LOS; patient; patients; discharge; activity; tariff; inpatient; provider; APC; readmission; readmissions; same
episode | the part of a hospital stay under one consultant; a stay can hold several | like one stage of a request handled by one service before it is passed on | aka=episodes; FCE; FCEs; finished consultant episode; finished consultant episodes; consultant episode; consultant episodes; episode of care | amb=episode; episodes | cues=spell; spells; consultant; FCE; coding; coded; HRG; SUS; HES; activity; admission; hospital; data; count; counted; tariff; transfer; specialty; inpatient; APC; care | anti=TV; series; season; podcast; show; watched; episode of depression; episode of chest pain; episode of
clinical coding | turning what is written in the notes into standard codes for diagnoses and procedures | like mapping free-text tickets onto a fixed category list so they can be counted | aka=clinical coder; clinical coders; coding; coded; coder; coders; coding depth; depth of coding; uncoded; recoded; coding audit; coding query | amb=coding; coded; coder; coders; uncoded; recoded; coding audit; coding query | cues=clinical; diagnosis; diagnoses; comorbidities; comorbidity; ICD-10; ICD; OPCS; HRG; episode; episodes; spell; spells; notes; discharge; depth; SHMI; HSMR; tariff; activity; primary; secondary; procedure; procedures; coders; department; audit; SUS; case notes | anti=code review; coding bootcamp; learn to code; learn coding; python; javascript; developer; developers; software; programming; script; commit
primary diagnosis | the main condition treated in an episode, the one that drives the coding | like the primary category on a ticket | aka=primary diagnoses; secondary diagnosis; secondary diagnoses; main condition; principal diagnosis
commissioning data set | the national format hospitals use to send activity data for payment | like the fixed file layout every provider must submit to the billing warehouse | aka=SUS submission; SUS data; CDS; commissioning data set; ECDS; emergency care data set; MHSDS; CSDS; flex and freeze; freeze date | amb=CDS; freeze date | cues=data; submission; submit; submitted; set; SUS; commissioning; dataset; flex; freeze
SHMI | a trust's actual deaths compared with the number expected for its patients | like errors per thousand requests compared with a risk-adjusted benchmark | exp=Summary Hospital-level Mortality Indicator | aka=Summary Hospital-level Mortality Indicator; HSMR; hospital standardised mortality ratio; crude mortality; risk-adjusted mortality; expected deaths; Charlson; Charlson index; Charlson score; Elixhauser
length of stay | how many days a patient stays in hospital | like time-to-resolve for an admission | aka=LOS; LoS; ALOS; average length of stay; bed days; bed-days; occupied bed days; OBD; OBDs; excess bed days; long length of stay; LLOS; zero length of stay; 0 LOS; bed occupancy; occupancy | amb=occupancy | cues=bed; beds; hospital; %; percent; ward; wards; 92; 95; trust; rate
readmission | coming back into hospital soon after discharge, often counted within 30 days | like a ticket reopened soon after it was closed | aka=readmissions; readmitted; re-admission; re-admissions; 30-day readmission; 30-day readmissions; emergency readmission; emergency readmissions; bounce back; bounce-back; bounced back | amb=bounce back; bounce-back; bounced back | cues=patient; patients; hospital; ED; A&E; discharge; discharged; days; readmission; home; within; last week; she's; he's; from last
non-elective | admitted as an emergency rather than planned | like unplanned work that jumps the queue | aka=non-elective admission; non-elective admissions; non-electives; NEL; emergency admission; emergency admissions; zero-day admission; short stay admission; admission avoidance; avoidable admissions; conveyance; conveyances; ambulance conveyance; handover delays | amb=conveyance; conveyances; handover delays; admission avoidance | cues=ambulance; ambulances; ED; A&E; hospital; admission; admissions; patients; rates; delays; hours; hospital; crews
APC | the data set of admitted patients (inpatients and day cases) | - | exp=admitted patient care | aka=admitted patient care; OP; outpatient activity; A&E attendances; attendances; attendance; first attendance; follow-up attendance; activity plan; activity plans; activity data; activity returns | amb=OP; attendances; attendance; first attendance; activity plan; activity plans; activity data | cues=outpatient; outpatients; A&E; ED; data; activity; attendances; attendance; trust; NHS; plan; figures; submitted; submission; return; coding; HRG; SUS; first; follow-up; national; clinic
casemix | the mix of patients a hospital treats, by how ill they are and what they need | like the mix of request types hitting a service: the same count can mean very different load | aka=case mix; case-mix; acuity; dependency; patient acuity; complexity | amb=acuity; dependency; complexity | cues=patient; patients; ward; wards; nursing; staffing; high; score; scores; tool; safer nursing; SNCT; casemix; mix
PLICS | costing that works out what each individual patient's care actually cost | like tracing each request's cost through every service it touched | exp=patient-level information and costing system | aka=patient-level costing; patient level costing; SLR; service line reporting; reference costs; NCC; national cost collection; cost collection
"""

# Acronyms a clinician uses daily that the glossary does not explain one by one: a
# clinical reader is never told to spell these out.
EVERYDAY_CLINICAL_ACRONYMS: frozenset[str] = frozenset("""
BP HR RR ICU ITU ED CT MRI NBM IVDU OA RA MS PD TB CF MND IHD CCF LVF PVD PAD GORD IBS IBD UC
BMI BNF GTN CPR VBG CSF EEG EMG DEXA ENT USS XR AXR KUB TFT TFTs PSA CEA AFP CK ALP ALT AST GGT
LDH ESR WCC RBC MCV HCT APTT PT BM BMs CBG HF AAA EVAR BLS ILS DNAR CAMHS CMHT IAPT AMHP RN RGN
RMN ODP NG NJ PEG RIG TPN PN IM SC SL PR PO BD TDS QDS ON MDI DPI SABA LABA LAMA OCP HRT IUD IUS
LMP PV CTG LSCS SVD PPH NICU SCBU HHS ESRF ESKD RRT HD CAPD ILD IPF OSA NIV HFNO ARDS SIRS MODS
ATN GI UGIB LGIB ERCP MRCP EUS NAFLD ALD HCC SBP TIPS HBV HCV RSV MSSA ESBL CPE VRE CDI PPE IPC
FFP PCC XM ABO HLA SLE GCA PMR CTD DMARD TNF SSRI SNRI TCA MAOI ACEi ARB CCB UFH ISMN MST PCA
TCI RSI LMA ETT ASA WHO NCEPOD CEPOD CCU SAU MAU EAU UTC MIU WIC MSU CSU LP ABPI NIHSS MoCA AMT
AMTS MMSE AVPU ABCDE SBAR RTA RTC NAI FGM HCP LPA IMCA IDVA MARAC SOB SOBOE PMH HPC DH SH FH
PC OE NAD CVS RS GIT CNS PNS SOL IX MX DX RX TX FU OP IP EOL DNACPR TEP CPAP BIPAP ABG CRP FBC
LFT LFTs UE GFR PE DVT VTE AF MI ACS STEMI NSTEMI TIA CVA UTI LRTI COPD DKA AKI CKD SVT VT VF
PEA ICD PPM CRT LBBB RBBB LV RV LVH EF TTE TOE ECG EKG CXR CTPA PCI CABG TAVI DAPT DOAC LMWH PPI
NSAID IV OD PRN TTO TTA MDT SHO SPR SpR FY1 FY2 ST3 CT1 CT2 IMT HCA ANP ACP AHP OT SALT SLT CD
DME COTE NEWS NEWS2 GCS HDU AMU SDEC EDD MFFD DTOC OPEL RTT DNA PIFU SI RCA QIP PDSA QI NICE
CQC GMC NMC BMA RCN RCP RCS RCGP MHRA NHSE ICB ICS PCN DGH PALS CCG SAS PA PAs HEE ARCP CCT MCA
DoLS MHA SJR LfD SOP AED ROSC ALS ATLS APLS PTWR WR NIC OPD EL NEL
""".split())

# Health acronyms everyone has met (on the news, in their own family): no reader is told to
# spell these out when a reader is chosen.
EVERYDAY_HEALTH_ACRONYMS: frozenset[str] = frozenset(
    "ICU ED CT MRI GP NHS CPR BMI HIV IVF ADHD PTSD OCD DNA COVID ENT".split())

# Management and health-service acronyms that a management reader (and a clinical one) knows.
EVERYDAY_SERVICE_ACRONYMS: frozenset[str] = frozenset("""
ICB ICS ICP PCN CCG NHSE DHSC CQC NICE MHRA HEE GMC NMC BMA RCN PALS CIP CQUIN ERF WTE FTE KPI
RTT OPEL FT DGH BAF NED QSC SOC OBC FBC GIRFT SHMI HSMR LOS ALOS DTOC SDEC PIFU ICB NHSP WLI
PbR HRG SUS HES OPCS ICD CDS ECDS APC FCE PLICS SLR NCC
""".split())


def _medical(meaning: str) -> str:
    return f"a medical word ({meaning}); say what it means in everyday words"


def _medicine(kind: str) -> str:
    return f"a medicine name ({kind}); say what it is for, e.g. 'a {kind.split(',')[0]}'"


#: Word shapes that give a word away as medical: (domain, {ending: (suggestion, canonical)},
#: exceptions, pattern).  The pattern's group 1 is the ending; everyday words are exceptions.
#: Shapes of written health-service talk matched on the text itself, for a reader new to
#: clinical work, in the form of ``glossary.SHAPES``: a waiting-time standard named by its
#: length ("the 62-day cancer target", "an 18-week wait", "four-hour breaches").  Clinical
#: scores written as letters and digits ("CHA2DS2-VASc", "qSOFA") are found with the
#: acronyms (``jargon.Checker``).
SHAPES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("service", "hour hours hr day days week weeks wk",
     r"\d{1,3}[- ](?:(?:hour|hr|day|week|wk)s?(?=(?:[ -][A-Za-z]+){0,2}[ -](?:targets?|standards?|"
     r"breach(?:es|ed)?|rules?|pathways?|performance|backlog)\b)|(?:hour|hr|week|wk)s?(?=(?:[ -][A-Za-z]+)?[ -](?:waits?|waiting|"
     r"referrals?)\b))", "",
     "a national waiting-time standard named by its length; say what is timed, from when to when, "
     "and the limit", "waiting-time standard"),
    # a condition, sign or test named after a person: "a Colles' fracture", "with Bell's palsy";
    # the word before must be one that goes before a condition, never before a person's name
    # ("Margaret's fracture has healed" is left alone)
    ("clinical", "fracture fractures disease syndrome palsy sign manoeuvre maneuver encephalopathy phenomenon "
                 "ulcer ulcers aneurysm triad reflex criteria classification lymphoma contracture cyst",
     r"\b[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?(?:'s|\u2019s|s'|s\u2019|')? (?:fractures?|disease|syndrome|palsy|sign|"
     r"manoeuvre|maneuver|encephalopathy|phenomenon|ulcers?|aneurysm|triad|reflex|criteria|classification|"
     r"lymphoma|contracture|cyst)\b",
     "!a an of with has had have for from suspected possible likely known query and or like to rule out "
     "excluded exclude",
     "named after the person who described it; say what it is in plain words", "eponym"),
    # a score or scale named after the person or place that made it ("her Caprini score", "the Padua
    # scale"); everyday and technical names of scores are left alone, and so are rules and classes
    # ("Chatham House rules", "business class"), which too often follow a name that is not clinical
    ("clinical", "score scores scale scales grade classification",
     r"\b(?!(?:The|This|That|These|Those|Our|Your|My|His|Her|Their|Its|A|An|New|Old|Each|Every|Any|No|Some|"
     r"Which|What|Same|Overall|Average|Mean|Median|Final|Total|Half|High|Low|Top|Bottom|Big|Small|Full|First|"
     r"Last|Next|Pain|Risk|Credit|Net|Promoter|Lighthouse|Apdex|Brier|Elo|Quality|Health|Test|Match|Confidence|"
     r"Similarity|Sentiment|Usability|Satisfaction|Engagement|Performance|Severity|Priority|Customer|User|Data|"
     r"Trust|Likert|Richter|Fahrenheit|Celsius|Kelvin|Security|Sliding|Pay|Salary|Grey|Colour|Color|Time|"
     r"Business|World|Premier|Golden|Ground|Style|Naming|Firewall|Access|Linting|Lint|Alert|Alerting|Routing|"
     r"Retention|Validation|Scoring|Marking|Exam|Test|Band|Agenda|Home|Scrum|Sprint|Python|Java|Student|"
     r"Google|Microsoft|Apple|Amazon|Azure|Chrome|Excel|Word|Team|Teams|Project|Global|Local|General|Special|"
     r"British|English|French|German|American|National|Daily|Weekly|Monthly|Annual|Year|Business|Economy|"
     r"Premium|Standard|Basic|Working|Middle|Upper|Lower|Under|Over|Ruling|Higher|Lower)\b)"
     r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:'s|\u2019s)? (?:scores?|scales?|grade|classification)\b",
     "", "a clinical score or scale named after the person or place that made it; say what it "
     "measures and what the number means", "named score"),
    # how far along a pregnancy is, in weeks and days ("at 32+4", "born at 34+2"): only after a word
    # that goes before a gestation, so sums ("20+5 rows") are left alone
    ("clinical", "+",
     r"\b(?:[12]\d|3\d|4[0-2])\+[0-6]\b(?!\d|\.\d)",
     "!at now is was born delivered delivering gestation booked booking currently today presented "
     "presenting scan scanned induced induction",
     "a pregnancy's length in weeks and days (32+4 is 32 weeks and 4 days); say it in words", "gestation"),
    # a medicine by its brand name: a capitalised name after a prescribing verb ("we started
    # Tazocin", "switched her to Edoxaban") or before a dose ("Augmentin 625 mg"); a person
    # after the verb is left alone ("started Margaret on insulin", "gave Margaret her tablets")
    ("clinical", "started restarted prescribed switched titrated withheld stopped gave given mg mcg micrograms "
                 "microgram units mmol",
     r"\b(?:started|restarted|prescribed|switched (?:him |her |them )?to|titrated|withheld|stopped|gave|given)"
     r"(?: (?:him|her|them))?(?: on)? ([A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?)\b"
     r"(?! (?:on|her|his|their|a|an|the|some|to|from|in|at|and|or|was|is)\b)(?!['\u2019])|"
     # a dosing verb or word at the start of an order is not a brand ("Give 500 micrograms IM")
     r"\b(?!(?:Give|Given|Start|Take|Takes|Prescribe|Add|Stop|Increase|Reduce|Continue|Restart|Hold|Omit|"
     r"Repeat|Change|Switch|Then|Plus|Only|Over|About|Another|Extra|Further|Total|Daily|Dose|Load|Loading|"
     r"Draw|Draws|Draw up|Dilute|Diluted|Inject|Infuse|Make|Made|Need|Needs|Needed|Used|Uses|Using)\b)"
     r"([A-Z][a-z]{3,}) \d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|units|mmol)\b", "",
     "a medicine by its brand name; say what kind of medicine it is ('a strong antibiotic')", "medicine name"),
    # a length of time in note shorthand: days, weeks or months written over 7, 52 or 12 ("for 2/7",
    # "3/52 ago", "a 6/12 history"); only after a word that goes before a duration, or before "ago",
    # and never before "of", so dates and fractions ("2/7 of the quarter") are left alone
    ("clinical", "/",
     r"\b(?:[1-9]|[1-4]\d|5[0-2])/(?:7|52|12)\b(?![/\d])(?! ago\b| of\b)",
     "!for over past last within since a an started began onset",
     "a length of time in note shorthand (2/7 is two days, 3/52 three weeks, 6/12 six months); "
     "write it in words", "duration shorthand"),
    ("clinical", "ago",
     r"\b(?:[1-9]|[1-4]\d|5[0-2])/(?:7|52|12)(?= ago\b)", "",
     "a length of time in note shorthand (2/7 is two days, 3/52 three weeks, 6/12 six months); "
     "write it in words", "duration shorthand"),
    # a combination medicine named with "co-" ("co-codamol", "co-careldopa"), not co-workers or co-authors
    ("clinical", "co",
     r"\bco-(?:codamol|dydramol|proxamol|careldopa|beneldopa|trimoxazole|amoxiclav|fluampicil|danthramer|"
     r"danthrusate|amilofruse|tenidone|zidocapt|phenotrope|magaldrox|simalcite|[a-z]{2,}(?:amol|dopa|oxazole|"
     r"iclav|icil|fruse))\b", "",
     "a combination medicine: two medicines in one tablet; say what it is for ('a painkiller')", "medicine name"),
    # a blood result by its lab shorthand and value: "Hb was 72", "Na 125", "pCO2 of 7"
    ("clinical", "hb na k cr ur mg ca po4 ph po2 pco2 hco3 lac plt plts alb bili neuts",
     r"\b(Hb|Na|Cr|Ur|Mg|PO4|pH|pO2|pCO2|HCO3|Lac|Plts?|Alb|Bili|Neuts)\b"
     r"(?=(?: (?:was|is|were|of|at|now|still|only|came|back|has|had|dropped|rose|fell|up|down|to)){1,3} ?[<>]?\d|"
     r" ?[=:]? ?[<>]?\d)|"
     # potassium and calcium only with the decimal their values always have ("K 6.4", "Ca 2.8")
     r"\b(K|Ca)\b(?=(?: (?:was|is|were|of|at|now|still|only|came|back|has|had|dropped|rose|fell|up|down|to)){1,3}"
     r" ?\d\.\d| ?[=:]? ?\d\.\d)",
     "", "a blood result written in the lab's shorthand; name the test ('the haemoglobin', 'the sodium')",
     "lab shorthand"),
)

FAMILIES: tuple[tuple[str, dict[str, tuple[str, str]], frozenset[str], str], ...] = (
    ("clinical", {
        "itis": (_medical("-itis means inflammation of a part of the body"), "-itis"),
        "itides": (_medical("-itis means inflammation of a part of the body"), "-itis"),
        "ectomy": (_medical("-ectomy means an operation to remove a part"), "-ectomy"),
        "ectomies": (_medical("-ectomy means an operation to remove a part"), "-ectomy"),
        "otomy": (_medical("-otomy means an operation that cuts into a part"), "-otomy"),
        "ostomy": (_medical("-ostomy means an opening made by surgery"), "-ostomy"),
        "oscopy": (_medical("-oscopy means looking inside with a camera"), "-oscopy"),
        "oscopies": (_medical("-oscopy means looking inside with a camera"), "-oscopy"),
        "plasty": (_medical("-plasty means an operation to repair or reshape"), "-plasty"),
        "aemia": (_medical("-aemia means something in the blood, too much or too little"), "-aemia"),
        "emia": (_medical("-aemia means something in the blood, too much or too little"), "-aemia"),
        "aemic": (_medical("-aemia means something in the blood, too much or too little"), "-aemia"),
        "algia": (_medical("-algia means pain"), "-algia"),
        "opathy": (_medical("-pathy means a disease of a part of the body"), "-pathy"),
        "opathies": (_medical("-pathy means a disease of a part of the body"), "-pathy"),
        "megaly": (_medical("-megaly means an organ is enlarged"), "-megaly"),
        "penia": (_medical("-penia means too few of a kind of blood cell"), "-penia"),
        "penic": (_medical("-penia means too few of a kind of blood cell"), "-penia"),
        "uria": (_medical("-uria means something found in the urine"), "-uria"),
        "osis": (_medical("-osis means a disease or abnormal state"), "-osis"),
        "oma": (_medical("-oma means a growth or tumour"), "-oma"),
        "omas": (_medical("-oma means a growth or tumour"), "-oma"),
        "ectasis": (_medical("-ectasis means widened, stretched airways or vessels"), "-ectasis"),
        "lysis": (_medical("-lysis means breaking down"), "-lysis"),
        "plegia": (_medical("-plegia means paralysis"), "-plegia"),
        "trophy": (_medical("-trophy means growth or wasting of a tissue"), "-trophy"),
        "pnoea": (_medical("-pnoea means breathing"), "-pnoea"),
        "pnea": (_medical("-pnoea means breathing"), "-pnoea"),
        "cardia": (_medical("-cardia means the heart rate"), "-cardia"),
        "ocytosis": (_medical("-cytosis means too many of a kind of cell"), "-cytosis"),
        "uric": (_medical("-uric is about passing urine"), "-uric"),
        "otic": (_medical("-otic describes a disease state, e.g. fibrotic, necrotic"), "-otic"),
        "pathic": (_medical("-pathic describes a disease, or one of unknown cause (idiopathic)"), "-pathic"),
        "genic": (_medical("-genic means caused by or coming from"), "-genic"),
        "plastic": (_medical("-plastic describes abnormal growth of cells"), "-plastic"),
        "plasia": (_medical("-plasia means abnormal growth of cells"), "-plasia"),
        "ptysis": (_medical("-ptysis means coughing something up"), "-ptysis"),
        "emesis": (_medical("-emesis means vomiting"), "-emesis"),
        "phagia": (_medical("-phagia is about swallowing"), "-phagia"),
        "phasia": (_medical("-phasia is about speech"), "-phasia"),
        "taxia": (_medical("-taxia is about coordination"), "-taxia"),
        "centesis": (_medical("-centesis means draining fluid through a needle"), "-centesis"),
        "rrhoea": (_medical("-rrhoea means a discharge or flow"), "-rrhoea"),
        "stasis": (_medical("-stasis means something stopping or spreading"), "-stasis"),
        "ography": (_medical("-ography means a kind of scan or recording"), "-ography"),
        "ogram": (_medical("-ogram means the picture from a scan or recording"), "-ogram"),
        "ograms": (_medical("-ogram means the picture from a scan or recording"), "-ogram"),
        "aesthesia": (_medical("-aesthesia is about feeling or sensation"), "-aesthesia"),
        "kinesia": (_medical("-kinesia is about movement"), "-kinesia"),
        "opia": (_medical("-opia is about eyesight"), "-opia"),
        "ectasia": (_medical("-ectasia means widened vessels or ducts"), "-ectasia"),
        "cholinergic": (_medicine("anticholinergic: a family of medicines that block a nerve messenger; "
                                  "they often confuse older people"), "anti-"),
        "cholinergics": (_medicine("anticholinergic: a family of medicines that block a nerve messenger; "
                                   "they often confuse older people"), "anti-"),
        "emetic": (_medicine("antiemetic: an anti-sickness medicine"), "anti-"),
        "emetics": (_medicine("antiemetic: an anti-sickness medicine"), "anti-"),
        "hypertensive": (_medicine("antihypertensive: a blood pressure medicine"), "anti-"),
        "hypertensives": (_medicine("antihypertensive: a blood pressure medicine"), "anti-"),
        "platelet": (_medicine("antiplatelet: a medicine that stops platelets clumping"), "anti-"),
        "platelets": (_medicine("antiplatelet: a medicine that stops platelets clumping"), "anti-"),
        "spasmodic": (_medicine("antispasmodic: a medicine that relaxes the gut"), "anti-"),
        "epileptic": (_medicine("antiepileptic: a medicine for seizures"), "anti-"),
        "epileptics": (_medicine("antiepileptic: a medicine for seizures"), "anti-"),
        "arrhythmic": (_medicine("antiarrhythmic: a medicine for heart rhythm problems"), "anti-"),
        "arrhythmics": (_medicine("antiarrhythmic: a medicine for heart rhythm problems"), "anti-"),
        "psychotics": (_medicine("antipsychotic: a medicine for psychosis"), "anti-"),
        "microbials": (_medicine("antimicrobial: an antibiotic, antiviral or antifungal"), "anti-"),
        "fungals": (_medicine("antifungal medicine"), "anti-"),
        "muscarinic": (_medicine("antimuscarinic: a family of medicines that block a nerve messenger"), "anti-"),
        "muscarinics": (_medicine("antimuscarinic: a family of medicines that block a nerve messenger"), "anti-"),
        "convulsant": (_medicine("anticonvulsant: a medicine for seizures"), "anti-"),
        "convulsants": (_medicine("anticonvulsant: a medicine for seizures"), "anti-"),
        "otherapy": (_medical("-therapy after a Greek or Latin stem names a kind of treatment "
                              "(light, radiation, drugs, the immune system)"), "-therapy"),
        "otherapies": (_medical("-therapy after a Greek or Latin stem names a kind of treatment "
                                "(light, radiation, drugs, the immune system)"), "-therapy"),
        "suppressed": (_medical("immunosuppressed: the immune system is damped down, so infections hit harder"),
                       "immunosuppressed"),
        "compromised": (_medical("immunocompromised: the body fights infection poorly"), "immunocompromised"),
        "compensated": (_medical("decompensated: an organ can no longer cope, so symptoms appear"),
                        "decompensated"),
    }, frozenset("""
        arthritis appendicitis tonsillitis bronchitis meningitis hepatitis conjunctivitis dermatitis
        laryngitis sinusitis gastroenteritis osteoarthritis cystitis hysterectomy vasectomy mastectomy
        appendectomy appendicectomy tonsillectomy lobotomy dichotomy colostomy microscopy anaemia anemia
        leukaemia leukemia academia nostalgia empathy sympathy antipathy apathy telepathy homeopathy
        osteopathy naturopathy diagnosis diagnoses prognosis osteoporosis psychosis psychoses tuberculosis
        hypnosis metamorphosis osmosis symbiosis neurosis neuroses halitosis cirrhosis apotheosis mitosis
        scoliosis diploma diplomas aroma aromas coma comas melanoma glaucoma oklahoma roma paloma soma
        tacoma analysis analyses paralysis dialysis catalysis electrolysis hydrolysis psychoanalysis
        trophy trophies atrophy apnoea apnea sclerosis hypothermia tachycardia rhinoplasty fibrosis
        manchuria liguria curia dyslexia thrombosis multiple mycosis
        exotic chaotic erotic patriotic neurotic robotic hypnotic quixotic idiotic antibiotic antibiotics
        probiotic probiotics narcotic despotic psychotic symbiotic osmotic semiotic
        psychopathic telepathic empathic homeopathic osteopathic sociopathic naturopathic
        photogenic carcinogenic hallucinogenic telegenic allergenic pathogenic transgenic oxygenic
        thermoplastic bioplastic
        diarrhoea gonorrhoea homeostasis ecstasis
        photography biography geography bibliography choreography calligraphy pornography typography
        cartography demography ethnography stenography topography lithography telegraphy cinematography
        holography crystallography oceanography autobiography discography filmography iconography
        lexicography orthography hagiography historiography videography cryptography radiography
        programme programmes program programs diagram diagrams telegram telegrams instagram kilogram
        kilograms milligram milligrams microgram micrograms histogram histograms hologram holograms
        anagram anagrams epigram epigrams pictogram pictograms nanogram nanograms cryptogram monogram
        sonogram mammogram mammograms
        anaesthesia myopia utopia dystopia ethiopia cornucopia
        suppressed compromised compensated uncompensated
        physiotherapy physiotherapies psychotherapy psychotherapies aromatherapy hypnotherapy hydrotherapy
    """.split()), r"(?i)[a-z]{{2,}}({})"),
    ("clinical", {
        "immunosuppressed": (_medical("the immune system is damped down, so infections hit harder"),
                             "immunosuppressed"),
        "immunocompromised": (_medical("the body fights infection poorly"), "immunocompromised"),
        "decompensated": (_medical("an organ can no longer cope, so symptoms appear"), "decompensated"),
    }, frozenset(), r"(?i)({})"),
    ("clinical", {
        "haem": (_medical("haem- or haemat- means blood"), "haem-"),
        "hem": (_medical("haem- or hemat- means blood"), "haem-"),
        "nephr": (_medical("nephr- means kidney"), "nephr-"),
        "hepat": (_medical("hepat- means liver"), "hepat-"),
        "cardio": (_medical("cardio- means heart"), "cardio-"),
        "myocard": (_medical("myocardial means the heart muscle"), "myocard-"),
        "pulmon": (_medical("pulmonary means the lungs"), "pulmon-"),
        "pneumo": (_medical("pneumo- means lung or air"), "pneumo-"),
        "gastr": (_medical("gastr- means stomach"), "gastr-"),
        "oste": (_medical("oste- means bone"), "oste-"),
        "arthr": (_medical("arthr- means joint"), "arthr-"),
        "angi": (_medical("angi- means blood vessel"), "angi-"),
        "thromb": (_medical("thromb- means blood clot"), "thromb-"),
        "encephal": (_medical("encephal- means brain"), "encephal-"),
        "mening": (_medical("mening- means the lining of the brain"), "mening-"),
        "ophthalm": (_medical("ophthalm- means eye"), "ophthalm-"),
        "dys": (_medical("dys- means difficult or abnormal"), "dys-"),
        "brady": (_medical("brady- means slow"), "brady-"),
        "tachy": (_medical("tachy- means fast"), "tachy-"),
        "pyel": (_medical("pyel- means the kidney's collecting system"), "pyel-"),
        "cholecyst": (_medical("cholecyst- means gallbladder"), "cholecyst-"),
        "chole": (_medical("chole- means bile"), "chole-"),
        "crani": (_medical("crani- means skull"), "crani-"),
        "cerebr": (_medical("cerebr- means brain"), "cerebr-"),
        "cyan": (_medical("cyanosed means blue from lack of oxygen"), "cyan-"),
        "necro": (_medical("necro- means dead tissue"), "necro-"),
        "intra": (_medical("intra- means inside a part of the body"), "intra-"),
        "peri": (_medical("peri- means around a part of the body"), "peri-"),
        "endo": (_medical("endo- means inside a part of the body"), "endo-"),
        "lymph": (_medical("lymph- means the lymph glands"), "lymph-"),
        "erythro": (_medical("erythro- means red blood cells"), "erythro-"),
        "leuc": (_medical("leuc- means white blood cells"), "leuc-"),
        "leuk": (_medical("leuk- means white blood cells"), "leuk-"),
        "immuno": (_medical("immuno- means the immune system"), "immuno-"),
        "vaso": (_medical("vaso- means blood vessels"), "vaso-"),
        "colo": (_medical("colo- means the large bowel"), "colo-"),
        "procto": (_medical("procto- means the back passage"), "procto-"),
        "laryng": (_medical("laryng- means the voice box"), "laryng-"),
        "trache": (_medical("trache- means the windpipe"), "trache-"),
        "bronch": (_medical("bronch- means the airways"), "bronch-"),
        "oesophag": (_medical("oesophag- means the gullet"), "oesophag-"),
        "esophag": (_medical("esophag- means the gullet"), "oesophag-"),
        "duoden": (_medical("duoden- means the start of the small bowel"), "duoden-"),
        "pancreat": (_medical("pancreat- means the pancreas"), "pancreat-"),
        "spleno": (_medical("splen- means the spleen"), "splen-"),
        "splen": (_medical("splen- means the spleen"), "splen-"),
        "ureth": (_medical("ureth- means the tube from the bladder"), "ureth-"),
        "ureter": (_medical("ureter- means the tube from kidney to bladder"), "ureter-"),
        "hydro": (_medical("hydro- means fluid building up"), "hydro-"),
        "hypo": (_medical("hypo- means too little or too low"), "hypo-"),
        "hyper": (_medical("hyper- means too much or too high"), "hyper-"),
        "oligo": (_medical("oligo- means too little"), "oligo-"),
        "poly": (_medical("poly- means too much or many"), "poly-"),
    }, frozenset("""
        haemorrhoids hemisphere hemispheres hemp hemlock hemming hemmed hemline hems hem
        osteopath osteopathy osteoporosis arthritis cardiology cardiologist cardiologists cardiovascular
        cardigan cardigans cardiologists gastronomy gastropub gastropubs gastroenteritis dysfunction
        dysfunctional dystopia dystopian dyslexia dyslexic angina angel angels angle angles angler
        anglers anglia angling angled angular angry angrier angst anguish anglican cholesterol choleric
        cholera cranium crania cyanide cyan necromancer intranet intranets intravenous intramural
        intractable intrastate intraday peril perils perimeter period periods periodic periodically
        periphery peripheral peripherals peripherally perish perished perishable periscope perimenopause
        periwinkle peripatetic endorse endorsed endorsement endorsements endow endowed endowment
        endurance endure endured endures enduring endless endlessly endeavour endeavours endeavor
        endorses endocrine endoscopy endoscopic lymphoma lymph immunology immunisation immunization
        immunise immunised vasovagal colony colonies colonial colonel colour colours colourful colored
        color colors colourblind colossal colon colons colorful colorado cologne colombo colombia
        hydrogen hydrated hydration hydrate hydrant hydraulic hydraulics hydroelectric hydrotherapy
        hydroplane hydrofoil hypothesis hypotheses hypothetical hypothetically hypothesise hypocrisy
        hypocrite hypocrites hypocritical hypoallergenic hypothermia hyperlink hyperlinks hyperlinked
        hyperbole hyperactive hyperactivity hypertext hyperscale hyperscaler hyperscalers hyperlocal
        hyperspace hyperventilate hypermarket hyperinflation oligopoly oligarch oligarchs oligarchy
        polytechnic polyester polygon polygons polymer polymers polythene polystyrene polyglot
        polynomial polyphonic polymath polyamory polygraph polyp polyps polyclinic polyclinics
        politely polish polished polishing polity pollen polar policy policies political politics
        politician politicians polite poll polls polling polled pollution pollute pollster
        tracheostomy bronchitis meningitis hepatitis dyspnoea tachycardia bradycardia hypotension
        hypertension hypertensive hypotensive hypoglycaemia hyperglycaemia ureteric
        laryngitis peritonitis pancreatitis pneumonia pneumatic pneumonias
    """.split()), r"(?i)({})[a-z]{{3,}}"),
    ("clinical", {word: (_medical(f"{word} means {meaning}"), word) for word, meaning in (
        ("pulmonary", "to do with the lungs"), ("renal", "to do with the kidneys"),
        ("hepatic", "to do with the liver"), ("cerebral", "to do with the brain"),
        ("vascular", "to do with blood vessels"), ("ventricular", "to do with the heart's pumping chambers"),
        ("atrial", "to do with the heart's upper chambers"), ("urinary", "to do with urine and the bladder"),
        ("gastric", "to do with the stomach"), ("thoracic", "to do with the chest"),
        ("lumbar", "to do with the lower back"), ("coronary", "to do with the heart's own arteries"),
        ("pleural", "to do with the lining of the lungs"), ("pericardial", "to do with the sac round the heart"),
        ("biliary", "to do with the bile ducts"), ("pancreatic", "to do with the pancreas"),
        ("femoral", "to do with the thigh"), ("carotid", "the big arteries in the neck"),
        ("aortic", "to do with the body's main artery"), ("mitral", "one of the heart's valves"),
        ("tricuspid", "one of the heart's valves"), ("bronchial", "to do with the airways"),
        ("cutaneous", "to do with the skin"), ("subcutaneous", "just under the skin"),
        ("cranial", "to do with the skull"), ("inguinal", "to do with the groin"),
        ("axillary", "to do with the armpit"),
        ("iliac", "to do with the hip bone or its arteries"), ("mesenteric", "to do with the bowel's blood supply"),
        ("peritoneal", "to do with the lining of the belly"), ("retroperitoneal", "behind the lining of the belly"),
        ("myocardial", "to do with the heart muscle"), ("sacral", "to do with the base of the spine"),
        ("perineal", "to do with the area between the legs"), ("hepatobiliary", "to do with the liver and bile ducts"),
        ("oliguric", "passing very little urine"), ("anuric", "passing no urine"),
        ("icteric", "yellow from jaundice"), ("jaundice", "yellow skin and eyes from liver trouble"),
        ("jaundiced", "yellow skin and eyes from liver trouble"), ("cachectic", "wasted and very thin from illness"),
        ("diaphoretic", "sweating heavily"), ("obtunded", "drowsy and slow to respond"),
        ("afebrile", "without a fever"), ("febrile", "with a fever"), ("tachypnoeic", "breathing fast"),
        ("ferritin", "a blood test of the body's iron stores"), ("albumin", "a blood protein made by the liver"),
        ("bilirubin", "a yellow pigment measured to check the liver"), ("creatinine", "a blood test of kidney function"),
        ("procalcitonin", "a blood test that rises with bacterial infection"), ("amylase", "a blood test for pancreatitis"),
        ("lipase", "a blood test for pancreatitis"), ("folate", "a vitamin measured in the blood"),
        ("cortisol", "a stress hormone measured in the blood"), ("calprotectin", "a stool test for gut inflammation"),
        ("fibrinogen", "a clotting protein measured in the blood"), ("haptoglobin", "a blood test for red cells breaking down"),
        ("transaminases", "the liver enzymes in the blood tests"),
        ("phosphate", "a mineral measured in the blood"), ("urate", "uric acid in the blood, raised in gout"),
        ("sputum", "phlegm coughed up"), ("catheter", "a thin tube put into the body, often to drain urine"),
        ("catheterised", "given a tube to drain urine"), ("nebuliser", "a machine that turns medicine into a mist to breathe"),
        ("nebulisers", "machines that turn medicine into a mist to breathe"), ("nebs", "nebulised medicines"),

        ("transplant", "an organ from a donor put into a patient"),
    )}, frozenset(), r"(?i)({})"),
    ("clinical", {
        "olol": (_medicine("beta blocker, which slows the heart and lowers blood pressure"), "-olol"),
        "pril": (_medicine("blood pressure and heart medicine, an ACE inhibitor"), "-pril"),
        "sartan": (_medicine("blood pressure medicine"), "-sartan"),
        "statin": (_medicine("cholesterol-lowering medicine, a statin"), "-statin"),
        "prazole": (_medicine("stomach-acid reducer"), "-prazole"),
        "mab": (_medicine("antibody medicine, often for cancer or immune disease"), "-mab"),
        "cillin": (_medicine("penicillin-type antibiotic"), "-cillin"),
        "mycin": (_medicine("antibiotic"), "-mycin"),
        "micin": (_medicine("antibiotic"), "-mycin"),
        "floxacin": (_medicine("antibiotic"), "-floxacin"),
        "cycline": (_medicine("antibiotic"), "-cycline"),
        "penem": (_medicine("strong antibiotic"), "-penem"),
        "ceftriaxone": (_medicine("antibiotic"), "cef-"),
        "xaban": (_medicine("blood thinner"), "-xaban"),
        "gatran": (_medicine("blood thinner"), "-gatran"),
        "parin": (_medicine("blood-thinning injection"), "-parin"),
        "gliflozin": (_medicine("diabetes tablet"), "-gliflozin"),
        "gliptin": (_medicine("diabetes tablet"), "-gliptin"),
        "glitazone": (_medicine("diabetes tablet"), "-glitazone"),
        "glutide": (_medicine("diabetes and weight-loss injection"), "-glutide"),
        "formin": (_medicine("diabetes tablet"), "-formin"),
        "dipine": (_medicine("blood pressure medicine"), "-dipine"),
        "semide": (_medicine("water tablet, a diuretic"), "-semide"),
        "thiazide": (_medicine("water tablet, a diuretic"), "-thiazide"),
        "tinib": (_medicine("targeted cancer drug"), "-tinib"),
        "ciclib": (_medicine("targeted cancer drug"), "-ciclib"),
        "ciclovir": (_medicine("antiviral"), "-vir"),
        "vir": (_medicine("antiviral"), "-vir"),
        "azole": (_medicine("anti-infective medicine"), "-azole"),
        "olone": (_medicine("steroid"), "-olone"),
        "asone": (_medicine("steroid"), "-asone"),
        "isone": (_medicine("steroid"), "-isone"),
        "lukast": (_medicine("asthma tablet"), "-lukast"),
        "terol": (_medicine("inhaler that opens the airways"), "-terol"),
        "tidine": (_medicine("stomach-acid reducer"), "-tidine"),
        "setron": (_medicine("anti-sickness medicine"), "-setron"),
        "azepam": (_medicine("sedative, a benzodiazepine"), "-azepam"),
        "azolam": (_medicine("sedative, a benzodiazepine"), "-azolam"),
        "oxetine": (_medicine("antidepressant"), "-oxetine"),
        "traline": (_medicine("antidepressant"), "-traline"),
        "talopram": (_medicine("antidepressant"), "-talopram"),
        "triptyline": (_medicine("antidepressant, also used for nerve pain"), "-triptyline"),
        "apine": (_medicine("antipsychotic or antidepressant"), "-apine"),
        "idone": (_medicine("antipsychotic"), "-idone"),
        "afil": (_medicine("medicine that widens blood vessels"), "-afil"),
        "dronate": (_medicine("bone-strengthening medicine"), "-dronate"),
        "caine": (_medicine("local anaesthetic"), "-caine"),
        "codone": (_medicine("strong painkiller, an opioid"), "-codone"),
        "morphone": (_medicine("strong painkiller, an opioid"), "-morphone"),
        "fenac": (_medicine("anti-inflammatory painkiller"), "-fenac"),
        "grel": (_medicine("anti-platelet medicine"), "-grel"),
        "grelor": (_medicine("anti-platelet medicine"), "-grel"),
        "teplase": (_medicine("clot-busting medicine"), "-teplase"),
        "tropium": (_medicine("inhaler that opens the airways"), "-tropium"),
        "sonide": (_medicine("steroid"), "-sonide"),
        "amide": (_medicine("medicine, often a water tablet or a diabetes or sickness tablet"), "-amide"),
        "oxacin": (_medicine("antibiotic"), "-oxacin"),
        "conazole": (_medicine("antifungal"), "-azole"),
        "platin": (_medicine("chemotherapy drug"), "-platin"),
        "rubicin": (_medicine("chemotherapy drug"), "-rubicin"),
        "taxel": (_medicine("chemotherapy drug"), "-taxel"),
        "limus": (_medicine("immune-suppressing medicine"), "-limus"),
        "tacrolimus": (_medicine("immune-suppressing medicine"), "-limus"),
        "nidazole": (_medicine("antibiotic"), "-azole"),
        "lamide": (_medicine("medicine"), "-amide"),
        "racetam": (_medicine("anti-seizure medicine"), "-racetam"),
        "trexate": (_medicine("immune-suppressing or cancer medicine"), "-trexate"),
    }, frozenset("""
        april cocaine novocaine cholesterol alpine saline adrenaline penicillin insulin
        ibuprofen paracetamol aspirin oestrogen
    """.split()), r"(?i)[a-z]{{3,}}({})s?"),
    # single medical words whose shape gives nothing away ("pallor", "tenesmus", "ataxia"), including
    # ones too short for their ending's family ("a-taxia", "a-phasia"), and common medicines by their
    # generic or brand names whose endings give nothing away ("lactulose", "Symbicort"): a word on its
    # own is enough, since none of them is an everyday word (one group: one pattern to try per word)
    ("clinical", {**{word: (_medical(f"{word} means {meaning}"), word) for word, meaning in (
        ("tenesmus", "a constant feeling of needing to open the bowels"),
        ("pruritus", "itching"),
        ("pruritic", "itchy"),
        ("pallor", "unusual paleness, often from anaemia or shock"),
        ("petechiae", "tiny red or purple spots from bleeding under the skin"),
        ("petechial", "with tiny spots of bleeding under the skin"),
        ("purpura", "purple patches from bleeding under the skin"),
        ("purpuric", "with purple patches of bleeding under the skin"),
        ("urticaria", "hives, an itchy raised rash"),
        ("urticarial", "like hives"),
        ("pseudogout", "a gout-like joint attack from calcium crystals"),
        ("sarcoid", "sarcoidosis, clumps of inflamed cells in the lungs and elsewhere"),
        ("anasarca", "swelling from fluid all over the body"),
        ("vasovagal", "a faint brought on by pain, fear or standing, with a slow pulse"),
        ("ataxia", "unsteady, clumsy movement"),
        ("ataxic", "unsteady and clumsy in movement"),
        ("aphasia", "loss of the ability to use or understand language"),
        ("aphasic", "unable to use or understand language"),
        ("myasthenia", "a disease that makes muscles tire and weaken with use"),
        ("sundowning", "confusion and agitation that worsen in the evening in dementia"),
        ("rhabdo", "rhabdomyolysis, muscle breaking down and harming the kidneys"),
        ("claudication", "leg pain on walking from narrowed arteries"),
        ("crepitations", "crackles heard in the lungs with a stethoscope"),
        ("photophobia", "pain or discomfort from light"),
        ("papilloedema", "swelling at the back of the eye from raised pressure in the skull"),
        ("papilledema", "swelling at the back of the eye from raised pressure in the skull"),
        ("metaraminol", "a medicine that raises blood pressure quickly"),
        ("noradrenaline", "a drip that raises blood pressure, usually in intensive care"),
        ("vasopressors", "drips that raise blood pressure"),
        ("inotropes", "drips that make the heart pump harder"),
        ("diplopia", "double vision"),
        ("dysarthria", "slurred speech"),
        ("hemiparesis", "weakness down one side of the body"),
        ("haemoptysis", "coughing up blood"),
        ("hemoptysis", "coughing up blood"),
        ("meningism", "signs of an irritated brain lining: stiff neck, dislike of light"),
        ("cellulitis", "a spreading infection of the skin"),
        ("haematuria", "blood in the urine"),
    )}, **{name: (_medicine(kind), "medicine name") for name, kind in (
        ("dihydrocodeine", "strong painkiller, an opioid"),
        ("sevredol", "strong painkiller, an opioid"),
        ("zomorph", "strong painkiller, an opioid"),
        ("oxynorm", "strong painkiller, an opioid"),
        ("oxycontin", "strong painkiller, an opioid"),
        ("buprenorphine", "strong painkiller, an opioid"),
        ("tapentadol", "strong painkiller, an opioid"),
        ("nefopam", "painkiller"),
        ("gabapentin", "nerve-pain medicine"),
        ("pregabalin", "nerve-pain medicine"),
        ("prochlorperazine", "anti-sickness medicine"),
        ("levomepromazine", "anti-sickness medicine"),
        ("haloperidol", "antipsychotic, also used for agitation and sickness"),
        ("hyoscine", "medicine that dries secretions and eases gut spasm"),
        ("buscopan", "medicine that dries secretions and eases gut spasm"),
        ("glycopyrronium", "medicine that dries secretions and eases gut spasm"),
        ("lactulose", "laxative"),
        ("senna", "laxative"),
        ("laxido", "laxative"),
        ("movicol", "laxative"),
        ("docusate", "laxative"),
        ("bisacodyl", "laxative"),
        ("sucralfate", "stomach-protecting medicine"),
        ("mesalazine", "anti-inflammatory medicine for the bowel"),
        ("pabrinex", "vitamin B1 given to heavy drinkers to protect the brain"),
        ("thiamine", "vitamin B1 given to heavy drinkers to protect the brain"),
        ("creon", "pancreatic enzyme capsule taken with food"),
        ("salbutamol", "inhaler that opens the airways"),
        ("ventolin", "inhaler that opens the airways"),
        ("atrovent", "inhaler that opens the airways"),
        ("spiriva", "inhaler that opens the airways"),
        ("symbicort", "combination inhaler with a steroid"),
        ("seretide", "combination inhaler with a steroid"),
        ("fostair", "combination inhaler with a steroid"),
        ("trimbow", "combination inhaler with a steroid"),
        ("theophylline", "airway-opening medicine"),
        ("aminophylline", "airway-opening medicine"),
        ("carbocisteine", "medicine that loosens phlegm"),
        ("carvedilol", "heart and blood pressure medicine"),
        ("diltiazem", "heart and blood pressure medicine"),
        ("verapamil", "heart and blood pressure medicine"),
        ("doxazosin", "heart and blood pressure medicine"),
        ("eplerenone", "heart and blood pressure medicine"),
        ("ivabradine", "heart and blood pressure medicine"),
        ("hydralazine", "heart and blood pressure medicine"),
        ("labetalol", "heart and blood pressure medicine"),
        ("methyldopa", "heart and blood pressure medicine"),
        ("sacubitril", "heart failure medicine"),
        ("entresto", "heart failure medicine"),
        ("ranolazine", "angina medicine"),
        ("nicorandil", "angina medicine"),
        ("isosorbide", "angina medicine"),
        ("flecainide", "heart rhythm medicine"),
        ("sotalol", "heart rhythm medicine"),
        ("adenosine", "heart rhythm medicine"),
        ("atropine", "medicine that speeds a slow heart"),
        ("alteplase", "clot-busting medicine"),
        ("tranexamic", "medicine that helps blood to clot"),
        ("protamine", "medicine that helps blood to clot"),
        ("andexanet", "medicine that helps blood to clot"),
        ("beriplex", "medicine that helps blood to clot"),
        ("octaplex", "medicine that helps blood to clot"),
        ("ferinject", "iron infusion"),
        ("monofer", "iron infusion"),
        ("filgrastim", "medicine that boosts white blood cells"),
        ("gliclazide", "diabetes medicine"),
        ("glimepiride", "diabetes medicine"),
        ("ozempic", "diabetes medicine"),
        ("tirzepatide", "diabetes medicine"),
        ("mounjaro", "diabetes medicine"),
        ("novomix", "diabetes medicine"),
        ("glucagon", "emergency treatment for a low blood sugar"),
        ("glucogel", "emergency treatment for a low blood sugar"),
        ("augmentin", "antibiotic"),
        ("cefalexin", "antibiotic"),
        ("cefazolin", "antibiotic"),
        ("amikacin", "antibiotic"),
        ("linezolid", "antibiotic"),
        ("pivmecillinam", "antibiotic"),
        ("septrin", "antibiotic"),
        ("chloramphenicol", "antibiotic"),
        ("fusidic", "antibiotic"),
        ("mupirocin", "antibiotic"),
        ("rifampicin", "tuberculosis medicine"),
        ("isoniazid", "tuberculosis medicine"),
        ("ethambutol", "tuberculosis medicine"),
        ("keppra", "anti-seizure medicine"),
        ("valproate", "anti-seizure medicine"),
        ("epilim", "anti-seizure medicine"),
        ("lamotrigine", "anti-seizure medicine"),
        ("carbamazepine", "anti-seizure medicine"),
        ("phenytoin", "anti-seizure medicine"),
        ("clobazam", "anti-seizure medicine"),
        ("citalopram", "antidepressant"),
        ("venlafaxine", "antidepressant"),
        ("trazodone", "antidepressant"),
        ("donepezil", "dementia medicine"),
        ("memantine", "dementia medicine"),
        ("rivastigmine", "dementia medicine"),
        ("galantamine", "dementia medicine"),
        ("levodopa", "Parkinson's medicine"),
        ("madopar", "Parkinson's medicine"),
        ("sinemet", "Parkinson's medicine"),
        ("ropinirole", "Parkinson's medicine"),
        ("pramipexole", "Parkinson's medicine"),
        ("rasagiline", "Parkinson's medicine"),
        ("baclofen", "muscle relaxant"),
        ("acamprosate", "medicine that helps people stay off alcohol or opioids"),
        ("naltrexone", "medicine that helps people stay off alcohol or opioids"),
        ("disulfiram", "medicine that helps people stay off alcohol or opioids"),
        ("flumazenil", "medicine that reverses sedatives"),
        ("allopurinol", "gout medicine"),
        ("febuxostat", "gout medicine"),
        ("colchicine", "gout medicine"),
        ("levothyroxine", "thyroid medicine"),
        ("propylthiouracil", "thyroid medicine"),
        ("carbimazole", "thyroid medicine"),
        ("adcal", "calcium and vitamin D supplement"),
        ("calcichew", "calcium and vitamin D supplement"),
        ("tamsulosin", "prostate medicine"),
        ("finasteride", "prostate medicine"),
        ("oxybutynin", "bladder medicine"),
        ("solifenacin", "bladder medicine"),
        ("mirabegron", "bladder medicine"),
        ("azathioprine", "immune-suppressing medicine"),
        ("mycophenolate", "immune-suppressing medicine"),
        ("ciclosporin", "immune-suppressing medicine"),
        ("sulfasalazine", "immune-suppressing medicine"),
        ("leflunomide", "immune-suppressing medicine"),
        ("sandocal", "potassium or calcium supplement"),
        ("kayexalate", "medicine that lowers a high potassium"),
        ("resonium", "medicine that lowers a high potassium"),
        ("ergometrine", "medicine used in childbirth to make the womb contract"),
        ("carboprost", "medicine used in childbirth to make the womb contract"),
        ("syntometrine", "medicine used in childbirth to make the womb contract"),
        ("misoprostol", "medicine used to end a pregnancy or manage a miscarriage"),
        ("mifepristone", "medicine used to end a pregnancy or manage a miscarriage"),
    )}}, frozenset(), r"(?i)({})"),
)


# Breadth added in the seventh round, category by category (roles, places, note-writing
# abbreviations, ward risk scores, infection control, discharge flow, governance).
_MORE_CLINICAL = """
urinary symptoms | the bladder complaints doctors ask about: burning, needing to go often or urgently, getting up at night | - | aka=urinary frequency; frequency; urgency; nocturia; LUTS; lower urinary tract symptoms; hesitancy; terminal dribbling; poor stream | amb=frequency; urgency; hesitancy; poor stream | cues=dysuria; urine; UTI; passing urine; bladder; prostate; catheter; nocturia; urinary; wee; pain
rigors | violent shivering fits with a fever, a sign of infection in the blood | like a fan spinning up hard because the system is overheating | aka=rigoring; rigored; shaking chills
coryzal | with cold symptoms: a runny nose and sore throat | - | aka=coryza; viral URTI; upper respiratory tract infection; URTI symptoms
pleuritic | a sharp chest pain that catches on breathing in | like a fault that only shows when the system is under load | aka=pleuritic chest pain; pleuritic pain; pleurisy; productive cough; productive of sputum; sputum production; exertional; exertional chest pain; on exertion; exercise tolerance | amb=on exertion; exercise tolerance | cues=pain; chest; breathless; SOB; short of breath; walk; walking; stairs; metres; yards
clubbing | fingertips that swell and curve, a sign of long-standing lung or heart disease | like a hardware change that says a fault has been there for months | aka=finger clubbing; nail clubbing | amb=clubbing | cues=finger; fingers; nails; lung; chest; cancer; fibrosis; signs; examination; has; he has; she has | anti=night; nightclub; weekend; drinks; friends; club; town; Friday; Saturday
guarding | the tummy muscles tensing when pressed, a sign of inflammation inside | like a system refusing a request because something behind it is already failing | aka=rebound tenderness; rebound; rigid abdomen; peritonism; peritonitic; peritonitis; Rovsing's sign; Murphy's sign | amb=guarding; rebound | cues=abdomen; abdominal; tender; tenderness; RIF; appendicitis; surgical; surgeons; palpation; tummy; belly; has
focal neurology | signs of a problem in one part of the brain or nerves, such as weakness on one side | like an error confined to one module rather than the whole system | aka=focal neurological deficit; focal neurological deficits; focal deficit; focal deficits; pronator drift; PERLA; PEARL; PERRLA; pupils equal and reactive; upgoing plantar; upgoing plantars; neuro obs; neurological observations; reflexes; tone and power; facial droop; expressive dysphasia; receptive dysphasia; dysphasia; dysarthria | amb=reflexes; facial droop | cues=stroke; neuro; neurology; weakness; side; arm; leg; brisk; examination; limbs; CT; pupils; speech
capillary refill | how fast colour comes back to a pressed fingertip, a quick check of circulation | like a ping time: slow return means the network is struggling | aka=cap refill; CRT time; mottled; mottling; peripherally shut down; shut down peripherally; cool peripheries; cold peripheries; peripheries | amb=mottled; mottling; peripheries | cues=skin; knees; legs; looks; septic; sepsis; cold; cool; shocked; shut down; hypotensive; patient; seconds; hands; feet | anti=paint; colour scheme; leaves; marble; wood; fabric; pattern
saturating | keeping a given blood oxygen level, measured by the finger probe | like a throughput figure read off a monitor | aka=saturating well; desaturating; desaturated; desatted; desats; desat; dropped her sats; dropped his sats | amb=saturating | cues=sats; oxygen; %; air; room air; litres; nasal; mask; well; at; on; patient; breathing; chest
chest clear | the stethoscope heard nothing abnormal in the lungs | like a clean scan: no errors found on this check | aka=chest is clear; clear chest; chest sounds clear; chest was clear; good air entry; reduced air entry; reduced air entry at the bases; at the bases
epigastric | the upper middle part of the tummy, just below the ribs | like a named region on a map that saves describing where it is | aka=epigastrium; epigastric pain; iliac fossa; right iliac fossa; left iliac fossa; RIF; LIF; RUQ; RUQ pain; LUQ pain; suprapubic; loin pain; renal angle; renal angle tenderness; periumbilical | amb=RIF; LIF | cues=pain; tender; tenderness; abdomen; abdominal; appendicitis; mass; scan; ultrasound; examination
colicky | pain that comes and goes in waves, as from a blocked tube | like a queue that jams, clears and jams again | aka=colicky pain; renal colic; biliary colic; ureteric colic | amb=colicky | cues=pain; abdominal; abdomen; loin; kidney; stone; stones; gallstones; waves; comes and goes; it's
baseline | what a patient is normally like when well, used to judge how far they have fallen | like the normal operating profile you compare an incident against | aka=back to baseline; at baseline; from baseline; from her baseline; from his baseline; her baseline; his baseline; usual self; premorbid; pre-morbid; premorbid function | amb=baseline; back to baseline; at baseline; from baseline; her baseline; his baseline | cues=frame; walking; walks; mobility; mobile; confused; confusion; cognition; cognitively; independent; function; functional; delirium; delirious; stick; carers; home; mobilising | anti=activity; percent; %; 2019; 2020; 2023; 2024; funding; ERF; figures; data; target; targets; pays; payment; budget; above the baseline; below the baseline; measurement; measurements; survey; audit; study; trial
walking frame | a metal frame on legs or wheels that someone leans on to walk safely | - | aka=walking frames; Zimmer frame; Zimmer; zimmer frame; rollator; four-wheeled walker; mobile with a frame; mobilises with a frame; mobilising with a frame; mobile with a stick; mobilises with a stick; walking aid; walking aids; mobility aid; mobility aids; wheeled frame; gutter frame | amb=Zimmer | cues=frame; walking; walks; mobile; mobilises; mobilising; physio; falls; home; stick
benzodiazepines | sedative medicines for anxiety, fits or alcohol withdrawal, which can be habit-forming | like a sleep mode that is easy to switch on and hard to switch off | aka=benzodiazepine; benzos; benzo; diazepam; lorazepam; midazolam; chlordiazepoxide; Librium; Valium; Z-drugs; zopiclone
tracheostomy | a breathing tube put in through the front of the neck | like a bypass line that goes round the normal route | aka=trachy; trache; tracheostomies; trachy tube; laryngectomy; laryngectomee
barium swallow | an X-ray of the gullet while swallowing a chalky drink that shows up on film | - | aka=barium meal; barium enema; contrast swallow; videofluoroscopy; video fluoroscopy; VFSS; FEES
Gram-negative | a group of bacteria told apart by a lab stain, several of them hard to treat | like a class of bugs flagged by one quick lab test before the full identification comes back | aka=Gram negative; Gram-negatives; Gram-positive; Gram positive; Gram-positives; Gram stain; Gram-negative sepsis; gram-negative; gram-positive; GNB; GPC; coliform; coliforms; E. coli bacteraemia; bacteraemia; bacteremia
fluid challenge | a quick bag of fluid given to see whether blood pressure and urine output pick up | like a quick load test to see if the system responds before you add more capacity | aka=fluid challenges; fluid responsive; fluid-responsive; fluid responsiveness; passive leg raise
left ventricle | the heart's main pumping chamber, which sends blood round the body | like the main pump in a cooling loop: when it weakens, everything downstream backs up | aka=right ventricle; ventricle; ventricles; ventricular; LV function; RV function; LV dysfunction; RV dysfunction; LV impairment; impaired LV; septum; septal | amb=septum; septal; ventricle; ventricles | cues=heart; echo; cardiac; LV; RV; ECG; murmur; function; weak; dilated; pumping
atrium | one of the two upper chambers of the heart, which fill the pumping chambers below | like the holding tank in front of the main pump | aka=atria; left atrium; right atrium
heart valve | one of the one-way flaps that keep blood flowing forwards through the heart | like a non-return valve in a pipe: a leaky or stiff one makes the pump work harder | aka=mitral valve; aortic valve; tricuspid valve; pulmonary valve; heart valves
digoxin | a heart drug that slows a fast irregular heartbeat; its blood level is checked because too much is poisonous | like a rate limiter whose own setting must be watched, or it throttles everything | aka=dig level; digoxin level; digoxin toxicity; dig toxicity; amiodarone; rate control; rhythm control; rate-controlled
fluid overloaded | holding too much fluid, often because the heart or kidneys are not coping: swollen legs, wet lungs | like a queue with more coming in than the system can clear | aka=fluid overload; overloaded with fluid; fluid positive; positive fluid balance; wet on the chest; crackles to the mid zones | amb=fluid positive | cues=balance; litres; oedema; furosemide; diuretic; chest; legs; heart; renal; kidney
clinically dry | short of fluid in the body, judged at the bedside | like a system low on its main input before the alarms have gone | aka=looks dry; dry mucous membranes; intravascularly deplete; intravascularly depleted; hypovolaemic; hypovolemic; she's dry; he's dry; bit dry; very dry | amb=she's dry; he's dry; bit dry; very dry | cues=fluids; fluid; bolus; IV; drip; urine; AKI; creatinine; needs; dehydrated; drinking; tongue; cap refill
aspiration | food, drink or vomit going down into the lungs instead of the stomach | like data written to the wrong table: it lands where it causes damage | aka=aspirated; aspirating; aspiration risk; silent aspiration; aspiration event | amb=aspiration; aspirated; aspirating | cues=swallow; SALT; chest; pneumonia; food; fluids; vomit; vomited; NBM; fed; feeding; eating; drinking; choked; coughing
"""

_MORE_WORKFLOW = """
social admission | an admission because the person cannot manage at home, though nothing new needs treating in hospital | like a ticket raised because the workaround broke, not the system | aka=social admissions; acopia; off legs; off her legs; off his legs; gone off legs; off her feet; off his feet; failure to cope; not coping at home; carer breakdown; carer strain; care breakdown; failed discharge; failed discharges | amb=off her feet; off his feet; not coping at home | cues=patient; admitted; admission; home; carers; care; falls; fell; elderly; frail; daughter; son; since; days
anticipatory medicines | medicines prescribed ahead for someone dying, so a nurse can give them the moment symptoms start | like pre-approved runbook steps the on-call can run without waking anyone | aka=anticipatory meds; anticipatory medications; anticipatory prescribing; just in case medicines; just-in-case medicines; just in case meds; JIC meds; JIC; syringe driver; syringe drivers; CSCI; McKinley | amb=JIC | cues=meds; medicines; palliative; dying; end of life; EoL; written up; nurse; morphine; midazolam
telemetry | a portable heart monitor that sends the patient's rhythm to a screen at the nurses' station | like live monitoring on a server, with an alarm when the trace goes wrong | aka=on telemetry; cardiac telemetry; cardiac monitor; cardiac monitoring; on a monitor; tele bed | amb=telemetry; cardiac monitoring; on a monitor | cues=he's; she's; patient; ECG; rhythm; cardiac; monitored; bed; CCU; arrhythmia; AF; VT; pauses; heart; chest pain; syncope; ward
advance care planning | talking through, ahead of time, what care a person would and would not want if they became very ill | like agreeing the runbook with the system's owner before the outage, not during it | aka=advance care plan; advance care plans; ADRT; advance decision; advance decisions; advance decision to refuse treatment; advance statement; preferred place of death; PPD; preferred place of care | amb=advance decision; advance decisions; advance statement | cues=patient; refuse; treatment; GP; family; end of life; palliative; wishes; DNACPR; ReSPECT; care
enhanced observation | a member of staff stays with one patient at risk all the time, or always within sight | like a dedicated monitor watching one critical job instead of sampling every few minutes | aka=enhanced observations; enhanced obs; enhanced care; enhanced care needs; one-to-one; 1-to-1; specialling; specialled; special; within eyesight; arm's length observation; bay watch; cohort bay nurse | amb=one-to-one; 1-to-1; special; enhanced care | cues=patient; nurse; nurses; HCA; RMN; confused; delirium; delirious; falls; fall; night; nights; overnight; wandering; agitated; needs; bank; ward; bay
preceptorship | the supported first months of a newly qualified nurse, with a named senior to guide them | like a new starter's probation period with a buddy | aka=preceptee; preceptees; preceptor; preceptors; preceptorship programme; newly qualified nurse; NQN; NQNs
safer nursing care tool | a survey of how dependent each patient is, used to work out how many nurses a ward needs | like capacity planning from measured load rather than a fixed headcount | aka=SNCT; SafeCare; Safe Care; Safer Care; safe staffing; staffing establishment; establishment review; red flag staffing; red flag event | amb=Safe Care; Safer Care; establishment review | cues=nurse; nurses; nursing; staffing; ward; wards; tool; shift; nights; HCA; HCAs; beds
specialty training | the years of supervised posts a doctor works through after the foundation years to become a consultant or GP | like the levels from junior to senior engineer, each with its own assessments | aka=core training; foundation programme; foundation training; specialty trainee; specialty trainees; run-through training; higher specialty training; higher trainee; higher trainees; training number; NTN; OOPE; OOPR; OOP; out of programme | amb=core training | cues=interview; interviews; rotation; doctor; doctors; trainee; trainees; deanery; ARCP; post; posts; IMT; CT1; CT2
Ix | the tests: investigations planned or done | like the diagnostics you run before deciding on a fix | exp=investigations
Mx | the management plan: what will be done next | like the action list at the end of an incident report | exp=management | amb=Mx | cues=Ix; Dx; Hx; Mx; Rx; Sx; PC; HPC; PMH; DH; SH; O/E; OE; plan; imp; impression; bloods; antibiotics; fluids; IV; review; admit; admitted; discharge; patient; pain; SOB; cough; fever; vomiting; days; weeks; history; presents; presented; with; analgesia; oral; stat; PRN
Hx | the history: what the patient says happened | like the user's account in a bug report | exp=history
Rx | the treatment, or a prescription | - | exp=treatment or prescription | amb=Rx | cues=Ix; Dx; Hx; Mx; Rx; Sx; PC; HPC; PMH; DH; SH; O/E; OE; plan; imp; impression; bloods; antibiotics; fluids; IV; review; admit; admitted; discharge; patient; pain; SOB; cough; fever; vomiting; days; weeks; history; presents; presented; with; analgesia; oral; stat; PRN
Sx | the symptoms | - | exp=symptoms
c/o | complaining of: what the patient says is wrong | like the first line of a ticket in the user's own words | exp=complaining of | aka=C/O | amb=c/o; C/O | cues=Ix; Dx; Hx; Mx; Rx; Sx; PC; HPC; PMH; DH; SH; O/E; OE; plan; imp; impression; bloods; antibiotics; fluids; IV; review; admit; admitted; discharge; patient; pain; SOB; cough; fever; vomiting; days; weeks; history; presents; presented; with; analgesia; oral; stat; PRN
r/v | review: see the patient again | like a scheduled re-check of a fix | exp=review | aka=R/V; r/v'd
N&V | nausea and vomiting | - | exp=nausea and vomiting | aka=D&V; diarrhoea and vomiting; nausea and vomiting
PR bleed | bleeding from the back passage | - | aka=PR bleeding; rectal bleed; rectal bleeding; fresh red blood PR; melaena; malaena; coffee ground vomit; haematemesis
MUST score | a screening score for malnutrition done on admission | like a triage score for whether someone is eating enough | aka=MUST; MUST screen; MUST screening; malnutrition universal screening tool
Waterlow | a score for how likely a patient is to get a pressure sore | like a risk score run on every admission so the high-risk ones get extra checks | aka=Waterlow score; Braden; Braden score; pressure area checks; turning chart; intentional rounding; SSKIN
norovirus | the winter vomiting bug, which closes wards because it spreads so fast | like a worm that jumps from machine to machine on the same network | aka=noro; bay closure; bay closed; ward closure; closed to admissions; D&V outbreak | amb=noro | cues=bay; ward; closed; outbreak; patients; vomiting; IPC
barrier nursing | nursing a patient apart, with gloves and aprons, so an infection does not spread | like quarantining one machine while you clean it | aka=barrier nursed; barrier-nursed; isolated in a side room; isolation room; cohorting; cohorted; cohort bay; source isolation; contact precautions; enhanced precautions
discharge lounge | a waiting area where patients who are ready to go home wait for transport or medicines, freeing their bed | like a staging area that frees the live slot before the job has fully left | aka=discharge lounges; transfer lounge
criteria-led discharge | a nurse may send a patient home once agreed conditions are met, without waiting for a doctor | like an automatic release once the checklist passes, without waiting for sign-off | aka=criteria led discharge; CLD; nurse-led discharge; nurse led discharge
Care Act assessment | the council's assessment of what care and support a person needs at home | - | aka=social care assessment; social work assessment; needs assessment; care needs assessment; restart of care; care restart | amb=needs assessment | cues=home; care; carers; discharge; social; package; restart; patient; council
consultant of the week | the consultant who looks after a ward or the take for a whole week, for continuity | like the on-call engineer who owns every incident for one week | aka=COW; CoW; consultant of the day; post-take consultant; take consultant; on-call consultant; acute physician of the week | amb=COW | cues=ward; take; consultant; round; week; on
in theatre | away in the operating theatre | like being deep in a release: unreachable until it is done | aka=to theatre; for theatre; from theatre; in theatres; back to theatre; in majors; to majors; in minors; to minors; in resus; to resus; into resus; straight to resus; moved to resus
"""

_MORE_STRUCTURES = """
NHS Oversight Framework | how NHS England rates each trust and decides how much scrutiny or help it gets | like a supplier rating that decides how closely they are audited | aka=oversight framework; NOF segment; segment 1; segment 2; segment 3; segment 4; tiering; tiered; recovery support programme; RSP; special measures | amb=segment 1; segment 2; segment 3; segment 4; tiered; tiering | cues=trust; trusts; NHSE; NHS England; cancer; elective; framework; oversight; rated; rating; performance; ICB
independent sector | private hospitals and companies paid by the NHS to treat NHS patients | like outsourcing a workload to a contractor when your own team is full | aka=independent sector provider; independent sector providers; ISP; ISPs; private provider; private providers; mutual aid | amb=ISP; ISPs; private provider; private providers; mutual aid | cues=NHS; patients; hips; knees; cataracts; elective; waiting; list; lists; trust; operations; surgery; backlog
Freedom to Speak Up | the NHS route for staff to raise worries about safety or behaviour, with a named guardian to go to | like a protected channel for reporting problems without fear of blame | aka=FTSU; speak up guardian; speaking up guardian; Freedom to Speak Up guardian; being open | amb=being open | cues=conversation; family; incident; harm; apology; candour; error; policy
clinical safety officer | the clinician who signs off that a digital system is safe for patients | like the named approver on a release that could harm someone | aka=CSO; clinical safety case; safety case report; clinical risk management; clinical safety; clinical safety sign-off; DCB 0129; DCB 0160
information governance | the NHS rules and team for handling patient information lawfully and safely | like data protection with a clinical twist, and its own approvers | aka=IG; IG team; IG lead; IG toolkit; IG training; IG sign-off; IG approval; data sharing agreement; DSA; information sharing agreement; ISA; section 251; s251 | amb=ISA; DSA | cues=data; sharing; signed; agreement; patient; IG; trust; share
trust board | the hospital trust's board of directors, executives and non-executives, that answers for the whole organisation | like the company board that signs off what each team does | aka=trust boards; board of directors; board papers; public board; integrated performance report; IPR; quality committee | amb=IPR | cues=board; risk; risks; paper; report; committee; month
specialist register | the GMC's list of doctors fully trained to be consultants | like a professional certification that says you can lead your own service | aka=GP register; CESR; portfolio pathway; on the register
medical examiner | a senior doctor, independent of the team, who reviews every death and talks to the family | like an independent reviewer of every serious incident, before the report is filed | aka=medical examiners; ME office; medical examiner office; MCCD; medical certificate of cause of death; death certificate; cause of death; coroner referral; referred to the coroner | amb=cause of death | cues=certificate; MCCD; examiner; coroner; family; death; died
"""


# Breadth added in the eighth round for a reader new to clinical work, topic by topic (investigations,
# medicines and regimens, ward and clinic workflow, roles, NHS money and structures, governance, surgery,
# emergency care, community care, mental health, pregnancy and children), from lists of what a consultant
# says to an analyst rather than from any one set's misses.
_EIGHTH_CLINICAL = """
cholestatic | a liver blood-test pattern that points to bile not draining, often a stone or a blockage in the ducts | like an error pattern that tells you the fault is in the outbound pipe, not the server | aka=cholestasis; obstructive picture; obstructive pattern; obstructive LFTs; obstructive jaundice; obstructive; hepatitic; hepatitic picture; hepatitic pattern; transaminitis; deranged LFTs; mixed picture | amb=obstructive; mixed picture | cues=LFTs; LFT; liver; jaundice; jaundiced; bilirubin; ALP; ALT; GGT; picture; pattern; gallbladder; gallstones; stone; stones; bile; duct; ducts; spirometry; COPD; airways; lung; lungs
bowel obstruction | a blockage that stops food and gas passing through the gut | like a blocked queue: everything upstream backs up until something gives | aka=small bowel obstruction; SBO; large bowel obstruction; LBO; volvulus; sigmoid volvulus; adhesions; adhesional obstruction; drip and suck; obstructed bowel; obstructing tumour | amb=adhesions | cues=bowel; vomiting; CT; abdomen; abdominal; surgery; surgical; hernia; NG; gut; colon; obstruction; operation; scar
perforation | a hole right through the wall of the gut, an emergency that usually needs surgery | like a breach in the wall between two zones: what leaks out does the damage | aka=perforated bowel; perforated ulcer; perforated appendix; perforated; perf; perfed; free air; free gas; pneumoperitoneum | amb=perforated; perf; perfed; free air; free gas | cues=bowel; ulcer; colon; gut; stomach; appendix; duodenal; CT; surgery; surgical; theatre; diverticular; abdomen; abdominal; peritonitis; scan; X-ray; erect; under the diaphragm | anti=perforated paper; perforated edge; perforated sheet; perf test; perf tests; perf testing; performance
collection | a pocket of pus or fluid trapped inside the body | like a pool of stale data trapped where nothing drains it | aka=collections; intra-abdominal collection; pelvic collection; infected collection; walled-off collection | amb=collection; collections | cues=scan; CT; ultrasound; drain; drained; pus; abdominal; pelvic; abscess; infected; infection; antibiotics; surgery; post-op; radiology; IR; wound; fluid; liver; chest | anti=data collection; collection of; collections team; bin collection; rubbish; art; stamp; records; debt; click and collect
psychosis | losing touch with reality, with voices or fixed false beliefs that the person is sure are true | like a system acting on corrupted inputs that it fully trusts | aka=psychotic; psychoses; psychotic episode; psychotic symptoms; schizoaffective; thought disorder; formal thought disorder; persecutory; persecutory delusions; command hallucinations; auditory hallucinations; hypomania; hypomanic; manic episode; BPAD; bipolar affective disorder | amb=psychotic | cues=patient; mental health; psychiatric; psychiatry; psychiatrist; antipsychotic; olanzapine; ward; voices; symptoms; episode; unwell; relapse; CMHT; crisis; sectioned; admitted; delusions; hallucinations
personality disorder | a long-standing pattern of thinking, feeling and relating that repeatedly causes the person and others distress | - | aka=personality disorders; EUPD; emotionally unstable personality disorder; borderline personality disorder; BPD; antisocial personality disorder | amb=BPD | cues=personality; mental health; psychiatric; psychiatry; self-harm; diagnosis; EUPD; patient; DBT; therapy
suicidal ideation | thoughts of ending one's own life; doctors ask about plans and intent to judge the risk | - | aka=passive suicidal ideation; active suicidal ideation; suicidal intent; plans and intent; plan or intent; no plans or intent; risk to self; risk to others; protective factors; self-harm with intent | amb=protective factors; risk to self; risk to others | cues=suicidal; self-harm; overdose; mental health; psychiatric; psychiatry; ideation; mood; assessment; patient; crisis; liaison
alcohol withdrawal | shakes, sweats, confusion and sometimes fits when a heavy drinker stops suddenly, treated with a reducing dose of sedative | like cutting off a dependency in one go: everything built around it starts failing | aka=alcohol withdrawal syndrome; withdrawal seizures; delirium tremens; DTs; CIWA; CIWA score; CIWA-Ar; Wernicke's; Wernicke's encephalopathy; Korsakoff; Korsakoff's; reducing regimen; alcohol detox; alcohol liaison nurse; alcohol liaison team; ALNS; dual diagnosis; substance misuse; substance misuse team; drug and alcohol team; COWS; opiate withdrawal | amb=DTs | cues=alcohol; drinking; drinker; shakes; CIWA; chlordiazepoxide; Pabrinex; withdrawal; seizures; sedation; tremor
serotonin syndrome | a dangerous reaction to too much serotonin-boosting medicine: fever, agitation, twitching and sweating | like two jobs both turning the same setting up until it runs away | aka=serotonin toxicity; NMS; neuroleptic malignant syndrome
refeeding syndrome | a dangerous crash in the blood's salts when someone who has been starving starts eating again, so feeding is restarted slowly | like bringing a system back up gradually so the first surge does not trip it | aka=refeeding; re-feeding; refeeding risk; refeeding bloods; at risk of refeeding; MEED; MARSIPAN; eating disorder unit
croup | a viral infection in young children that swells the windpipe, giving a barking cough and noisy breathing | - | aka=stridor; stridulous; bronchiolitis season; febrile convulsion; febrile convulsions; febrile seizure; febrile seizures | amb=croup | cues=child; children; baby; toddler; cough; breathing; paeds; paediatric; dexamethasone; months; year-old; stridor; viral
non-accidental injury | an injury to a child that someone caused on purpose, which starts a safeguarding process | - | aka=NAI; inflicted injury; child protection; child protection plan; child protection medical; CP medical; section 47; s47; strategy meeting; strategy discussion; MASH; multi-agency safeguarding hub; LADO; looked after child; looked after children; LAC; child in need; CIN; Early Help | amb=strategy meeting; strategy discussion; LAC; CIN; section 47; s47; Early Help | cues=child; children; baby; safeguarding; social care; social worker; social services; injury; injuries; bruising; bruise; paediatric; paeds; plan; family; mother; father; parents; school; police; referral
developmental delay | a child reaching milestones such as sitting, walking or talking later than expected | like a project hitting its milestones late: one slip is noise, a pattern needs a look | aka=global developmental delay; GDD; developmental milestones; delayed milestones; missed milestones; developmental assessment; neurodevelopmental; neurodevelopmental assessment; EHCP; education health and care plan; SEND; SENCO; special educational needs | amb=SEND | cues=child; children; baby; toddler; walking; talking; sitting; crawling; developmental; paediatric; paediatrician; months; development; school; health visitor; speech; autism; ADHD
failure to thrive | a baby or child not gaining weight or growing as expected | like a metric that keeps slipping below the line it used to track | aka=failing to thrive; faltering growth; FTT; poor weight gain; crossing centiles; crossed centiles; dropped centiles; dropped two centiles; dropping centiles; centile; centiles; centile lines; growth chart; growth charts; weight centile; height centile; red book; PCHR; head circumference; OFC | amb=centile; centiles; FTT; growth chart; growth charts; OFC | cues=baby; babies; child; children; weight; height; growth; feeding; feeds; months; paediatric; paeds; health visitor; chart; dropped; crossed; crossing; centile; centiles; weighed; born; toddler
gestation | how far along a pregnancy is, counted in weeks and days from the last period and written like 32+4 | like a build number that tells you how far along the pipeline something is | aka=gestational age; weeks' gestation; weeks gestation; weeks of gestation; at term; term baby; born at term; post-dates; postdates; post-term; preterm; pre-term; prem; premature baby; prematurity; extremely preterm; late preterm; gestational | amb=prem; at term | cues=pregnancy; pregnant; baby; babies; weeks; gestation; born; delivery; delivered; labour; neonatal; midwife; induction; induced; NICU; SCBU
gravida | obstetric shorthand for a woman's history: gravida (G) is how many times she has been pregnant, para (P) how many babies she has delivered | like a version string that packs a history into a few characters | aka=para; parity; primigravida; multigravida; primip; primips; primiparous; multip; multips; multiparous; nulliparous; nullip; nullips; grand multip; grand multipara | amb=para | cues=gravida; G1; G2; G3; G4; pregnancy; pregnant; weeks; obstetric; midwife; labour; births; previous; section; deliveries
antenatal care | the checks and care through a pregnancy, before the birth | like the pre-release checks at set points before launch | aka=antenatal; antenatally; antenatal clinic; antenatal clinics; ANC; booking appointment; booking bloods; booking visit; booked at; dating scan; anomaly scan; 20-week scan; 12-week scan; growth scan; growth scans; nuchal scan; combined test; intrapartum; postnatal; postnatally; post-natal; postnatal ward; postpartum; peripartum; puerperal; puerperium | amb=booked at | cues=pregnancy; pregnant; midwife; weeks; baby; scan; bloods; obstetric; maternity; antenatal
labour | the process of giving birth, with its stages and the ways it is started or sped up | like a release with set stages and escalation steps when it stalls | aka=in labour; established labour; latent phase; latent labour; second stage; first stage; third stage; induction of labour; IOL; augmentation; augmented; syntocinon; oxytocin; ARM; artificial rupture of membranes; SROM; spontaneous rupture of membranes; PPROM; failure to progress; delay in second stage; fully dilated; cervical dilatation; induction; induced; Bishop score | amb=labour; second stage; first stage; third stage; augmentation; augmented; ARM; induction; induced | cues=labour; pregnancy; pregnant; baby; midwife; midwives; weeks; delivery; delivered; obstetric; obstetrician; syntocinon; waters; cervix; contraction; contractions; gestation; CTG; epidural; section; LSCS; ward; birth | anti=Labour Party; Labour government; Labour MP; party; election; minister; staff induction; induction day; induction week; induction programme; new starter; new starters; onboarding; augmented reality; data augmentation; ARM chip; ARM chips; ARM-based; processor; laptop; architecture
operative delivery | a birth helped by instruments or by caesarean section | - | aka=instrumental delivery; instrumental birth; forceps delivery; forceps; ventouse; Kiwi cup; C-section; caesarean section; emergency section; elective section; category 1 section; cat 1 section; crash section; EMCS; ELCS; VBAC; TOLAC; PPH; postpartum haemorrhage; retained placenta; MROP; perineal tear; third-degree tear; OASI; episiotomy | amb=forceps | cues=delivery; delivered; baby; labour; obstetric; midwife; theatre; birth; born; pregnancy; section
fetal growth | how a baby is growing in the womb, and the terms for too small, too big or lying the wrong way | - | aka=SGA; small for gestational age; LGA; large for gestational age; IUGR; intrauterine growth restriction; FGR; fetal growth restriction; growth restricted; growth restriction; macrosomia; macrosomic; estimated fetal weight; EFW; breech; breech presentation; cephalic; transverse lie; ECV; external cephalic version; DCDA; MCDA; MCMA; dichorionic; monochorionic; fetal movements; reduced fetal movements; RFM | amb=breech; RFM | cues=baby; pregnancy; pregnant; weeks; scan; presentation; midwife; delivery; fetal; obstetric; birth
early pregnancy problems | trouble in the first weeks of a pregnancy: a pregnancy outside the womb, heavy sickness, losses | - | aka=ectopic; ectopic pregnancy; ectopics; EPAU; early pregnancy unit; early pregnancy assessment unit; hyperemesis; hyperemesis gravidarum; threatened miscarriage; missed miscarriage; incomplete miscarriage; ERPC; SMM; molar pregnancy; PUL; pregnancy of unknown location; beta hCG; serum hCG | amb=ectopic | cues=pregnancy; pregnant; weeks; scan; bleeding; hCG; tube; EPAU; gynae; pain; miscarriage
CTG | a trace of the baby's heart rate and the mother's contractions, recorded in labour | like a live monitoring graph where the shape of each dip matters more than the average | exp=cardiotocography | aka=CTGs; cardiotocograph; cardiotocography; decelerations; decels; late decelerations; variable decelerations; early decelerations; reduced variability; pathological CTG; suspicious CTG; fetal distress; fetal compromise; fetal blood sampling; fetal blood sample; FBS; fetal heart rate; trace | amb=trace; decelerations; decels; FBS | cues=CTG; baby; fetal; labour; midwife; midwives; heart rate; obstetric; obstetrician; reg; delivery; contractions; pregnant; pregnancy; section; theatre | anti=stack trace; trace ID; traces; distributed; log; logs; span; spans; error; errors; exception; code; tracing; car; speed; vehicle; economy; growth; inflation
newborn care | the checks and care of a baby in its first weeks | - | aka=neonate; neonates; NNU; neonatology; neonatologist; neonatal team; neonatal reg; special care baby unit; LNU; transitional care; Apgar; Apgars; Apgar score; Apgar scores; cord gases; cord gas; cord pH; NIPE; newborn check; baby check; newborn and infant physical examination; heel prick; heel prick test; Guthrie; Guthrie test; blood spot; newborn blood spot; newborn hearing screen; phototherapy; under lights; resuscitaire; NLS; newborn life support | amb=transitional care; under lights; baby check; blood spot | cues=baby; babies; newborn; jaundice; bilirubin; midwife; born; birth; delivery; cot
status epilepticus | a fit that does not stop, or fits one after another without waking, an emergency | like a crash loop: it will not come back up by itself | aka=in status; convulsive status; non-convulsive status; buccal midazolam; rescue medication; rescue meds; post-ictal phase | amb=in status; rescue medication; rescue meds | cues=seizure; seizures; fit; fits; fitting; epilepsy; epileptic; midazolam; lorazepam; minutes; convulsive; neuro; EEG
surgical drain | a tube left in a wound after an operation to let fluid out | like a temporary overflow pipe, taken out once the flow stops | aka=surgical drains; drain; drains; drains out; drain out; drain output; drain removed; Redivac; Robinson drain; JP drain; Jackson-Pratt; pigtail drain; percutaneous drain; radiological drain | amb=drain; drains; drains out; drain out; drain output; drain removed | cues=wound; post-op; surgery; surgical; theatre; output; ml; mls; removed; remove; abdominal; fluid; bile; pus; patient; site; collection; abscess; IR; inserted; day | anti=brain drain; drain the; battery drain; battery; down the drain; drains the; drained me; draining; sink; kitchen; plumber; blocked drain; rain
wound closure | the clips, staples or stitches that hold a cut or surgical wound shut, and when they come out | - | aka=clips; staples; sutures; stitches out; clips out; staples out; sutures out; removal of sutures; removal of clips; Steri-Strips; steristrips; dissolvable sutures; dissolvable stitches; skin glue; wound check; wound checks | amb=clips; staples; clips out; staples out; sutures; wound check; wound checks | cues=wound; wounds; removed; remove; removal; post-op; surgery; surgical; theatre; nurse; practice nurse; district nurse; scar; incision; day; days; dressing; dressings; skin; healing; healed | anti=video; videos; clipboard; YouTube; TikTok; film; footage; office; stationery; paper; stapler; supplies; printer
surgical site infection | an infection in the wound after an operation | - | aka=SSI; SSIs; wound infection; wound infections; infected wound; infected wounds; wound breakdown after surgery
anaesthesia | the medicines and methods that stop a patient feeling an operation: fully asleep, or numbed from the waist down, or in one limb | like choosing between a full shutdown and isolating one subsystem for the change | aka=general anaesthetic; general anaesthesia; GA; under GA; spinal anaesthetic; spinal anaesthesia; under spinal; regional anaesthetic; regional anaesthesia; regional block; nerve block; nerve blocks; fascia iliaca block; conscious sedation; sedation; sedated; sedate; anaesthetic room; pre-med; premed; POA; fit for anaesthetic; ASA grade; ASA 3; ASA 4 | amb=GA; sedation; sedated; sedate; POA | cues=operation; surgery; theatre; under; procedure; patient; anaesthetist; anaesthetic; hip; knee; dental; scope; block; awake; asleep; risk; fit; pre-op; endoscopy; midazolam; propofol | anti=general availability; release; version; product; feature; launch; GA release; beta; preview
bowel resection | an operation that cuts out a length of bowel and either joins the ends or brings one out as a stoma | like cutting out a faulty section of pipeline and splicing the ends | aka=anterior resection; low anterior resection; AR; small bowel resection; resection; resected; resectable; unresectable; R0 resection; Hartmann's procedure; reversal of Hartmann's; stoma reversal; defunctioning stoma; loop ileostomy | amb=resection; resected; resectable; unresectable; AR | cues=bowel; tumour; cancer; surgery; surgical; colon; colorectal; liver; lung; operation; margin; margins; MDT; surgeon; theatre; stoma
debridement | cutting away dead or infected tissue so a wound or joint can heal | like deleting corrupted records so the rest can be repaired | aka=debrided; debride; washout; wash-out; washed out; surgical washout; joint washout; I&D; incision and drainage; drained the abscess; VAC dressing; negative pressure dressing; negative pressure wound therapy; NPWT; topical negative pressure | amb=washout; wash-out; washed out | cues=theatre; wound; joint; abscess; infected; infection; surgical; knee; hip; surgeon; ortho; pus; septic; back to theatre
orthopaedic fixation | the metalwork used to hold a broken bone while it heals | like a temporary brace bolted on while the real fix sets | aka=K-wire; K-wires; Kirschner wire; Kirschner wires; plate and screws; external fixator; ex-fix; IM nail; intramedullary nail; hip hemi; cannulated screws; metalwork; MUA; manipulation under anaesthetic; closed reduction; reduced; relocated | amb=metalwork; reduced; relocated | cues=fracture; fractures; hip; knee; wrist; ankle; bone; theatre; ortho; orthopaedic; orthopaedics; X-ray; joint; dislocated; dislocation; shoulder; removal; infected
conservative management | treating without an operation: watching, resting and simple measures first | like leaving a flaky service running under monitoring rather than re-architecting it now | aka=managed conservatively; manage conservatively; managing conservatively; treated conservatively; treat conservatively; conservative treatment; conservatively managed; non-operative management; non-operative; nonoperative; watchful waiting; active surveillance; trial of conservative management; conservative; conservatively | amb=conservative; conservatively | cues=surgery; surgical; operation; operative; patient; fracture; appendicitis; bowel; obstruction; cancer; prostate; manage; managed; management; treat; treated; trial; option; surgeon; surgeons; theatre | anti=Conservative Party; Conservative government; Conservative MP; Tory; Tories; election; party; estimate; estimates; forecast; conservative estimate; conservative figure; assumption; assumptions
bleeding risk scores | scores that weigh a patient's risk from a bleed, used to decide on blood thinners, scopes or going home | like a severity score on an incident that decides how fast it is handled | aka=Rockall; Rockall score; pre-endoscopy Rockall; Glasgow-Blatchford; Glasgow-Blatchford score; Blatchford score; GBS score; ORBIT score
clot risk scores | scores that say how likely a clot in the leg or lung is, so doctors know whether to scan | like a triage rule that decides which alerts are worth investigating | aka=Wells score; Wells; Wells criteria; two-level Wells; Geneva score; PERC; PERC rule; PERC negative; Caprini | amb=Wells | cues=score; criteria; PE; DVT; clot; scan; CTPA; D-dimer; low; high; likely; unlikely; two-level; leg; lung
heart risk scores | scores that grade a heart patient's risk or how badly the heart is failing | like a risk rating that decides how urgently to act on a finding | aka=TIMI; TIMI score; GRACE; GRACE score; Killip; Killip class; NYHA; NYHA class; NYHA II; NYHA III; NYHA IV; MRC dyspnoea scale; MRC dyspnoea score; MRC grade; QRISK; QRISK2; QRISK3; Q-risk;  | amb=GRACE | cues=score; ACS; NSTEMI; heart; risk; cardiology; angiogram; troponin; chest pain; patient
liver and pancreas scores | scores that grade how badly the liver or pancreas is affected | - | aka=Child-Pugh; Child-Pugh score; Child-Pugh class; MELD; MELD score; UKELD; Ranson; Ranson criteria; Glasgow score; Glasgow criteria; modified Glasgow; Glasgow-Imrie; Alvarado; Alvarado score | amb=Glasgow score; Glasgow criteria | cues=pancreatitis; pancreas; liver; score; criteria; severe; amylase; lipase; cirrhosis
stroke and function scores | scores of how disabled someone is after a stroke or illness, or how well they manage daily life | like a capability checklist for a system after a failure | aka=NIHSS; NIH stroke scale; modified Rankin; modified Rankin scale; mRS; Rankin; Rankin score; Barthel; Barthel index; Barthel score; Nottingham ADL; ADLs; IADLs; activities of daily living | amb=Rankin; mRS; ADLs | cues=stroke; score; disability; function; independent; dependent; care; rehab; OT; physio; scale; washing; dressing; patient
cognitive screening tests | short bedside tests of memory and thinking, used to spot delirium or dementia | like a quick smoke test before the full diagnostics | aka=4AT; AMTS; AMT; abbreviated mental test; abbreviated mental test score; MoCA; MMSE; mini-mental; ACE-III; ACE-3; Addenbrooke's; 6CIT; clock drawing test; CAM; confusion assessment method | amb=CAM; AMT | cues=delirium; dementia; confused; confusion; memory; score; cognitive; cognition; test; screen; patient
pain and frailty scales | scales for pain in people who cannot say, and for how frail or fit an older or cancer patient is | - | aka=Abbey pain scale; Abbey score; PAINAD; ECOG; ECOG performance status; performance status; WHO performance status; Karnofsky; Karnofsky score; PS 0; PS 1; PS 2; PS 3; PS 4 | amb=performance status; PS 0; PS 1; PS 2; PS 3; PS 4 | cues=ECOG; cancer; oncology; onc; chemo; chemotherapy; patient; fit; fitness; frailty; bed-bound; WHO; score; treatment
cancer staging | the grading of how far a cancer has grown or spread, which decides the treatment | like a severity level on an incident: how far the fault has spread | aka=TNM stage; T1; T2; T3; T4; N0; N1; N2; M0; M1; stage 1; stage 2; stage 3; stage 4; stage IV; stage III; Gleason; Gleason score; Gleason 7; Dukes; Dukes' stage; Dukes B; Dukes C; Breslow; Breslow thickness; Clark level; grade 3 tumour; mets to; liver mets; bone mets; brain mets; staging scan; restaging | amb=T1; T2; T3; T4; N0; N1; N2; M0; M1; stage 1; stage 2; stage 3; stage 4; stage IV; stage III; mets to; Dukes | cues=cancer; tumour; staging; stage; stages; TNM; lung; bowel; breast; prostate; melanoma; MDT; oncology; onc; biopsy; histology; scan; CT; metastatic; lymph; node; nodes; disease | anti=CKD; kidney; kidneys; eGFR; renal; heart failure; MRI T1; T1 weighted; T2 weighted; sequence; sequences; instance; instances; AWS; EC2; server; servers; stage 1 of the project; project; phase; rollout; roll-out; gate; pipeline; deployment
early warning scores | bedside scores that add up the observations to flag a patient who is getting sicker: for adults, mothers and children | like an alerting rule that sums several monitors and pages someone past a threshold | aka=PEWS; paediatric early warning score; paediatric early warning; MEOWS; MEWS; modified early warning score; obstetric early warning; POPS | amb=POPS | cues=score; child; children; paediatric; paeds; obs; observations; baby; escalate; triggered
obstetric scores | scores used in pregnancy and after the birth | - | aka=Bishop's score; EPDS; Edinburgh postnatal depression scale; Edinburgh scale
sore throat and infection scores | quick scores that say whether an infection is likely to be bacterial and need antibiotics | - | aka=Centor; Centor score; Centor criteria; FeverPAIN; FeverPAIN score; CRB-65; SIRS criteria; SIRS; NICE sepsis criteria | amb=SIRS | cues=sepsis; criteria; infection; temperature; heart rate; white count; patient; septic; screen
fracture rules | checklists that tell A&E which injuries need an X-ray or scan | like a rule that decides which alerts need a human to look | aka=Ottawa rules; Ottawa ankle rules; Ottawa knee rules; Canadian CT head rules; Canadian CT head rule; NICE head injury guidance | amb=Ottawa rules | cues=ankle; knee; X-ray; injury; fracture; ED; A&E; foot
note shorthand | the abbreviations doctors write in the notes for the diagnosis, the treatment and what was discussed | like the field codes in a ticket template | aka=d/c; D/C; Dx; Tx; Fx; Imp; Impression; D/W; d/w; discussed w; U/S; w/o; EtOH; etoh; NOK; next of kin; ALOC; LOC; SOL; TWOC; IDC; SPC; suprapubic catheter; trial without catheter; NFA; no fixed abode | amb=Fx; Imp; Impression; w/o; LOC; SOL; NOK; next of kin | cues=Ix; Dx; Hx; Mx; Rx; Sx; Tx; PC; HPC; PMH; DH; SH; O/E; OE; plan; bloods; antibiotics; fluids; IV; review; admit; admitted; admission; discharge; discharged; patient; patients; ward; reg; registrar; consultant; SHO; FY1; seen; reviewed; examined; c/o; r/v; obs; CXR; ECG; CT; fall; fell; collapse; head injury; informed; contacted; called; aware; chest; pain; wrist; hip; #NOF
collapse | a sudden fall or faint whose cause is not yet known, as doctors write it | like an unexplained outage logged before the root cause is found | aka=collapse query cause; found collapsed; collapsed at home; collapse at home; unwitnessed collapse; witnessed collapse; unwitnessed fall; witnessed fall; head strike; head injury on anticoagulants | amb=collapse | cues=patient; home; ED; A&E; ambulance; blue light; syncope; ECG; came in; brought in; admitted; fall; fell; floor; head; found; unwitnessed; witnessed; arrived; after a | anti=project; market; markets; economy; bridge; building; company; the collapse of; system; talks; deal; roof; rows; sections; collapse all; expand
rapid tranquillisation | sedating medicine, by injection if needed, to calm a patient whose behaviour puts people at risk | like an emergency kill switch used only when the system is endangering others | aka=rapid tranq; restraint; restrained; physical restraint; prone restraint; seclusion; secluded; de-escalation; de-escalated; IM lorazepam; IM haloperidol; IM olanzapine | amb=restraint; restrained; seclusion; secluded; de-escalation; de-escalated | cues=patient; ward; psychiatric; mental health; IM; lorazepam; haloperidol; staff; nurses; PICU; agitated; agitation; violent; aggression; aggressive; incident; security; sedation; delirium; delirious | anti=budget; spending; pay; fiscal; restraint of trade; self-restraint; show restraint; showed restraint; tensions; conflict; argument
chemotherapy cycle | one round of a chemotherapy regimen, given and then followed by rest days before the next, written like C3D1 (cycle 3, day 1) | like a sprint in a release plan: a fixed length, repeated a set number of times | aka=chemo cycle; chemo cycles; cycle 1; cycle 2; cycle 3; cycle 4; cycle 5; cycle 6; C1D1; C2D1; C3D1; C1D8; day 1 of cycle; nadir; nadir bloods; SACT day unit; chemo day unit; cycles of chemo | amb=cycle 1; cycle 2; cycle 3; cycle 4; cycle 5; cycle 6; nadir | cues=chemo; chemotherapy; SACT; oncology; onc; cancer; neutropenic; neutropenia; counts; bloods; treatment; delayed; dose; regimen; day 1; immunotherapy
treatment intent | whether a cancer treatment aims to cure or only to control the cancer and ease symptoms | like deciding whether a fix is a permanent repair or a workaround to keep things running | aka=curative intent; palliative intent; radical treatment; radical radiotherapy; best supportive care; BSC; palliative chemo; palliative chemotherapy; palliative radiotherapy; disease progression; progressive disease; stable disease; partial response; complete response; no evidence of disease; unknown primary; cancer of unknown primary; CUP; acute oncology; acute oncology service; AOS; SVCO; MSCC; metastatic spinal cord compression | amb=radical treatment; progressive disease; stable disease; partial response; complete response; BSC; CUP; AOS | cues=cancer; tumour; oncology; onc; chemo; chemotherapy; radiotherapy; scan; MDT; treatment; palliative; metastatic; mets; patient; oncologist; immunotherapy
central venous access | a long line into a big vein for drugs, feeding or dialysis that would damage small veins | like a dedicated high-capacity link instead of sharing a thin one | aka=portacath; port-a-cath; implanted port; vascath; vas cath; tunnelled line; tunneled line; dialysis line; Hickman line; midline catheter; line infection; line sepsis | amb=line infection; line sepsis | cues=line; port; chemo; antibiotics; IV; veins; vein; inserted; removed; dialysis; PICC; infection; infected; catheter; flush; flushed; patient
dry weight | a dialysis patient's target weight with no extra fluid on board | like the baseline disk usage after the temporary files are cleared | aka=target weight; daily weights; weigh daily | amb=target weight; daily weights; weigh daily | cues=dialysis; HD; kidney; kidneys; renal; fluid; fluids; heart failure; diuretic; furosemide; litres; kg; weight; ankles; oedema; patient
oxygen delivery | the ways oxygen is given, from a tube under the nose to a tight mask with a bag, and how much | like connection types from a basic link to a dedicated line, each with its own maximum throughput | aka=on 15 litres; on 15L; 15 litres; on 2 litres; 2 litres of oxygen; litres of oxygen; non-rebreathe; NRB; Venturi; 28% Venturi; 24% Venturi; 35% Venturi; nasal cannula; target sats; target saturations; 88-92%; weaned off oxygen; off oxygen;  | amb=on 2 litres; 2 litres of oxygen; litres of oxygen; 15 litres; target sats; target saturations; 88-92%; weaned off oxygen; off oxygen; NRB | cues=oxygen; O2; sats; saturations; saturating; breathing; breathless; mask; COPD; respiratory; chest; patient; ward; hypoxic; pneumonia | anti=water; bottle; bottles; milk; fuel; petrol; engine
respiratory failure | the lungs cannot keep oxygen up, or cannot clear carbon dioxide, so the blood chemistry goes wrong | like a cooling system that can no longer hold the temperature on its own | aka=T1RF; retaining CO2; CO2 retainer; CO2 retainers; CO2 retention; hypercapnic; hypercapnia; self-ventilating; self ventilating; work of breathing; increased work of breathing; accessory muscles; accessory muscle use; tripoding; tiring; tiring out; peri-arrest breathing; agonal breathing | amb=tiring; tiring out; work of breathing | cues=breathing; breath; respiratory; chest; oxygen; sats; CO2; NIV; ITU; patient; gas; ABG; COPD; asthma; wheeze; resp rate; muscles
consolidation | an area of lung filled with fluid or pus instead of air, seen on a chest X-ray, usually pneumonia | like a region of a disk that is full of junk where free space should be | aka=consolidated; consolidation on the X-ray; right lower lobe consolidation; RLL consolidation; left lower lobe; LLL; RLL; RML; RUL; LUL; lobar pneumonia; bibasal changes; bibasal consolidation | amb=consolidation; consolidated; RLL; LLL; RML; RUL; LUL | cues=X-ray; CXR; chest; lung; lungs; lobe; pneumonia; scan; CT; antibiotics; crackles; creps; patient | anti=server; servers; data; budget; budgets; debt; loans; systems; platforms; licences; vendors; contracts; estate; sites; services
heart procedures | common heart treatments done through a catheter (stents, ablation, pacing wires), and the heart blocks that need a pacemaker | like fixes done in place through a small port versus a full rebuild | aka=drug-eluting stent; balloon; ablation; ablated; AF ablation; catheter ablation; EP study; electrophysiology study; loop recorder implant; box change; generator change; pacing wire; TPW; heart block; complete heart block; CHB; first-degree heart block; second-degree heart block; Mobitz; Wenckebach | amb=balloon; ablation; ablated; box change; generator change | cues=heart; cardiac; cardiology; cardiologist; coronary; artery; arteries; angiogram; angio; PCI; cath lab; AF; rhythm; ECG; pacemaker; PPM; ICD; chest pain; MI; STEMI; NSTEMI | anti=balloon release; party; birthday
verification of death | the formal confirmation by a doctor or trained nurse that a patient has died, before the body is moved | like the formal sign-off that a system is decommissioned before it is removed from the rack | aka=verified death; verify death; verifying death; verification of expected death; VOED; confirmed death; confirmation of death; RIP; RIP'd; last offices; mortuary; bereavement office; bereavement team; ME review; medical examiner review | amb=RIP; RIP'd; last offices | cues=death; died; dying; patient; ward; family; relatives; nurse; doctor; palliative; end of life; mortuary; bereavement
Gold Standards Framework | a GP practice's register of patients likely to be in their last year of life, reviewed together so their care is planned ahead | like a watch list of systems near end of life, reviewed at a regular meeting | aka=GSF register; GSF; supportive care register; palliative care register; GSF meeting; just in case bag | amb=GSF; just in case bag | cues=palliative; end of life; dying; register; GP; practice; patients; patient; meeting; anticipatory; medicines; home
mental capacity law | the law on deciding for adults who cannot decide for themselves, and on protecting adults at risk: attorneys and deputies, the Court of Protection, safeguarding enquiries, self-neglect | like acting for an account holder under a formal delegation, with limits | aka=Court of Protection; CoP; deputy; deputyship; court-appointed deputy; property and affairs LPA; health and welfare LPA; LPA for health; lasting power of attorney; self-neglect; Care Act safeguarding; section 42; s42 enquiry; s42; self neglect | amb=deputy; deputyship; CoP; s42; section 42 | cues=capacity; LPA; court; Court of Protection; best interests; patient; safeguarding; social worker; family; decision; decisions; finances; MCA; welfare; neglect
heart sounds | what a doctor hears or feels over the heart and big arteries: murmurs from valves, whooshing over narrowed arteries | like listening to a machine's fan for the rattle that says a part is worn | aka=systolic murmur; pansystolic murmur; diastolic murmur; bruit; bruits; carotid bruit; thrill; heave; parasternal heave; added sounds; third heart sound; gallop rhythm | amb=thrill; heave | cues=heart; cardiac; valve; valves; aortic; mitral; echo; stethoscope; chest; auscultation; examination; exam; systolic; diastolic; carotid; patient; sounds; sternal; parasternal | anti=murmur of agreement; murmured; crowd; audience; thrilled; thrilling; thrill of; heave a sigh; heaved; heave-ho; S3 bucket; S3 buckets; AWS; storage
endocarditis vegetations | clumps of bacteria and clot growing on a heart valve in endocarditis, seen on an echo | like a colony of malware settled on one component and seeding the rest | aka=vegetation; vegetations; infective endocarditis; Duke criteria; modified Duke criteria | amb=vegetation; vegetations | cues=valve; valves; echo; TOE; endocarditis; heart; mitral; aortic; blood cultures; cultures; antibiotics | anti=garden; plants; plant; forest; trees; diet; vegetables
shock | dangerously low blood flow to the organs, from blood loss, infection, a failing heart or an allergy; not the everyday sense of a fright | like a power supply that cannot hold the voltage up, so every component starts failing | aka=cardiogenic shock; hypovolaemic shock; hypovolemic shock; distributive shock; haemorrhagic shock; shocked | amb=shock; shocked | cues=septic; sepsis; cardiogenic; hypovolaemic; blood pressure; BP; lactate; vasopressors; noradrenaline; fluids; ITU; resus; haemorrhage; bleeding; patient; pulse; tachycardic; hypotensive; mottled; perfusion | anti=shocked by; shocked at; shocked to; shocked that; in shock at; came as a shock; shock news; culture shock; sticker shock; shock absorber; electric shock; shock result; shocking
rigidity | stiffness of the muscles that resists movement, a sign of Parkinson's and related conditions such as Lewy body dementia | - | aka=cogwheel rigidity; lead-pipe rigidity; Lewy body; Lewy body dementia; dementia with Lewy bodies; DLB; Parkinsonism; parkinsonian; Parkinson's plus; resting tremor; intention tremor | amb=rigidity | cues=Parkinson's; tone; muscle; muscles; limb; limbs; tremor; cogwheel; neuro; neurology; examination; patient; increased; bradykinesia | anti=budget; process; processes; rules; policy; schedule; structure; rigidity of
neglect | after a stroke, not noticing one side of the body or the space on that side | - | aka=visual neglect; sensory neglect; left-sided neglect; hemineglect; inattention; visual inattention; sensory inattention | amb=neglect; inattention | cues=stroke; left-sided; right-sided; side; visual; field; fields; hemianopia; parietal; OT; neuro; neurology; patient; examination | anti=self-neglect; child neglect; neglected; neglecting; safeguarding; abuse
compartment syndrome | swelling inside a closed muscle compartment that squeezes off its own blood supply, a surgical emergency | like a container with no room to grow until something inside it fails | aka=compartment pressures; fasciotomy; fasciotomies
dissection | a tear in the wall of a big artery, often the aorta, letting blood split its layers apart | like a crack that opens a second channel inside a pipe and runs along it | aka=aortic dissection; type A dissection; type B dissection; carotid dissection; vertebral dissection; dissecting aneurysm | amb=dissection | cues=aortic; aorta; artery; arteries; carotid; vertebral; CT; chest pain; back pain; tearing; vascular; cardiothoracic; BP; blood pressure; patient | anti=dissection of; frog; biology; lab; class; anatomy; analysis; report; results; detailed
limb ischaemia | too little blood reaching an arm or leg, which can cost the limb | like a remote site losing its power feed | aka=acute limb ischaemia; critical limb ischaemia; chronic limb-threatening ischaemia; CLTI; gangrene; gangrenous; wet gangrene; dry gangrene; diabetic foot; diabetic foot ulcer; diabetic foot clinic; foot ulcer; arterial ulcer; venous ulcer; leg ulcer; ABPI; ankle-brachial pressure index; PVD; peripheral vascular disease; PAD; peripheral arterial disease | amb=PAD; leg ulcer | cues=leg; legs; foot; feet; ulcer; diabetes; diabetic; vascular; pulses; arterial; ischaemia; wound; amputation; claudication | anti=iPad; launch pad; notepad; keypad; mouse pad; landing pad
fractures of the frail | the broken bones older people get from minor falls because their bones are thin | like old hardware that breaks under a load it once took easily | aka=fragility fracture; fragility fractures; pubic rami; pubic rami fracture; pubic ramus; vertebral fracture; vertebral fractures; wedge fracture; wedge fractures; crush fracture; Colles; Colles fracture; distal radius fracture; wrist fracture; neck of femur fracture; intracapsular; extracapsular | amb=intracapsular; extracapsular | cues=fracture; hip; femur; NOF; fall; fell; X-ray; ortho; theatre; hemiarthroplasty; DHS
bowel care | the management of constipation and its complications in frail patients | - | aka=faecal impaction; faecally impacted; impacted; overflow diarrhoea; overflow; bowel chart; Bristol stool chart; Bristol type 7; type 7 stool; enema; enemas; phosphate enema; manual evacuation; PR exam; rectal exam; DRE; digital rectal examination | amb=impacted; overflow; enema; enemas | cues=bowel; bowels; constipation; constipated; stool; stools; diarrhoea; laxative; laxatives; rectum; PR; impaction; patient; nurse
red flag symptoms | symptoms that make doctors worry about something serious, such as a cancer or a spinal cord emergency | like the alert thresholds that mean stop and escalate at once | aka=red flag symptom; red flags; B symptoms; night sweats; drenching night sweats; unintentional weight loss; unexplained weight loss; saddle anaesthesia; thunderclap headache; worst headache of her life; worst headache of his life; neck stiffness | amb=red flags; red flag symptom; night sweats; neck stiffness; unintentional weight loss; unexplained weight loss | cues=cancer; lymphoma; TB; referral; 2WW; symptoms; headache; meningitis; back pain; spinal; patient; GP; fever; weight; cough; scan; CT; LP; lumps; lump | anti=project; projects; risk; risks; contract; supplier; candidate; interview; behaviour; relationship
raised intracranial pressure | pressure building up inside the skull, from a bleed, a tumour or swelling, which can squeeze the brain | like pressure building in a sealed container with nowhere to vent | aka=raised ICP; Cushing's reflex; Cushing reflex; coning; coned | amb=coning; coned | cues=brain; head; skull; bleed; tumour; CT; neurosurgery; neurosurgeons; GCS; pupils; pressure; headache; raised
skin tear | damage to fragile skin in frail patients: tears from minor knocks, soreness from moisture, and pressure ulcers graded by depth | - | aka=skin tears; moisture lesion; moisture lesions; moisture-associated skin damage; MASD; incontinence-associated dermatitis; IAD; category 3 pressure ulcer; category 4 pressure ulcer; grade 2 pressure ulcer; grade 4 pressure ulcer; deep tissue injury; unstageable | amb=IAD; unstageable | cues=skin; pressure; ulcer; ulcers; sacrum; heel; heels; wound; tissue; nurse; nurses; patient; incontinence; dressing; category
postural drop | a fall in blood pressure on standing up, which causes dizziness and falls | like a voltage sag every time a big load switches on | aka=postural hypotension; orthostatic hypotension; lying and standing BP; lying-standing BP; L/S BP; postural BP; postural blood pressure | amb=postural BP; L/S BP | cues=blood pressure; BP; standing; lying; dizzy; dizziness; falls; fall; syncope; patient
"""

_EIGHTH_INVESTIGATIONS = """
pathology report | the lab's report on tissue or cells looked at under a microscope, the final word on what a lump is | like a forensic report on a sample: definitive, but slow to come back | aka=histology result; histology report; cytology result; path report; biopsy result; biopsy results; frozen section; margins clear; clear margins | amb=margins clear; clear margins | cues=biopsy; tumour; cancer; surgery; excision; resection; specimen; MDT; lump; lesion; histology
lipid profile | a blood test of cholesterol and other fats | - | aka=lipids; fasting lipids; cholesterol check; lipid panel; HDL; LDL; non-HDL; triglycerides | amb=lipids | cues=blood; bloods; test; tests; cholesterol; statin; fasting; level; levels; raised; QRISK; check; HbA1c
blood film | a drop of blood smeared on a slide and looked at under a microscope by the haematology lab | like reading the raw logs by eye when the summary counts look odd | aka=blood smear; film; peripheral smear; reticulocytes; reticulocyte count; retics; haemolysis screen; Coombs test; DAT; LDH | amb=film; retics; DAT | cues=blood; haem; haematology; haematologist; smear; cells; platelets; lab; sent; anaemia; haemolysis; want; wants; bloods
differential white count | the white blood cells counted by type, each pointing to a different kind of trouble | like splitting an error count by type before deciding which team owns it | aka=eosinophils; eosinophil; eosinophilia; eos; lymphocytes; lymphocyte count; lymphopenia; lymphocytosis; monocytes; basophils; raised white count; high white count; WBC | amb=eos | cues=blood; bloods; count; raised; high; low; infection; FBC; neutrophils; CRP; allergy; asthma
culture and sensitivities | growing the bug from a sample and testing which antibiotics kill it | like reproducing the bug and then testing candidate fixes against it | aka=sensis; MCS; microscopy culture and sensitivity; sputum culture; urine culture; wound culture; growing; no growth; mixed growth; sensitive to; resistant to; organism; organisms | amb=growing; no growth; mixed growth; sensitive to; resistant to; MCS; organism; organisms | cues=antibiotic; antibiotics; bug; bugs; urine; blood; sputum; micro; microbiology; amoxicillin; trimethoprim; gentamicin; co-amoxiclav; sample; samples; swab; swabs; E. coli; Staph; wound; lab; MSU; bacteria; MRSA; coliform | anti=company culture; team culture; culture change; workplace culture; safety culture; culture of; growing team; growing fast; growing business; grew up; grew the; growing up
contrast study | a scan or X-ray taken with a dye injected or swallowed so that vessels or the gut show up | like a highlight layer that makes the thing you need stand out in the chart | aka=contrast dye; oral contrast; contrast scan; contrast nephropathy; contrast-induced nephropathy; without contrast; with contrast | amb=with contrast; without contrast | cues=scan; scans; CT; MRI; dye; kidney; kidneys; eGFR; IV; allergy; radiology; radiologist; injected; nephropathy; after the; reaction; creatinine; angiogram; study | anti=in contrast; by contrast; contrast to; contrast with; colour contrast; high contrast; low contrast; contrast ratio; accessibility; screen; theme; font; text
exercise tolerance test | heart tests done under stress or over time: a tracing while walking on a treadmill, a rhythm recorder worn for days, a tilt table that brings on a faint | like a load test: some faults show only under stress | aka=exercise ECG; treadmill test; dobutamine stress echo; stress MRI; perfusion scan; myocardial perfusion scan; MPS; tilt table test; tilt test; 48-hour tape; 7-day tape
nerve conduction studies | tests of the nerves' and the brain's electrical signals: how fast signals travel along the nerves (NCS, EMG) or the brain's waves (EEG) | like pinging each hop to find where the line is slow | aka=NCS; nerve conduction; nerve conduction study; EMG; electromyography; EEG; sleep-deprived EEG
sleep study | an overnight recording of breathing and oxygen levels, to look for sleep apnoea (the airway closing again and again in sleep) | like overnight monitoring that catches the fault that only happens when nobody is watching | aka=sleep studies; overnight oximetry; polysomnography; OSA; obstructive sleep apnoea; CPAP machine | amb=OSA | cues=sleep; apnoea; snoring; breathing; night; overnight; oxygen; respiratory; mask; tired; sleepy
inflammatory markers | the blood tests that rise with inflammation or infection, mainly CRP | like a generic error-rate metric: it tells you something is wrong, not what | aka=inflammatory marker; infection markers; infective markers; raised markers; markers up; markers down; markers settling; markers are up; markers are down | amb=markers up; markers down; markers settling; markers are up; markers are down | cues=CRP; bloods; infection; antibiotics; white count; WCC; raised; patient; settling; inflammatory
post-void residual | how much urine is left in the bladder after passing water, measured with a quick scan | like the backlog left after a batch run that should have cleared everything | aka=PVR; residual volume; residual volumes; post-void volume; bladder scan residual
tumour markers | blood tests for substances some cancers release, used to follow a known cancer more than to find one | like a KPI that tracks a known problem well but is a poor alarm on its own | aka=tumour marker; tumor markers; tumor marker; CEA; CA-125; CA125; CA 19-9; CA19-9; AFP; alpha-fetoprotein; beta-hCG tumour marker
short synacthen test | a blood test of whether the adrenal glands can make steroid hormone on demand; they fail in Addison's disease or after years of steroid tablets | like a failover test: does the backup actually respond when called | aka=synacthen; synacthen test; short synacthen; SST; adrenal insufficiency; Addison's; Addisonian crisis; adrenal crisis; adrenal suppression | amb=SST | cues=cortisol; adrenal; steroid; steroids; synacthen; test; hydrocortisone; morning
sinus rhythm | the normal, regular heartbeat | like the healthy heartbeat signal on a monitor: everything in step | aka=normal sinus rhythm; NSR; sinus tachycardia; sinus tachy; sinus brady; sinus bradycardia; in sinus; back in sinus; reverted to sinus | amb=in sinus; back in sinus; reverted to sinus | cues=AF; ECG; rhythm; heart; rate; flutter; cardioversion; amiodarone; monitor; telemetry
thyroid function | blood tests of the thyroid gland's hormones | - | aka=free T4; fT4; free T3; fT3; thyroid function tests; hypothyroid; hypothyroidism; hyperthyroid; hyperthyroidism; thyrotoxic; thyrotoxicosis; underactive thyroid; overactive thyroid
ammonia | a blood test that rises when a failing liver cannot clear the gut's toxins, which then muddle the brain (hepatic encephalopathy, with a flapping tremor of the hands) | - | aka=ammonia level; raised ammonia; hepatic encephalopathy; encephalopathic; grade 2 encephalopathy; asterixis; liver flap | amb=ammonia; liver flap | cues=level; liver; blood; raised; encephalopathy; patient; confused; confusion; cirrhosis; lactulose; flap
jugular | the big veins in the neck, used for central lines and for judging the heart's filling | - | aka=jugular vein; internal jugular; IJ; IJV; jugular line; JVP raised; raised JVP | amb=jugular; IJ | cues=vein; veins; JVP; line; lines; neck; central; pressure; raised; cannula; ultrasound; heart failure; patient | anti=went for the jugular; go for the jugular; going for the jugular
electrolytes | the salts measured in the blood (sodium, potassium, magnesium, calcium) | like the basic health metrics checked on every server before anything else | aka=electrolyte; electrolyte replacement; deranged electrolytes; electrolyte imbalance; electrolyte disturbance; lytes | amb=electrolytes; electrolyte; lytes | cues=blood; bloods; U&E; U&Es; potassium; sodium; magnesium; calcium; phosphate; deranged; replace; replacement; replaced; IV; patient; kidney; kidneys; refeeding; diarrhoea; vomiting; imbalance | anti=drink; drinks; sports; sport; run; running; gym; hydration tablets; powder
"""

_EIGHTH_MEDICINES = """
dose timing | when in the day a medicine is given, written in Latin shorthand on the chart | like the schedule field on a job: once, twice, three or four times a day, at night | aka=om; midi; once daily; BID; TID; QID; q4h; 4-hourly; 6-hourly; stat dose | amb=om | cues=mg; dose; doses; tablet; tablets; give; given; chart; prescribed; prescribe; once; nocte; mane; TDS; BD; QDS; OD; PRN; units
reducing course | a dose brought down step by step to stop a medicine safely, or raised step by step until it works | like tuning a setting in small steps while watching the metrics | aka=up-titrated; up-titration; down-titrated; taper off; weaning course | amb=taper off | cues=dose; doses; steroid; steroids; prednisolone; morphine; opioid; opioids; tablets; mg; over; weeks; week; days; medicine; medication; insulin; beta blocker; bisoprolol; ramipril
infusion | medicine or fluid run slowly into a vein through a drip or a pump | like a throttled stream rather than one big batch | aka=infusions; infused; IV infusion; on a drip; fluids running; infusion pump; volumetric pump; maintenance fluid; fluid prescription; bag of saline; Hartmann's solution; dextrose saline; plasmalyte | amb=infusion; infusions; infused; on a drip; fluids running | cues=IV; fluids; fluid; ml; mls; insulin; heparin; dose; bag; bags; patient; vein; cannula; mg; saline; litre; litres; hours; hourly; running; pump; ward; dextrose | anti=cash infusion; infusion of cash; infusion of money; infusion of funding; funding; investment; drip-feed; drip feed; tea; coffee; tap; leak; roof
enteral feeding | liquid food given through a tube into the stomach or gut, or into a vein when the gut cannot be used | like a bypass route for input when the normal interface is down | aka=enteral; enteral feed; enteral feeds; NG feed; NG feeds; NG feeding; tube feeding; tube feed; tube feeds; PEG; PEG tube; PEG feed; RIG; NJ tube; parenteral nutrition; PN; TPN; total parenteral nutrition; dietetic review; NBM with feeds | amb=PN; PEG | cues=feed; feeds; feeding; tube; NG; nutrition; dietitian; dietitians; dietetic; stomach; swallow; SALT; gastrostomy; nutritional; inserted
nitrates | medicines that widen blood vessels to ease angina, like the GTN spray under the tongue | like opening an extra lane when the road gets congested | aka=nitrate; isosorbide mononitrate; ISMN; GTN spray; GTN patch; sublingual GTN; GTN infusion | amb=nitrate; nitrates | cues=angina; chest pain; GTN; heart; spray; blood pressure; BP; patch; tablets; mg; isosorbide; infusion
depot injection | a long-acting injection of medicine, often an antipsychotic, given every few weeks | like a scheduled job that keeps running for weeks from one trigger | aka=depot; depots; depot clinic; depot injections; LAI; LAIs; long-acting injectable; long-acting injectables | amb=depot; depots | cues=injection; injections; antipsychotic; clinic; psychiatric; psychosis; weeks; monthly; fortnightly; mental health; CPN; mg; schizophrenia; due; missed; given; aripiprazole; paliperidone | anti=bus depot; train depot; warehouse; lorry; lorries; distribution; vehicles; fleet
lithium | a mood stabiliser for bipolar disorder whose blood level must be checked, because a little too much is poisonous | like a process whose memory use needs watching, or it brings the host down | aka=lithium level; lithium levels; lithium toxicity; on lithium; Priadel; Camcolit | amb=lithium | cues=level; levels; bipolar; mood; toxicity; toxic; tablets; mg; psychiatry; psych; psychiatric; kidney; kidneys; thyroid; on lithium; tremor; patient; stabiliser | anti=battery; batteries; ion; cells; cell; mining; mine; car; cars; EV; laptop; phone; charger
antimicrobial stewardship | making sure antibiotics are used only when needed, at the right dose and for the shortest time, so bugs do not learn to resist them | like least-privilege access: grant the minimum, review it often, revoke it early | aka=antibiotic stewardship; AMS team; IVOST; 48-hour review; 48 hour review; 72-hour review; antibiotic review; abx review; antibiotic time-out; start smart then focus; restricted antibiotic; restricted antibiotics; micro approval; microbiology approval; abx; Abx; IV abx; oral abx; PO abx
adverse drug reaction | harm caused by a medicine taken at a normal dose | like a side effect of a release: the change worked, but it broke something else | aka=ADR; ADRs; adverse drug reactions; adverse reaction; adverse reactions; drug reaction; drug rash; DRESS; intolerance; intolerant | amb=intolerance; intolerant; drug rash | cues=medicine; medicines; drug; drugs; reaction; MHRA; rash; allergy; allergic; tablets; statin; statins; side effect; side effects; report; reported; penicillin; antibiotic; codeine; morphine
therapeutic drug monitoring | measuring a medicine's level in the blood, to keep it where it works without doing harm | like watching a resource between a floor and a ceiling and adjusting the dial | aka=TDM; drug level; drug levels; trough level; trough levels; trough; peak level; gent level; gent levels; gentamicin level; vanc level; vanc levels; vancomycin level; phenytoin level; pre-dose level | amb=trough; drug level; drug levels | cues=level; levels; gentamicin; gent; vancomycin; vanc; dose; doses; digoxin; lithium; phenytoin; mg; blood; pre-dose; pharmacist; antibiotic
biologics | injected medicines made from living cells, often antibodies, for conditions such as rheumatoid arthritis, psoriasis or Crohn's | like a specialist service bought in at a high price for the cases the standard tools cannot fix | aka=biologic; biologic therapy; biological therapy; biological therapies; biosimilar; biosimilars; DMARD; DMARDs; disease-modifying drugs; disease-modifying antirheumatic drugs; Humira; anti-TNF; anti-TNFs | amb=biologic | cues=arthritis; Crohn's; colitis; psoriasis; injection; injections; rheumatology; rheum; dermatology; gastro; IBD; therapy; drug; drugs; treatment; clinic
sick day rules | instructions to pause some medicines, such as metformin or water tablets, while someone is ill and not eating or drinking, to protect the kidneys | like a documented degraded mode: what to switch off when the system is under strain | aka=sick day guidance; sick day rule; steroid sick day rules; steroid emergency card; steroid card; steroid treatment card; NHS steroid emergency card
CD register | the locked book or system in which every dose of a controlled drug (mostly strong opioids) is counted and signed for by two staff | like an audit log of privileged access, countersigned at every use | aka=CD check; schedule 2; schedule 3; Schedule 2 drug; controlled drug register | amb=CD check; schedule 2; schedule 3 | cues=morphine; oxycodone; fentanyl; cupboard; nurse; nurses; ward; pharmacy; register; check; count; signed; opioid; opioids; controlled
medication administration record | the part of the drug chart where each dose given, or not given, is signed for | like the run log next to a job schedule | aka=inpatient chart; MAR | amb=MAR | cues=chart; drug; drugs; medicine; medicines; administration; signed; nurse; given; dose; pharmacist
BNF | the standard reference book for prescribing in the UK: doses, interactions, cautions | like the official API reference everyone checks before calling a function | exp=British National Formulary | aka=British National Formulary; BNFc; BNF for Children; trust formulary; local formulary; formulary application
therapeutic range | the band of blood levels in which a medicine works without doing harm | like the safe operating band between a floor and a ceiling | aka=sub-therapeutic; subtherapeutic; supratherapeutic; supra-therapeutic; in range; out of range | amb=in range; out of range | cues=INR; warfarin; level; levels; gentamicin; vancomycin; lithium; phenytoin; digoxin; heparin; anti-Xa; drug; dose
renal dosing | adjusting a medicine's dose because the kidneys clear it more slowly | like throttling a job's input because the downstream consumer is slow | aka=renally adjusted; renal dose; renal doses; dose-adjusted; dose adjusted for renal function; dose-adjusted for renal function
maintenance dose | the regular dose that keeps a medicine working after any first, bigger dose | like the steady-state load after the warm-up run | aka=maintenance doses; once-only dose; once only dose | amb=maintenance dose; maintenance doses | cues=dose; loading; mg; drug; medicine; daily; tablets; digoxin; amiodarone; phenytoin; levetiracetam; steroid; steroids; insulin; prescribe; prescribed | anti=maintenance window; server; servers; database; planned maintenance
first-line treatment | the treatment tried first, as the guidelines advise; second- and third-line ones come if it fails or is not tolerated | like the default fix in the runbook, with fallbacks listed after it | aka=first-line; second-line; third-line; first line treatment; second line treatment; second-line treatment; third-line treatment | amb=first-line; second-line; third-line | cues=treatment; treatments; antibiotic; antibiotics; drug; drugs; medicine; medicines; therapy; therapies; NICE; guideline; guidelines; chemo; chemotherapy; cancer; asthma; diabetes; hypertension; blood pressure; inhaler; metformin | anti=support; helpdesk; service desk; IT; code; email; manager; managers; staff
withheld | a dose or medicine deliberately not given, for now, because it could do harm | like pausing a scheduled job while a dependency is down | aka=withhold; withholding; omitted dose; omitted doses; missed doses; dose omitted; held dose; doses held | amb=withheld; withhold; withholding | cues=dose; doses; medicine; medicines; medication; tablets; drug; drugs; warfarin; metformin; ramipril; ACE inhibitor; diuretic; furosemide; AKI; surgery; operation; INR; heparin; anticoagulant; tonight; morning; evening; until; sepsis; bleeding; procedure; mg | anti=information; pay; payment; salary; data; name; names; tax; consent
bridging | covering the days around an operation with a short-acting blood thinner injection while warfarin is stopped | like a temporary failover while the main service is down for maintenance | aka=bridged; heparin bridging; LMWH bridging; bridging plan; bridging dose | amb=bridging; bridged | cues=warfarin; heparin; LMWH; enoxaparin; INR; anticoagulation; anticoagulant; surgery; operation; procedure; valve; clot | anti=bridging loan; bridge; network; networks; VLAN; adapter; gap
unlicensed medicine | a medicine used outside the uses its licence allows, or without a UK licence at all, which needs extra care and consent | like running software outside its supported configuration: allowed, but at your own risk | aka=unlicensed; unlicensed medicines; unlicensed product | amb=unlicensed | cues=medicine; medicines; drug; drugs; use; children; paediatric; prescribe; prescribing; pharmacy; off-label; consent
patient group direction | a written instruction that lets named nurses or pharmacists give a set medicine to a defined group of patients without a prescription | like a pre-approved standard change: no sign-off needed each time | aka=patient group directions
"""

_EIGHTH_ROLES = """
phlebotomist | the staff member who takes blood samples on the wards or in clinic | - | aka=phlebotomists; phlebotomy; phleb; phlebs; phlebotomy round; phlebotomy service | amb=phleb; phlebs | cues=bloods; blood; round; ward; morning; samples; sample; clinic
nursing associate | a registered role between a healthcare assistant and a registered nurse | like a junior engineer role created to bridge a skills gap | aka=nursing associates; trainee nursing associate; trainee nursing associates; TNA; TNAs; healthcare support worker; healthcare support workers; nursing auxiliary | amb=TNA; TNAs | cues=nurse; nurses; nursing; ward; HCA; HCAs; band; registered; trainee
deputy director of nursing | the senior nurses below the director of nursing who lead nursing across the hospital or a division | like the engineering directors below the chief technology officer | aka=DoNs; chief nursing officer; CNO; DDoN; divisional nursing director; lead nurse; lead nurses | amb=lead nurse; lead nurses; CNO | cues=nurse; nurses; nursing; ward; wards; trust; board; matron; matrons; patients; safety; staffing
medical appraisal | a doctor's yearly review of their practice with a trained appraiser, the evidence the responsible officer uses to recommend them for revalidation | like an annual review that feeds a professional certification | aka=responsible officers; appraiser; appraisers; appraisee; medical appraisals; annual appraisal; appraisal portfolio; MAG form; PDP; personal development plan; supporting information; reflective note; reflective notes; reflection; reflections; CPD points; CPD | amb=appraiser; appraisers; appraisee; annual appraisal; PDP; personal development plan; supporting information; reflection; reflections; CPD | cues=revalidation; GMC; doctor; doctors; consultant; consultants; portfolio; medical; MAG; appraisal; appraiser; RO; reflective; complaints; SI; Datix; college; royal college; training; trainee; trainees
postgraduate dean | the people who oversee doctors' training: the dean and deanery for a region, and the supervisors who sign off each trainee's progress | like the career ladder's owners: a regional head and the mentors who sign off each step | aka=educational supervisors; clinical supervisors; named clinical supervisor; supervisor's report; ES report; TPDs; postgraduate deanery; royal college tutor; college tutor; college tutors; foundation programme director; FPD; director of medical education; medical education; postgraduate centre; supervised learning event; SLE; SLEs; mini-CEX; CbD; DOPS | amb=medical education | cues=IMT; FY1; FY2; foundation; training; deanery; ARCP; portfolio; ePortfolio; Horus; doctor; doctors; ST3; CT1; CT2; registrar; registrars; SHO; supervisor; supervision; signed off; specialty; curriculum; rota; hospital; ward; post; posts; medical; August; Wednesday; teaching; ES; CS
medical staffing | the HR team that runs doctors' rotas, locums and contracts | like the resourcing team that keeps every on-call slot filled | aka=medical workforce; rota coordinator; rota coordinators; rota team; rota gap; gaps in the rota; internal locum; internal locums; agency locums; 1 in 8; 1 in 10; work schedule; work schedules | amb=work schedule; work schedules | cues=doctor; doctors; FY1; SHO; registrar; reg; consultant; ward; nights; on call; on-call; shift; shifts; gap; gaps; medical; cover; weekend; bank; agency; juniors; trainees; nurse; nurses; gaps
community nursing | nurses and health visitors who work in people's homes and in GP surgeries rather than in hospital | like field engineers who go to the customer's site | aka=district nurse; district nursing; community nurse; community nurses; community nursing team; health visitor; health visitors; health visiting; HV; HVs; practice nurse; practice nurses; GPN; treatment room; treatment room nurse; school nurse; school nurses; CPN; CPNs; community psychiatric nurse; community mental health nurse | amb=HV; HVs; treatment room | cues=patient; patients; home; dressing; dressings; visit; visits; GP; practice; community; baby; insulin; catheter; injection; leg ulcer; leg ulcers; surgery
care coordinator | the named professional in a mental health team who plans and keeps track of one patient's care | like the account owner who keeps every team's work on one customer joined up | aka=care coordinators; care co-ordinator; care co-ordinators; care programme approach; CPA review; keyworker; key workers | amb=keyworker; key workers | cues=mental health; CMHT; patient; psychiatry; psychiatric; care plan; community; CPA; crisis; team; social worker
social prescriber | a link worker in a GP practice who connects patients with community groups and help rather than medicines | like routing a ticket to the team that can actually fix it, even when that isn't IT | aka=social prescribers; social prescribing; link worker; link workers; care navigator; care navigators; care navigation; health and wellbeing coach; health and wellbeing coaches; ARRS roles | amb=link worker; link workers; care navigation | cues=GP; practice; patients; patient; PCN; community; loneliness; social; referral; refer
gasman | slang for the anaesthetist | - | aka=gasmen; gas reg; gas registrar; gas consultant; gas doc; anaesthetic reg; anaesthetic registrar; anaesthetic consultant; anaesthetic review; anaesthetic team; anaesthetic on-call
specialty nicknames | doctors' short names for specialties and their teams (cardio, neuro, micro, pall care) | like calling teams by their repo names: quick inside, opaque outside | aka=cardio; neuro; neuros; micro reg; micro consultant; pall care; SPCT; chem path; ID team; ID consultant; rehab; rehab consultant; gen med; GIM; acute med; uro; vasc; neurosurg; cardiothoracics; liaison psych; old age psych; old age psychiatry; OAP team; HPB; upper GI; lower GI; GUM; occ health; OH | amb=cardio; neuro; neuros; rehab; uro; vasc; OH; gen med; acute med | cues=ask; asked; advised; team; teams; reg; registrar; referral; refer; referred; consultant; review; reviewed; on call; on-call; patient; patients; ward; clinic; SHO; opinion; accepted; take; bed; beds; under; discuss; discussed; bleep; want; wants; happy; keen; suggest; suggested; recommend; recommended; agreed; saw; seen; will see; for; from; input | anti=cardio workout; cardio class; gym; exercise; running; workout; neurodivergent; neurodiversity; neurotypical; rehab centre; drug rehab; OH no; oh
specialist grade | a senior hospital doctor post outside training, between specialty doctor and consultant | like a senior individual-contributor track beside the management ladder | aka=specialist grade doctor; specialist grade doctors; specialist grades; teaching fellow; teaching fellows; clinical teaching fellow; clinical teaching fellows; education fellow; education fellows; SpN; specialist nurse practitioner; nurse consultant; nurse consultants; consultant nurse; consultant nurses; consultant midwife; consultant midwives
"""

_EIGHTH_WORKFLOW = """
side room | a single room on a ward, used to keep infections from spreading or for privacy at the end of life | like an isolated environment for a job that could contaminate the rest | aka=side rooms; single room; single rooms; isolation; in isolation; isolated; isolation policy; end-of-life side room | amb=single room; single rooms; isolation; in isolation; isolated | cues=ward; patient; patients; infection; C diff; MRSA; norovirus; noro; flu; COVID; bay; bays; barrier; nursed; nurse; end of life; dying; TB; side
list | a booked block of operating theatre or endoscopy time, with its patients in order | like a scheduled maintenance window with its changes queued in order | aka=lists; operating list; operating lists; morning list; afternoon list; all-day list; day-case list; trauma list; endoscopy list; scope list; on the list; put him on the list; put her on the list; booked on the list; first on the list; last on the list;  | amb=list; lists; on the list; morning list; afternoon list; all-day list; first on the list; last on the list;  | cues=theatre; theatres; operating; operation; endoscopy; scope; surgeon; surgeons; surgical; anaesthetist; anaesthetic; elective; day case; cancelled; cancellation; cancellations; hernia; hip; knee; consent; consented; NBM; trauma; put him on; put her on; Thursday's; Monday's; Tuesday's; Wednesday's; Friday's | anti=to-do list; to do list; shopping list; mailing list; reading list; list of; a list; the list of; list view; drop-down; dropdown; bullet; bulleted; python; array; tasks; items; names; columns; spreadsheet; waiting list; guest list; playlist; checklist; contacts; invite; invitees; emails
clinic session | a half-day block of clinic or theatre time in a consultant's week | like a half-day slot in a capacity plan | aka=clinic sessions; theatre session; theatre sessions; endoscopy session; endoscopy sessions; operating session; extra session; extra sessions; weekend session; weekend sessions; half-day session; clinic template; clinic templates; new patient slot; new patient slots; follow-up slot; follow-up slots; overbooked clinic; overbooked clinics; clinic slot; clinic slots; clinic utilisation | amb=extra session; extra sessions; weekend session; weekend sessions; half-day session | cues=clinic; clinics; theatre; theatres; endoscopy; patients; consultant; consultants; WLI; job plan; list; lists; backlog; waiting list; paid
drug round | the nurses' rounds at fixed times of day to give each patient their medicines | like a batch job that runs at set times through the day | aka=drug rounds; medication round; medication rounds; meds round; meds rounds; med round; drugs round; lunchtime meds; evening meds
ward cover | the doctor on call at night or at weekends looking after every ward's patients, not just their own team's | like being on call for every service, not only the ones you built | aka=cross-cover; cross cover; covering the wards; covering wards; on ward cover; night cover; weekend cover; out-of-hours cover; site practitioner; site practitioners; clinical site practitioner; night practitioner | amb=night cover; weekend cover; out-of-hours cover | cues=ward; wards; doctor; doctors; FY1; SHO; reg; registrar; patients; bleep; bleeps; nights; rota; medical; surgical
rota shifts | the kinds of shift on a hospital rota | like an on-call schedule with its own names for each slot | aka=long day; long days; twilight shift; twilight shifts; twilights; set of nights; run of nights; post-nights; nights off; compensatory rest; rest day; rest days; on-call shift; resident on-call; non-resident on-call | amb=long day; long days; twilights; rest day; rest days; nights off; set of nights | cues=rota; shift; shifts; ward; nurse; nurses; HCA; doctor; doctors; FY1; SHO; reg; registrar; consultant; on call; working; work; weekend; bleep; cover; 12-hour | anti=been a long day; such a long day; what a long day; a long day at; zero-day; zero day exploit; zero-day exploit; exploit; vulnerability; patch; CVE
fit note | the doctor's note that says whether someone is fit to work and what would help them back | like a formal sign-off HR needs before the absence is recorded | aka=fit notes; sick note; sick notes; Med3; Med 3; MED3; statement of fitness for work
red to green | a daily check of whether each patient's day in hospital moved their care forward (green) or was lost waiting (red) | like marking each day of a ticket as progressed or blocked | aka=red2green; red and green days; red day; red days; green day; green days; SAFE bundle; SAFER bundle; SAFER; patient flow bundle | amb=red day; red days; green day; green days; SAFER | cues=patient; patients; ward; board; discharge; days; day; bed; beds; delay; delays; round; flow
decision to admit | the point in A&E when a doctor decides the patient needs a hospital bed; the wait for a bed is counted from then | like the moment a ticket is approved for the next team: their queue clock starts | aka=DTA; DTAs; 12-hour DTA; 12 hour DTA; trolley waits; 12-hour trolley waits; exit block; bed wait; bed waits; time to bed
front door | the point where patients arrive at A&E and are sent to the right place (minors, majors, the GP, SDEC) | like the load balancer that routes each incoming request to the right queue | aka=streaming nurse; front-door streaming; at the front door; see and treat; rapid assessment and treatment; RAT; RATing; pit stop; walk-in; walk-in centre; walk-in centres | amb=front door; at the front door; RAT; pit stop; walk-in | cues=ED; A&E; patients; patient; triage; triaged; nurse; minors; majors; GP; SDEC; ambulance; ambulances; arrival; arrivals; AMU; admission; admissions; frailty; avoidance; hospital | anti=video; music; Netflix; data; live stream; livestream; Kafka; event; events; streaming service; pipeline; pipelines; real-time; realtime; Spark; Twitch; football; match; game
self-discharge | a patient leaving hospital against medical advice | like a user walking away mid-process, before the checks are done | aka=self-discharged; self discharged; self-discharging; DAMA; discharged against medical advice; against medical advice; left before being seen; LWBS; did not wait; absconded; absconding; absconder; AWOL | amb=AWOL; did not wait | cues=patient; ward; ED; A&E; hospital; section; sectioned; police; nurse; nurses; missing
A to E assessment | the standard order for checking a sick patient: airway, breathing, circulation, disability, exposure | like a runbook's fixed order of checks, the most deadly first | aka=ABCDE; ABCDE assessment; A-E; A-E assessment; A to E; primary survey; secondary survey; tertiary survey; airway compromise; airway adjunct; airway adjuncts; Guedel; nasopharyngeal airway; NPA | amb=A-E; A to E; NPA | cues=assessment; assess; assessed; patient; sick; unwell; airway; approach; sats; resus; review; reviewed; deteriorating; trauma; breathing
cervical spine | the neck part of the spine, protected after an injury until it is shown not to be broken | like locking a change down until it is verified safe to touch | aka=C-spine; C spine; C-spine immobilisation; spinal immobilisation; hard collar; collar and blocks; blocks and tape; log roll; log-rolled; log rolled; cleared the C-spine; clear the C-spine; Canadian C-spine rules; NEXUS criteria | amb=log roll | cues=spine; spinal; neck; trauma; injury; fall; fell; immobilisation; immobilised; fracture; RTC; paramedics; collar; patient
major haemorrhage protocol | the emergency call that releases blood and plasma fast for a patient who is bleeding to death | like a break-glass procedure that unlocks everything at once | aka=MHP; massive transfusion; massive transfusion protocol; O negative blood; O neg; O-negative blood; emergency blood; uncrossmatched blood; code red; pan-scan; pan scan; panscan; trauma CT; whole-body CT; CT trauma | amb=code red; O neg | cues=blood; bleeding; haemorrhage; transfusion; trauma; patient; units; protocol; called; resus; theatre; MHP | anti=code red alert; drill; fire; building
stroke call | the alert that brings the stroke team to a possible new stroke at once, because the clot treatments only work early | like a P1 page where every minute of delay costs | aka=stroke calls; stroke alert; stroke alerts; door to needle; door-to-needle; door to needle time; thrombolysed; thrombolysis; thrombolyse; thrombectomy; mechanical thrombectomy; HASU; hyperacute stroke unit; FAST positive; FAST-positive; BE-FAST; last seen well; onset time; within the window | amb=FAST positive; FAST-positive; last seen well; within the window; onset time | cues=stroke; weakness; face; arm; speech; CT; thrombolysis; neuro; symptoms; onset; hours; window; patient; ambulance
ambulance response categories | how urgently a 999 call is answered: category 1 for life-threatening calls, down to category 4 | like incident severities P1 to P4, each with its own response-time target | aka=category 1; category 2; category 3; category 4; cat 1; cat 2; cat 3; cat 4; category 2 response; cat 2 response; response times; ARP; ambulance response programme; hours lost to handover; HALO; hospital ambulance liaison officer; ambulance offload | amb=category 1; category 2; category 3; category 4; cat 1; cat 2; cat 3; cat 4; response times | cues=ambulance; ambulances; call; calls; 999; minutes; patient; patients; stroke; chest pain; crew; crews; paramedic; paramedics; wait; waited; waits; target; response; handover; ED; A&E; queue; queued; outside | anti=incident; incidents; outage; severity; priority; ticket; tickets; P1; P2; bug; bugs; release; vulnerability
ward note phrases | the shorthand nurses and doctors use for how a patient is doing on the ward | - | aka=tolerating diet; tolerating oral intake; tolerating fluids; tolerating oral fluids; eating and drinking; bowels open; bowels opened; bowels not open; BNO; BO; PU; PU/BO; passing urine; PU well; sitting out; sat out in the chair; mobilising; mobilised; mobilising independently; mobilising with frame; pressure areas intact; skin intact; comfortable at rest; settled overnight; uneventful night; obs stable; observations stable; clinically stable; unremarkable | amb=eating and drinking; BO; PU; passing urine; sitting out; mobilising; mobilised; settled overnight; uneventful night; clinically stable; unremarkable; comfortable at rest; skin intact; bowels open | cues=patient; ward; nurse; nurses; overnight; obs; post-op; day; diet; fluids; frame; physio; chair; bed; urine; catheter; bowels; pain; reviewed; comfortable; discharge; home; stable; exam; examination; scan; CT; chest
dictation | recording a clinic letter by voice for a medical secretary to type, to the GP and often the patient | like the summary email after a customer call, recorded now and typed up later | aka=dictated; dictating; dictate; digital dictation; typing backlog; typing backlogs; medical secretary; medical secretaries; med sec; med secs; secretaries | amb=dictation; dictated; dictating; dictate; secretaries | cues=letter; letters; clinic; GP; typed; typing; secretary; consultant; backlog; patients; patient; discharge; summary
op note | the surgeon's write-up of what was done in an operation and what should happen next | like the change record written straight after a deployment | aka=op notes; operation note; operation notes; operative note; operative notes; post-op instructions; post-op plan; anaesthetic chart
long-term conditions | illnesses that cannot be cured but are managed for years, such as diabetes, asthma and heart failure, and the yearly reviews that go with them | like long-lived services that need a scheduled health check every year | aka=long-term condition; LTC; LTCs; chronic disease; chronic diseases; chronic disease management; chronic disease clinic; chronic disease clinics; disease register; disease registers; QOF register; annual review; annual reviews; diabetic review; asthma review; COPD review; medication review | amb=annual review; annual reviews; medication review | cues=diabetes; diabetic; asthma; COPD; practice; GP; patient; patients; QOF; nurse; clinic; BP; HbA1c; register; LTC; inhaler; inhalers; tablets; medicines; pharmacist; polypharmacy
falls service | community and hospital teams that assess why older people fall and how to stop them | like a problem-management team that looks for the root cause of repeat incidents | aka=falls services; falls clinic; falls team; falls assessment; frailty service; frailty services; frailty team; frailty teams; community frailty team; frailty unit; frailty assessment unit; front-door frailty; comprehensive geriatric assessment; CGA; geriatric assessment | amb=CGA; frailty unit | cues=frailty; frail; elderly; older; falls; geriatric; geriatrician; patients; assessment; unit; ward; COTE; DME
domiciliary care | paid carers who visit people at home to help with washing, dressing and meals | like a support contract with scheduled site visits | aka=dom care; domiciliary care agency; domiciliary care agencies; home care agency; double-handed care; double-handed; double up; double-up care; carers QDS; QDS care; carers four times a day; four calls a day; care calls; single-handed care; care agency; care agencies; brokerage; care brokerage | amb=double up; double-handed; care calls; brokerage; care agency; care agencies | cues=carers; care; package; calls; visits; patient; discharge; social; QDS; day; home; hoist; transfers; agency
total triage | forms patients fill in online to ask their GP practice for help, which the practice then triages | like a service desk web form in place of phoning in | aka=eConsult; eConsults; e-consult; Accurx; AccuRx; askmyGP; Patchs; Klinik; care navigation call | amb=total triage | cues=GP; practice; practices; patients; appointment; appointments; requests; online
discharge equipment | the aids and adaptations a patient needs at home before they can go, arranged by therapists | like the kit a site needs installed before a system can go live there | aka=hoist; hoisted; hospital bed at home; profiling bed; commode; commodes; perching stool; raised toilet seat; grab rails; stair rail; Zimmer at home; access visit; home visit by OT; OT home visit; OT assessment; PT assessment; therapy assessment; equipment delivery; community equipment service | amb=hoist; hoisted; commode; commodes; access visit; OT assessment; PT assessment; therapy assessment | cues=home; discharge; OT; physio; therapist; therapists; transfers; patient; bed; toilet; stairs; carers; equipment; mobility; ward
POC restart | restarting a home care package that paused while the person was in hospital | like resuming a suspended subscription instead of signing a new contract | aka=restart of care package; restart the package; restart the POC; package restart; package of care restart; care package restart; CHC assessment; fast track application; C2R; ready for discharge | amb=C2R; ready for discharge | cues=patient; patients; discharge; CHC; care; package; POC; ward; home; social; delayed; beds; days; list; ICB; nursing home
journal club | a regular teaching meeting where doctors pick apart a recent research paper | like a reading group that reviews a design doc line by line | aka=journal clubs; teaching programme; FY1 teaching; core teaching; regional teaching; sim session; sim training; in-situ simulation; in situ sim; bleep-free teaching; taster week; taster weeks; taster days; LTFT; less than full time; LTFT trainee; LTFT trainees; OOPT; study leave budget | amb=sim session; sim training | cues=teaching; trainee; trainees; training; FY1; FY2; doctors; simulation; programme; deanery; ARCP; registrar; scenario; sim
query | in notes and handovers, "query" or "?" before a diagnosis means suspected, not yet confirmed | like an alert tagged 'suspected' until someone confirms the root cause | aka=queried; querying; query PE; query sepsis; query ACS; query stroke; query fracture; query UTI; query bleed; query MI; query cause | amb=query; queried; querying | cues=PE; sepsis; septic; ACS; MI; NSTEMI; stroke; TIA; fracture; appendicitis; UTI; pneumonia; bleed; DVT; cholecystitis; pancreatitis; meningitis; obstruction; perforation; malignancy; cancer; diagnosis; collapse; seizure | anti=SQL; database; run; runs; ran; running; data; table; tables; ticket; tickets; email; customer; customers; results; report; dashboard; extract; pull; search; log; logs; invoice; invoices; question; questions; billing
work-up | the set of tests done to find or rule out a diagnosis | like the diagnostics you run before you decide what is broken | aka=worked up; working up; workup; full work-up; cardiac work-up; septic work-up; septic screen | amb=work-up; worked up; working up | cues=PE; diagnosis; tests; bloods; scan; CT; MRI; patient; ED; A&E; clinic; anaemia; cardiac; septic; sepsis; syncope; collapse; cancer; malignancy; stroke; TIA; admitted; outpatient; inpatient | anti=worked up about; got worked up; get worked up; getting worked up; work up a sweat; work up the courage; work up to; upset; angry; anxious; nervous; stressed
accepted by a team | a specialty agreeing to take over a patient's care after a referral | like another team agreeing to take over your ticket | aka=accepted by the medics; accepted by medicine; accepted by the surgeons; accepted by surgery; accepted under; accepted the referral; medics; the medics | amb=medics; the medics | cues=accepted; accept; accepting; referred; referral; refer; surgeons; surgical; take; patient; patients; ward; A&E; ED; bed; beds; under; reg; registrar; admit; admitted; AMU; outlier; outliers | anti=army; military; battlefield; combat; soldiers; paramedics
crashed | (of a patient) suddenly collapsed or went into cardiac arrest | like a production system going down without warning | aka=crashing; crashed on the ward; peri-arrest patient; arresting; had an arrest; in arrest; arrest team | amb=crashed; crashing; crashed on the ward; arresting; had an arrest; in arrest; arrest team | cues=patient; ward; resus; CPR; ITU; bay; bed; pulse; arrest; crash team; ROSC; adrenaline; shocked; compressions; arrest team; nurse; nurses; reg; overnight | anti=server; servers; app; apps; system; systems; PC; laptop; computer; software; EPR; website; page; database; program; programme; market; markets; car; cars; plane; drone; police; arrested for; shoplifting; charged; court
abdominal examination | what doctors feel for when they press on the tummy | - | aka=soft and non-tender; soft, non-tender; soft non-tender; SNT; non-tender; tender on palpation; tenderness; palpation; on palpation; palpable; impalpable; palpated; bowel sounds present; bowel sounds; tinkling bowel sounds | amb=non-tender; tenderness; palpable; impalpable; palpated; bowel sounds | cues=abdomen; abdominal; tummy; belly; liver; spleen; mass; masses; RIF; LIF; RUQ; epigastric; examination; exam; examined; calf; chest wall; lump; lymph nodes; nodes; pulse; pulses; patient; soft; renal angle; bladder | anti=tender process; tender offer; tender document; tenders; procurement; bid; bids; supplier; suppliers; contract
insult | an injury or harm to an organ, such as a drop in blood flow or a toxic drug | like a hit to a system that it may or may not recover from | aka=renal insult; kidney insult; hypoxic insult; ischaemic insult; toxic insult; second insult | amb=insult | cues=renal; kidney; kidneys; brain; hypoxic; ischaemic; AKI; contrast; nephrotoxic; organ; liver; patient; sepsis | anti=rude; offended; offensive; called me; add insult to injury; insulted; joke; said
dispo | the decision on where an A&E patient goes next: home, a ward, another hospital | like routing a closed ticket to its next destination | aka=disposition; dispo decision; disposition decision; no dispo; awaiting dispo | amb=disposition | cues=ED; A&E; patient; patients; bed; beds; admit; admission; home; decision; board; breach; majors; minors
buddy ward | a ward paired with a specialty to take its patients when that specialty's own beds are full | like an overflow cluster that takes one service's load when its own is full | aka=buddy wards; buddy ward system; home team; home ward; parent team; parent ward; base ward; base specialty | amb=home team; home ward; parent team; parent ward; base ward | cues=outlier; outlying; outliers; ward; wards; patients; patient; beds; bed; gastro; surgical; medical; specialty; consultant; round; under | anti=football; match; won; lost; game; fans; stadium; league; season
IV push | a dose injected straight into a vein over a minute or two, rather than run in slowly | like pushing one urgent change straight to production rather than through the nightly batch | aka=slow IV push; IV bolus; slow IV; slow IV injection; IV stat; saline flush; flushed the cannula; flush the cannula; flush the line
known to | (of a patient) already under the care of, or on the books of, a team or service | like an existing customer on another team's account list | aka=known to psych; known to the team; known to services; known to mental health services; known to social services; known to the renal team; known to cardiology; known to CMHT; known to us; known to the service; not known to services | amb=known to; known to the team; known to us; known to the service | cues=psych; psychiatry; services; mental health; social services; gastro; renal; cardiology; ward; hospital; CMHT; patient; safeguarding; team; clinic; admission; admitted; admissions; previous; GP | anti=known to be; known to have; known to work; known to fail; well known; is known to cause; known to cause; bug; bugs; issue; issues; error; errors; problem; problems; vendor; supplier; limitation; limitations; risk; risks
ward bay | a ward area of four to six beds, usually for patients of one sex | like a rack of servers sharing one space and one set of staff | aka=bay; bays; male bay; female bay; side bay; bay nurse | amb=bay; bays; side bay; bay nurse | cues=bed; beds; ward; wards; patient; patients; nurse; nurses; side room; side rooms; closed; norovirus; noro; in bay; bay 1; bay 2; bay 3; bay 4; bay 5; bay 6; infection; isolated; cohort; cohorted | anti=parking; park; car; cars; loading bay; loading bays; eBay; Bay Area; San Francisco; drive bay; drive bays; rack; racks; server; servers; docking; dock; bay window; bay leaf; bay leaves
the mess | the doctors' common room in a hospital, and the club that runs it | like the staff kitchen and social club rolled into one | aka=mess; doctors' mess; mess president; mess party; mess fees | amb=mess | cues=doctors; doctor; juniors; junior; FY1; FY2; SHO; reg; registrar; registrars; on call; on-call; rota; nights; hospital; in the mess; the mess; mess president | anti=a mess; such a mess; what a mess; mess up; messed; messes; messy; made a mess; make a mess; mess of; hot mess; mess around; mess about; mess with
"""

_EIGHTH_STRUCTURES = """
marginal rate | the cut-price rate paid for emergency admissions above an agreed level, so that growth in them earns a hospital less | like a volume discount the client gets once usage passes an agreed threshold | aka=tariff price; tariff prices; non-elective threshold
ambulance trust | the NHS organisations that run 999 ambulances, NHS 111 and patient transport | - | aka=ambulance trusts; patient transport; patient transport service; PTS; hospital transport; transport booked; waiting for transport; NHS 111 | amb=patient transport; hospital transport; PTS | cues=patient; patients; ambulance; discharge; discharged; home; wheelchair; stretcher; booked; book; ward; clinic; appointment; appointments
Better Care Fund | a budget that the NHS and the local council pool to join up health and social care | like a shared cost centre two departments fund together and both spend from | aka=BCF; pooled budget; pooled budgets; section 75; s75; section 75 agreement; discharge fund; hospital discharge fund; health and wellbeing board; health and wellbeing boards; HWB; HWBs; JSNA; joint strategic needs assessment; local authority; local authorities; LA funding | amb=pooled budget; pooled budgets; local authority; local authorities; section 75; s75; HWB | cues=council; councils; social care; NHS; ICB; health; care; funding; fund; discharge; BCF; budget; budgets; pooled
GMS contract | the national contract that pays GP practices, mostly a fixed sum for each registered patient | like a subscription priced per seat, not per call | aka=GMS; PMS; APMS; global sum; capitation; capitation payment; capitation payments; list size; list sizes; registered list; practice list; Carr-Hill formula; weighted list; weighted list size; enhanced services; enhanced service; DES; LES; GP partner; GP partners; salaried GP; salaried GPs; locum GP; locum GPs; partnership; partnerships; PCN DES | amb=list size; list sizes; registered list; practice list; partnership; partnerships; enhanced service; enhanced services; DES; LES | cues=practice; practices; GP; GPs; patients; registered; surgery; contract; PCN; NHS; funding; paid; partner; partners; income; per patient
electronic prescription service | the system that sends prescriptions from the GP to the patient's chosen pharmacy without paper | like a message queue between two organisations in place of printed forms | aka=EPS; nominated pharmacy; repeat dispensing; electronic repeat dispensing; eRD; Pharmacy First; dispensing practice; dispensing practices; community pharmacy; community pharmacies; repeat prescription; repeat prescriptions; repeats; medicines management team; MMT; medicines optimisation | amb=repeats; repeat prescription; repeat prescriptions; community pharmacy; community pharmacies; MMT | cues=GP; pharmacy; pharmacist; pharmacists; prescription; prescriptions; medicines; patients; practice; tablets; inhalers; dispensing; ordered; order
out of area placement | a mental health patient sent to a bed far from home because none is free locally | like running a job on a distant data centre because the local one is full | aka=out of area placements; out-of-area placements; OAP; OAPs; OATs; out of area bed; out-of-area bed; out of area beds; tier 4; tier 4 bed; tier 4 beds; PICU; psychiatric intensive care unit; acute psychiatric ward; acute mental health ward | amb=OAP; OAPs; OATs; tier 4; PICU | cues=bed; beds; placement; placements; mental health; psychiatric; patient; patients; ward; acute; private; CAMHS; adolescent; young person; inpatient; unit | anti=lockdown; covid; support; tier 1; tier 2; tier 3; support tier; pricing; plan; pensioner; pensioners
Mental Health Act | the law that lets people with a serious mental illness be detained and treated in hospital without their agreement, with safeguards and appeal rights | like an emergency override of the user's own settings, allowed only with formal sign-off and a route to appeal | aka=section 4; s2; 136 suite; place of safety; section 117; s117; section 117 aftercare; section 17 leave; s17 leave; section 17; CTO; CTOs; community treatment order; community treatment orders; tribunal; mental health tribunal; MHT; detained; detained under; detention; detainable; AMHP; AMHPs; approved mental health professional; s12 doctor; section 12 doctor; section 12 approved; responsible clinician; nearest relative; informal patient; informal admission; voluntary patient; escorted leave; unescorted leave; ground leave; home leave; overnight leave; leave from the ward | amb=section 4; s2; section 17; tribunal; detained; detained under; detention; detainable; nearest relative; informal patient; informal admission; MHT; home leave; overnight leave; ground leave; place of safety | cues=section; sectioned; MHA; Mental Health Act; psychiatric; psychiatry; psychiatrist; mental health; ward; patient; patients; detained; AMHP; assessment; leave; psychosis; psychotic; CTO; tribunal; RC; consultant; police; nurse; escorted; unescorted; grounds | anti=section 2 of; section 3 of; section 4 of; in section; see section; sections; document; report; chapter; paragraph; appendix; slide; spec; specification; form; policy document
talking therapies | NHS psychological treatments such as CBT for anxiety and depression, which people can refer themselves to | - | aka=NHS Talking Therapies; IAPT; psychological therapies; psychological therapy; psychology referral; CBT; DBT; EMDR; CAT; cognitive behavioural therapy; dialectical behaviour therapy; step 2; step 3 | amb=CAT; step 2; step 3 | cues=therapy; therapies; anxiety; depression; mood; psychology; psychological; sessions; referral; referred; waiting; IAPT; CBT; counselling
early intervention in psychosis | a team that treats people in their first episode of psychosis quickly, for up to three years | - | aka=EIP; EIS; early intervention service; early intervention team; early intervention in psychosis team; first episode psychosis; FEP; first episode | amb=EIS; first episode; FEP | cues=psychosis; psychotic; mental health; team; EIP; referral; schizophrenia
consultant contract | the national terms for consultants' pay: programmed activities, on-call supplements, pay points and awards | like an engineering career ladder with set pay steps and extras for being on call | aka=consultant contract 2003; 2003 contract; 2016 contract; junior doctor contract; on-call supplement; on call supplement; on-call availability supplement; pay point; pay points; spine point; spine points; Clinical Excellence Awards; CEAs; NCEA; NCEAs; local CEA; APA; additional PA; additional PAs; extra PA; extra PAs; AfC band | amb=pay point; pay points; spine point; spine points; CEAs; APA | cues=consultant; consultants; doctor; doctors; pay; contract; PA; PAs; job plan; salary; award; awards; band; nurse; nurses; NHS
contract monitoring | how a trust and its commissioners check the activity and money against the contract each month | like a monthly invoice reconciliation between a supplier and its client | aka=SLAM; SLAM data; contract challenge; contract challenges; contract query; contract queries; overperformance; over-performance; overperforming; underperformance; under-performance; underperforming against plan; trim point; trim points; excess bed day; readmission penalty; 30-day readmission rule; fixed element; variable element | amb=overperformance; over-performance; overperforming; underperformance; under-performance; fixed element; variable element | cues=contract; contracts; commissioner; commissioners; ICB; activity; trust; plan; income; money; NHS; payment; elective; tariff; HRG; budget; deficit; finance; month; year
control total | the financial result, surplus or deficit, that NHS England agrees a trust or a whole system must hit for the year | like a budget envelope the whole department must land inside | aka=control totals; system control total; system control totals; non-recurrent savings; RDEL; capital allocation | amb=control total; control totals | cues=NHS; NHSE; ICB; trust; system; deficit; surplus; finance; financial; budget; year; plan; savings; CIP; money; million
patient safety learning | how the NHS investigates and learns from harm, with its own national bodies, alerts and reviews | like post-incident reviews across a whole industry, with shared alerts when one site finds a hazard | aka=HSSIB; HSIB; MBRRACE; MBRRACE-UK; NatPSA; national patient safety alert; national patient safety alerts; patient safety alert; patient safety alerts; learn from patient safety events; NRLS; harm review; harm reviews; clinical harm review; 52-week harm review; moderate harm; severe harm; low harm; no harm incident; learning response; learning responses; thematic review; thematic reviews; LeDeR; child death review; CDOP; patient safety specialist; patient safety partner; STEIS; swarm huddle | amb=harm review; harm reviews; moderate harm; severe harm; low harm; learning response; learning responses; thematic review; thematic reviews | cues=patient; patients; incident; incidents; safety; Datix; PSIRF; harm; ward; trust; clinical; death; deaths; waiting; wait; falls; pressure ulcer; SI; learning | anti=release; releases; deployment; deployments; code; security; process review; software
place-based partnership | the councils, NHS bodies and voluntary groups of one town or borough working together inside an integrated care system | like a regional team inside a national organisation, with its own budget and priorities | aka=place-based partnerships; place partnership; place partnerships; at place; place level; place director; neighbourhood team; neighbourhood teams; integrated neighbourhood team; INT; federation; prescribed specialised services; specialised services; director of public health; DPH; health scrutiny committee; health scrutiny; AoMRC; Academy of Medical Royal Colleges; trauma unit; trauma units | amb=at place; place level; federation; INT; specialised services; health scrutiny | cues=ICS; ICB; system; systems; borough; council; councils; neighbourhood; NHS; GP; GPs; practices; health; care; partnership; partners; commissioning; commissioned; trauma; council's | anti=identity; SSO; SAML; single sign-on; login; logins; Azure; Active Directory; Star Trek; galaxy; sci-fi; INT type; integer; integers; INT column; data type
cancer alliance | the regional group that plans cancer services across its hospitals and runs improvement money | like a programme board that spans several teams for one product line | aka=cancer alliances
NHS tiers | NHS England's grading of trusts by how far behind they are on waiting times, with extra oversight for the worst (tier 1) | like a supplier risk rating that decides how often they are audited | aka=tier 1 trust; tier 2 trust; tier 1 trusts; tier 1 for cancer; tier 1 for elective
planning guidance | NHS England's yearly instructions to every ICB and trust on targets and money, answered by each with a plan | like the annual objectives set from the top, answered by each team's plan | aka=operational planning guidance; operational plan; operational plans; planning round; planning submission | amb=operational plan; operational plans; planning round; planning submission | cues=NHS; NHSE; NHS England; ICB; trust; trusts; targets; activity; elective; submission; system; finance; workforce
six-week diagnostic standard | the target that patients wait no more than six weeks for a diagnostic test, with community diagnostic centres built to help | like a service-level target for a queue, with extra capacity built outside the main site | aka=diagnostic waits; diagnostic waiting list; community diagnostic centre; community diagnostic centres | amb=diagnostic waits | cues=scan; scans; endoscopy; MRI; CT; weeks; waiting; patients; target; DM01; diagnostics; backlog
G&A beds | general and acute beds: the ordinary adult hospital beds counted when bed occupancy is reported | like the production capacity that the utilisation figures are measured against | aka=general and acute beds; core beds; core bed base; bed base | amb=core beds; core bed base; bed base | cues=beds; occupancy; hospital; escalation; winter; trust; wards; open; opened; closed; capacity
urgent and emergency care | the NHS's name for A&E, ambulances, urgent treatment centres and NHS 111 taken together | like the incident-response side of the service, as opposed to planned work | aka=UEC plan; UEC recovery plan
hear and treat | the ambulance service giving advice on the phone instead of sending a crew, so fewer patients are taken to hospital | like a support call resolved remotely instead of a site visit | aka=conveyed; conveyed to; conveyance rate; conveyance rates; non-conveyance; intelligent conveyancing | amb=conveyed; conveyance rate; conveyance rates | cues=ambulance; ambulances; crew; crews; 999; ED; A&E; paramedic; paramedics; patients; hospital
release to respond | the rule that an ambulance crew hands over at A&E within 45 minutes so it can answer the next call | like a timeout that frees a worker stuck waiting on a downstream queue | aka=W45; 45-minute rule; 45-minute handovers; immediate handover; rapid release; release to respond protocol | amb=immediate handover; rapid release | cues=ambulance; ambulances; crew; crews; ED; A&E; handover; handovers; minutes; paramedics; patients
"""

_EIGHTH_MANAGEMENT = """
nursing establishment | the number of staff posts a ward or team is funded for | like a team's approved headcount, filled or not | aka=establishment reviews; budgeted establishment; over establishment; under establishment; fill rate; fill rates | amb=fill rate; fill rates | cues=ward; wards; nurses; nursing; posts; funded; WTE; staffing; budget; review; vacancies; band; HCA; HCAs; shifts; rota; bank; agency | anti=the establishment; establishment of; anti-establishment; establishments; restaurant; restaurants; pub; pubs
PTL validation | checking each patient on a waiting list still needs to be on it, and that their clock is right | like cleaning a backlog: closing tickets that are done, duplicated or abandoned | aka=validation; validated; validating; clinical validation; admin validation; technical validation | amb=validation; validated; validating; clinical validation; admin validation; technical validation | cues=waiting list; waiting lists; PTL; RTT; pathway; pathways; clock; clocks; patients; admin; clinic; elective; referral; referrals; validation team; weeks | anti=data validation; validation rules; input validation; form validation; schema; model; models; validation set; test set; training set; cross-validation; unit test; unit tests; field; fields
52-week waiters | patients who have waited more than a year (or 65, 78 or 104 weeks) for planned treatment, counted and chased one by one | like the oldest tickets in a backlog, each reported to management by name | aka=long waits; 65-week waiters; 65-week waits; 78-week waiters; 78-week waits; 104-week waiters; 104-week waits; 52-week breaches | amb=long waits | cues=waiting list; waiting lists; PTL; RTT; elective; patients; weeks; surgery; treatment; clinic; referral; backlog; trust
enforcement undertakings | formal commitments a struggling trust signs with NHS England, or the special-measures status of one failing badly, with extra oversight and support | like a supplier put on a formal improvement plan with weekly audits | aka=in special measures; financial special measures; undertakings; turnaround director; turnaround plan | amb=undertakings | cues=trust; NHS; CQC; NHSE; regulator; board; segment; finance; financial; enforcement; deficit
NHS Resolution | the NHS body that handles clinical negligence claims and runs the trusts' insurance scheme | like the company's legal and insurance team for when a mistake turns into a claim | aka=NHSR; CNST; clinical negligence scheme for trusts; clinical negligence; negligence claim; negligence claims; maternity incentive scheme; MIS; early notification scheme | amb=MIS | cues=maternity; trust; trusts; claims; claim; NHS; safety; actions; CNST; scheme
Regulation 28 | a coroner's formal report warning an organisation that more deaths could happen unless it acts, with a deadline to reply | like a regulator's formal notice that demands a written response by a set date | aka=Reg 28; regulation 28 report; PFD; PFD report; prevention of future deaths; prevention of future deaths report; coroner's inquest; inquest; inquests; pre-inquest review; PIR; coroner's statement; coroner statement; statement for the coroner | amb=inquest; inquests; PIR | cues=coroner; death; died; family; hearing; statement; trust; patient; legal; evidence
CQC ratings | the regulator's verdicts on a service: outstanding, good, requires improvement or inadequate, across five questions (safe, effective, caring, responsive, well-led) | like an external audit grade per area, published for everyone to see | aka=well-led inspection; rated inadequate; rated outstanding; rated good; must-do; must-dos; must do actions; should-do; should-dos; warning notice; section 29A; S29A; key lines of enquiry; KLOE; KLOEs; single assessment framework; quality statements | amb=rated good; must-do; must-dos; should-do; should-dos; warning notice; quality statements | cues=CQC; inspection; inspectors; inspected; rating; ratings; report; trust; ward; service; services; regulator; domain; domains; rated
consent law | the legal tests for a patient's agreement: told about every risk that matters to them, and children judged on their own understanding | - | aka=Montgomery; Montgomery ruling; material risk; material risks; Gillick; Gillick competent; Gillick competence; Fraser guidelines; Fraser competent | amb=Montgomery; material risk; material risks | cues=consent; risk; risks; ruling; patient; patients; law; legal; judgment; informed; operation; procedure; surgeon
WHO surgical safety checklist | the checklist read aloud in theatre before the anaesthetic, before the first cut and before the patient leaves | like a release checklist run aloud, with each person confirming their part | aka=WHO checklist; surgical safety checklist; WHO sign in; WHO time out; WHO sign out; team brief; team briefing; NatSSIPs; LocSSIPs; NatSSIPs 2; safety checklist; stop moment; stop before you block; wrong site surgery; wrong-site surgery | amb=team brief; team briefing; safety checklist | cues=theatre; theatres; WHO; checklist; surgeon; anaesthetist; incision; scrub; patient; operation; list; surgical; block
research governance | the approvals a clinical study needs before it starts, separate from the sign-off for audit or service evaluation | like the change advisory board for experiments on real users, on top of normal release sign-off | aka=service evaluation; service evaluations; service eval; REC; REC approval; research ethics committee; HRA approval; HRA; IRAS; research passport; CTIMP; R&D approval; R&D department; R&I; research and innovation; GCP; good clinical practice; NIHR; portfolio study; portfolio studies; principal investigator; PI; chief investigator | amb=REC; GCP; PI; R&I; portfolio study; portfolio studies | cues=research; trial; trials; ethics; consent; NIHR; certificate; training; clinical; study; studies; patients; recruit; recruitment; recruiting; protocol; investigator; HRA; approval
"""


# Health-service data returns, read as before by the clinical reader and with no reader.
_EIGHTH_ACTIVITY = """
sitrep | the daily situation report a trust sends NHS England about its beds, ambulances and pressures | like a daily status report sent up to head office | aka=sitreps; SitRep; sit rep; daily sitrep; weekly sitrep; sitrep return; winter sitrep | amb=sitrep; sitreps; SitRep; sit rep | cues=NHSE; NHS England; beds; bed; OPEL; ICB; trust; daily; return; submission; ambulance; ambulances; discharges; winter; site; hospital; wards | anti=outage; incident; incidents; server; servers; release; deployment; project; sprint
"""

_SECTIONS = (
    (CLINICAL_TERMS, "clinical", _CLINICAL),
    (CLINICAL_TERMS, "clinical", _MORE_CLINICAL),
    (INVESTIGATIONS, "clinical", _INVESTIGATIONS),
    (MEDICINES, "clinical", _MEDICINES),
    (ROLES, "clinical", _ROLES),
    (WORKFLOW, "clinical", _WORKFLOW),
    (WORKFLOW, "clinical", _MORE_WORKFLOW),
    (STRUCTURES, "service", _STRUCTURES),
    (STRUCTURES, "service", _MORE_STRUCTURES),
    (MANAGEMENT, "service", _MANAGEMENT),
    (ACTIVITY, "health-data", _ACTIVITY),
    (CLINICAL_TERMS, "clinical", _EIGHTH_CLINICAL),
    (INVESTIGATIONS, "clinical", _EIGHTH_INVESTIGATIONS),
    (MEDICINES, "clinical", _EIGHTH_MEDICINES),
    (ROLES, "clinical", _EIGHTH_ROLES),
    (WORKFLOW, "clinical", _EIGHTH_WORKFLOW),
    (STRUCTURES, "service", _EIGHTH_STRUCTURES),
    (MANAGEMENT, "service", _EIGHTH_MANAGEMENT),
    (ACTIVITY, "health-data", _EIGHTH_ACTIVITY),
)

_FIELDS = ("aka", "exp", "amb", "cues", "anti")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _looks_like_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    return caps >= 2 and caps * 2 >= len(letters)


def _parse(line: str, category: str, domain: str) -> GlossaryEntry:
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 3:
        raise ValueError(f"clinical glossary row needs a term, an alternative and an analogy: {line[:60]!r}")
    term, alternative, analogy = parts[:3]
    fields = dict.fromkeys(_FIELDS, "")
    for part in parts[3:]:
        key, _, value = part.partition("=")
        if key not in fields:
            raise ValueError(f"unknown field {key!r} in clinical glossary row {term!r}")
        fields[key] = value
    aliases = _split(fields["aka"])
    amb_items = _split(fields["amb"])
    ambiguous = tuple(term if item == "=" else item for item in amb_items)
    acronym = bool(fields["exp"]) and (_looks_like_acronym(term) or any(_looks_like_acronym(a) for a in aliases))
    return GlossaryEntry(
        term=term, alternative=alternative, analogy="" if analogy == "-" else analogy,
        category=category, aliases=aliases, acronym=acronym, expansion=fields["exp"],
        ambiguous=ambiguous, cues=_split(fields["cues"]), anti_cues=_split(fields["anti"]), domain=domain,
    )


def _build() -> tuple[GlossaryEntry, ...]:
    entries = []
    for category, domain, table in _SECTIONS:
        for line in table.strip().splitlines():
            if line.strip() and not line.startswith("#"):
                entries.append(_parse(line, category, domain))
    return tuple(entries)


ENTRIES: tuple[GlossaryEntry, ...]  # provided by __getattr__ below, built on first access
_ENTRIES: tuple[GlossaryEntry, ...] | None = None
_INDEX: dict[str, GlossaryEntry] | None = None


def entries() -> tuple[GlossaryEntry, ...]:
    """All clinical and health-service entries (built on first use; also ``ENTRIES``)."""
    global _ENTRIES
    if _ENTRIES is None:
        _ENTRIES = _build()
    return _ENTRIES


def __getattr__(name: str) -> Any:  # PEP 562: ENTRIES is built on first access
    if name == "ENTRIES":
        return entries()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def lookup(term: str) -> GlossaryEntry | None:
    """The entry whose canonical term or alias is ``term`` (case and hyphens ignored)."""
    global _INDEX
    if _INDEX is None:
        _INDEX = lookup_index(entries())
    return _INDEX.get(lookup_key(term))
