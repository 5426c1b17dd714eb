"""HTML pages: the article's main text (trafilatura) and its publication date (htmldate).

Only a date found in the page's metadata is taken as the page's claim: htmldate can also
guess from the visible text or fall back to today's date, and neither is a claim made by
the page about itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from datesleuth.errors import InputError

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


# Elements of the page body that state its date rather than tell the story.
_DATE_ELEMENT = re.compile(r"date|time|publish|posted|byline|dateline", re.I)
_DATE_ATTRIBUTES = ("class", "id", "itemprop", "property", "name")


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    published: dt.date | None


def looks_like_html(data: str, name: str = "") -> bool:
    """True for an ``.html``/``.htm`` file name or content that opens as an HTML page."""
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(data[:2000]))


def read_html(html: str, name: str = "input") -> HtmlArticle:
    """The main text of an HTML page and the publication date its metadata gives."""
    import trafilatura

    # trafilatura and htmldate log their parsing troubles: not the user's concern here.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(f"{name}: HTML page with no article body")
    return HtmlArticle(text=text, published=published_date(html))


def published_date(html: str) -> dt.date | None:
    """The original publication date from the page's metadata, or None."""
    from htmldate import find_date

    metadata = metadata_only(html)
    if metadata is None:
        return None
    try:
        found = find_date(
            metadata, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None


def metadata_only(html: str) -> str | None:
    """The page reduced to its head and the body elements that state a date.

    htmldate also matches dates anywhere in the text ("on 2020-01-02, ..."); the story's
    dates are content clues, not the page's claim, so the story is removed first.
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    body = root.find("body")
    if body is not None:
        kept = lxml.html.Element("body")
        for element in body.iter():
            if element is not body and _states_date(element):
                duplicate = copy.deepcopy(element)
                duplicate.tail = None
                kept.append(duplicate)
        root.replace(body, kept)
    return str(lxml.html.tostring(root, encoding="unicode"))


def _states_date(element: lxml.html.HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False  # comments and processing instructions
    if element.tag in ("time", "meta"):
        return True
    if element.tag == "script":
        return "json" in (element.get("type") or "")
    return any(_DATE_ELEMENT.search(element.get(name) or "") for name in _DATE_ATTRIBUTES)
