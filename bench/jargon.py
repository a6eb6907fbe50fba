"""Jargon check throughput (issue 6): a realistic 10,000-word text, checked the way the app checks live."""

from __future__ import annotations

import random
import statistics
import time

# Sentences of the kind a pair writes in session notes, agenda items and teach-backs:
# plenty of plain words, some jargon, acronyms with and without their spelling out.
_SENTENCES = (
    "We went through the patient portal inbox together and cleared the messages from Friday.",
    "Margaret asked why the EHR logs her out after ten minutes; it is a security setting on the ward PCs.",
    "Next time we will set up two-factor authentication on her phone so the login is safer.",
    "She explained how she decides which referrals need a same-day appointment, and I took notes.",
    "The dashboard pulls data from the PACS and the lab system overnight, so it is a day behind.",
    "I showed how to sync the calendar between the laptop and the phone without losing meetings.",
    "We talked about the multidisciplinary team meeting (MDT) and who speaks first.",
    "The video clinic froze twice because the Wi-Fi in the outpatient block drops during busy hours.",
    "Her registrar usually books the rooms, but she wants to do it herself from the shared calendar.",
    "I need to stop saying bandwidth and cache when I mean how fast the connection is.",
    "We practised spotting a phishing email: the sender's address was almost right but not quite.",
    "She told a story about breaking bad news to a family, and what she would do differently now.",
    "The API between the booking system and the portal uses FHIR, which nobody else in the room knew.",
    "Homework: move ten more logins into the password manager and turn on the browser extension.",
    "We agreed the next session would be in the library, away from her office and the phone.",
    "Cloud storage came up again; she worries about where patient photos end up after upload.",
    "I explained that the backup runs every night and that restoring a file takes about an hour.",
    "She asked me to read a referral letter and say which parts a patient would find confusing.",
    "The interoperability project stalled because the two systems disagree about date formats.",
    "We ended by rating the session; both of us found it useful and a little uncomfortable.",
)


def realistic_text(words: int = 10_000, seed: int = 6) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        paragraph = [rng.choice(_SENTENCES) for _ in range(rng.randint(3, 6))]
        text = " ".join(paragraph)
        parts.append(text)
        count += len(text.split())
    return "\n\n".join(parts)


def bench_jargon(repeat: int = 200, reader: str | None = None) -> dict[str, float]:
    """Median and p95 seconds to check the text with one reusable Checker (after warm-up)."""
    from rmcoach.tips.jargon import Checker, UserTerm

    text = realistic_text()
    checker = Checker([UserTerm("WardView", "the electronic bed board on each ward")], ["Wi-Fi"], reader=reader)
    for _ in range(5):  # warm-up: the glossary trie is built on first use
        checker.check(text)
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        found = checker.check(text)
        samples.append(time.perf_counter() - t)
    samples.sort()
    return {"median": statistics.median(samples), "p95": samples[int(len(samples) * 0.95) - 1],
            "words": float(len(text.split())), "findings": float(len(found))}


def bench_build() -> dict[str, float]:
    """Seconds to build each reader's glossary index the first time (once per process)."""
    import importlib

    from rmcoach.tips import jargon

    importlib.reload(jargon)
    out = {}
    for reader in (None, *jargon.READERS):
        t = time.perf_counter()
        jargon.Checker(reader=reader)
        out[str(reader)] = time.perf_counter() - t
    return out


if __name__ == "__main__":
    for reader in (None, "clinical", "technology", "management"):
        result = bench_jargon(reader=reader)
        print(f"reader {str(reader):<10} {result['words']:.0f} words, {result['findings']:.0f} findings: "
              f"median {result['median'] * 1000:.2f} ms, p95 {result['p95'] * 1000:.2f} ms")
    for reader, seconds in bench_build().items():
        print(f"first build of the index for reader {reader:<10} {seconds * 1000:.0f} ms")
