"""TimeML (TempEval-3) documents: read the text, its creation date and gold TIMEX3s; write tags.

The TEXT element is handled by slicing the source string rather than through an XML tree,
for two reasons: an XML parser normalizes line ends (CR LF becomes LF), which would shift
offsets against the original text, and writing tags back must leave everything outside
TEXT byte for byte as it was. The whole document is still checked by a real XML parser
first, so the slicing only ever sees well-formed markup.

Offsets (``Timex.start`` / ``Timex.end``) refer to the text with its tags removed and its
character references decoded: ``doc.text[t.start:t.end] == t.text``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from datesleuth.errors import InputError
from datesleuth.types import Timex, TimexType

_TEXT_OPEN = re.compile(r"<TEXT(?:\s[^>]*)?>")
_TEXT_CLOSE = re.compile(r"</TEXT\s*>")
# One piece of the TEXT content: a comment, a CDATA section, a tag, or character data.
_PIECE = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>[^>]*?)(?P<empty>/?)>"
    r"|(?P<chars>[^<]+)",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED_REFERENCES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# Characters XML 1.0 cannot carry even as references (controls other than tab, LF, CR).
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CREATION_TIME = "CREATION_TIME"


@dataclass(frozen=True)
class TimeMLDocument:
    """A parsed TimeML document, able to be written back with other TIMEX3 tags."""

    name: str
    source: str
    text: str
    dct: dt.date
    dct_value: str
    gold: tuple[Timex, ...]
    # Where the content of the TEXT element lies in ``source`` (between its tags).
    content_start: int
    content_end: int


def looks_like_timeml(data: str, name: str = "") -> bool:
    """True for a ``.tml`` / ``.xml`` file name or content that opens as XML or TimeML."""
    if name.lower().endswith((".tml", ".xml")):
        return True
    head = data.lstrip("\ufeff \t\r\n")[:200]
    return head.startswith(("<?xml", "<TimeML"))


def parse_timeml(data: str, name: str) -> TimeMLDocument:
    """Read a TempEval-3 TimeML document; :class:`InputError` names ``name`` when it is broken."""
    root = _parse_xml(data, name)
    dct_value = _creation_time_value(root, name)
    content_start, content_end = _text_content_span(data, name)
    text, gold = read_tagged_content(data[content_start:content_end], name)
    return TimeMLDocument(
        name=name,
        source=data,
        text=text,
        dct=_parse_dct(dct_value, name),
        dct_value=dct_value,
        gold=tuple(gold),
        content_start=content_start,
        content_end=content_end,
    )


def render_timeml(doc: TimeMLDocument, timexes: Iterable[Timex]) -> str:
    """The document with its TEXT tagged by ``timexes`` only; everything else is kept as read."""
    tagged = tag_text_content(doc.text, timexes)
    return doc.source[: doc.content_start] + tagged + doc.source[doc.content_end :]


def to_timeml(text: str, dct: dt.date | None, timexes: Iterable[Timex]) -> str:
    """A minimal TimeML document for plain text: the creation date (when known) and TEXT."""
    if dct is None:
        dct_line = "<!-- no document creation time was given -->"
    else:
        day = dct.isoformat()
        dct_line = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="{_CREATION_TIME}">{day}</TIMEX3></DCT>'
        )
    # XML cannot hold these controls at all; a space keeps every offset in place.
    xml_safe = _XML_FORBIDDEN.sub(" ", text)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"{dct_line}\n<TEXT>{tag_text_content(xml_safe, timexes)}</TEXT>\n</TimeML>\n"
    )


def tag_text_content(text: str, timexes: Iterable[Timex]) -> str:
    """Escaped ``text`` with a TIMEX3 element around each expression, numbered t1, t2, ...

    Tags cannot overlap in XML, so an expression that overlaps one already placed (taken
    by start, longest first) is left out.
    """
    pieces: list[str] = []
    position = 0
    number = 0
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if timex.start < position or timex.end <= timex.start or timex.end > len(text):
            continue
        number += 1
        pieces.append(escape_text(text[position : timex.start]))
        pieces.append(_open_tag(timex, f"t{number}"))
        pieces.append(escape_text(text[timex.start : timex.end]))
        pieces.append("</TIMEX3>")
        position = timex.end
    pieces.append(escape_text(text[position:]))
    return "".join(pieces)


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    return escape_text(value).replace('"', "&quot;")


def _open_tag(timex: Timex, tid: str) -> str:
    attributes = [("tid", tid), ("type", timex.type), ("value", timex.value)]
    optional = (("mod", timex.mod), ("quant", timex.quant), ("freq", timex.freq))
    attributes.extend((key, value) for key, value in optional if value)
    rendered = " ".join(f'{key}="{_escape_attribute(value)}"' for key, value in attributes)
    return f"<TIMEX3 {rendered}>"


def _parse_xml(data: str, name: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data.lstrip("\ufeff"))
    except ElementTree.ParseError as error:
        raise InputError(f"{name}: is not well-formed TimeML XML ({error})") from None


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _creation_time_value(root: ElementTree.Element, name: str) -> str:
    """The value of the DCT's TIMEX3 (functionInDocument="CREATION_TIME")."""
    for element in root.iter():
        if _local_name(element.tag) != "DCT":
            continue
        for timex in element.iter():
            is_timex = _local_name(timex.tag) == "TIMEX3"
            if is_timex and timex.get("functionInDocument") == _CREATION_TIME:
                return timex.get("value", "")
    raise InputError(f'{name}: has no DCT (no <DCT><TIMEX3 functionInDocument="CREATION_TIME">)')


