"""Refresh the README's screenshots from the demo account.

Run Rebound first (scripts/run), then: uv run python scripts/screenshots.py [BASE_URL]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (as the browser tests launch it)

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000").rstrip("/")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGES = {
    "home": "/",
    "list": "/applications/",
    "board": "/applications/board/",
    "feedback": "/feedback/",
    "insights": "/insights/",
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 1000})
        page.goto(BASE + "/accounts/login/")
        page.fill("input[name=username]", "demo")
        page.fill("input[name=password]", "rebound-demo")
        page.click("form button[type=submit]")
        page.wait_for_url(BASE + "/")
        for name, path in PAGES.items():
            page.goto(BASE + path)
            page.screenshot(path=str(OUT / f"{name}.png"))
        # A rejected application shows the most: timeline, rejection, feedback, themes.
        page.goto(BASE + "/applications/?status=rejected")
        links = page.eval_on_selector_all("main a", "els => els.map(e => e.getAttribute('href'))")
        first = next(h for h in links if h and h.strip("/").split("/")[-1].isdigit())
        page.goto(BASE + first)
        page.screenshot(path=str(OUT / "application.png"))
        browser.close()
    print(f"Saved {len(PAGES) + 1} screenshots to {OUT}")


if __name__ == "__main__":
    main()
