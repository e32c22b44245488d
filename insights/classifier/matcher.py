"""Fast matching of many tagged phrase patterns at word starts.

A plain regex alternation is tried at every character of the text, once per
theme, and that dominated the classifier's run time. Here every pattern is
indexed by the two literal characters it starts with, so at each word start only
the few patterns that can possibly match are tried, with ``Pattern.match``.
Patterns without a literal start (they are few) share one scan of the text, made of those
the text could match at all: each needs some literal ("years on") or a digit somewhere.
"""

import os
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
        # matches nothing costs a single .match call, then one regex per tag. The
        # per-tag regexes are compiled when their gate first opens: most keys never
        # open on a given run, and compiling them all would double the start-up time.
        self._longest = longest
        self._index = {
            key: [
                re.compile(_trie(sorted({p for ps in tags.values() for p in ps})) + r"(?!\w)"),
                tags,
                None,
            ]
            for key, tags in keyed.items()
        }
        # The few patterns without a literal start share one scan; a capturing
        # group per tag tells which one matched. Most of them need some literal text
        # somewhere ("years on", "finalists") or a digit, so each text scans with only
        # the patterns it could match, in the same order, which finds the same hits.
        self._loose = [(tag, p) for tag in loose for p in sorted(loose[tag], key=len, reverse=True)]
        self._always: set[int] = set()
        self._on_digit: set[int] = set()
        self._on_needle: dict[str, set[int]] = defaultdict(set)
        for i, (_, p) in enumerate(self._loose):
            need = _needs(p)
            if need is None:
                self._always.add(i)
            elif need is _A_DIGIT:
                self._on_digit.add(i)
            else:
                for n in need:
                    self._on_needle[n].add(i)
        self._needles = sorted(self._on_needle)
        self._loose_scans: dict[tuple[int, ...], tuple[re.Pattern[str], list]] = {}

    def _loose_scan(self, text: str) -> tuple[re.Pattern[str], list] | None:
        found = set(self._always)
        for n in [n for n in self._needles if n in text]:
            found |= self._on_needle[n]
        if self._on_digit and _DIGIT.search(text):
            found |= self._on_digit
        if not found:
            return None
        present = tuple(sorted(found))
        scan = self._loose_scans.get(present)
        if scan is None:
            if len(self._loose_scans) >= 4096:  # bound the memory a long-lived process keeps
                self._loose_scans.clear()
            by_tag: dict[object, list[str]] = {}
            for i in present:
                tag, p = self._loose[i]
                by_tag.setdefault(tag, []).append(p)
            rx = re.compile(
                r"(?=\w)(?<!\w)(?:"
                + "|".join(f"({'|'.join(ps)})" for ps in by_tag.values())
                + r")(?!\w)"
            )
            scan = self._loose_scans[present] = (rx, [None, *by_tag])
        return scan

    def find(self, text: str) -> list[tuple[object, int, int]]:
        hits: list[tuple[object, int, int]] = []
        get = self._index.get
        # The three-letter key first, then the two-letter one; written out rather than
        # looped, as this runs at every word start of every text.
        for pos in [w.start() for w in _WORD_START.finditer(text)]:
            entry = get(text[pos : pos + 3])
            if entry is not None and entry[0].match(text, pos):
                self._tags(entry, text, pos, hits)
            entry = get(text[pos : pos + 2])
            if entry is not None and entry[0].match(text, pos):
                self._tags(entry, text, pos, hits)
        scan = self._loose_scan(text)
        if scan is not None:
            rx, tags = scan
            hits.extend((tags[m.lastindex], m.start(), m.end()) for m in rx.finditer(text))
        return hits

    def _tags(self, entry: list, text: str, pos: int, hits: list) -> None:
        """Every tag of an opened gate whose own patterns match at `pos`."""
        if entry[2] is None:
            entry[2] = [
                (tag, _alternation(ps, widest=self._longest)) for tag, ps in entry[1].items()
            ]
        for tag, rx in entry[2]:
            m = rx.match(text, pos)
            if m:
                hits.append((tag, pos, m.end()))


