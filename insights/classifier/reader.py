"""The second reader: a linear model over the rules' own reading of each clause.

The rules know how a clause judges (their cues: praise, fault, denial, an unmet need)
and which theme words it holds (their lexicon). What they cannot do is weigh the words
around a phrase they have no pattern for. This reader sees each clause as its words and
word pairs, each tagged with the clause's tone ("F|rambl" is "rambled" in a clause that
finds fault), plus the rules' theme hits tagged the same way, and scores every candidate
theme as a weakness with one logistic model per theme. The weights are fitted offline by
`python -m insights.classifier.fit` from the labelled files and shipped in
`reader.weights.gz`; reading needs only the standard library and is deterministic.

Every feature has a weight for every theme (about 46,000 features by 14 themes), so the
weights are kept as integers (thousandths) packed into one Python integer per feature:
the integer is the sum of each theme j's weight times 2**(40j). Adding the packed integers
of a text's features adds all fourteen sums at once, exactly, in whatever order the
features come, in one call to `sum`; 40 bits a theme leave room for millions of features
before one theme's sum could reach into the next. (On disk each weight sits in its own five
bytes, plus 2**15 to make it non-negative.)
"""

import gzip
import itertools
import json
import math
import operator
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("reader.weights.gz")
SCALE = 1000  # weights are stored in thousandths
_FIELD_BYTES = 5
_FIELD = 8 * _FIELD_BYTES
_MASK = (1 << _FIELD) - 1
_OFFSET = 1 << 15  # a stored weight lies in [-2**15, 2**15)
_HALF = 1 << (_FIELD - 1)


def _every_field(value: int, n: int) -> int:
    """`value` in each of n fields."""
    return sum(value << (_FIELD * j) for j in range(n))


_LOGIT_CLIP = math.log(9_999)  # odds of 1e-4 to 1 - 1e-4, as when the weights were fitted


def _clip(odds: float) -> float:
    return min(max(odds, -_LOGIT_CLIP), _LOGIT_CLIP)


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
        words = [stem(w) for w in _WORD.findall(low, span.start, span.end)]
        tagged = tone + "|"
        feats = {"tone|" + tone, *words}
        feats.update([tagged + w for w in words])
        feats.update([f"{tagged}{a}_{b}" for a, b in itertools.pairwise(["^", *words])])
        lo = bisect_left(hit_starts, span.start)
        hi = bisect_left(hit_starts, span.end, lo)
        for theme, how, *_ in hits[lo:hi]:
            feats.add(f"H|{theme}|{how}")
            feats.add(f"H|{theme}|{how}|{tone}")
        out.append(feats)
    return out


def _only_denied(features: set[str]) -> set[str]:
    """Themes the lexicon found only in clauses that deny (tone D)."""
    denied, elsewhere = set(), set()
    for f in [f for f in features if f[:2] == "H|" and f.count("|") == 3]:
        _, theme, _, tone = f.split("|")
        (denied if tone == "D" else elsewhere).add(theme)
    return denied - elsewhere


def _pack(weights: list[int]) -> int:
    """A feature's weights as they are kept in memory: each theme's in its own field."""
    for w in weights:
        if not -_OFFSET <= w < _OFFSET:
            raise ValueError(f"weight {w / SCALE} is out of range")
    return sum(w << (_FIELD * j) for j, w in enumerate(weights))


