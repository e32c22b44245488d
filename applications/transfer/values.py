"""Reading one cell: dates, status words, salaries, sources. Pure functions, no database."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from applications.models import Source, Status
from applications.transfer.columns import normalise

# What trackers and spreadsheets write for "nothing here".
MISSING = {"", "n a", "na", "none", "null", "nil", "nan", "unknown", "tbd", "tba", "k a"}
_DASHES = {"", "-", "--", "—", "–", "?", "/", "."}

DMY, MDY = "dmy", "mdy"
DATE_ORDERS = {DMY: "Day first (14/03/2026)", MDY: "Month first (3/14/2026)"}
# Day 0 of spreadsheet serial dates, as Excel and LibreOffice count them.
_SERIAL_EPOCH = date(1899, 12, 30)

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "january jan januar janvier enero jänner janner",
            "february feb februar fevrier febrero",
            "march mar marz maerz mars marzo",
            "april apr avril abril",
            "may mai mayo",
            "june jun juni juin junio",
            "july jul juli juillet julio",
            "august aug aout agosto",
            "september sep sept septembre septiembre",
            "october oct oktober okt octobre octubre",
            "november nov novembre noviembre",
            "december dec dezember dez decembre diciembre",
        ]
    )
    for name in names.split()
}


@lru_cache(maxsize=65536)
def is_missing(text: str) -> bool:
    text = text.strip()
    # Only a cell with some Latin letters can spell one of MISSING; "株式会社" is a name.
    return text in _DASHES or (len(text) <= 10 and normalise(text) in MISSING - {""})


def unescape_formula(text: str) -> str:
    """Undo the apostrophe a spreadsheet-safe export puts before "=", "+", "-" or "@"."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _year(y: str) -> int:
    year = int(y)
    return year + 2000 if len(y) == 2 else year


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ,].*)?$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_WORDS = re.compile(r"[a-zäöüéû]+|\d+")


