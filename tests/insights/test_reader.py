"""The second reader: its own logic on a hand-made model, and the shipped weights."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from insights.classifier import classify
from insights.classifier.core import reader_features
from insights.classifier.reader import (
    WEIGHTS_PATH,
    Reader,
    clause_features,
    dumps,
    reader,
)
from insights.classifier.segment import clauses
from insights.classifier.themes import CANDIDATE_THEMES

ROOT = Path(__file__).resolve().parents[2]


def model(weights: dict, bias=(-2.0, -2.0), stack=None) -> dict:
    """Two themes, weights in thousandths; the second stage trusts the odds alone unless
    told otherwise."""
    return {
        "themes": ["communication", "confidence"],
        "bias": list(bias),
        "weights": weights,
        "stack": stack or {"coef": [1, 0, 0, 0, 0, 0, 0], "intercept": 0, "threshold": 0.5},
    }


def tiny(weights: dict, **kwargs) -> Reader:
    return Reader(model(weights, **kwargs))


def test_it_adds_up_the_weights_of_the_features_present():
    r = tiny({"F|rambl": [3000, 0], "nervous": [-500, 1500]})
    assert r.logits({"F|rambl", "nervous", "unknown"}) == [0.5, -0.5]
    assert r.weaknesses({"F|rambl", "nervous"}, weak=set(), strong=set()) == {"communication"}


def test_it_lets_the_second_stage_keep_a_rule_weakness_the_odds_alone_would_not():
    # Odds of e^-2 for communication; the rules' verdict is worth +3 in the second stage.
    r = tiny({}, stack={"coef": [1, 3, 0, 0, 0, 0, 0], "intercept": 0, "threshold": 0.5})
    assert r.weaknesses(set(), weak={"communication"}, strong=set()) == {"communication"}
    assert r.weaknesses(set(), weak=set(), strong=set()) == set()


def test_it_never_adds_a_weakness_the_rules_read_only_as_praise():
    r = tiny({"F|arrog": [0, 9000]})
    assert r.weaknesses({"F|arrog"}, weak=set(), strong={"confidence"}) == set()
    # Said both ways by the rules, the odds decide.
    assert r.weaknesses({"F|arrog"}, weak={"confidence"}, strong={"confidence"}) == {"confidence"}


def test_it_never_adds_a_weakness_the_lexicon_found_only_inside_a_denial():
    feats = {"H|confidence|weak|D", "H|confidence|weak", "nervous"}
    r = tiny({"nervous": [0, 9000]})
    assert r.weaknesses(feats, weak=set(), strong=set()) == set()
    # Found once inside a denial and once in a clause that finds fault: no longer held back.
    feats |= {"H|confidence|topic|F"}
    assert r.weaknesses(feats, weak=set(), strong=set()) == {"confidence"}


def test_it_clips_extreme_odds_as_the_fitting_did():
    r = tiny({"x": [30_000, 0]})
    inputs = r.stack_inputs(r.logits({"x"})[0], weak=True, strong=False, any_weak=True)
    assert inputs[0] == pytest.approx(9.21, abs=0.01)
    assert inputs == (inputs[0], 1.0, 0.0, inputs[0], 0.0, 1.0, inputs[0])


def test_it_tags_each_clause_word_with_the_clauses_tone():
    feats = reader_features("You clearly know Python well, but you rambled.")
    # Praise before the turn; after it, words with no cue of their own follow the turn (T).
    assert {"P|python", "P|python_well", "T|rambl", "T|you_rambl", "tone|P", "tone|T"} <= feats
    assert "F|python" not in feats and "P|rambl" not in feats
    # The lexicon's hits carry their clause's tone too.
    assert {"H|technical_skills|topic|P", "H|communication|weak|T"} <= feats
    assert {"F|python", "F|your_python", "tone|F"} <= reader_features("Your Python was weak.")


def test_it_picks_the_clause_that_speaks_most_for_a_theme_as_evidence():
    r = tiny({"F|rambl": [2000, 0], "P|python": [-1000, 0]})
    low = "you clearly know python well, but you rambled."
    spans = clauses(low)
    per_clause = clause_features(low, spans, hits=[], tones=["P", "T"])
    assert {"P|python", "T|rambl"} <= per_clause[0] | per_clause[1]
    best = spans[r.best_clause("communication", per_clause)]
    assert "rambled" in low[best.start : best.end]


def test_it_adds_packed_weights_exactly_as_plain_sums():
    # Each feature's weights share one integer; sums of many large negative and positive
    # weights must come out as if added one by one, whatever the order.
    weights = {f"f{i}": [(-1) ** i * (32_000 - i), 17 * i - 30_000] for i in range(500)}
    r = tiny(weights, bias=(0.0, 0.0))
    want = [sum(w[j] for w in weights.values()) / 1000 for j in (0, 1)]
    assert r.logits(set(weights)) == pytest.approx(want, abs=1e-9)
    assert r.logits(set(list(weights)[::-1])) == r.logits(set(weights))


def test_it_refuses_a_weight_it_cannot_store():
    with pytest.raises(ValueError, match="out of range"):
        tiny({"x": [40_000, 0]})


def test_it_reads_back_what_it_wrote_byte_for_byte():
    m = model({"F|rambl": [3000, -12], "nervous": [-500, 1500]})
    data = dumps(m)
    assert dumps(m) == data  # no timestamp: the same model, the same bytes
    loaded = Reader.load(data)
    feats = {"F|rambl", "nervous", "unknown"}
    assert loaded.logits(feats) == tiny(m["weights"]).logits(feats) == [0.5, -0.512]


def test_it_ships_weights_for_exactly_the_candidate_themes():
    header = json.loads(gzip.decompress(WEIGHTS_PATH.read_bytes()).partition(b"\n")[0])
    assert sorted(header["themes"]) == sorted(CANDIDATE_THEMES)
    assert len(header["bias"]) == len(header["themes"])
    assert len(header["stack"]["coef"]) == 7
    assert len(header["features"]) > 10_000
    # Small enough to ship in the package and read at start-up.
    assert WEIGHTS_PATH.stat().st_size < 1_500_000


def test_it_reads_with_the_standard_library_alone():
    code = (
        "import sys; sys.modules['sklearn'] = None; sys.modules['numpy'] = None\n"
        "from insights.classifier import classify\n"
        "print(classify('I rambled and never got to the point.').weaknesses)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "('communication',)"


def test_it_gives_every_added_weakness_evidence_from_the_text():
    text = "I had no idea what a bill of lading was. That's basic in shipping."
    rules = classify(text, second_reading=False)
    full = classify(text)
    assert rules.weaknesses == ("technical_skills",)
    assert full.weaknesses == ("domain_knowledge",)
    assert full.evidence["domain_knowledge"] in text
    assert ("domain_knowledge", "weakness", full.evidence["domain_knowledge"]) in full.mentions


def test_it_quotes_the_whole_sentence_when_the_clause_alone_says_little():
    text = (
        "They kept asking what I led. I have examples (the billing migration, onboarding two "
        "juniors) but didn't bring them up. Put them at the top of my prep."
    )
    assert "behavioral_examples" not in classify(text, second_reading=False).weaknesses
    full = classify(text)
    assert "behavioral_examples" in full.weaknesses
    assert full.evidence["behavioral_examples"] == (
        "I have examples (the billing migration, onboarding two juniors) but didn't bring them up."
    )


def test_it_loads_the_shipped_weights_once():
    assert reader() is reader()


def test_it_ships_the_weights_that_fitting_the_labelled_files_gives(tmp_path):
    from insights.classifier import fit

    out = tmp_path / "reader.weights.gz"
    assert fit.main(["--out", str(out)]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(WEIGHTS_PATH.read_bytes())
