"""Colon layouts without a verb: a transcript's speaker labels ("BRANDT: ...", "Ilse Varga: ...") and a headline's
speaker ("Varga to Farmers: ...", "Harbour camp: ..."). Texts written for these tests."""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes
from claimkit_quotes.uncued import transcript_turns


def _colon_quotes(text: str) -> list[tuple[str | None, str]]:
    """The (source, content) of each quote whose cue is a colon, in order."""
    return [(m.source.text if m.source else None, m.text) for m in extract_quotes(text) if m.cue and m.cue.text == ":"]


_PANEL = (
    "A panel on the harbour.\n\n"
    "The panel met on Tuesday.\n\n"
    "“Tom Brandt: We cannot wait any longer. The piers are rotting.\n\n"
    "Ilse Varga: I agree with that, but the money is not there.\n\n"
    "Brandt: Then we should borrow it?\n\n"
    "The debate went on for an hour."
)


def test_each_labelled_paragraph_of_a_transcript_is_a_turn() -> None:
    assert _colon_quotes(_PANEL) == [
        ("Tom Brandt", "We cannot wait any longer. The piers are rotting"),
        ("Ilse Varga", "I agree with that, but the money is not there"),
        ("Brandt", "Then we should borrow it?"),
    ]


_CAPS = (
    "Transcript of the harbour hearing.\n\n"
    "OSTER: What will the new pier cost the town?\n\n"
    "VARGA: About four million, and the state pays half of it.\n\n"
    "OSTER: And the rest comes from the port fees?"
)


def test_upper_case_labels_make_turns() -> None:
    assert [source for source, _ in _colon_quotes(_CAPS)] == ["OSTER", "VARGA", "OSTER"]


@pytest.mark.parametrize(
    "text",
    [
        # headings that each name someone once are no transcript
        "Where they stand.\n\nVarga: Win the north.\n\nThe mayor leads in the north.\n\nBrandt: Hold the coast.\n\n"
        "The challenger leads on the coast.",
        # a tally by name is no turn
        "Delegates so far.\n\nIlse Varga: 1,204 votes\n\nTom Brandt: 988\n\nVarga: 12\n\nBrandt: 40",
        # labels, not speakers
        "A story.\n\nUpdate: The vote was moved.\n\nNote: The vote was moved again.\n\nUpdate: It is over now.",
        # an interviewer's "Q:" and "A:" name no one
        "An interview.\n\nQ: What will the pier cost?\n\nA: About four million dollars.\n\nQ: Who pays for it?",
    ],
)
def test_no_turns_without_a_transcript(text: str) -> None:
    assert transcript_turns(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Varga to Farmers Union: We will keep the subsidy.\n\nText follows.", "Varga", "We will keep the subsidy"),
        ("Former Mayor Brandt at Dover Rally: The tunnel is a waste.\n\nText follows.", "Former Mayor Brandt",
         "The tunnel is a waste"),
        ("Varga on Tunnel Delays and the Harbour Budget: ‘We Were Misled.’\n\nText follows.", "Varga",
         "‘We Were Misled.’"),
        ("Harbour camp: The Varga plan will sink the port.\n\nText follows.", "Harbour camp",
         "The Varga plan will sink the port"),
        ("Dover Gazette editorial: Vote for the levy.\n\nText follows.", "Dover Gazette editorial",
         "Vote for the levy"),
        ("EXCLUSIVE – Ilse Varga: The Bridge Will Open in May.\n\nText follows.", "Ilse Varga",
         "The Bridge Will Open in May"),
    ],
)
def test_a_headline_speaker(text: str, source: str, content: str) -> None:
    assert _colon_quotes(text) == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Varga wins the vote.\n\nText follows.",
        "Breaking News: Varga wins the vote.\n\nText follows.",
        "Varga and Brandt: A long rivalry.\n\nText follows.",
        # only a headline reads a name before a preposition
        "The harbour is closed. Brandt at Dover: more talks to come.\n\nText follows.",
    ],
)
def test_no_headline_speaker(text: str) -> None:
    assert _colon_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The hearing was tense.\n\nIn a note to the board, Varga wrote:\n\nThe harbour cannot wait for another "
         "budget. The piers are failing now.\n\nThe board did not reply.", "wrote", "Varga",
         "The harbour cannot wait for another budget. The piers are failing now"),
        ("The Dover Gazette reports:\n\n…at least four harbour contracts were signed without any tender at all.\n\n"
         "The board denied it.", "reports", "The Dover Gazette",
         "…at least four harbour contracts were signed without any tender at all"),
        ("The port closed.\n\nIn an address to the council in May, he said:\n\nLet no one doubt that the port will "
         "open again next spring.\n\nIt did not.", "said", "he",
         "Let no one doubt that the port will open again next spring"),
    ],
)
def test_a_block_quotation_after_a_reporting_verb(text: str, cue: str, source: str, content: str) -> None:
    found = [(m.cue.text, m.source.text if m.source else None, m.text) for m in extract_quotes(text) if m.cue]
    assert (cue, source, content) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # markup, a list or a short line after the colon is no block quotation
        "Varga wrote:\n\n<post author=\"varga\">The harbour is open again for all ships.</post>\n\nMore.",
        "Varga said:\n\n- the fees\n\n- the piers\n\nMore.",
        "Varga said:\n\nSee below.\n\nMore.",
        # a verb that does not report ("took to the radio") introduces nothing
        "Varga took to the radio:\n\nThe harbour is open again for all ships and boats.\n\nMore.",
    ],
)
def test_no_block_quotation(text: str) -> None:
    assert not any(m.text.startswith(("The harbour", "the fees", "See below")) for m in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The drop in turnout does not surprise Democratic pollster Ilse Varga: “Voters in the north have "
         "stopped believing in the harbour plan.”", "Democratic pollster Ilse Varga"),
        ("HARBOUR FEES WILL RISE - Varga and Tom Brandt: “We expect the fees to double within two years.”",
         "Varga and Tom Brandt"),
        ("More from Varga and Brandt: “The board has not published its accounts since the spring.”",
         "Varga and Brandt"),
    ],
)
def test_a_name_and_a_colon_before_a_quotation(text: str, source: str) -> None:
    assert [s for s, _ in _colon_quotes(text)] == [source]