def _parse_dct(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{name}: DCT value {value!r} is not a YYYY-MM-DD date") from None


def _text_content_span(data: str, name: str) -> tuple[int, int]:
    opens = list(_TEXT_OPEN.finditer(data))
    closes = list(_TEXT_CLOSE.finditer(data))
    if not opens or not closes:
        raise InputError(f"{name}: has no <TEXT> element")
    if len(opens) > 1 or len(closes) > 1:
        raise InputError(f"{name}: has more than one <TEXT> element")
    return opens[0].end(), closes[0].start()


def read_tagged_content(content: str, name: str) -> tuple[str, list[Timex]]:
    """The character data of tagged text (references decoded) and the TIMEX3 elements in it.

    ``content`` is what lies inside a TEXT element, or any other stretch of text with
    TIMEX3 tags inline (the output of another tagger).
    """
    text_parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    gold: list[Timex] = []
    for piece in _PIECE.finditer(content):
        chars = piece.group("chars")
        cdata = piece.group("cdata")
        if chars is not None or cdata is not None:
            decoded = decode_references(chars) if chars is not None else cdata
            text_parts.append(decoded)
            length += len(decoded)
            continue
        if piece.group("name") != "TIMEX3" or piece.group("empty"):
            continue
        if not piece.group("close"):
            open_timexes.append((length, _attributes(piece.group("attrs"))))
            continue
        if not open_timexes:
            raise InputError(f"{name}: </TIMEX3> without an opening tag inside TEXT")
        start, attributes = open_timexes.pop()
        gold.append(_gold_timex(attributes, start, length, "".join(text_parts)))
    gold.sort(key=lambda t: (t.start, -t.end))
    return "".join(text_parts), gold


def _gold_timex(attributes: dict[str, str], start: int, end: int, text_so_far: str) -> Timex:
    return Timex(
        text=text_so_far[start:end],
        start=start,
        end=end,
        type=cast(TimexType, attributes.get("type", "")),
        value=attributes.get("value", ""),
        mod=attributes.get("mod") or None,
        quant=attributes.get("quant") or None,
        freq=attributes.get("freq") or None,
    )


def _attributes(raw: str) -> dict[str, str]:
    return {
        match.group(1): decode_references(
            match.group(2) if match.group(2) is not None else match.group(3)
        )
        for match in _ATTRIBUTE.finditer(raw)
    }


def decode_references(raw: str) -> str:
    """Decode the five XML entities and numeric character references."""
    if "&" not in raw:
        return raw
    return _REFERENCE.sub(_decode_reference, raw)


def _decode_reference(match: re.Match[str]) -> str:
    body = match.group(1)
    if body.startswith("#x"):
        return chr(int(body[2:], 16))
    if body.startswith("#"):
        return chr(int(body[1:]))
    return _NAMED_REFERENCES[body]
