"""The built-in glossary: technical words, what to say instead, and an analogy.

Each :class:`GlossaryEntry` has a canonical ``term`` (how we display it), the
``alternative`` to say instead, a short ``analogy`` (mostly from a clinician's or
senior professional's working day), a ``category``, ``aliases`` (other spellings
and variants that mean the same thing), and for acronyms the ``expansion``.

Ambiguous words
---------------
Some words are jargon only in one of their senses ("cloud storage" versus "a
cloud of smoke", "tablet computer" versus "take one tablet").  For those, the
forms listed in ``ambiguous`` are flagged by the checker only when one of the
``cues`` appears near them and none of the ``anti_cues`` does; see
:mod:`rmcoach.tips.jargon` for the exact rule.  Forms that are not listed in
``ambiguous`` (for example "cloud storage") are always flagged.

Cue syntax: a cue is a word or phrase matched case-insensitively at a word
start, allowing common endings (-s, -es, -ed, -d, -ing, -er, -ers), so "upload"
also finds "uploaded".  A cue written with capitals ("IT", "EHR") is matched
with exactly that case.

The words are ours; the facts (what an acronym stands for) are public.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable
from typing import Any

GENERAL = "general IT"
HEALTH = "healthcare IT"
SOCIAL = "social media"
DATA = "data"
SECURITY = "security"
BUZZWORD = "buzzword"

OFFICE = "office and file sharing"
DELIVERY = "software delivery"
AI_TALK = "AI"
EHR_WORK = "EHR workflow"

CATEGORIES: tuple[str, ...] = (GENERAL, HEALTH, SOCIAL, DATA, SECURITY, BUZZWORD, OFFICE, DELIVERY, AI_TALK, EHR_WORK)


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    alternative: str
    analogy: str
    category: str
    aliases: tuple[str, ...] = ()
    acronym: bool = False
    expansion: str = ""
    ambiguous: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    anti_cues: tuple[str, ...] = ()
    #: who finds it jargon: "tech", "tech-basic" (too everyday for a clinician to need it
    #: explained), "health-data" (coding and activity words), "clinical", "service" (NHS
    #: structures and management); see :data:`rmcoach.tips.jargon.READER_DOMAINS`
    domain: str = "tech"
    #: other senses: (cues, alternative, analogy); the first whose cues appear near the
    #: term gives the explanation instead of ``alternative``/``analogy``
    senses: tuple[tuple[tuple[str, ...], str, str], ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The term followed by its aliases."""
        return (self.term, *self.aliases)

    @property
    def is_ambiguous(self) -> bool:
        return bool(self.ambiguous)

    def as_dict(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "alternative": self.alternative,
            "analogy": self.analogy,
            "category": self.category,
            "aliases": list(self.aliases),
            "acronym": self.acronym,
            "expansion": self.expansion,
            "ambiguous": list(self.ambiguous),
            "cues": list(self.cues),
            "anti_cues": list(self.anti_cues),
            "domain": self.domain,
        }


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


# term, alternative, analogy, aka, exp, amb, cues, anti (lists as semicolon-separated text)
_Row = tuple[str, str, str, str, str, str, str, str]

def _e(term: str, alternative: str, analogy: str, *, aka: str = "", exp: str = "",
       amb: str = "", cues: str = "", anti: str = "",
       senses: tuple[tuple[str, str, str], ...] = ()) -> tuple[Any, ...]:
    """One row, kept as raw strings (semicolon-separated lists) and parsed on first use.

    ``amb="="`` means "the term itself is ambiguous"; ``cues="*"`` means "in any
    context", so only the anti-cues keep an everyday sense alone.  ``senses`` are
    (cues, alternative, analogy) for other meanings of the same word.
    """
    return (term, alternative, analogy, aka, exp, amb, cues, anti, senses)


_GENERAL_ROWS = [
    _e("second-line support", "the more specialist IT team a problem goes to when the service desk cannot fix it",
       "like a ward nurse calling the registrar, who calls the consultant if needed",
       aka="first-line support; third-line support; 1st line support; 2nd line support; 3rd line support; "
           "first line support; second line support; third line support; known error; known errors; "
           "problem record; problem records; problem management; severity 2; severity 3; sev 2; sev 3; Sev2"),
    _e("load test", "running a system with many pretend users at once to see when it slows or breaks",
       "like a major-incident exercise that floods ED on purpose to find where it jams",
       aka="load tests; load testing; load-tested; stress test; stress tests; stress testing; performance testing; "
           "soak test; soak testing",
       amb="stress test; stress tests; stress testing",
       cues="users; user; system; server; servers; app; website; site; software; slows; traffic; database",
       anti="exercise; treadmill; cardiac; heart; ECG; echo; chest pain; dobutamine; angina; financial; bank; "
            "banks; staff"),
    _e("breaking change", "an update that stops things built on the old version from working",
       "like changing a form's layout so every old report reading it breaks",
       aka="breaking changes; backwards compatibility; backward compatibility; backwards compatible; "
           "backward compatible; changelog; changelogs; versioned; versioning; semantic versioning"),
    _e("dongle", "a small plug-in gadget that adds something to a computer, such as mobile internet or a wireless mouse",
       "like a plug-in probe that gives a monitor one extra reading", aka="dongles; USB dongle; 4G dongle; "
       "wireless dongle; MiFi; mobile hotspot device"),
    _e("digital front door", "the online way in to a health service, where patients book, ask and get answers first",
       "like the hospital's main reception, moved online", aka="digital front doors; front-door app; "
       "self-service booking; self-serve booking; patient self-service; self-referral portal"),
    _e("workstation on wheels", "a computer on a trolley that staff push round the ward",
       "like the notes trolley with the computer built in", aka="workstations on wheels; WoW; WOWs; WoWs; "
       "computer on wheels; computers on wheels"),
    _e("card reader", "the slot or pad on a computer that reads your smartcard so you can log in",
       "like the swipe pad on the ward door, but for the computer",
       aka="card readers; smartcard reader; smartcard readers; smart card reader",
       amb="card reader; card readers",
       cues="PC; PCs; laptop; computer; smartcard; keyboard; log in; login; EPR; EHR; ward PC; IT",
       anti="car park; parking; pay; payment; payments; canteen; shop; contactless; till; coffee"),
    _e("dead spot", "a place where the Wi-Fi or phone signal does not reach",
       "like the one corner of the ward where the bleep never goes off",
       aka="dead spots; not-spot; not-spots; dead zone; dead zones; signal blackspot; signal blackspots",
       amb="dead spot; dead spots; dead zone; dead zones",
       cues="signal; Wi-Fi; wifi; mobile; coverage; reception; phone; phones; network; connection; drops",
       anti="skin; lesion; retina; retinal; visual field; blind spot; necrosis; necrotic; tissue; tooth; lawn"),
    _e("leased line", "a private connection rented between two sites, used by nobody else",
       "like a dedicated porter route between two hospitals instead of the public road",
       aka="leased lines; dedicated line; dedicated lines; private circuit; private circuits"),
    _e("thin client", "a simple ward computer that runs everything from a central server rather than itself",
       "like a bedside monitor that only shows what the central station sends it",
       aka="thin clients; zero client; zero clients"),
    _e("workspace", "a shared area in an online tool where one team keeps its files, chats and work",
       "like a team's own room in the department, with its own noticeboard and filing cabinet",
       aka="workspaces", amb="workspace; workspaces",
       cues="platform; new platform; Slack; Teams; cloud; Power BI; tool; online; team; each team; app; "
            "files; channel; channels; log in; access",
       anti="desk; desks; quiet; office; room; clinical workspace; bench; kitchen; clean; clutter; tidy"),
    _e("favourite", "a saved shortcut in the record system for an order or prescription you use often",
       "like a pre-printed prescription chart with your usual regimen already filled in",
       aka="favourites; favourite list; favourites list; preference list; preference lists; pref list",
       amb="favourite; favourites",
       cues="set up; prescribe; prescribing; order; orders; drugs; EPR; EHR; save; saved; list",
       anti="my favourite; your favourite; his favourite; her favourite; our favourite; their favourite; "
            "favourite food; favourite place; favourite nurse; favourite song; football"),
    _e("template", "a standard letter or note in the record system that fills itself in from the record",
       "like an addressograph label, but for whole paragraphs: results and diagnoses dropped in for you",
       aka="templated", amb="template; templated",
       cues="pulls; pulls in; pull in; pulled; populate; populates; populated; auto; automatically; EPR; EHR; "
            "Epic; Cerner; smart; build; built; fields",
       anti="surgical; dental; implant; drill; cut; cutting; sewing; knitting"),
    _e("docking station", "the stand a laptop plugs into for the big screen, keyboard and network",
       "like the base unit a portable monitor clips into at the bedside",
       aka="docking stations; laptop dock; laptop docks; dock the laptop; docked laptop; USB-C dock; docked; "
           "undocked; redocked; docking",
       amb="docked; undocked; redocked; docking",
       cues="iPad; iPads; laptop; laptops; device; devices; tablet; tablets; station; charging; cradle; screen; "
            "monitor; keyboard; sync; syncs; synced; upload; uploads",
       anti="pay; wages; salary; points; boat; boats; ship; ships; ferry; harbour; marina; tail"),
    _e("reimage", "wipe a computer and put a fresh standard copy of everything back on",
       "like stripping and remaking a bed between patients rather than tidying it",
       aka="re-image; reimaged; re-imaged; reimaging; re-imaging; rebuild the laptop; wipe and rebuild",
       amb="reimage; re-image; reimaged; re-imaged; reimaging; re-imaging",
       cues="laptop; laptops; PC; PCs; computer; computers; device; devices; machine; IT; network; desktop",
       anti="patient; patients; scan; scans; MRI; CT; ultrasound; lesion; contrast; radiology"),
    _e("packet loss", "bits of a call or download going missing on the way, so it stutters",
       "like a bleep message that arrives with words missing: you can guess, but it breaks up",
       aka="dropped packets; packets; jitter"),
    _e("wired connection", "plugging the computer into the network with a cable instead of Wi-Fi",
       "like a piped oxygen point on the wall rather than a portable cylinder",
       aka="wired connections; wired network; "
           "network point; network points; data point; data points; hardwired; hard-wired",
       amb="data point; data points; network point; network points",
       cues="plug; plugged; cable; wall; socket; laptop; PC; desk; Wi-Fi; wifi; connect; connection",
       anti="one; each; every; plot; graph; chart; trend; mean; median"),
    _e("storage limit", "the most your mailbox or drive is allowed to hold",
       "like the shelf space allotted to a ward in the records store: when it is full, nothing more goes in",
       aka="storage limits; storage quota; storage quotas; mailbox quota; mailbox limit; mailbox size limit; "
           "out of storage; over quota; quota; quotas", amb="quota; quotas",
       cues="mailbox; email; emails; storage; OneDrive; inbox; attachments; full; limit; space; bouncing; "
            "GB; MB; drive",
       anti="fishing; migrant; migrants; sales quota; quota of patients; quota of"),
    _e("cloud", "online storage run by another company",
       "like the off-site records store: your files sit in someone else's secure building and come back when you ask",
       aka="cloud storage; cloud computing; cloud-based; cloud service; cloud server", amb="=",
       cues="save; saving; storage; stored; upload; download; backup; back up; file; drive; sync; online; "
            "icloud; onedrive; dropbox; google; account; server; data; photos; in the cloud; to the cloud; "
            "on the cloud; from the cloud; documents; their cloud; our cloud; hosts; hosted; hosting; vendor; "
            "supplier; model; models",
       anti="smoke; weather; rain; sky; dust; thunder; mushroom; over the; hanging over; storm"),
    _e("bandwidth", "how much data your connection can carry at once",
       "like the bore of a cannula: a wider one lets more through every minute", amb="=",
       cues="internet; connection; network; broadband; wifi; wi-fi; video; stream; download; upload; mbps; "
            "gbps; router; streaming; have the bandwidth; the bandwidth to; bandwidth for; no bandwidth; "
            "headspace; capacity; site; sites; link; poor; slow; community; images",
       senses=(("have the bandwidth; the bandwidth to; bandwidth for; no bandwidth; headspace; capacity; "
                "workload; time for; this week; this month; team",
                "time or capacity to take something on",
                "like saying 'I have no clinic slots this month' instead of a network word"),)),
    _e("cache", "a stored copy the computer keeps so things load faster",
       "like keeping the most-used forms in the clinic drawer instead of sending to records each time",
       aka="browser cache; cache memory"),
    _e("cookie", "a small note a website leaves on your computer to remember you",
       "like an inpatient wristband: each department knows who you are without asking again", amb="=",
       cues="website; site; browser; accept; consent; tracking; online; web; banner; privacy; third-party; clear; "
            "session; logged in; log in; login",
       anti="biscuit; bake; jar; chocolate; tea; eat; dough; oven"),
    _e("browser", "the program you use to look at websites (Chrome, Edge or Safari)",
       "like the lightbox for films: it holds nothing itself, it lets you see what is sent to it",
       aka="web browser; internet browser"),
    _e("app", "a program on your phone or computer",
       "like one instrument from the tray, made for a single job", aka="mobile app; smartphone app"),
    _e("download", "copy something from the internet onto your own device",
       "like photocopying a letter from the central file to keep in your own drawer"),
    _e("upload", "send a copy from your device to a website or shared store",
       "like sending a sample to the lab: it leaves your hands and is kept somewhere else"),
    _e("sync", "keep the same up-to-date copy on every device",
       "like a good handover: both teams walk away with the same list",
       aka="synchronise; synchronize; synchronisation; synchronization", amb="sync",
       cues="phone; device; laptop; calendar; account; files; email; app; cloud; data; contacts; tablet; "
            "computer; settings; outlook; icloud; onedrive; folder; folders; desktop; SharePoint; drive; Teams"),
    _e("backup", "a spare copy of your files kept somewhere safe",
       "like the duplicate keys held by the site manager in case yours go missing",
       aka="back up; back-up; backed up; backing up; offline backup; offline backups; immutable backup; "
           "immutable backups; off-site backup; off-site backups; restore from a backup; restored from a backup",
       amb="backup; back up; back-up; backed up; backing up",
       cues="file; data; drive; restore; copy; copies; cloud; computer; laptop; phone; photos; document; "
            "server; disk; onedrive; icloud; your work; external",
       anti="plan; call; police; argument; claim; traffic; queue; evidence; team; generator; car; the car; van; "
            "lorry; reverse; reversing; driveway; ambulance; parked"),
    _e("two-factor authentication", "a second check after your password, such as a code sent to your phone",
       "like the two-signature check for controlled drugs: one signature alone is not enough",
       aka="two-factor; two factor auth; 2FA; MFA; multi-factor authentication; multifactor authentication; "
           "two-step verification; 2-step verification; two-step authentication"),
    _e("VPN", "a secure private connection into the work network from outside",
       "like a staff-only corridor between buildings: you pass through public space but nobody sees in",
       exp="virtual private network", aka="virtual private network"),
    _e("Wi-Fi", "wireless internet",
       "like the bleep system: no cable needed, but you must be in range", aka="wifi; wireless network"),
    _e("Bluetooth", "a short-range wireless link between two gadgets close together",
       "like passing something across the bed by hand instead of sending it by porter"),
    _e("router", "the box that shares the internet connection around a home or office",
       "like the switchboard that puts each call through to the right extension",
       aka="wireless router; access point; access points; WAP; mesh network; mesh Wi-Fi; Wi-Fi extender; "
           "network switch; switches", amb="switches",
       cues="network; cable; cables; router; Wi-Fi; wifi; port; ports; IT; cupboard; comms"),
    _e("URL", "web address", "like a ward and bed number: it tells you exactly where to go",
       exp="uniform resource locator"),
    _e("QR code", "the square barcode you point your phone camera at",
       "like the barcode on a wristband: scan it and the right record opens", exp="quick response",
       aka="QR"),
    _e("operating system", "the main software that runs the computer (Windows, macOS, iOS or Android)",
       "like the estates team: you rarely notice it, but everything else depends on it",
       exp="operating system", aka="OS; iOS; iPadOS; macOS; Android version; ChromeOS"),
    _e("patch", "a small fix sent out for a program",
       "like a correction slip pasted into the formulary after a misprint",
       aka="security patch; software patch", amb="=",
       cues="software; update; install; security; windows; system; computer; app; fix; vulnerability; bug; "
            "release; server; laptop; firmware; rolled back; roll back; IT",
       anti="skin; nicotine; fentanyl; buprenorphine; hormone; rough; bad; eye; dressing; transdermal; HRT; "
            "rivastigmine; pain"),
    _e("software update", "a new version of a program, usually with fixes",
       "like a revised edition of a guideline that replaces the old one on the ward",
       aka="system update; app update; security update; firmware update"),
    _e("encryption", "scrambling information so only people with the key can read it",
       "like a sealed envelope that cannot be steamed open, only unlocked by the person it is for",
       aka="encrypt; encrypted file; encrypted email"),
    _e("password manager", "a secure app that keeps all your passwords behind one main password",
       "like the locked drug cupboard: you guard one key, and everything inside stays safe"),
    _e("SSO", "logging in once to reach several systems",
       "like a staff badge that opens every door you are allowed through, instead of a bunch of keys",
       exp="single sign-on", aka="single sign-on; single sign on"),
    _e("conditional access", "rules that decide whether a login is allowed from where and on what device",
       "like a ward door that opens to your badge by day but needs the nurse in charge at night",
       aka="conditional access policy; conditional access policies; geo-blocking; geoblocking; named locations; "
           "risky sign-in; risky sign-ins; impossible travel; trusted device; trusted devices; "
           "compliant device; compliant devices"),
    _e("API", "a fixed way for two computer systems to ask each other for information",
       "like the pathology request form: a set format the lab understands, so answers always come back the same way",
       exp="application programming interface", aka="application programming interface"),
    _e("SaaS", "software you rent and use online instead of installing it",
       "like a leased scanner with a service contract rather than one you buy outright",
       exp="software as a service",
       aka="software as a service; subscription; subscriptions; per-user licence; per user licence; licence per "
           "user; licences per user; licence "
           "fee; licensing; seat licence; seats", amb="subscription; subscriptions; licensing; seats",
       cues="software; per user; user; users; monthly; yearly; annual; supplier; vendor; licence; licences; "
            "app; tool; platform; Microsoft; cloud; cost; costs; pay"),
    _e("UI", "the screens and buttons you see and use",
       "like the layout of a drug chart: how it is arranged decides how easily it is read",
       exp="user interface", aka="user interface"),
    _e("UX", "how easy and pleasant something is to use",
       "like the whole patient journey through clinic, not just the minutes in the consulting room",
       exp="user experience", aka="user experience"),
    _e("bug", "a fault in a program",
       "like a typo in a printed protocol: everyone who follows it hits the same error",
       aka="known bug; known bugs; software bug; software bugs", amb="=",
       cues="software; app; system; code; fix; fixed; report; crash; glitch; screen; error; update; website; "
            "login; program; developer; IT; EHR; button; version; backend; frontend; race condition; hotfix; devs; "
            "developers; deploy; production",
       anti="stomach; tummy; going round; ward; caught; infection; norovirus; diarrhoea; vomiting; insect; "
            "bed bug; tummy bug; flu"),
    _e("beta", "an early trial version that is not finished yet",
       "like piloting a new clinic pathway on one ward before it goes trust-wide",
       aka="beta version; beta test; beta testing; beta tester", amb="beta",
       cues="version; test; tester; testing; release; software; app; program; programme; sign up; feature; "
            "in beta; open beta; launch",
       anti="blocker; blockers; cell; cells; agonist; lactam; thalassaemia; hcg; amyloid; carotene; "
            "globulin; interferon; receptor"),
    _e("AI", "computer programs that learn patterns from examples and make suggestions",
       "like a very well-read junior who has never met a patient: quick with patterns, needs checking",
       exp="artificial intelligence", aka="artificial intelligence"),
    _e("LLM", "an AI that writes text by predicting likely next words (ChatGPT is one)",
       "like a student who has read every textbook and writes fluently, but may invent a reference with confidence",
       exp="large language model", aka="large language model"),
    _e("chatbot", "a program you type questions to and that types answers back",
       "like the surgery's automated phone menu, except you type and it replies in sentences",
       aka="chat bot; bot"),
    _e("prompt", "the question or instruction you type into an AI tool",
       "like the wording of a referral letter: how you ask shapes what comes back", amb="=",
       cues="AI; chatgpt; chatbot; copilot; llm; gemini; claude; type; typed; write a; model; bot; "
            "generative; gpt",
       anti="treatment; referral; response; attention; action; payment; reply; review; manner; assessment"),
    _e("drag and drop", "click and hold, move it, then let go",
       "like sliding a film across the lightbox to the place you want it", aka="drag-and-drop"),
    _e("tab", "one of the pages open side by side along the top of the web browser",
       "like having several sets of notes open on the desk and flicking between them",
       aka="browser tab; new tab", amb="tab",
       cues="browser; open; click; close; switch; window; chrome; edge; safari; firefox; website; page; "
            "top of the screen",
       anti="paracetamol; mg; daily; dose; keep tabs; kept tabs; pick up the; bar; drink"),
    _e("pop-up", "a small box that suddenly appears on the screen",
       "like a bleep going off mid ward round: it wants attention before you carry on",
       aka="popup; pop up; pop-up window; pop-up blocker", amb="pop-up; popup; pop up",
       cues="window; screen; box; message; blocker; browser; click; website; ad; advert; appear; warning; close; fires; firing; fired; alert; alerts; allergy; dismiss; ignore; EPR; EHR",
       anti="ward; clinic; office; shop; restaurant; event; later; tomorrow; question; stall; vaccination; "
            "rash; spots; lump; lumps; skin; arms; legs; face; symptoms; again; everywhere; out of nowhere"),
    _e("screenshot", "a picture of what is on your screen",
       "like photocopying a page of the notes exactly as it looks right now",
       aka="screen grab; screengrab; screen capture; screen shot"),
    _e("keyboard shortcut", "pressing two or three keys together to do something quickly",
       "like a standard order set: one quick action that sets off a known routine",
       aka="hotkey; shortcut key; key combination"),
    _e("clipboard", "the computer's invisible holding place for something you have copied",
       "like holding a result in your head between the phone and the notes", amb="=",
       cues="copy; copied; paste; pasted; ctrl; cut",
       anti="pen; paper; hold; holding; nurse; sign"),
    _e("cursor", "the little arrow or flashing line that shows where you are on the screen",
       "like the tip of your pen on the page: where the next thing you do will land"),
    _e("toolbar", "the row of buttons along the top of a program",
       "like the rail of kit above the bed: the things you reach for most, in a line", aka="ribbon menu"),
    _e("dropdown menu", "a list that opens when you click, so you can pick one option",
       "like the tick-box list on a request form, folded away until you need it",
       aka="drop-down; dropdown; drop-down list; drop-down menu; pick list; picklist"),
    _e("hyperlink", "words you click on to go to another page",
       "like a cross-reference in a textbook that takes you straight to the right page"),
    _e("BCC", "a hidden copy: the others on the email cannot see this person got it",
       "like quietly copying a letter to someone without listing them at the bottom",
       exp="blind carbon copy", aka="blind carbon copy; Bcc"),
    _e("screen sharing", "letting the others on a video call see your screen",
       "like turning the monitor round so the patient can see the scan",
       aka="screen share; share your screen; share my screen"),
    _e("webcam", "the camera on or above your computer",
       "like a scope camera: a small lens that shows everyone else what it sees", aka="web cam"),
    _e("hard drive", "the part of the computer where files are kept",
       "like the filing cabinet inside the computer", aka="hard disk; hard disc; HDD"),
    _e("SSD", "a fast modern part of a computer that stores files",
       "like a newer filing cabinet with no drawers to stick: same job, much faster",
       exp="solid-state drive", aka="solid-state drive; solid state drive"),
    _e("RAM", "the computer's short-term working memory",
       "like the desk space you spread notes on: a bigger desk holds more at once, and it is cleared when you leave",
       exp="random-access memory", aka="random access memory"),
    _e("CPU", "the part of the computer that does the calculating",
       "like the consultant doing the reasoning while everyone else fetches and files",
       exp="central processing unit", aka="processor; central processing unit"),
    _e("USB", "the standard plug for connecting gadgets, or a small plug-in memory stick",
       "like a standard syringe fitting: one connector that lets many things join up",
       exp="universal serial bus",
       aka="USB stick; USB drive; USB port; USB cable; memory stick; flash drive; pen drive; thumb drive"),
    _e("HDMI", "the cable that connects a laptop to a screen or projector",
       "like a single lead that carries both the picture and the sound",
       exp="high-definition multimedia interface", aka="HDMI cable"),
    _e("port", "a socket on the computer, or a numbered doorway that a network connection uses",
       "like the separate entrances of a hospital: each leads to one department", amb="=",
       cues="usb; hdmi; network; ethernet; laptop; computer; plug; cable; charger; socket; firewall; "
            "router; server; open port",
       anti="portacath; chemo; chemotherapy; flush; flushed; line; needle; implanted; wine; harbour; ship"),
    _e("server", "a powerful computer that stores data or runs a service for many people",
       "like the central pharmacy: it holds the stock and fills requests from every ward", amb="=",
       cues="*",
       anti="restaurant; waiter; waitress; tennis; food; cafe; pub; bar; drinks; table; altar; canteen; dinner; leaving do; party; bringing round; wedding; function; "
            "lunch; served; serving; cricket; volleyball; badminton; squash; ball"),
    _e("client", "a program on your computer that connects to a central service",
       "like the ward terminal that connects to the central lab system",
       aka="email client; desktop client; client software", amb="client",
       cues="email; software; install; desktop; app; server; vpn; outlook; program; download; version",
       anti="patient; counsel; solicitor; lawyer; service user; care; customer; relationship; meeting; "
            "therapist; social worker"),
    _e("platform", "the online system or website everyone uses for something",
       "like a shared clinic building: several services run inside the one place", amb="=",
       cues="online; digital; software; social; website; app; tech; technology; system; users; sign up; data; "
            "media; cloud",
       anti="train; railway; station; rail; stage; speak; political; shoes; diving; oil; manifesto"),
    _e("web", "the internet (the websites you visit)",
       "like the whole reference library rather than one book", aka="world wide web; www", amb="web",
       cues="page; site; browser; online; search; address; link; internet; on the web; the web; surf",
       anti="spider; cobweb; complex web; tangled; lies; deceit; feet"),
    _e("stream", "watch or listen over the internet while it plays, without keeping a copy",
       "like hearing a colleague present live instead of reading the write-up afterwards",
       aka="streaming; streamed; streaming service", amb="stream; streaming; streamed",
       cues="video; music; watch; online; netflix; youtube; spotify; live; webinar; broadcast; podcast; tv; "
            "film; iplayer; platform",
       anti="blood; water; river; consciousness; patients; referrals; tears; income; mountain; fish; urine"),
    _e("tablet", "a flat touchscreen computer, like an iPad",
       "like a clipboard with the whole filing room inside it", aka="tablet computer", amb="tablet",
       cues="ipad; screen; touch; touchscreen; android; device; charge; charger; app; wifi; wi-fi; laptop; "
            "phone; stylus; keyboard; samsung; kindle; computer; login; log in",
       anti="mg; dose; take; swallow; daily; twice; paracetamol; ibuprofen; aspirin; medicine; medication; "
            "pill; crush; chew; prescribed; prescription; dispersible; effervescent; tds; bd"),
    _e("mouse", "the hand-held pointer you move to click on things",
       "like a pointer on a slide talk, except it also presses the buttons",
       aka="computer mouse; wireless mouse; mouse pointer; mice", amb="mouse; mice",
       cues="click; cursor; pointer; scroll; keyboard; computer; laptop; button; wireless; usb; pad; "
            "right-click; left-click; double-click; desk",
       anti="lab; model; study; studies; trap; cat; field; experiment; knockout; transgenic; rodent; droppings"),
    _e("traffic", "the number of visits to a website, or the amount of data moving on a network",
       "like footfall through outpatients: how many come through the doors", aka="web traffic; network traffic",
       amb="traffic",
       cues="website; web; site; network; server; visitors; data; internet; online; page; clicks; analytics; google",
       anti="road; car; jam; lights; rush hour; motorway; wardens; accident; police; drive; driving; drove; cone"),
    _e("ticket", "a logged request to the IT helpdesk, with its own reference number",
       "like a referral with a reference number: it is tracked until someone closes it",
       aka="support ticket; helpdesk ticket; IT ticket", amb="ticket",
       cues="*",
       anti="train; bus; parking; concert; theatre; show; raffle; lottery; football; match; speeding; plane; "
            "flight; cinema; festival; gig; tickets for; ticket for; fine; golden ticket; meal ticket; big-ticket; "
            "dream ticket; just the ticket; return ticket; single ticket; ticket office; ticket machine; fare; "
            "rail; museum; exhibition; conference; event; booked; buy; bought; seats; prize"),
    _e("portal", "a website where you log in to reach your own information or a service",
       "like the front desk of a building: one way in, then directions to what you need",
       aka="web portal; staff portal; online portal; clinical portal", amb="portal",
       cues="log in; login; logon; online; website; account; password; staff; upload; register; web",
       anti="vein; venous; hypertension; triad; circulation; hepatic; liver; tract; fibrosis"),
    _e("interface", "the link that lets two systems pass information, or the screens a person uses",
       "like the handover sheet between two teams: it decides what information makes it across", amb="=",
       cues="system; systems; software; HL7; integration; data; API; computer; screen; user; engine; feed; "
            "lab system; PAS; EHR",
       anti="primary; secondary; clinical; patient"),
    _e("reboot", "switch it off and on again",
       "like resetting an infusion pump that has alarmed for no clear reason", aka="hard reset"),
    _e("plug-in", "an extra piece added to a program to give it a new feature",
       "like an attachment for the ophthalmoscope head: same handle, new job",
       aka="plugin; plugins; add-on; addon; browser extension"),
    _e("autosave", "the program saves your work by itself every few minutes",
       "like a monitor that records the observations without anyone writing them down",
       aka="auto-save; auto save"),
    _e("open source", "software whose workings anyone may read, use and improve for free",
       "like a published surgical technique: anyone can learn it, use it and suggest refinements",
       aka="open-source"),
    _e("legacy system", "an old computer system that is still in use",
       "like the old paper request cards one department still insists on: they work, but nothing else talks to them",
       aka="legacy software; legacy IT; legacy systems; decommission; decommissioned; decommissioning; "
           "switch off the old system; sunset; sunsetting; sunsetted",
       amb="decommission; decommissioned; decommissioning; sunset; sunsetting; sunsetted",
       cues="server; servers; system; systems; old; legacy; go-live; app; database; software; IT; supplier",
       anti="service; services; ward; wards; beds; clinic; clinics; commissioner; commissioners; ICB; CCG; "
            "contract; contracts; beach; evening; sky; walk; boulevard"),
    _e("vendor lock-in", "being stuck with one supplier because leaving would be too hard or costly",
       "like a pump that only takes one company's giving sets",
       aka="lock-in; supplier lock-in; locked in to the supplier; locked into the supplier; proprietary format; "
           "proprietary formats; open standards; open standard",
       amb="lock-in",
       cues="vendor; supplier; suppliers; contract; system; software; switch; data; format; cloud",
       anti="pub; party; staff; protest; strike"),
    _e("map a printer", "connect your computer to a printer or shared folder on the network so it shows up as yours",
       "like adding a ward's extension to your phone's speed-dial",
       aka="map the printer; mapped the printer; mapped printer; mapped printers; map a drive; map the drive; "
           "mapped the drive; printer mapping; drive mapping; map it to your computer"),
    _e("go-live", "the day a new system is switched on for real use",
       "like the first day a new ward takes patients after the practice runs",
       aka="go-live date; go-live day; go-lives; go live; goes live; went live; going live; gone live; goes-live; went-live",
       amb="go live; goes live; went live; going live; gone live", cues="*",
       anti="radio; TV; television; on air; broadcast; Instagram; Facebook; TikTok; YouTube; with her; with his; "
            "with their; with them; abroad; sister; brother; daughter; son; parents; mum; dad"),
    _e("downtime", "time when a system is switched off or not working",
       "like a cancelled theatre list for a deep clean: everyone falls back to the other plan",
       aka="planned downtime; system downtime"),
    _e("helpdesk", "the IT support team you phone or email",
       "like switchboard for computer problems: they log the call and send the right person",
       aka="help desk; service desk; IT helpdesk; IT service desk"),
    _e("SLA", "the agreed promise of how quickly a supplier will respond or fix something",
       "like the target for reporting an urgent scan within the hour",
       exp="service level agreement", aka="service level agreement; service-level agreement"),
    _e("end user", "the person who actually uses the system",
       "like the patient at the end of a pathway rather than the people who designed it", aka="end-user"),
    _e("UAT", "real users trying a new system to check it does the job before it goes live",
       "like a dry run of a new clinic with real staff before any patient arrives",
       exp="user acceptance testing", aka="user acceptance testing; user acceptance"),
    _e("sandbox", "a practice copy of the system where mistakes do not matter",
       "like the simulation suite: real equipment, and nobody real gets hurt",
       aka="test environment; training environment; test system; training system"),
    _e("middleware", "software that sits between two systems and passes messages along",
       "like the ward clerk who takes a message from one team and passes it to another"),
    _e("back end", "the hidden parts of a system that store and process the data",
       "like the lab behind the specimen hatch: you never see it, but it does the work",
       aka="back-end; backend", amb="back end; back-end",
       cues="system; software; code; database; server; developer; website; app; front end",
       anti="year; month; week; term; season; queue; bus; car; room"),
    _e("front end", "the part of a system that you see and use",
       "like the specimen reception hatch: the face of a service with the work behind it",
       aka="front-end; frontend", amb="front end; front-end",
       cues="system; software; code; database; server; developer; website; app; back end; design",
       anti="queue; car; bus; loader; line"),
    _e("coding", "writing instructions for a computer (programming)",
       "like writing a very exact protocol that a machine follows word for word, without common sense",
       aka="source code; programming language; code; programmer", amb="coding; code",
       cues="software; program; programming; developer; app; python; javascript; website; github; "
            "computer; script; bug; lines of; algorithm",
       anti="clinical; clinically; diagnosis; ICD; SNOMED; coder; coders; dress; postcode; QR; discharge; "
            "activity; blue; red; crash; arrest; status; Read; cardiac; colour; zip; conduct; practice; "
            "send you a; sends you a; text you a; texts you a; by text; six-digit; one-time; door code"),
    _e("developer", "a person who writes software",
       "like the pharmacist making up a special order: they build what others will use",
       aka="software developer; software engineer; dev; devs"),
    _e("agile", "a way of building things in short cycles, showing progress and adjusting often",
       "like trying a change on one ward for a fortnight, reviewing, then adjusting before the next round",
       aka="agile methodology; agile approach; iterate; iterating; iterated; iteration; iterations; "
           "iterative", amb="agile; iterate; iterating; iterated; iteration; iterations; iterative",
       cues="project; sprint; scrum; methodology; team; development; software; kanban; delivery; backlog; "
            "form; design; feature; features; product; version; first month; prototype; pilot; app; screen",
       anti="mind; physically; body; elderly; working"),
    _e("sprint", "a short fixed stretch of work, often two weeks",
       "like a fortnightly audit cycle: fixed length, with a review at the end", amb="=",
       cues="agile; scrum; development; backlog; two-week; review; planning; board; ticket; developer; devs; retro; "
            "retrospective; stand-up; standup; story points; velocity; hotfix",
       aka="next sprint; this sprint; last sprint; sprint goal; sprint demo; "
           "two-week sprint; two-week sprints; fortnightly sprints",
       anti="run; running; race; finish; corridor; bus; train; catch"),
    _e("MVP", "the simplest early version that is just good enough to try with real users",
       "like a pilot clinic run with only the essential staff, to see whether it is worth expanding",
       exp="minimum viable product", aka="minimum viable product"),
    _e("stand-up", "a short daily team check-in, kept brief",
       "like the morning board round: who is doing what and any problems, in five minutes",
       aka="standup; stand-up meeting; daily stand-up; standup meeting; daily standup", amb="stand-up; standup",
       cues="meeting; daily; morning; team; call; scrum; agile; sprint",
       anti="comedy; comedian; desk; straight; chair; walk; wheelchair; walking; physio; physiotherapist; "
            "physiotherapy; frame; mobilise; mobilised; mobilising; mobility; dizzy; dizziness; balance; fall; "
            "falls; fell; legs; unaided; assistance; postural; sit to stand; hoist; OT; bed; bedside; "
            "patient; got her; got him; to her feet; to his feet"),
    _e("backlog", "the to-do list of features and fixes waiting to be built",
       "like a theatre waiting list that gets reordered as priorities change",
       aka="product backlog; backlog item; backlog items; backlog grooming; backlog refinement; "
           "refinement session; groomed the backlog", amb="backlog",
       cues="sprint; agile; product; feature; features; requests; ticket; jira; board; user stories; developer",
       anti="patients; waiting; referrals; surgery; clinic; elective; operations; appointments; scans"),
    _e("wireframe", "a rough sketch of a screen, showing where things go before anything is built",
       "like drawing the layout of a new clinic room on paper before anyone moves the furniture",
       aka="wireframes; wireframing; mock-up; mock-ups; mockup; mockups; Figma; clickable prototype; "
           "design system; user journey map; journey map",
       amb="mock-up; mock-ups; mockup; mockups; journey map",
       cues="screen; screens; app; page; pages; form; forms; button; buttons; design; designer; website; portal; "
            "click; clickable; UX; UI; user; users",
       anti="ward; building; estates; architect; bay; room layout"),
    _e("web scraping", "a program that copies information off web pages automatically",
       "like a clerk copying the same fields from every letter, only done by a machine in seconds",
       aka="scrape; scraped; scraping; scraper; scrapers; screen scraping; screen-scrape; crawler; crawl; crawled",
       amb="scrape; scraped; scraping; scraper; crawl; crawled",
       cues="website; websites; web; site; sites; page; pages; online; data; script; HTML",
       anti="knee; elbow; skin; graze; grazed; wound; by; through; scraped through; scrape by; car; paint; "
            "pan; plate; baby; toddler; floor"),
    _e("replication", "keeping a live copy of data on a second machine or site, so nothing is lost if one fails",
       "like a second set of notes kept up to date in another building, in case the first burns",
       aka="replicated; replicate; replicates; replica; replicas; mirrored; mirroring; single point of failure; "
           "single points of failure",
       amb="replicated; replicate; replicates; replica; replicas; mirrored; mirroring",
       cues="data; database; server; servers; site; sites; second site; copy; backup; backups; cloud; storage; "
            "disaster recovery; region",
       anti="study; studies; trial; trials; results; findings; experiment; research; virus; viral; DNA; cells"),
    _e("security certificate", "the file a website uses to prove who it is and to lock the connection",
       "like the photo ID badge a locum shows at the ward door: out of date, and the door stays shut",
       aka="certificate; certificates; cert; certs; certificate expired; expired certificate; certificate error",
       amb="certificate; certificates; cert; certs",
       cues="website; site; browser; web; server; HTTPS; expired; expires; renew; renewing; renewal; warning; "
            "security warning; connection; padlock; domain",
       anti="death; birth; sick; fit note; training; CCT; completion; course; attendance; medical certificate; "
            "vaccination; marriage; exam; GCSE; degree"),
    _e("A/B test", "trying two versions on different groups of users to see which works better",
       "like a small trial with two arms, run on a form or a screen instead of a treatment",
       aka="A/B tests; A/B testing; A/B tested; split test; split tests; split testing; multivariate test"),
    _e("data gateway", "the connector that lets a cloud report reach data kept on the trust's own servers",
       "like the pneumatic tube between the lab and the ward: if it jams, nothing new arrives",
       aka="gateway; gateways; on-premises gateway; data gateways",
       amb="gateway; gateways",
       cues="refresh; refreshed; refreshes; Power BI; data; server; servers; dataset; datasets; connection; "
            "report; reports; dashboard; failed",
       anti="gateway to; gateway city; gateway drug; gateway role; gateway course"),
    _e("user journey", "the steps a person goes through to get something done, drawn out from their side",
       "like following one patient from referral letter to discharge and noting every wait and hand-over",
       aka="user journeys; customer journey; service blueprint; process map; process maps; process mapping; "
           "as-is process; to-be process; gap analysis; gap analyses; "
           "discovery phase; alpha phase; beta phase; private beta; public beta; "
           "business analyst; business analysts; business analysis; user research; user researcher; "
           "user researchers; usability testing; usability test; usability tests; user testing; user interviews",
       amb="business analysis",
       cues="system; systems; process; design; digital; project; map; mapped; mapping; team; service; users; "
            "user; IT; supplier; vendor; phase; sprint; clinicians",
       anti="patient's current state; clinical state; mental state; state of mind; school; children; class"),
    _e("proof of concept", "a small first version built to show an idea can work, before anyone commits to it",
       "like a feasibility study before a full trial",
       aka="proofs of concept; proof-of-concept; PoC; pilot build; prototype build",
       amb="PoC",
       cues="vendor; supplier; software; system; build; built; AI; app; tool; project; offered; demo"),
    _e("pairing", "connecting a device to a phone or computer over a short-range wireless link",
       "like introducing two colleagues once so they recognise each other from then on",
       aka="pair; pairs; paired; Bluetooth pairing; pair the device; pair it",
       amb="pair; pairs; paired; pair it",
       cues="Bluetooth; device; devices; phone; headset; headphones; watch; speaker; app; code; tablet; laptop; "
            "wireless; monitor; cuff",
       anti="of gloves; of shoes; of socks; of hands; of eyes; pair of; in pairs; pair up; reverse mentoring; "
            "mentoring pair; the pair; our pair; paired with a mentor; buddy; buddies; twins"),
    _e("user profile", "the settings and files the computer keeps for each person who logs in",
       "like the personal drawer each locum gets on a new ward: when it is cleared, everything set up is gone",
       aka="user profiles; roaming profile; Windows profile; profile rebuilt; rebuilt her profile; "
           "rebuilt his profile; rebuild your profile",
       amb="roaming profile",
       cues="IT; rebuilt; rebuild; corrupt; corrupted; login; log in; logged in; Windows; computer; laptop; PC"),
    _e("document protection", "settings that stop a file being changed except where the author allows",
       "like a consent form where only the signature boxes can be filled in",
       aka="restricted editing; restrict editing; protected view; protect sheet; protected sheet; "
           "protected sheets; locked cells; protect workbook; password-protected; password protected; "
           "editing restrictions"),
    _e("report writer", "a tool for building your own reports and lists from a system's data",
       "like being given the keys to the records library instead of sending a request slip",
       aka="report writers; report builder; report builders; reporting tool; reporting tools; Crystal Reports; "
           "SSRS; Business Objects; BusinessObjects; Report Builder; self-service reporting; ad hoc reporting; "
           "ad-hoc reporting"),
    _e("reference data", "the fixed lists a system checks against, such as ward names or drug codes",
       "like the formulary every prescription is checked against: out of date, and everything downstream is wrong",
       aka="master data; master data management; code set; code sets; value set; value sets; lookup values; "
           "mapping table; mapping tables; crosswalk; code mapping; code mappings; mapping; mappings; lookup; lookups",
       amb="mapping; mappings; lookup; lookups",
       cues="code; codes; SNOMED; ICD-10; ICD; OPCS; local; field; fields; table; tables; between; Read codes; "
            "system; systems; dm+d; updated; ward code; ward codes",
       anti="mind map; road; roads; route; sat nav; contact tracing; cancer; body; brain"),
    _e("tabletop exercise", "a rehearsal round a table of what everyone would do in an attack or outage",
       "like a simulation session for a major incident, run with cards and a clock instead of patients",
       aka="tabletop exercises; table-top exercise; cyber exercise; incident simulation; device control; "
           "USB blocking; Find My; Find My iPhone; Find My iPad; Find My Device",
       amb="Find My", cues="iPad; iPhone; phone; device; turn on; missing; lost; stolen; Apple; settings"),
    _e("device driver", "the small program that lets a computer talk to a printer, screen or other device",
       "like the interpreter a clinic books so two people without a shared language can work together",
       aka="device drivers; printer driver; printer drivers; graphics driver; drivers; driver update",
       amb="drivers; driver update",
       cues="printer; printers; install; installed; update; device; devices; graphics; laptop; PC; Windows; "
            "IT; scanner; card reader",
       anti="bus; taxi; car; ambulance; van; lorry; key drivers; drivers of; driving; licence"),
    _e("user story", "a one-line description of what someone needs a system to do, and why",
       "like the reason for referral: who needs what, and why it matters", aka="user stories"),
    _e("scope creep", "a project slowly growing beyond what was agreed",
       "like a quick clinic review that turns into a full clerking one item at a time"),
    _e("IoT", "everyday objects connected to the internet, such as smart meters or watches",
       "like a ward where every pump and monitor reports back to the nurses' station on its own",
       exp="internet of things", aka="internet of things"),
    _e("virtual machine", "a computer simulated inside another computer",
       "like a mock ward set up inside the education centre: works like the real thing, lives inside something else",
       aka="VM"),
    _e("remote desktop", "using your work computer from somewhere else, over the internet",
       "like looking at your office desk through a window from home and reaching in to work",
       aka="remote access; VDI; virtual desktop; Citrix; Citrix session; Citrix Workspace; Citrix Receiver; "
           "Azure Virtual Desktop; AVD; RDP; remote in; remoted in; remote into; remote on to; "
           "remote onto; remote control of your PC",
       amb="remote in; remoted in; remote into; remote on to; remote onto",
       cues="PC; PCs; laptop; computer; fix; settings; IT; desktop; screen; session",
       anti="TV; television; control; day room; area; areas; village; rural; island; islands; Scotland; "
            "highlands; community"),
    _e("IP address", "a number that identifies a device on a network",
       "like a hospital number for a device: unique, so messages reach the right one"),
    _e("DNS", "the internet's phone book that turns web names into number addresses",
       "like switchboard looking up the extension when you ask for cardiology",
       exp="domain name system", aka="domain name system"),
    _e("domain name", "the name part of a web address, such as nhs.uk",
       "like a building's postal address: the name people use to find it"),
    _e("HTTPS", "a secure connection to a website (the padlock by the address)",
       "like sending results in a sealed envelope instead of on a postcard",
       exp="hypertext transfer protocol secure", aka="HTTP; SSL; TLS; SSL certificate"),
    _e("hotspot", "using your phone to share its internet with a laptop",
       "like running an extension lead from your own socket to a colleague's desk",
       aka="mobile hotspot; personal hotspot; tethering; tether", amb="hotspot",
       cues="phone; wifi; wi-fi; laptop; internet; mobile; connect; data; signal",
       anti="infection; covid; crime; cases; outbreak; disease; tourist"),
    _e("5G", "fast mobile internet (the G stands for the generation of the technology)",
       "like successive generations of a drug: each newer one does the same job faster", aka="4G; 3G"),
    _e("Ethernet", "a wired network connection", "like a landline next to a mobile: less handy, more reliable",
       aka="ethernet cable; network cable; LAN cable"),
    _e("data centre", "a building full of computers that store data and run services",
       "like the sterile services department: a specialist place serving everyone, out of sight",
       aka="data center; datacentre"),
    _e("gigabyte", "a measure of how much data something holds",
       "like millilitres for fluids: it tells you the size, not what it is",
       aka="megabyte; terabyte; kilobyte"),
    _e("pixel", "one of the tiny dots that make up a screen image",
       "like a single cell on a slide: many together make the picture", aka="pixelated"),
    _e("dark mode", "a setting that shows light text on a dark background",
       "like dimming the ward lights at night: same information, easier on the eyes"),
    _e("push notification", "a message an app pops up on your phone",
       "like a bleep sent by an app rather than by a colleague", aka="app notification"),
    _e("widget", "a small box on your screen that shows live information, like the weather",
       "like the whiteboard summary by the nurses' station"),
    _e("home screen", "the first screen on your phone, with the app pictures",
       "like the front page of the ward folder", aka="homescreen"),
    _e("swipe", "slide your finger across the screen",
       "like turning a page with one finger", amb="=",
       cues="screen; phone; left; right; up; down; app; finger; tablet",
       anti="card; badge; pass; door; access"),
    _e("zip file", "several files squashed into one smaller package",
       "like vacuum-packing linen so more fits in the cupboard; you unpack it before use",
       aka="zipped file; zip folder; compressed file; unzip; zipped; zipping; unzipped; unzipping; zip it; zip them",
       amb="zipped; zipping; zip it; zip them",
       cues="file; files; folder; folders; attachment; attachments; email; send; sent; download; extract; too big; smaller",
       anti="coat; jacket; bag; trousers; fly; lips; mouth"),
    _e("username", "the name you log in with",
       "like your smartcard number: it says who you are, and the password proves it",
       aka="user name; user ID; login name"),
    _e("version control", "a system that keeps every past version of a file and who changed what",
       "like the amendment history on a guideline, every change dated and signed", aka="Git; GitHub; GitLab; Bitbucket"),
    _e("webinar", "a talk or lecture given online",
       "like a grand round that you join from your own desk"),
    _e("search engine", "a website for finding things on the internet, such as Google",
       "like the library catalogue, but for the whole internet"),
    _e("SEO", "making a web page easier to find in search results",
       "like choosing the right keywords for a poster title so the right people stop to read it",
       exp="search engine optimisation", aka="search engine optimisation; search engine optimization"),
    _e("CMS", "the tool used to edit a website without writing code",
       "like a template editor for patient leaflets", exp="content management system",
       aka="content management system"),
    _e("latency", "the delay before data arrives",
       "like the lag between sending a sample and the result appearing", amb="=",
       aka="data lag; data lags; reporting lag; lag in the data; data latency; data delay",
       cues="network; connection; call; video; internet; ms; lag; server; milliseconds",
       anti="TB; tuberculosis; virus; infection; period; sleep; onset; latent"),
    _e("crash", "a program suddenly stopping", "like a monitor freezing mid-reading until it is restarted",
       amb="=",
       cues="computer; system; app; program; laptop; software; froze; frozen; keeps; screen; website; server; "
            "EHR; reboot; restart",
       anti="trolley; call; team; bleep; car; cart; diet; course; landing; section; bang"),
    _e("troubleshoot", "work out step by step what is wrong and fix it",
       "like working through a differential diagnosis, but for a machine", aka="troubleshooting"),
    _e("workaround", "a way of getting the job done despite a fault",
       "like writing the drug on paper when the electronic prescribing system is down", aka="work-around"),
    _e("tech stack", "the set of tools and systems used together",
       "like the standard kit on a resus trolley", aka="technology stack"),
    _e("integration", "getting two systems to pass information to each other automatically",
       "like linking the lab to the ward so results arrive without anyone faxing them", amb="=",
       cues="system; systems; data; API; software; engine; EHR; interface; HL7; IT; app; upgrade; upgraded; "
            "supplier; vendor; broke; broken; feed; feeds",
       anti="care; social care; integrated care; health and social; community"),
    _e("configuration", "how a system has been set up: its chosen settings",
       "like how a ward's obs chart thresholds are set for its patient group",
       aka="config; configure; configured; reconfigure"),
    _e("BAU", "normal day-to-day running", "like the ward's usual routine once the new unit has settled in",
       exp="business as usual", aka="business as usual"),
    _e("toggle", "a switch you click to turn something on or off",
       "like the light switch on a bedside lamp: one press on, one press off",
       aka="toggle switch; toggled; toggling; toggle on; toggle off"),
    _e("hamburger menu", "the button of three short lines that opens a menu",
       "like the drawer under the examination couch: the tools are there, tucked out of sight",
       aka="hamburger icon; hamburger button; burger menu"),
    _e("right-click", "press the other mouse button to see more choices",
       "like turning the drug chart over to find the extra notes on the back",
       aka="right click; right-clicked; right-clicking"),
    _e("autofill", "the browser fills in a form for you from what it remembers",
       "like a pre-printed addressograph label instead of writing the details by hand",
       aka="auto-fill; autofilled; autocomplete; auto-complete"),
    _e("incognito mode", "a private window that forgets what you looked at when it closes",
       "like a consultation without notes: nothing stays on the computer, though the network still sees it",
       aka="incognito; incognito window; private browsing; private window"),
    _e("ad blocker", "an add-on that stops adverts from showing on websites",
       "like a 'no cold callers' sign on the clinic door", aka="ad-blocker; adblocker; ad blocking"),
    _e("airplane mode", "the setting that switches off the phone's calls, data and wireless",
       "like unplugging the bleep from the switchboard without turning it off",
       aka="aeroplane mode; flight mode"),
    _e("breakout room", "a smaller side meeting split off from the main video call",
       "like splitting the teaching session into small groups around different beds",
       aka="breakout rooms; breakout session; live captions; live captioning; raise your hand; raised hand; "
           "raise hand; the lobby; in the lobby; meeting lobby; background blur; blur your background; "
           "together mode; spotlight me; meeting chat",
       amb="the lobby; in the lobby; raise your hand; raise hand; spotlight me",
       cues="Teams; Zoom; meeting; meetings; call; calls; video; let you in; admit; admitted; camera; mute; "
            "unmute; screen; chat; speak"),
    _e("Teams channel", "a shared chat space for one team or topic in Microsoft Teams",
       "like a noticeboard on one ward that only that team reads and writes on",
       aka="Teams chat; Teams site; MS Teams channel; channel; channels; private channel; private channels; shared channel; "
           "shared channels; standard channel; standard channels; channel post; channel posts", amb="channel; channels",
       cues="Teams; slides; post; posted; posts; chat; files; file; team; cardiology team; pinned; message; "
            "messages; in the channel; to the channel; on the channel; general channel",
       anti="sodium; potassium; calcium; chloride; ion; ions; blocker; blockers; English; TV; television; "
            "energy; anger; channelled; channelling; birth; root canal; canal; through the proper; proper "
            "channels; official channels; communication channels; back channel"),
    _e("SharePoint", "Microsoft's shared online folders and pages for a team's documents",
       "like the department's shared filing room, reached from any computer",
       aka="SharePoint site; SharePoint folder; SharePoint link"),
    _e("Slack", "a workplace chat app with group channels and private messages",
       "like a staff-room whiteboard crossed with a bleep system", amb="=",
       cues="message; messaged; channel; DM; workspace; ping; post; thread; chat; app; me on",
       anti="cut; some; rope; slack in; slack off; slacking; take up the; tension; muscle; lax"),
    _e("reply all", "answer everyone an email went to, not only the sender",
       "like paging the whole ward team to say 'thanks' to one nurse",
       aka="reply-all; replied all; replying all"),
    _e("co-author", "work on the same document at the same time as others",
       "like several clinicians writing in the same set of notes, each line signed",
       aka="co-authoring; co-authored; coauthor; co-edit; co-editing",
       amb="co-author; co-authoring; co-authored; coauthor",
       cues="document; doc; file; word; sharepoint; onedrive; google docs; real time; online; teams",
       anti="paper; journal; article; publication; study; research; book; chapter; abstract"),
    _e("re-authenticate", "log in again to prove it is still you",
       "like re-scanning your smartcard after the terminal locks",
       aka="re-auth; reauth; reauthenticate; re-authentication; log back in"),
    _e("terminal", "a window where you type commands to the computer instead of clicking",
       "like phoning the lab with the exact code instead of filling in the request form",
       aka="command line; command prompt; command-line; shell prompt", amb="terminal",
       cues="command; commands; type; run; script; open; window; mac; linux; code; prompt; install",
       anti="illness; ill; cancer; diagnosis; palliative; care; airport; bus; patient; disease; decline; stage"),
    _e("desktop", "the main screen of a computer, behind all the windows",
       "like the top of your own desk: whatever you leave there is the first thing you see",
       amb="=",
       cues="save; saved; icon; icons; shortcut; file; files; folder; screen; drag; wallpaper",
       anti="desktop computer; desktop pc; study; review; exercise; audit"),
    _e("refresh", "reload the page so it shows the latest version",
       "like asking the lab to re-send the result rather than reading yesterday's print-out",
       aka="refreshed; refreshing; hard refresh; reload; reloaded; data refresh; "
           "refresh failed; dashboard refresh; report refresh; refresh rate", amb="refresh; refreshed; refreshing",
       cues="page; browser; screen; F5; website; site; button; app; inbox; tab; reload; Power BI; scheduled; "
            "extract",
       anti="drink; drinks; memory; training; course; feel; felt; tea; coffee; knowledge; skills; air"),
]

