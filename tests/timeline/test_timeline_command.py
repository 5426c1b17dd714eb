import argparse
import json

import pytest

from datesleuth.cli import timeline_command
from datesleuth.errors import DateFormatError, InputError
from datesleuth.types import TimelineEntry

from .conftest import ARTICLE


def _run(argv):
    parser = argparse.ArgumentParser(prog="datesleuth")
    timeline_command.register(parser.add_subparsers())
    args = parser.parse_args(["timeline", *argv])
    return args.func(args)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_table_lists_dates_in_order_with_relation_and_sentence(fake_tagger, article, capsys):
    assert _run([str(article), "--dct", "2021-05-13"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "reference date: 2021-05-13 (dct)"
    assert lines[1].split("  ")[0] == "May 2018"
    may_20 = next(line for line in lines if line.startswith("Thu 20 May 2021"))
    assert " after " in may_20
    assert "The meeting is on May 20" in may_20


def test_json_is_the_timeline_record(fake_tagger, article, capsys):
    assert _run([str(article), "--dct", "2021-05-13", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reference_date"] == "2021-05-13"
    assert [e["human"] for e in data["entries"]][-1] == "Thu 20 May 2021"


def test_html_is_a_standalone_page_with_chart_and_marked_article(fake_tagger, article, capsys):
    assert _run([str(article), "--dct", "2021-05-13", "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "written Thu 13 May 2021" in page
    assert '<mark class="timex"' in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script src=" not in page and "<link " not in page


def test_empty_file_is_refused_with_a_message(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="is empty"):
        _run([str(empty), "--dct", "2021-05-13"])


@pytest.mark.parametrize("option", ["--dct", "--claimed"])
def test_a_bad_date_option_is_named_in_the_message(article, option):
    with pytest.raises(DateFormatError, match=f"^{option}: impossible date '2021-02-30'"):
        _run([str(article), option, "2021-02-30"])


def _entry(sentence, start, text):
    return TimelineEntry(
        text, start, start + len(text), "DATE", "2021-05-20", "Thu 20 May 2021",
        sentence, 0, len(sentence), "after", None,
    )  # fmt: skip


def test_a_long_sentence_with_runs_of_white_space_is_cut_around_its_expression():
    sentence = (
        "The ministers said \r\n\r\n"
        + "very " * 20
        + "\r\n" * 30
        + "that on May 20 "
        + ("they would meet again in the Icelandic capital for talks on arms control " * 2)
    )
    entry = _entry(sentence, sentence.find("May 20"), "May 20")
    excerpt = timeline_command._sentence_excerpt(entry)
    assert "on May 20 they" in excerpt


@pytest.mark.parametrize("dct", [[], ["--dct", "2021-05-13"]])
def test_a_page_without_an_article_body_is_named_in_the_error(tmp_path, dct):
    page = tmp_path / "page.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=f"^{page}: HTML page with no article body$"):
        _run([str(page), *dct])
