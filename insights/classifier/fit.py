"""Fit the second reader (reader.py) from labelled files and write reader.weights.gz.

    python -m insights.classifier.fit

Offline only: it needs scikit-learn, a development dependency, while the app reads the
weights with the standard library alone. Deterministic: the same files give the same file.

Two stages, because the rules were tuned on the older training files and read them far
better than they read fresh text:

1. the reader's own weights (one L2-regularised logistic model a theme over
   `reader.clause_features`), fitted on every training file;
2. how to weigh the reader's odds against the rules' verdict, fitted only on
   `FRESH_FILES`, texts the rules were never tuned on, with the reader's odds for each
   taken from a model that did not see it (5-fold). Fitted on the older files instead, it
   would learn to trust the rules as far as they deserve on text they were built from.
"""

import argparse
import hashlib
import sys
from pathlib import Path

from .core import classify, reader_features
from .evaluate import load
from .reader import SCALE, WEIGHTS_PATH, dumps
from .themes import CANDIDATE_THEMES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "insights" / "data"
EXAMPLES = ROOT.parent / "shared" / "spec" / "feedback-themes-examples.jsonl"
OLDER_FILES = [EXAMPLES] + [
    DATA / f"themes_{name}.jsonl"
    for name in (
        "train", "train2", "train3a", "train3b", "train3c", "train4a", "train4b", "train4c",
        "train5a", "train5b", "train6a", "train6b", "train7a", "train7b", "blind3",
    )
]  # fmt: skip
# Never tune the rules on these: the second stage relies on the rules reading them cold.
FRESH_FILES = [
    DATA / f"themes_train{n}{part}.jsonl"
    for n, parts in (
        (8, "abcdef"),
        (9, "abcdef"),
        (10, "abcdefg"),
        (11, "abcdefg"),
        (12, "abcdefg"),
        (13, "abcdefg"),
        (14, "abcdef"),
        (15, "abcdef"),
    )
    for part in parts
]
THEMES = sorted(CANDIDATE_THEMES)
# Chosen by cross-validation on the fresh files (docs/insights.md, eighth and ninth rounds).
C = 1.0  # inverse strength of the L2 penalty on the reader's weights
MIN_TEXTS = 3  # a feature seen in fewer texts is noise
THRESHOLD = 0.45  # the second stage's probability cut
FOLDS = 5


def _fold(row: dict) -> int:
    return int(hashlib.sha256(row["text"].encode()).hexdigest(), 16) % FOLDS


def _matrix(feature_sets: list[set[str]]):
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in feature_sets])
    keep = (x > 0).sum(axis=0).A1 >= MIN_TEXTS
    return vec, keep, x[:, keep]


def fit_weights(feature_sets: list[set[str]], rows: list[dict]) -> tuple[list, dict]:
    """One logistic model a theme; every kept feature gets a weight (in thousandths) for
    every theme, since the L2 penalty shrinks weights without zeroing them."""
    from sklearn.linear_model import LogisticRegression

    vec, keep, x = _matrix(feature_sets)
    names = [str(n) for n in vec.get_feature_names_out()[keep]]
    bias: list[float] = []
    columns = []
    for theme in THEMES:
        y = [theme in r["weaknesses"] for r in rows]
        model = LogisticRegression(
            C=C, solver="liblinear", class_weight="balanced", random_state=0
        ).fit(x, y)
        bias.append(round(float(model.intercept_[0]), 4))
        columns.append([round(float(w) * SCALE) for w in model.coef_[0]])
    return bias, {name: [col[i] for col in columns] for i, name in enumerate(names)}


def _model(bias: list, weights: dict, stack: dict) -> dict:
    return {"themes": THEMES, "bias": bias, "weights": weights, "stack": stack}


def fit(older: list[dict], fresh: list[dict]) -> dict:
    from sklearn.linear_model import LogisticRegression

    from .reader import Reader

    f_older = [reader_features(r["text"]) for r in older]
    f_fresh = [reader_features(r["text"]) for r in fresh]
    folds = [_fold(r) for r in fresh]
    no_stack = {"coef": [0.0] * 7, "intercept": 0.0, "threshold": 0.5}
    x2: list[tuple] = []
    y2: list[bool] = []
    for k in range(FOLDS):
        inside = [i for i, f in enumerate(folds) if f != k]
        bias, weights = fit_weights(
            f_older + [f_fresh[i] for i in inside], older + [fresh[i] for i in inside]
        )
        reader = Reader(_model(bias, weights, no_stack))
        for i in (i for i, f in enumerate(folds) if f == k):
            rules = classify(fresh[i]["text"], second_reading=False)
            weak = set(rules.weaknesses)
            strong = set(rules.strengths)
            for theme, odds in zip(THEMES, reader.logits(f_fresh[i]), strict=True):
                x2.append(reader.stack_inputs(odds, theme in weak, theme in strong, bool(weak)))
                y2.append(theme in fresh[i]["weaknesses"])
    second = LogisticRegression(C=1.0).fit(x2, y2)
    stack = {
        "coef": [round(float(c), 4) for c in second.coef_[0]],
        "intercept": round(float(second.intercept_[0]), 4),
        "threshold": THRESHOLD,
    }
    bias, weights = fit_weights(f_older + f_fresh, older + fresh)
    return _model(bias, weights, stack)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(WEIGHTS_PATH))
    args = parser.parse_args(argv)
    older = [row for path in OLDER_FILES for row in load(path)]
    fresh = [row for path in FRESH_FILES for row in load(path)]
    model = fit(older, fresh)
    Path(args.out).write_bytes(dumps(model))
    n = len(model["weights"])
    print(f"{len(older)} + {len(fresh)} texts, {n} features, second stage {model['stack']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
