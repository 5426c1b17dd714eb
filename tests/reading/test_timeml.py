"""TimeML reading and writing: offsets into the decoded text, verbatim outside TEXT."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from datesleuth.errors import InputError
from datesleuth.reading.timeml import looks_like_timeml, parse_timeml, render_timeml, to_timeml
from datesleuth.types import Timex

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tbaq_cleaned"

SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>\n'
    '<TEXT>\r\nAT&amp;T <EVENT eid="e1">said</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> that '
    '<SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="MORE_THAN">'
    "more than two years</TIMEX3> profits &lt; costs.\r\n</TEXT>\n"
    '<TLINK lid="l1" timeID="t1" relatedToTime="t0"/>\n</TimeML>\n'
)
SAMPLE_TEXT = "\r\nAT&T said Thursday that for more than two years profits < costs.\r\n"


def test_parse_reads_decoded_text_dct_and_gold_offsets() -> None:
    doc = parse_timeml(SAMPLE, "x1.tml")
    assert doc.text == SAMPLE_TEXT
    assert doc.dct == dt.date(1998, 8, 7)
    assert doc.dct_value == "1998-08-07T06:18:00"
    assert [(t.text, t.type, t.value, t.mod) for t in doc.gold] == [
        ("Thursday", "DATE", "1998-08-06", None),
        ("more than two years", "DURATION", "P2Y", "MORE_THAN"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.gold)


def test_render_replaces_tags_in_text_and_keeps_the_rest_verbatim() -> None:
    doc = parse_timeml(SAMPLE, "x1.tml")
    start = SAMPLE_TEXT.index("two years")
    found = Timex("two years", start, start + 9, "DURATION", "P2Y", mod="MORE_THAN")
    rendered = render_timeml(doc, [found])
    head, _, rest = rendered.partition("<TEXT>")
    content, _, tail = rest.partition("</TEXT>")
    assert head == SAMPLE[: SAMPLE.index("<TEXT>")]
    assert tail == SAMPLE[SAMPLE.index("</TEXT>") + len("</TEXT>") :]
    assert content == (
        "\r\nAT&amp;T said Thursday that for more than "
        '<TIMEX3 tid="t1" type="DURATION" value="P2Y" mod="MORE_THAN">two years</TIMEX3>'
        " profits &lt; costs.\r\n"
    )
    reread = parse_timeml(rendered, "x1.tml")
    assert reread.text == doc.text
    assert reread.gold == (found,)


def test_render_numbers_tags_in_text_order_and_skips_overlaps() -> None:
    doc = parse_timeml(SAMPLE, "x1.tml")
    thursday = SAMPLE_TEXT.index("Thursday")
    years = SAMPLE_TEXT.index("two years")
    timexes = [
        Timex("two years", years, years + 9, "DURATION", "P2Y"),
        Timex("Thursday", thursday, thursday + 8, "DATE", "1998-08-06"),
        Timex("years", years + 4, years + 9, "DURATION", "PXY"),
    ]
    rendered = render_timeml(doc, timexes)
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday' in rendered
    assert '<TIMEX3 tid="t2" type="DURATION" value="P2Y">two years' in rendered
    assert "PXY" not in rendered


def test_plain_text_document_round_trips() -> None:
    text = "Rain on 20 May 2021 & snow\x0c later."
    timexes = [Timex("20 May 2021", 8, 19, "DATE", "2021-05-20")]
    document = to_timeml(text, dt.date(2021, 5, 21), timexes)
    doc = parse_timeml(document, "plain")
    assert doc.text == text.replace("\x0c", " ")
    assert doc.dct == dt.date(2021, 5, 21)
    assert doc.gold == tuple(timexes)


def test_plain_text_document_without_dct_has_no_dct_element() -> None:
    document = to_timeml("Today.", None, [])
    assert "<DCT>" not in document
    with pytest.raises(InputError, match="no DCT"):
        parse_timeml(document, "plain")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("<TimeML><TEXT>x</TEXT></TimeML>", "has no DCT"),
        (SAMPLE.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"), "no <TEXT>"),
        (SAMPLE.replace("</EVENT>", ""), "not well-formed"),
        (SAMPLE.replace('value="1998-08-07T06:18:00"', 'value="tomorrow"'), "not a YYYY-MM-DD"),
    ],
)
def test_broken_documents_give_one_line_errors_naming_the_file(data: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_timeml(data, "bad.tml")
    assert str(caught.value).startswith("bad.tml: ")
    assert "\n" not in str(caught.value)


def test_looks_like_timeml_by_name_or_content() -> None:
    assert looks_like_timeml("anything", "a.TML")
    assert looks_like_timeml("\ufeff<?xml version='1.0'?><TimeML/>", "stdin")
    assert looks_like_timeml("<TimeML>", "a.txt")
    assert not looks_like_timeml("On Friday, <b>", "a.txt")


@pytest.mark.shared
def test_every_corpus_file_round_trips() -> None:
    files = sorted(CORPUS.glob("*/*.tml"))
    if not files:
        pytest.skip("../shared/data/tbaq_cleaned is not available")
    gold_count = 0
    for path in files:
        source = path.read_bytes().decode("utf-8")
        doc = parse_timeml(source, path.name)
        gold_count += len(doc.gold)
        assert all(doc.text[t.start : t.end] == t.text for t in doc.gold), path.name
        rendered = render_timeml(doc, doc.gold)
        assert rendered[: doc.content_start] == source[: doc.content_start], path.name
        assert "<DCT>" in rendered[: doc.content_start]
        again = parse_timeml(rendered, path.name)
        assert (again.text, again.gold, again.dct) == (doc.text, doc.gold, doc.dct), path.name
    assert len(files) == 256
    assert gold_count == 1822