_HEALTH_ROWS = [
    _e("EHR", "the electronic patient record",
       "like the paper notes trolley, except every team can open the same folder at once",
       exp="electronic health record"),
    _e("EMR", "the electronic medical record kept by one hospital or practice",
       "like the notes for one hospital only, held on a computer instead of a trolley",
       exp="electronic medical record"),
    _e("EPR", "the electronic patient record", "like the case notes, moved from paper onto the computer",
       exp="electronic patient record"),
    _e("HL7", "a standard format hospital systems use to send each other messages",
       "like the standard layout of a discharge letter, so every receiver knows where to look",
       exp="Health Level Seven", aka="HL7v2; HL7 v2; Health Level Seven"),
    _e("FHIR", "a modern standard for health systems to share small pieces of a record online",
       "like agreeing that every ward writes allergies in the same box, so any system can read them",
       exp="Fast Healthcare Interoperability Resources", aka="FHIR API"),
    _e("PACS", "the system that stores and shows X-rays and scans",
       "like the old film library and lightboxes, now on every screen at once",
       exp="picture archiving and communication system", aka="picture archiving and communication system"),
    _e("DICOM", "the standard file format for medical images",
       "like a standard film size that any lightbox can hold", exp="Digital Imaging and Communications in Medicine"),
    _e("interoperability", "different systems being able to share and use each other's information",
       "like two hospitals whose blood bottles, forms and labels all fit each other's machines",
       aka="interoperable"),
    _e("CPOE", "doctors ordering tests and drugs directly on the computer",
       "like writing the request card, but it goes straight to the lab and checks itself as you write",
       exp="computerised provider order entry",
       aka="order comms; order communications; electronic ordering; computerised physician order entry"),
    _e("patient portal", "a website or app where patients see their own records and messages",
       "like a window into the patient's own notes, opened from home", aka="patient app"),
    _e("NHS App", "the NHS's own phone app for patients",
       "like a pocket version of the GP reception desk: bookings, repeats and records in one place"),
    _e("e-prescribing", "prescribing on the computer instead of on paper",
       "like the drug chart, but it checks doses and allergies as you write",
       aka="electronic prescribing; ePrescribing; eRx"),
    _e("EPS", "the national service that sends prescriptions from the GP to the pharmacy electronically",
       "like a pneumatic tube between the surgery and every pharmacy in the country",
       exp="Electronic Prescription Service", aka="Electronic Prescription Service"),
    _e("EPMA", "the computer system for prescribing and recording the giving of medicines in hospital",
       "like the paper drug chart, prescription and signature boxes together, on screen",
       exp="electronic prescribing and medicines administration"),
    _e("eMAR", "the electronic record of which medicines were given and when",
       "like the administration boxes on the drug chart, signed on a screen instead",
       exp="electronic medication administration record",
       aka="e-MAR; electronic medication administration record"),
    _e("clinical decision support", "prompts and checks the computer gives while you work",
       "like a knowledgeable colleague looking over your shoulder and saying 'are you sure about that dose?'",
       aka="CDS; CDSS; decision support tool; decision support system"),
    _e("telehealth", "care given at a distance using phones, video or devices at home",
       "like a home visit without anyone travelling", aka="telecare"),
    _e("telemedicine", "a consultation done by video or phone",
       "like a clinic appointment where the consulting room is a screen",
       aka="video consultation; virtual consultation; remote consultation"),
    _e("remote monitoring", "devices at home sending readings to the care team",
       "like taking obs on the ward, except the patient is in their own chair",
       aka="remote patient monitoring; RPM"),
    _e("virtual ward", "hospital-level care at home, watched over with devices and calls",
       "like a ward whose beds are spread across people's houses"),
    _e("ICD-10", "the international list of codes for diagnoses",
       "like the index of a huge textbook where every diagnosis has its own page number",
       exp="International Classification of Diseases", aka="ICD; ICD-11; ICD10"),
    _e("SNOMED CT", "the standard list of clinical words and codes used in NHS records",
       "like a shared dictionary so 'heart attack' and 'MI' end up as the same entry",
       exp="Systematized Nomenclature of Medicine Clinical Terms", aka="SNOMED; SNOMED-CT"),
    _e("LOINC", "the standard codes for lab tests and measurements",
       "like agreeing one name for each blood test so results from any lab line up",
       exp="Logical Observation Identifiers Names and Codes"),
    _e("OPCS-4", "the NHS list of codes for operations and procedures",
       "like a numbered catalogue of every operation in the theatre book",
       exp="Office of Population Censuses and Surveys classification", aka="OPCS"),
    _e("Read codes", "the older coding system used in GP records before SNOMED",
       "like an old edition of the dictionary, still found in older notes", aka="Read code; CTV3"),
    _e("HIE", "sharing patient information between different organisations",
       "like a shared notes trolley that the GP, hospital and hospice can all reach",
       exp="health information exchange", aka="health information exchange"),
    _e("MPI", "the central list that makes sure each patient has one identity across systems",
       "like the hospital number register that stops one person having two sets of notes",
       exp="master patient index", aka="master patient index; EMPI"),
    _e("PAS", "the hospital system for admissions, appointments and patient details",
       "like the admissions office and the appointments book in one",
       exp="patient administration system", aka="patient administration system"),
    _e("RIS", "the system that manages radiology requests, bookings and reports",
       "like the X-ray department's diary and report book", exp="radiology information system",
       aka="radiology information system"),
    _e("LIMS", "the laboratory's computer system for samples and results",
       "like the lab's specimen book, tracking each sample from arrival to result",
       exp="laboratory information management system",
       aka="LIS; laboratory information system; laboratory information management system"),
    _e("PHI", "health information that can identify a patient",
       "like anything you would not leave on the whiteboard by the nurses' station",
       exp="protected health information", aka="protected health information"),
    _e("HIPAA", "the United States law on keeping health information private",
       "like the American version of the confidentiality rules you already follow",
       exp="Health Insurance Portability and Accountability Act"),
    _e("GDPR", "the data protection law for personal information",
       "like the confidentiality duty you already know, written into law for all personal data",
       exp="General Data Protection Regulation", aka="UK GDPR"),
    _e("DPIA", "a written check of privacy risks before starting something that uses personal data",
       "like a risk assessment before a new procedure, but for people's information",
       exp="data protection impact assessment", aka="data protection impact assessment"),
    _e("information governance", "the rules and checks for handling information safely",
       "like the controlled drugs policy, but for information", exp="information governance", aka="IG"),
    _e("DSPT", "the yearly NHS self-assessment of how well an organisation protects data",
       "like an annual inspection, for data security instead of hygiene",
       exp="Data Security and Protection Toolkit", aka="Data Security and Protection Toolkit"),
    _e("NHS login", "the single account patients use for NHS websites and apps",
       "like one hospital card that gets a patient into every clinic"),
    _e("Spine", "the national NHS system that links records and services across the country",
       "like the main corridor every department opens onto", aka="NHS Spine", amb="Spine",
       cues="NHS; PDS; SCR; lookup; look up; smartcard; connect; record; national; EPS; demographics; connection; "
            "dropped; outage; offline; went down",
       anti="lumbar; cervical; thoracic; fracture; surgeon; MRI; X-ray; pain; cord; injury; bifida; "
            "curvature; scoliosis; spinal; back"),
    _e("PDS", "the national register of patients' names, addresses and NHS numbers",
       "like a national address book for every patient", exp="Personal Demographics Service",
       aka="Personal Demographics Service"),
    _e("SCR", "a short national summary of a patient's medicines, allergies and key details",
       "like the front sheet of the notes, readable from any hospital", exp="summary care record",
       aka="summary care record"),
    _e("GP Connect", "a service that lets hospitals and others see a patient's GP record",
       "like phoning the surgery for the summary, but it appears on screen straight away"),
    _e("shared care record", "a record that the GP, hospital and social care can all see",
       "like a notes folder that travels with the patient between services",
       aka="ShCR; single patient record; integrated care record; longitudinal health record; longitudinal record"),
    _e("e-RS", "the national system for making referrals and booking first appointments",
       "like the referral letter and the booking office joined together", exp="e-Referral Service",
       aka="e-Referral Service; eRS; e-referral; Choose and Book"),
    _e("MESH", "the NHS's secure system for sending files between organisations",
       "like a secure internal post between every NHS building",
       exp="Message Exchange for Social Care and Health"),
    _e("ODS code", "the short code that identifies an NHS organisation",
       "like a ward code, but for a whole trust or surgery", exp="Organisation Data Service", aka="ODS"),
    _e("smartcard", "the NHS card with a chip you use to log in to clinical systems",
       "like a staff badge that proves who you are to the computer as well as the door",
       aka="smart card; NHS smartcard"),
    _e("integration engine", "software that passes messages between the hospital's systems",
       "like the hospital's internal post room, sorting and forwarding every message", aka="interface engine"),
    _e("clinical safety officer", "the clinician who signs off that a digital system is safe to use",
       "like the clinician who signs off a new protocol before it reaches the wards"),
    _e("DCB0129", "the NHS safety standards for making and for deploying health software",
       "like the rules for checking a new drug before and after it reaches the ward", aka="DCB0160"),
    _e("hazard log", "the running list of ways a system could harm a patient, and what is done about each",
       "like a risk register for one piece of software"),
    _e("HRG", "a grouping of similar treatments used to decide how much a hospital is paid",
       "like sorting every admission into a price band", exp="Healthcare Resource Group",
       aka="Healthcare Resource Group"),
    _e("SUS", "the national store of hospital activity data used for payment and planning",
       "like the central copy of every trust's activity books", exp="Secondary Uses Service",
       aka="Secondary Uses Service"),
    _e("HES", "national statistics on every hospital visit in England",
       "like a national audit of activity, gathered from every trust", exp="Hospital Episode Statistics",
       aka="Hospital Episode Statistics"),
    _e("PROMs", "questionnaires where patients rate their own health before and after treatment",
       "like asking the patient to score their own result rather than relying on the surgeon's view",
       exp="patient-reported outcome measures", aka="PREMs; patient-reported outcome measures; PROM"),
    _e("e-consult", "an online form patients fill in instead of phoning the surgery",
       "like a written triage note the patient writes themselves", aka="eConsult; online consultation"),
    _e("ambient voice technology", "software that listens to a consultation and drafts the notes",
       "like a scribe in the corner taking notes for you to check and sign",
       aka="AVT; ambient scribe; AI scribe; ambient AI; ambient voice; ambient voice tool; ambient voice tools"),
    _e("speech recognition", "software that types what you say",
       "like dictating to a secretary who types as fast as you talk",
       aka="voice recognition; dictation software; word error rate; WER; transcription accuracy; diarisation; "
           "diarization; speaker diarisation; speaker labels; speaker labelling; speaker identification; "
           "speaker attribution"),
    _e("CCIO", "the senior clinician who leads on digital systems",
       "like a clinical director whose specialty is the organisation's computers",
       exp="chief clinical information officer", aka="chief clinical information officer"),
    _e("DTAC", "the NHS checklist a digital health product must pass before it is used",
       "like the formulary committee's checks, but for apps", exp="Digital Technology Assessment Criteria"),
    _e("SaMD", "software that counts as a medical device",
       "like a drug that happens to be made of code: it needs the same scrutiny",
       exp="software as a medical device", aka="software as a medical device; UKCA; UKCA mark; UKCA-marked; CE mark; "
       "CE marked; CE-marked; CE marking; class IIa; class IIb; class IIa device; class IIb device; class I device"),
    _e("alert fatigue", "people ignoring computer warnings because there are too many",
       "like the ward where alarms sound so often nobody looks up any more",
       aka="alarm fatigue; pop-up fatigue"),
    _e("super user", "a staff member trained to help colleagues with a new system",
       "like the link nurse for a new piece of kit on the ward",
       aka="superuser; digital champion"),
    _e("floorwalker", "a helper who walks the wards during go-live to answer questions",
       "like an outreach nurse visiting wards, but for the new system", aka="floor walker"),
    _e("cutover", "the moment of switching from the old system to the new one",
       "like the minute a patient is handed from one team to the next, planned to the detail",
       aka="cut-over"),
    _e("structured data", "information stored in set boxes and codes rather than free writing",
       "like a tick-box proforma compared with a handwritten history"),
    _e("population health management", "using data to find groups of patients who need help before they get ill",
       "like a screening programme, but using records instead of invitations", aka="PHM"),
    _e("national data opt-out", "a patient's choice not to have their data used for research and planning",
       "like declining to be in a study, registered once for the whole NHS", aka="data opt-out; NDOO"),
    _e("wearable", "a small gadget worn on the body that records things like steps or heart rate",
       "like a Holter monitor that people buy for themselves",
       aka="wearables; wearable device; fitness tracker; smartwatch; smart watch"),
    _e("digital exclusion", "people missing out because they cannot get or use the internet",
       "like a clinic up a flight of stairs with no lift", aka="digitally excluded; digital inclusion"),
    _e("digital literacy", "the everyday skills to use computers and the internet confidently",
       "like basic life support for technology: skills everyone is expected to have",
       aka="digital skills; digitally literate"),
    _e("federated data platform", "NHS software that joins up data across organisations for planning",
       "like a shared bed board across every hospital in a region", aka="FDP"),
    _e("break glass", "emergency access to a record you are not normally allowed to see, always checked later",
       "like taking a drug from the emergency cupboard: allowed, logged and reviewed", aka="break-glass",
       amb="break glass; break-glass",
       cues="record; access; EHR; patient; system; override; audit; SCR; notes; screen",
       anti="fire; alarm; point; hammer"),
]

