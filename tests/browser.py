"""Helpers shared by the browser tests."""

import os
from pathlib import Path

SHOTS = Path(os.environ.get("SHOTS_DIR", "/tmp/shots"))


def shoot(page, name: str, *, area: str) -> None:
    """Save a full-page screenshot to look at: SHOTS_DIR/<area>/<name>.png."""
    folder = SHOTS / area
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
