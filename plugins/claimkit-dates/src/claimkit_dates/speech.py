"""Quotations told at a stated time: the deictic words inside them count from when they were said.

'"The plant will close next year," the chairman said in 2019.' The chairman's "next year" is 2020, not the year after
publication. A quotation whose attribution (the words after its closing quote, or before its opening quote, in the
same sentence) dates the speech with a date that needs no anchor ("said in 2019", "told reporters in June 2024",
"in a 2015 interview") moves the expressions inside it that counted from the publication date by as much as they
counted from it, now from the time of speech. Only expressions no finer than that time are moved: a year stated
alone moves "next year" but not "next month" or "on Monday", which it cannot place.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimkit import Span, TimeMention

#: Quotation marks: straight double quotes open and close alike; curly ones say which they are.
_OPENING = ("\u201c", '"')
_CLOSING = ("\u201d", '"')
#: How far from an expression its quotation marks are looked for (a quotation seldom runs longer in news).
_REACH = 400
#: Verbs of saying, prepositions and determiners that date a speech with the date after them ("said in 2019",
#: "told reporters on March 3, 2021", "wrote in a 2010 letter").
_SAYING = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "recalled", "declared", "stated",
                     "predicted", "promised", "warned", "insisted"})
_SPEECH_PREPOSITIONS = frozenset({"in", "on", "during"})
_SPEECH_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
#: A noun of a text or a talk right after a date that tells when it was said or written ("in a 2015 interview", "his
#: 2010 memoir").
_SPEECH_NOUN_AFTER = re.compile(r"(?: [\w-]{1,20})? (?:interview|memoir|speech|letter|statement|remarks|testimony|"
                                r"address|post|tweet|book|diary|column|article|essay|op-ed|message|email|e-mail|"
                                r"memo|note|cable)\b", re.IGNORECASE)
#: A sentence's stop: a period, a question or an exclamation mark before a space and a capital or a quote.
_STOP = re.compile(r"[.?!](?=\s{1,3}[A-Z\"\u201c])")
#: A short capitalised word right before a period, which it abbreviates ("Jan.", "Sept.", "Mr.").
_ABBREVIATION_BEFORE = re.compile(r"\b[A-Z][a-z]{0,3}$")
#: The granularities of a value's date, coarse to fine, by the length of its "YYYY", "YYYY-MM" or "YYYY-MM-DD".
_GRAIN_BY_LENGTH = {4: "Y", 7: "M", 10: "D"}
#: A value counted from the publication date that the time of speech can move: a year, a month, a day, a week, or
#: a time of day (whose date moves by days).
_MOVABLE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d)(T[^\s]{0,30})?)?|-W(\d\d)(-WE)?)?$")


def reanchor_quotations(text: str, mentions: list[TimeMention], published: dt.date | None) -> list[TimeMention]:
    """``mentions`` with those inside a quotation told at a stated time counted from that time (see the module).

    Args:
        text: the document's text.
        mentions: its time mentions, in document order.
        published: the publication date the deictic mentions were counted from.

    Returns:
        The mentions, the moved ones anchored on the time of speech ("narrative", with its span and value).
    """
    if published is None:
        return mentions
    # the times of speech first: few dates follow a verb of saying, and without one nothing moves
    speeches = [m for m in mentions if m.anchor == "absolute" and m.value and len(m.value) in _GRAIN_BY_LENGTH and
                m.value[:4].isdigit() and _dates_speech(text, m)]
    if not speeches:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.anchor != "published" or not mention.value or not mention.value[:1].isdigit() or all(
                abs(speech.start - mention.start) > _REACH for speech in speeches):
            continue
        speech = _time_of_speech(text, mention, speeches)
        if speech is None:
            continue
        try:
            value = _moved(mention.value, published, speech.value or "")
        except (ValueError, OverflowError):
            continue  # a date that falls off the calendar ("year 0") stays as it was
        if value is not None and value != mention.value:
            out[i] = attrs.evolve(mention, value=value, anchor="narrative",
                                  anchor_span=Span(speech.start, speech.end, speech.text), anchor_value=speech.value)
    return out


def _time_of_speech(text: str, mention: TimeMention, speeches: list[TimeMention]) -> TimeMention | None:
    """The time of speech (one of ``speeches``, the dates after a verb of saying or before a noun of speech) in the
    attribution of the quotation around ``mention``, or None."""
    lo = max(0, mention.start - _REACH, text.rfind("\n", 0, mention.start) + 1)
    hi = text.find("\n", mention.end, mention.end + _REACH)
    if hi < 0:
        hi = min(len(text), mention.end + _REACH)
    opening = max(text.rfind(q, lo, mention.start) for q in _OPENING)
    if opening < 0 or (text[opening] == '"' and text.count('"', lo, opening) % 2):
        return None  # no quotation opens before it in its paragraph (an odd straight quote before closes one)
    closing = min((found for found in (text.find(q, mention.end, hi) for q in _CLOSING) if found >= 0), default=-1)
    if closing < 0:
        return None
    # the attribution: the sentence's words after the closing quote, or before the opening one
    after_end = _sentence_end(text, closing + 1, hi)
    before_start = _sentence_start(text, lo, opening)
    for start, end in ((closing + 1, after_end), (before_start, opening)):
        for speech in speeches:
            if start <= speech.start and speech.end <= end:
                return speech
    return None


def _dates_speech(text: str, mention: TimeMention) -> bool:
    """True when ``mention`` dates a speech: a verb of saying, at most three words, a preposition and perhaps a
    determiner right before it ("said in 2019", "told reporters on March 3, 2021", "wrote in a 2010 letter"), or a
    noun of speech right after it ("a 2015 interview"). Plain word lookups, no search: most dates follow "in"."""
    start = mention.start
    words = text[start - 60 if start > 60 else 0:start].lower().split()
    if words and words[-1] in _SPEECH_DETERMINERS:
        words.pop()
    if words and words[-1] in _SPEECH_PREPOSITIONS and not _SAYING.isdisjoint(words[-5:-1]):
        return True
    return _SPEECH_NOUN_AFTER.match(text, mention.end) is not None


def _sentence_end(text: str, start: int, hi: int) -> int:
    """Where the sentence that goes on at ``start`` ends (before ``hi``): at a stop before a capital or a quote,
    unless the stop closes a short capitalised abbreviation ("Jan. 5", "Mr. Lind")."""
    for stop in _STOP.finditer(text, start, hi):
        if not _ABBREVIATION_BEFORE.search(text, max(start, stop.start() - 6), stop.start()):
            return stop.start() + 1
    return hi


def _sentence_start(text: str, lo: int, end: int) -> int:
    """Where the sentence that runs up to ``end`` begins (not before ``lo``)."""
    start = lo
    for stop in (". ", "? ", "! "):
        found = text.rfind(stop, lo, end)
        if found >= 0 and found + 2 > start:
            start = found + 2
    return start


def _moved(value: str, published: dt.date, speech: str) -> str | None:
    """``value``, counted from ``published``, counted as far from the time of speech ``speech`` instead; None when
    the time of speech is too coarse to place it."""
    m = _MOVABLE.match(value)
    grain = _GRAIN_BY_LENGTH.get(len(speech))
    if m is None or grain is None:
        return None
    year = int(m[1])
    if m[5] is None and m[2] is None:
        moved_year = int(speech[:4]) + year - published.year
        return f"{moved_year:04d}" if 0 < moved_year < 10000 else None
    if m[5] is None and m[3] is None:
        if grain == "Y":
            return None
        months = (year - published.year) * 12 + int(m[2]) - published.month
        total = int(speech[:4]) * 12 + int(speech[5:7]) - 1 + months
        return f"{total // 12:04d}-{total % 12 + 1:02d}" if 12 <= total < 120000 else None
    if grain != "D":
        return None
    said = dt.date.fromisoformat(speech)
    if m[5] is not None:
        # a week: as many weeks from the week of speech
        first = dt.date.fromisocalendar(year, int(m[5]), 1)
        week_of_publication = published - dt.timedelta(days=published.isoweekday() - 1)
        moved = said + (first - week_of_publication)
        iso = moved.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}{m[6] or ''}"
    day = dt.date(year, int(m[2]), int(m[3]))
    return (said + (day - published)).isoformat() + (m[4] or "")
