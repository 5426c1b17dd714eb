import datetime as dt
import time
from dataclasses import replace

from fastapi.testclient import TestClient

from datesleuth import dating
from datesleuth.serving import app as service
from datesleuth.serving.pages import render_page
from datesleuth.types import Estimate

from .conftest import ARTICLE, fake_check_read


def test_the_page_has_the_form_and_its_assets(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert '<form class="submit-form" method="post" action="/"' in page
    assert 'name="text"' in page and 'name="file"' in page
    assert "/static/app.js" in page and "/static/app.css" in page
    assert "http://" not in page and "https://" not in page
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


def test_submitting_text_renders_the_results_server_side(client):
    response = client.post("/", data={"text": ARTICLE})
    assert response.status_code == 200
    page = response.text
    assert 'class="verdict verdict-misdated"' in page
    assert "The claimed date is 1110 days away" in page
    assert "Mon 27 May 2024 (from header)" in page
    assert '<mark class="clue timex timex-date"' in page
    assert 'title="DATE 2021-05-20 · clue: a future meeting' in page
    assert '<a href="#c0">“May 20”</a>' in page and '<a id="c0" class="anchor">' in page
    assert '<svg class="chart"' in page and "written Thu 13 May 2021" in page


def test_an_uploaded_text_file_is_analysed(client):
    files = {"file": ("article.txt", ARTICLE.encode(), "text/plain")}
    response = client.post("/", data={"text": ""}, files=files)
    assert response.status_code == 200
    assert "verdict-misdated" in response.text


def test_an_empty_submission_gets_a_message_on_the_page(client):
    response = client.post("/", data={"text": "  "})
    assert response.status_code == 400
    assert '<p class="error" role="alert">paste the text of an article' in response.text


def test_a_binary_upload_gets_a_message_on_the_page(client):
    files = {"file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "text/plain")}
    response = client.post("/", files=files)
    assert response.status_code == 400
    assert "photo.txt: looks like binary data" in response.text


def test_invalid_utf8_gets_a_message_on_the_page(client):
    files = {"file": ("latin1.txt", "Caf\xe9 on Monday".encode("latin-1"), "text/plain")}
    response = client.post("/", files=files)
    assert response.status_code == 400
    assert "latin1.txt: is not valid UTF-8" in response.text


def test_submitted_text_is_escaped(client):
    response = client.post("/", data={"text": "<script>alert(1)</script> " + ARTICLE})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_an_uploaded_html_page_is_read_for_its_main_text(client):
    paragraph = "The foreign ministers will meet on May 20 in Reykjavik to discuss relations. " * 4
    page = (
        "<!DOCTYPE html><html><body><nav>Menu</nav>"
        f"<article><p>{paragraph}</p></article></body></html>"
    )
    files = {"file": ("article.html", page.encode(), "text/html")}
    response = client.post("/", files=files)
    assert response.status_code == 200
    assert "<nav>" not in response.text and "Menu" not in response.text.split("<main>")[1]
    assert '<mark class="clue timex timex-date"' in response.text


def test_rendering_the_results_counts_against_the_time_limit(fakes, monkeypatch):
    # Rendering a long article is work too: it must not hold up the service untimed.
    def slow_render(**fields):
        if fields.get("analysis") is not None:
            time.sleep(1.0)
        return render_page(**fields)

    monkeypatch.setattr(service, "render_page", slow_render)
    with TestClient(service.create_app(request_timeout=0.05)) as client:
        response = client.post("/", data={"text": ARTICLE})
        assert response.status_code == 504
        assert "longer than 0.05 s" in response.text


def test_an_upload_over_the_limit_gets_the_page_with_a_message(client):
    files = {"file": ("long.txt", b"May 20. " * 2_000, "text/plain")}
    response = client.post("/", files=files, headers={"accept": "text/html"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert '<p class="error" role="alert">' in response.text
    assert "larger than the limit of 10000 bytes" in response.text


def test_a_tentative_estimate_is_shown_as_a_guess(client, monkeypatch):
    def tentative_check(*args, **kwargs):
        checked = fake_check_read(*args, **kwargs)
        guess = Estimate(None, None, dt.date(2005, 7, 2))
        return replace(checked, estimate=guess, verdict="undetermined", discrepancy_days=None)

    monkeypatch.setattr(dating, "check_read", tentative_check)
    page = client.post("/", data={"text": ARTICLE}).text
    assert "<dd>open (no clue bounds the year: the most likely day is a guess)</dd>" in page
    assert "2005" in page.split("Most likely day</dt>", 1)[1].split("</dd>", 1)[0]
