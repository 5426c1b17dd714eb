import datetime as dt

from datesleuth import tag
from datesleuth.tagging.engine import get_tagger
from datesleuth.tagging.sentences import sentence_at


def split_sentences(text):
    return get_tagger().tense.sentences.spans(text)


def _sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_sentences_end_at_stops_but_not_at_abbreviations_or_initials():
    text = "Mr. Smith met U.S. officials on Jan. 5. John F. Kennedy was there! Then he left."
    assert _sentences(text) == [
        "Mr. Smith met U.S. officials on Jan. 5.",
        "John F. Kennedy was there!",
        "Then he left.",
    ]


def test_a_word_that_opens_sentences_ends_one_after_an_abbreviation():
    text = "The talks began at 9 p.m. He said the U.S. Senate agreed. It sat in the U.S. The end."
    assert _sentences(text) == [
        "The talks began at 9 p.m.",
        "He said the U.S. Senate agreed.",
        "It sat in the U.S.",
        "The end.",
    ]


def test_a_capitalised_word_after_a_clock_time_opens_a_sentence_unless_it_tells_the_time():
    text = "Silence falls at 12:30 p.m. Mayor Lee spoke. It opens at 9 a.m. Friday and 5 p.m. EST."
    assert _sentences(text) == [
        "Silence falls at 12:30 p.m.",
        "Mayor Lee spoke.",
        "It opens at 9 a.m. Friday and 5 p.m. EST.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "“We agreed,” he said. “It is done.” She nodded."
    assert _sentences(text) == ["“We agreed,” he said.", "“It is done.”", "She nodded."]


def test_a_headline_without_a_full_stop_ends_at_the_blank_line():
    text = "Leaders meet next week\n\nThe meeting is on May 20. It ends the chairmanship."
    assert _sentences(text)[0] == "Leaders meet next week"


def test_offsets_point_into_the_text_without_surrounding_space():
    text = "  First one.   Second one.\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert sentence_at(spans, text.index("Second") + 3) == spans[1]
    assert sentence_at(spans, 0) == spans[0]


def test_a_blank_line_with_windows_line_endings_ends_a_sentence():
    text = "Leaders meet next week\r\n\r\nThe meeting is on May 20."
    assert _sentences(text) == ["Leaders meet next week", "The meeting is on May 20."]


def test_the_tagger_reads_tense_across_an_abbreviation():
    # "vs." does not end the sentence: the past "exploded" governs "January".
    text = "In January, a week after the anniversary of Roe vs. Wade, a bomb exploded."
    (january, *_) = tag(text, dct=dt.date(1998, 10, 25))
    assert (january.text, january.value) == ("January", "1998-01")
