import pytest


@pytest.fixture
def readings(monkeypatch):
    """Make the classifier read chosen mentions from chosen texts: readings["text"] = [...]."""
    table: dict[str, list[tuple[str, str, str]]] = {}

    def read_text(text):
        return list(table.get(text.strip(), []))

    monkeypatch.setattr("insights.services.read_text", read_text)
    return table
