"""The classifier: find theme mentions, then read each one's polarity from its clause."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from . import cues as C
from . import lexicon as L
from .matcher import PhraseIndex
from .reader import clause_features, reader
from .segment import Span, clauses, normalise
from .themes import CANDIDATE_THEMES as CANDIDATE
from .themes import EXTERNAL_THEMES

CLASSIFIER_VERSION = "rules-1.6+reader-2"

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
    ],
    longest=True,
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
_NEGATED_FAULT = re.compile(
    r"(\bnot|" + C.NT + r"|\bno|\bnever|\bhardly|\banything but)\s+(?:\w+\s+)?$"
)
# A negated judgement reaches further, to the end of its clause: "we didn't feel your
# grasp of IFRS 16 was strong", "the panel did not think your examples were detailed".
_NEGATED_BELIEF = re.compile(
    r"(?:\bnot|" + C.NT + r"|\bnever)\s+(?:\w+\s+){0,2}?(?:feel|think|believe|sense|see|find|"
    r"consider|get the (?:sense|impression|feeling)|get a (?:\w+ )?sense|convinced|persuaded|"
    r"sure|certain|satisfied|confident|reassured)\b(?:(?!\b(?:but|however|though|although|"
    r"whereas|while|and so|so)\b)"
    r"[^.;:!?()])*$"
)


# "not just", "not only", "not merely": more than, not less than.
_NOT_JUST = re.compile(r"not (?:just|only|merely|simply)\b")
# A fault phrase negated right before it: "never once lost your composure", "not at any point
# nervous", "far from being nervous".
_NEGATED_WEAK = re.compile(
    r"(?:\bnot|n't|\bnever|\bno one|\bnobody|\bfar from(?: being)?)(?: (?:once|ever|really|"
    r"at any point|at all|for a moment|for one moment|even|remotely))? $"
)

_DOUBTED = re.compile(
    r"(?:not|no|never|n't|sure|convinced|certain|persuaded|confident|clear|sold|satisfied|"
    r"reassured)\b"
)

_HEDGES = frozenset({"clear", "clearly", "obvious", "obviously", "evident"})


def _overlaps(a0: int, a1: int, taken: list[tuple[int, int]]) -> bool:
    return any(a0 < b1 and b0 < a1 for b0, b1 in taken)


def _scan_cues(
    text: str, fixed: list[tuple[int, int]], boilerplate: list[tuple[int, int]] | None = None
) -> list[_Cue]:
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
    if boilerplate is not None:
        boilerplate.extend(by_kind["rejection"])
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
        # "we can't speak highly enough of you" is praise said through a negative.
        if any(a <= m.start() < b for a, b in by_kind["praise"]):
            continue
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
        # "not just good, it was outstanding": a negator that only says "more than" is praise.
        if neg and sign == PRAISE and _NOT_JUST.match(text, neg.start()):
            masked.append(neg.span())
            neg = None
        # "struggled to give clear examples": the fault verb also negates the praise.
        blocked = (
            neg
            and _overlaps(neg.start(), neg.end(), masked)
            and not (sign == PRAISE and _overlaps(neg.start(), neg.end(), faults))
            # "you never once lost your composure": "never" read as a fault of its own still
            # denies the fault after it.
            and not (
                sign == FAULT
                and C.NEGATOR_RE.fullmatch(text, *neg.span(1))
                and not _overlaps(*neg.span(1), [m for m in masked if m not in faults])
            )
        )
        if neg and not blocked:
            masked.append(neg.span())
            sign = FAULT if sign == PRAISE else DENIED
            start = neg.start()
        elif (
            sign == PRAISE
            and (belief := _NEGATED_BELIEF.search(text, max(0, start - 120), start))
            # "it's not often we see such preparation" has been read already.
            and not _overlaps(
                belief.start(), belief.end(), [(c.start, c.end) for c in found if c.sign == PRAISE]
            )
        ):
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
    # An unmet requirement speaks for what follows it, not for what came before.
    signed = [c for c in local if c.sign != DENIED] or [
        c for c in group if c.sign != DENIED and not (c.need and c.start >= m1)
    ]
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


def _scan(norm: str) -> tuple[list, list[_Cue], list[tuple[int, int]]]:
    """The lexicon's hits, the polarity cues and the rejection boilerplate's spans."""
    hits = _raw_matches(norm)
    boilerplate: list[tuple[int, int]] = []
    cues = _scan_cues(norm, [(h[2], h[3]) for h in hits if h[1] in ("weak", "strong")], boilerplate)
    return hits, cues, boilerplate


def _find(
    norm: str,
    spans: list[Span],
    hits: list[tuple[str, str, int, int]],
    cues: list[_Cue],
    boilerplate: list[tuple[int, int]],
) -> list[tuple]:
    starts = [s.start for s in spans]
    found = []  # (theme, polarity, start, end, sentence, how, clause index)
    # A topic inside rejection boilerplate ("having reviewed your application against the
    # person specification", "we will retain your CV") names nothing.
    if boilerplate:
        hits = [
            h
            for h in hits
            if not (h[1] == "topic" and any(b0 <= h[2] and h[3] <= b1 for b0, b1 in boilerplate))
        ]
    located = [(h, bisect_right(starts, h[2]) - 1) for h in hits]
    # A fixed phrase settles its theme for the whole clause: "it was clear you had
    # not read the job description" is not also praise for the job description.
    settled = {
        (h[0], j)
        for h, i in located
        if h[1] in ("weak", "strong")
        # "confident without being arrogant": a fault denied in passing settles nothing.
        and not (
            h[1] == "weak"
            and i >= 0
            and _DENIED_BEFORE.search(norm, max(spans[i].start, h[2] - 60), h[2])
        )
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
    # "my CV let me down: ... it read like a job description": the CV's sentence is about it.
    present_sentence = {
        (h[0], spans[i].sentence)
        for h, i in located
        if h[0] == "application_materials" and h[1] == "weak"
    }
    external_clauses = {i for h, i in located if h[1] == "external"}
    for (theme, how, m0, m1), idx in located:
        if idx < 0 or m0 >= spans[idx].end:
            continue
        if how == "topic" and (
            (theme, idx) in settled
            or (L.DEFER.get(theme), idx) in present
            or (L.DEFER.get(theme), spans[idx].sentence) in present_sentence
        ):
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
            # "Your CV is a bit of a wall of text": in a clause about the CV, its wording is
            # the document's fault, not the candidate's speech.
            if theme == "communication" and any(
                h[0] == "application_materials" and j == idx and h[2] < m0 for h, j in located
            ):
                continue
            # "no concerns about whether you'd be happy here": a bare denial rules out
            # the fault it introduces.
            if _DENIED_BEFORE.search(norm, max(spans[idx].start, m0 - 60), m0):
                continue
            # "you never once lost your composure", "far from being nervous": a fault named only
            # to be denied outright names nothing.
            # A phrase that is itself a doubt ("[weren't] sure you'd be happy") is not denied.
            if (
                not _DOUBTED.match(norm, m0)
                and not C.NEGATOR_RE.match(norm, m0)
                and _NEGATED_WEAK.search(norm, max(spans[idx].start, m0 - 30), m0)
            ):
                continue
            polarity = WEAKNESS
        elif how == "strong":
            polarity = STRENGTH
        elif how == "external":
            if theme == "competition" and (
                _AS_BENCHMARK.search(norm, max(0, m0 - 30), m0)
                or _FELLOW.match(norm, m1)
                or _BESIDE.search(norm, max(0, m0 - 30), m0)
            ):
                continue  # "compared with the other candidates": the rivals are a yardstick
            # "we have other candidates to see this week", "we are only contacting shortlisted
            # candidates": rivals still in the process, or written to, were not chosen.
            if theme == "competition" and (
                _STILL_TO_SEE.match(norm, m1) or _WRITTEN_TO.search(norm, max(0, m0 - 30), m0)
            ):
                continue
            # "thanks for coming along to the trial shift on Saturday", "the hiring manager has
            # been travelling": a shift thanked for, or someone else's movements, are not a
            # constraint on the candidate.
            if theme == "logistics" and (
                _THANKED_FOR.search(norm, spans[idx].start, m0)
                or _SOMEONE_ELSE.search(norm, max(spans[idx].start, m0 - 40), m0)
            ):
                continue
            local = _within(cues, spans[idx].start, spans[idx].end)
            # A denial rules out the factor it is about, not one named further on:
            # "zero concerns about your skills, it's really about start date".
            if any(
                c.sign == DENIED
                and (
                    (c.end <= m0 and "," not in norm[c.end : m0] and m0 - c.end < 40)
                    or (
                        c.start >= m1
                        and c.start - m1 < 25
                        and not (theme == "competition" and _AND_THEN.search(norm, m1, c.start))
                    )
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
            # "limited experience using EMIS": the skill named after a shortfall of
            # experience is what fell short.
            if (
                polarity is None
                and theme in ("technical_skills", "domain_knowledge")
                and any(
                    h[0] == "experience_level"
                    and h[1] == "weak"
                    and j == idx
                    and 0 <= m0 - h[3] < 40
                    and _SHORT_OF.search(norm, h[2], h[3])
                    and _USING.match(norm, h[3])
                    for h, j in located
                )
            ):
                polarity = WEAKNESS
        found.append((theme, polarity, m0, m1, spans[idx].sentence, how, idx))
    return _elliptical_turns(found, cues, spans, located, norm)


def _elliptical_turns(
    found: list[tuple], cues: list[_Cue], spans: list[Span], located: list, norm: str
) -> list[tuple]:
    """ "Your Python is fine for scripting, but not for production work", "your knowledge of
    payroll was good, albeit a bit dated": a short turn with no subject of its own that faults
    nothing by name also faults the theme praised just before it, in the same sentence.
    """
    hit_groups = {spans[i].group for _, i in located if i >= 0}
    faulted_groups = set()
    for g in {sp.group for sp in spans if sp.turn} - hit_groups:
        members = [sp for sp in spans if sp.group == g]
        g0, g1 = members[0].start, members[-1].end
        if (
            len(norm[g0:g1].split()) <= 8
            and not _SUBJECT.search(norm, g0, g1)
            and any(c.sign == FAULT and not c.need for c in _within(cues, g0, g1))
        ):
            faulted_groups.add((members[0].sentence, g - 1))
    if not faulted_groups:
        return found
    extra = [
        (f[0], WEAKNESS, *f[2:])
        for f in found
        if f[1] == STRENGTH and f[5] == "topic" and (f[4], spans[f[6]].group) in faulted_groups
    ]
    return found + extra


# A clause with a subject of its own says something new: "but talked about them like
# nothing", "but we had concerns about his attitude".
_SUBJECT = re.compile(r"\b(?:you|your|he|she|they|we|i|it|his|her|their|our|my)\b")


# "You were their second choice and had nothing negative to say": a denial after "and"
# starts a new statement, about the candidate rather than the factor.
_AND_THEN = re.compile(r"\b(?:and|but)\b")

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
# "you listened well to the other candidates", "built on the other applicants' ideas": someone
# the candidate worked beside, not someone chosen instead.
_BESIDE = re.compile(
    r"\b(?:listen\w*|talk\w*|spoke|speak\w*|interrupt\w*|work\w*|argu\w*|collaborat\w*|help\w*|"
    r"support\w*|engag\w*|clash\w*|cooperat\w*|built|build\w*|brought|bring\w*|includ\w*)"
    r"(?: (?:well|closely|carefully|over|in|on|off|up))? (?:to |with |over |on |alongside )?$"
)
_STILL_TO_SEE = re.compile(
    r"\s+(?:still )?(?:to (?:see|interview|meet|speak (?:to|with)|talk to|hear from)|"
    r"(?:will|would) be (?:contacted|notified|invited)|with feedback)\b"
)
_WRITTEN_TO = re.compile(
    r"\b(?:contact\w*|notif\w*|inform\w*|respond\w* to|repl\w* to|writ\w* to|feedback to)\s+"
    r"(?:only |all |the |our )*$"
)
_THANKED_FOR = re.compile(
    r"\bthank(?:s| you)(?: so much| again| very much)? for (?:coming|attending|joining|popping|"
    r"meeting|doing|completing|taking part)\b[^.;:!?]*$"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:hiring manager|manager|recruiter|client|interviewer|panel|director|ceo|founder|boss)"
    r"(?:'s| has| have| had| was| were| is| are)(?: been| currently| now)* $"
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
_EXAMPLES = re.compile(
    r"(?:(?:your|my|the|his|her|their) )?(?:examples?\b|stor(?:y|ies)\b)|(?:tell|told|asked|"
    r"asking)\b|a time\b"
)

# What a rival had that the candidate lacks: "a candidate with more experience",
# "a candidate with a social work qualification".
_CREDENTIAL = re.compile(
    r"qualif|licen[cs]|certif|degree|phd|doctorate|master|level \d|cipd|acca|cima|cfa|registration|"
    r"diploma|ticket|accreditation|card|chartered|"
    r"speciali[sz]"
)
# Leading people, said of what someone did: "had led a team", "managed people".
_LED = re.compile(
    r"(?:led|lead|leading|manag\w*|ran|run|running|supervis\w*|mentor\w*|coach\w*|line manag\w*|"
    r"(?:a|the) team of|direct reports|people management)\b"
)
# "a candidate whose background aligned more closely" is still competition.
_CLOSER = re.compile(
    r"\b(?:closer|closely|better (?:fit|match|suited)|more aligned|aligns?|"
    r"fit(?:ted|s)? (?:\w+ ){0,3}better|better-suited|"
    r"(?:almost |pretty much |just |precisely )?exactly the (?:background|profile|experience|"
    r"skills?|mix))\b"
)


# Exercises named as the setting of what went wrong.
_SETTING = re.compile(
    r"(?:(?:in|on|during) )?(?:the |a |your |my |their )?(?:[\w-]+ ){0,2}(?:role[- ]?play|"
    r"take[- ]home(?: exercise| task| test)?|scenarios?(?: questions?| exercise)?|simulation|"
    r"(?:practical|written|group|live|data|in-tray|presentation|technical) (?:task|exercise|test)"
    r"|mock(?: \w+)?|practical)"
)
_JUDGED = re.compile(r"['\"]? (?:was|were|is|went)\b")
_ANSWERS_ABOUT = re.compile(
    r"\b(?:answers?|responses?|examples?|stories) (?:about|on|around|regarding|to (?:the |your )?"
    r"questions? (?:about|on)) (?:[\w-]+ ){0,3}$"
)
_EXPERIENCE_OF = re.compile(r"(?:[\w-]+ )*?(?:experience|background|exposure|familiarity)\b")
_OF_WHAT = re.compile(r" (?:in|with|of|using|to|on)\b")
_BARE_EXPERIENCE = re.compile(r"experience|background|exposure")
_SHORT_OF = re.compile(r"(?:experience|background|exposure|familiarity)$")
# A tool used or a thing met: "experience using EMIS", "exposure to SAP".
_USING = re.compile(r" (?:using|with|to)\b")
_ENDS_OF_WHAT = re.compile(r" (?:in|with|of|using|to|on)$")
_AND_A_CONSTRAINT = re.compile(r"\band (?:they|we|you're|you are|it's|the role)\b")
_MARKET_AFTER = re.compile(r" (?:market|markets|sector|industry|vendors|space|landscape)\b")
_NEW_STATEMENT = re.compile(r",? and (?:that |then |also )?(?:you|he|she)\b")

# "the statistical modelling task": a skill word that names an exercise.
_NAMES_EXERCISE = re.compile(r" (?:task|exercise|assignment|case study|case|challenge|brief)s?\b")

# A named tool or language stays a skill whatever exercise it was shown in.
_TOOL = re.compile(r"\b" + L._TOOL + r"\b")

# Topic weaknesses that give way to another theme's weakness in the same clause (and,
# for the second table, the same sentence).
_GIVES_WAY = {
    "domain_knowledge": ("preparation", "motivation"),
    # "I hadn't looked at their values page" is preparation.
    "culture_fit": ("preparation",),
    "technical_skills": ("motivation",),
    "collaboration": ("confidence", "leadership"),
    # "unable to articulate why you had applied" is the motivation, not the delivery.
    "communication": ("motivation",),
    # "you might find our pace frustrating after years in startups": the years are context.
    # "Your CV didn't make clear the dates of your previous roles" is the CV's fault.
    "experience_level": ("culture_fit", "motivation", "application_materials"),
}
_GIVES_WAY_SENTENCE: dict[str, tuple[str, ...]] = {
    # "the logic of your pricing case was hard to follow", "you couldn't articulate what
    # success would look like" are about the reasoning ...
    "communication": ("problem_solving",),
    # "we need someone comfortable working autonomously; you prefer close supervision" is a
    # way of working, not a gap in the record.
    "experience_level": ("culture_fit",),
}
# ... but a presentation or an explanation is delivered, and its delivery is communication.
_DELIVERED = re.compile(r"presentation|explanation|jargon|specialist|audience")


def _weak_topic(f: tuple, theme: str | None = None) -> bool:
    """A found mention that is a weakness read from a topic word (not a fixed phrase), of
    `theme` if one is given: the kind the rules below let give way to another reading."""
    return f[1] == WEAKNESS and f[5] == "topic" and (theme is None or f[0] == theme)


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
            # ... and so is leading people the rival had done: "another candidate had led a
            # team of a comparable size".
            gap = (
                theme == "experience_level"
                or (theme == "technical_skills" and _CREDENTIAL.search(low, m0, m1))
                or (theme == "leadership" and _LED.match(low, m0, m1))
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
    # A fault joined on with "and that you ..." is a statement of its own, not what the
    # examples failed to show: "your answers lacked real examples and that you undersold
    # yourself".
    faulted = [(f[6], f[0], f[2]) for f in kept if f[1] == WEAKNESS]
    kept = [
        f
        for f in kept
        if not (
            f[0] == "behavioral_examples"
            and f[5] == "topic"
            and _EXAMPLES.match(low, f[2])
            and any(
                c == f[6]
                and t != f[0]
                and t in CANDIDATE
                and not _NEW_STATEMENT.search(low, min(f[3], at), max(f[3], at))
                for c, t, at in faulted
            )
        )
    ]
    # "In the client role-play your advice was buried in jargon" faults the communication,
    # not the exercise: an exercise named only as the setting gives way to another
    # candidate weakness in its clause (a skill named after it is the next rule's business).
    settings = [
        f for f in kept if _weak_topic(f, "problem_solving") and _SETTING.fullmatch(low, f[2], f[3])
    ]
    if settings:
        substance = {
            f[6]
            for f in kept
            if f[0] == "problem_solving" and f[1] == WEAKNESS and f not in settings
        }
        drop = set()
        for s_ in settings:
            # "the take-home was 'competent but unimaginative'": judged in its own right.
            if s_[6] in substance or _JUDGED.match(low, s_[3]):
                continue
            for g in kept:
                if (
                    g[6] == s_[6]
                    and g[1] == WEAKNESS
                    and g[0] in CANDIDATE
                    and g[0] != "problem_solving"
                    # Listening and rapport with the role-play's client are how the
                    # scenario was handled.
                    and not (g[0] == "communication" and g[5] == "topic")
                    and (
                        g[0] != "technical_skills"
                        or g[5] != "topic"
                        or g[2] < s_[2]
                        or _TOOL.search(low, g[2], g[3])
                    )
                ):
                    drop.add(s_)
                    break
        kept = [f for f in kept if f not in drop]
    # "In the in-tray exercise you worked through the items in order, and the safeguarding
    # referral was left until the end": once a clause has faulted an exercise, the skill
    # words that follow describe how it went, so the exercise (problem solving) is the
    # weakness, not the skill.
    exercise_at = {}
    for f in kept:
        if f[0] == "problem_solving" and f[1] == WEAKNESS:
            exercise_at[f[6]] = min(exercise_at.get(f[6], f[2]), f[2])
    # A skill that only names the exercise ("the statistical modelling task was incomplete")
    # is the exercise too.
    if exercise_at:
        kept = [
            f
            for f in kept
            if not (
                _weak_topic(f, "technical_skills")
                and f[6] in exercise_at
                and (
                    (exercise_at[f[6]] < f[2] and not _TOOL.search(low, f[2], f[3]))
                    or _NAMES_EXERCISE.match(low, f[3])
                )
            )
        ]
    # "the construction software market" is a market, not a skill.
    kept = [
        f
        for f in kept
        if not (f[0] == "technical_skills" and f[5] == "topic" and _MARKET_AFTER.match(low, f[3]))
    ]
    # A theme named only as the object of another fault gives way to it: "you hadn't looked
    # into our products" is preparation, "not excited about the legal sector" motivation,
    # "too timid with senior stakeholders" confidence.
    faulted_in = {(f[6], f[0]) for f in kept if f[1] == WEAKNESS}
    faulted_sentence = {(f[4], f[0]) for f in kept if f[1] == WEAKNESS}
    kept = [
        f
        for f in kept
        if not (
            _weak_topic(f)
            and (
                any((f[6], t) in faulted_in for t in _GIVES_WAY.get(f[0], ()))
                or (
                    any((f[4], t) in faulted_sentence for t in _GIVES_WAY_SENTENCE.get(f[0], ()))
                    and not _DELIVERED.search(low, f[2], f[3])
                )
            )
        )
    ]
    # "more hands-on experience with Kubernetes", "a stronger background in PLC programming":
    # experience of a named skill or market is that skill or market; "experience of running a
    # kitchen brigade" is leading people.
    named_at = [
        (f[6], f[2], f[0])
        for f in kept
        if f[1] == WEAKNESS and f[0] in ("technical_skills", "domain_knowledge", "leadership")
    ]
    kept = [
        f
        for f in kept
        if not (
            f[0] == "experience_level"
            and f[1] == WEAKNESS
            and (f[5] == "topic" or _SHORT_OF.search(low, f[2], f[3]))
            and _EXPERIENCE_OF.match(low, f[2], f[3] + 1)
            and (_OF_WHAT.match(low, f[3]) or _ENDS_OF_WHAT.search(low, f[2], f[3]))
            and any(
                c == f[6]
                and 0 < at - f[3] < (40 if t == "leadership" else 60)
                # A fixed phrase gives way to a tool used or met ("limited experience using
                # EMIS") or to people led ("more experience of leading a team").
                and (f[5] == "topic" or t == "leadership" or _USING.match(low, f[3]))
                for c, at, t in named_at
            )
        )
    ]
    # "hands-on Kubernetes experience": experience named by the skill right before it is
    # that skill.
    skill_end = {
        (f[6], f[3])
        for f in kept
        if f[1] == WEAKNESS and f[0] in ("technical_skills", "domain_knowledge")
    }
    kept = [
        f
        for f in kept
        if not (
            _weak_topic(f, "experience_level")
            and _BARE_EXPERIENCE.fullmatch(low, f[2], f[3])
            and (f[6], f[2] - 1) in skill_end
        )
    ]
    # "Your answers about safeguarding stayed general": the subject of an answer that lacked
    # a real example is the example's, not a gap in the subject.
    # So is a subject an answer "stayed theoretical" about: "behaviour management with a
    # tough group: your answers stayed theoretical".
    told_at = {f[4] for f in kept if f[0] == "behavioral_examples" and f[1] == WEAKNESS}
    stayed_at = {
        f[4] for f in kept if f[0] == "behavioral_examples" and f[1] == WEAKNESS and f[5] == "weak"
    }
    kept = [
        f
        for f in kept
        if not (
            _weak_topic(f)
            and (
                (
                    f[0] == "technical_skills"
                    and f[4] in told_at
                    and _ANSWERS_ABOUT.search(low, max(0, f[2] - 50), f[2])
                )
                or (f[0] == "problem_solving" and f[4] in stayed_at)
            )
        )
    ]
    # "My CV reads like a list of duties - nothing about what I actually achieved": what the
    # document fails to show is the document's fault, in its sentence and the next.
    cv_at = {f[4] for f in kept if f[0] == "application_materials" and f[1] == WEAKNESS}
    kept = [
        f
        for f in kept
        if not (
            f[0] == "behavioral_examples"
            and f[1] == WEAKNESS
            and (f[4] in cv_at or f[4] - 1 in cv_at)
        )
    ]
    # "Your examples were specific and well quantified. ... several of your stories described
    # pushing changes through over the objections of the teams": a theme the text praises
    # outright, named again only as a topic beside another fault, is the setting of that
    # fault rather than a second verdict on the theme.
    praised = {f[0] for f in kept if f[1] == STRENGTH}
    if praised:
        others_at = {}
        for f in kept:
            if f[1] == WEAKNESS and f[0] in CANDIDATE:
                others_at.setdefault(f[6], set()).add(f[0])
        kept = [
            f
            for f in kept
            if not (
                _weak_topic(f)
                and f[0] in praised
                and others_at.get(f[6], set()) - {f[0]}
                and not any(g[0] == f[0] and g[1] == STRENGTH and g[4] == f[4] for g in kept)
            )
        ]
    # "Your views on billing targets and working hours did not align with the firm's", "an
    # early-start, boots-on-site sort of crew": hours and sites named to describe how a place
    # works, or what the candidate would rather do, are not a logistics constraint.
    # The same goes for a shift, a site or a car that is only the setting of another fault
    # ("the confidence to work alone on a night shift"); a constraint added with "and they
    # need someone on site" is still one.
    faults_at: dict[int, list[int]] = {}
    for f in kept:
        if f[1] == WEAKNESS and f[0] in CANDIDATE and f[0] != "compensation":
            faults_at.setdefault(f[6], []).append(f[3])
    kept = [
        f
        for f in kept
        if not (
            f[0] == "logistics"
            and f[6] in faults_at
            and not _AND_A_CONSTRAINT.search(
                low, max([e for e in faults_at[f[6]] if e <= f[2]], default=f[2]), f[2]
            )
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


# rules-1.6: a sentence that only describes the role ("the role requires strong Excel skills",
# "our ideal candidate will have a Level 3 qualification", "we're looking for people who are
# curious") says what the job needs, not what the candidate lacked or showed.
_DESCRIBES = re.compile(
    r"\s*(?:(?:dear|hi|hello) [\w .'-]{1,30}, |please note,? (?:that )?)?"
    r"(?:(?:the|this|our) (?:[\w-]+ ){0,2}(?:role|position|post|job|vacancy|opening|programme|"
    r"scheme)(?: \w+)? (?:requires?|required|calls? for|called for|demands?|involves?|"
    r"will involve|needs|asks for)\b"
    r"|(?:our|the) ideal (?:candidate|applicant|person|hire|match)\b"
    r"|(?:the )?(?:successful|right|ideal) (?:candidate|applicant|person)(?: will| would| is "
    r"expected| must| should| needs)\b"
    r"|(?:the )?(?:postholder|post-holder|new hire|appointee|jobholder)(?: will| would| is "
    r"expected| must| should| needs)\b"
    r"|(?:we're|we are)(?: currently| always)? (?:looking for|seeking|searching for) (?:someone|"
    r"somebody|people|candidates|individuals|a candidate|an? (?:[\w-]+ ){0,3}?[\w-]+)"
    r"(?: who| with| that)\b"
    r"|we (?:require|seek) (?:[\w-]+ )?(?:candidates|applicants|people|staff|carers|someone|"
    r"somebody|individuals)\b"
    r"|we (?:assess|review|score|consider) (?:every|each|all) (?:application|candidate)s?\b)"
)
# ... as long as it says nothing of the candidate and compares nothing ...
_OF_CANDIDATE = re.compile(
    r"\b(?:you|your|yours|you're|you've|yourself|i|my|me|i'm|i've)\b|\b(?:more|stronger|deeper|"
    r"better|greater|broader|wider|further|less|fewer|\w+er than)\b"
)
# ... in a form letter.
_FORM_LETTER = re.compile(
    r"\b(?:thank|unfortunately|regret|unsuccessful|not (?:been )?(?:successful|shortlisted|"
    r"selected)|(?:not|n't) (?:be )?(?:moving|progressing|taking|proceeding))"
)


def _role_described(found: list[tuple], low: str, spans: list[Span]) -> list[tuple]:
    """Drop the candidate themes of sentences that only describe the role, in a form letter
    that says nothing else about the candidate."""
    bounds: dict[int, list[int]] = {}
    for sp in spans:
        b = bounds.setdefault(sp.sentence, [sp.start, sp.end])
        b[1] = sp.end
    described = {
        i
        for i, (b0, b1) in bounds.items()
        if _DESCRIBES.match(low, b0, b1) and not _OF_CANDIDATE.search(low, b0, b1)
    }
    if not described or not _FORM_LETTER.search(low):
        return found
    if any(f[0] in CANDIDATE and f[1] is not None and f[4] not in described for f in found):
        return found
    return [
        f for f in found if not (f[4] in described and (f[0] in CANDIDATE or f[0] == "competition"))
    ]


def _lower(text: str) -> str:
    norm = normalise(text)
    low = norm.lower()
    if len(low) != len(norm):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)
    return low


def reader_features(text: str) -> set[str]:
    """What the second reader sees of a text (for fitting it; see reader.py)."""
    low = _lower(text)
    spans = clauses(low)
    hits, cues, _ = _scan(low)
    return set().union(*clause_features(low, spans, hits, _tones(spans, cues)))


def _tones(spans: list[Span], cues: list[_Cue]) -> list[str]:
    """Each clause's verdict for the second reader: F finds fault, P praises (a bare
    "clearly" is no praise), D denies, T follows a turn, N none."""
    starts = [c.start for c in cues]
    tones = []
    for span in spans:
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end, lo)
        signs = {c.sign for c in cues[lo:hi] if not (c.sign == PRAISE and c.hedge)}
        if FAULT in signs:
            tones.append("F")
        elif PRAISE in signs:
            tones.append("P")
        elif DENIED in signs:
            tones.append("D")
        else:
            tones.append("T" if span.turn else "N")
    return tones


_SHORT_CLAUSE = 5  # words


def _second_reading(
    text: str, low: str, spans: list[Span], hits: list, cues: list[_Cue], mentions: list
) -> list[tuple[str, str, str]]:
    """Let the second reader (reader.py) confirm, drop or add weaknesses."""
    per_clause = clause_features(low, spans, hits, _tones(spans, cues))
    weak = {t for t, p, _ in mentions if p == WEAKNESS}
    strong = {t for t, p, _ in mentions if p == STRENGTH}
    r = reader()
    verdict = r.weaknesses(set().union(*per_clause), weak, strong)
    kept = [m for m in mentions if m[1] != WEAKNESS or m[0] in verdict]
    for theme in sorted(verdict - weak):
        # Its evidence is the clause that speaks most for the theme; a clause of a few
        # words ("I have examples") says little alone, so its whole sentence is quoted.
        span = spans[r.best_clause(theme, per_clause)]
        quoted = span
        if len(text[span.start : span.end].split()) < _SHORT_CLAUSE:
            sentence = [s for s in spans if s.sentence == span.sentence]
            quoted = Span(sentence[0].start, sentence[-1].end, span.sentence, span.group)
        kept.append((theme, WEAKNESS, _evidence(text, quoted, span.start, span.end)))
    return kept


def classify(text: str, *, second_reading: bool = True) -> Result:
    """Name the feedback themes in one text. Deterministic and offline.

    `second_reading=False` gives the rules' reading alone (for fitting the reader).
    """
    if not text or not text.strip():
        return Result()
    low = _lower(text)
    spans = clauses(low)
    if not spans:
        return Result()
    hits, cues, boilerplate = _scan(low)
    found = _find(low, spans, hits, cues, boilerplate)
    found = _role_described(_resolve(found, low, spans), low, spans)
    found.sort(key=lambda f: f[2])
    mentions: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for theme, polarity, m0, m1, _, _, idx in found:
        if theme in EXTERNAL_THEMES and polarity != EXTERNAL:
            continue
        if (theme, polarity) in seen:
            continue
        seen.add((theme, polarity))
        mentions.append((theme, polarity, _evidence(text, spans[idx], m0, m1)))
    if second_reading:
        mentions = _second_reading(text, low, spans, hits, cues, mentions)
    evidence: dict[str, str] = {}
    for theme, _, phrase in mentions:
        evidence.setdefault(theme, phrase)
    by = {
        p: tuple(sorted({t for t, q, _ in mentions if q == p}))
        for p in (WEAKNESS, STRENGTH, EXTERNAL)
    }
    return Result(by[WEAKNESS], by[STRENGTH], by[EXTERNAL], evidence, mentions)
