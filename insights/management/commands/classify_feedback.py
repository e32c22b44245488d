"""Read JSON lines {"id": ..., "text": ...} on stdin, write one classification per line.

Needs no database: it only runs the classifier. A bad line gets an error line carrying its
line number, and the run goes on.
"""

import json
import sys

from django.core.management.base import BaseCommand

from insights.classifier import classify


def classify_line(line: str, number: int) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": number, "error": f"not valid JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"line": number, "error": "expected an object with id and text"}
    text = item.get("text")
    if not isinstance(text, str):
        return {"line": number, "id": item.get("id"), "error": "text must be a string"}
    result = classify(text)
    return {
        "id": item.get("id"),
        "weaknesses": list(result.weaknesses),
        "strengths": list(result.strengths),
        "external": list(result.external),
        "evidence": dict(result.evidence),
    }


class Command(BaseCommand):
    help = "Classify JSON lines of feedback from standard input into feedback themes."
    requires_system_checks = []
    requires_migrations_checks = False

    def handle(self, *args, **options):
        errors = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            out = classify_line(line, number)
            errors += "error" in out
            self.stdout.write(json.dumps(out, ensure_ascii=False))
        if errors:
            self.stderr.write(f"{errors} line{'s' if errors != 1 else ''} could not be read.")
