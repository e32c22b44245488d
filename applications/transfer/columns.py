"""Which column holds what: headers matched against aliases in several languages."""

import re
import unicodedata
from functools import lru_cache

# Field name -> what the mapping step calls it.
FIELDS = {
    "company": "Company",
    "role": "Role",
    "status": "Status",
    "applied_on": "Date applied",
    "location": "Location",
    "salary": "Salary",
    "source": "Source",
    "url": "Job posting link",
    "notes": "Notes",
    "contact": "Contact",
}
# A column mapped to SKIP is left out; a column mapped to None is kept in the notes.
SKIP = "skip"
REQUIRED = ("company", "role")

_ALIASES = {
    "company": [
        "company",
        "company name",
        "employer",
        "organisation",
        "organization",
        "org",
        "firma",
        "unternehmen",
        "arbeitgeber",
        "firmenname",
        "entreprise",
        "societe",
        "empresa",
        "azienda",
        "bedrijf",
        "werkgever",
        "client",
    ],
    "role": [
        "role",
        "title",
        "position",
        "job title",
        "job",
        "role title",
        "job role",
        "position title",
        "stelle",
        "stellenbezeichnung",
        "stellentitel",
        "jobtitel",
        "rolle",
        "poste",
        "intitule du poste",
        "puesto",
        "cargo",
        "posizione",
        "functie",
        "vacancy",
        "opening",
    ],
    "status": [
        "status",
        "stage",
        "state",
        "application status",
        "phase",
        "stand",
        "stufe",
        "statut",
        "estado",
        "stato",
    ],
    "applied_on": [
        "applied",
        "applied date",
        "date applied",
        "applied on",
        "application date",
        "date of application",
        "date",
        "submitted",
        "date submitted",
        "beworben am",
        "bewerbungsdatum",
        "datum",
        "beworben",
        "date de candidature",
        "fecha",
        "fecha de solicitud",
        "data candidatura",
        "sollicitatiedatum",
    ],
    "location": [
        "location",
        "city",
        "place",
        "where",
        "ort",
        "standort",
        "arbeitsort",
        "stadt",
        "lieu",
        "ville",
        "ubicacion",
        "ciudad",
        "luogo",
        "plaats",
    ],
    "salary": [
        "salary",
        "compensation",
        "pay",
        "salary range",
        "comp",
        "wage",
        "gehalt",
        "gehaltsvorstellung",
        "verguetung",
        "salaire",
        "remuneration",
        "salario",
        "sueldo",
        "stipendio",
        "salaris",
    ],
    "source": [
        "source",
        "channel",
        "found via",
        "found on",
        "found through",
        "via",
        "referral source",
        "quelle",
        "kanal",
        "gefunden uber",
        "canal",
        "fuente",
        "fonte",
        "bron",
    ],
    "url": [
        "link",
        "url",
        "job posting",
        "job link",
        "job url",
        "posting",
        "posting url",
        "job posting url",
        "listing",
        "website",
        "stellenanzeige",
        "anzeige",
        "lien",
        "offre",
        "enlace",
        "annuncio",
    ],
    "notes": [
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "notizen",
        "notiz",
        "bemerkungen",
        "bemerkung",
        "kommentar",
        "kommentare",
        "remarques",
        "commentaires",
        "notas",
        "comentarios",
        "note",
        "opmerkingen",
    ],
    "contact": [
        "contact",
        "contact person",
        "contact name",
        "recruiter",
        "hiring manager",
        "kontakt",
        "ansprechpartner",
        "ansprechperson",
        "interlocuteur",
        "contacto",
        "contatto",
    ],
}


@lru_cache(maxsize=65536)
def normalise(header: str) -> str:
    """Lower case, no accents, punctuation to spaces: "Beworben_am:" -> "beworben am"."""
    text = unicodedata.normalize("NFKD", header)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ß", "ss")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


ALIASES = {normalise(alias): name for name, aliases in _ALIASES.items() for alias in aliases}
# Columns of Rebound's own CSV export whose content another column already carries in full.
ALIASES.update(
    {
        normalise(alias): SKIP
        for alias in ["Salary min", "Salary max", "Currency", "Status changed", "Added to Rebound"]
    }
)


def guess_field(header: str) -> str | None:
    key = normalise(header)
    if key in ALIASES:
        return ALIASES[key]
    # "Company (Name)", "Job Title *": try without a trailing word or two of decoration.
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        if " ".join(words[:n]) in ALIASES:
            return ALIASES[" ".join(words[:n])]
    return None


def guess_mapping(headers: list[str]) -> list[str | None]:
    """One field per column (by position); a field goes to the first column that claims it."""
    mapping: list[str | None] = []
    taken = set()
    for header in headers:
        name = guess_field(header)
        if name in taken and name != SKIP:
            name = None
        if name:
            taken.add(name)
        mapping.append(name)
    return mapping


def mapping_problems(mapping: list[str | None]) -> list[str]:
    """Plain-words reasons this mapping can't be imported (empty when it can)."""
    problems = []
    used = [m for m in mapping if m and m != SKIP]
    for name in REQUIRED:
        if name not in used:
            problems.append(
                f"No column holds the {FIELDS[name].lower()}. Choose which column it is, or add "
                f"a “{FIELDS[name]}” column to the file."
            )
    for name in sorted({m for m in used if used.count(m) > 1}):
        problems.append(f"Two columns are set to {FIELDS[name].lower()}; choose one.")
    return problems
