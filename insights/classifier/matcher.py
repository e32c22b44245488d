"""Fast matching of many tagged phrase patterns at word starts.

A plain regex alternation is tried at every character of the text, once per
theme, and that dominated the classifier's run time. Here every pattern is
indexed by the two literal characters it starts with, so at each word start only
the few patterns that can possibly match are tried, with ``Pattern.match``.
Patterns without a literal start (they are few) fall back to one scan each.
"""

import re
from collections import defaultdict

try:
    from re import _parser
except ImportError:  # Python < 3.11
    import sre_parse as _parser

_LOOKBEHINDS = re.compile(r"(?:\(\?<!(?:[^()\\]|\\.)*\))*")
_LITERAL = re.compile(r"[a-z0-9' -]")
_WORD_START = re.compile(r"(?<!\w)\w")
# Informal notes drop the apostrophe ("didnt", "wasnt"): every "n't" in a pattern also
# matches without it, except inside a lookbehind, which must keep a fixed width.
_NT = re.compile(r"n't(?!\s?\))")


def informal(p: str) -> str:
    """The pattern with its "n't" made to match "nt" too."""
    return _NT.sub("n'?t", p)


def _closing(p: str, start: int) -> int:
    """Index of the parenthesis closing the group that opens at p[start]."""
    depth, i = 0, start
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced pattern: {p}")


def _split_top(inner: str) -> list[str]:
    parts, depth, cur, i = [], 0, [], 0
    while i < len(inner):
        c = inner[i]
        if c == "\\":
            cur.append(inner[i : i + 2])
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def expand(p: str, depth: int = 3) -> list[str]:
    """Unfold a leading "(?:a|b)" or "(?:x )?" group so each variant starts literally."""
    behind = _LOOKBEHINDS.match(p).group(0)
    body = p[len(behind) :]
    if depth == 0 or not body.startswith("(?:"):
        return [p]
    close = _closing(body, 0)
    inner, after = body[3:close], body[close + 1 :]
    optional = after.startswith("?")
    if optional:
        after = after[1:]
    if after[:1] in ("*", "+", "{", "?"):
        return [p]
    variants = [behind + alt + after for alt in _split_top(inner)]
    if optional:
        variants.append(behind + after)
    return [v for var in variants for v in expand(var, depth - 1)]


def _key(p: str) -> str | None:
    """The literal characters a pattern must start with: three if it has them, else two."""
    body = p[len(_LOOKBEHINDS.match(p).group(0)) :]
    n = 0
    while n < 3 and n < len(body) and _LITERAL.match(body[n]):
        n += 1
    # A quantifier after the last literal makes that character optional.
    while n and body[n : n + 1] in ("?", "*", "{"):
        n -= 1
    return body[:n] if n >= 2 else None


class PhraseIndex:
    """Find every (tag, start, end) where a tagged pattern matches at a word start.

    Matches of one tag may overlap; callers resolve overlaps themselves. An alternation stops
    at the first pattern that matches, so with longest=True each tag tries its patterns in
    order of the shortest text they can match, longest first: "experience of working in a
    unionised environment" is found before "experience" alone.
    """

    def __init__(self, items: list[tuple[object, str]], longest: bool = False):
        keyed: dict[str, dict[object, list[str]]] = defaultdict(lambda: defaultdict(list))
        loose: dict[object, list[str]] = defaultdict(list)
        for tag, pattern in items:
            for variant in expand(informal(pattern)):
                key = _key(variant)
                if key is None:
                    loose[tag].append(variant)
                else:
                    keyed[key][tag].append(variant)
        # Per key: one gate regex over all its patterns, so a word start that
        # matches nothing costs a single .match call, then one regex per tag.
        self._index = {
            key: (
                _alternation([p for ps in tags.values() for p in ps], anchored=True),
                [
                    (tag, _alternation(ps, anchored=True, widest=longest))
                    for tag, ps in tags.items()
                ],
            )
            for key, tags in keyed.items()
        }
        # The few patterns without a literal start share one scan; a capturing
        # group per tag tells which one matched.
        tags = list(loose)
        self._loose_tags = [None, *tags]
        self._loose = (
            re.compile(
                r"(?=\w)(?<!\w)(?:"
                + "|".join(f"({'|'.join(sorted(loose[t], key=len, reverse=True))})" for t in tags)
                + r")(?!\w)"
            )
            if tags
            else None
        )

    def find(self, text: str) -> list[tuple[object, int, int]]:
        hits = []
        index = self._index
        for w in _WORD_START.finditer(text):
            pos = w.start()
            for key in (text[pos : pos + 3], text[pos : pos + 2]):
                entry = index.get(key)
                if entry is None or not entry[0].match(text, pos):
                    continue
                for tag, rx in entry[1]:
                    m = rx.match(text, pos)
                    if m:
                        hits.append((tag, pos, m.end()))
        if self._loose is not None:
            tags = self._loose_tags
            hits.extend((tags[m.lastindex], m.start(), m.end()) for m in self._loose.finditer(text))
        return hits


def _min_width(p: str) -> int:
    return _parser.parse(p).getwidth()[0]


def _alternation(patterns: list[str], anchored: bool, widest: bool = False) -> re.Pattern[str]:
    key = (lambda p: (_min_width(p), len(p))) if widest else len
    body = "|".join(sorted(set(patterns), key=key, reverse=True))
    if anchored:  # .match() at a word start: only the right edge needs a boundary
        return re.compile(r"(?:" + body + r")(?!\w)")
    return re.compile(r"(?=\w)(?<!\w)(?:" + body + r")(?!\w)")
