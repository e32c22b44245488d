"""The classifier: find theme mentions, then read each one's polarity from its clause."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import cues as C
from . import lexicon as L
from .matcher import PhraseIndex
from .segment import Span, clauses, normalise
from .themes import CANDIDATE_THEMES as CANDIDATE
from .themes import EXTERNAL_THEMES

CLASSIFIER_VERSION = "rules-1.3"

WEAKNESS, STRENGTH, EXTERNAL = "weakness", "strength", "external"
PRAISE, FAULT, DENIED = 1, -1, 0
_EVIDENCE_MAX = 160  # longer clauses are cut to a window around the match
_EVIDENCE_HARD_MAX = 300


@dataclass(frozen=True)
class Result:
    weaknesses: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    external: tuple[str, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    sign: int
    need: bool = False  # an unmet requirement ("we need someone who ...")
    hedge: bool = False  # "clearly", "obviously": too weak to turn a denial into praise


# Every lexicon pattern, tagged (theme, how); how is "topic", "weak", "strong"
# or "external".
_PHRASES = PhraseIndex(
    [
        ((t, how), p)
        for how, table in (
            ("strong", L.STRONG),
            ("weak", L.WEAK),
            ("external", L.EXTERNAL),
            ("topic", L.TOPICS),
        )
        for t, ps in table.items()
        for p in ps
    ]
)


# Polarity cues, tagged by kind (see cues.py).
_CUE_KINDS = {
    "rejection": C.REJECTION,
    "denial": C.DENIAL,
    "need": C.NEED,
    "fault": C.FAULT,
    "praise": C.PRAISE,
}
_CUES = PhraseIndex([(kind, p) for kind, patterns in _CUE_KINDS.items() for p in patterns])


# A negator up to four words before praise turns it into a fault: "not strong",
# "did not demonstrate a good understanding". Before a fault it must be closer
# to deny it ("didn't really struggle"), or "did not take ownership of the
# mistakes" would read as a denial.
_NEGATED_PRAISE = re.compile(
    r"(?:\bnot|"
    + C.NT
    + r"|\bno|\bnever|\bhardly|\bstruggl\w* to|\bfail\w* to|\bunable to|\black\w*|"
    r"\bdifficult to|\bhard to)"
    r"\s+(?:\w+\s+){0,4}$"
)
_NEGATED_FAULT = re.compile(r"(?:\bnot|" + C.NT + r"|\bno|\bnever|\bhardly)\s+(?:\w+\s+)?$")
# A negated judgement reaches further, to the end of its clause: "we didn't feel your
# grasp of IFRS 16 was strong", "the panel did not think your examples were detailed".
_NEGATED_BELIEF = re.compile(
    r"(?:\bnot|" + C.NT + r"|\bnever)\s+(?:\w+\s+){0,2}?(?:feel|think|believe|sense|see|find|"
    r"consider|get the (?:sense|impression|feeling)|get a (?:\w+ )?sense|convinced|persuaded|"
    r"sure|certain|satisfied|confident|reassured)\b(?:(?!\b(?:but|however|though|although|"
    r"whereas|while|and so|so)\b)"
    r"[^.;:!?()])*$"
)


_HEDGES = frozenset({"clear", "clearly", "obvious", "obviously", "evident"})


def _overlaps(a0: int, a1: int, taken: list[tuple[int, int]]) -> bool:
    return any(a0 < b1 and b0 < a1 for b0, b1 in taken)


def _scan_cues(text: str, fixed: list[tuple[int, int]]) -> list[_Cue]:
    """Every polarity cue in the text, negation already applied, in text order.

    Cues inside fixed phrases are skipped: "nobody could say I didn't prepare"
    has been read already and its "didn't" must not colour its neighbours.
    """
    by_kind: dict[str, list[tuple[int, int]]] = {k: [] for k in _CUE_KINDS}
    for kind, start, end in _CUES.find(text):
        by_kind[kind].append((start, end))
    for spans in by_kind.values():
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    masked = by_kind["rejection"] + list(fixed)
    found: list[_Cue] = []
    for start, end in by_kind["denial"]:
        if not _overlaps(start, end, masked):
            found.append(_Cue(start, end, DENIED))
            masked.append((start, end))
    for start, end in by_kind["need"]:
        if not _overlaps(start, end, masked):
            found.append(_Cue(start, end, FAULT, need=True))
            masked.append((start, end))
    for m in C.NOT_ENOUGH_RE.finditer(text):
        if not _overlaps(*m.span(), masked):
            found.append(_Cue(m.start(), m.end(), FAULT))
            masked.append(m.span())
    # Fault and praise words may overlap ("too good"): the longer reading wins.
    raw = [(a, b, FAULT) for a, b in by_kind["fault"]] + [
        (a, b, PRAISE) for a, b in by_kind["praise"]
    ]
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    faults: list[tuple[int, int]] = []
    for start, end, sign in raw:
        if _overlaps(start, end, masked):
            continue
        if sign == FAULT:
            faults.append((start, end))
        negator = _NEGATED_PRAISE if sign == PRAISE else _NEGATED_FAULT
        neg = negator.search(text, max(0, start - 40), start)
        # "struggled to give clear examples": the fault verb also negates the praise.
        blocked = (
            neg
            and _overlaps(neg.start(), neg.end(), masked)
            and not (sign == PRAISE and _overlaps(neg.start(), neg.end(), faults))
        )
        if neg and not blocked:
            masked.append(neg.span())
            sign = FAULT if sign == PRAISE else DENIED
            start = neg.start()
        elif sign == PRAISE and _NEGATED_BELIEF.search(text, max(0, start - 120), start):
            sign = FAULT
        hedge = sign == PRAISE and text[start:end] in _HEDGES
        found.append(_Cue(start, end, sign, hedge=hedge))
        masked.append((start, end))
    # A negator left over still says something was absent: "haven't had anyone".
    for m in C.NEGATOR_RE.finditer(text):
        if not _overlaps(*m.span(), masked):
            found.append(_Cue(m.start(), m.end(), FAULT))
    found.sort(key=lambda c: c.start)
    return found


def _within(cues: list[_Cue], start: int, end: int) -> list[_Cue]:
    return [c for c in cues if c.start >= start and c.end <= end]


def _nearest(cues: list[_Cue], start: int, end: int) -> _Cue | None:
    best, best_d = None, None
    for c in cues:
        d = max(start - c.end, c.start - end, 0)
        if best_d is None or d < best_d:
            best, best_d = c, d
    return best


def _group_span(spans: list[Span], idx: int) -> tuple[int, int]:
    g = spans[idx].group
    members = [s for s in spans if s.group == g]
    return members[0].start, members[-1].end


def _topic_polarity(
    cues: list[_Cue],
    spans: list[Span],
    idx: int,
    m0: int,
    m1: int,
    theme: str,
    external_here: bool = False,
    others: tuple[int, ...] = (),
) -> int | None:
    span = spans[idx]
    local = _within(cues, span.start, span.end)
    g0, g1 = _group_span(spans, idx)
    group = _within(cues, g0, g1)
    if any(c.need and c.end <= m0 for c in local):
        return FAULT
    # A denial in the clause rules the theme out, unless praise backs it up.
    # A denial speaks for the theme it is nearest to: in "your knowledge of contract law
    # was excellent and we had no doubts about your drafting" it rules on the drafting.
    nearest = _nearest([c for c in local if not (c.start >= m0 and c.end <= m1)], m0, m1)
    denials = [c for c in local if c.sign == DENIED] if nearest and nearest.sign == DENIED else []
    if denials:
        # Only praise after the denial backs it up: "no reservations about X - among
        # the strongest"; "you interviewed well and we have no concerns" stays a denial.
        first = denials[0].start
        # ... and only praise of this theme: "money wasn't the issue and they liked your CV".
        backed = any(
            c.sign == PRAISE
            and not c.hedge
            and c.start > first
            and not any(first < o < c.start for o in others)
            for c in group
        )
        return PRAISE if backed else None
    signed = [c for c in local if c.sign != DENIED] or [c for c in group if c.sign != DENIED]
    cue = _nearest(signed, m0, m1)
    if cue is not None:
        return cue.sign
    # Money mentioned beside an external factor ("relocation wasn't in the budget")
    # is about that factor, so the default does not apply there.
    if theme in L.DEFAULT_WEAK and not external_here:
        return FAULT
    return FAULT if span.turn else None


def _evidence(text: str, span: Span, m0: int, m1: int) -> str:
    start, end = span.start, span.end
    if end - start > _EVIDENCE_MAX:
        start = max(start, m0 - 70)
        end = min(end, m1 + 70)
        while start > span.start and not text[start - 1].isspace():
            start -= 1
        while end < span.end and not text[end].isspace():
            end += 1
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip(" \t\n,;:-(\"'"))
    trail = len(chunk.rstrip(" \t\n,;:-)"))
    phrase = text[start + lead : start + trail] or text[m0:m1]
    # Text without spaces (a pasted URL, say) could stretch the phrase; the
    # stored evidence has a length limit, so fall back to the match itself.
    return phrase if len(phrase) <= _EVIDENCE_HARD_MAX else text[m0:m1][:_EVIDENCE_HARD_MAX]


_KIND_ORDER = {"strong": 0, "weak": 1, "external": 2, "topic": 3}


def _raw_matches(norm: str) -> list[tuple[str, str, int, int]]:
    """All lexicon hits; overlapping topic hits keep only the longest reading."""
    direct, topics = [], []
    for (theme, how), start, end in _PHRASES.find(norm):
        (topics if how == "topic" else direct).append((theme, how, start, end))
    kept: list[tuple[str, str, int, int]] = []
    # Strong before weak, longest first: "nobody could say I didn't prepare".
    for hit in sorted(direct, key=lambda h: (_KIND_ORDER[h[1]], h[2] - h[3], h[2])):
        if not any(k[0] == hit[0] and _overlaps(hit[2], hit[3], [k[2:]]) for k in kept):
            kept.append(hit)
    direct_spans = [k[2:] for k in kept]
    chosen: list[tuple[int, int]] = []
    order = list(L.TOPICS)
    for hit in sorted(topics, key=lambda h: (h[2] - h[3], order.index(h[0]), h[2])):
        # "live coding round" is problem solving, not also "coding"; and a topic
        # inside a fixed phrase ("itching for a management role") is that phrase's.
        if _overlaps(hit[2], hit[3], chosen) or _overlaps(hit[2], hit[3], direct_spans):
            continue
        chosen.append(hit[2:])
        kept.append(hit)
    kept.sort(key=lambda h: h[2])
    return kept


def _find(norm: str, spans: list[Span]) -> list[tuple]:
    starts = [s.start for s in spans]
    found = []  # (theme, polarity, start, end, sentence, how, clause index)
    hits = _raw_matches(norm)
    cues = _scan_cues(norm, [(h[2], h[3]) for h in hits if h[1] in ("weak", "strong")])
    located = [(h, bisect_right(starts, h[2]) - 1) for h in hits]
    # A fixed phrase settles its theme for the whole clause: "it was clear you had
    # not read the job description" is not also praise for the job description.
    settled = {
        (h[0], j)
        for h, i in located
        if h[1] in ("weak", "strong")
        for j in range(max(i, 0), len(spans))
        if j == i or spans[j].start < h[3]
    }
    # "stakeholder examples" is about stakeholders: drop the examples topic there.
    ends = {h[3] for h in hits if h[1] == "topic" and h[0] != "behavioral_examples"}
    hits = [
        h
        for h in hits
        if not (
            h[0] == "behavioral_examples"
            and h[1] == "topic"
            and _EXAMPLES.match(norm, h[2])
            and (h[2] - 1) in ends
        )
    ]
    located = [(h, bisect_right(starts, h[2]) - 1) for h in hits]
    present = {(h[0], i) for h, i in located}
    external_clauses = {i for h, i in located if h[1] == "external"}
    for (theme, how, m0, m1), idx in located:
        if idx < 0 or m0 >= spans[idx].end:
            continue
        if how == "topic" and ((theme, idx) in settled or (L.DEFER.get(theme), idx) in present):
            continue
        # "Your CV had no mention of SAP": what the document leaves out is the document's
        # fault, not a gap in the skill or the record it would have shown.
        if (
            how == "topic"
            and theme in _OMITTABLE
            and ("application_materials", idx) in present
            and _OMITTED.search(norm, spans[idx].start, spans[idx].end)
        ):
            continue
        if how == "weak":
            # "no concerns about whether you'd be happy here": a bare denial rules out
            # the fault it introduces.
            if _DENIED_BEFORE.search(norm, max(spans[idx].start, m0 - 60), m0):
                continue
            polarity = WEAKNESS
        elif how == "strong":
            polarity = STRENGTH
        elif how == "external":
            if theme == "competition" and (
                _AS_BENCHMARK.search(norm, max(0, m0 - 30), m0) or _FELLOW.match(norm, m1)
            ):
                continue  # "compared with the other candidates": the rivals are a yardstick
            local = _within(cues, spans[idx].start, spans[idx].end)
            # A denial rules out the factor it is about, not one named further on:
            # "zero concerns about your skills, it's really about start date".
            if any(
                c.sign == DENIED
                and (
                    (c.end <= m0 and "," not in norm[c.end : m0] and m0 - c.end < 40)
                    or (c.start >= m1 and c.start - m1 < 25)
                    or (c.start < m1 and c.end > m0)
                )
                for c in local
            ) or (
                theme != "competition"  # praise after a rival describes the rival
                and any(c.sign == PRAISE and 0 <= c.start - m1 < 25 for c in local)
            ):
                continue  # "your availability suits us": no external factor
            polarity = EXTERNAL
        else:
            others = tuple(h[2] for h, _ in located if h[0] != theme and h[1] == "topic")
            sign = _topic_polarity(cues, spans, idx, m0, m1, theme, idx in external_clauses, others)
            # Unjudged topics are kept as None for now: beside "another candidate"
            # an unjudged "experience" still names the shortcoming.
            polarity = {PRAISE: STRENGTH, FAULT: WEAKNESS}.get(sign)
        found.append((theme, polarity, m0, m1, spans[idx].sentence, how, idx))
    return found


# Rivals named only as a yardstick: "not quite as deep as some of the other applicants".
_DENIED_BEFORE = re.compile(
    r"\b(?:no|zero|not any|never any|without any|none of the) (?:real |particular |major |big |"
    r"serious )?(?:concerns?|doubts?|worries|worry|reservations?|questions?|issues?) (?:at all )?"
    r"(?:about|over|regarding|around|as to|on) (?:\w+ ){0,2}$"
    r"|\bwithout (?:ever )?(?:being|seeming|coming across as|sounding) (?:\w+ )?$"
)
_AS_BENCHMARK = re.compile(
    r"\b(?:compared (?:with|to)|relative to|than|as|against|behind|unlike)\s+"
    r"(?:(?:those|that) of\s+)?"
    r"(?:(?:some|many|most|all|one|any|each) of\s+)?(?:the\s+)?$"
)
# "the other candidate in the group task": a fellow candidate, not the one chosen.
_FELLOW = re.compile(
    r"\s+(?:in|during|on) (?:the|my|our|a) (?:group|panel|assessment|waiting|pair)"
)
# A document that leaves something out: "no mention of", "didn't include", "left off".
_OMITTED = re.compile(
    r"\b(?:no mention of|(?:did not|didn't|does not|doesn't|failed to|never) (?:include|mention|"
    r"list|show the dates|say)|(?:left|leaves|leaving) (?:\w+ )?off|missing from|nowhere (?:on|in))"
)
_OMITTABLE = frozenset({"technical_skills", "experience_level", "leadership", "domain_knowledge"})

# "your stakeholder examples", "leadership examples": the examples are of that theme.
# A behavioural question ("tell me about a time you led ...") gives way the same way
# to the theme it asks about.
_EXAMPLES = re.compile(r"examples?\b|(?:tell|told|asked|asking)\b|a time\b")

# What a rival had that the candidate lacks: "a candidate with more experience",
# "a candidate with a social work qualification".
_CREDENTIAL = re.compile(
    r"qualif|licen[cs]|certif|degree|phd|doctorate|master|level \d|cipd|acca|cima|cfa|registration|"
    r"speciali[sz]"
)
# "a candidate whose background aligned more closely" is still competition.
_CLOSER = re.compile(r"\b(?:closer|closely|better (?:fit|match|suited)|more aligned|aligns?)\b")


def _resolve(found: list[tuple], low: str, spans: list[Span]) -> list[tuple]:
    """Apply the who-was-chosen rule to sentences that mention a rival.

    A named shortcoming beats "another candidate": more years, more senior or
    experience the rival had is experience_level; a rival who is simply a
    closer match stays competition; other topics in the rival's clause describe
    the rival, not the candidate.
    """
    rival_sentences = {f[4] for f in found if f[0] == "competition"}
    rival_clauses = {f[6] for f in found if f[0] == "competition"}
    rival_at: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        if f[0] == "competition":
            rival_at.setdefault(f[6], []).append((f[2], f[3]))
    bounds: dict[int, list[int]] = {}
    for sp in spans:
        b = bounds.setdefault(sp.sentence, [sp.start, sp.end])
        b[1] = sp.end
    closer = {s for s in rival_sentences if _CLOSER.search(low, *bounds[s])}
    kept = []
    for f in found:
        theme, polarity, m0, m1, sentence, how, clause = f
        if sentence in rival_sentences and how == "topic":
            gap = theme == "experience_level" or (
                theme == "technical_skills" and _CREDENTIAL.search(low, m0, m1)
            )
            beside_rival = clause in rival_clauses and any(
                "," not in low[min(m1, r0) : max(m0, r1)] for r0, r1 in rival_at[clause]
            )
            # Praise beside the rival praises the rival: "our chosen candidate has
            # extensive experience of NHS commissioning".
            if gap and sentence not in closer and (polarity != STRENGTH or beside_rival):
                kept.append((theme, WEAKNESS, m0, m1, sentence, "weak", clause))
                continue
            if beside_rival:
                continue  # the rival's background, not the candidate's
        if polarity is None:
            continue
        kept.append(f)
    # "your examples did not demonstrate strategic influence" faults the influence,
    # not the examples: the examples topic gives way to another weakness in its clause.
    faulted = {(f[6], f[0]) for f in kept if f[1] == WEAKNESS}
    kept = [
        f
        for f in kept
        if not (
            f[0] == "behavioral_examples"
            and f[5] == "topic"
            and _EXAMPLES.match(low, f[2])
            and any(c == f[6] and t != f[0] and t in CANDIDATE for c, t in faulted)
        )
    ]
    named = {
        f[4]
        for f in kept
        if f[0] != "competition"
        and (
            f[1] == EXTERNAL or (f[1] == WEAKNESS and (f[5] == "weak" or f[6] not in rival_clauses))
        )
    }
    return [f for f in kept if not (f[0] == "competition" and f[4] in named)]


def classify(text: str) -> Result:
    """Name the feedback themes in one text. Deterministic and offline."""
    if not text or not text.strip():
        return Result()
    norm = normalise(text)
    low = norm.lower()
    if len(low) != len(norm):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)
    spans = clauses(low)
    if not spans:
        return Result()
    found = _resolve(_find(low, spans), low, spans)
    found.sort(key=lambda f: f[2])
    mentions: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    evidence: dict[str, str] = {}
    for theme, polarity, m0, m1, _, _, idx in found:
        if theme in EXTERNAL_THEMES and polarity != EXTERNAL:
            continue
        if (theme, polarity) in seen:
            continue
        seen.add((theme, polarity))
        phrase = _evidence(text, spans[idx], m0, m1)
        mentions.append((theme, polarity, phrase))
        evidence.setdefault(theme, phrase)
    by = {
        p: tuple(sorted({t for t, q, _ in mentions if q == p}))
        for p in (WEAKNESS, STRENGTH, EXTERNAL)
    }
    return Result(by[WEAKNESS], by[STRENGTH], by[EXTERNAL], evidence, mentions)
