import time

import pytest
from fastapi.testclient import TestClient

import datesleuth
from datesleuth.serving import create_app

from .conftest import ARTICLE


def test_health(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": datesleuth.__version__}


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/tag", "/api/check", "/api/timeline", "/api/health"} <= set(paths)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_no_page_loads_scripts_from_a_cdn(client, path):
    # FastAPI's interactive docs fetch Swagger UI / ReDoc from a CDN: the service works
    # offline, so only the schema is served.
    assert client.get(path).status_code == 404


def test_tag_normalizes_against_the_given_date(client):
    response = client.post("/api/tag", json={"text": ARTICLE, "dct": "2021-05-13"})
    assert response.status_code == 200
    body = response.json()
    assert body["dct"] == "2021-05-13"
    assert [(t["text"], t["value"]) for t in body["timexes"]] == [("May 20", "2021-05-20")]


def test_check_reports_the_verdict_and_evidence(client):
    response = client.post("/api/check", json={"text": ARTICLE})
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "misdated"
    assert body["claimed"] == "2024-05-27"
    assert body["estimate"]["most_likely"] == "2021-05-13"
    assert body["evidence"][0]["implies"] == {"before": "2021-05-20"}


def test_timeline_uses_the_writing_date(client):
    response = client.post("/api/timeline", json={"text": ARTICLE})
    assert response.status_code == 200
    body = response.json()
    assert (body["reference_date"], body["reference_source"]) == ("2021-05-13", "estimate")
    [entry] = body["entries"]
    assert (entry["human"], entry["relation"]) == ("Thu 20 May 2021", "after")


def test_malformed_requests_get_422_with_a_readable_message(client):
    missing = client.post("/api/tag", json={"dct": "2021-05-13"})
    assert missing.status_code == 422
    assert missing.json()["detail"] == "invalid request: text: Field required"
    bad_date = client.post("/api/tag", json={"text": "x", "dct": "13/05/2021"})
    assert bad_date.status_code == 422
    assert bad_date.json()["detail"].startswith("invalid request: dct: ")
    both = client.post("/api/check", json={"text": "a", "html": "<p>a</p>"})
    assert both.status_code == 422
    assert "exactly one of 'text' and 'html'" in both.json()["detail"]
    not_json = client.post(
        "/api/timeline", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert not_json.status_code == 422
    assert "not valid JSON" in not_json.json()["detail"]


@pytest.mark.parametrize("path", ["/api/tag", "/api/check", "/api/timeline"])
@pytest.mark.parametrize("day", [0, 1620864000, "1620864000", "2021-05-13T09:30:00"])
def test_a_date_that_is_not_yyyy_mm_dd_gets_422(client, path, day):
    field = "claimed" if path == "/api/check" else "dct"
    response = client.post(path, json={"text": ARTICLE, field: day})
    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"invalid request: {field}: ")


def test_a_body_that_is_not_json_says_so_without_a_position_as_field(client):
    response = client.post(
        "/api/tag", content=b'{"text":', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "invalid request: the body is not valid JSON (Expecting value at character 8)"
    )


def test_bad_text_gets_400_with_the_reason(client):
    empty = client.post("/api/tag", json={"text": "   "})
    assert empty.status_code == 400
    assert empty.json() == {"detail": "text: is empty"}
    binary = client.post("/api/check", json={"text": "\x01\x02\x03\x04 binary"})
    assert binary.status_code == 400
    assert "binary" in binary.json()["detail"]


def test_a_body_over_the_limit_gets_413(client):
    response = client.post("/api/tag", json={"text": "x" * 20_000})
    assert response.status_code == 413
    assert "limit of 10000 bytes" in response.json()["detail"]


def test_a_streamed_body_without_length_is_counted(client):
    chunks = (b"x" * 4_000 for _ in range(5))
    response = client.post("/api/tag", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_work_over_the_time_limit_gets_504(fakes, monkeypatch):
    def slow_tag(text, dct=None, **_):
        time.sleep(1.0)
        return []

    monkeypatch.setattr(datesleuth, "tag", slow_tag)
    with TestClient(create_app(request_timeout=0.05)) as client:
        response = client.post("/api/tag", json={"text": "on Monday"})
        assert response.status_code == 504
        assert "longer than 0.05 s" in response.json()["detail"]
        assert client.get("/api/health").status_code == 200