def numeric_parts(text: str) -> tuple[int, int, str] | None:
    """The first two numbers and the separator of a d/m/y or m/d/y date, for settling the order."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return None
    return int(match.group(1)), int(match.group(3)), match.group(2)


def parse_date(text: str, order: str = DMY) -> date | None:
    """A date from ISO, US, European, spreadsheet-serial or written-out forms; None if not one."""
    text = text.strip()
    if match := _ISO.match(text):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC.match(text):
        a, sep, b, y = int(match.group(1)), match.group(2), int(match.group(3)), match.group(4)
        # A dotted date is European everywhere; slashes and dashes follow the file's order.
        if sep == "." or order == DMY:
            return _make(_year(y), b, a)
        return _make(_year(y), a, b)
    if _SERIAL.match(text):
        days = float(text)
        if 20000 <= days <= 80000:
            return _SERIAL_EPOCH + timedelta(days=int(days))
        return None
    return _parse_words(text)


def _parse_words(text: str) -> date | None:
    """ "14 March 2026", "Mar 14, 2026", "14. März 2026"."""
    tokens = _WORDS.findall(text.lower().replace("ä", "a"))
    numbers = [t for t in tokens if t.isdigit()]
    months = [_MONTHS[t] for t in tokens if t in _MONTHS]
    if len(months) != 1 or len(numbers) != 2:
        return None
    day, year = numbers if len(numbers[1]) == 4 else numbers[::-1]
    if len(year) != 4 or len(day) > 2:
        return None
    return _make(int(year), months[0], int(day))


def settle_date_order(texts: list[str], default: str) -> tuple[str, bool, str]:
    """Decide day-first or month-first for a whole file.

    Returns (order, ambiguous, why): ambiguous is True when no date in the file settles it,
    so the choice rests on the default and the user should be asked.
    """
    day_first = month_first = 0
    example_d = example_m = ""
    for text in texts:
        parts = numeric_parts(text)
        if not parts or parts[2] == ".":
            continue
        a, b, _ = parts
        if a > 12 >= b:
            day_first += 1
            example_d = example_d or text.strip()
        elif b > 12 >= a:
            month_first += 1
            example_m = example_m or text.strip()
    if day_first and not month_first:
        return DMY, False, f"“{example_d}” can only be day first."
    if month_first and not day_first:
        return MDY, False, f"“{example_m}” can only be month first."
    if day_first and month_first:
        order = DMY if day_first >= month_first else MDY
        return (
            order,
            True,
            (f"The file mixes both: “{example_d}” is day first, “{example_m}” is month first."),
        )
    return default, True, "No date in the file settles it."


# Comma-separated phrases, compared after normalise(): lower case, no accents or punctuation.
_STATUS_WORDS = {
    Status.WISHLIST: (
        "wishlist, wish list, saved, draft, interested, bookmarked, bookmark, to apply, "
        "want to apply, not applied, not applied yet, planned, idea, prospect, lead, "
        "considering, researching, applying, gemerkt, merkliste, vorgemerkt, interessant, "
        "entwurf, geplant, a faire, interesse, a postuler"
    ),
    Status.APPLIED: (
        "applied, application sent, sent, submitted, application submitted, waiting, pending, "
        "in progress, beworben, bewerbung verschickt, bewerbung gesendet, gesendet, "
        "abgeschickt, candidature envoyee, postule, postulado, enviado, sollicitatie verstuurd"
    ),
    Status.SCREENING: (
        "screening, screen, phone screen, phone screening, recruiter call, recruiter screen, "
        "hr call, hr screen, under review, in review, reviewing, assessment, "
        "online assessment, take home test, coding test, in prufung, in pruefung, "
        "telefoninterview, vorauswahl"
    ),
    Status.INTERVIEWING: (
        "interview, interviewing, interviews, interviewed, technical interview, onsite, "
        "on site, final round, final interview, second round, first round, next round, panel, "
        "vorstellungsgesprach, vorstellungsgespraech, gesprach, gespraech, interviewphase, "
        "entretien, entrevista, colloquio"
    ),
    Status.OFFER: (
        "offer, offered, offer received, negotiating, negotiation, angebot, vertragsangebot, "
        "zusage, offre, oferta"
    ),
    Status.ACCEPTED: (
        "accepted, offer accepted, hired, signed, joined, angenommen, eingestellt, "
        "vertrag unterschrieben, accepte, aceptado, contratado"
    ),
    Status.REJECTED: (
        "rejected, rejection, declined, not selected, not moving forward, turned down, "
        "refused, unsuccessful, absage, abgelehnt, abgesagt, refus, refuse, rechazado, "
        "rechazada, afgewezen"
    ),
    Status.WITHDRAWN: (
        "withdrawn, withdrew, i withdrew, withdraw, retracted, cancelled, canceled, archived, "
        "declined offer, offer declined, not interested, no longer interested, "
        "zuruckgezogen, zurueckgezogen, abgebrochen, archiviert, retire, desiste"
    ),
    Status.GHOSTED: (
        "ghosted, ghost, no response, no reply, no answer, never heard back, never heard, "
        "unanswered, silence, expired, closed, position closed, job closed, posting closed, "
        "keine antwort, keine ruckmeldung, keine rueckmeldung, abgelaufen, sans reponse, "
        "sin respuesta"
    ),
}
STATUS_WORDS = {
    normalise(phrase): status.value
    for status, phrases in _STATUS_WORDS.items()
    for phrase in phrases.split(",")
}
STATUS_WORDS.update({normalise(s.label): s.value for s in Status})
STATUS_WORDS.update({s.value: s.value for s in Status})


def status_key(text: str) -> str:
    return normalise(text)


def guess_status(text: str) -> str | None:
    """Rebound's status for a tracker's status word, or None when we don't know the word."""
    return STATUS_WORDS.get(status_key(text))


_SOURCE_WORDS = {
    Source.REFERRAL: "referral, referred, referal, empfehlung, recommendation, recommandation",
    Source.JOB_BOARD: (
        "job board, jobboard, linkedin, indeed, glassdoor, stepstone, xing, monster, "
        "ziprecruiter, welcome to the jungle, wellfound, angellist, angel list, otta, dice, "
        "hacker news, who is hiring, remoteok, we work remotely, jobborse, jobboerse, "
        "jobportal, job portal, arbeitsagentur, infojobs, reed, totaljobs, seek, naukri"
    ),
    Source.COMPANY_SITE: (
        "company site, company website, careers page, career page, careers site, website, "
        "karriereseite, unternehmenswebsite, site carriere, direct, applied directly"
    ),
    Source.RECRUITER: (
        "recruiter, headhunter, agency, recruitment agency, personalvermittler, personalvermittlung"
    ),
    Source.NETWORK: (
        "network, networking, friend, meetup, event, career fair, job fair, conference, "
        "alumni, netzwerk, kontakte, messe"
    ),
    Source.OTHER: "other, sonstiges, andere, autre, otro",
}
_SOURCE_PHRASES = [
    (normalise(phrase), source.value)
    for source, phrases in _SOURCE_WORDS.items()
    for phrase in phrases.split(",")
]


