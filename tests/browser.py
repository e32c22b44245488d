"""Helpers shared by the browser tests (and scripts/screenshots.py)."""

import os
from pathlib import Path

SHOTS = Path(os.environ.get("SHOTS_DIR", "/tmp/shots"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Debian's Chromium, headless, with nothing of its own reaching out to the network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def shoot(page, name: str, *, area: str) -> None:
    """Save a full-page screenshot to look at: SHOTS_DIR/<area>/<name>.png."""
    folder = SHOTS / area
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def settle(page) -> None:
    """Wait for the page a click led to to finish loading.

    A click that navigates returns once the new page starts to arrive; htmx wires
    its elements only after the document has loaded, so a change made before that
    is lost and the test would wait for a swap that never comes.
    """
    page.wait_for_load_state("load")
