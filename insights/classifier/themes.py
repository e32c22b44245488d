"""The theme contract (shared/spec/feedback-themes.md): ids, labels and kinds."""

CANDIDATE = "candidate"
EXTERNAL = "external"

THEMES: dict[str, dict[str, str]] = {
    "technical_skills": {"label": "Technical skills", "kind": CANDIDATE},
    "problem_solving": {"label": "Problem solving", "kind": CANDIDATE},
    "experience_level": {"label": "Relevant experience", "kind": CANDIDATE},
    "domain_knowledge": {"label": "Domain knowledge", "kind": CANDIDATE},
    "communication": {"label": "Communication", "kind": CANDIDATE},
    "behavioral_examples": {"label": "Behavioral answers", "kind": CANDIDATE},
    "leadership": {"label": "Leadership and ownership", "kind": CANDIDATE},
    "collaboration": {"label": "Collaboration", "kind": CANDIDATE},
    "preparation": {"label": "Interview preparation", "kind": CANDIDATE},
    "motivation": {"label": "Motivation and interest", "kind": CANDIDATE},
    "culture_fit": {"label": "Culture and values fit", "kind": CANDIDATE},
    "application_materials": {"label": "Résumé and cover letter", "kind": CANDIDATE},
    "confidence": {"label": "Confidence and presence", "kind": CANDIDATE},
    "compensation": {"label": "Compensation expectations", "kind": CANDIDATE},
    "competition": {"label": "Stronger competition", "kind": EXTERNAL},
    "position_change": {"label": "Position changed", "kind": EXTERNAL},
    "logistics": {"label": "Logistics", "kind": EXTERNAL},
}

CANDIDATE_THEMES = frozenset(k for k, v in THEMES.items() if v["kind"] == CANDIDATE)
EXTERNAL_THEMES = frozenset(k for k, v in THEMES.items() if v["kind"] == EXTERNAL)
