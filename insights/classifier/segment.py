"""Split feedback into sentences, contrast groups and clauses, keeping offsets.

Offsets always index the caller's original string, so evidence phrases can be
sliced straight out of it.
"""

import re
from dataclasses import dataclass

# One-for-one replacements only: the normalised text must keep the original's
# offsets so evidence can be cut from the input unchanged.
_STRAIGHTEN = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)

# A quoted question runs on: "my answer to 'why sales?' didn't convince them" is one sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"')\]]*\s+(?!(?<=[?!]['\"] )(?:was|is|were|are|but|or|didn't|did|"
    r"wasn't|fell|went|landed|came|got|which|that|so|because|as|to)\b)|\n+|(?<=[.!?])$"
)
# Contrast words open a new group: "strong X, but Y lacking" judges X and Y apart. "Nothing
# but praise" and "anything but basic" are no contrast.
_CONTRAST = re.compile(
    r"\b(?:but(?<!\bnothing but)(?<!\banything but)(?<!\ball but)(?<!\beverything but)|"
    r"however|though|"
    r"although|whereas|albeit|unfortunately|sadly|that said|even so|"
    r"having said that|on the other hand|where (?:it|things|you|i|we|they|the panel) "
    r"(?:didn't|fell|struggled|hesitated|came unstuck)|what (?:we|they) missed|"
    r"our (?:hesitation|worry|concern)|(?<!n't )(?<!\bnot )(?<!\bnever )(?<!\bwas )(?<!\bis )"
    r"the (?:catch|snag|problem|issue|gap|sticking point|doubts?|bad news)|where (?:others|"
    r"other candidates|the others) (?:had|were|did)|bad news|good news|bad:|good:)\b|,\s*yet\b|"
    r"\bwhile\b(?=[^,]{3,80},)",
)
# The contrast words that turn towards the problem: after them a theme with no
# other cue is the shortcoming ("..., but their culture is very corporate").
_TURN = re.compile(
    r"(?:but|however|albeit|that said|even so|having said that|on the other hand|where|what|our|"
    r"the|bad news|bad:|,\s*yet)\b",
)
# Within a group, colons, semicolons and spaced dashes separate clauses; a
# denial's reach stops at them.
_CLAUSE_BREAK = re.compile(r"[;:]|\s-+\s|--|\(|\)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    sentence: int
    group: int  # contrast group, numbered across the whole text
    turn: bool = False  # the group opens with "but", "however", "the catch is" ...


def normalise(text: str) -> str:
    return text.translate(_STRAIGHTEN)


def _cuts(
    pattern: re.Pattern[str], text: str, start: int, end: int, keep: bool = False
) -> list[tuple[int, int]]:
    """Cut text[start:end] at each match; keep=True leaves the match in the next piece."""
    pieces, pos = [], start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.start() if keep else m.end()
    if end > pos:
        pieces.append((pos, end))
    return [(a, b) for a, b in pieces if text[a:b].strip(" \t\n,.;:-!?\"'")]


# "While your enthusiasm was evident, your answers lacked depth": a concession,
# at the start of a sentence or after a comma, turns at its own closing comma.
_CONCESSION = re.compile(
    r"(?:while|whilst|although|though|even though|despite|for all)\b[^,.;]{3,120}(,)"
)
_COMMA = re.compile(r",\s*")


def _concession(text: str, s0: int, s1: int) -> re.Match[str] | None:
    starts = [s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip())]
    starts += [c.end() for c in _COMMA.finditer(text, s0, s1)]
    for pos in starts:
        m = _CONCESSION.match(text, pos, s1)
        if m:
            return m
    return None


# "The analysis itself, however, had gaps": a contrast word set off by commas after a
# short opening with no verb belongs to the whole clause, so the opening ("the analysis",
# "in the design exercise") is what the turn is about.
_PARENTHETICAL = re.compile(r"(?:however|though),")
_VERB = re.compile(
    r"\b(?:is|was|were|are|be|been|had|has|have|did|do|does|felt|seemed|came|went|showed|"
    r"gave|made|said|thought|liked|loved)\b|n't\b"
)


def _join_parenthetical(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out:
            p0, p1 = out[-1]
            head = text[p0:p1]
            if (
                _PARENTHETICAL.match(text, a)
                and head.rstrip().endswith(",")
                and len(head.split()) <= 6
                and not _VERB.search(head)
            ):
                out[-1] = (p0, b)
                continue
        out.append((a, b))
    return out


def _groups(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    pieces = []
    m = _concession(text, s0, s1)
    if m:
        if text[s0 : m.start()].strip(" ,"):
            pieces.append((s0, m.start()))
        pieces.append((m.start(), m.start(1)))
        s0 = m.end(1)
    return pieces + _join_parenthetical(text, _cuts(_CONTRAST, text, s0, s1, keep=True))


def clauses(text: str) -> list[Span]:
    """Return the clauses of a normalised, lower-cased text with their sentence and group."""
    spans: list[Span] = []
    group = 0
    for s_idx, (s0, s1) in enumerate(_cuts(_SENTENCE_END, text, 0, len(text))):
        for g0, g1 in _groups(text, s0, s1):
            turn = bool(_CONTRAST.match(text, g0) and _TURN.match(text, g0))
            inner = _PARENTHETICAL.search(text, g0, min(g1, g0 + 80))
            if not turn and inner and inner.group(0).startswith("however"):
                turn = True
            for c0, c1 in _cuts(_CLAUSE_BREAK, text, g0, g1):
                spans.append(Span(c0, c1, s_idx, group, turn))
            group += 1
    return spans
