"""``datesleuth tag``: formats, TimeML in and out, several inputs, and one-line errors.

In-process tests use a tiny fake tagger so that they check the command, not the rules.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from datesleuth import cli, tagging
from datesleuth.reading.timeml import parse_timeml, to_timeml
from datesleuth.types import Timex

ARTICLE = "The talks on 20 May 2021 went well, officials said yesterday.\n"


def fake_tag_text(text: str, dct: dt.date | None = None, *, lang: str = "en") -> list[Timex]:
    found = []
    for match in re.finditer(r"20 May 2021|yesterday", text):
        if match.group() == "yesterday":
            value = (dct - dt.timedelta(days=1)).isoformat() if dct else "XXXX-XX-XX"
        else:
            value = "2021-05-20"
        found.append(Timex(match.group(), match.start(), match.end(), "DATE", value))
    return found


@pytest.fixture(autouse=True)
def fake_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagging, "tag_text", fake_tag_text)
    # Only this command is exercised in-process: other sub-commands' imports stay out of it.
    monkeypatch.setattr(cli, "COMMANDS", ("tag",))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_table_lists_aligned_columns(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["tag", str(article), "--dct", "2021-05-21"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "start  end  type  value       mod  text",
        "13     24   DATE  2021-05-20  -    20 May 2021",
        "51     60   DATE  2021-05-20  -    yesterday",
    ]


def test_json_from_stdin_without_dct_notes_underspecified_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing in this text dates it: "yesterday" cannot be resolved.
    undated = "The talks went well, officials said yesterday.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(undated.encode())))
    status, out, err = run(["tag", "-", "--format", "json"], capsys)
    assert status == 0
    records = json.loads(out)
    assert [(r["tid"], r["text"], r["value"]) for r in records] == [
        ("t1", "yesterday", "XXXX-XX-XX")
    ]
    assert set(records[0]) == {
        "tid",
        "text",
        "start",
        "end",
        "type",
        "value",
        "mod",
        "quant",
        "freq",
    }
    assert err.startswith("datesleuth: note: no --dct given")
    assert len(err.splitlines()) == 1


def test_plain_text_uses_the_date_its_header_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dated.txt"
    source.write_text("| 27 May 2024, Monday |\n\n" + ARTICLE, encoding="utf-8")
    status, out, err = run(["tag", str(source), "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out)[1]["value"] == "2024-05-26"
    assert err == (
        f"datesleuth: note: {source}: relative expressions resolved against 2024-05-27, "
        "the date its header claims (--dct overrides it)\n"
    )


def test_an_html_page_is_tagged_on_its_main_text_against_its_metadata_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta property="article:published_time" '
        'content="2021-05-21T09:00:00Z"><title>Talks</title></head><body><nav>Home</nav>'
        f"<article><p>{ARTICLE} The delegations flew home after the final session.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    status, out, err = run(["tag", str(page), "--format", "json"], capsys)
    assert status == 0
    records = json.loads(out)
    assert records[0]["start"] < 40  # an offset in the main text, not in the markup
    assert [(r["text"], r["value"]) for r in records] == [
        ("20 May 2021", "2021-05-20"),
        ("yesterday", "2021-05-20"),
    ]
    assert "resolved against 2021-05-21, the date its page metadata claims" in err


def write_timeml(path: Path, dct: dt.date) -> Path:
    path.write_text(to_timeml(ARTICLE, dct, []), encoding="utf-8")
    return path


def test_timeml_input_uses_its_dct_and_writes_timeml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_timeml(tmp_path / "doc.tml", dt.date(2021, 5, 14))
    status, out, err = run(["tag", str(source), "--format", "timeml"], capsys)
    assert (status, err) == (0, "")
    doc = parse_timeml(out, "out")
    assert doc.text == ARTICLE
    assert doc.dct == dt.date(2021, 5, 14)
    assert [(t.text, t.value) for t in doc.gold] == [
        ("20 May 2021", "2021-05-20"),
        ("yesterday", "2021-05-13"),
    ]
    assert '<TIMEX3 tid="t2" type="DATE" value="2021-05-13">yesterday</TIMEX3>' in out


def test_dct_option_overrides_the_timeml_dct(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_timeml(tmp_path / "doc.xml", dt.date(2021, 5, 14))
    status, out, _ = run(["tag", str(source), "--dct", "2021-06-02", "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out)[1]["value"] == "2021-06-01"


def test_plain_text_as_timeml_is_a_minimal_document(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["tag", str(article), "--dct", "2021-05-21", "--format", "timeml"], capsys)
    assert status == 0
    doc = parse_timeml(out, "out")
    assert (doc.text, doc.dct, len(doc.gold)) == (ARTICLE, dt.date(2021, 5, 21), 2)


def test_several_files_as_json_are_keyed_by_file(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing happened.", encoding="utf-8")
    status, out, _ = run(
        ["tag", str(article), str(other), "--dct", "2021-05-21", "--format", "json"], capsys
    )
    assert status == 0
    assert json.loads(out) == {
        str(article): json.loads(json.dumps(_records(article))),
        str(other): [],
    }


def _records(path: Path) -> list[dict[str, object]]:
    from datesleuth.cli.tag_command import timex_records

    return timex_records(fake_tag_text(path.read_text(), dt.date(2021, 5, 21)))


def test_out_dir_writes_one_file_per_input_and_reports_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    first = write_timeml(inputs / "a.tml", dt.date(2021, 5, 14))
    second = write_timeml(inputs / "b.tml", dt.date(2021, 5, 15))
    broken = inputs / "c.tml"
    broken.write_text("<TimeML><TEXT>oops</TimeML>", encoding="utf-8")
    out_dir = tmp_path / "out"
    argv = [
        "tag",
        "--format",
        "timeml",
        "--out-dir",
        str(out_dir),
        str(first),
        str(broken),
        str(second),
    ]
    status, out, err = run(argv, capsys)
    assert status == 1
    assert out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.tml", "b.tml"]
    assert len(err.splitlines()) == 1
    assert err.startswith(f"datesleuth: error: {broken}: is not well-formed TimeML XML")
    tagged = parse_timeml((out_dir / "b.tml").read_text(encoding="utf-8"), "b")
    assert tagged.gold[1].value == "2021-05-14"


def test_out_dir_refuses_a_second_input_of_the_same_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(ARTICLE, encoding="utf-8")
    out_dir = tmp_path / "out"
    argv = ["tag", "--dct", "2021-05-21", "--out-dir", str(out_dir), str(first), str(second)]
    status, out, err = run(argv, capsys)
    assert (status, out) == (1, "")
    assert [p.name for p in out_dir.iterdir()] == ["x.txt"]
    assert err == (
        f"datesleuth: error: {second}: its output {out_dir / 'x.txt'} "
        f"already holds the output of {first}; give the inputs distinct names\n"
    )


def test_out_dir_refuses_to_overwrite_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_timeml(tmp_path / "a.tml", dt.date(2021, 5, 14))
    before = source.read_text(encoding="utf-8")
    status, _, err = run(
        ["tag", "--format", "timeml", "--out-dir", str(tmp_path), str(source)], capsys
    )
    assert status == 1
    assert "would overwrite the input" in err
    assert source.read_text(encoding="utf-8") == before


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    cases = {
        "empty": (b"  \n", "is empty"),
        "binary": (b"\x00\x01\x02data", "binary"),
        "latin1": ("Caf\xe9 on Friday".encode("latin-1"), "not valid UTF-8"),
        "nodct.tml": (b"<TimeML><TEXT>On Friday.</TEXT></TimeML>", "has no DCT"),
        "broken.tml": (b"<TimeML><DCT>", "not well-formed"),
    }
    argvs: dict[str, tuple[list[str], str]] = {}
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        argvs[name] = (["tag", str(tmp_path / name)], message)
    argvs["missing"] = (["tag", str(tmp_path / "missing.txt")], "no such file")
    argvs["bad dct"] = (["tag", "-", "--dct", "2021-13-01"], "--dct")
    argvs["timeml to stdout"] = (["tag", "--format", "timeml", "a", "b"], "needs --out-dir")
    return argvs


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "binary",
        "latin1",
        "nodct.tml",
        "broken.tml",
        "missing",
        "bad dct",
        "timeml to stdout",
    ],
)
def test_bad_input_gives_one_line_and_a_failure_status(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, message = bad_inputs(tmp_path)[case]
    status, out, err = run(argv, capsys)
    assert status != 0
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("datesleuth:")
    assert message in err


@pytest.mark.skipif(shutil.which("datesleuth") is None, reason="entry point not installed")
def test_installed_entry_point_reports_an_error_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = subprocess.run(
        ["datesleuth", "tag", str(empty), "--dct", "2021-05-21"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"datesleuth: error: {empty}: is empty\n"


@pytest.mark.skipif(shutil.which("datesleuth") is None, reason="entry point not installed")
def test_installed_entry_point_tags_stdin_with_the_real_tagger() -> None:
    result = subprocess.run(
        ["datesleuth", "tag", "-", "--dct", "2021-05-21", "--format", "json"],
        input="The talks were held on 20 May 2021 in Reykjavik.",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    records = json.loads(result.stdout)
    assert [(r["text"], r["type"], r["value"]) for r in records] == [
        ("20 May 2021", "DATE", "2021-05-20")
    ]
