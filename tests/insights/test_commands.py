import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from insights import services
from insights.models import ThemeMention
from tests.factories import RejectionFactory


def _classify(monkeypatch, lines: str) -> tuple[list[dict], str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    out, err = io.StringIO(), io.StringIO()
    call_command("classify_feedback", stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_it_classifies_json_lines_without_a_database(monkeypatch):
    # No django_db mark: any query here would fail the test.
    rows, err = _classify(
        monkeypatch,
        '{"id": 1, "text": "We\'ve decided to fill the role internally."}\n'
        '{"id": "b", "text": "Thank you for your interest."}\n',
    )

    assert rows == [
        {
            "id": 1,
            "weaknesses": [],
            "strengths": [],
            "external": ["position_change"],
            "evidence": {"position_change": rows[0]["evidence"]["position_change"]},
        },
        {"id": "b", "weaknesses": [], "strengths": [], "external": [], "evidence": {}},
    ]
    assert "internally" in rows[0]["evidence"]["position_change"]
    assert err == ""


def test_it_reports_invalid_lines_by_number_and_goes_on(monkeypatch):
    rows, err = _classify(
        monkeypatch,
        "not json\n"
        "[1, 2]\n"
        '{"id": 3}\n'
        "\n"
        '{"id": 5, "text": "The team felt your answers lacked specific examples of impact."}\n',
    )

    assert [r.get("line") for r in rows[:3]] == [1, 2, 3]
    assert all("error" in r for r in rows[:3])
    assert rows[2]["id"] == 3
    assert rows[3]["id"] == 5 and rows[3]["weaknesses"] == ["behavioral_examples"]
    assert "3 lines could not be read" in err


@pytest.mark.django_db
def test_it_reclassifies_keeping_the_users_word(user, monkeypatch):
    readings = {"text": [("communication", "weakness", "rambled")]}
    monkeypatch.setattr(services, "read_text", lambda text: readings.get(text, []))
    rejection = RejectionFactory(user=user, reason="text")
    services.mentions_refresh(source=rejection)
    services.mention_remove(mention=ThemeMention.objects.get())
    services.mention_add(source=rejection, theme="preparation", polarity="weakness")
    readings["text"] = [("communication", "weakness", "rambled"), ("logistics", "external", "x")]

    out = io.StringIO()
    call_command("reclassify", stdout=out)

    assert "Re-read" in out.getvalue()
    assert sorted(ThemeMention.objects.values_list("theme", "origin")) == [
        ("communication", "removed"),
        ("logistics", "auto"),
        ("preparation", "added"),
    ]


@pytest.mark.django_db
def test_it_refuses_an_unknown_user():
    with pytest.raises(CommandError, match="No user called"):
        call_command("reclassify", user="nobody")