class Reader:
    """`model`: themes, bias (one a theme), stack (the second stage) and weights:
    {feature: [its weight for each theme, in thousandths]}."""

    def __init__(self, model: dict):
        self._setup(model, {f: _pack(ws) for f, ws in model["weights"].items()})

    @classmethod
    def load(cls, data: bytes) -> "Reader":
        """Read what `dumps` wrote."""
        header, _, rows = gzip.decompress(data).partition(b"\n")
        model = json.loads(header)
        n = len(model["themes"])
        size, offset = _FIELD_BYTES * n, _every_field(_OFFSET, n)
        packed = {
            f: int.from_bytes(rows[i * size : (i + 1) * size], "little") - offset
            for i, f in enumerate(model["features"])
        }
        reader = cls.__new__(cls)
        reader._setup(model, packed)
        return reader

    def _setup(self, model: dict, rows: dict[str, int]) -> None:
        self.themes: list[str] = model["themes"]
        self.bias: list[float] = model["bias"]
        self._rows = rows
        # Added to a sum, this makes every theme's field non-negative, so each can be read
        # off with a shift and a mask however the signs of the others fall.
        self._lift = _every_field(_HALF, len(self.themes))
        stack = model["stack"]
        cut = math.log(stack["threshold"] / (1 - stack["threshold"]))
        # The second stage is affine in the clipped odds once the rules' verdict is known,
        # so each verdict's slope and offset are worked out once, from `stack_inputs`.
        self._line: dict[tuple[bool, bool, bool], tuple[float, float]] = {}
        coef, start = stack["coef"], stack["intercept"] - cut
        for verdict in itertools.product((False, True), repeat=3):
            at0, at1 = (
                start + sum(map(operator.mul, coef, self.stack_inputs(lg, *verdict)))
                for lg in (0.0, 1.0)
            )
            self._line[verdict] = (at1 - at0, at0)

    def _packed(self, features: set[str]) -> int:
        """The present features' rows added up, lifted so every field reads non-negative."""
        return sum(map(self._rows.get, features, itertools.repeat(0)), self._lift)

    def logits(self, features: set[str]) -> list[float]:
        """For each theme, the log-odds that the text names it as a weakness."""
        total = self._packed(features)
        return [
            b + (((total >> (_FIELD * j)) & _MASK) - _HALF) / SCALE for j, b in enumerate(self.bias)
        ]

    def weaknesses(self, features: set[str], weak: set[str], strong: set[str]) -> set[str]:
        """The weaknesses, weighing this reader's odds against what the rules read.

        The rules' verdict and this reader's odds are combined by a small second model
        fitted on texts the rules were never tuned on (see fit.py), so it learns how far
        to trust each on fresh text: a strong rule verdict survives low odds, the odds
        alone must be high, and praise the rules found holds a weakness back.
        """
        out = set()
        any_weak = bool(weak)
        for theme, odds in zip(self.themes, self.logits(features), strict=True):
            if theme not in weak and theme in strong:
                continue  # never a weakness the rules read only as praise
            slope, offset = self._line[theme in weak, theme in strong, any_weak]
            if offset + slope * _clip(odds) >= 0:
                out.add(theme)
        # Nor one the lexicon found only inside a denial ("no concerns about whether you'd
        # be happy here"); looked for only when the reader would add a weakness.
        added = out - weak
        return out - (added & _only_denied(features)) if added else out

    @staticmethod
    def stack_inputs(odds: float, weak: bool, strong: bool, any_weak: bool) -> tuple:
        """What the second stage weighs for one theme, when fitting and when reading."""
        lg = _clip(odds)
        w, s, a = float(weak), float(strong), float(any_weak)
        return (lg, w, s, w * lg, s * lg, a, a * lg)

    def best_clause(self, theme: str, per_clause: list[set[str]]) -> int:
        """The clause whose own features speak most for the theme: its evidence."""
        shift = _FIELD * self.themes.index(theme)
        scores = [((self._packed(feats) >> shift) & _MASK) - _HALF for feats in per_clause]
        return scores.index(max(scores))


def dumps(model: dict) -> bytes:
    """The shipped form of a model: a JSON header line, then each feature's packed row.

    Compressed without a timestamp, so the same model always gives the same bytes."""
    features = sorted(model["weights"])
    header = {k: model[k] for k in ("themes", "bias", "stack")} | {"features": features}
    size = _FIELD_BYTES * len(model["themes"])
    offset = _every_field(_OFFSET, len(model["themes"]))
    rows = b"".join(
        (_pack(model["weights"][f]) + offset).to_bytes(size, "little") for f in features
    )
    body = json.dumps(header, separators=(",", ":")).encode() + b"\n" + rows
    return gzip.compress(body, compresslevel=9, mtime=0)


@lru_cache(maxsize=1)
def reader() -> Reader:
    return Reader.load(WEIGHTS_PATH.read_bytes())