_SOCIAL_ROWS = [
    _e("feed", "the stream of posts you scroll through on a social media app",
       "like a noticeboard that keeps refilling itself with new notices", aka="news feed; newsfeed; timeline",
       amb="feed",
       cues="social; news; scroll; scrolling; linkedin; twitter; instagram; facebook; tiktok; posts; rss; "
            "timeline; app",
       anti="NG; tube; enteral; baby; nasogastric; PEG; breast; bottle; feeding; calories; data"),
    _e("hashtag", "a word after a # sign that groups posts on the same topic",
       "like a keyword label on a journal article, so people can find every paper on the topic"),
    _e("handle", "the @ name someone uses on social media",
       "like a GMC number: a short unique label that points to one person",
       aka="social media handle; twitter handle", amb="handle",
       cues="twitter; instagram; tiktok; social; username; account; @; follow; linkedin; bluesky; mastodon; "
            "on x",
       anti="door; pressure; situation; patients; workload; handled; handling; care; knife"),
    _e("DM", "a private message on social media",
       "like a quiet word in the corridor instead of saying it in the team meeting",
       exp="direct message", aka="direct message; DMs; DM'd", amb="DM",
       cues="twitter; instagram; linkedin; message; social; send; slide; inbox; reply; account",
       anti="diabetes; type; HbA1c; insulin; metformin; glucose; T2; T1; mellitus"),
    _e("algorithm", "a fixed set of steps a computer follows to reach an answer",
       "like a clinical decision pathway written out so precisely that a machine can follow it",
       aka="algorithms; algorithmic", amb="algorithm; algorithms; algorithmic",
       cues="feed; social; facebook; linkedin; tiktok; youtube; instagram; posts; recommend; computer; "
            "software; machine learning; AI; app; shows you; the algorithm; online; model; trained; training; "
            "predict; predicts; prediction; data; ML; flags; flagged; risk score; detect; detects; deep learning; "
            "neural; code; automated; search",
       anti="resus; resuscitation; ALS; BLS; guideline; NICE; flowchart; flow chart; treatment algorithm; "
            "sepsis six; pathway; ATLS; APLS"),
    _e("engagement", "how many people react to, comment on or share a post",
       "like how many people stayed behind to ask questions after your talk",
       aka="engagement rate", amb="engagement",
       cues="post; posts; likes; comments; shares; social; linkedin; followers; reach; online; content; "
            "audience; views; impressions",
       anti="patient; public; staff; stakeholder; community; ring; wedding; military; clinical; rules of; "
            "family; carer"),
    _e("impressions", "how many times a post was shown on someone's screen",
       "like counting how many people walked past your poster, whether or not they read it",
       aka="views; view count; reach and impressions", amb="impressions; views",
       cues="video; videos; post; linkedin; ad; advert; analytics; reach; engagement; social; clicks; tweet; campaign",
       anti="first; good; bad; clinical; my; overall; lasting; false; wrong; general; your views; their views; "
            "views on; point of view; views of; sea views; differing views; strong views; patient views"),
    _e("story", "a photo or short video on social media that disappears after a day",
       "like a notice pinned up for one day only", aka="instagram story; stories", amb="story; stories",
       cues="instagram; facebook; snapchat; whatsapp; post; posted; social; 24 hours; disappear; followers; tiktok",
       anti="patient; life; news; bedtime; short; long; tell; told; history; same; sad; success; book"),
    _e("thread", "a chain of messages or posts replying to each other",
       "like a run of letters back and forth about one patient, kept in order", aka="email thread",
       amb="thread",
       cues="email; e-mail; twitter; post; reply; replies; message; messages; whatsapp; teams; slack; forum; "
            "comment; chat; conversation; reddit; the thread; this thread; that thread; in the thread; a thread; "
            "thread on; channel; group; started; scroll; read; replied; posted",
       anti="needle; suture; sutures; cotton; silk; sewing; common; lose the; lost the; losing the; thread of conversation; thread of conversations; thread of the; hanging by; guidewire; "
            "wire; screw; bolt; stitch; stitches; spool; embroidery; loose thread; knit"),
    _e("repost", "share someone else's post with your own followers",
       "like forwarding a useful paper to your whole department",
       aka="retweet; reshare; quote tweet; reposted; retweeted"),
    _e("influencer", "someone with a big online following who shapes opinions",
       "like the consultant whose practice everyone in the region copies", aka="content creator"),
    _e("going viral", "being shared very widely online, very quickly",
       "like gossip spreading through the whole hospital by lunchtime",
       aka="go viral; went viral; gone viral; goes viral; viral", amb="viral",
       cues="video; post; posts; tweet; online; social; shared; tiktok; internet; clip; meme; views; content",
       anti="infection; load; illness; pneumonia; meningitis; hepatitis; rash; gastroenteritis; vector; "
            "shedding; culture; swab; symptoms; respiratory"),
    _e("LinkedIn", "a social media site for work and careers",
       "like a permanent conference coffee break where people swap their CVs", aka="LinkedIn profile"),
    _e("follower", "someone who has chosen to see your posts",
       "like a subscriber to your journal column", aka="followers; unfollow; unfollowed"),
    _e("avatar", "the small picture that stands for you online",
       "like the photo on your staff badge", aka="profile picture; profile pic; PFP"),
    _e("reel", "a short video on Instagram or Facebook",
       "like a one-minute teaching clip", aka="reels; instagram reel", amb="reel; reels",
       cues="instagram; facebook; video; post; tiktok; social; watch; scroll",
       anti="fishing; tape; cotton; film reel; highlight"),
    _e("TikTok", "a social media app for short videos", "like an endless stream of one-minute clips picked for you"),
    _e("Twitter", "a social media site for short public posts, now called X",
       "like a busy public noticeboard where anyone can pin a reply", aka="tweet; tweets; tweeted"),
    _e("Instagram", "a social media app for photos and short videos",
       "like a photo album that strangers can flick through and comment on", aka="Insta"),
    _e("Reddit", "a website of discussion forums on every topic",
       "like a huge common room with a separate table for every interest", aka="subreddit"),
    _e("Mastodon", "a social media service run by many independent servers instead of one company",
       "like a network of regional societies that talk to each other", aka="fediverse; Bluesky"),
    _e("Snapchat", "a messaging app where photos and messages disappear after viewing",
       "like a note passed in clinic that is shredded once read"),
    _e("troll", "someone who posts to upset people on purpose",
       "like the heckler who only comes to the meeting to derail it", aka="trolling; trolls", amb="=",
       cues="online; comments; social; twitter; internet; post; abuse; forum",
       anti="bridge; fairy; goat; tale"),
    _e("doomscrolling", "scrolling through bad news for far too long",
       "like reading every incident report in the building before bed", aka="doom-scrolling; doomscroll"),
    _e("clickbait", "a headline written to make you click rather than to inform",
       "like a journal title that promises a cure the abstract does not support"),
    _e("livestream", "a video broadcast live over the internet",
       "like a lecture relayed to an overflow room, but anywhere in the world",
       aka="live stream; live-stream; live streaming"),
    _e("podcast", "a recorded audio programme you can play whenever you like",
       "like a radio programme that waits for you until you are ready", aka="podcasts; podcaster"),
    _e("blog", "a web page where someone writes regular short articles",
       "like a personal column in a journal, published as often as you like",
       aka="blogger; blogging; blog post; vlog; vlogger"),
    _e("alt text", "a short written description of a picture for people who cannot see it",
       "like describing an X-ray finding over the phone to a colleague", aka="alt-text; alternative text"),
    _e("trending", "being talked about by lots of people online right now",
       "like the topic everyone is discussing in the doctors' mess this week", aka="trending on", amb="trending",
       cues="twitter; social; hashtag; topic; online; tiktok; trending on; instagram",
       anti="up; down; upward; downward; creatinine; towards; lower; higher; improving; improved; worse; falling; rising"),
    _e("filter bubble", "seeing only opinions online that match your own",
       "like only ever reading journals from your own specialty", aka="echo chamber"),
    _e("connection request", "an invitation to link up with someone on LinkedIn",
       "like handing over your business card and asking for theirs"),
    _e("emoji", "the small picture symbols used in messages",
       "like the smiley stickers on a child's reward chart", aka="emojis; emoticon; emoticons"),
    _e("GIF", "a short looping moving picture", "like a flick-book animation that repeats forever",
       exp="Graphics Interchange Format"),
    _e("selfie", "a photo you take of yourself", "like a self-portrait taken at arm's length"),
    _e("FOMO", "worrying that others are enjoying something you are missing",
       "like checking the on-call rota to see which interesting cases you missed",
       exp="fear of missing out", aka="fear of missing out"),
    _e("post", "a message, photo or video shared on social media",
       "like pinning a notice on a public board", aka="social media post", amb="post",
       cues="social; linkedin; twitter; facebook; online; comment; comments; likes; share; shared; blog; "
            "feed; hashtag; instagram; followers; tiktok",
       anti="office; letter; op; operative; mortem; royal mail; parcel; postcode; box; natal; partum; graduate; "
            "doc; holder"),
    _e("tag", "name someone in a post or photo so it links to them",
       "like copying a named colleague into a referral so it lands on their list", amb="=",
       cues="photo; post; picture; facebook; instagram; linkedin; social; hashtag; tagged in; twitter; "
            "comment; story; metadata; label",
       anti="name tag; toe tag; price; tag team; game; rugby; security tag; luggage; skin tag; ear tag; "
            "electronic tag; skin"),
    _e("group chat", "one message conversation shared by several people",
       "like a shared whiteboard in the staff room that everyone can write on", aka="WhatsApp group"),
    _e("comment section", "the replies people write under a post or article",
       "like the questions at the end of a talk, open to anyone in the world",
       aka="comments section; below the line"),
    _e("sponsored post", "a post that a company has paid to show you",
       "like a drug company's stand at a conference: useful, but paid for",
       aka="promoted post; boosted post; sponsored content"),
    _e("meme", "a joke picture or phrase that people copy and change as it spreads",
       "like a catchphrase from a ward round that the whole department starts using", aka="memes"),
    _e("organic reach", "how many people see a post without paying to promote it",
       "like how many people come to your talk through word of mouth alone", aka="reach", amb="reach",
       cues="post; posts; comments; likes; followers; engagement; impressions; social; LinkedIn; got a lot of; "
            "audience; campaign; video"),
    _e("content", "anything posted online: writing, photos, videos",
       "like everything on the noticeboards: posters, notices, flyers",
       aka="online content; content strategy; user-generated content; UGC"),
]

_CLOUD_CUES = ("cloud; pay; paid; hour; hours; data; server; servers; storage; AWS; Azure; stays; UK; "
               "governance; supplier; vendor; backups; files; service; services; instance; store; stored")
_CLOUD_ANTI = ("trust region; region of; NHS region; regional; NHS England region; the region's; lower back; "
               "abdominal; body; chest; neck; hip; pelvic; groin; bucket list; ice bucket; mop")

_FILE_CUES = ("table; tables; rows; row; column; columns; file; files; export; exported; Excel; CSV; data; SQL; "
              "messages; HL7; JSON; XML; text; script; code; field; fields; each night; nightly; database")
_FILE_ANTI = ("sentence; sentences; grammar; Latin; meaning; what she meant; what he meant; course; treatment; "
              "visit; career; meeting; holiday")

_DB_CUES = ("table; tables; database; SQL; query; queries; column; columns; data; warehouse; load; view; rows; "
            "built on top; on top of; live database; schema; supplier built")
_DB_ANTI = ("point of view; views on; view of; in view; the view from; my view; your view; views about; our view; "
            "their view; window; sea; garden; scenic; consultant's view; personal view; view access; view-only; "
            "view only")

_DATA_ROWS = [
    _e("data type", "what kind of value a column holds (a date, a number, text), which decides what can be done with it",
       "like the colour of a specimen bottle: put the sample in the wrong one and the lab cannot run the test",
       aka="data types; datatype; datatypes; stored as text; string; strings; integer; integers; float; floats; "
           "boolean; booleans; varchar",
       amb="string; strings; integer; integers; float; floats",
       cues="column; columns; field; fields; table; tables; text; number; numbers; value; values; data; SQL; "
            "Python; code; stored; date; dates; convert; converted; cast",
       anti="guitar; violin; tennis; puppet; puppets; pull the strings; no strings; shoe; boat; parade; float "
            "the idea; floated; pool"),
    _e("relational database", "a database of many tables linked to each other by shared numbers",
       "like the hospital's paper records linked by hospital number: each folder separate, the number ties them",
       aka="relational databases; RDBMS; Postgres; PostgreSQL; MySQL; Oracle database; SQLite; MariaDB; MongoDB; "
           "NoSQL; document database"),
    _e("data catalogue", "a searchable list of the organisation's data sets, what each holds and who looks after it",
       "like the formulary, but for data: what exists, what it is for and who to ask",
       aka="data catalog; data catalogues; data catalogs; data lineage; lineage; data steward; data stewards; "
           "data stewardship; data owner; data owners; information asset owner; information asset owners; IAO; "
           "IAOs; information asset register; information asset; information assets",
       amb="lineage; data owner; data owners; information asset; information assets",
       cues="data; dataset; datasets; table; tables; figure; figures; report; reports; dashboard; comes from; "
            "column; columns; source; system; systems; register; IG",
       anti="family; families; ancestry; royal; noble; descent; cell; cells; tumour; haematopoietic"),
    _e("row limit", "the most rows a program can hold: a spreadsheet stops at about a million",
       "like a ward with a fixed number of beds: the next patient has nowhere to go",
       aka="row limits; too many rows; million rows; file size limit"),
    _e("truncate", "cut data off at a limit, so the end of a long value or file is lost",
       "like a drug chart box too small for the full instruction, so the end is never written",
       aka="truncated; truncates; truncating; truncation",
       amb="truncate; truncated; truncates; truncating; truncation", cues=_FILE_CUES, anti=_FILE_ANTI),
    _e("parse", "have a program read text or a file and pick out its parts, such as fields and values",
       "like a clerk reading a referral letter and copying each detail into the right box",
       aka="parsed; parses; parsing; parser",
       amb="parse; parsed; parses; parsing; parser", cues=_FILE_CUES, anti=_FILE_ANTI),
    _e("UTC", "the world's standard clock time, which ignores summer time",
       "like always charting in one agreed clock, so a night shift across the clocks changing still adds up",
       exp="Coordinated Universal Time", aka="Coordinated Universal Time; ISO 8601; Unix time; epoch time; "
       "Unix timestamp; time zone conversion; timezone conversion; timezone"),
    _e("duplicate records", "the same person or event entered twice, so counts come out too high",
       "like one patient with two sets of notes: results go in one and not the other",
       aka="duplicate record; duplicates; duplicate rows; duplicate row; duplicated records; duplicate entries; "
           "duplicate patients; double-counted; double counted; double counting",
       amb="duplicates; double-counted; double counted; double counting",
       cues="patients; records; rows; row; dataset; data; numbers; number; NHS number; counting; count; "
            "counts; removed; remove; spreadsheet; list; extract; because",
       anti="in duplicate; copies; keys; prints; photos; signed"),
    _e("filter", "show only the rows that match a rule, hiding the rest",
       "like pulling just the diabetic patients' notes out of the whole clinic list",
       aka="filtered; filtering; filters", amb="filter; filtered; filtering; filters",
       cues="dataset; data; column; columns; spreadsheet; rows; row; dashboard; report; Excel; table; "
            "slicer; query; to adults only; by ward",
       anti="kidney; kidneys; glomerular; renal; water; cigarette; coffee; IVC; blood; HEPA; air; sunlight; "
            "light; through; coffee; mask; dialysis; haemofilter; haemofiltration"),
    _e("live feed", "data sent on continuously from one system to another as it changes",
       "like a monitor wired to the central station rather than obs written up every four hours",
       aka="live feeds; real-time feed; real-time feeds"),
    _e("backfill", "fill in past data that is missing, after the fact",
       "like writing up the notes for a night when the system was down, once it is back",
       aka="backfilled; backfilling",
       cues="table; tables; database; SQL; query; queries; column; columns; data; warehouse; load; view; rows; "
            "built on top; on top of; live database; schema; supplier built",
       anti="point of view; views on; view of; in view; the view from; my view; your view; views about; our view; "
            "their view; window; sea; garden; scenic; consultant's view; personal view; view access; view-only; "
            "view only"),
    _e("upsert", "add a row to a table, or update it if it is already there",
       "like updating a patient's entry on the board if they are listed, or adding them if not",
       aka="upserted; upserting"),
    _e("database view", "a saved query that looks like a table but is worked out from other tables when read",
       "like a ward list printed from the PAS: not stored separately, rebuilt from the record each time",
       aka="view; materialised view; materialized view; materialised views; materialized views",
       amb="view", cues=_DB_CUES, anti=_DB_ANTI),
    _e("stored procedure", "a set of database steps saved under a name inside the database, run on request",
       "like a standing protocol the lab runs when you tick one box on the request",
       aka="stored procedures"),
    _e("index", "an extra structure a database keeps so it can find rows fast",
       "like the alphabetical index card system that finds a set of notes without searching every shelf",
       aka="indexed; indexing", amb="index; indexed; indexing", cues=_DB_CUES, anti=_DB_ANTI),
    _e("partition", "splitting a big table into parts, for example one per month, so it is quicker to use",
       "like storing old notes in yearly boxes so this year's shelf stays small",
       aka="partitioned; partitioning", amb="partition; partitioned; partitioning", cues=_DB_CUES, anti=_DB_ANTI),
    _e("incremental load", "loading only the data that is new or changed since last time (a full refresh reloads everything)",
       "like adding today's results to the chart instead of reprinting the whole file",
       aka="full refresh; refresh schedule; scheduled refresh"),
    _e("cloud-native", "built from the start to run on rented online computers",
       "like a clinic designed for video appointments rather than a room with a webcam added",
       aka="cloud native; cloud-first; cloud first; lift and shift; lift-and-shift; migrate; migrated; "
           "migrating; replatform; re-platform",
       amb="migrate; migrated; migrating",
       cues="server; servers; system; systems; data; cloud; files; file; platform; database; application; "
            "applications; app; Azure; AWS; on-prem; old; new system; EHR; EPR; mailboxes; email",
       anti="birds; bird; patients; patient; pain; stent; cells; cell; country; abroad; UK; family"),
    _e("endpoint protection", "security software on each laptop and phone that watches for attacks",
       "like infection-control checks at every ward door, not just at the front entrance",
       aka="endpoint detection; endpoint security; EDR agent; antimalware; security agent; "
           "device management; Intune; managed device; managed devices; enrol; enrolled device"),
    _e("classifier", "a program that sorts things into groups, such as urgent and routine",
       "like a triage nurse who has learned the rules from thousands of past referrals",
       aka="classifiers; classify; classifies; classification model; labelled data; labeled data; "
           "labelling; annotation; annotations; annotated; training run; retrain; retrained; "
           "retraining; multi-modal",
       amb="classify; classifies; labelling; annotation; annotations; annotated",
       cues="model; models; AI; algorithm; ML; data; dataset; images; referrals; text; automatically; "
            "machine learning; trained"),
    _e("join", "link two tables of data by a column they share, such as the hospital number",
       "like matching lab results to the right admission by hospital number and date",
       aka="joins; joined; joining; left join; inner join; outer join; many-to-many; one-to-many; "
           "many-to-one; lookup key",
       amb="join; joins; joined; joining",
       cues="table; tables; SQL; query; column; columns; dataset; datasets; key; on the; data; extract; "
            "database; rows; field; fields; dataframe",
       anti="join us; join the team; joined the trust; join the meeting; join the call; joined the call; "
            "join in; joining us; joined us; come and join; join me"),
    _e("proxy", "a computer that sits between your device and the internet, passing on (or blocking) what you ask for",
       "like the switchboard that decides which outside calls get put through", amb="=",
       aka="proxy server; web proxy; web filter; content filtering; SSID; network name; VLAN; subnet",
       cues="blocks; blocked; blocking; site; sites; website; internet; web; network; server; settings; IT; "
            "browser; connection; journal; Wi-Fi; wifi; called",
       anti="proxy measure; proxy for; by proxy; proxy vote; a proxy of; proxy marker; good proxy"),
    _e("Azure", "Microsoft's rented computing and storage service",
       "like renting theatre time at another hospital instead of building your own",
       aka="AWS; Amazon Web Services; Google Cloud; GCP; compute; compute power; hosted; hosting; "
           "hyperscaler; hyperscalers",
       amb="compute; hosted; hosting",
       cues="cloud; pay; paid; hour; hours; data; server; servers; storage; AWS; Azure; stays; UK; "
            "governance; supplier; vendor; backups; files; service; services; instance; store; stored",
       anti="trust region; region of; NHS region; regional; NHS England region; the region's; lower back; "
            "abdominal; body; chest; neck; hip; pelvic; groin; bucket list; ice bucket; mop"),
    _e("cloud region", "the part of the world where a cloud supplier's data centres hold your data",
       "like which hospital site a service runs from: it decides where the records physically are",
       aka="region; regions; availability zone; availability zones",
       amb="region; regions", cues=_CLOUD_CUES, anti=_CLOUD_ANTI),
    _e("object storage", "cloud storage for large numbers of files, each kept in a named container called a bucket",
       "like an off-site records store: boxes filed by label, fetched when asked for",
       aka="blob storage; blob store; blob stores; S3; S3 bucket; bucket; buckets",
       amb="bucket; buckets", cues=_CLOUD_CUES, anti=_CLOUD_ANTI),
    _e("data residency", "the rule about which country data must be stored in",
       "like a rule that patient notes may not leave the trust's own records library"),
    _e("on-premises", "run on the organisation's own servers in its own building, not rented in the cloud",
       "like a lab on site rather than sending samples away",
       aka="on-prem; on premises; on prem"),
    _e("memory leak", "a fault that makes a program use more and more memory until it slows or stops",
       "like a drip left running into a full bag: fine for a while, then it overflows",
       aka="memory leaks; out of memory"),
    _e("deadlock", "two parts of a program each waiting for the other to finish, so both stop for good",
       "like two porters each waiting for the other to clear the lift before moving",
       aka="deadlocks; deadlocked"),
    _e("infinite loop", "a program repeating the same steps forever because its stopping point is never reached",
       "like a referral bounced between two teams, each sending it back to the other",
       aka="infinite loops; endless loop"),
    _e("crash bug", "a programming fault that makes a program stop suddenly, such as reading memory it does not own",
       "like a drug chart entry so malformed that the pharmacist cannot act on it at all",
       aka="stack overflow; null pointer; null pointer exception; segfault; segmentation fault"),
    _e("SME", "the person who knows most about a subject or system",
       "like the consultant everyone rings about one rare condition", exp="subject matter expert",
       aka="subject matter expert; subject-matter expert; SMEs"),
    _e("alert threshold", "the score at which a tool raises an alert",
       "like the NEWS score at which the nurse must call a doctor",
       aka="alert thresholds; alerting threshold; decision threshold; cut-off; cutoff; operating point",
       amb="cut-off; cutoff", cues="model; tool; score; alert; alerts; algorithm; AI; set; tuned; predict"),
    _e("dataset", "a collection of data on one subject",
       "like a folder of audit forms collected for one project", aka="data set"),
    _e("dashboard", "one screen that shows the key figures at a glance",
       "like the obs chart at the end of the bed: the important numbers in one place, updated as they change",
       aka="dashboards"),
    _e("KPI", "the main measure used to judge how something is going",
       "like the four-hour emergency target: the one number everyone watches",
       exp="key performance indicator", aka="key performance indicator"),
    _e("SQL", "a language for asking a database questions",
       "like the wording on a lab request: a precise way of asking for exactly the results you want",
       exp="Structured Query Language", aka="SQL Server"),
    _e("query", "a question asked of a database, or the saved search that asks it",
       "like a search of the theatre book for every hip replacement last year", amb="=",
       cues="database; SQL; run; data; table; tables; results; report; spreadsheet; search; returns",
       anti="sepsis; patient; diagnosis; clinical; fracture; infection; raise a query with; queried"),
    _e("pipeline", "the automatic steps that move and tidy data from one place to another",
       "like the route a blood sample takes: labelled, spun, analysed, reported", aka="data pipeline",
       amb="pipeline",
       cues="data; ETL; load; nightly; feed; job; run; database; warehouse; process; analytics",
       anti="drug; drugs; oil; gas; recruitment; research; talent; therapeutic; development"),
    _e("ETL", "copying data out of one system, tidying it and loading it into another",
       "like decanting stock from the supplier's boxes, checking it, and shelving it in the pharmacy",
       exp="extract, transform, load"),
    _e("data lake", "a big store holding all kinds of raw data as it arrived",
       "like a store room where every delivery is kept unopened until someone needs it",
       aka="lakehouse; data lakehouse"),
    _e("data warehouse", "a central database of tidied data kept for reports and analysis",
       "like the medical records library: organised, indexed and ready to pull from",
       aka="warehouse; reporting database",
       amb="warehouse",
       cues="data; overnight; nightly; tables; table; SQL; loaded; loads; lands; land; query; queries; report; "
            "reports; dashboard; extract",
       anti="Amazon; parcel; parcels; stock; supplies; delivery van; forklift; shelves"),
    _e("metadata", "information about data, such as who made a file and when",
       "like the label on a specimen pot: not the sample, but everything about it"),
    _e("schema", "the plan of how a database is laid out: which tables and fields it has",
       "like the layout of a clerking proforma: which boxes exist and what goes in each", amb="=",
       cues="database; table; tables; data; field; fields; SQL; JSON; XML; column; API; FHIR; endpoint; migration",
       anti="therapy; cognitive; patient; mental; child; psychology"),
    _e("deduplication", "finding and removing repeated copies of the same record",
       "like merging two sets of notes for the same patient",
       aka="dedup; de-dup; dedupe; de-duplication; deduplicate; de-duplicate"),
    _e("anonymised", "with everything that could identify a person removed for good",
       "like a teaching case with every detail changed so nobody could ever be recognised",
       aka="anonymized; anonymisation; anonymization; anonymise; anonymize"),
    _e("pseudonymised", "with names swapped for codes, so only a key-holder can link it back to a person",
       "like a trial where patients are numbered and only the research nurse holds the list",
       aka="pseudonymized; pseudonymisation; pseudonymization; pseudonymise; pseudonymize; de-identified; "
           "deidentified; de-identify; de-identification; hashed; hashing; hash; salted hash; linkage key",
       amb="hash; hashed; hashing",
       cues="data; NHS number; identifier; identifiers; linked; linking; linkage; key; record; records; "
            "password; passwords; dataset; stored; value",
       anti="hash brown; hash browns; make a hash; made a hash; hashtag; corned beef"),
    _e("machine learning", "computers finding patterns in examples instead of following written rules",
       "like a trainee who learns to read ECGs by seeing thousands of them rather than memorising rules",
       exp="machine learning", aka="ML"),
    _e("deep learning", "a powerful kind of machine learning that uses many layers of pattern-finding",
       "like an expert reader who has seen so many films they spot things they cannot explain"),
    _e("neural network", "a computer model loosely inspired by how brain cells connect",
       "like a vast committee where each member passes a small judgement up the line",
       aka="neural net; neural networks"),
    _e("training data", "the examples an AI learns from",
       "like the cases a trainee sees during their rotations: what they learn depends on them",
       aka="training set; training dataset; labelled examples; labeled examples; "
           "annotated data",
       cues="model; models; AI; algorithm; train; training; examples; data; classifier; machine learning; ML"),
    _e("big data", "very large amounts of data, too big for ordinary tools",
       "like trying to audit every blood test in the country at once"),
    _e("data mart", "a small store of tidied data for one department",
       "like the ward's own drug cupboard stocked from the main pharmacy"),
    _e("timestamp", "the date and time a computer recorded against an entry",
       "like the time written beside each entry in the notes, but stamped by the machine when it saved it",
       aka="timestamps; timestamped; time stamp; time stamps; time-stamped; datetime; date-time stamp"),
    _e("data quality", "how complete, accurate and up to date the data is",
       "like the difference between a clear, signed entry and an illegible one", aka="data completeness"),
    _e("data cleansing", "finding and fixing mistakes and gaps in data",
       "like tidying the notes before an audit: missing dates filled, duplicates removed",
       aka="data cleaning; cleansing; data cleanse"),
    _e("data linkage", "joining records about the same person from different sources",
       "like matching the lab results to the right patient using name, date of birth and NHS number",
       aka="record linkage; linked data"),
    _e("primary key", "the field that uniquely identifies each record in a table",
       "like an NHS number: one per person, never shared", aka="foreign key"),
    _e("CSV", "a simple text file of data in rows, with commas between the values",
       "like a typed list where each line is a patient and commas separate the columns",
       exp="comma-separated values", aka="comma-separated values; CSV file"),
    _e("pivot table", "a spreadsheet tool that totals data by groups",
       "like tallying the clinic list by consultant and by month in one go", aka="pivot tables"),
    _e("VLOOKUP", "a spreadsheet formula that finds a matching value in another table",
       "like looking up a patient's ward from their hospital number on the bed list", aka="XLOOKUP"),
    _e("macro", "a recorded set of steps a spreadsheet can repeat with one click",
       "like a standard order set: one click, a whole routine done", aka="macros; VBA", amb="macro; macros",
       cues="excel; spreadsheet; VBA; button; record; run; word; enable; copies; copy; workbook; numbers; cells",
       anti="micro; economic; nutrient; nutrients; level; lens; photo; diet; protein; carbs"),
    _e("script", "a small program that does a task automatically",
       "like a standing instruction a machine follows every time, exactly", amb="=",
       cues="python; run; code; automate; automated; computer; sql; powershell; bash; program",
       anti="prescription; prescribe; pharmacy; drug; medication; film; play; actor; GP; repeat; FP10; "
            "off script; reading from"),
    _e("Python", "a popular programming language", "like a widely used lab technique that most analysts learn",
       amb="=; Java; Ruby; Rust; Swift",
       aka="JavaScript; TypeScript; Java; Kotlin; Ruby; Rust; Swift; Golang; PHP; COBOL; Visual Basic; "
           "programming languages; written in Java; written in Python",
       cues="code; coding; script; programming; pandas; data; install; library; analysis; jupyter; written in; "
            "developers; developer; app; software; backend; language",
       anti="snake; zoo; bite; monty; reptile; coffee; island; Indonesia; cup; jewel; ruby wedding; rusty; "
            "bird; birds; Taylor; swift recovery; swift response; swiftly; car; bike"),
    _e("JSON", "a common text format for sending structured data between systems",
       "like a standard proforma with labelled boxes, written out as text",
       exp="JavaScript Object Notation", aka="JavaScript Object Notation"),
    _e("XML", "an older text format for structured data, using tags in angle brackets",
       "like a proforma where every box is labelled at the start and end", exp="Extensible Markup Language"),
    _e("data dictionary", "a document that says what each field in a dataset means",
       "like the key at the front of a notes proforma explaining every abbreviation"),
    _e("data governance", "the rules for who may use which data, how and why",
       "like the rules for access to patient notes, applied to all the organisation's data"),
    _e("data controller", "the organisation that decides why and how personal data is used",
       "like the consultant responsible for a patient's care plan, even when others carry it out",
       aka="data processor; joint controller"),
    _e("TRE", "a secure computer space where approved researchers analyse sensitive data without taking it away",
       "like a reading room where rare notes can be studied but never leave the building",
       exp="trusted research environment", aka="trusted research environment; SDE; secure data environment"),
    _e("synthetic data", "made-up data that looks like the real thing but describes nobody real",
       "like a simulation patient: realistic, but not a real person"),
    _e("aggregate data", "totals and averages rather than individual records",
       "like the ward census rather than the notes of each patient", aka="aggregated data; aggregated"),
    _e("small number suppression", "hiding very small counts so nobody can be identified",
       "like not naming the ward when only one patient had a rare complication",
       aka="suppression; suppressed; small numbers suppressed"),
    _e("granularity", "how much detail the data goes into",
       "like the difference between a daily summary and minute-by-minute obs", aka="granular"),
    _e("drill down", "click into a figure to see the detail behind it",
       "like going from the ward's infection rate to each patient's culture result",
       aka="drill-down; drilldown; drill into"),
    _e("Power BI", "Microsoft's tool for making dashboards and charts from data",
       "like a chart-making machine fed by the hospital's figures",
       aka="Tableau; Qlik; slicer; slicers; drill-through; drill through; visual; visuals; built a measure; "
           "build a measure; created a measure; added a measure; new measure; DAX measure; calculated measure; "
           "calculated column; calculated columns; calculated field; calculated fields",
       amb="slicer; slicers; visual; visuals",
       cues="dashboard; report; reports; chart; charts; month; filter; pick; page; data; Power BI; added; choose; "
            "select; measure; DAX; ward"),
    _e("BI", "turning an organisation's data into reports that help decisions",
       "like the audit department, with the charts made automatically",
       exp="business intelligence", aka="business intelligence"),
    _e("real-time", "happening immediately, as things change",
       "like a live arterial line trace rather than a blood gas sent hourly", aka="real time; realtime"),
    _e("batch", "a set of jobs processed together at a set time, often overnight",
       "like the lab running all the routine samples together in the afternoon",
       aka="batch job; batch processing; overnight batch", amb="batch",
       cues="job; process; overnight; run; upload; file; processing; data; nightly",
       anti="number; vaccine; drug; recall; cookies; bake; lot"),
    _e("data flow", "the route data takes from where it is collected to where it is used",
       "like the path a request card takes from ward to lab and back",
       aka="dataflow; data flows; data flow mapping; data flow diagram"),
    _e("data feed", "a regular automatic supply of data from one system to another",
       "like a standing delivery from pharmacy to the ward every morning", aka="data feeds"),
    _e("source system", "the system where data is first entered",
       "like the original notes, as opposed to a summary copied from them", aka="source systems"),
    _e("data model", "the plan of what data is kept and how the pieces relate",
       "like the structure of a clerking proforma, worked out before anyone writes in it"),
    _e("normalisation", "organising a database so each fact is stored once",
       "like keeping the allergy list in one place instead of copying it into every page", amb="normalisation; normalization; normalised; normalized",
       aka="normalization; normalised; normalized; denormalised; denormalized",
       cues="database; tables; table; data; schema; form; SQL; field; names; spellings; count; counts; "
            "matching; repeats",
       anti="deviance; results; levels; sodium; potassium; bloods; function; rates; heart; range; reference range; "
            "baseline; values; scores"),
    _e("ingestion", "taking data into a system", "like booking samples into the lab at reception",
       aka="ingest; ingested", amb="ingestion; ingest; ingested",
       cues="data; pipeline; files; feeds; feed; database; into the; warehouse; lake",
       anti="poison; overdose; foreign body; tablets; bleach; accidental; battery; alcohol; caustic"),
    _e("data visualisation", "turning numbers into charts and pictures",
       "like plotting the temperature on the obs chart instead of listing the readings",
       aka="data visualization; dataviz; data viz"),
    _e("data extract", "a copy of selected data pulled out of a system",
       "like photocopying just the drug chart pages from the notes",
       aka="extract; export; exported; exporting; data export", amb="extract; export; exported; exporting",
       cues="data; database; spreadsheet; csv; file; query; report; system; SQL; Excel; results; PDF; "
            "dashboard; table",
       anti="herbal; plant; leaf; tooth; teeth; dental; yeast; vanilla; malt"),
    _e("flat file", "a simple file of data in one table, with no links to other tables",
       "like a single handwritten list, rather than a set of cross-referenced ledgers"),
    _e("null", "an empty value: nothing was recorded", "like a blank box on a form", aka="null value; NULL",
       amb="null",
       cues="value; field; column; database; sql; blank; empty; data; record",
       anti="hypothesis; void"),
    _e("data validation", "automatic checks that what is typed in makes sense",
       "like a drug chart that refuses a dose ten times the usual",
       aka="validation rule; validation rules; validation; failed validation; validated; validation error; "
           "validation errors", amb="validation; validated",
       cues="records; record; data; field; fields; dates; date; form; forms; rows; file; import; upload; "
            "rule; rules; system; database; failed; error; errors"),
    _e("NLP", "computers making sense of ordinary written or spoken language",
       "like a clerk who reads free-text letters and fills in the coded boxes",
       exp="natural language processing", aka="natural language processing"),
    _e("predictive model", "a calculation that estimates what is likely to happen next",
       "like a risk score, worked out automatically from the record", aka="predictive analytics; predictive modelling"),
    _e("algorithmic bias", "an AI treating some groups unfairly because of the data it learned from",
       "like a trainee who only ever saw one kind of patient and so misjudges the others",
       aka="AI bias; bias in AI"),
    _e("overfitting", "a model that memorised its examples instead of learning the general pattern",
       "like a student who memorised last year's exam answers and fails on new questions",
       aka="overfit; overfitted; overfits"),
    _e("ground truth", "the confirmed correct answer used to check an AI",
       "like the histology result used to judge how good the scan reading was"),
    _e("explainable AI", "AI that can show why it reached its answer",
       "like a junior who can talk you through their reasoning, not just give the diagnosis",
       aka="explainability; XAI"),
    _e("generative AI", "AI that writes text or makes pictures",
       "like a very fast ghost-writer who needs careful checking", aka="GenAI; gen AI"),
    _e("hallucination", "when an AI confidently makes something up",
       "like a fluent locum who invents a plausible guideline that does not exist",
       aka="hallucinations; hallucinate; hallucinates; hallucinated", amb="hallucination; hallucinations; "
       "hallucinate; hallucinates; hallucinated",
       cues="AI; chatbot; chatgpt; model; LLM; made up; invented; copilot; generative; gpt; tool; it; summariser; summarizer; assistant; letter; letters; answer; answers",
       anti="patient; visual; auditory; delirium; psychosis; hearing; seeing; voices; drug-induced; recreational; illicit; withdrawal; olfactory; he; she; delirious"),
    _e("ChatGPT", "a popular AI chatbot made by the company OpenAI",
       "like a very well-read assistant who answers anything, and is sometimes wrong", aka="GPT; GPT-4"),
    _e("Copilot", "Microsoft's AI assistant built into Word, Outlook and Teams",
       "like a personal assistant sitting inside your office software", amb="=",
       cues="Microsoft; AI; Word; Teams; Outlook; GitHub; Office; Windows",
       anti="plane; pilot; flight; aircraft"),
    _e("open data", "data published for anyone to use freely",
       "like publishing audit results on the public website"),
    _e("data sharing agreement", "a written agreement on what data two organisations share and how",
       "like a shared care protocol, but for information", aka="DSA; information sharing agreement; ISA"),
    _e("data migration", "moving data from an old system into a new one",
       "like moving every set of notes to the new records library without losing a page",
       aka="migrate the data; migrating data; data transfer; migration; migrations; data migrations",
       amb="migration; migrations",
       cues="records; data; system; systems; old system; new system; server; servers; cloud; database; EPR; EHR; "
            "moves; moved; cutover; legacy; supplier; tables",
       anti="bird; birds; population; people; refugees; stent; cells; tumour; immigration; ward; wards; pain; "
            "whales; animals"),
    _e("analytics", "studying data to find useful patterns",
       "like clinical audit, done continuously by computer", aka="data analytics; analytic"),
    _e("metrics", "measures used to track how things are going",
       "like the ward's quality indicators on the noticeboard", aka="metric"),
    _e("data minimisation", "collecting only the data you actually need",
       "like requesting only the tests that will change management", aka="data minimization"),
    _e("data retention", "how long data is kept before it is deleted",
       "like the records retention schedule for case notes", aka="retention period; retention schedule"),
    _e("single source of truth", "one agreed place where the correct version of data is kept",
       "like the one master drug chart everyone works from, instead of copies", aka="SSOT"),
    _e("computer vision", "AI that interprets pictures and video",
       "like an extra reader who looks at every image on the PACS first", aka="image recognition"),
    _e("model drift", "an AI getting less accurate as the real world changes",
       "like a risk score built before a new treatment arrived, now out of date",
       aka="data drift; performance drift; concept drift; drift; drifted; drifting",
       amb="drift; drifted; drifting",
       cues="model; models; AI; algorithm; algorithms; prediction; predictions; predict; accuracy; performance; "
            "retrain; retrained; retraining; tool; score; scores; monitor; monitoring",
       anti="off to sleep; asleep; apart; away; snow; boat; conversation; attention; mind"),
    _e("risk stratification", "sorting patients by how likely they are to need care",
       "like triage for a whole practice list, done from the records"),
    _e("Jupyter notebook", "a document that mixes code, results and notes for data analysis",
       "like a lab notebook where the calculations run themselves",
       aka="Jupyter; notebook; notebooks; Colab",
       amb="notebook; notebooks",
       cues="code; Python; R; data; analysis; shared drive; run; runs; cells; script; scripts; pandas; SQL; model",
       anti="paper; pen; pencil; pocket; bedside; jot; jotted; Moleskine; diary; spiral"),
    _e("race condition", "a fault where two parts of a program get in each other's way depending on timing",
       "like two nurses giving the same drug because each checked the chart before the other signed it",
       aka="race conditions"),
    _e("hotfix", "an urgent small repair released straight away",
       "like an urgent correction to a protocol emailed out before the next print run",
       aka="hot fix; hot-fix; hotfixes"),
    _e("production", "the live system that real users work on",
       "like the real ward as opposed to the simulation suite", aka="prod; production system; production server; "
       "live environment; production environment; in live; into live", amb="production; prod; in live; into live",
       cues="deploy; deployed; push; pushed; release; released; server; live; test; testing; bug; hotfix; "
            "environment; database; outage; code; dev; change went; went to; into production; to production; fix; "
            "fixed; patch; version; in production",
       anti="film; theatre; milk; saliva; mucus; sputum; urine; insulin; hormone; factory; prod him; prod her; "
            "music; gig; gigs; band; concert; audience; broadcast; television; TV; comedy; "
            "food; cost; sales; prodding"),
    _e("roll back", "put back the previous version after a change went wrong",
       "like withdrawing a new protocol and going back to the old one until the problem is fixed",
       aka="rollback; roll-back; rolled back; rolling back; rollback plan; back-out plan; backout plan",
       amb="roll back; rollback; roll-back; rolled back; rolling back",
       cues="update; patch; release; version; change; upgrade; deploy; system; software; IT; server; database; "
            "firmware",
       anti="price; prices; sleeves; years; clock; eyes; carpet"),
    _e("endpoint", "one web address a system answers questions on",
       "like a named hatch at pharmacy: ask there, in the right form, and you get that one thing back",
       aka="API endpoint; endpoints; end point; payload; payloads; request body; response body",
       amb="endpoint; endpoints; end point; payload; payloads",
       cues="API; FHIR; URL; server; request; requests; call; calls; web; REST; integration; schema; JSON; "
            "returns; returned; message; messages; includes; field; fields; too big; attached; attachment; HL7",
       anti="primary; secondary; trial; study; clinical; composite; surrogate; outcome; outcomes; mortality; "
            "treatment; journey"),
    _e("spin up", "set up a new one quickly",
       "like opening an extra escalation bay for the night and closing it again in the morning",
       aka="spinning up; spun up; spin-up"),
    _e("repository", "the shared online store of a project's code and its full history",
       "like the case-note library that also keeps every earlier version of every page",
       aka="repo; repos; code repository; git repository; GitHub repo", amb="repository; repo; repos",
       cues="code; git; github; gitlab; commit; branch; clone; push; pull; developer; project; source",
       anti="data repository; tissue; sample; samples; biobank; records; man; car; repossess"),
    _e("human in the loop", "a person checks the computer's output before anything is acted on",
       "like a pharmacist screening every order the prescribing system suggests",
       aka="human-in-the-loop; human oversight"),
    _e("model", "the trained program at the heart of an AI tool",
       "like a registrar's judgement: shaped by every case seen, and only as good as those cases",
       aka="AI model; language model; trained model; ML model", amb="model",
       cues="AI; LLM; trained; training; machine learning; ML; data; dataset; predict; prediction; predicts; "
            "chatbot; GPT; fine-tuned; algorithm; NLP",
       anti="role model; business; care; model of care; service; anatomical; plastic; fashion; car; delivery; "
            "funding; staffing; workforce; clay"),
    _e("confusion matrix", "a table of how often an AI was right and wrong, for each kind of answer",
       "like the two-by-two table for a screening test: true and false positives and negatives"),
    _e("async", "not at the same time: people reply when they can",
       "like leaving a note in the handover book instead of phoning",
       aka="asynchronous; asynchronously; asynchronous working"),
]

