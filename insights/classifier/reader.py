"""The second reader: a sparse linear model over the rules' own reading of each clause.

The rules know how a clause judges (their cues: praise, fault, denial, an unmet need)
and which theme words it holds (their lexicon). What they cannot do is weigh the words
around a phrase they have no pattern for. This reader sees each clause as its words and
word pairs, each tagged with the clause's tone ("F|rambl" is "rambled" in a clause that
finds fault), plus the rules' theme hits tagged the same way, and scores every candidate
theme as a weakness with one logistic model per theme. The weights are fitted offline by
`python -m insights.classifier.fit` from the labelled files and shipped in `reader.json`;
reading needs only the standard library and is deterministic.
"""

import json
import math
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("reader.json")

_LOGIT_CLIP = math.log(9_999)  # odds of 1e-4 to 1 - 1e-4, as when the weights were fitted

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A crude suffix stripper is enough: it only has to make "rambled", "rambling" and
# "rambles" one feature, not to be a good stemmer.
_SUFFIXES = ("ingly", "edly", "ation", "ment", "ness", "ing", "ed", "ly", "es", "s", "er", "est")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    if word.endswith("n't"):
        return "NOT"
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def clause_features(low: str, spans: list, hits: list, tones: list[str]) -> list[set[str]]:
    """One feature set a clause. `hits` are the rules' lexicon hits, sorted by start;
    `tones` the rules' verdict on each clause: F finds fault, P praises, D denies, T follows
    a turn, N none."""
    hit_starts = [h[2] for h in hits]
    out: list[set[str]] = []
    for span, tone in zip(spans, tones, strict=True):
        feats = {"tone|" + tone}
        prev = "^"
        for word in _WORD.findall(low, span.start, span.end):
            w = stem(word)
            feats.add(w)
            feats.add(tone + "|" + w)
            feats.add(tone + "|" + prev + "_" + w)
            prev = w
        lo = bisect_left(hit_starts, span.start)
        hi = bisect_left(hit_starts, span.end, lo)
        for theme, how, *_ in hits[lo:hi]:
            feats.add(f"H|{theme}|{how}")
            feats.add(f"H|{theme}|{how}|{tone}")
        out.append(feats)
    return out


def _only_denied(features: set[str]) -> set[str]:
    """Themes the lexicon found only in clauses that deny (tone D)."""
    tones: dict[str, set[str]] = {}
    for f in features:
        if f.startswith("H|") and f.count("|") == 3:
            _, theme, _, tone = f.split("|")
            tones.setdefault(theme, set()).add(tone)
    return {theme for theme, seen in tones.items() if seen == {"D"}}


class Reader:
    def __init__(self, model: dict):
        self.themes: list[str] = model["themes"]
        self.bias: list[float] = model["bias"]
        self.weights: dict[str, list[tuple[int, float]]] = {
            f: [(j, w) for j, w in pairs] for f, pairs in model["weights"].items()
        }
        stack = model["stack"]
        self.coef: list[float] = stack["coef"]
        self.intercept: float = stack["intercept"]
        self.cut = math.log(stack["threshold"] / (1 - stack["threshold"]))

    def logits(self, features: set[str]) -> list[float]:
        """For each theme, the log-odds that the text names it as a weakness."""
        total = list(self.bias)
        get = self.weights.get
        for f in features:
            for j, w in get(f, ()):
                total[j] += w
        return total

    def weaknesses(self, features: set[str], weak: set[str], strong: set[str]) -> set[str]:
        """The weaknesses, weighing this reader's odds against what the rules read.

        The rules' verdict and this reader's odds are combined by a small second model
        fitted on texts the rules were never tuned on (see fit.py), so it learns how far
        to trust each on fresh text: a strong rule verdict survives low odds, the odds
        alone must be high, and praise the rules found holds a weakness back.
        """
        out = set()
        held_back = _only_denied(features)
        for theme, odds in zip(self.themes, self.logits(features), strict=True):
            if theme not in weak and (theme in strong or theme in held_back):
                # Never a weakness the rules read only as praise, or only inside a
                # denial ("no concerns about whether you'd be happy here").
                continue
            x = self.stack_inputs(odds, theme in weak, theme in strong, bool(weak))
            if self.intercept + sum(c * v for c, v in zip(self.coef, x, strict=True)) >= self.cut:
                out.add(theme)
        return out

    @staticmethod
    def stack_inputs(odds: float, weak: bool, strong: bool, any_weak: bool) -> tuple:
        """What the second stage weighs for one theme, when fitting and when reading."""
        lg = min(max(odds, -_LOGIT_CLIP), _LOGIT_CLIP)
        w, s, a = float(weak), float(strong), float(any_weak)
        return (lg, w, s, w * lg, s * lg, a, a * lg)

    def best_clause(self, theme: str, per_clause: list[set[str]]) -> int:
        """The clause whose own features speak most for the theme: its evidence."""
        j = self.themes.index(theme)
        best, best_score = 0, -math.inf
        for i, feats in enumerate(per_clause):
            s = sum(w for f in feats for k, w in self.weights.get(f, ()) if k == j)
            if s > best_score:
                best, best_score = i, s
        return best


@lru_cache(maxsize=1)
def reader() -> Reader:
    return Reader(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")))
