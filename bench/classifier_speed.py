"""Texts per second of the feedback theme classifier, and its ratio to a regex floor.

    python bench/classifier_speed.py [--min-texts 10000]

The texts are the shared development examples plus all the project's labelled sets,
repeated until there are at least --min-texts of them. The floor is the cheapest
reading anyone could do: str.lower plus one compiled regex over the same texts.
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from insights.classifier import CLASSIFIER_VERSION, classify  # noqa: E402

SOURCES = [
    ROOT.parent / "shared/spec/feedback-themes-examples.jsonl",
    ROOT / "tests/insights/data/themes_train.jsonl",
    ROOT / "tests/insights/data/themes_train2.jsonl",
    ROOT / "tests/insights/data/themes_heldout.jsonl",
    ROOT / "tests/insights/data/themes_blind2.jsonl",
    ROOT / "tests/insights/data/themes_blind3.jsonl",
]
FLOOR = re.compile(r"\b(?:salary|cv|experience|candidate|skills?)\b")


def load_texts() -> list[str]:
    texts = []
    for path in SOURCES:
        if path.exists():
            with open(path, encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def timed(fn, texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) for one pass. CPU time is what one core spends,
    so it stays meaningful on a shared, busy machine; wall time is shown beside it."""
    c0, w0 = time.process_time(), time.perf_counter()
    for t in texts:
        fn(t)
    return time.process_time() - c0, time.perf_counter() - w0


def floor(text: str) -> list[str]:
    return FLOOR.findall(text.lower())


def best_of(rounds: int, texts: list[str]) -> dict[str, tuple[float, float]]:
    """Alternate the two measurements so a busy machine slows both alike."""
    best = {"classifier": (float("inf"),) * 2, "floor": (float("inf"),) * 2}
    for _ in range(rounds):
        for name, fn in (("classifier", classify), ("floor", floor)):
            cpu, wall = timed(fn, texts)
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-texts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    base = load_texts()
    texts = base * (args.min_texts // len(base) + 1)
    best = best_of(args.rounds, texts)
    n = len(texts)
    (ours_cpu, ours_wall), (floor_cpu, floor_wall) = best["classifier"], best["floor"]
    print(
        f"classifier {CLASSIFIER_VERSION}: {n} texts ({len(base)} distinct), "
        f"best of {args.rounds} alternating rounds"
    )
    print(f"classifier: {n / ours_cpu:10,.0f} texts/s CPU   {n / ours_wall:10,.0f} texts/s wall")
    print(
        f"floor     : {n / floor_cpu:10,.0f} texts/s CPU   {n / floor_wall:10,.0f} texts/s wall"
        "   (str.lower + one regex)"
    )
    print(f"ratio     : {ours_cpu / floor_cpu:10.1f}x the floor's CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