_SECURITY_ROWS = [
    _e("Active Directory", "the organisation's central list of staff accounts and the groups that decide what each can open",
       "like the trust's staff ID and door-access register in one",
       aka="Azure AD; Azure Active Directory; Entra ID; Microsoft Entra; AD account; AD accounts; AD group; AD groups; "
           "security group; security groups; access group; access groups; domain account; domain accounts"),
    _e("quarantined", "held back by the security software because it might be harmful, until someone checks it",
       "like a specimen held in the lab until the infection result is back",
       aka="quarantine; quarantines; quarantining; in quarantine; sandboxed; Egress; Egress Switch",
       amb="quarantined; quarantine; quarantines; quarantining; in quarantine; Egress",
       cues="email; emails; spam; junk; attachment; attachments; file; files; antivirus; virus; malware; "
            "security; IT; Outlook; link; message; inbox; send; sent; securely",
       anti="patient; patients; infection; COVID; isolation; travel; Ebola; bay; ward; hotel; pandemic; "
            "animal; dog; cat"),
    _e("SOC", "the team that watches the organisation's systems day and night for signs of attack",
       "like a central monitoring station watching every bed's telemetry for the one alarm that matters",
       exp="security operations centre",
       aka="security operations centre; security operations center; CSOC; cyber security operations centre; "
           "threat monitoring; threat hunting"),
    _e("admin account", "a login with the power to change the system itself, not just use it",
       "like the master key to every ward, which is why it is guarded more closely than a door code",
       aka="admin accounts; administrator account; administrator accounts; privileged account; privileged accounts; "
           "privileged access; service account; service accounts; local admin; domain admin; global admin"),
    _e("data processing agreement", "the contract that says what a supplier may and may not do with our data",
       "like the terms a locum agency signs before its staff can see any notes",
       aka="data processing agreements; data processor agreement; data processing contract"),
    _e("allow list", "a list of the only websites or programs the computers are allowed to open",
       "like the formulary: only what is on the list can be given, anything else needs an exception",
       aka="allow-list; allowlist; allowlisted; allow-listed; whitelist; whitelists; whitelisted; whitelisting; "
           "block list; blocklist; blocklisted; blacklist; blacklisted; blacklisting; safe senders list"),
    _e("phishing", "fake emails or messages that try to trick you into giving away passwords or clicking",
       "like someone in a borrowed uniform asking for the drug cupboard keys",
       aka="phish; phishing email; phishing attack"),
    _e("spear phishing", "a fake message written for one particular person, using details about them",
       "like a con artist who knows your secretary's name and your clinic days",
       aka="spear-phishing; whaling"),
    _e("smishing", "phishing by text message",
       "like a fake appointment letter, but arriving as a text", aka="SMS phishing"),
    _e("vishing", "phishing by phone call",
       "like a caller pretending to be from IT who asks for your password", aka="voice phishing"),
    _e("quishing", "phishing using a fake QR code",
       "like a forged label stuck over the real one on a specimen fridge", aka="QR code phishing"),
    _e("ransomware", "a program that locks your files and demands money to unlock them",
       "like someone padlocking the records library and demanding payment for the key"),
    _e("malware", "harmful software that damages or spies on a computer",
       "like a contaminant in the supply chain: it gets in quietly and spreads",
       aka="malicious software; malicious code"),
    _e("virus", "a harmful program that copies itself onto other computers",
       "like an infection passed between machines instead of patients", aka="computer virus",
       amb="virus",
       cues="computer; laptop; antivirus; email; attachment; download; software; file; pc; scan; hacker; "
            "malware; infected file",
       anti="flu; covid; vaccine; patient; viral load; respiratory; hepatitis; HIV; RSV; norovirus; swab; "
            "PCR; infection control"),
    _e("spyware", "software that secretly watches what you do on your computer",
       "like someone reading over your shoulder without you knowing", aka="keylogger; stalkerware"),
    _e("trojan", "harmful software disguised as something useful",
       "like a donated gift that hides something harmful inside", aka="trojan horse", amb="trojan; trojan horse",
       cues="malware; virus; computer; software; download; email; attachment; hacker; program",
       anti="war; greek; troy; myth; legend"),
    _e("social engineering", "tricking people, rather than computers, into giving access",
       "like talking your way past reception by sounding confident and busy"),
    _e("zero-day", "a security flaw that attackers use before the maker has a fix",
       "like a new resistant organism found before any antibiotic works on it",
       aka="zero day; zero-day exploit; zero-day vulnerability; 0-day"),
    _e("authenticator app", "a phone app that shows a changing code to prove it is you",
       "like a second key that changes shape every thirty seconds",
       aka="authenticator; Microsoft Authenticator; Google Authenticator"),
    _e("OTP", "a code that works once, usually sent by text, to prove it is you",
       "like a single-use visitor pass", exp="one-time passcode",
       aka="one-time passcode; one-time password; one time code; one-time code"),
    _e("passkey", "a way of signing in with your fingerprint or face instead of a password",
       "like a door that opens to your staff badge and your face together", aka="passkeys"),
    _e("passphrase", "a password made of several ordinary words strung together",
       "like a long combination that is easy for you to remember and slow for anyone to guess",
       aka="pass phrase"),
    _e("brute force", "guessing a password by trying every combination",
       "like trying every key on the porter's ring until one fits",
       aka="brute-force; brute force attack; brute-force attack"),
    _e("credential stuffing", "trying passwords stolen from one site on many others",
       "like a thief trying your house key in your car, office and locker"),
    _e("data breach", "personal data getting into the wrong hands",
       "like a set of notes left on a bus", aka="breach of data; security breach"),
    _e("encryption at rest", "data scrambled while it is stored, so a stolen disk is unreadable",
       "like notes kept in a locked cabinet, so a burglar gets only a locked box",
       aka="encrypted at rest"),
    _e("encryption in transit", "data scrambled while it travels across a network",
       "like a sealed pouch for notes carried between sites", aka="encrypted in transit"),
    _e("end-to-end encryption", "messages scrambled so only the sender and receiver can read them",
       "like a sealed letter that even the postal service cannot open",
       aka="end-to-end encrypted; E2EE; E2E encryption"),
    _e("least privilege", "giving each person only the access their job needs",
       "like giving agency staff keys to the ward they are working on, not the whole building",
       aka="principle of least privilege; need-to-know access"),
    _e("firewall", "a barrier that blocks unwanted connections into a network",
       "like the security desk at the entrance that checks who comes in"),
    _e("network segmentation", "splitting a network into separate parts so trouble in one cannot spread",
       "like keeping an isolation bay closed off from the rest of the ward",
       aka="segregated network; segregated networks; isolated network; separate network; network segment; "
           "network segments; segmented network; air-gapped; air gap; air gapped; DMZ; medical device network",
       amb="air gap", cues="network; networks; device; devices; servers; IT; security; cyber; monitors; systems"),
    _e("antivirus", "software that finds and removes harmful programs",
       "like infection control, constantly swabbing for contamination",
       aka="anti-virus; antivirus software; anti-malware"),
    _e("vulnerability", "a weakness in software that attackers could use",
       "like a door that does not quite latch", amb="=",
       cues="software; security; system; patch; exploit; flaw; cyber; attack; hacker; server; scan",
       anti="patient; adult; adults; child; children; safeguarding; emotional; show; frail; vulnerable"),
    _e("penetration test", "hiring experts to try to break in, so the gaps can be fixed",
       "like a mock inspection, where the inspector is paid to find every fault",
       aka="pen test; pen testing; penetration testing; pentest; pentesting"),
    _e("DDoS", "flooding a website with fake traffic so real users cannot get in",
       "like thousands of hoax calls jamming the switchboard",
       exp="distributed denial of service", aka="denial of service; denial-of-service; DoS attack"),
    _e("botnet", "many hijacked computers controlled together by an attacker",
       "like a crowd of people unknowingly passing on the same infection"),
    _e("spoofing", "faking a sender's name or address so a message looks trusted",
       "like a forged letterhead on a fake referral", aka="spoofed; spoof email; email spoofing"),
    _e("dark web", "hidden parts of the internet, often used for trading stolen data",
       "like a back-alley market you can only reach if you know the secret door",
       aka="dark net; darknet"),
    _e("deepfake", "a fake video, picture or voice made by AI to look real",
       "like a perfect forgery of someone's signature, but for their face and voice",
       aka="deep fake; deepfakes; deep fakes"),
    _e("tailgating", "following someone through a secure door without using your own pass",
       "like slipping onto the ward behind a visitor without being buzzed in", amb="=",
       cues="door; badge; pass; secure; building; access; swipe; card; entry",
       anti="car; driving; motorway; road; driver; traffic"),
    _e("shoulder surfing", "someone watching your screen or keyboard to steal information",
       "like a visitor reading the handover sheet over your shoulder"),
    _e("removable media", "memory sticks, portable drives and discs that can be carried away",
       "like notes taken home in a bag: easy to lose"),
    _e("BYOD", "staff using their own phones or laptops for work",
       "like bringing your own stethoscope, with rules about cleaning it",
       exp="bring your own device", aka="bring your own device"),
    _e("MDM", "software that lets IT manage and protect work phones and tablets",
       "like the equipment library that tags, tracks and services every pump",
       exp="mobile device management", aka="mobile device management"),
    _e("remote wipe", "erasing a lost phone or laptop from a distance",
       "like cancelling a lost smartcard so nobody else can use it",
       aka="wipe remotely; remotely wiped; wipe; wiped; wiping; factory reset; locked out; lockout; "
           "account lockout; failed login; failed logins; failed login attempts; self-service "
           "password reset", amb="wipe; wiped; wiping; locked out",
       cues="phone; laptop; device; devices; remotely; lost; stolen; account; password; login; logins; IT; "
            "data; tablet"),
    _e("CAPTCHA", "the little test that checks you are a person, not a program",
       "like a receptionist asking a simple question to check a real patient is on the line",
       aka="captcha; reCAPTCHA; I'm not a robot"),
    _e("session timeout", "being logged out automatically after a spell of doing nothing",
       "like the drug cupboard that locks itself if left open",
       aka="timed out; auto log-off; auto logoff; automatic logout; login session; login sessions; times out; "
           "timing out; session timed out; session expired; session expires",
       amb="timed out; times out; timing out",
       cues="log; logged; logs; login; logout; screen; EPR; EHR; system; PC; laptop; minutes; idle; session; "
            "password; sign in; signed out",
       anti="surgical; theatre; checklist; WHO; team brief; football; match",
       senses=(("query; queries; SQL; request; requests; job; jobs; procedure; connection; API; report; refresh; "
                "load; loading; export; script; upload; download; extract",
                "took too long, so the system gave up waiting for it",
                "like a sample rejected because it sat too long before it reached the lab"),)),
    _e("lock screen", "the screen that hides your work until you log back in",
       "like closing the notes folder when you step away from the desk",
       aka="screen lock; lock your screen; locked screen"),
    _e("RBAC", "access given according to your job role",
       "like access to the controlled drugs register depending on whether you are a nurse, doctor or porter",
       exp="role-based access control", aka="role-based access control; role-based access"),
    _e("audit trail", "the automatic record of who looked at or changed what, and when",
       "like the signatures in the controlled drugs book", aka="audit log; access log; audit logs"),
    _e("Cyber Essentials", "a government scheme that certifies basic security measures",
       "like a basic hygiene rating for an organisation's computers", aka="Cyber Essentials Plus"),
    _e("ISO 27001", "the international standard for managing information security",
       "like an accreditation inspection, but for how information is protected", aka="ISO27001"),
    _e("cyber attack", "a deliberate attempt to damage, steal from or disrupt computers",
       "like a break-in at the records library, done from far away",
       aka="cyberattack; cyber-attack; cyber attacks"),
    _e("cyber security", "protecting computers and data from attack",
       "like infection prevention and control, for computers", aka="cybersecurity; cyber-security; infosec"),
    _e("hacker", "someone who breaks into computers or accounts",
       "like a burglar who picks locks from the other side of the world",
       aka="hacked; hacking; hack; hackers", amb="hacked; hacking; hack",
       cues="computer; account; email; system; password; data; website; server; phone; accounts; cyber",
       anti="cough; coughing; away; off; life hack; hacked off"),
    _e("insider threat", "harm done by someone inside the organisation, on purpose or by accident",
       "like a staff member who takes notes home and leaves them on the train"),
    _e("zero trust", "checking every user and device every time, never assuming they are safe",
       "like checking ID at every ward door, not just at the front entrance", aka="zero-trust"),
    _e("SIM swap", "a fraudster moving your phone number to their own SIM card to get your codes",
       "like someone redirecting your post to their address to collect your bank letters",
       aka="SIM swapping; SIM-swap fraud; SIM swap fraud"),
    _e("man-in-the-middle", "someone secretly intercepting messages between two people",
       "like a go-between who reads and changes notes before passing them on",
       aka="man in the middle; MITM; machine-in-the-middle"),
    _e("biometrics", "using your fingerprint or face to prove who you are",
       "like a ward door that recognises your face instead of your badge",
       aka="biometric login; Face ID; fingerprint login; facial recognition; Windows Hello; Touch ID"),
    _e("security incident", "something that has gone wrong, or nearly so, with computer security",
       "like a clinical incident report, but for data or systems", aka="cyber incident; incident response"),
]

_BUZZWORD_ROWS = [
    _e("digital-first", "doing things online or on a computer by default, with paper or the phone as the fallback",
       "like making the electronic request the normal route, with a paper card only when the system is down",
       aka="digital first; digital by default; mobile-first; mobile first; API-first; AI-first; "
           "digitally enabled; digitally mature; digital maturity"),
    _e("leverage", "use", "like saying 'employ the stethoscope' when you just mean 'listen'",
       aka="leveraged; leveraging"),
    _e("plug and play", "works as soon as it is connected, with no setting up",
       "like a ready-made dressing pack: open it and use it, nothing to assemble",
       aka="plug-and-play; out of the box; out-of-the-box; turnkey",
       amb="out of the box",
       cues="works; working; system; software; supplier; vendor; configured; configuration; setup; set up; "
            "install; installed; module; modules; product; platform; integration",
       anti="think; thinking; thought; clinic; clinics; service for patients"),
    _e("synergy", "working well together", "like a ward team that gets more done than its members would alone",
       aka="synergies; synergistic"),
    _e("seamless", "smooth, without gaps", "like a handover that leaves nothing out",
       aka="seamlessly; seamless integration"),
    _e("utilise", "use", "like saying 'administer' when 'give' would do", aka="utilize; utilisation; utilization"),
    _e("circle back", "come back to it later", "like saying 'we'll revisit that at the next MDT'",
       aka="circling back; circled back"),
    _e("deep dive", "a detailed look", "like a full case review rather than a quick summary",
       aka="deep-dive; deep dives"),
    _e("touch base", "talk briefly", "like a quick catch-up in the corridor", aka="touching base; touched base"),
    _e("low-hanging fruit", "easy early wins", "like the simple fixes found in the first week of an audit",
       aka="low hanging fruit"),
    _e("move the needle", "make a real difference", "like a change that actually shifts the waiting time",
       aka="moving the needle; moved the needle"),
    _e("paradigm shift", "a big change in how people think about something",
       "like the move from bed rest to early mobilisation after surgery"),
    _e("value-add", "extra benefit", "like the extra a good registrar brings beyond the tasks on the list",
       aka="value add; value-added"),
    _e("actionable", "something you can act on", "like a result that changes what you do next",
       aka="actionable insights"),
    _e("scalable", "able to grow without breaking", "like a clinic model that works for ten patients or a thousand",
       aka="scalability"),
    _e("future-proof", "built to last as things change", "like a building with space left for new kit",
       aka="future proof; future-proofing; futureproof"),
    _e("game changer", "something that changes things a lot",
       "like the arrival of a drug that turns a fatal disease into a chronic one",
       aka="game-changer; game-changing; game changing"),
    _e("onboarding", "getting someone started and trained", "like a new doctor's induction week",
       aka="onboard; onboarded; offboarding"),
    _e("deliverables", "the things to be finished and handed over",
       "like the agreed outputs of an audit: the report, the poster, the change", aka="deliverable"),
    _e("take it offline", "talk about it separately, outside this meeting",
       "like 'let's discuss that after the ward round'", aka="take this offline; taking it offline"),
    _e("ping", "send a quick message", "like a quick bleep just to say 'ring me when you can'",
       aka="pinged; pinging; ping me"),
    _e("best-in-class", "one of the best available", "like the unit everyone visits to learn from",
       aka="best in class; world-class solution"),
    _e("ideation", "coming up with ideas", "like a brainstorm at the away day", aka="ideate; ideating"),
    _e("blue-sky thinking", "thinking without the usual limits",
       "like imagining the ideal service before working out the budget", aka="blue sky thinking"),
    _e("learnings", "lessons", "like the lessons from a morbidity and mortality meeting"),
    _e("robust", "strong, reliable", "like a protocol that still works at 3 a.m. with agency staff",
       aka="robustly; robustness"),
    _e("going forward", "from now on", "like saying 'from the next clinic' instead", aka="moving forward"),
    _e("take it to the next level", "make it better", "like saying what will actually improve, and by how much",
       aka="next level; to the next level; take this to the next level"),
    _e("facilitate", "help, make possible", "like saying 'arrange' or 'help with' instead of dressing it up",
       aka="facilitates; facilitated; facilitating; facilitation"),
    _e("user-friendly", "easy to use", "like a form any locum can fill in without asking",
       aka="user friendly"),
    _e("stakeholder", "the people affected or involved", "like naming the actual teams: nursing, pharmacy, patients",
       aka="stakeholders; key stakeholders; stakeholder engagement"),
    _e("buy-in", "agreement and support", "like getting the consultants to back the new rota before it starts",
       aka="buy in; get buy-in"),
    _e("reach out", "contact, get in touch", "like saying 'ring the GP' rather than 'reach out to primary care'",
       aka="reaching out; reached out; reach out to", amb="reach out; reaching out; reached out; reach out to",
       cues="to; email; me; us; them; you; team; contact; please; feel free; if",
       anti="hand; arm; arms; grab; shelf; touch; fingers"),
    _e("ecosystem", "all the connected systems and people around something",
       "like saying 'the hospital's systems' rather than a nature metaphor", aka="digital ecosystem; ecosystems",
       amb="ecosystem; ecosystems",
       cues="digital; system; systems; tech; app; apps; platform; product; products; partner; partners; data",
       anti="species; forest; marine; soil; gut; bacteria; microbiome; river; wildlife"),
    _e("empower", "let, help, give the means to", "like saying what people can now do that they could not before",
       aka="empowers; empowered; empowering; empowerment"),
    _e("digital transformation", "changing how work is done using new technology",
       "like saying which paper process goes electronic, and when", aka="digitally transform; digitalisation; "
       "digitalization"),
    _e("use case", "a situation where it would be used", "like saying 'for example, in the fracture clinic'",
       aka="use cases; use-case"),
]


_CHAT_CUES = ("channel; channels; chat; chats; Teams; message; messages; mailbox; inbox; email; emails; Outlook; "
              "Slack; notification; notifications; comment; comments; post; posts; thread; top; @; WhatsApp; "
              "call; calls; microphone; mic; emoji; folder")
_CHAT_ANTI = ("patient; patients; records; medical records; notes; case notes; paper; museum; history; "
              "fracture; bone; surgery; hip; pin site; pins and needles; safety pin; rolling pin; PIN")

