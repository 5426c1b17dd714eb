"""The page in a real browser: Debian's chromium driven by Playwright, against the real engine.

Starts ``datesleuth serve`` on a free local port, pastes the seed article, submits it and
checks what a reader sees, and takes a screenshot. ``DATESLEUTH_SCREENSHOT=docs/screenshot.png``
refreshes the README's picture; a plain test run leaves the checkout as it was.
"""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / ".." / "shared" / "examples" / "lavrov-blinken-reykjavik.txt"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(url: str, server: subprocess.Popen, attempts: int = 120) -> None:
    for _ in range(attempts):
        if server.poll() is not None:
            pytest.fail(f"the server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.25)
    pytest.fail(f"the server did not answer at {url}")


@pytest.fixture(scope="module")
def base_url():
    port = _free_port()
    command = [sys.executable, "-m", "datesleuth", "serve", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{url}/api/health", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_seed_article_shows_expressions_timeline_and_misdated_verdict(browser, base_url, tmp_path):
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(base_url + "/")
    page.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
    page.click("button[type=submit]")
    page.wait_for_selector(".results")

    marks = page.locator(".article-text mark.timex")
    assert marks.count() >= 5
    assert page.locator("svg.chart .chart-row").count() >= 4
    writing_date = page.locator("svg.chart .writing-date").text_content()
    assert re.fullmatch(r"written \w{3} 1[0-6] May 2021", writing_date)

    verdict = page.locator(".verdict")
    assert "misdated" in verdict.inner_text().lower()
    assert verdict.evaluate("element => element.classList.contains('verdict-misdated')")

    marks.first.click()  # the script shows the expression's type and value
    assert page.locator(".popup").inner_text().startswith(("DATE", "TIME", "DURATION", "SET"))

    page.evaluate("window.scrollTo(0, document.querySelector('.results').offsetTop - 8)")
    page.mouse.click(5, 5)  # close the popup before the picture
    screenshot = Path(os.environ.get("DATESLEUTH_SCREENSHOT") or tmp_path / "page.png")
    page.screenshot(path=str(screenshot))
    assert screenshot.stat().st_size < 300_000
    page.close()
