import pytest

from datesleuth.errors import InputError
from datesleuth.reading.text import decode_text

ARTICLE = "Lavrov met Blinken on May 20, 2021 in Reykjavik.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(encoding):
    data = ARTICLE.encode(encoding)
    if encoding != "utf-16":
        data = "\ufeff".encode(encoding) + data
    assert decode_text(data) == ARTICLE


def test_utf8_with_a_byte_order_mark_loses_the_mark():
    assert decode_text(b"\xef\xbb\xbf" + ARTICLE.encode()) == ARTICLE


def test_utf16_without_a_byte_order_mark_is_refused_as_binary():
    with pytest.raises(InputError, match="binary"):
        decode_text(ARTICLE.encode("utf-16-le"), "a.txt")


def test_a_truncated_utf16_file_is_refused_with_a_message():
    with pytest.raises(InputError, match="not valid UTF-16"):
        decode_text(b"\xff\xfeL\x00a\x00v", "a.txt")
