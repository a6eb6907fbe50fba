"""How well the jargon check finds what a given reader would stumble on.

Reads the corpora in ``bench/jargon_corpus/`` (one ``topic: sentence`` a line, the
jargon for that reader marked ``[[like this]]``; topic ``plain`` for sentences with
none) and checks each sentence with that reader.  It prints, per reader and per topic:

* recall - marked terms that a finding overlaps;
* false alarms - plain sentences with at least one finding;
* precision - findings that overlap a marked term, over all findings.

Long-sentence findings are left out: they are not about words.  Run
``python -m bench.jargon_eval`` (``-v`` lists every miss and false alarm).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).with_name("jargon_corpus")
CORPORA = {"clinical": "clinical_reader.txt", "technology": "technology_reader.txt"}
#: written after the glossary was built; read once, then the checker was fixed by families
HELD_OUT = {"clinical": "clinical_reader_heldout.txt", "technology": "technology_reader_heldout.txt"}
#: written after the first round of family fixes; read once, then fixed by families again
HELD_OUT_2 = {"clinical": "clinical_reader_heldout2.txt", "technology": "technology_reader_heldout2.txt"}
#: written after the second round of fixes; read once, then the clinical reader's leaning was added
HELD_OUT_3 = {"clinical": "clinical_reader_heldout3.txt", "technology": "technology_reader_heldout3.txt"}
#: written after the fourth round of fixes; read once, then the checker was fixed by families
HELD_OUT_4 = {"clinical": "clinical_reader_heldout4.txt", "technology": "technology_reader_heldout4.txt"}
#: clinical reader only, written before the fifth round of fixes; read once, then fixed by families
HELD_OUT_5 = {"clinical": "clinical_reader_heldout5.txt"}
#: clinical reader only, written after the fifth round of fixes; read once, then fixed by families
HELD_OUT_6 = {"clinical": "clinical_reader_heldout6.txt"}
#: clinical reader only, written after the set-6 fixes; read once, then fixed by families
HELD_OUT_7 = {"clinical": "clinical_reader_heldout7.txt"}
#: written before the sixth round of fixes (two per reader); read once, then fixed by families
HELD_OUT_8 = {"clinical": "clinical_reader_heldout8.txt", "technology": "technology_reader_heldout5.txt"}
HELD_OUT_9 = {"clinical": "clinical_reader_heldout9.txt", "technology": "technology_reader_heldout6.txt"}
#: written after the sixth round of fixes (one per reader); read once, the estimate for unseen text
HELD_OUT_10 = {"clinical": "clinical_reader_heldout10.txt", "technology": "technology_reader_heldout7.txt"}
#: written at the end of the sixth round (one per reader), after its last change; read once
HELD_OUT_11 = {"clinical": "clinical_reader_heldout11.txt", "technology": "technology_reader_heldout8.txt"}
#: written in the seventh round after its breadth pass, without looking at the glossary; read once
HELD_OUT_12 = {"clinical": "clinical_reader_heldout12.txt", "technology": "technology_reader_heldout9.txt"}
#: written in the eighth round before each reader's breadth pass, without looking at the
#: glossary; read once, then the glossary was widened by families (not by these sets' words)
HELD_OUT_13 = {"clinical": "clinical_reader_heldout13.txt", "technology": "technology_reader_heldout10.txt"}
#: clinical reader only, written at the end of the eighth round after its breadth pass, by the
#: engineer who did the pass (an optimistic estimate); read once
HELD_OUT_14 = {"clinical": "clinical_reader_heldout14.txt"}
#: ninth round: three outside writers who never saw the glossary, the checker or any earlier
#: set, one set each for both readers.  Each was read once before it was used to fix
#: anything (first readings in the corpus README); after that they are development sets.
HELD_OUT_15 = {"clinical": "clinical_reader_heldout15.txt", "technology": "technology_reader_heldout11.txt"}
HELD_OUT_16 = {"clinical": "clinical_reader_heldout16.txt", "technology": "technology_reader_heldout12.txt"}
HELD_OUT_17 = {"clinical": "clinical_reader_heldout17.txt", "technology": "technology_reader_heldout13.txt"}
#: a fourth outside writer, read once after every change of the ninth round: nothing was changed from it
HELD_OUT_18 = {"clinical": "clinical_reader_heldout18.txt", "technology": "technology_reader_heldout14.txt"}
_MARK = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class Sentence:
    topic: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def parse_line(line: str) -> Sentence:
    topic, _, marked = line.partition(":")
    marked = marked.strip()
    text_parts, spans, pos, out_len = [], [], 0, 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        spans.append((out_len, out_len + len(m.group(1))))
        text_parts.append(m.group(1))
        out_len += len(m.group(1))
        pos = m.end()
    text_parts.append(marked[pos:])
    return Sentence(topic.strip(), "".join(text_parts), spans)


def load(name: str, directory: Path = CORPUS_DIR) -> list[Sentence]:
    sentences = []
    for raw in (directory / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            sentence = parse_line(raw)
            if sentence.topic == "plain" and sentence.spans:
                raise ValueError(f"a plain sentence has marked jargon: {raw!r}")
            if sentence.topic != "plain" and not sentence.spans:
                raise ValueError(f"a jargon sentence has nothing marked: {raw!r}")
            sentences.append(sentence)
    return sentences


@dataclass
class Tally:
    expected: int = 0
    caught: int = 0
    findings: int = 0
    true_findings: int = 0
    plain: int = 0
    plain_flagged: int = 0

    def add(self, other: "Tally") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "    -"


def evaluate(reader: str, sentences: list[Sentence], misses: list[str] | None = None) -> dict[str, Tally]:
    from rmcoach.tips.jargon import Checker

    checker = Checker(reader=reader)
    by_topic: dict[str, Tally] = defaultdict(Tally)
    for s in sentences:
        found = [f for f in checker.check(s.text) if f.kind != "long-sentence"]
        t = by_topic[s.topic]
        t.findings += len(found)
        hit = [any(f.start < e and b < f.end for (b, e) in s.spans) for f in found]
        t.true_findings += sum(hit)
        if s.topic == "plain":
            t.plain += 1
            if found:
                t.plain_flagged += 1
                if misses is not None:
                    misses.append(f"  FALSE ALARM [{reader}] {s.text!r}: " +
                                  ", ".join(f"{f.term!r}" for f in found))
            continue
        for b, e in s.spans:
            t.expected += 1
            if any(f.start < e and b < f.end for f in found):
                t.caught += 1
            elif misses is not None:
                misses.append(f"  MISSED [{reader}/{s.topic}] {s.text[b:e]!r} in {s.text!r}")
        if misses is not None:
            for f, ok in zip(found, hit):
                if not ok:
                    misses.append(f"  EXTRA [{reader}/{s.topic}] {f.term!r} in {s.text!r}")
    return by_topic


def report(verbose: bool = False, corpora: dict[str, str] = CORPORA) -> dict[str, dict[str, float]]:
    summary: dict[str, dict[str, float]] = {}
    for reader, name in corpora.items():
        sentences = load(name)
        misses: list[str] | None = [] if verbose else None
        by_topic = evaluate(reader, sentences, misses)
        total = Tally()
        for tally in by_topic.values():
            total.add(tally)
        n_jargon = sum(1 for s in sentences if s.topic != "plain")
        n_plain = sum(1 for s in sentences if s.topic == "plain")
        print(f"\nReader: {reader}, {name}  ({n_jargon} sentences with jargon, {total.expected} marked terms; "
              f"{n_plain} plain sentences)")
        print(f"  {'topic':<16}{'recall':>10}{'precision':>12}")
        for topic in sorted(by_topic):
            if topic == "plain":
                continue
            t = by_topic[topic]
            print(f"  {topic:<16}{Tally.pct(t.caught, t.expected):>10}{Tally.pct(t.true_findings, t.findings):>12}"
                  f"   ({t.caught}/{t.expected})")
        plain = by_topic.get("plain", Tally())
        print(f"  {'ALL':<16}{Tally.pct(total.caught, total.expected):>10}"
              f"{Tally.pct(total.true_findings, total.findings):>12}")
        print(f"  false alarms on plain sentences: {Tally.pct(plain.plain_flagged, plain.plain)} "
              f"({plain.plain_flagged}/{plain.plain})")
        summary[reader] = {
            "recall": total.caught / total.expected if total.expected else 0.0,
            "precision": total.true_findings / total.findings if total.findings else 0.0,
            "false_alarms": plain.plain_flagged / plain.plain if plain.plain else 0.0,
            "sentences": float(n_jargon), "plain": float(n_plain), "terms": float(total.expected),
        }
        if misses:
            print("\n".join(misses))
    return summary


if __name__ == "__main__":
    verbose = "-v" in sys.argv[1:]
    print("== the main corpora (used while building the glossary)")
    report(verbose)
    print("\n== the first held-out corpora (read once; the checker was then fixed by families)")
    report(verbose, HELD_OUT)
    print("\n== the second held-out corpora (read once; the checker was then fixed by families)")
    report(verbose, HELD_OUT_2)
    print("\n== the third held-out corpora (read once; then the clinical reader's leaning was added)")
    report(verbose, HELD_OUT_3)
    print("\n== the fourth held-out corpora (read once; the checker was then fixed by families)")
    report(verbose, HELD_OUT_4)
    print("\n== the fifth held-out corpus, clinical reader (read once; then fixed by families)")
    report(verbose, HELD_OUT_5)
    print("\n== the sixth held-out corpus, clinical reader (read once; then fixed by families)")
    report(verbose, HELD_OUT_6)
    print("\n== the seventh held-out corpus, clinical reader (read once; then fixed by families)")
    report(verbose, HELD_OUT_7)
    print("\n== the sixth round's first held-out corpora: clinical set 8, technology set 5 (read once; then fixed by families)")
    report(verbose, HELD_OUT_8)
    print("\n== the sixth round's second held-out corpora: clinical set 9, technology set 6 (read once; then fixed by families)")
    report(verbose, HELD_OUT_9)
    print("\n== after the sixth round: clinical set 10, technology set 7 (read once)")
    report(verbose, HELD_OUT_10)
    print("\n== at the end of the sixth round: clinical set 11, technology set 8 (read once)")
    report(verbose, HELD_OUT_11)
    print("\n== after the seventh round's breadth pass: clinical set 12, technology set 9 (read once)")
    report(verbose, HELD_OUT_12)
    print("\n== the eighth round's clinical set 13 and technology set 10, written before the breadth passes "
          "(read once; then fixed by families)")
    report(verbose, HELD_OUT_13)
    print("\n== the eighth round's clinical set 14, written after its breadth pass (read once)")
    report(verbose, HELD_OUT_14)
    for n, sets in ((15, HELD_OUT_15), (16, HELD_OUT_16), (17, HELD_OUT_17)):
        print(f"\n== the ninth round's outside set {n - 14} (clinical {n}, technology {n - 4}; read once, then used)")
        report(verbose, sets)
    print("\n== the ninth round's outside set 4 (clinical 18, technology 14; read once at the end, nothing changed from it)")
    report(verbose, HELD_OUT_18)
