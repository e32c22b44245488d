"""Micro precision, recall and F1 per polarity on a labelled JSONL file.

    python -m insights.classifier.evaluate tests/insights/data/themes_heldout.jsonl

Each line: {"id", "text", "weaknesses", "strengths", "external"}.
"""

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .core import classify

POLARITIES = (("weaknesses", "weakness"), ("strengths", "strength"), ("external", "external"))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score]
    texts: int
    strength_as_weakness: int  # a theme the text only praises, reported as a weakness
    errors: list[dict]


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(rows: Iterable[dict]) -> Report:
    scores = {name: Score() for _, name in POLARITIES}
    confusion, errors, n = 0, [], 0
    for row in rows:
        n += 1
        result = classify(row["text"])
        wrong = {}
        for key, name in POLARITIES:
            gold, got = set(row[key]), set(getattr(result, key))
            s = scores[name]
            s.tp += len(gold & got)
            s.fp += len(got - gold)
            s.fn += len(gold - got)
            if gold != got:
                wrong[name] = {"missing": sorted(gold - got), "extra": sorted(got - gold)}
        # Praise read as a fault; a theme the text both praises and faults is not counted.
        praised_only = set(row["strengths"]) - set(row["weaknesses"])
        confusion += len(praised_only & set(result.weaknesses))
        if wrong:
            errors.append(
                {
                    "id": row.get("id"),
                    "text": row["text"],
                    "wrong": wrong,
                    "mentions": result.mentions,
                }
            )
    total = Score()
    for s in scores.values():
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    scores["all"] = total
    return Report(scores, n, confusion, errors)


def format_table(report: Report) -> str:
    lines = [f"{'polarity':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, s in report.scores.items():
        lines.append(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    lines.append(
        f"texts: {report.texts}   strength read as weakness: {report.strength_as_weakness}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="labelled JSONL files")
    parser.add_argument("--errors", action="store_true", help="also list every mistake")
    args = parser.parse_args(argv)
    for path in args.paths:
        report = evaluate(load(path))
        print(f"== {path}")
        print(format_table(report))
        if args.errors:
            for e in report.errors:
                print(f"\n{e['id']}: {e['text']}\n  wrong: {e['wrong']}")
                for m in e["mentions"]:
                    print(f"  - {m[0]}/{m[1]}: {m[2]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