_OFFICE_ROWS = [
    _e("guest access", "letting someone from outside the organisation into your team space or files",
       "like a visitor's badge: in through the door, but only to the rooms you are shown",
       aka="as a guest; guest account; guest accounts; guest user; guest users; external access; external sharing; "
           "external user; external users; external guest; external guests",
       amb="as a guest; external access; external sharing",
       cues="Teams; team; channel; tenant; files; file; SharePoint; add; added; adding; access; account; "
            "organisation; folder; site; workspace"),
    _e("pin", "keep a chat, message or file at the top of the list",
       "like clipping the most important note to the front of the folder",
       aka="pinned; pinning; starred; favourited",
       amb="pin; pinned; pinning; starred; favourited", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("archive", "move a message or chat out of the main list without deleting it",
       "like filing a finished letter in the cabinet: out of the in-tray, but still there",
       aka="archived; archiving",
       amb="archive; archived; archiving", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("mute", "turn off the sound or alerts of a chat, or your microphone on a call",
       "like turning a bleep to silent: messages still arrive, it just stops interrupting",
       aka="muted; unmute; unmuted; on mute; you're on mute",
       amb="mute; muted; unmute; unmuted", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("react", "answer a message with a small picture, such as a thumbs-up, instead of writing a reply",
       "like a nod across the ward: it says 'seen, agreed' without a conversation",
       aka="reacted; reaction; reactions",
       amb="react; reacted; reaction; reactions", cues=_CHAT_CUES,
       anti=_CHAT_ANTI + "; allergic; allergy; adverse; drug reaction; transfusion; skin"),
    _e("snooze", "hide an email or reminder until a time you choose, when it comes back",
       "like putting a note in the folder for next Monday's list",
       aka="snoozed", amb="snooze; snoozed", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("@mention", "put someone's name after @ in a message so they are told about it",
       "like writing a colleague's name on the handover sheet so they know a job is theirs",
       aka="@mentioned; mention; mentioned",
       amb="mention; mentioned", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("follow up flag", "a marker on an email to remind you to come back to it",
       "like folding down the corner of a page you need to return to"),
    _e("focused inbox", "Outlook's split of your email into the messages that look important and the rest",
       "like a secretary sorting the post into 'for you' and 'circulars'"),
    _e("inbox rule", "an instruction that sorts incoming email by itself, for example into a folder",
       "like telling the ward clerk that every pharmacy memo goes straight into the blue file",
       aka="inbox rules; rules and alerts; Outlook rule; Outlook rules; mail rule; mail rules; email rule; "
           "email rules; sweep",
       amb="sweep", cues=_CHAT_CUES, anti=_CHAT_ANTI),
    _e("auto-populate", "fill in by itself from information the system already holds",
       "like an addressograph label stamped onto every form instead of writing the details each time",
       aka="auto-populates; auto-populated; autopopulate; autopopulated; auto-file; auto-filed; autofiled; "
           "auto-filled; pre-populated; prepopulated; pre-filled"),
    _e("OneDrive", "your personal storage space on the organisation's online file store",
       "like your own locker in the records store: yours, but kept in their building and backed up",
       aka="One Drive; OneDrive for Business; Google Drive; Dropbox; Box folder; iCloud Drive"),
    _e("network drive", "a folder on the network that a whole team can open",
       "like the department's filing cabinet that everyone on the team has a key to",
       aka="network drives; mapped drive; mapped drives; S drive; home drive; home drives; U drive; team drive; "
           "team drives; H drive; G drive; J drive; P drive; "
           "file share; file shares; fileshare"),
    _e("sharing link", "a web address that opens a file for whoever you send it to",
       "like handing someone a key cut for one drawer, which you can cancel later",
       aka="share link; shared link; sharing links; share links; view-only link; edit link; anyone with the link; "
           "sharing permissions; share permissions; share settings; sharing settings; access request; "
           "request access; requested access"),
    _e("permissions", "who is allowed to open or change a file or system",
       "like who is on the list for the controlled drugs cupboard key", amb="=",
       aka="access rights; admin rights; admin access; read-only access; edit access; edit rights; "
           "write access; read access; folder permissions; file permissions; view-only; view-only access; "
           "view access",
       cues="file; files; folder; folders; drive; SharePoint; access; admin; edit; read-only; system; IT; "
            "account; document; site; granted; grant; set; settings; request; requested; user",
       anti="planning; parent; parents; consent; school; building; trip"),
    _e("version history", "the saved earlier versions of a document you can go back to",
       "like the dated entries in the notes: nothing is overwritten, you can read what it said last week",
       aka="previous versions; restore a previous version; track changes; tracked changes; "
           "suggesting mode; check out; checked out; check in; checked in; locked for editing; locked by; "
           "restore the version; restore a version; restored the version; restore an earlier version; "
           "restore the previous version; restore the file; restored the file; restore from backup; "
           "restored from backup",
       amb="check out; checked out; check in; checked in",
       cues="document; file; SharePoint; Word; edit; editing; version; library; locked",
       anti="patient; patients; reception; desk; hotel; shop; supermarket; arrive; arrival; clinic; "
            "have a look; look at; worth; check in on; check in with"),
    _e("Teams meeting", "a call or video meeting held in Microsoft Teams, the work chat program",
       "like a ward meeting held by phone, with a screen everyone can see",
       aka="Microsoft Teams; MS Teams; Teams meetings; Teams call; Teams calls"),
    _e("Microsoft 365", "the organisation's set of Microsoft programs: email, Word, Excel, Teams and online storage",
       "like the standard kit issued to every new starter, all from one supplier",
       aka="Teams files; Teams files tab; files tab; M365; O365; Office 365; Microsoft 365 apps; Google Workspace; G Suite; tenant; "
           "365 tenant; our tenant; Planner; Planner task; Planner tasks; Viva Engage; Yammer",
       amb="tenant; our tenant; Planner",
       cues="Microsoft; 365; Azure; M365; O365; admin; licence; licences; IT; SharePoint; Teams; domain; files; "
            "task; tasks; bucket; buckets; assigned; complete; board; "
            "guest; guests; external; separate; trust's; account; accounts"),
    _e("OneNote", "Microsoft's digital notebook, shared online",
       "like a ring binder with tabs that the whole team can write in",
       aka="Microsoft Loop; Loop component; Loop components; Loop card; Loop cards; Loop page; Loop pages; "
           "Loop workspace; Loop workspaces; Microsoft Whiteboard; Whiteboard app"),
    _e("Microsoft Planner", "Microsoft's simple online board for sharing out a team's tasks",
       "like the jobs list on the ward whiteboard, with a name against each",
       aka="Planner board; Microsoft To Do"),
    _e("Microsoft Forms", "Microsoft's tool for making online forms, surveys and quizzes",
       "like a paper audit form that adds up its own answers",
       aka="MS Forms; Google Forms"),
    _e("Microsoft Lists", "Microsoft's shared online tables for tracking things, like a simple database",
       "like a shared ledger that everyone on the team can add a row to",
       aka="Microsoft List; MS Lists"),
    _e("Microsoft Bookings", "Microsoft's tool that lets people book appointments with you online",
       "like a clinic booking office that fills your slots without a phone call"),
    _e("Microsoft Stream", "Microsoft's place for storing and watching the organisation's videos",
       "like the education centre's library of recorded teaching"),
    _e("Microsoft Sway", "Microsoft's tool for making simple web pages that read like a newsletter",
       "like a printed ward newsletter, but as a web page"),
    _e("Google Docs", "Google's online word processor, spreadsheet and slides, shared and edited by many at once",
       "like one copy of a document that everyone writes in, rather than versions passed round",
       aka="Google Sheets; Google Slides"),
    _e("Power Automate", "Microsoft's tool for setting up steps that run by themselves, such as filing emails",
       "like a standing order that pharmacy acts on every week without being asked",
       aka="Flow", amb="Flow", cues="Power; Automate; Microsoft; workflow; trigger; SharePoint; sends an email; "
                                     "email; emails; submitted; automatically; form; forms",
       anti="patient; patients; bed; beds; blood; urine; peak; heavy; period; cash; river; water; air; oxygen; "
            "ED; A&E; AMU; site; capacity; discharge; discharges; ward; wards; winter; flow through; flow of; "
            "presentation; talk; lecture; speech; conversation; writing; essay; letter; lovely; natural; smooth; "
            "to it; go with the"),
    _e("Power Apps", "Microsoft's tool for building simple apps without much programming",
       "like designing your own electronic form instead of waiting for IT to build one",
       aka="PowerApps"),
    _e("distribution list", "one email address that sends to a whole group of people",
       "like a bleep group that rings every member of the team at once",
       aka="distribution lists; DL; DLs; mailing list; shared mailbox; shared inbox; generic mailbox; "
           "group mailbox; functional mailbox; delegate access; delegated access",
       amb="DL; DLs", cues="email; add; added; list; send; sent; mailbox; Outlook; group"),
    _e("calendar invite", "an electronic meeting request that drops into someone's diary",
       "like booking a room that also writes itself into everyone's diary",
       aka="calendar invites; meeting invite; meeting invites; Teams invite; Teams link; meeting link; "
           "send an invite; sent an invite; recurring invite; recurring meeting; forward the invite; "
           "accept the invite; declined the invite; tentative",
       amb="tentative",
       cues="calendar; diary; invite; Outlook; Teams; meeting; accept; accepted; set; setting; reply; "
            "turn on; switch on; email; message"),
    _e("scheduling assistant", "the part of a calendar that shows when everyone invited is free",
       "like laying the consultants' job plans side by side to find a common free slot",
       aka="free/busy; availability", amb="availability",
       cues="calendar; diary; invite; Outlook; Teams; meeting; check; checked; show; shows; see"),
    _e("out of office", "an automatic email reply saying you are away and who to contact instead",
       "like the sign on a clinic door saying who is covering this week",
       aka="OOO; auto-reply; autoreply; automatic reply; out-of-office"),
    _e("file path", "where a file lives, written as the chain of folders that lead to it",
       "like a full location: site, block, ward, bay, bed",
       aka="file paths; folder path; folder structure; directory; directories; subfolder; subfolders; "
           "root folder; root directory; file extension; file extensions; file format; file formats; .csv; "
           ".xlsx; .docx", amb="directory; directories",
       cues="file; files; folder; folders; path; drive; save; saved; SharePoint; computer; C:; root"),
    _e("conditional formatting", "a spreadsheet rule that colours cells when a condition is met",
       "like a results system that turns abnormal values red automatically",
       aka="data validation rule; freeze panes; frozen panes; freeze the top row; mail merge; lookup table; INDEX MATCH; "
           "Power Query; named range; named ranges; pivot; pivots; Excel formula; array formula; "
           "cell reference; cell references",
       amb="pivot; pivots", cues="Excel; spreadsheet; table; tables; data; column; columns; chart; sheet; rows"),
    _e("sync client", "the program that keeps files on your computer matched with the online copy",
       "like the porter who keeps the ward copy and the central copy of the notes identical",
       aka="OneDrive sync; sync conflict; sync conflicts; sync error; sync errors; sync issue; sync issues; "
           "syncing issue; out of sync; files on demand; offline files; available offline; sync up",
       amb="out of sync; sync up", cues="file; files; folder; OneDrive; SharePoint; laptop; computer; device; "
                                         "calendar; let's; quick; meeting"),
]

_INFRA_CUES = ("Docker; Kubernetes; app; apps; server; servers; cloud; deploy; code; service; services; "
               "software; AWS; Azure; database; infrastructure; system; systems; site; backup; data centre; "
               "outage; uptime; traffic")
_INFRA_ANTI = ("lymph; lymph node; lymph nodes; nodal; cancer; sharps; specimen; urine; pot; food; cell; "
               "cases; of cases; outbreak; outbreaks; infection; infections; symptoms; headache; headaches; "
               "norovirus; flu; falls; "
               "redundancy pay; redundancies; made redundant; staff; consultation")

_AGILE_CUES = ("sprint; sprints; Jira; story; stories; points; team; backlog; agile; board; ticket; tickets; "
               "feature; features; product; scrum; delivery; developers; devs; covers all; discharge work; "
               "at five points; points")

_DELIVERY_ROWS = [
    _e("go/no-go", "the meeting or moment when everyone decides whether the switch-over goes ahead",
       "like the final theatre check before the first cut: any one 'no' stops it",
       aka="go / no-go; go-no-go; go no go; go/no go; go no-go; go/no-go meeting; go/no-go decision"),
    _e("parallel running", "using the old and the new system side by side for a while, to check they agree",
       "like keeping paper charts going for a week after the electronic ones start, to compare",
       aka="parallel run; parallel runs; run in parallel; running in parallel; dual running; dual-running; "
           "double running; shadow running",
       amb="run in parallel; running in parallel",
       cues="system; systems; old; new; go-live; paper; software; EPR; EHR; cutover; month; weeks; both"),
    _e("requirements", "the written list of what a new system must do, agreed before it is built",
       "like the person specification agreed before you interview for a post",
       aka="business requirement; business requirements; requirements gathering; requirements capture; "
           "functional requirements; functional requirement; non-functional requirements; non-functional "
           "requirement; NFRs; NFR; user requirements; requirements document; requirements spec; "
           "specification document",
       amb="requirements",
       cues="system; software; feature; features; build; supplier; vendor; developers; sign off; signed off; "
            "gather; gathering; capture; app; IT; design; tender"),
    _e("hypercare", "the weeks of extra-close support straight after a new system goes live",
       "like a step-down bed after an operation: closer watching until things are stable",
       aka="hyper-care; hypercare period; hypercare team; hypercare phase; go-live support; early life support"),
    _e("testing phase", "the stage where a new system is tried out before everyone uses it",
       "like the run-in period of a trial, before the real recruitment starts",
       aka="test phase; testing phases; test phases; testing stage; test stage"),
    _e("priority two incident", "a fault IT ranks as serious but not the most urgent, with a set time to fix",
       "like a triage category: it decides who is seen first and how fast",
       aka="priority one incident; priority three incident; priority 1 incident; priority 2 incident; "
           "priority 3 incident; sev 1 incident; sev 2 incident"),
    _e("code change", "a change to the program itself, made by the developers",
       "like rewriting the protocol rather than changing one patient's dose",
       aka="code changes; change to the code; changes to the code; line of code; lines of code"),
    _e("build", "a working version of the software, put together from the code",
       "like one batch of a made-up medicine: made from the recipe, checked, then released",
       aka="builds; nightly build; build failed; broken build; build server; build pipeline; "
           "latest build; new build; test build; release build; green build",
       amb="build; builds; latest build; new build; test build",
       cues="software; app; code; release; deploy; deployed; test; testing; tested; version; failed; broke; "
            "broken; pipeline; nightly; server; developer; developers; devs; CI; pushed; staging; bug; fix; "
            "compile; green; red; install; installed; latest; EHR; system; supplier; vendor",
       anti="build a; build the team; build trust; build relationships; build rapport; build up; build on; "
            "build confidence; new build houses; building; built; builders; construction; scaffolding; extension; "
            "new wing; body build; slim build; slight build; stocky; "
            "heavy build; athletic; muscular; medium build; small build; of slight; capacity; skills; "
            "business case; the case; momentum; bridges; bridge"),
    _e("staging", "a copy of the live system used for final checks before changes go live",
       "like a mock ward where the new drug trolley is tried before it goes onto a real one",
       aka="staging environment; staging server; staging site; pre-production; pre-prod; preprod; "
           "test environments; dev environment; development environment; "
           "QA environment; UAT environment; test server; sandbox environment; environments",
       amb="staging; environments",
       cues="environment; server; site; test; testing; deploy; deployed; release; code; change; changes; "
            "software; system; app; prod; production; live; pushed; build; QA; UAT; before; fix; fixes; "
            "on staging; to staging; in staging; version; update",
       anti="CT; scan; scans; cancer; cancers; tumour; tumours; TNM; staging CT; staging scan; MRI; PET; biopsy; "
            "MDT; oncology; oncologist; lymph; nodes; metastases; grade and stage"),
    _e("pull request", "a proposed change to the code, sent for a colleague to review before it goes in",
       "like a drug chart change that needs a second signature before it is given",
       aka="pull requests; PR; PRs; merge request; merge requests; MR; code review; code reviews; "
           "review my PR; open a PR; raised a PR; approve the PR",
       amb="PR; PRs; MR", cues="code; review; reviewed; merge; merged; branch; GitHub; GitLab; commit; "
                                "approve; approved; open; opened; raise; raised; change; developer; comments"),
    _e("merge", "combine one set of code changes into the main version",
       "like writing the day's ward-round changes into the master notes",
       aka="merged; merging; merge conflict; merge conflicts",
       amb="merge; merged; merging",
       cues="code; git; branch; main; master; pull request; PR; conflict; repo; "
            "repository; developer; developers; change; changes; commit; feature; release; pipeline"),
    _e("commit", "save a set of code changes, with a short note, into the project's history",
       "like a signed and timed entry in the notes: what changed, who did it and why",
       aka="commits; committed; committing; commit message; commit messages; git commit",
       amb="commit; commits; committed; committing",
       cues="code; git; repo; repository; branch; push; pushed; fix; fixes; change; changes; developer; "
            "main; master; pull request; PR; merge; GitHub; GitLab",
       anti="commit to; committed to; committing to; commitment; commitments; committed suicide; crime; "
            "offence; memory; a crime; an offence"),
    _e("push", "send the code changes saved on your own computer up to the shared copy of the project",
       "like filing your ward notes back into the central record so everyone sees the update",
       aka="pushed; pushing; git push",
       amb="push; pushed; pushing",
       cues="code; git; repo; repository; branch; commit; committed; GitHub; GitLab; main; master; "
            "remote; origin; changes; developer",
       anti="push for; pushed for; pushing for; push back; pushed back; pushing back; fluids; IV; bolus; "
            "labour; wheelchair; trolley; bed; door; button; harder; himself; herself; themselves"),
    _e("branch", "a separate working copy of the code where changes are made before they are merged in",
       "like drafting changes to a guideline in a copy before they go into the approved version",
       aka="branches; main branch; master branch; feature branch; feature branches; release branch",
       amb="branch; branches",
       cues="code; git; repo; repository; merge; merged; commit; push; pushed; pull request; PR; main; "
            "master; feature; GitHub; GitLab; developer",
       anti="branch of; bundle branch; bundle branch block; BBB; LBBB; RBBB; fascicular; ECG; bronchial; artery; arteries; nerve; nerves; vessel; vessels; bank; library; "
            "branch manager; local branch; olive branch; tree"),
    _e("rebase", "replay your code changes on top of the newest main version, so the history reads in one line",
       "like rewriting your draft notes after the ward round so they follow on from the latest entry",
       aka="rebased; rebasing"),
    _e("cherry-pick", "copy one particular code change from one branch onto another",
       "like copying a single amendment from the draft guideline into the live one, and nothing else",
       aka="cherry-picked; cherry-picking; cherry pick; cherry picked",
       amb="cherry-pick; cherry-picked; cherry-picking; cherry pick; cherry picked",
       cues="commit; commits; branch; git; fix; code; hotfix; release; main; master"),
    _e("codebase", "all the code that makes up one piece of software",
       "like the whole set of a hospital's policies, rather than any one of them",
       aka="code base; code-base"),
    _e("release", "a new version of software made available to users",
       "like a new edition of the formulary: numbered, dated, replacing the old one",
       aka="releases; release notes; release date; release cycle; release train; next release; major release; "
           "minor release; point release; release candidate; RC; rollout; roll out; rolled out; rolling out; "
           "phased rollout; staged rollout; canary; canary release; blue-green; big bang",
       amb="release; releases; rollout; roll out; rolled out; rolling out; release date; next release; RC; "
           "big bang; canary",
       cues="software; app; version; update; feature; features; EHR; system; code; deploy; deployed; notes; "
            "bug; bugs; fix; fixes; users; supplier; vendor; sprint; new; cycle; phased; staged; wards; trust-wide; "
            "go-live; cutover; upgrade; patch",
       anti="press release; release the patient; released home; released from; discharge; prison; hormone; "
            "slow release; modified release; release of; stress; tension; funds; money; details; statement; "
            "news; figures; results; information; report; data; names; name; public; media; budget; rota; "
            "timetable; dates; guidance; letter; letters; plan; plans; home; protocol; guideline; guidelines; college; "
            "book; film; album; song; custody; bail"),
    _e("feature flag", "a switch in the software that turns a new feature on or off without a new version",
       "like a new order set that is loaded but only switched on for one ward",
       aka="feature flags; feature toggle; feature toggles; behind a flag; flagged off; flag on; dark launch; "
           "kill switch", amb="flagged off; flag on",
       cues="feature; code; app; release; users; switch; turn; toggle"),
    _e("outage", "a time when a system is not working for its users",
       "like the bleep system going down for a morning: everything still happens, just much harder",
       aka="outages; known issue; known issues; service outage; partial outage; major incident; "
           "P1; P1 incident; priority one; sev 1; sev1; SEV1; severity 1; incident; incidents; "
           "postmortem; post-mortem; blameless review; root cause; RCA; status page; degraded; "
           "degraded performance", amb="major incident; incident; incidents; P1; priority one; "
                                         "root cause; RCA; degraded; post-mortem",
       cues="system; systems; server; servers; network; IT; EHR; app; service; email; internet; software; "
            "outage; users; supplier; vendor; fix; restored; logs; login; database; website; Wi-Fi; wifi; "
            "cloud; update; patch; deploy; upgrade; P1; sev; cyber",
       anti="patient; patients; clinical; Datix; ward; fall; harm; medication; drug; death; died; body; autopsy; "
            "reporting system; incident reporting; incident report; incident form; safety; serious incident; "
            "never event; complaint; ambulance; ambulances; triage; category; 999; paramedic; paramedics; crew; "
            "pathway; pathways; discharge; discharged; D2A; discharge to assess; care home; reablement; rehab; "
            "home with support; package of care"),
    _e("deploy", "put a new version of software live",
       "like rolling out a new protocol to every ward on a set day",
       aka="deployed; deploying; deploys; deployment; deployments; redeploy; redeployed; push to production; "
           "pushed to production; push to prod; pushed to prod; ship; shipped; shipping",
       amb="deploy; deployed; deploying; deploys; deployment; deployments; redeploy; redeployed; ship; "
           "shipped; shipping",
       cues="software; system; update; app; code; version; release; server; production; prod; live; feature; "
            "fix; patch; build; model; change; changes; tonight; weekend; friday; staging; pipeline; cloud; "
            "monday; tuesday; wednesday; thursday; saturday; sunday; night; pull request; merged; merge; "
            "EHR; bug",
       anti="staff; nurses; nurse; redeployed to; redeployment; doctors; ward; troops; army; parcel; order; "
            "shipping costs; shipped to"),
    _e("regression", "something that used to work and broke after a change",
       "like a new protocol that fixes one problem and quietly undoes an old safety check",
       aka="regressions; regression testing; regression test; regression tests; regressed",
       amb="regression; regressions; regressed",
       cues="bug; bugs; release; update; code; test; testing; tests; software; version; change; broke; "
            "broken; fix; patch; app; system; feature; introduced",
       anti="logistic; linear; model; analysis; statistical; coefficient; coefficients; variable; variables; "
            "data; fit; fitted"),
    _e("test script", "written steps for checking that a system does what it should, with the expected result",
       "like an OSCE mark sheet: do this, expect that, tick or cross",
       aka="test scripts; test case; test cases; test plan; test plans; test data"),
    _e("automated tests", "checks written as code that run by themselves to show the software still works",
       "like an analyser's daily quality-control run: the same known samples checked every time",
       aka="unit test; unit tests; test suite; test suites; automated testing; test coverage; integration test; "
           "integration tests; smoke test; smoke tests; end-to-end test; end-to-end tests"),
    _e("CI/CD", "machinery that tests every code change automatically and puts it live when it passes",
       "like an automated sample line: every sample is checked the same way before a result is released",
       exp="continuous integration and continuous delivery",
       aka="CI; CD; continuous integration; continuous delivery; continuous deployment; CI pipeline; "
           "deployment pipeline; GitHub Actions; Jenkins", amb="CI; CD",
       cues="pipeline; code; build; test; tests; deploy; GitHub; release; automated; developer; runs"),
    _e("DevOps", "developers and operations staff working as one team, with automated release and monitoring",
       "like having the surgeons and the theatre staff plan and run the list together",
       aka="MLOps; SRE; site reliability; site reliability engineering; platform team; platform engineering; "
           "infrastructure team; infra; infra team; ops team; ops"),
    _e("container", "a packaged program with everything it needs, so it runs the same anywhere",
       "like a pre-packed dressing pack: same contents wherever it is opened",
       aka="containers; containerised; containerized; Docker; Kubernetes; K8s; microservice; microservices; "
           "serverless; cluster; clusters; node; nodes; pod; pods",
       amb="container; containers; cluster; clusters; node; nodes; pod; pods", cues=_INFRA_CUES, anti=_INFRA_ANTI),
    _e("failover", "switching to a standby system by itself when the main one breaks",
       "like the hospital generator cutting in when the mains power fails",
       aka="failed over; fail over; fails over; failing over; redundancy; high availability",
       amb="redundancy; failover; failed over; fail over; fails over; failing over", cues=_INFRA_CUES, anti=_INFRA_ANTI),
    _e("disaster recovery", "the plan and the standby copies for getting systems back after a major failure",
       "like the major-incident plan: written in advance, rehearsed, used on the worst day",
       aka="DR; RPO; RTO", amb="DR", cues=_INFRA_CUES, anti=_INFRA_ANTI),
    _e("uptime", "the share of time a system is up and working",
       "like the share of the year a scanner is available rather than broken or being serviced"),
    _e("load balancer", "a program that shares incoming users between several servers so none is overwhelmed",
       "like the bed manager spreading admissions across wards so no one ward is swamped",
       aka="load balancers; load balancing"),
    _e("scaling", "adding or removing computing power as demand rises or falls",
       "like opening escalation beds in winter and closing them in spring",
       aka="scale up; scale out; autoscaling; auto-scaling; horizontal scaling",
       amb="scale up; scale out; scaling", cues=_INFRA_CUES, anti=_INFRA_ANTI),
    _e("infrastructure as code", "setting up servers and networks from written files instead of by hand",
       "like a standard ward set-up checklist, so every new bay is equipped the same way",
       aka="Terraform"),
    _e("tech debt", "shortcuts in old code that make every later change slower and riskier",
       "like a ward running on workarounds: each one fine, together they slow every new change",
       aka="technical debt; refactor; refactoring; refactored; rewrite; legacy code; spaghetti code; "
           "code smell; monolith; deprecated; deprecate; end of life; end-of-life; EOL; unsupported version",
       amb="rewrite; deprecated; deprecate; end of life; end-of-life; EOL",
       cues="code; software; system; version; Windows; supplier; vendor; support; app; API; feature; "
            "server; library; browser; IT; upgrade"),
    _e("Jira", "the tool the team uses to track tasks and bugs",
       "like the bed board, but for work items: each one has an owner and a status",
       aka="Trello; Asana; Azure DevOps; ADO; ServiceNow; Jira ticket; Jira board; kanban; kanban board; "
           "swimlane; swimlanes"),
    _e("Confluence", "the team's shared online pages for notes, plans and how-to guides",
       "like the department's shared folder of protocols, but as web pages anyone can edit"),
    _e("story points", "a rough score for how much effort a piece of work will take, compared with others",
       "like grading a theatre case as minor, intermediate or major before listing it",
       aka="sized; sizing; T-shirt sizing", amb="sized; sizing", cues=_AGILE_CUES),
    _e("velocity", "how much work a team usually finishes in one sprint, counted in story points",
       "like the number of patients a clinic reliably sees per session, used to plan the next list",
       amb="velocity", cues=_AGILE_CUES),
    _e("burndown chart", "a chart of the work left in a sprint, falling towards zero as tasks are done",
       "like the count of patients still to be seen on the board, ticking down through the day",
       aka="burndown; burn-down"),
    _e("retro", "a team meeting at the end of a stretch of work on what went well and what to change",
       "like a debrief after a busy on-call",
       aka="retrospective", amb="retro; retrospective", cues=_AGILE_CUES),
    _e("sprint planning", "the meeting at the start of a sprint where the team picks what it will do",
       "like the Monday meeting that fills the week's theatre lists"),
    _e("sprint review", "the meeting at the end of a sprint where the team shows what it finished",
       "like presenting an audit's results at the departmental meeting"),
    _e("product owner", "the person who decides what the team builds next and in what order",
       "like the clinical lead who sets the priorities for a service",
       amb="product owner", cues=_AGILE_CUES),
    _e("scrum master", "the person who runs the team's agile routine and clears what gets in its way",
       "like the theatre coordinator who keeps the list moving"),
    _e("definition of done", "the team's agreed checklist for when a piece of work counts as finished",
       "like the discharge checklist: not done until every box is ticked"),
    _e("acceptance criteria", "the conditions a piece of work must meet before it is accepted as finished",
       "like the criteria a patient must meet before discharge from recovery"),
    _e("change freeze", "a period when no changes may be made to a system, e.g. over a busy weekend",
       "like no elective changes to the rota over Christmas", aka="code freeze; change request; change "
       "requests; CR; CAB; change advisory board; change control; change window; maintenance window; "
       "scheduled maintenance; downtime window", amb="CR; change request; change requests",
       cues="IT; system; change; CAB; approved; approval; server; software; supplier; raise; raised; EHR"),
    _e("error message", "the box or line a program shows when something has gone wrong",
       "like the warning a monitor sounds: it tells you something is wrong, not always why",
       aka="error messages; error box"),
    _e("log files", "the records a system keeps of what it did and when",
       "like the nursing notes of a machine: every event, timestamped", aka="logs; log file; server logs; "
       "error log; error logs; logging; stack trace; stack traces; error code; "
       "exception; exceptions; monitoring; alerting; observability; telemetry; Grafana; Splunk;",
       amb="logs; logging; exception; exceptions; monitoring; alerting",
       cues="server; system; error; errors; app; software; code; check the; checked the; look at the; "
            "looked at the; IT; database; crash; crashed; alerts; outage; Splunk",
       anti="exception to; exceptions to; exception for; with the exception; make an exception; "
            "made an exception; exception reporting; exceptional; patient; patients; blood; glucose; obs; "
            "remote monitoring; fetal; cardiac; drug; level; levels; "
            "therapeutic; by exception; exception report; exception reports; the exception"),
    _e("webhook", "an automatic message one system sends another the moment something happens",
       "like the lab phoning the ward with a critical result instead of waiting to be asked",
       aka="webhooks; event-driven; event driven; callback URL"),
    _e("polling", "one system asking another again and again whether anything new has happened",
       "like ringing the lab every half hour to ask if the result is back yet",
       aka="poll; polls; polled; poll for; poll the; polling interval",
       amb="polling; poll; polls; polled; poll the",
       cues="API; server; system; request; requests; job; jobs; code; app; data; feed; integration; "
            "interface; endpoint; script; database; every; seconds; minutes; updates; webhook; PAS; EPR; "
            "new admissions; new results",
       anti="election; elections; vote; votes; voting; opinion; survey; surveys; staff survey; poll of; "
            "polling station; polling day; straw poll"),
    _e("cron job", "a task a computer starts by itself at set times, such as every night at 2am",
       "like the 2am observations round: it happens on the clock whether or not anyone asks",
       aka="cron jobs; cron; crontab; scheduled job; scheduled jobs; scheduled task; scheduled tasks; "
           "job scheduler",
       amb="scheduled job; scheduled jobs; scheduled task; scheduled tasks",
       cues="server; system; script; scripts; code; app; data; database; nightly; runs; ran; run; "
            "backup; export; report; refresh; job; IT; overnight; midnight; failed"),
    _e("message queue", "a holding line where one system leaves messages for another to pick up in turn",
       "like the specimen reception tray: samples wait in order until the lab is ready for them",
       aka="message queues; queue; queued; queues; message broker",
       amb="queue; queued; queues",
       cues="API; server; system; message; messages; job; jobs; code; app; data; feed; integration; "
            "interface; endpoint; script; database; HL7; worker; workers; events; backlog"),
    _e("API key", "a secret code a program uses to prove it may use another system's API",
       "like a staff badge for a program: it opens the door, so it must not be shared",
       aka="API keys; API token; API tokens; access token; access tokens"),
    _e("rate limit", "a cap on how many requests a system will accept from you in a set time",
       "like a pharmacy that takes only so many discharge prescriptions an hour, so the rest wait",
       aka="rate limits; rate limited; rate-limited; rate limiting; throttled; throttling",
       amb="rate limit; rate limits; throttled; throttling",
       cues="API; server; system; request; requests; calls; code; app; data; feed; integration; "
            "endpoint; script; database; per second; per minute; per hour; error"),
    _e("timeout", "when a system stops waiting for an answer after a set time and reports a failure",
       "like hanging up after the bleep has gone unanswered for ten minutes",
       aka="timeouts; timeout error; timeout errors; request timeout; request timed out; connection timed out",
       amb="timeout; timeouts",
       cues="API; server; system; request; requests; connection; database; query; code; app; feed; "
            "integration; endpoint; script; error; seconds; load; network"),
    _e("404 error", "the message a website gives when the page or address asked for does not exist",
       "like ringing a ward extension that was switched off when the ward moved",
       aka="404; 404 errors; 404 not found; page not found; error 404"),
    _e("500 error", "the message a website gives when its own server hit a fault and could not answer",
       "like the lab saying the analyser broke mid-run: nothing wrong with your sample, the fault is theirs",
       aka="500 errors; internal server error; internal server errors; error 500; HTTP 500"),
    _e("low-code", "tools for building simple apps by dragging boxes instead of writing code",
       "like a form builder rather than commissioning a bespoke system",
       aka="no-code; low code; no code; RPA; robotic process automation; automation; automations; "
           "automate; automated workflow; workflow automation; Power Platform",
       amb="automation; automations; automate",
       cues="process; processes; RPA; robotic; build; built; app; apps; platform; workflow; software; IT; "
            "code; data; manual; script; admin; task; tasks; AI; report; reports; monthly; weekly",
       anti="defibrillator; AED; external; BP; blood pressure; cuff; dispensing; analyser; analyzer"),
]

_ML_CUES = ("model; models; AI; algorithm; ML; machine learning; tool; LLM; predict; predicts; prediction; "
            "predictions; trained; classifier; score; data; dataset; test; eval; evals; vendor")
_ML_ANTI = ("product recall; recall the patient; recalled; recall letter; recall system; recall list; recall bias; questionnaire; questionnaires; recall of; drug recall; "
            "can't recall; cannot recall; I recall; don't recall; recall that; ward; bed; clinic; NHS; trust; "
            "hospital; peers; GIRFT; costs; cost; finance; drug; blood; diagnostic test; dose")

_AI_CUES = ("AI; model; models; LLM; ChatGPT; Copilot; chatbot; generative; trained; training; prompt; "
            "prompts; tool; tools; vendor; machine learning; ML; data; documents; answers; output; outputs; "
            "token; tokens; OpenAI; Anthropic; Google; Microsoft; write; writes; summarise; summary; "
            "summaries; scribe; notes; letters; GPU; GPUs; cost")
_AI_ANTI = ("statistical inference; causal inference; obvious inference; inference from the; draw the inference; drew the inference; the trial; body temperature; temperature chart; fever; pyrexia; "
            "obs; room temperature; fridge; theatre; patient; weights and measures; weight; lifting; gym; "
            "her temperature; his temperature; their temperature; temperature was; temperature is")

_AI_ROWS = [
    _e("cross-validation", "testing a model several times, each time holding back a different slice of the data",
       "like rotating which ward's audit you check against, so one good ward does not flatter the result",
       aka="cross validation; cross-validated; k-fold; k-fold cross-validation; leave-one-out; bootstrapped; "
           "bootstrapping; input features; feature engineering; feature importance; feature selection; "
           "predictor variables; SHAP; SHAP values"),
    _e("non-deterministic", "gives a different answer each time you ask it the same thing",
       "like asking the same question of two registrars on two different days",
       aka="nondeterministic; non deterministic; deterministic; stochastic; random seed"),
    _e("knowledge cut-off", "the date after which the AI tool knows nothing, because its training text stops there",
       "like a textbook edition: nothing published after it went to print is in it",
       aka="knowledge cutoff; training cut-off; training cutoff; training data cut-off; cut-off date of the model"),
    _e("trained on", "taught by showing it many examples, from which it works out the patterns itself",
       "like a registrar who has reported thousands of films: good on what they have seen, shaky on what they have not",
       aka="training on; was trained on; retrained on; re-trained on", amb="trained on; training on; retrained on; re-trained on",
       cues="model; AI; algorithm; tool; it; images; scans; X-rays; data; million; thousand; records",
       anti="ward; wards; job; course; simulator; mannequin; rotation; placement; nurse; nurses; doctor; doctors; "
            "staff; she; he; we; I; they; registrar; students"),
    _e("context window", "how much text an AI tool can take in and keep in mind at once",
       "like how much of the notes you can hold in your head during one consultation",
       aka="context windows; context length; context limit; token limit; token limits; tokens; token; "
           "input tokens; output tokens; max tokens", amb="tokens; token",
       cues="AI; model; LLM; GPT; ChatGPT; Copilot; prompt; prompts; context; limit; input; output; "
            "words; chatbot; Claude; Gemini; text; cost; per; million; thousand; window",
       anti="token gesture; token of; by the same token; bus token; token payment; gift token; tokens of; "
            "book token; book tokens; gift tokens; voucher; vouchers; present; leaving present; raffle; car park; "
            "barrier; parking"),
    _e("guardrails", "rules built around an AI tool to stop it giving unsafe or off-limits answers",
       "like the prescribing system's hard stops: it will not let certain doses through",
       aka="guardrail; safety filter; safety filters; content filter; content filters; jailbreak; jailbreaking; jailbroken; "
           "prompt injection; red teaming; red-teaming; red team",
       amb="guardrails; guardrail; red team; red teaming; red-teaming",
       cues="AI; model; LLM; GPT; ChatGPT; chatbot; tool; prompt; prompts; safety; unsafe; answers; "
            "generate; generated; output; outputs; Copilot; vendor; injection; jailbreak; doses; dose; suggest; "
            "it won't; so it",
       anti="road; roads; motorway; bridge; stairs; staircase; bed; beds; cot; cots; bedrails; bed rails; balcony; "
            "car park; multi-storey; painted; repainted; fence; fencing"),
    _e("fine-tuning", "training an existing AI model further on your own examples",
       "like a locum who knows medicine but needs a week learning this hospital's way of doing things",
       aka="fine-tune; fine-tuned; fine tune; fine tuned; fine tuning; finetune; finetuned"),
    _e("foundation model", "a large AI model trained on a huge amount of general text, which other tools are built on",
       "like a newly qualified doctor: broad training, not yet specialised, the base every later skill builds on",
       aka="foundation models; frontier model; frontier models; pre-trained; pretrained; open-weights; open weights; "
           "weights; parameters; billion parameters; reasoning model; multimodal; transformer; transformers; "
           "GPT-4o; GPT-5; Claude; Gemini; Llama; Mistral; OpenAI; Anthropic; Hugging Face",
       amb="weights; parameters; multimodal; transformer; transformers; Claude; Gemini; Llama; Mistral",
       cues=_AI_CUES, anti=_AI_ANTI),
    _e("inference", "an AI model being used to give an answer, as opposed to being trained",
       "like a consultant giving an opinion on today's patient, not the years of training behind it",
       aka="inference cost; inference costs; run inference",
       amb="inference", cues=_AI_CUES, anti=_AI_ANTI),
    _e("temperature", "a setting for how much an AI model varies its answers: low is predictable, high is inventive",
       "like asking for the standard wording of a letter versus asking a colleague to write it freshly",
       amb="temperature", cues=_AI_CUES,
       anti=_AI_ANTI + "; thermostat; heating; radiator; air conditioning; ward; room; winter; summer; warm; cold"),
    _e("prompt engineering", "the craft of wording instructions to an AI model so it gives useful answers",
       "like writing a referral letter so the receiving team knows exactly what you are asking",
       aka="system prompt; system prompts; zero-shot; few-shot; one-shot; chain of thought; chain-of-thought"),
    _e("embeddings", "lists of numbers that capture the meaning of a piece of text, so similar texts can be found",
       "like coding every letter by its topics so you can pull out all the ones about the same thing",
       aka="embedding; vector database; vector databases; vector store; vector stores; vector search; "
           "semantic search; similarity search; nearest neighbour search; chunk size",
       amb="embeddings; embedding", cues=_AI_CUES, anti=_AI_ANTI),
    _e("RAG", "letting an AI model look things up in your own documents before it answers",
       "like a junior checking the local guideline before answering, instead of going from memory",
       exp="retrieval-augmented generation",
       aka="retrieval-augmented generation; retrieval augmented generation; grounding; grounded; knowledge base",
       amb="grounding; grounded; knowledge base", cues=_AI_CUES, anti=_AI_ANTI),
    _e("AI agent", "an AI tool that carries out a series of steps by itself, using other programs, to finish a task",
       "like a ward clerk given a job list who makes the calls and fills in the forms without checking back each time",
       aka="AI agents; agent; agents; agentic; tool use; function calling; MCP",
       amb="agent; agents; tool use", cues=_AI_CUES, anti=_AI_ANTI),
    _e("on-device AI", "an AI model that runs on the phone or computer itself, so the data need not leave it",
       "like a bedside test that gives the result on the ward instead of sending the sample to the lab",
       aka="on-device; on device; edge AI"),
    _e("digital scribe", "a tool that listens to a consultation and drafts the notes or letter",
       "like a medical student taking notes in the corner, whose notes you still check and sign",
       aka="AI scribes; ambient scribes; ambient listening; digital scribe; "
           "speech to text; speech-to-text; transcription; transcribe; transcribed; "
           "Dragon; summarisation; auto-summarise; autosummarise",
       amb="transcription; transcribe; transcribed; Dragon",
       cues="AI; tool; software; app; automatic; automatically; speech; voice; audio; recording; notes; "
            "letters; dictation; clinic"),
    _e("benchmark", "a standard test used to compare tools or models",
       "like a standard OSCE station every candidate sits, so scores can be compared",
       aka="benchmarks; benchmarked; evals; eval",
       amb="benchmark; benchmarks; benchmarked; eval; evals", cues=_ML_CUES, anti=_ML_ANTI),
    _e("test set", "examples kept aside and never used in training, so a model can be checked fairly",
       "like exam questions the students have not seen in revision",
       aka="evaluation set; held-out; holdout; validation set"),
    _e("accuracy", "how often a model's answers are right overall",
       "like the share of all reports a radiologist gets right, which flatters them when most scans are normal",
       amb="accuracy", cues=_ML_CUES, anti=_ML_ANTI),
    _e("precision", "of the cases a model flags, how many turn out to be real",
       "like the positive predictive value of a test",
       amb="precision", cues=_ML_CUES, anti=_ML_ANTI),
    _e("recall", "of the real cases, how many a model finds",
       "like the sensitivity of a screening test",
       amb="recall", cues=_ML_CUES, anti=_ML_ANTI),
    _e("F1 score", "one number that balances how many real cases a model finds and how many of its flags are right",
       "like a single mark that combines a test's sensitivity and its positive predictive value",
       aka="F1"),
    _e("AUC", "one number for how well a model ranks real cases above the rest: 0.5 is chance, 1 is perfect",
       "like the ROC curve for a diagnostic test, summed up in one figure",
       exp="area under the curve", aka="AUROC; ROC; ROC curve"),
    _e("false positive", "a case a model flags that turns out not to be real (a false negative is a real one it misses)",
       "like a screening test that calls a healthy patient back",
       aka="false positives; false negative; false negatives",
       amb="false positive; false positives; false negative; false negatives", cues=_ML_CUES, anti=_ML_ANTI),
    _e("confidence score", "the number a model gives for how sure it is of an answer",
       "like a radiologist writing 'probable' or 'possible' in a report",
       aka="confidence threshold; confidence thresholds; confidence scores"),
    _e("calibration", "whether a model's stated chances match how often it is right",
       "like a risk score where a 20% risk really means about one patient in five",
       aka="calibrated", amb="calibration; calibrated", cues=_ML_CUES, anti=_ML_ANTI),
    _e("black box", "a model whose reasons for an answer cannot be seen",
       "like a colleague who gives the right diagnosis but can never say why",
       aka="interpretability; interpretable",
       amb="black box", cues=_ML_CUES, anti=_ML_ANTI),
    _e("bias audit", "a check of whether a model works equally well for different groups of people",
       "like checking that a risk score is as accurate for older women as for young men",
       aka="bias audits; fairness audit"),
    _e("model card", "a short document saying what a model was trained on, what it is for and where it fails",
       "like the summary of product characteristics that comes with a drug",
       aka="model cards"),
    _e("synthetic", "made up by a computer to look like the real thing", "like a simulated patient in training",
       amb="=", aka="generated; AI-generated; AI generated; computer-generated",
       cues="data; dataset; image; images; text; AI; model; voice; video; records"),
]

_EHR_WORK_ROWS = [
    _e("document type", "the label the record system gives a letter or note, which decides where it is filed and who sees it",
       "like the colour of the divider a letter goes behind in the paper notes",
       aka="document types; note type; note types; print group; print groups; print routing; print route",
       amb="document type; document types; note type; note types",
       cues="EPR; EHR; Epic; Cerner; system; files; filed; filing; build; letter; letters; printer; decides; "
            "template; templates; record"),
    _e("media tab", "the part of the electronic record that holds scanned letters, photos and documents",
       "like the back pocket of the paper notes where loose letters are filed",
       aka="media tabs; documents tab; letters tab; results tab; orders tab; notes tab; chart tab; media "
           "section"),
    _e("in-basket", "the inbox inside the patient record system where results, messages and tasks arrive",
       "like the results tray on the ward, sorted and chased by the computer",
       aka="in basket; inbasket; In Basket; results inbox; in-basket messages; staff message; staff messages; "
           "task list; task lists; tasks tab; message centre; message center"),
    _e("worklist", "a list the system builds of the patients or tasks waiting for you",
       "like the jobs list from the ward round, kept by the computer and updated as things change",
       aka="worklists; work list; work lists; work queue; work queues; workqueue; patient list; patient lists; "
           "system list; unit census; tracking board; status board; e-whiteboard; electronic whiteboard",
       amb="work list; work lists; patient list; patient lists; system list; status board",
       cues="EHR; EPR; Epic; Cerner; system; screen; add; added; click; filter; build; set up; column; "
            "columns; electronic; tab; refresh; view; custom"),
    _e("order set", "a ready-made bundle of orders for one situation, picked with one click",
       "like a pre-printed admission pack with the usual tests already ticked",
       aka="order sets; orderset; ordersets; order panel; order panels; order entry; smart set; smartset; "
           "SmartSet; pathway order set; care plan template; protocol order; order sentence; order sentences; "
           "order composer"),
    _e("smart phrase", "a shortcut that expands into a block of standard text in the record",
       "like a rubber stamp for common wording in the notes",
       aka="smart phrases; SmartPhrase; SmartPhrases; dot phrase; dot phrases; smart text; SmartText; "
           "SmartForm; SmartForms; smart form; smart forms; smartform; smartforms; "
           "smart link; SmartLink; smart list; SmartList; macro text; quick text; autotext; template text; "
           "note template; note templates; documentation template; clinical template; templates",
       amb="templates; note template; note templates",
       cues="EHR; EPR; Epic; Cerner; documentation; build; built; smart; dot; record; "
            "system; clinic; discharge; pulls; pulls in; pull in; populate; populates; bloods; results",
       anti="surgical; dental; implant; drill; cut; cutting; sewing; knitting"),
    _e("best practice alert", "a pop-up in the record system that suggests or warns about something",
       "like a pharmacist's sticky note on the chart, but it appears every time you open it",
       aka="best practice advisory; BPA; BPAs; soft stop; interruptive alert; "
           "interruptive alerts; drug alert; drug alerts; drug interaction alert; sepsis alert; "
           "sepsis alerts; clinical alert; pop-up alert; pop-up alerts; alert; alerts; override; overridden; "
           "overrides; non-interruptive; non-interruptive alert; non-interruptive alerts; "
           "passive alert; passive alerts; override rate; override rates; override reason; override reasons; "
           "rules engine; rule engine",
       amb="alert; alerts; override; overridden; overrides",
       cues="EHR; EPR; Epic; Cerner; system; pop-up; popup; screen; click; fires; fired; firing; triggers; "
            "triggered; build; rule; rules; fatigue; prescribing; order; orders; score; calculated; "
            "automatically; default; setting; settings; field"),
    _e("hard stop", "a warning in the record system that will not let you carry on until you fix something",
       "like a pharmacy that will not release the drug until the weight is written on the chart",
       aka="hard stops; hard-stop", amb="hard stop; hard stops; hard-stop",
       cues="prescribe; prescribing; order; orders; without; EHR; EPR; system; alert; pop-up",
       anti="meeting; meetings; o'clock; pm; am; leave at; have to leave; clinic at; I have a; finish at; "
            "at one; at two; at three; at four; at five; at six; at seven; at noon; school run; half past"),
    _e("flowsheet", "the grid in the electronic record where observations and measurements are charted",
       "like the paper obs chart, as rows and columns on screen",
       aka="flowsheets; flow sheet; flow sheets; flowsheet row; flowsheet rows; doc flowsheet; "
           "navigator; discharge navigator; admission navigator; activity tab; chart review; synopsis tab; "
           "storyboard; sidebar; banner bar; patient banner; header bar",
       amb="navigator; activity tab; chart review; storyboard; sidebar; banner bar; patient banner",
       cues="EHR; EPR; Epic; Cerner; system; click; tab; screen; build; record; section; open; discharge; "
            "admission; use the"),
    _e("co-sign", "a second clinician approves an entry in the electronic record",
       "like countersigning a junior's prescription",
       aka="cosign; co-signed; cosigned; co-signature; pend; pended; pending order; pended order; "
           "pended orders; sign and hold; signed and held; release orders; e-sign; esign; e-signature; "
           "electronic signature; attest; attestation",
       amb="pend; pended; release orders; attest; attestation",
       cues="order; orders; EHR; EPR; Epic; Cerner; system; note; notes; sign; signed; consultant; "
            "registrar; record; prescription; prescriptions"),
    _e("Epic", "a large electronic patient record system used by many hospitals",
       "like the brand of the notes trolley, except it decides how every page is laid out",
       aka="Cerner; Oracle Health; Millennium; EMIS; EMIS Web; SystmOne; TPP; Lorenzo; Meditech; "
           "Nervecentre; Careflow; Sunrise; Allscripts; Medway; Rio; RiO; MyChart; Patients Know Best; "
           "PKB; Hospital 2000; iCM; Evolve; CareCentric; Reporting Workbench; Clarity; Caboodle; Cogito; "
           "SlicerDicer; Hyperspace; Haiku; Rover; Canto; Chronicles; Beaker; OpTime; Kaleidoscope",
       amb="Epic; Millennium; Lorenzo; Sunrise; Medway; Rio; Evolve; TPP; Clarity; Haiku; Rover; Canto; Chronicles; "
           "Beaker; Kaleidoscope",
       cues="EHR; EPR; system; record; records; go-live; go live; build; login; module; supplier; vendor; "
            "trust; rollout; upgrade; record system; screen; app; analyst; analysts; implementation; migration; "
            "GP; practice; template"),
    _e("downtime procedure", "the paper fallback for when the electronic record is unavailable",
       "like the paper drug charts kept in a drawer in case the system goes down",
       aka="downtime procedures; downtime report; downtime reports; downtime forms; business continuity; "
           "BCP; business continuity plan; read-only copy; read-only mode; shadow copy",
       amb="business continuity; BCP", cues="plan; system; IT; EHR; EPR; outage; downtime; paper; cyber"),
    _e("free text", "typed words in a record, as opposed to picking from a fixed list",
       "like a handwritten note in the margin rather than a ticked box",
       aka="free-text; free texted; coded entry; coded entries; coded data; "
           "mandatory field; mandatory fields; required field; required fields; "
           "field; fields; form builder",
       amb="field; fields; coded entry; coded entries; coded data",
       cues="EHR; EPR; system; form; forms; screen; record; data; type; typed; enter; entered; "
            "mandatory; required; box; click; template; list; coded; SNOMED; database; column; columns",
       anti="playing field; field day; in the field; field trip; football; sports; rugby; cricket; "
            "fields of; level playing; my field; your field; their field; this field; clinical field; "
            "field of"),
]

_TALK_CUES = ("meeting; meetings; idea; ideas; team; project; call; calls; let's; we'll; I'll; stakeholders; "
              "discuss; discussion; agenda; plan; update; updates; weekly; monthly; proposal; it with; "
              "before; leadership; take this; take it")
_TALK_ANTI = ("weather; aircraft; sonar; speed; radar gun; heart rhythm; music; beats; car park; parking lot "
              "at; server; went offline; is offline; work offline; offline files; available offline; printer; "
              "Wi-Fi; wifi; internet")

_PROJECT_CUES = ("project; projects; programme; workstream; team; plan; phase; delivery; deliver; timeline; interface; "
                 "supplier; hit a; build; integration; "
                 "roadmap; sprint; release; go-live; feature; features; milestone; board; stakeholders; PMO; "
                 "product; change; IT; digital; system")
_PROJECT_ANTI = ("drug dependency; alcohol dependency; opioid dependency; dependence; patient; patients; "
                 "beta blocker; beta blockers; calcium channel; nerve block; scope the bowel; endoscope; scoped")

_MEETING_ROWS = [
    _e("action items", "the tasks agreed in a meeting, each with a person and a date",
       "like the jobs from the ward round, with a name against each",
       aka="action item; AIs; actions log; action log; action tracker; next steps; asks; big ask; "
           "owner; owners; owning; DRI", amb="asks; big ask; owner; owners; owning; AIs",
       cues="meeting; action; actions; item; items; team; who; deadline; project; owner; owners; "
            "deliverables; stakeholders; next steps; workstream"),
    _e("alignment", "agreement on what we are doing and why",
       "like getting the whole MDT to agree the plan before anyone acts",
       aka="aligned; align; get aligned; getting aligned; alignment meeting; level set; level-set; "
           "level setting; same page; north star; north-star; single pane of glass",
       amb="alignment; aligned; align; same page",
       cues="team; teams; stakeholders; meeting; strategy; priorities; priority; roadmap; project; "
            "leadership; goals; objectives; workstream; we're; we are; let's; get; getting; need to; make sure",
       anti="spinal; spine; teeth; bone; bones; fracture; wheels; joint; joints; text; left-aligned; "
            "centre-aligned; columns; column; x-ray"),
    _e("workstream", "one strand of a larger project, with its own lead",
       "like one part of a service reconfiguration run by its own sub-group",
       aka="workstreams; work stream; work streams; swim lane"),
    _e("RACI", "a table saying, for each task, who does it, who signs it off, who is asked and who is told",
       "like a clear line in a protocol on who prescribes, who checks and who is informed",
       exp="responsible, accountable, consulted, informed", aka="RACI matrix"),
    _e("OKR", "a goal with two or three measurable results that show whether it was reached",
       "like a quality-improvement aim with the numbers you will track to prove it worked",
       exp="objectives and key results", aka="OKRs"),
    _e("roadmap", "a plan of what will be built or changed, roughly when, over the coming months",
       "like the department's five-year plan, in the order things will happen",
       aka="roadmaps; road map", amb="road map", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("milestone", "a point in a project where something important should be finished",
       "like the date the new ward must be ready for its first patients",
       aka="milestones", amb="milestone; milestones", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("Gantt chart", "a chart of a project's tasks as bars along a timeline",
       "like a theatre list drawn as blocks across the day",
       aka="Gantt"),
    _e("critical path", "the chain of tasks that decides the earliest a project can finish: any delay there delays it all",
       "like the one scan a discharge is waiting for: nothing else matters until it is done",
       amb="critical path", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("dependency", "a task that cannot start or finish until another one has",
       "like a discharge that cannot happen until pharmacy has done the take-home drugs",
       aka="dependencies", amb="dependencies; dependency", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("blocker", "something stopping a piece of work from going ahead",
       "like a patient medically fit to leave but waiting for a care package",
       aka="blockers; unblock; unblocked", amb="blocker; blockers; unblock; unblocked", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("RAG rating", "marking each item red, amber or green for how well it is going",
       "like the colours on a board round for patients on track, at risk or stuck",
       aka="RAG status; RAG-rated"),
    _e("programme board", "the senior group that oversees a set of related projects and makes the big decisions",
       "like the trust's clinical governance committee, but for a change programme",
       aka="programme boards"),
    _e("PMO", "the team that keeps a programme's plans, risks and reports in order",
       "like the clinical audit office: it keeps everyone's projects tracked and reported",
       exp="project management office", aka="project management office"),
    _e("PID", "the document that sets out a project at its start: aims, scope, plan, who is involved",
       "like a research protocol written before the study begins",
       exp="project initiation document", aka="project initiation document"),
    _e("terms of reference", "the written purpose, membership and powers of a group or meeting",
       "like the constitution of a committee: what it is for and what it may decide",
       aka="TOR", amb="TOR", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("scope", "what a project will and will not cover",
       "like the inclusion criteria of an audit",
       aka="scoping; out of scope; descope; descoped", amb="scope; scoping; out of scope", cues=_PROJECT_CUES, anti=_PROJECT_ANTI),
    _e("benefits realisation", "checking after a change that the promised improvements really happened",
       "like re-auditing a year after a new pathway to see whether waits really fell"),
    _e("pain points", "the problems that annoy people most", "like the parts of a clinic that always run late",
       aka="pain point"),
    _e("quick win", "a small change that helps soon and costs little",
       "like moving the drug fridge key to the nurses' station: trivial, but it saves time every shift",
       aka="quick wins"),
    _e("boil the ocean", "try to do everything at once instead of a manageable part",
       "like trying to audit every guideline in the trust in one month",
       aka="boiling the ocean; boils the ocean"),
    _e("double-click", "look at something in more detail",
       "like moving from the discharge summary to the full notes",
       aka="double click on", amb="double-click", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("parking lot", "set a topic aside, on a list kept for that, to come back to later",
       "like the 'to discuss at the next MDT' list",
       amb="parking lot", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("on the radar", "something people know about and are keeping an eye on",
       "like a patient on the watch list who is not yet being treated",
       aka="radar", amb="radar", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("bandwidth check", "asking whether someone has the time to take something on",
       "like asking the registrar whether they can take one more referral today"),
    _e("headwinds", "things that make progress harder (tailwinds make it easier)",
       "like winter pressures slowing an improvement project",
       aka="tailwinds"),
    _e("cadence", "how often something regularly happens, such as a meeting",
       "like the rhythm of ward rounds: daily, weekly board round, monthly governance",
       amb="cadence", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("value proposition", "what someone gains from something, said in a sentence",
       "like the one line in a business case that says why the new service is worth it"),
    _e("thought leadership", "publishing ideas and opinions to be seen as an expert",
       "like a consultant known for the editorials they write rather than their clinics"),
    _e("best-of-breed", "the best product of its kind, chosen on its own merits rather than as part of a bundle",
       "like choosing the best infusion pump on the market instead of whatever comes with the monitors"),
    _e("win-win", "good for both sides",
       "like a teaching session that also clears the ward's jobs"),
    _e("operationalise", "turn an idea or a pilot into a routine part of everyday work",
       "like moving a pilot pathway into the standard protocol every ward uses",
       aka="operationalize; productionise; productionize"),
    _e("socialise", "share an idea informally with people before asking them to decide on it",
       "like talking a new rota over with the senior nurses before taking it to the meeting",
       aka="socialize", amb="socialise; socialize", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("run it up the flagpole", "try an idea out on people to see how they react",
       "like floating a change at handover before writing it into a policy"),
    _e("loop in", "include someone in a conversation or keep them informed",
       "like copying the GP into the clinic letter",
       aka="looped in; keep me in the loop"),
    _e("close the loop", "report back that something agreed has been done",
       "like telling the referrer the patient was seen and what happened",
       amb="close the loop", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("circle round", "come back to a topic later",
       "like 'let's revisit this on Thursday's round'"),
    _e("EOD", "by the end of the working day", "like 'before the end of the shift'",
       exp="end of day", aka="COB"),
    _e("EOW", "by the end of the working week", "like 'before the weekend handover'",
       exp="end of week"),
    _e("TLDR", "the short version, for readers who will not read the whole thing",
       "like the impression at the end of a radiology report",
       exp="too long, didn't read", aka="tldr"),
    _e("offline", "in a separate conversation after the meeting, not in front of everyone",
       "like 'let's discuss that after the round'",
       amb="offline", cues=_TALK_CUES, anti=_TALK_ANTI),
    _e("dogfooding", "a team using its own product itself before asking others to",
       "like a ward trying the new handover sheet on itself before rolling it out",
       aka="drink our own champagne; eat our own dog food; eating our own dog food; dogfood; dogfooded"),
    _e("helicopter view", "an overview without the detail",
       "like the bed state for the whole hospital rather than one ward's list"),
    _e("open the kimono", "share the full details that are normally kept private",
       "like showing another trust your raw incident data, not just the summary"),
]


# -- The eighth round's breadth pass: families a junior analyst uses with a consultant that the
# -- lists above lacked (spreadsheets, devices, sign-in, support desk, integration, analytics,
# -- cloud running costs, code and testing words, AI training words).  A form belongs to one entry
# -- only: where an older row already held a form, it was left there.


_WIDER_SHEET_ROWS = [
    _e("absolute reference", "a cell address fixed with dollar signs so it stays the same when a formula is copied",
       "like writing 'the admission weight' on every dose calculation instead of 'today's weight'",
       aka="absolute references; relative reference; relative references; mixed reference; mixed references; "
           "structured reference; structured references; circular reference; circular references"),
    _e("COUNTIF", "a spreadsheet sum that counts the cells meeting a condition, such as 'ward = 7'",
       "like tallying only the patients on one ward from the whole census list",
       aka="COUNTIFS; SUMIF; SUMIFS; AVERAGEIF; AVERAGEIFS; IFERROR; INDEX/MATCH; SUMPRODUCT; TEXTJOIN; "
           "CONCATENATE; CONCAT; IF statement; IF statements; nested IF; nested IFs; IF formula; HLOOKUP; lookup "
           "formula; lookup formulas"),
    _e("paste special", "pasting only part of what was copied, such as the values without the formulas",
       "like copying the results off a chart without copying the calculations that made them",
       aka="paste values; pasted values; paste as values; format painter; flash fill; fill handle; fill down; "
           "text to columns; wrap text; autofit; hidden rows; hidden columns; unhide; unhidden; sparkline; "
           "sparklines"),
]

_DEVICE_CUES = ("printer; printers; label printer; scanner; Windows; install; installed; reinstall; "
                "laptop; PC; PCs; computer; USB; Bluetooth; graphics; docking station; "
                "keyboard; webcam; headset; monitor")
_DEVICE_ANTI = ("car; van; bus; taxi; lorry; truck; ambulance; driving; drove; licence; seatbelt; key driver; "
                "main driver; drivers of; driver of; driving force; change; growth; demand; cost; costs; "
                "inequalities; behaviour; disease; mutation; gene; oncogene")

_WIDER_DEVICE_ROWS = [
    _e("driver", "the small piece of software that lets a computer use a printer, scanner or other device",
       "like the interpreter who lets the ward talk to a visiting team that uses different words",
       aka="graphics drivers; driver updates",
       amb="driver", cues=_DEVICE_CUES, anti=_DEVICE_ANTI),
    _e("firmware upgrade", "an update to the software built into a device itself, such as a monitor or pump",
       "like recalibrating the machine rather than changing how you use it",
       aka="firmware updates; flash the firmware; BIOS update; BIOS"),
    _e("power cycle", "switch a computer or device off and on again so it starts fresh",
       "like stopping and restarting a pump that has alarmed for no clear reason",
       aka="power-cycle; power cycled; power cycling; "
           "soft reset; cold boot; boot up; booted up; boot loop; boots up"),
    _e("peripherals", "the extra gadgets plugged into a computer: mouse, keyboard, headset, scanner, screens",
       "like the probes and leads that plug into a monitor, not the monitor itself",
       aka="peripheral devices; peripheral device; USB peripherals; computer peripherals"),
    _e("all-in-one", "a desktop computer built into the back of its screen, with no separate box",
       "like a monitor with the whole machine inside it",
       aka="all-in-ones; all in one PC; all-in-one PC; all-in-one PCs; AIO", amb="all-in-one; all-in-ones",
       cues="PC; PCs; computer; computers; desktop; screen; screens; device; devices; replace; replaced; IT"),
    _e("Chromebook", "a cheap laptop that runs mostly in the web browser and keeps files online",
       "like a terminal that only works well when it is connected", aka="Chromebooks; Chrome OS"),
    _e("handheld device", "a phone-sized computer staff carry to scan wristbands or record observations",
       "like the obs machine shrunk to fit in a pocket",
       aka="handheld devices; handhelds; handheld scanner; handheld scanners; ward handheld"),
    _e("headset", "headphones with a microphone, for calls and dictation on the computer",
       "like a stethoscope for calls: the sound goes straight to your ears and your voice straight in",
       aka="headsets; USB headset; USB headsets; noise-cancelling headset", amb="headset; headsets",
       cues="Teams; call; calls; dictation; laptop; PC; USB; Bluetooth; microphone; mic; meeting; meetings; "
            "plug; plugged; pair; paired"),
    _e("device name", "the name IT gives each computer so it can be found on the network",
       "like the bed number that identifies a bed whoever is in it",
       aka="device names; hostname; hostnames; host name; host names; computer name; computer names; asset tag; "
           "asset tags; asset number; asset numbers"),
]

_WIDER_ACCESS_ROWS = [
    _e("provisioning", "setting up a new account, computer or server with what it needs, ready to use",
       "like getting a new starter's badge, bleep and logins ready before their first shift",
       aka="provisioned; deprovision; deprovisioned; deprovisioning; de-provision; de-provisioned; "
           "user provisioning; account provisioning; auto-provisioning",
       amb="provisioned", cues="account; accounts; server; servers; laptop; laptops; VM; access; user; users; "
                               "licence; licences; cloud; mailbox; IT; storage",
       anti="well provisioned; poorly provisioned; under-provisioned; services; care; beds"),
    _e("joiners and leavers", "IT's routine for giving, changing and removing people's access as they start, change role and leave",
       "like the rota coordinator adding, moving and removing names on the bleep list",
       aka="joiners movers leavers; JML; joiner process; leaver process; leavers process; starter process"),
    _e("identity provider", "the service that checks who you are and vouches for you to other systems",
       "like the ID badge office: other departments trust its badge instead of checking you themselves",
       aka="identity providers; IdP; IdPs; identity federation; federated login; federated identity; SAML; "
           "OAuth; OAuth2; OpenID Connect; OIDC; Okta"),
    _e("Care Identity Service", "the NHS system that issues smartcards and controls what each person can see in national systems",
       "like the registration desk that decides which wards your swipe card opens",
       aka="CIS2; NHS CIS2; Care Identity Service 2; CIS2 login; NHS Identity; RA team; registration authority; "
           "Registration Authority; RA manager; RA agent; access profile; access profiles; role profile; "
           "role profiles; position on the smartcard"),
    _e("tap and go", "logging in and out of a shared computer by tapping your card, with your session kept open",
       "like swapping the person at a shared desk without shutting down their notes",
       aka="tap-and-go; tap to log in; tap in; tap out; fast user switching; roaming session; roaming sessions; "
           "virtual desktop session; session roaming",
       amb="tap in; tap out", cues="card; smartcard; PC; PCs; computer; login; log in; session; desktop; screen"),
    _e("elevated rights", "extra powers on a system that let someone change settings or see everything",
       "like holding the controlled-drugs keys: few people have them and every use is recorded",
       aka="elevated rights; elevated access; elevated permissions; elevation; administrator rights; generic "
           "account; generic accounts; generic login; generic logins"),
    _e("bearer token", "a digital pass a system hands out after login, which other systems accept for a while",
       "like a visitor sticker that lets you through several doors until the end of the day",
       aka="bearer token; bearer tokens; refresh token; refresh tokens; session token; session tokens; secret "
           "key; client secret"),
]

_WIDER_SUPPORT_ROWS = [
    _e("log a call", "report a problem to the IT service desk so it gets a reference number and someone owns it",
       "like making a referral: it is on the system, has a number and someone has to answer it",
       aka="logged a call; logging a call; log a job; logged a job; raise a call; raised a call; raise an incident; "
           "raised an incident"),
    _e("temporary files", "files a program leaves behind while it works, safe to clear when it misbehaves",
       "like the scribbled notes on a paper towel: useful at the time, meant to be thrown away",
       aka="temp files; temp folder; temp folders; temporary internet files; browsing data; clear browsing data; "
           "clear cookies; cleared cookies; clearing cookies; Ctrl F5"),
    _e("software centre", "the trust's own app store, where staff install approved programs without waiting for IT",
       "like the ward stock cupboard: what is there you take, anything else you order",
       aka="Software Center; Software Centre; company portal app; self-service portal; self-service portals; "
           "IT self-service; IT portal; service portal"),
    _e("remote support", "IT working on your computer from afar, or you using another computer through your own screen",
       "like reviewing a scan from home through the image viewer rather than going in",
       aka="remote desktops; remoting in; remote on; remote session; remote sessions; remote control; remote "
           "support; TeamViewer; Bomgar; Quick Assist; virtual desktops",
       amb="remote on; remote control",
       cues="laptop; PC; computer; machine; screen; IT; service desk; helpdesk; fix; desktop; session"),
    _e("knowledge article", "one written fix in the service desk's collection of answers to common problems",
       "like the ward's folder of how-to cards: the same answer every time, written once",
       aka="knowledge bases; knowledge article; knowledge articles; KB article; KB articles; self-help article; "
           "self-help articles"),
]

_WIDER_INTEGRATION_ROWS = [
    _e("acknowledgement message", "the short reply one system sends back to say a message arrived (or did not)",
       "like the pharmacy ringing back to say the prescription arrived",
       aka="acknowledgement messages; ACK; ACKs; NACK; NACKs; NAK; negative acknowledgement; ack message"),
    _e("queued messages", "messages between systems waiting in line until the receiving system takes them",
       "like the in-tray of a clinic clerk who was off sick: nothing lost, all waiting",
       aka="queued messages; stuck messages; stuck in the queue; dead letter queue; dead-letter queue; backed-up "
           "queue; queue backed up; message backlog"),
    _e("point-to-point interface", "a link built directly between two systems, rather than through a central hub",
       "like a private phone line between two wards that no one else can use",
       aka="point-to-point interfaces; point to point interface; point-to-point link; point-to-point links; "
           "point-to-point integration; point-to-point integrations"),
    _e("web service", "a program that answers requests from other programs over the network",
       "like the lab's phone line that only other departments ring to ask for a result",
       aka="web services; webservice; webservices; SOAP; REST API; REST APIs; RESTful; endpoint URL; endpoint URLs"),
    _e("FHIR resource", "one standard building block of FHIR, such as a patient, an observation or a medication",
       "like a standard form that every hospital fills in the same way",
       aka="FHIR resources; FHIR profile; FHIR profiles; UK Core; FHIR UK Core; FHIR server; FHIR servers; "
           "FHIR store; SMART on FHIR; FHIR bundle; FHIR bundles; "
           "CareConnect; openEHR; archetype; archetypes"),
    _e("retry", "when a system tries to send a message again after it failed the first time",
       "like re-bleeping when nobody answered",
       aka="retries; retried; retrying; retry logic; auto-retry; retry queue", amb="retry; retries; retried; retrying",
       cues="message; messages; interface; feed; API; fails; failed; queue; system; send; sent; sending; "
            "upload; connection; server"),
    _e("unstructured data", "information held as free text, scans or pictures rather than coded boxes a computer can count",
       "like a clinic letter against the coded problem list: a person can read it, a report cannot count it",
       aka="semi-structured data"),
]

_WIDER_ANALYTICS_ROWS = [
    _e("semantic model", "the prepared, joined-up data behind a set of reports, with the sums already defined",
       "like the agreed definitions in a national audit that every hospital's figures are worked out from",
       aka="semantic models; semantic layer; Power BI dataset; Power BI datasets; data model for the report; "
           "DAX; DAX measures; calculated measures"),
    _e("cross-tab", "a table that counts one thing across another, such as admissions by ward and month",
       "like a tally chart with wards down the side and months along the top",
       aka="cross-tabs; crosstab; crosstabs; cross-tabulation; cross-tabulations; cross tabulation; matrix visual"),
    _e("canned report", "a report built once that runs the same way each time, against one made up for a single question",
       "like a standard discharge summary template against a letter written from scratch",
       aka="canned reports; ad hoc report; ad hoc reports; ad-hoc report; ad-hoc reports; ad hoc query; "
           "ad hoc queries; ad-hoc query; scheduled report; scheduled reports; "
           "report subscription; report subscriptions"),
    _e("data storytelling", "showing figures in an order and with words that lead people to what they mean",
       "like presenting a case: the history first, then the one result that changes the plan",
       aka="storytelling with data; data story; data stories; data narrative; narrative dashboard"),
    _e("heat map", "a grid coloured by how big each number is, so the hot spots stand out",
       "like a bed board where the fullest wards are coloured red",
       aka="heat maps; heatmap; heatmaps; colour-coded grid", amb="heat map; heat maps; heatmap; heatmaps",
       cues="dashboard; report; Power BI; data; figures; shows; wards; chart; visual; model; AI; X-ray; image; "
            "areas; pixels; attention",
       anti="thermal; thermal camera; infrared; thermography"),
]

_WIDER_CLOUD_ROWS = [
    _e("instance", "one running copy of a program, server or database",
       "like one running infusion of the same drug: the recipe is shared, each bag runs on its own",
       aka="instances; cloud instance; cloud instances; server instance; database instance; reserved instance; "
           "reserved instances; spot instance; spot instances; single instance; multi-instance",
       amb="instance; instances",
       cues="server; servers; cloud; database; VM; virtual machine; spin; spun; running; AWS; Azure; live; copy; "
            "copies; test; production; licence; licences; Epic; system; Cerner",
       anti="for instance; in this instance; in that instance; in each instance; in every instance; first instance; "
            "in some instances; in many instances; in most instances; in one instance; court; tribunal"),
    _e("spin down", "switch off a server or machine in the cloud when it is not needed, to stop paying for it",
       "like closing a winter escalation ward when the pressure drops",
       aka="spun down; spinning down; spins down; tear down; tore down; torn down; tearing down",
       amb="tear down; tore down; torn down; tearing down",
       cues="server; servers; VM; VMs; cloud; environment; environments; instance; instances; test; machine; "
            "machines; database; cluster; app; system; systems"),
    _e("managed service", "a part of the system the supplier runs and looks after for you, for a fee",
       "like an outsourced pathology service: you send samples, they run the lab",
       aka="managed services; fully managed; managed database; managed databases; managed hosting; hosted "
           "service; hosted services; hosted in; hosted on; hosted by the supplier; third-party hosted; "
           "on-premise; on premise",
       amb="hosted in; hosted on",
       cues="server; servers; cloud; data; app; website; site; system; supplier; vendor; Azure; AWS; UK; "
            "dashboard; database; data centre; platform",
       anti="hosting the meeting; hosting a meeting; hosting the event; hosted the meeting; hosted a meeting; "
            "hosted by; infection; parasite; webinar; conference; visit; visitors; dinner; party"),
    _e("cloud costs", "what the trust pays each month for the computers it rents from a cloud company",
       "like agency staffing: flexible and quick, but the bill comes for every hour used",
       aka="cloud spend; cloud bill; cloud billing; consumption-based; consumption based; pay-per-use; pay per "
           "use; FinOps; egress charges; egress fees; data egress; reserved capacity; "
           "cost optimisation"),
    _e("elastic", "able to grow or shrink by itself with how busy it is",
       "like a bed base that opens escalation beds in winter and closes them in summer",
       aka="elasticity; elastic scaling; scale to zero; scales to zero; vertical scaling; scale horizontally; "
           "scale vertically",
       amb="elastic; elasticity",
       cues="cloud; server; servers; compute; storage; scaling; scale; scales; demand; load; capacity; AWS; "
            "Azure; system; platform",
       anti="stockings; bandage; band; bands; skin; tissue; recoil; aorta; artery; arteries; lung; lungs; waist; "
            "compliance; price; demand for care"),
]

_WIDER_DATA_ROWS = [
    _e("normalise", "split data into tidy linked tables so each fact is stored once",
       "like keeping the allergy list in one place that every chart points to, instead of copying it onto each",
       aka="normalising; normalize; normalizing; denormalise; denormalising; denormalisation; denormalize; "
           "denormalization; third normal form; 3NF",
       amb="normalise; normalising; normalize; normalizing",
       cues="table; tables; database; schema; data model; data; columns",
       anti="bloods; blood; level; levels; sodium; potassium; calcium; result; results; CRP; troponin; ECG; BP; "
            "blood pressure; pH; lactate; LFTs; renal; creatinine; heart rate; rate; rhythm; temperature; "
            "saturations; sats; gas; gases; INR; platelets; count; function; obs; observations; inflammatory; "
            "markers; relationship; behaviour; culture; conversation; talk"),
    _e("flatten", "turn nested or linked data into one plain table with a row per item",
       "like copying a patient's results from every tab of the record onto one sheet",
       aka="flattened; flattening; flattens; flat files",
       amb="flatten; flattened; flattening; flattens",
       cues="JSON; XML; nested; table; tables; columns; rows; file; data; dataset; extract",
       anti="curve; T wave; T waves; T-wave; ST; affect; mood; abdomen; hill; growth; hierarchy; structure of "
            "the team; management; ward; organisation"),
    _e("cardinality", "how many different values a column holds, or how many records link to each other",
       "like asking whether each patient has one GP or many outpatient appointments",
       aka="one-to-one relationship; one-to-many relationship; many-to-many relationship"),
    _e("golden record", "the one trusted, merged version of a patient's or item's details, built from several systems",
       "like the single reconciled drug list after a medicines reconciliation",
       aka="golden records; master record; master records; single version of the truth; record of truth"),
    _e("fuzzy matching", "matching up the records of the same person held in different data sets, even when details are spelt slightly differently",
       "like matching a patient's ED notes, lab results and GP letters by NHS number and date of birth",
       aka="linked data set; linked data sets; linked dataset; linked datasets; linkage; link the datasets; "
           "linking the datasets; fuzzy matching; fuzzy match; fuzzy-matched; fuzzy matched; probabilistic "
           "matching; probabilistic linkage; deterministic matching; deterministic linkage; match rate; match "
           "rates; matching algorithm",
       amb="linkage", cues="data; dataset; datasets; data set; records; NHS number; HES; ONS; extract; registry",
       anti="genetic; linkage disequilibrium; gene; genes; chromosome; chromosomes; family; families"),
    _e("dataframe", "a table of data held inside a program such as Python or R while it is being worked on",
       "like the working sheet you fill in before the final audit form",
       aka="dataframes; data frame; data frames; pandas; Polars; tidyverse; dplyr; NumPy; numpy; scikit-learn; "
           "sklearn; Jupyter notebooks; RStudio; R script; R scripts; Python script; Python scripts",
       amb="pandas", cues="Python; code; script; scripts; dataframe; data; notebook; library; import; R"),
    _e("regular expression", "a pattern written in a special code that picks out text of a certain shape, such as NHS numbers",
       "like a search that finds every result 'starting with 9 and ten digits long' rather than one exact number",
       aka="regular expressions; regex; regexes; regexp; regexps; regex pattern; regex patterns; wildcard search; "
           "wildcard searches; string matching; pattern matching",
       amb="pattern matching", cues="text; data; field; fields; column; columns; code; script; search; NHS number; "
                                    "NHS numbers; free text; extract",
       anti="clinical; diagnosis; diagnoses; rash; ECG; symptoms; radiologist; gestalt; doctors; clinicians"),
    _e("fact table", "the central table of a reporting database, one row per event such as an admission",
       "like the admissions register, with each line pointing to lookups for ward, consultant and diagnosis",
       aka="fact tables; dimension table; dimension tables; dim table; dim tables; snowflake schema; "
           "data cube; data cubes; OLAP cube; OLAP cubes; SSAS; tabular model; tabular models; "
           "Parquet file; Parquet files; Delta table; Delta tables"),
]

_CODE_CUES = ("code; software; program; programs; developer; developers; release; build; test; tests; testing; "
              "tested; testers; supplier; vendor; fix; fixed; fixes; raised; logged; log; Jira; UAT; system; "
              "bug; bugs; app; version; upgrade; patch; ticket; tickets; screen; form; interface")

_WIDER_CODE_ROWS = [
    _e("defect", "a fault in the software found in testing or use; another word for a bug",
       "like an incident report on a piece of kit: logged, graded, fixed and checked",
       aka="defects; defect log; defect logs; defect list; defect triage; showstopper; showstoppers; "
           "show-stopper; show-stoppers; P1 defect; P1 defects",
       amb="defect; defects", cues=_CODE_CUES,
       anti="septal; heart; cardiac; neural tube; visual field; birth; congenital; atrial; ventricular; bone; "
            "skin; filling defect; perfusion; wall; cortical; VSD; ASD; hole; spine; spinal; cleft; fetal; "
            "fetus; genetic; scan; MRI; CT; echo; field defect; speech; ossification; osteochondral"),
    _e("debug", "find out what is making a program go wrong and fix it",
       "like working through a differential until the cause is found",
       aka="debugging; debugged; debugger; debuggers; debug log; debug logs; step through the code; breakpoint; "
           "breakpoints; traceback; tracebacks"),
    _e("compiler", "a program that turns code people wrote into something the computer can run",
       "like the pharmacy making up a prescription into the actual bag that goes up",
       aka="compilers; compile; compiled; compiling; compiles; compile error; compile errors; build error; build "
           "errors; build breaks; broke the build",
       amb="compile; compiled; compiling; compiles",
       cues="code; program; programs; developer; developers; error; errors; build; software; app; language",
       anti="list; lists; report; reports; evidence; data; figures; notes; audit; statistics; results; "
            "feedback; portfolio; compiled by"),
    _e("code library", "ready-made code that programmers reuse instead of writing it again",
       "like a standard operating procedure you follow rather than writing your own each time",
       aka="code libraries; software library; software libraries; open-source library; open-source libraries; "
           "Python library; Python libraries; Python package; Python packages; software package; software packages; "
           "package manager; package managers; pip install; npm; NuGet; third-party library; third-party libraries; "
           "third-party component; third-party components; framework version; software framework; web framework"),
    _e("fork", "take a copy of someone's code to change it separately from the original",
       "like adapting another trust's guideline into your own version that then goes its own way",
       aka="forks; forked; forking; clone the repo; cloned the repo; cloning the repo; git clone; git pull; "
           "pushed to main; pushed the code; pushed the change; pull the latest; pulled the latest; monorepo; "
           "monorepos",
       amb="fork; forks; forked; forking",
       cues="code; repo; repository; GitHub; GitLab; project; open source; open-source; developer; developers; "
            "version; copy",
       anti="tuning fork; knife; road; roads; junction; bifurcation; bifurcates; cutlery; eat; eating; food"),
    _e("edge case", "an unusual situation at the limits that the software may not handle",
       "like the rare patient a protocol was never written for: the 20 kg adult, the 40-week twin",
       aka="edge cases; corner case; corner cases; boundary case; boundary cases; happy path; unhappy path; "
           "sad path; negative testing"),
    _e("flaky test", "an automatic check that sometimes passes and sometimes fails with nothing changed",
       "like a monitor that alarms now and then for no reason, so everyone stops trusting it",
       aka="flaky tests; flaky; flakey; intermittent failure; intermittent failures; code coverage; linter; "
           "linters; linting; static analysis; code scanning; code scan; code scans",
       amb="flaky; flakey; intermittent failure; intermittent failures",
       cues="test; tests; build; builds; pipeline; code; deployment; release; automated; CI",
       anti="skin; scalp; rash; eczema; psoriasis; pastry; nails; nail; lips; dry; dandruff; pump; monitor"),
    _e("pair programming", "two developers working at one screen, one typing and one checking",
       "like two nurses checking a controlled drug together",
       aka="pairing session; pairing sessions; mob programming; four-eyes check; four eyes check; four-eyes "
           "principle; peer review of the code; code reviewer; code reviewers"),
    _e("tech lead", "the senior developer who makes the technical decisions for a team",
       "like the lead consultant for a service: not the manager, but the clinical decisions rest there",
       aka="tech leads; technical lead; technical leads; solution architect; solution architects; solutions "
           "architect; enterprise architect; enterprise architects; enterprise architecture; technical architect; "
           "technical architects; software architect; software architects; design authority; technical design "
           "authority; TDA"),
    _e("greenfield", "a system built fresh, with nothing old to fit around",
       "like opening a new hospital rather than refurbishing an old ward",
       aka="greenfield project; greenfield projects; brownfield; brownfield project; clean slate build",
       amb="greenfield; brownfield", cues="system; project; projects; build; software; IT; app; platform; "
                                          "architecture; legacy; development",
       anti="site; sites; land; housing; hospital site; planning permission"),
    _e("circuit breaker", "a safety switch in software that stops calling a failing service for a while",
       "like stopping a drug and waiting before a rechallenge, rather than giving it again and again",
       aka="circuit breakers; kill switches; throttle; request limit",
       amb="throttle; kill switches; circuit breaker; circuit breakers",
       cues="API; APIs; service; services; requests; calls; supplier; vendor; system; server; servers; app; "
            "software; feature; model; code",
       anti="fuse; fuse box; electrician; electrics; house; kitchen; car; engine; motorbike; neck; strangle"),
    _e("five nines", "a system that is up 99.999% of the time: about five minutes down a year",
       "like a blood bank that is never, in practice, without O negative",
       aka="99.9% uptime; 99.99% uptime; 99.9 per cent uptime; error budget; error budgets; SLO; SLOs; "
           "service level objective; service level objectives; MTTR; mean time to recovery; mean time to repair; "
           "MTBF"),
    _e("major incident bridge", "the call that stays open while an IT outage is being fixed, with everyone needed on it",
       "like the major-incident control room: one line, everyone who matters on it",
       aka="bridge call; bridge calls; incident bridge; incident bridges; war room; war rooms; incident "
           "commander; status pages",
       amb="war room; war rooms; bridge call; bridge calls",
       cues="outage; IT; incident; system; systems; down; supplier; vendor; fix; server; servers; network; EHR; "
            "EPR; software; cyber"),
    _e("standard change", "an IT change so routine it is pre-approved, against one that must go to the change board",
       "like a nurse-led protocol against a case that needs the consultant's sign-off",
       aka="standard changes; normal change; normal changes; emergency change; emergency changes; change ticket; "
           "change tickets; RFC; RFCs; request for change; change board; change windows; change manager; change "
           "management ticket",
       amb="normal change; normal changes; emergency change; emergency changes",
       cues="IT; system; systems; server; servers; release; deployment; approved; CAB; supplier; vendor; "
            "software; change board"),
]

_WIDER_AI_ROWS = [
    _e("supervised learning", "training a model on examples that people have already labelled with the right answer",
       "like teaching a trainee with reported films: here is the X-ray, here is what it showed",
       aka="unsupervised learning; self-supervised learning; semi-supervised learning; reinforcement learning; "
           "reinforcement learning from human feedback; RLHF; active learning; transfer learning; data "
           "labelling; data labeling; annotators; labellers"),
    _e("loss function", "the sum a model tries to make smaller while it trains: how wrong its answers are",
       "like the error a trainee's reports are marked against, which they learn to reduce",
       aka="loss functions; training loss; validation loss; gradient descent; backpropagation; back-propagation; "
           "epoch; epochs; learning rate; batch size; hyperparameter; hyperparameters; hyper-parameters"),
    _e("data leakage", "when a model is tested on information it already saw in training, so it looks better than it is",
       "like a trainee passing the exam because they had seen the paper",
       aka="label leakage; target leakage; train-test contamination; test set contamination; leaked into training"),
    _e("distillation", "making a small, cheaper model that copies a big model's answers",
       "like a pocket guide written from the full textbook",
       aka="model distillation; distilled model; distilled models; quantised; quantized; quantisation; "
           "quantization; small language model; small language models; SLM; SLMs; on-device model; on-device "
           "models; runs on the device",
       amb="distillation", cues="model; models; AI; LLM; smaller; cheaper; GPU"),
    _e("chunking", "cutting long documents into small pieces so an AI search can find and quote the right part",
       "like indexing a textbook by paragraph instead of by chapter",
       aka="chunk; chunked; chunks; reranking; re-ranking; reranker",
       amb="=; chunk; chunked; chunks",
       cues="AI; model; LLM; RAG; retrieval; chatbot; embeddings; vector; vectors; index; indexed"),
    _e("voice-to-text", "software that types what you say, or (the other way round) reads typed text aloud",
       "like a medical secretary typing from your dictation, but instantly",
       aka="text-to-speech; text to speech; voice to text; Dragon Medical; transcription engine; automatic "
           "transcription"),
    _e("object detection", "AI that finds and boxes particular things in an image, such as a nodule on an X-ray",
       "like a registrar circling each abnormality on the film for you to look at",
       aka="image classification; bounding box; bounding boxes; saliency map; saliency maps; attention map; "
           "attention maps; Grad-CAM; LIME"),
    _e("data poisoning", "tricking an AI with bad examples or hidden instructions so it gives wrong or harmful answers",
       "like a forged line added to a drug chart that the nurse then follows",
       aka="prompt injections; indirect prompt injection; jailbreak prompt; jailbreak prompts; data poisoning; "
           "poisoned training data; model poisoning; adversarial attack; adversarial attacks; adversarial example"),
]

_WIDER_SECURITY_ROWS = [
    _e("exploit", "a trick or piece of code that uses a flaw in software to break in",
       "like a known weak lock on a side door that burglars pass word of",
       aka="exploits; exploited; exploiting; exploit kit; exploit kits; exploitable; proof of concept exploit",
       amb="exploit; exploits; exploited; exploiting; exploitable",
       cues="vulnerability; vulnerabilities; flaw; flaws; hackers; hacker; attackers; attacker; patch; patched; "
            "software; system; systems; server; servers; cyber; security; code; zero-day; Windows; ransomware",
       anti="exploitation of; child; children; sexual; modern slavery; vulnerable adult; vulnerable adults; "
            "safeguarding; financial; staff; goodwill; workers; labour"),
    _e("threat actor", "the person or group behind an online attack",
       "like the source of an outbreak: who it came from matters for stopping the next one",
       aka="threat actors; bad actor; bad actors; malicious actor; malicious actors; attacker group; "
           "threat intelligence; threat intel; indicators of compromise; IOC; IOCs; attack surface; "
           "lateral movement; exfiltration; exfiltrated; data exfiltration; command and control"),
    _e("credentials", "the details you log in with: username, password, card or code",
       "like your ID badge and PIN together: what proves it is you",
       aka="credential; login credentials; login details; credential theft; stolen credentials; credential "
           "harvesting; harvested credentials; leaked credentials",
       amb="credential; credentials",
       cues="login; log in; logged in; password; passwords; account; accounts; username; phishing; phished; "
            "hacker; hackers; stolen; leaked; harvested; entered; enter; typed; MFA; fake; site; page; link",
       anti="academic; degree; qualifications; qualification; CV; training; clinical credentials; professional; "
            "royal college; membership; fellowship; experience; track record; credentials as a"),
    _e("access control", "the rules that decide who may open which system, record or room",
       "like the swipe-card system that decides which ward doors your badge opens",
       aka="access controls; access control list; access control lists; ACL; ACLs; permission level; permission "
           "levels; permission group; permission groups; need to know basis"),
    _e("data in transit", "data while it travels between systems, as opposed to data sitting stored",
       "like a sample in the pneumatic tube rather than in the lab fridge",
       aka="data at rest"),
    _e("secure email", "email sent in a way that keeps it private between sender and receiver",
       "like the sealed internal envelope for confidential notes",
       aka="secure emails; encrypted emails; email encryption; DMARC; SPF record; DKIM; spoofed email; spoofed "
           "emails; spoofed sender; domain spoofing"),
]


_WIDER_NETWORK_ROWS = [
    _e("comms cabinet", "the locked cupboard of network boxes (switches) that links a building's computers together",
       "like the switchboard that connects each extension to the others",
       aka="network switches; switch port; switch ports; core switch; core switches; edge switch; comms cabinet; "
           "comms cabinets; comms room; comms rooms; server room; server rooms; network cabinet; network "
           "cabinets; patch panel; patch panels; floor box"),
    _e("static IP address", "a fixed network address that a device keeps, so other systems can always find it",
       "like a fixed bed number against a patient moved around the ward",
       aka="static IP; static IPs; fixed IP; fixed IP address; IP reservation; DHCP; DHCP server; DHCP "
           "reservation; subnets; subnet mask; gateway address; default gateway; MAC address; MAC addresses"),
    _e("domain", "the name a website or network lives under, such as nhs.net, or the group of computers a trust manages together",
       "like a hospital's postal address that all its wards share",
       aka="domains; domain names; on the domain; joined to the domain; domain-joined; domain join; domain "
           "controller; domain controllers; DNS record; DNS records",
       amb="domain; domains",
       cues="website; websites; site; sites; email; emails; nhs.net; DNS; network; laptop; laptops; PC; PCs; "
            "joined; join; login; IT; server; servers; address; addresses; URL; spoofed; registered",
       anti="domains of; domain of; cognitive; motor; clinical domain; public domain; CQC; safe; effective; "
            "caring; responsive; well-led; score; scores; questionnaire; frailty; quality domain; domain scores"),
    _e("HSCN", "the Health and Social Care Network: the private network that links NHS organisations",
       "like the NHS's own road network, with its own gates, next to the public motorways",
       aka="Health and Social Care Network; N3; N3 connection; the N3 network; HSCN connection; HSCN connections",
       exp="Health and Social Care Network"),
    _e("eduroam", "the Wi-Fi network for universities and some hospitals that logs you in with your university account",
       "like a reciprocal library card that works in every member library", aka="GovWifi; SSIDs; network names; Wi-Fi profile; Wi-Fi profiles; wireless profile"),
    _e("connectivity", "whether and how well a device or site is linked to the network",
       "like whether a ward's bleeps reach everyone on it",
       aka="network connectivity; connectivity issue; connectivity issues; connectivity problem; "
           "connectivity problems; intermittent connectivity; loses connectivity; lost connectivity",
       amb="connectivity; connectivity issue; connectivity issues; connectivity problem; connectivity problems", cues="network; Wi-Fi; wifi; internet; site; sites; device; devices; laptop; "
                                "laptops; IT; VPN; server; tablets; tablet; signal; 4G; 5G",
       anti="brain; neural; functional connectivity; cortical; white matter; MRI; fMRI"),
    _e("fibre connection", "an internet line made of glass strands, much faster than the old copper wire",
       "like a main road replacing a country lane", aka="fibre connections; fibre line; fibre lines; "
       "full fibre; fibre broadband; fibre to the premises; FTTP; fibre link; fibre links"),
]

_WIDER_EHR_ROWS = [
    _e("break the glass", "open a record you would not normally be allowed to see, giving a reason that is recorded and checked",
       "like signing for the emergency drug cupboard: allowed when needed, always audited",
       aka="break-the-glass; broke the glass; breaking the glass; emergency access; emergency access override; "
           "sealed record; sealed records; sensitive record flag; restricted record; restricted records; "
           "legitimate relationship; legitimate relationships"),
    _e("encounter", "the record's name for one contact with a patient, such as a clinic visit or admission, that notes and orders hang from",
       "like the episode sheet a clinic clerk opens before you can write anything",
       aka="encounters; open encounter; open encounters; close the encounter; closed the encounter; "
           "encounter type; encounter types; create an encounter; encounter record",
       amb="encounter; encounters",
       cues="open encounter; close the encounter; EHR; EPR; Epic; Cerner; create; created; linked; attach; "
            "attached; system; encounter type; billing",
       anti="first encounter; an encounter with; encountered; encounters with; violent; aggressive; "
            "difficult encounter; clinical encounter; consultation; conversation; memorable"),
    _e("training domain", "a practice copy of the record system filled with made-up patients",
       "like the simulation suite: real kit, pretend patients, no harm done",
       aka="training environments; training domain; play domain; playground; sandbox patients; training patient; "
           "training patients",
       amb="playground", cues="EHR; EPR; Epic; Cerner; system; practise; practice; training; log in; login; "
                              "record; log into"),
    _e("patient matching", "deciding whether two records belong to the same person, so they can be merged or linked",
       "like checking name, date of birth and NHS number before giving blood",
       aka="patient merge; patient merges; merge the records; merged the records; record merge; record merges; "
           "unmerge; unmerged; overlay; overlaid record; enterprise master patient index",
       amb="overlay", cues="record; records; patient; patients; MPI; EMPI; merge; merged; NHS number; "
                           "wrong patient; registration"),
    _e("clinical content build", "setting up the forms, order sets and templates inside the record system for a service",
       "like writing the ward's protocols into the record so it prompts the right steps",
       aka="content build; build team; build teams; EHR build; EPR build; analyst build; builder; builders; "
           "clinical build; Epic build; system build; optimisation sprint; optimisation sprints; "
           "EHR optimisation; EPR optimisation; post-go-live optimisation",
       amb="builder; builders",
       cues="EHR; EPR; Epic; Cerner; form; forms; template; templates; order set; order sets; flowsheet; "
            "analyst; analysts",
       anti="construction; building work; building works; scaffolding; extension; new wing; contractors; "
            "plumbers; electricians; roof; bricks; site; finished in; new emergency department"),
]

_WIDER_TALK_ROWS = [
    _e("omnichannel", "reaching people the same way across phone, web, app and letters",
       "like a clinic that can be booked at the desk, by phone or online with the same diary behind it",
       aka="multichannel; multi-channel; channel shift; channel-shift; digital channels; digital channel"),
    _e("tiger team", "a small group of specialists pulled together to fix one urgent problem",
       "like the outreach team called to one deteriorating patient",
       aka="tiger teams; skunkworks"),
    _e("frictionless", "so easy to use that nothing slows people down",
       "like a ward where everything you need is where your hand reaches for it",
       aka="friction; low-friction; reduce friction; remove friction; frictionless experience; seamless "
           "experience; seamless journey; joined-up experience",
       amb="friction; reduce friction; remove friction",
       cues="user; users; app; apps; login; logins; experience; digital; system; systems; design; process; "
            "journey; sign-up; onboarding; clicks; forms",
       anti="rub; rubs; rubbed; skin; blister; blisters; burn; burns; joint; pleural; pericardial; rub heard; "
            "friction rub; tension; conflict; between the teams; between teams; sheets; shear; pressure"),
    _e("bake in", "build something into a system or plan from the start rather than adding it later",
       "like building hand-washing into the ward round rather than reminding people afterwards",
       aka="baked in; baking in; bakes in; baked into; bake into; baking into; built-in by design; "
           "privacy by design; security by design",
       amb="baked in; baked into",
       cues="system; design; app; process; product; software; security; privacy; data; platform; from the start; "
            "pathway; form"),
    _e("disruptive", "a new way of working that upends how things were done, often used as praise",
       "like day-case surgery replacing a week on the ward",
       aka="disruption; disruptor; disruptors; disruptive innovation; disruptive technology; disrupt the market; "
           "disrupting the market; paradigm-shifting",
       amb="disruption; disruptive; disruptor; disruptors",
       cues="innovation; technology; market; startup; start-up; industry; digital; AI; company; companies; "
            "model; business; vendor; product",
       anti="behaviour; patient; patients; ward; sleep; service disruption; disruption to; disruption of; "
            "strike; strikes; weather; snow; roadworks; noise; child; pupil; class; lessons"),
    _e("user-centred design", "designing a system around what the people who use it need, tested with them as it is built",
       "like designing a clinic around the patient's route through it, not the building's",
       aka="user-centered design; user centred design; human-centred design; human-centered design; UCD; service "
           "design; service designer; service designers; design thinking; design sprint; design sprints; "
           "usability; personas; persona",
       amb="persona; personas",
       cues="design; designer; designers; app; system; service; digital; research; researcher; product; "
            "website; prototype; build; interviews; journey; map"),
    _e("service assessment", "a formal check that a public digital service meets the government's design standard before it moves on",
       "like an inspection visit before a new unit may open its doors",
       aka="service assessments; service standard; NHS service standard; GDS; Government Digital Service; "
           "GDS assessment; GDS assessments"),
    _e("discovery work", "the first weeks of a project, spent finding out what the problem really is before building",
       "like taking the history before you order the tests",
       aka="discovery phases; discovery sprint; discovery sprints; in discovery; show and tell; show and tells; "
           "show-and-tell",
       amb="in discovery; show and tell; show and tells; show-and-tell",
       cues="project; team; phase; sprint; sprints; digital; service; product; user; users; prototype; alpha; "
            "beta; research; build; design; stakeholders; app"),
    _e("release cadence", "a fixed timetable of releases that whatever is ready goes out on",
       "like a regular theatre list: ready cases go on, the rest wait for the next one",
       aka="release trains; release cadence; release calendar; release schedule; release cycles; release plan; "
           "release plans; release candidates; RC1; RC2; feature freeze",
       amb="release schedule; release plan; release plans", cues="software; app; version; update; updates; "
           "supplier; vendor; EHR; EPR; system; features; feature; sprint; deployment; upgrade; fix; fixes"),
]

_WIDER_OFFICE_ROWS = [
    _e("sensitivity label", "a tag on a document or email that says how confidential it is and limits who can open or forward it",
       "like a 'confidential: addressee only' stamp that the post room actually enforces",
       aka="sensitivity labels; sensitivity labelling; sensitivity labeling; classification label; classification "
           "labels; retention policy; retention policies; "
           "retention label; retention labels; data loss prevention; DLP"),
    _e("deep link", "a link that opens one particular page or record inside a program, not just its front page",
       "like a referral that goes straight to the right clinic instead of to switchboard",
       aka="deep links; deep-link; deep-linked; deep linking; deep-linking"),
    _e("compressed folder", "a folder squeezed into one smaller file (a 'zip') that must be unpacked before use",
       "like a vacuum-packed set of instruments: smaller to send, opened before use",
       aka="compressed folders; compressed files; zipped folder; zipped folders; zipped files; zipped it; zip "
           "up; zipped up; extract all; extract the files; 7-Zip; WinZip",
       amb="zipped it; zip up; zipped up; extract the files",
       cues="file; files; folder; folders; email; emails; attachment; attachments; send; sent; download; "
            "downloaded; large; too big; upload; password; spreadsheet; spreadsheets; documents"),
    _e("taskbar", "the strip along the bottom of a Windows screen with the Start button and open programs",
       "like the row of bleep holders by the nurses' station: one slot for each thing in use",
       aka="task bar; taskbars; system tray; notification area; pin to the taskbar; pinned to the taskbar; "
           "pin it to the taskbar; Start menu; start button; desktop shortcut; desktop shortcuts; shortcut icon; "
           "shortcut icons",
       amb="Start menu; start button",
       cues="Windows; screen; laptop; PC; PCs; computer; icon; icons; click; clicked; pin; pinned; search; type"),
    _e("add-in", "an extra piece of software that adds a button or feature to a program like Outlook or Excel",
       "like a clip-on module that gives an existing monitor one more reading",
       aka="add-ins; add-ons; addons; plug-ins; browser extensions; Chrome extension; Chrome extensions; Edge "
           "extension; Edge extensions; Outlook add-in; Excel add-in; Teams app; Teams apps",
       amb="=; add-ins; add-ons; addons",
       cues="Outlook; Excel; Word; Teams; browser; Chrome; Edge; install; installed; installs; enable; enabled; "
            "disable; disabled; software; app; ribbon; toolbar; button; IT; licence; licences; plugin; Zoom"),
    _e("give control", "let another person on a call use your mouse and keyboard through the shared screen",
       "like handing the scope to the trainee while you still watch",
       aka="gave control; giving control; request control; requested control; requesting control; take control "
           "of your screen; take control of my screen; took control of my screen; take over my screen; took over "
           "my screen; control of my screen; control of your screen",
       amb="give control; gave control; giving control; request control; requested control; requesting control",
       cues="screen; share; shared; sharing; call; Teams; Zoom; mouse; keyboard; meeting; IT; laptop; PC"),
    _e("presence status", "the coloured dot by your name in Teams or Outlook that shows whether you are free, busy or away",
       "like the in/out board at the department entrance",
       aka="presence indicator; presence indicators; status light; status lights; appear offline; appear away; "
           "shows as away; show as away; showing as away"),
    _e("wiki", "a set of web pages anyone in the team can edit, used to keep shared know-how in one place",
       "like the department's handbook kept in a binder that everyone can add pages to",
       aka="wikis; wiki page; wiki pages; team wiki; Confluence page; Confluence pages; Confluence space; "
           "knowledge hub; Notion page; Notion pages; Notion workspace"),
]


#: Products and tools a junior analyst names in passing, grouped by what they do: the name
#: tells a consultant nothing, the kind of tool does.
_WIDER_PRODUCT_ROWS = [
    _e("online whiteboard", "a shared drawing board on the web where a group sticks notes and draws during a call",
       "like the whiteboard in the seminar room that everyone on the call can write on",
       aka="online whiteboards; digital whiteboard; digital whiteboards; Miro; Miro board; Miro boards; Mural "
           "board; Mural boards; FigJam; Lucidchart; draw.io; Whimsical"),
    _e("work tracker", "a shared online list of tasks, who owns each and how far along it is",
       "like the jobs board at the nurses' station, kept online",
       aka="work trackers; task tracker; task trackers; Smartsheet; Monday.com; MS Project; Microsoft Project; "
           "Project Online; Planner boards; Approvals app; Teams Approvals"),
    _e("data platform product", "a commercial system for storing and analysing large amounts of data",
       "like a central lab that takes samples from every ward and runs them on big machines",
       aka="data platform products; Databricks; Snowflake; Microsoft Fabric; Azure Synapse; Synapse Analytics; "
           "Palantir; Palantir Foundry; Foundry; Alteryx; SSIS; SQL Server Reporting Services; Qlik Sense; "
           "QlikView; Purview; Microsoft Purview",
       amb="Snowflake; Foundry", cues="data; platform; warehouse; analytics; SQL; pipeline; pipelines; model; "
                                      "dashboard; dashboards; tables; licence; cloud; Azure; NHS England; FDP"),
    _e("security product", "a commercial program that guards the trust's computers or email against attack",
       "like the security firm's guards and cameras, each brand doing a slightly different job",
       aka="security products; Microsoft Defender; Defender; Defender for Endpoint; Microsoft Sentinel; Sophos; Mimecast; "
           "Zscaler; CrowdStrike Falcon; Darktrace; Palo Alto firewall; Palo Alto Networks; Fortinet; FortiGate; "
           "Cisco Umbrella; Ivanti; Netskope",
       amb="Defender", cues="laptop; laptops; PC; PCs; Microsoft; email; scan; scanned; virus; malware; IT; "
                            "quarantined; blocked; alert; alerts; security"),
    _e("network kit brand", "a maker of the boxes that run the trust's network and Wi-Fi",
       "like a make of monitor: what matters is what it does on the ward",
       aka="network kit brands; Cisco; Meraki; Cisco Meraki; Aruba; HPE Aruba; Juniper; Ubiquiti; Ruckus; "
           "VMware; Hyper-V; Nutanix; vSphere; ESXi",
       amb="Juniper", cues="network; switch; switches; Wi-Fi; wifi; access point; access points; router; "
                           "routers; firewall; server; servers; kit"),
    _e("IT service desk tool", "the program the service desk uses to log, pass on and close your calls",
       "like the bed management system, but for IT faults",
       aka="IT service desk tools; TOPdesk; Freshservice; Jira Service Management; Jira Service Desk; Ivanti "
           "Neurons; Cherwell; Hornbill"),
    _e("clinical messaging product", "a commercial app that sends messages or letters between clinicians and patients",
       "like a secure pager and post room combined in one app",
       aka="clinical messaging products; Accurx; Docman; Alertive; Vocera; Hospify; Pando; Siilo; Medic Bleep; "
           "Zesty; DrDoctor; Healthcare Communications; Netcall; Attend Anywhere; Near Me; Dr Doctor"),
    _e("clinical system brand", "the maker or name of one of the record, lab, imaging or observations systems",
       "like the make of a ventilator: clinicians know the machine, not the brand",
       aka="clinical system brands; Graphnet; Orion Health; Sunquest; WinPath; Telepath; Clinisys; Sectra; Agfa; "
           "Soliton; Patientrack; Dedalus; System C; BadgerNet; Altera; Cerner Millennium; PowerChart; ICE "
           "requesting",
       amb="Agfa", cues="PACS; images; image; imaging; system; systems; X-ray; radiology; EHR; EPR; record; "
                            "records; GP; SystmOne; supplier; vendor"),
    _e("AI scribe product", "a commercial tool that listens to a consultation and drafts the notes or letter",
       "like a medical secretary in the room who drafts the letter while you talk",
       aka="AI scribe products; Heidi Health; Tortus; Nabla; Accurx Scribe; Lexacom; Dragon Copilot; "
           "Nuance DAX; DAX Copilot; Microsoft Dragon Copilot; Abridge; Suki"),
    _e("AI developer service", "a cloud service that lets developers build their own AI tools on rented models",
       "like hiring a lab's analysers by the test instead of buying the machines",
       aka="AI developer services; Azure OpenAI; Azure AI Foundry; Amazon Bedrock; AWS Bedrock; Vertex AI; "
           "Google Vertex; Copilot Studio; LangChain; LlamaIndex; Pinecone; Weaviate; Chroma; Hugging Face Hub; "
           "OpenAI API; Claude API; Gemini API; GitHub Copilot"),
    _e("upload speed", "how fast a connection sends data out, such as your video on a call",
       "like the outflow of a drain: the line can be wide one way and narrow the other",
       aka="upload speeds; download speed; download speeds; speed test; speed tests; Mbps; megabits per second; "
           "line speed; line speeds"),
    _e("P2 incident", "an IT fault graded second most urgent, fixed within hours rather than minutes",
       "like an urgent but not emergency referral: seen today, not this minute",
       aka="P2 incidents; P3 incident; P3 incidents; P4 incident; P2 ticket; P2 tickets; P3 ticket; P3 tickets; "
           "P2 call; P3 call; Sev2 incident"),
    _e("blocked until", "waiting and unable to go on until someone else does their part",
       "like a discharge waiting on the TTOs: nothing more the ward can do until pharmacy acts",
       aka="ticket is blocked; story is blocked",
       amb="blocked until",
       cues="supplier; vendor; ticket; tickets; story; stories; sprint; work; task; tasks; test login; access; "
            "IT; developer; developers; release; change; approval; sign-off; build"),
    _e("NHSmail", "the NHS's own secure email service, used by staff across trusts and practices",
       "like the internal post between NHS sites, but for email",
       aka="NHS mail; NHS.net; nhs.net account; nhs.net address; NHSmail account; NHSmail address"),
    _e("room mailbox", "an email address for a meeting room, so you book the room by inviting it to the meeting",
       "like the room diary at reception, except the room answers the invite itself",
       aka="room mailboxes; resource mailbox; resource mailboxes; room calendar; room calendars; room finder; "
           "Room Finder; Teams Rooms; Teams Room; Microsoft Teams Rooms; Surface Hub; room system; room systems; "
           "meeting room kit"),
    _e("schedule send", "write an email now but have it sent at a time you choose",
       "like leaving a letter with the clerk to post on Monday",
       aka="scheduled send; delay delivery; delayed delivery; undo send; Quick Steps; Quick Step; "
           "colour categories; color categories; Other inbox; Focus Assist; Immersive Reader; Do Not Forward"),
    _e("meeting options", "the settings for a Teams meeting: who waits in the lobby, who may present or unmute",
       "like the chair's rules for a meeting: who may speak and who waits outside",
       aka="meeting option; co-organiser; co-organisers; co-organizer; co-organizers; presenter role; attendee "
           "role; large gallery; spotlight a speaker; spotlighted; pin a video; pinned video; wait in the lobby; "
           "bypass the lobby"),
    _e("team site", "a SharePoint space for one team's files, lists and pages",
       "like the department's filing room, kept online and shared with the team",
       aka="team sites; hub site; hub sites; communication site; communication sites; comms site; document set; "
           "document sets; site contents; site permissions; site owner; site owners; site members",
       amb="comms site; site owner; site owners; site members",
       cues="SharePoint; Teams; files; file; folder; folders; page; pages; permissions; access; document; "
            "documents; library; list; lists"),
    _e("video editing app", "a simple program to cut and caption videos, such as Clipchamp",
       "like trimming and labelling a recorded teaching session before it goes on the shared drive",
       aka="video editing apps; Clipchamp; Stream video; Sway; Viva Insights; Viva Connections; Viva Learning; "
           "Viva Engage community",
       amb="Sway", cues="Microsoft; presentation; newsletter; page; video; Teams; SharePoint; made; make; "
                        "built; share; shared; link"),
]


#: Verbs an analyst uses for the work itself: standing systems up, hardening them, wrangling data.
_WIDER_VERB_ROWS = [
    _e("stood up", "set up and switched on: a new server, service or team made ready to use",
       "like opening a new escalation ward: beds, staff and kit in place before the first patient",
       aka="stood-up", amb="=; stood-up",
       cues="server; servers; service; services; environment; environments; database; cloud; VM; instance; "
            "instances; cluster; platform; pipeline; API; test system; sandbox; dashboard"),
    _e("harden", "make a computer or system harder to break into by switching off what it does not need",
       "like locking every door on the ward that nobody uses, not only the main one",
       aka="hardens; hardened; hardening; security hardening; server hardening; hardened image; hardened build",
       amb="harden; hardens; hardened; hardening",
       cues="server; servers; laptop; laptops; PC; PCs; system; systems; security; settings; build; image; "
            "firewall; cyber; configuration; config; Windows; network",
       anti="arteries; artery; skin; callus; stool; stools; liver; attitude; attitudes; views; resolve; "
            "cement; plaster; glue; steel"),
    _e("data wrangling", "the slow work of cleaning, reshaping and joining messy data before it can be used",
       "like sorting a mixed-up pile of paper notes into order before you can read the story",
       aka="wrangle; wrangled; wrangling; data munging; munge; munged; munging; slice and dice; sliced and "
           "diced; slicing and dicing; data prep; data preparation",
       amb="wrangle; wrangled; wrangling; slice and dice; sliced and diced; slicing and dicing",
       cues="data; dataset; datasets; extract; spreadsheet; table; tables; columns; rows; figures; numbers; "
            "Python; SQL; report; dashboard"),
    _e("hard-coded", "written straight into a program so it cannot be changed without changing the program",
       "like a dose printed on the form instead of a box to write it in",
       aka="hardcoded; hard coded; hard-coding; hardcoding; hard code; hard-code; hardcode"),
    _e("repro", "make a reported fault happen again on purpose, so it can be studied and fixed",
       "like re-examining the patient to elicit the sign the GP described",
       aka="repros; repro steps; steps to reproduce; reproduce the bug; reproduced the bug; reproduce the fault; "
           "reproduced the fault; reproduce the issue; reproduced the issue; can't reproduce; cannot reproduce; "
           "couldn't reproduce"),
    _e("roll forward", "fix a broken release by putting out a newer fix, rather than going back to the old version",
       "like treating a drug reaction with an antidote rather than only stopping the drug",
       aka="rolls forward; rolled forward; rolling forward; roll-forward; fix forward; fixed forward; fix-forward"),
    _e("white-label", "a product made by one company and sold under another's name",
       "like a hospital's own-brand leaflet written by a national charity",
       aka="white-labelled; white labelled; white-labeled; white label; white-labelling; reskin; reskinned; "
           "reskinning; re-skin; re-skinned; rebadged; rebadge",
       amb="rebadged; rebadge",
       cues="app; apps; product; products; supplier; vendor; software; platform; portal; NHS; system; brand"),
    _e("timebox", "give a piece of work a fixed amount of time and stop when it runs out, finished or not",
       "like a fixed ten-minute slot per patient on the post-take round",
       aka="timeboxes; timeboxed; timeboxing; time-box; time-boxed; time-boxing; spike; spikes; a two-day spike",
       amb="spike; spikes",
       cues="sprint; sprints; story; stories; ticket; tickets; backlog; developer; developers; technical spike; "
            "library; code",
       anti="temperature; fever; pyrexia; admissions; attendances; cases; infections; potassium; BP; glucose; "
            "sugar; sugars; COVID; flu; demand; referrals; troponin; lactate; pain"),
    _e("planning poker", "a team's way of sizing each piece of work, everyone showing an estimate at once",
       "like each member of the MDT writing down a view before anyone speaks, so nobody just follows the chair",
       aka="refinement sessions; groom the backlog; grooming session; story pointing; pointing session; T-shirt "
           "sizes; planning poker; three amigos"),
    _e("containerise", "package a program with everything it needs so it runs the same on any computer",
       "like a grab bag for an emergency transfer: everything needed travels in one sealed bag",
       aka="containerising; containerize; containerizing; dockerise; dockerised; dockerize; dockerized; "
           "container image; container images; Dockerfile; Docker image; Docker images"),
]


_WIDER_SOCIAL_ROWS = [
    _e("ratioed", "when the replies disagreeing with a post far outnumber the likes it gets",
       "like a proposal at the departmental meeting that draws ten objections for every nod",
       aka="ratio'd; got ratioed; getting ratioed; pile-on; pile-ons; piled on; dogpile; dogpiled; subtweet; "
           "subtweets; subtweeted; quote-tweeted; quote tweeted; quote post; quote posts; quote-posted"),
    _e("verified account", "an account the platform has marked (often with a tick) as belonging to who it says",
       "like a name badge issued by the trust rather than one handwritten",
       aka="verified accounts; blue tick; blue ticks; blue check; blue checks; checkmark; verification badge; "
           "brand account; brand accounts; official account; official accounts; parody account; parody accounts"),
    _e("For You page", "the stream of posts an app picks for you from strangers, rather than from people you follow",
       "like a journal that chooses articles by what you lingered on last time, not what you subscribed to",
       aka="For You feed; FYP; For You tab; Discover tab; Explore page; Explore tab; recommended feed"),
    _e("social media scheduler", "a tool that posts to several social media accounts at times you set in advance",
       "like leaving the week's notices with the ward clerk to pin up one each morning",
       aka="social media schedulers; scheduling tool; scheduling tools; Hootsuite; Buffer app; Sprout Social; "
           "content calendar; content calendars; social calendar; posting schedule"),
    _e("click-through rate", "the share of people who saw a link and clicked on it",
       "like the share of patients sent a leaflet who then rang the number on it",
       aka="click-through rates; click through rate; clickthrough rate; CTR; click-throughs; click-through; "
           "link in bio; link-in-bio; landing page; landing pages; call to action; CTA; CTAs; UTM; UTM code; "
           "UTM codes; conversion rate; conversion rates",
       amb="call to action; conversion rate; conversion rates",
       cues="post; posts; click; clicks; link; links; page; website; campaign; social media; LinkedIn; Instagram; "
            "button; email; newsletter; ad; ads"),
    _e("lurker", "someone who reads a group or feed but never posts",
       "like the student at the back of grand round who listens but never asks",
       aka="lurkers; lurk; lurking; lurked", amb="lurk; lurking; lurked",
       cues="group; groups; forum; forums; chat; channel; Teams; WhatsApp; post; posts; online; feed; thread"),
    _e("carousel post", "a post made of several pictures or slides that people swipe through",
       "like a short slide deck pinned to the noticeboard",
       aka="carousel posts; carousels; swipe post; swipe-through post; Substack; Substack post; Medium post; "
           "Medium article; Threads post; Bluesky post; Mastodon post"),
    _e("content moderation", "checking posts and removing those that break the rules",
       "like the editor of the staff newsletter deciding what may go in",
       aka="content moderator; content moderators; moderated comments; comment moderation; takedown request; "
           "takedown requests; takedown notice; report the post; reported the post; community manager; "
           "community managers; community guidelines"),
]


_WIDER_EHR_SCREEN_ROWS = [
    _e("results routing", "the record system's rules for which clinician's inbox each result is sent to",
       "like the lab's list of which consultant gets which reports, kept inside the computer",
       aka="result routing; routing rules; routing rule; results routed; result routed; message pool; "
           "message pools; in-basket pool; in-basket pools; pool inbox; shared pool; result note; result notes"),
    _e("after visit summary", "the printout or app page the record system makes for a patient at the end of a visit",
       "like the discharge leaflet, filled in by the computer from what was recorded",
       aka="after-visit summary; after visit summaries; AVS; visit summary printout; patient summary printout",
       exp="after visit summary"),
    _e("held orders", "orders written in advance that stay on hold until someone releases them, for example at transfer",
       "like a drug chart written up for the ward, waiting to be signed off on arrival",
       aka="hold orders; held order; release the held orders; released the held orders; release held orders; "
           "pend the order; pended the order"),
    _e("order questions", "the boxes the record system makes you fill in before an order will go",
       "like the questions on a paper request card, but the computer will not accept it without them",
       aka="order question; mandatory order question; mandatory order questions; order entry questions"),
    _e("chart correction", "fixing something filed in the wrong patient's record or in the wrong place",
       "like the medical records team moving a letter filed in the wrong notes",
       aka="chart corrections; misfiled result; misfiled results; misfiled document; misfiled documents; "
           "wrong-patient error; wrong patient error; wrong-patient errors; record correction; record corrections"),
    _e("Synopsis", "a screen in Epic that lays out a patient's results and observations over time",
       "like a flow chart of the obs and bloods laid side by side",
       aka="Epic Synopsis; Results Review; Chart Review activity; the Storyboard; Epic Storyboard; Snapshot "
           "activity; navigators",
       amb="Synopsis; navigators",
       cues="Epic; EHR; EPR; tab; screen; activity; click; open; record; chart; Results Review"),
    _e("handoff tool", "the part of the record system where teams write and print the handover list",
       "like the paper handover sheet, kept in the record and updated by everyone",
       aka="handoff tools; handoff report; handoff reports; sign-out report; sign-out reports; electronic handover; "
           "e-handover; handover tool; handover tools; handover module; patient list report",
       amb="handover tool; handover tools", cues="EHR; EPR; Epic; Cerner; system; print; printed; column; "
                                                 "columns; built; build; electronic; module"),
    _e("patient flow board", "a screen showing every bed or ED patient, their status and what they are waiting for",
       "like the big whiteboard in the bed manager's office, but on every screen",
       aka="patient flow boards; electronic whiteboards; e-whiteboards; track board; trackboard; ED tracking "
           "board; TeleTracking; Nervecentre board; Extramed; Alcidion",
       amb="track board",
       cues="screen; screens; system; electronic; EHR; EPR; dashboard; updated; updates; click; column; columns; "
            "live; colour; colours; icon; icons"),
]


#: Ninth round: words two outside writers used that no family held (office corners, code
#: history, cloud set-up, model types, networks, terminology servers, telephony, analytics
#: and web measures, phones and devices).
_ROUND9_ROWS = [
    _e("document library", "a shared folder on a team site that keeps every version of each file",
       "like the ward's policy folder, where the old versions are kept behind the current one",
       aka="document libraries; doc library; section group; section groups; notebook section"),
    _e("PDF/A", "a kind of PDF made to be kept and opened unchanged for many years",
       "like writing the final discharge letter in ink rather than pencil", aka="PDF-A"),
    _e("squash", "merge several saved steps of code into one, to make the history easier to read",
       "like rewriting three scribbled notes as one clean entry",
       aka="squashed; squashing; squash the commits; squashed the commits", amb="squash; squashed; squashing",
       cues="commit; commits; history; branch; merge; git; code; changes; PR; pull request",
       anti="squash court; squash club; played squash; playing squash; orange squash; drink"),
    _e("landing zone", "the ready-made, locked-down area in the cloud that a new system is put into",
       "like the prepared bay with oxygen and monitors set up before the patient arrives",
       aka="landing zones", amb="landing zone; landing zones",
       cues="cloud; Azure; AWS; data; security; controls; set up; build; built; team; subscription",
       anti="helicopter; helipad; air ambulance; plane"),
    _e("geo-redundant", "kept in two far-apart places, so one disaster cannot destroy every copy",
       "like keeping the backup blood stock at a second hospital across town",
       aka="geo redundant; geo-redundancy; geo-replicated; geo-replication; "
           "second region; paired region"),
    _e("random forest", "a kind of prediction model that asks many simple yes-no trees and takes the majority",
       "like asking a hundred registrars for a quick call and going with the most common answer",
       aka="random forests; decision tree; decision trees; gradient boosting; XGBoost; boosted trees; "
           "logistic regression model", amb="decision tree; decision trees",
       cues="model; AI; predict; prediction; trained; training; data; algorithm; machine learning; ML; features",
       anti="clinical decision tree; flowchart; flow chart; protocol; pathway; guideline; guidelines"),
    _e("model features", "the pieces of information a prediction model looks at to make its guess",
       "like the items on an early warning score: each one feeds the total",
       aka="features", amb="features",
       cues="model; SHAP; predicted; prediction; predict; risk score; trained; training; machine learning; ML; "
            "algorithm; importance; input; inputs",
       anti="new features; app; release; update; version; product; facial features; clinical features; "
            "features of; presenting features; features in keeping"),
    _e("traceroute", "a test that lists every hop a message makes across the network",
       "like tracking a sample through every lab it passes on the way to the result",
       aka="trace route; tracert; ping test"),
    _e("network backbone", "the main high-capacity cables that join the buildings and everything else hangs off",
       "like the main corridor every ward opens on to",
       aka="backbone; fibre backbone; core network", amb="backbone",
       cues="network; fibre; fiber; cable; cables; buildings; link; links; cut; switch; data; IT",
       anti="spine; spinal; back; vertebra; vertebrae; the backbone of the team; backbone of the"),
    _e("downstream system", "a system that receives data from another and depends on it",
       "like the ward that receives a patient after ED: whatever ED sends, it has to cope with",
       aka="downstream systems; upstream system; upstream systems; downstream; upstream",
       amb="downstream; upstream",
       cues="system; systems; feed; feeds; data; message; messages; interface; EPR; PAS; ADT; break; breaks"),
    _e("concept ID", "the number that stands for one clinical idea in a coded terminology such as SNOMED CT",
       "like the BNF code for a drug: a fixed number behind the name",
       aka="concept IDs; SNOMED code; SNOMED codes; concept code; reference set; reference sets; refset; refsets; "
           "code list; code lists; terminology server", amb="code list; code lists",
       cues="SNOMED; diagnosis; diagnoses; pick list; drop-down; dropdown; coded; EPR; form; search"),
    _e("shift left", "deal with problems earlier in the work, when they are cheaper to fix",
       "like screening at the GP instead of treating late in hospital",
       aka="shifting left; shifted left; shift-left"),
    _e("table stakes", "the minimum anyone now expects, not something that sets you apart",
       "like hand hygiene: nobody gets credit for it, but missing it counts against you",
       aka="table-stakes"),
    _e("digital twin", "a computer copy of a real place or process, used to try changes safely",
       "like a simulation ward: rehearse the change before doing it for real",
       aka="digital twins"),
    _e("HTTP status code", "the number a web service sends back to say what happened, such as 404 not found",
       "like a lab flag on a result: a code that says normal, not found or not allowed",
       aka="HTTP error; HTTP errors; status code; status codes; returning a 401; returns a 401; returned a 401; "
           "returning a 403; returns a 403; returning a 404; returns a 404; returned a 404; returning a 500; "
           "returns a 500; returned a 500; 401 error; 403 error; 502 error; 503 error; "
           "error 401; error 403; bad gateway"),
    _e("row-level security", "a rule in a report that shows each person only the rows they are allowed to see",
       "like a clinic list that only shows each consultant their own patients",
       aka="row level security; RLS; object-level security"),
    _e("bounce rate", "the share of visitors who leave a web page without doing anything else",
       "like patients who turn up at reception and walk out before being seen",
       aka="bounce rates; drop-off rate; drop off; conversion funnel; funnel; event tracking; "
           "tracking events; click tracking; page views; page view; heat mapping",
       amb="funnel; drop off",
       cues="page; pages; web; website; site; booking; visitors; users; clicks; portal; online; app; analytics; "
            "shows; data",
       anti="referral funnel; kitchen; cooking; filter funnel; chimney; drop off the; drop-off point; "
            "dropped off to sleep"),
    _e("Bluetooth Low Energy", "a low-power kind of short-range wireless link used by small devices",
       "like a quiet, low-dose version of the same treatment: it does less but lasts much longer",
       aka="BLE; Bluetooth LE"),
    _e("work profile", "a walled-off part of your own phone that holds only work apps and data",
       "like a locked drawer for work papers in your own desk at home",
       aka="work profiles; managed profile; containerised apps"),
    _e("Excel date serial", "the plain number Excel stores a date as (days since 1900) before it is formatted",
       "like a hospital number standing in for a patient: the number is real, but you need the lookup to read it",
       aka="serial number date; serial numbers; date serial; date serials", amb="serial numbers",
       cues="Excel; dates; date; spreadsheet; cell; cells; 45292; format; formatted; column; came in; stored",
       anti="device; devices; asset; scanner; product; batch; lot; implant"),
    _e("cumulative update", "a bundle of all the fixes Microsoft has released for Windows so far, installed in one go",
       "like a catch-up vaccination that gives all the missed doses at one visit",
       aka="cumulative updates; feature update; feature updates; Patch Tuesday"),
    _e("PRINCE2", "a widely used, formal method for running projects in stages with set documents and sign-offs",
       "like a care pathway for projects: set steps, set reviews, named owners",
       aka="PRINCE 2; Prince2; stage gate; stage gates; gateway review; gateway reviews; "
           "highlight report; highlight reports",
       amb="gateway review; gateway reviews",
       cues="project; projects; PRINCE2; stage; sign-off; sign off; programme; board; approve; approved; plan"),
    _e("desk-side support", "an IT engineer who comes to your desk to fix a problem in person",
       "like a bedside review instead of advice over the phone",
       aka="deskside support; desk side support; hardware fault; hardware faults"),
    _e("SPC chart", "a run chart with limits that shows whether a change is real or just normal ups and downs",
       "like a patient's obs chart with a normal band drawn on: a point outside the band means something changed",
       aka="SPC charts; statistical process control; control chart; control charts; control limits; control limit; "
           "special cause; common cause; special cause variation; common cause variation; run chart; run charts; "
           "making data count", amb="control limits; control limit; special cause; common cause; run chart",
       cues="chart; SPC; data; points; point; week; weeks; shift; trend; variation; noise; month; months; outside"),
    _e("tooltip", "the small box that appears when you rest the mouse on something, saying what it is",
       "like the label that pops up on an infusion pump when you press a button",
       aka="tooltips; hover text; mouseover; mouse-over"),
    _e("eSIM", "a phone's SIM built into the handset, set up by download instead of a little card",
       "like an electronic prescription: the same thing, with no paper to hand over",
       aka="eSIMs; e-SIM; embedded SIM"),
    _e("sideload", "put an app onto a phone or tablet from outside the approved app store",
       "like a patient bringing in their own medicines that pharmacy never checked",
       aka="sideloaded; sideloading; side-loaded; side-loading; sideloads"),
    _e("serial port", "an old kind of socket for sending data one bit at a time, still found on medical devices",
       "like a single-lane bridge: slow, simple and still holding up old traffic",
       aka="serial ports; serial cable; serial connection; RS-232; RS232; COM port; COM ports"),
    _e("responsive design", "a web page that rearranges itself to fit a phone, tablet or big screen",
       "like a leaflet that comes in large print or pocket size from the same text",
       aka="responsive; mobile-friendly; mobile friendly", amb="responsive",
       cues="page; pages; website; site; web; phones; phone; mobile; screen; screens; layout; design; app; browser",
       anti="patient; patients; treatment; therapy; pupils; pupil; reflex; reflexes; responsive to; "
            "unresponsive; voice; pain; GCS; AVPU; team; staff; manager"),
    _e("hunt group", "a set of phones that share one number, so a call goes to whichever is free",
       "like the on-call bleep that rings whoever is holding it tonight",
       aka="hunt groups; call queue; call queues; call group; call groups; ring group; ring groups; call routing; "
           "IVR; phone tree; auto attendant", amb="call queue; call queues; call group; call groups",
       cues="calls; call; phone; phones; number; clinic; switchboard; ring; rings; free; picks up; telephony"),
    _e("codec", "the method a device uses to squeeze sound or video for sending, and unsqueeze it again",
       "like the shorthand two wards agree for handover: both ends must know it",
       aka="codecs; video codec; audio codec; bitrate; bit rate; frame rate; packet loss on the call"),
    _e("call twinning", "making your desk phone number ring on your mobile too",
       "like having your bleep forwarded to your mobile when you are off site",
       aka="twinning; twinned; single number reach; call divert; divert; diverted",
       amb="twinning; twinned; divert; diverted",
       cues="calls; call; desk; phone; mobile; extension; number; phones; away; Teams",
       anti="town; towns; city; cities; twinned with; twin town; ambulance; ambulances; diverted to; "
            "flights; flight; traffic; road"),
    _e("echo cancellation", "what a meeting-room system does to stop the far end hearing itself back",
       "like the nurse who mutes the monitor alarm so the room can hear the patient",
       aka="echo cancelling; acoustic echo; feedback loop on the call"),
    _e("softphone", "a phone that runs as a program on your computer, using a headset",
       "like having the ward phone on your laptop wherever you are",
       aka="softphones; soft phone; soft phones; soft client; VoIP phone; SIP phone"),
]


_ROWS = (
    (OFFICE, _OFFICE_ROWS),
    (DELIVERY, _DELIVERY_ROWS),
    (AI_TALK, _AI_ROWS),
    (EHR_WORK, _EHR_WORK_ROWS),
    (BUZZWORD, _MEETING_ROWS),
    (GENERAL, _GENERAL_ROWS),
    (HEALTH, _HEALTH_ROWS),
    (SOCIAL, _SOCIAL_ROWS),
    (DATA, _DATA_ROWS),
    (SECURITY, _SECURITY_ROWS),
    (BUZZWORD, _BUZZWORD_ROWS),
    (DATA, _WIDER_SHEET_ROWS),
    (GENERAL, _WIDER_DEVICE_ROWS),
    (SECURITY, _WIDER_ACCESS_ROWS),
    (GENERAL, _WIDER_SUPPORT_ROWS),
    (HEALTH, _WIDER_INTEGRATION_ROWS),
    (DATA, _WIDER_ANALYTICS_ROWS),
    (GENERAL, _WIDER_CLOUD_ROWS),
    (DATA, _WIDER_DATA_ROWS),
    (GENERAL, _WIDER_CODE_ROWS),
    (AI_TALK, _WIDER_AI_ROWS),
    (SECURITY, _WIDER_SECURITY_ROWS),
    (GENERAL, _WIDER_NETWORK_ROWS),
    (HEALTH, _WIDER_EHR_ROWS),
    (BUZZWORD, _WIDER_TALK_ROWS),
    (OFFICE, _WIDER_OFFICE_ROWS),
    (GENERAL, _WIDER_PRODUCT_ROWS),
    (GENERAL, _WIDER_VERB_ROWS),
    (SOCIAL, _WIDER_SOCIAL_ROWS),
    (GENERAL, _ROUND9_ROWS),
    (HEALTH, _WIDER_EHR_SCREEN_ROWS),
)


#: Technology so everyday that a clinician does not need it explained ("app", "Wi-Fi",
#: a social media "post"); flagged only when no particular reader is chosen.
BASIC_TERMS: frozenset[str] = frozenset({
    "app", "browser", "Wi-Fi", "post", "download", "upload", "website", "email", "username", "tab",
    "emoji", "selfie", "webcam", "screenshot", "search engine", "home screen", "lock screen", "podcast",
    "blog", "hashtag", "group chat", "USB", "QR code", "Instagram", "Twitter", "TikTok", "LinkedIn",
    "Snapchat", "Reddit", "Bluetooth", "desktop", "mouse", "tablet", "webinar", "password", "laptop",
    "printer", "software update", "screen sharing", "NHS App", "NHS login", "ChatGPT", "AI", "online",
    "stream", "livestream", "story", "reel", "tag", "web", "crash", "NHSmail",
    # the clinical systems and screens of a consultant's own working day
    "EPR", "PACS", "PAS", "smartcard", "e-prescribing", "patient portal",
    "information governance", "portal", "dashboard", "backup", "calendar invite", "mute", "Teams meeting", "reply all", "cursor", "error message", "bug",
})

#: Words that say "we are talking about computers" near an ambiguous word of the
#: office, delivery, AI and EHR families (added to each of their cues).
_TECH_CONTEXT = ("software; IT; app; apps; computer; laptop; server; servers; supplier; vendor; upgrade; login; "
                 "database; network; cloud; EHR; EPR; code; developer; developers; AI; Epic; Cerner; Teams; "
                 "Outlook; SharePoint; Slack; chatbot; model; tool; summariser; summarizer; assistant; "
                 "channel; inbox; mailbox; notification; notifications; flowsheet; template; row; rows")
_TECH_CONTEXT_ROWS = ("office and file sharing", "software delivery", "AI", "EHR workflow")

#: Words that say "we are looking at a table of data", added to the cues of every ambiguous
#: word in the data family ("a null in every row", "duplicates in the extract").
_DATA_CONTEXT = ("row; rows; column; columns; field; fields; table; tables; dataset; datasets; spreadsheet; "
                 "database; extract; query; queries; dashboard")

#: More context cues for some ambiguous technical words (added to the row's own cues).
_MORE_CUES: dict[str, str] = {
    "classifier": "scans; scan; radiologists; by hand; labelled; labeled; threshold; examples",
    "endpoint": "NHS number; missing",
    "macro": "workbook; workbooks; buttons; blocked; spreadsheets",
    "hallucination": "reference; references; citation; citations; source; sources; answer; answers; fake; "
                     "doesn't exist; does not exist; confidently; summary",
    "prompt": "needs to say; wording; ask it; asked it; your prompt; the prompt; better prompt; prompts; "
              "give it; gave it; tell it; told it; clearer prompt; clear prompt; good prompt; longer prompt; "
              "shorter prompt; write a prompt; wrote a prompt; the answers; its answers; answers get",
    "Copilot": "summarise; summary; meeting; transcription; draft; email",
    "schema": "changed; broke; report; reports; columns",
    "latency": "between; sites; slow; delay; high; low; seconds; minutes; data; feed; monitors; about",
    "query": "pull; pulls; pulled; wrote; write; every; admissions",
    "algorithm": "patients; miss; appointments; risk; score; flag",
    "guardrails": "supplier; vendor; refuses; refuse; refused; advice; dosing",
    "fine-tuning": "similar; find; wording; by itself; on its own; autonomously; approve; book; low; high; "
                   "consistent; creative; set the",
    "Epic": "going live; go-live; live with; moving to; switch to",
    "log files": "show; showed; shows; interface; messages; stopped; at 2am; overnight",
    "server": "*",
    "interface": "lab; results; messages; went down; feed; feeds; sends; sent; sending; passes; passed; "
                 "stopped",
    "temperature": "different answer; different answers; same answer; answers vary; set to zero; randomness; "
                   "creative; predictable",
    "backlog": "known issue; issue; issues; bug; bugs; supplier; vendor; fix; on the backlog; onto the backlog; "
               "to the backlog; in the backlog; top of the backlog; off the backlog; the product backlog; "
               "request; feature request; this month's work; next sprint; story; stories",
    "model": "accuracy; trained; predicts; training; classifier",
    "beta": "supplier; vendor; running a; pilot; trusts",
    "workstream": "supplier; login; fix; fixes; until; vendor; system; IT",
}


#: Coding and activity words (spells, HRGs) kept with the technology glossary: they are
#: jargon to clinicians and to analysts new to the NHS alike.
HEALTH_DATA_TERMS: frozenset[str] = frozenset({
    "HES", "HRG", "SUS", "PROMs", "OPCS-4", "ICD-10", "Read codes", "ODS code",
    "national data opt-out", "population health management", "risk stratification",
})

#: Health-service ideas a clinician lives with but an analyst new to the NHS may not know.
SERVICE_TERMS: frozenset[str] = frozenset({"virtual ward"})

#: The clinical systems a clinician logs in to every day: never "spell out" for them.
CLINICAL_SYSTEM_ACRONYMS: frozenset[str] = frozenset({"EPR", "PACS", "PAS", "EPMA"})

#: Technical acronyms an analyst uses daily: a technology reader is never told to spell these out.
EVERYDAY_TECH_ACRONYMS: frozenset[str] = frozenset("""
API APIs URL URLs CSV SQL JSON XML HTML HTTP HTTPS CSS JS PR PRs CI CD QA UAT UI UX OS CPU GPU RAM SSD HDD
USB LAN WAN VPN DNS IP TCP SSH FTP SFTP SMTP IMAP SSO MFA OTP AWS GCP VM VMs SaaS PaaS IaaS SDK IDE
CLI GUI ETL ELT BI KPI KPIs OKR OKRs SLA SLAs SLO ML AI LLM LLMs NLP GPT RAG OCR ERP CRM CMS IoT AR VR
EHR EPR EMR FHIR HL7 PACS DICOM RBAC GDPR DPIA ICT MVP ROI QR JPEG PNG GIF MB GB KB ASCII UTF
YAML REST CRUD DB ORM MVC OOP TDD SRE NOC SOC SIEM EDR DDoS XSS SIM NFC GPS WWW AD LDAP O365 M365
PWA APK SMS MMS VoIP IM DM CTO CIO CCIO CISO DPO SIRO RPA ADO MR MRs DR RPO RTO EOD COB OOO FYI
IDs PDFs CSVs DLs SNOMED LIMS PAS RIS MPI EPMA CPOE EPS SCR PDS TRE BAU UAT EOL ASAP POC
""".split())

#: Shapes that give a technical word away: (domain, {part: (suggestion, canonical)},
#: exceptions, pattern) as in :data:`rmcoach.tips.clinical_glossary.FAMILIES`.
FAMILIES: tuple[tuple[Any, ...], ...] = (
    ("tech", {
        "ware": ("a kind of software; name what it does instead", "-ware"),
        "wares": ("a kind of software; name what it does instead", "-ware"),
    }, frozenset("""
        software hardware aware beware unaware glassware silverware kitchenware homeware homewares tableware
        earthenware stoneware cookware ironware flatware delaware ovenware giftware wares
    """.split()), r"(?i)[a-z]{{3,}}({})"),
    ("tech", {stem: ("a computing verb made with -ise; say what was done to the data in plain words",
                     f"{stem}ise") for stem in (
        "parameter", "token", "container", "virtual", "serial", "vector", "modular", "hardcod", "synchron",
        "pseudonym", "tokenis", "sandbox")},
     frozenset(), r"(?i)({})(?:is|iz)(?:e|ed|es|ing|ation|ations)"),
    ("tech", {
        "cyber": ("an online-security word; say 'online attack' or 'computer security'", "cyber-"),
    }, frozenset(), r"(?i)({})[a-z]{{4,}}"),
    ("tech", {
        "": ("a product or tool name; say what it does in plain words ('the shared file store')",
             "product name"),
    }, frozenset("""
        youtube whatsapp powerpoint facetime linkedin paypal fedex blackberry tripadvisor playstation
        easyjet airbnb bbc mcdonald mcdonalds macbook itunes iphone ipad ebay jpmorgan nhsmail
        deepmind chatgpt openai respect moca dols systmone nhsmail
    """.split()), r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|O)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*({})"),
)


#: Shapes of written technology talk that no list can keep up with, matched on the text
#: itself for a reader who is new to technology.  Each is (domain, trigger words, pattern,
#: the word before, suggestion, canonical): the pattern runs only when one of the trigger
#: words is in the text (which keeps the check fast); "the word before", when given, is
#: taken into the finding and must be one of the listed words (or any word for "*").
#: A keyboard shortcut, a file's type ending, a version number, an @-mention, a
#: system-made word with the "e-" of electronic ("e-obs", "e-consent"), a compound built on a technology head ("role-based", "cloud-native",
#: "platform-agnostic", "-as-a-service"), a named mode of a device or program, and the
#: kinds of launch and release.
_MODE_HEADS = ("shadow dark safe offline airplane aeroplane flight kiosk debug test maintenance read-only "
               "incognito presenter full-screen fullscreen developer demo compatibility low-power power-saving "
               "background headless batch sandbox preview beta standby hibernate tablet desktop edit editing")
_LAUNCH_HEADS = "soft hard phased staged staggered limited beta alpha big-bang bang canary dark silent shadow gradual"
#: What a system does by itself, written as one word with "auto" ("autoscales", "auto-saved"); each
#: form is also a trigger word, so the shape runs whenever one of them is in the text.
_AUTO_WORDS = ("send sends sent save saves saved fill fills filled complete completes completed refresh "
               "refreshes refreshed reply replies archive archives archived forward forwards forwarded sync syncs "
               "synced logout logsout logoff lock locks locked scale scales scaled scaling update updates updated "
               "file files filed print prints printed populate populates populated correct corrects corrected "
               "delete deletes deleted renew renews renewed restart restarts restarted approve approves approved "
               "assign assigns assigned close closes closed escalate escalates escalated generate generates "
               "generated import imports imported book books booked tag tags tagged escalation escalations refer "
               "refers referred referral referrals notify notifies notified notification notifications discharge")
_BASED_HEADS = ("role rule cloud web browser server token attribute app api ai ml model event certificate "
                "container microservice")
SHAPES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("tech", "ctrl control cmd command alt option shift win fn",
     r"\b(?:Ctrl|CTRL|Control|Cmd|CMD|Command|Alt|ALT|Option|Shift|Win|Fn) ?\+ ?[A-Za-z0-9]{1,6}\b"
     r"(?: ?\+ ?[A-Za-z0-9]{1,6}\b)*", "",
     "a keyboard shortcut; say what it does and which keys to press together", "keyboard shortcut"),
    ("tech", "csv xlsx xls xlsm docx pptx json xml zip exe msi sql py js ipynb parquet yaml yml ps1 bat log tsv dmg",
     r"(?<![\w.])[\w-]*\.(?:csv|xlsx|xls|xlsm|docx|pptx|json|xml|zip|exe|msi|sql|py|js|ipynb|parquet|ya?ml|ps1|bat|"
     r"log|tsv|dmg)\b",
     "", "a file's type ending; say what kind of file it is ('a spreadsheet file')", "file type"),
    ("tech", "v1 v2 v3 v4 v5 v6 v7 v8 v9 v10 v11 v12", r"\bv\d+(?:\.\d+)*\b", "",
     "a version number; say 'the second version' or 'the update from May'", "version number"),
    ("tech", "mention mentions mentioned mentioning", r"@[- ]?mention(?:s|ed|ing)?\b", "",
     "tagging someone by name so the message tells them; say 'tag me' or 'put my name in it'", "@mention"),
    ("tech", "@", r"(?<![\w.@])@(?:[A-Za-z][\w.'-]*[A-Za-z0-9]|[A-Za-z]\b| ?(?:me|them|him|her|you|us)\b)"
                  r"(?![\w.-]*\.[a-z]{2,}\b)", "",
     "tagging someone by name so the message tells them; say 'put my name in it' or 'tag me'", "@ tag"),
    ("tech", "e", r"\be-(?!mail|mails|mailed|mailing|learning|book|books|cigarette|cigarettes|scooter|scooters|"
                  r"bike|bikes|commerce|petition|ticket|tickets|numbers?|coli|liquid)[a-z]{2,}\b", "",
     "a system-made word with the 'e-' of electronic; say what the computer does ('the observations "
     "typed into the handheld')", "e- word"),
    ("tech", "auto " + " ".join(f"auto{w}" for w in _AUTO_WORDS.split()),
     r"\bauto-?(?:" + "|".join(_AUTO_WORDS.split()) + r")\b", "",
     "something the system does by itself; say what happens and when ('the letter goes to the GP as soon as "
     "you sign it')", "auto- word"),
    ("tech", "#", r"#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)", "",
     "a spreadsheet's error code; say what went wrong ('the lookup found no match for that NHS number')",
     "spreadsheet error"),
    ("tech", "$", r"\$(?<![\w$]\$)[A-Z]{1,3}\$[1-9]\d{0,6}(?:\:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?\b", "",
     "a spreadsheet cell address; say which column and rows you mean ('the ages in column B')", "cell reference"),
    ("tech", "=", r"=\s?[A-Z][A-Z0-9.]{1,14}\(", "",
     "a spreadsheet formula; say what it works out ('it adds up the bed days')", "spreadsheet formula"),
    ("tech", "native agnostic", r"-(?:native|agnostic)\b", "*",
     "a technology word built from another; say plainly what it means for the user", "technical compound"),
    ("tech", "service", r"-as-a-service\b", "*",
     "a technology word built from another; say plainly what it means for the user", "technical compound"),
    ("tech", "based driven enabled powered first ready hosted",
     r"-(?:based|driven|enabled|powered|first|ready|hosted)\b", _BASED_HEADS,
     "a technology word built from another; say plainly what it means for the user", "technical compound"),
    ("tech", "mode", r" mode\b(?! of\b)", _MODE_HEADS,
     "a setting that changes how a device or program behaves; say what it does in that setting", "mode"),
    ("tech", "launch launches launched release releases released rollout rollouts roll live lives golive cutover "
             "cutovers deployment deployments pilot pilots",
     r" (?:launch|launches|launched|release|releases|released|roll-?outs?|go-lives?|cutovers?|deployments?|"
     r"pilots?)\b",
     _LAUNCH_HEADS, "a way of releasing a new system; say who gets it first and when", "launch"),
)

def _looks_like_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    return caps >= 2 and caps * 2 >= len(letters)


def _build() -> tuple[GlossaryEntry, ...]:
    entries = []
    for category, rows in _ROWS:
        for term, alternative, analogy, aka, expansion, amb, cues, anti, senses in rows:
            if term in _MORE_CUES:
                cues = f"{cues}; {_MORE_CUES[term]}"
            if category in _TECH_CONTEXT_ROWS and amb and cues and cues != "*":
                cues = f"{cues}; {_TECH_CONTEXT}"
            if category == DATA and amb and cues and cues != "*":
                cues = f"{cues}; {_DATA_CONTEXT}"
            aliases = _split(aka)
            ambiguous = tuple(term if a == "=" else a for a in _split(amb))
            acronym = bool(expansion) and (_looks_like_acronym(term) or any(_looks_like_acronym(a) for a in aliases))
            domain = ("tech-basic" if term in BASIC_TERMS else "health-data" if term in HEALTH_DATA_TERMS
                      else "service" if term in SERVICE_TERMS else "tech")
            entries.append(GlossaryEntry(
                term=term, alternative=alternative, analogy=analogy, category=category,
                aliases=aliases, acronym=acronym, expansion=expansion,
                ambiguous=ambiguous, cues=_split(cues), anti_cues=_split(anti), domain=domain,
                senses=tuple((_split(c), alt, ana) for c, alt, ana in senses),
            ))
    return tuple(entries)


ENTRIES: tuple[GlossaryEntry, ...]  # provided by __getattr__ below, built on first access
_ENTRIES: tuple[GlossaryEntry, ...] | None = None
_INDEX: dict[str, GlossaryEntry] | None = None


def entries() -> tuple[GlossaryEntry, ...]:
    """All entries (built on first use; also available as ``ENTRIES``)."""
    global _ENTRIES
    if _ENTRIES is None:
        _ENTRIES = _build()
    return _ENTRIES


def __getattr__(name: str) -> tuple[GlossaryEntry, ...]:  # PEP 562: ENTRIES is built on first access
    if name == "ENTRIES":
        return entries()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def lookup_key(text: str) -> str:
    """How a term is looked up: case, hyphens and curly apostrophes ignored."""
    return " ".join(text.replace("-", " ").replace("\u2019", "'").split()).casefold()


def lookup_index(found: Iterable[GlossaryEntry]) -> dict[str, GlossaryEntry]:
    """Each entry by its canonical term, then by its aliases (the first entry wins)."""
    found = tuple(found)
    index: dict[str, GlossaryEntry] = {}
    for entry in found:
        index.setdefault(lookup_key(entry.term), entry)
    for entry in found:
        for alias in entry.aliases:
            index.setdefault(lookup_key(alias), entry)
    return index


def lookup(term: str) -> GlossaryEntry | None:
    """The entry whose canonical term or alias is ``term`` (case and hyphens ignored)."""
    global _INDEX
    if _INDEX is None:
        _INDEX = lookup_index(entries())
    return _INDEX.get(lookup_key(term))
