"""Checks the office-holder tests share: who held an office on a day, and what a titled
mention in a text names."""

from __future__ import annotations

import datetime as dt

from datesleuth.dating.knowledge import load_terms
from datesleuth.dating.knowledge.mentions import find_office_mentions


def holders_on(office_id: str, day: dt.date) -> list[str]:
    return [t.name for t in load_terms() if t.office.office_id == office_id and t.covers(day)]


def assert_titled_mention(text: str, office_id: str, name: str, day: dt.date) -> None:
    """``text`` names ``name`` by the title of ``office_id``, in a term that covers ``day``."""
    mentions = find_office_mentions(text)
    assert mentions, text
    assert all(m.titled and m.term.office.office_id == office_id for m in mentions), mentions
    assert all(m.term.name == name for m in mentions), mentions
    assert any(m.term.covers(day) for m in mentions)
