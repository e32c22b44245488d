"""The phrase index: it finds every tagged pattern at word starts, however it gets there."""

import re

import pytest

from insights.classifier.matcher import _A_DIGIT, PhraseIndex, _needs, _trie

ITEMS = [
    ("years", r"\d+ years on (?:me|you)"),
    ("years", r"\w+ years on (?:me|you)"),
    ("cert", r"(?<!-)[\w-]+ (?:ticket|certificate)s?\b"),
    ("money", r"\d+k(?! people)"),
    ("money", r"c#"),
    ("ramble", r"rambl(?:ed|ing)"),
    ("ramble", r"ran on"),
    ("rust", r"rusty on (?:sql|python)"),
    ("rust", r"rusty"),
]


def flat_find(text: str) -> list[tuple[str, int, int]]:
    """The same patterns the slow way: every one of them tried at every word start."""
    hits = []
    for tag, pattern in ITEMS:
        rx = re.compile(r"(?:" + pattern + r")(?!\w)")
        for w in re.finditer(r"(?<!\w)\w", text):
            m = rx.match(text, w.start())
            if m:
                hits.append((tag, w.start(), m.end()))
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "they had ten years on you and 5 years on me",
        "no forklift ticket, and his cscs certificates lapsed; pre-ticket checks fine",
        "asked for 45k, they pay 30k people 30k; c# was fine",
        "you rambled and ran on, rusty on sql and a bit rusty",
        "nothing here matches at all",
        "",
    ],
)
def test_it_finds_what_trying_every_pattern_everywhere_finds(text):
    index = PhraseIndex(ITEMS, longest=True)
    assert sorted(index.find(text)) == sorted(set(flat_find(text)) - _shorter_of_a_tag(text))


def _shorter_of_a_tag(text: str) -> set:
    # A tag reports one reading per word start: with longest=True, its longest pattern.
    hits = flat_find(text)
    return {h for h in hits for g in hits if h[0] == g[0] and h[1] == g[1] and g[2] > h[2]}


def test_it_skips_the_patterns_a_text_cannot_match_and_still_finds_them_when_it_can():
    index = PhraseIndex(ITEMS)
    assert index.find("a plain sentence with no numbers") == []
    assert index.find("ten years on you") == [("years", 0, 16)]
    assert ("money", 7, 10) in index.find("budget 40k.")


def test_it_knows_what_literal_text_a_pattern_needs():
    assert _needs(r"\w+ years on (?:me|you)") == (" years on ",)
    assert _needs(r"[\w-]+ (?:test|exam)s? (?:results?|scores?)") == ("test", "exam")
    assert _needs(r"colou?r chart") == ("r chart",)
    assert _needs(r"\d+k(?! people)") is _A_DIGIT
    assert _needs(r"\d{2,3},\d{3}") is _A_DIGIT
    assert _needs(r"ab|cd") is None  # either branch may match: nothing is common
    assert _needs(r"(?:\w+ ){0,4}c#") is None


def test_it_factors_shared_first_letters_without_changing_what_matches():
    patterns = ["you rambled", "you ran on", "your answers", "yo(?:u|ur) team", "ab|you"]
    gate = re.compile(_trie(sorted(patterns)) + r"(?!\w)")
    flat = re.compile("(?:" + "|".join(patterns) + r")(?!\w)")
    for text in ["you rambled", "you ran on", "your answers", "your team", "ab", "you", "yours"]:
        assert bool(gate.match(text)) == bool(flat.match(text)), text
    assert _trie(["you rambled", "you ran on"]) == "(?:you ra(?:mbled|n on))"