def guess_source(text: str) -> str:
    """Rebound's source for what a spreadsheet wrote: "via LinkedIn" -> job board."""
    padded = f" {normalise(text)} "
    for phrase, source in _SOURCE_PHRASES:
        if f" {phrase} " == padded:
            return source
    for phrase, source in _SOURCE_PHRASES:
        if f" {phrase} " in padded:
            return source
    return Source.OTHER.value


def source_is_exact(text: str, source: str) -> bool:
    """True when the cell said nothing beyond the category, so there's nothing to keep."""
    key = normalise(text)
    label = normalise(Source(source).label)
    return key in {label, source.replace("_", " ")}


@dataclass
class Salary:
    minimum: int | None = None
    maximum: int | None = None
    currency: str = ""


_CURRENCY_SYMBOLS = [
    ("us$", "USD"),
    ("ca$", "CAD"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("au$", "AUD"),
    ("nz$", "NZD"),
    ("hk$", "HKD"),
    ("s$", "SGD"),
    ("r$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("zł", "PLN"),
    ("kč", "CZK"),
    ("fr.", "CHF"),
]
_CODES = [
    "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY", "INR", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "SGD", "HKD", "BRL", "MXN", "ZAR", "ILS", "TRY", "RON", "BGN", "AED",
    "KRW",
]  # fmt: skip
_WORD_CURRENCIES = {"euro": "EUR", "euros": "EUR", "dollars": "USD", "pounds": "GBP"}
_NUMBER = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?\s*(?:k|m|tsd|mio)?(?![a-z])", re.IGNORECASE)
_PERIOD = re.compile(
    r"/\s*(h|hr|hour|d|day|mo|month|wk|week)\b|\bper\s+(hour|day|month|week)\b|"
    r"\b(hourly|daily|monthly|weekly|stunde|std|monat|monatlich|tag)\b",
    re.IGNORECASE,
)
_MAX_SALARY = 2_000_000_000


def _currency(text: str) -> str:
    lower = text.lower()
    for code in _CODES:
        if re.search(rf"(?<![a-z]){code.lower()}(?![a-z])", lower):
            return code
    for symbol, code in _CURRENCY_SYMBOLS:
        if symbol in lower:
            return code
    for word, code in _WORD_CURRENCIES.items():
        if re.search(rf"\b{word}\b", lower):
            return code
    return ""


def _amount(token: str) -> float | None:
    token = token.strip()
    multiplier = 1
    lower = token.lower()
    for suffix, factor in (("tsd", 1000), ("mio", 1_000_000), ("k", 1000), ("m", 1_000_000)):
        if lower.endswith(suffix):
            multiplier, token = factor, token[: -len(suffix)].strip()
            break
    digits = re.sub(r"[\u00a0\u202f' ]", "", token)
    separators = [c for c in digits if c in ".,"]
    if separators:
        last = max(digits.rfind("."), digits.rfind(","))
        tail = digits[last + 1 :]
        # "80.000" and "70,000" group thousands; "72,5k" and "65.5k" carry a decimal part.
        if len(tail) == 3 and (
            multiplier == 1 or len(set(separators)) == 1 and len(separators) > 1
        ):
            digits = re.sub(r"[.,]", "", digits)
        else:
            digits = re.sub(r"[.,]", "", digits[:last]) + "." + tail
    try:
        return float(digits) * multiplier
    except ValueError:
        return None


def parse_salary(text: str) -> Salary | None:
    """Min, max and currency from salary text; None when it can't be read as a yearly range.

    "$70,000 + commission" -> 70000..70000 USD; "€65k–€75k" -> 65000..75000 EUR;
    "80.000 EUR" -> 80000..80000 EUR. Hourly or monthly pay and anything with more than two
    figures stay as written only.
    """
    if _PERIOD.search(text):
        return None
    tokens = _NUMBER.findall(text)
    amounts = [_amount(t) for t in tokens]
    if not amounts or len(amounts) > 2 or any(a is None for a in amounts):
        return None
    # "65-75k": a bare first figure takes the second one's multiplier.
    if (
        len(amounts) == 2
        and amounts[0] < 1000 <= amounts[1]
        and amounts[0] * 1000 <= amounts[1] * 10
    ):
        suffix = tokens[1].strip()[-1:].lower()
        if suffix in {"k", "m"}:
            amounts[0] *= 1000 if suffix == "k" else 1_000_000
    values = [round(a) for a in amounts]
    low, high = min(values), max(values)
    # Below a thousand it is an hourly rate or not a salary at all: keep it as written.
    if low < 1000 or high > _MAX_SALARY:
        return None
    return Salary(minimum=low, maximum=high, currency=_currency(text))
