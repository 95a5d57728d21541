"""Quotations signed with a dash and the speaker's name, or introduced by "From the report:": our own sentences.

Fictional sentences written for this table; each dash is one that signs quotations (em dash, en dash, and the
quotation dash U+2015).
"""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes


@pytest.mark.parametrize(("text", "dash", "speaker"), [
    ("“The river has never been this low. We are worried.” ― Ann Lee", "―", "Ann Lee"),
    ("“We waited two days for help.”\u00a0― Mia Holt\u00a0\n“Next.”", "―", "Mia Holt"),
    ("“Nobody told us the ferry would stop in winter.” — Carl Moss, a ferry pilot", "—", "Carl Moss"),
    ("“We waited two days for help.” – Mia Holt.", "–", "Mia Holt"),
])
def test_dash_signed_quotation(text: str, dash: str, speaker: str) -> None:
    first = extract_quotes(text)[0]
    assert first.direct and first.text.startswith("“") and first.text.endswith("”")
    assert first.cue is not None and first.cue.text == dash
    assert first.speaker == speaker


def test_dash_inside_a_sentence_signs_nothing() -> None:
    quotes = extract_quotes("The board called the plan “a good start for everyone” ― and then voted it down.")
    assert all(q.cue is None or q.cue.text != "―" for q in quotes)


@pytest.mark.parametrize(("text", "source"), [
    ("Not every panel is equal. From the report: “Samples with careful weighting gave more accurate results.”",
     "the report"),
    ("More from the study: “Online panels vary widely in quality and in cost.”", "the study"),
    ("From the new survey: “Half of all renters moved twice in five years.”", "the new survey"),
])
def test_quotation_introduced_from_a_document(text: str, source: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.direct and quote.source is not None and quote.source.text == source
    assert quote.cue is not None and quote.cue.text == ":"