_DIGIT = re.compile(r"\d")
_A_DIGIT = object()  # what a pattern needs that has no literal run but a \d of its own


def _needs(p: str):
    """What every match of `p` must contain, to skip it cheaply on texts that can't match:
    a tuple of literal strings (at least one of them), or _A_DIGIT, or None (anything)."""
    best, run, options, digit = "", [], None, False
    i = 0
    while i < len(p):
        c, char = p[i], None
        if c == "(":
            close = _closing(p, i)
            inner, after = p[i + 1 : close], p[close + 1 : close + 2]
            plain = not inner.startswith("?") or inner.startswith("?:")  # no look-around
            if options is None and plain and after not in ("?", "*", "{"):
                alts = [_needs(a) for a in _split_top(inner.removeprefix("?:"))]
                if all(isinstance(a, tuple) and len(a) == 1 for a in alts):
                    options = tuple(a[0] for a in alts)
            end = close + 1
        elif c == "\\":
            nxt = p[i + 1]
            end = i + 2
            if nxt == "u":
                char, end = chr(int(p[i + 2 : i + 6], 16)), i + 6
            elif not nxt.isalnum():
                char = nxt
            elif nxt == "d" and p[end : end + 1] not in ("?", "*") and p[end : end + 2] != "{0":
                digit = True
        elif c == "[":
            end = p.index("]", i + 2) + 1
        elif c == "{":
            end = p.index("}", i) + 1
        elif c == "|":
            return None  # alternatives at the top: nothing is common to every match
        else:
            end = i + 1
            if c not in "?*+.^$":
                char = c
        after = p[end : end + 1]
        if char is not None and after not in ("?", "*", "{"):
            run.append(char)
        if char is None or after in ("?", "*", "{", "+"):
            best = max(best, "".join(run), key=len)
            run = []
        i = end
    best = max(best, "".join(run), key=len)
    if len(best) >= 3:
        return (best,)
    if options and all(len(o) >= 3 for o in options):
        return options
    return _A_DIGIT if digit else None


def _head(p: str) -> int:
    """How many of the pattern's first characters are plain letters matched as they are."""
    n = 0
    while n < len(p) and _LITERAL.match(p[n]) and p[n + 1 : n + 2] not in ("?", "*", "+", "{"):
        n += 1
    return n


def _trie(patterns: list[str]) -> str:
    """One regex that matches wherever any of the patterns does, their shared first letters
    factored out: Python's regex engine tries alternatives one by one, so a gate over two
    hundred patterns that start "you" would otherwise read "you" two hundred times."""
    # "ab|cd" can't lose its "a" without changing what the rest means: such patterns
    # stay whole, in a group of their own.
    whole = [f"(?:{p})" if len(_split_top(p)) > 1 else p for p in patterns]
    return _factor(whole)


def _factor(patterns: list[str]) -> str:
    by_first: dict[str, list[str]] = defaultdict(list)
    rest: list[str] = []
    for p in patterns:
        if _head(p):
            by_first[p[0]].append(p[1:])
        else:
            rest.append(p)
    parts = []
    for c, tails in by_first.items():
        if len(tails) == 1:
            parts.append(c + tails[0])
            continue
        # Take every letter the patterns still share at once, not one group a letter.
        shared = os.path.commonprefix([t[: _head(t)] for t in tails])
        parts.append(c + shared + _factor([t[len(shared) :] for t in tails]))
    return "(?:" + "|".join(parts + rest) + ")"


def _min_width(p: str) -> int:
    return _parser.parse(p).getwidth()[0]


def _alternation(patterns: list[str], widest: bool = False) -> re.Pattern[str]:
    """One tag's patterns, for .match() at a word start: only the right edge needs a
    boundary. The first alternative that matches wins, so the order is chosen here."""
    key = (lambda p: (_min_width(p), len(p))) if widest else len
    body = "|".join(sorted(set(patterns), key=key, reverse=True))
    return re.compile(r"(?:" + body + r")(?!\w)")
