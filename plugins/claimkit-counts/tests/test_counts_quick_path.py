"""The quick reading of "<plain word> <number> <unit>" returns exactly what the general reading returns.

The general reading (every look-back and look-ahead of ``_count_at``) is the reference: each test reads the same
text with the quick reading switched off and compares. All sentences are written for these tests.
"""

from __future__ import annotations

import types

import pytest
from claimkit_counts import extract
from claimkit_counts.extract import extract_counts
from hypothesis import given, settings
from hypothesis import strategies as st

#: A compiled extractor calls its own functions directly: switching the quick reading off by patching the module
#: would change nothing there, and these tests would compare the quick reading with itself.
needs_python = pytest.mark.skipif(not isinstance(extract.extract_counts, types.FunctionType),
                                  reason="the extractor is compiled: its functions cannot be patched")


def _general(text: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """The counts of ``text`` read with the quick reading switched off."""
    with monkeypatch.context() as m:
        m.setattr(extract, "_count_after_plain_word", lambda *args: None)
        return [c.to_data() for c in extract_counts(text)]


def _quick(text: str) -> list[dict[str, object]]:
    """The counts of ``text`` as the extractor reads them."""
    return [c.to_data() for c in extract_counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The storm damaged 40 homes and 3 bridges.",
        "Rescuers found 2,500 people in shelters, officials said.",
        "The union said 400, then 450.",
        "The vote went 31 to 12 in the end.",
        "The firm hired 12 people in 1998 and 30 more in 2004.",
        "The ferry sailed on 12 occasions in 2011.",
        "The team signed 3 players aged 19 and 20.",
        "Crews cleared 18 km of road near gate 4.",
        "The town counted 45 percent of votes by noon.",
        "Officials counted 1,000-plus volunteers and 2,000-odd visitors.",
        "The clinic treated two patients, then one more, and three others.",
        "The team won one of three matches and lost two halves.",
        "The choir sang nineteen ninety songs over hundreds of evenings.",
        "The ranger tagged 7 deer, 2 wolves and 30 birds on 3 May.",
        "The guide led 9 walkers at 10 am and 14 at 3 pm.",
        "The pupils who are 12 years old sang while 30 others watched.",
        "The office opens on 12 of March and shut in 1999 after 40 years.",
        "The crew lost one in the storm and found one of the boats.",
        "Dana Ortiz, 52, said the 40 ferries, 12 of them new, had sailed, 30 in May.",
        "Tickets by Age, 16 children went free.",
        "Entry by Age, 16 years and over, cost $12 per head, or $2,000 for 40 people, not $1999 in all.",
        "The fund paid $3 million to 200 families and €40 each to 12 others, then $5-plus fees.",
        "The count rose, 300 officers said, and 12 april showers, 123 apples, 7 am, 45 o'clock.",
        "The crew met several times, saw few gulls, ate half, kept a third, and then several, few, half.",
        "The depot shipped 12 hundred crates, 40 thousands of jars, 7 k tins and 3 mn bags by noon.",
        "The yard moved 20 to 30 boxes, 40 or more pallets, 7 thru 9 carts and 5 through 8 vans.",
        "The farm sold 30 and 40 hens, 2 point 5 tonnes of grain and 1 over 3 of its plums.",
        "The hikers walked 12 km on foot, 40 per day, 20 in all, 7 plus 3 more, and 9 inches deep.",
        "The library lent 15 books; 12 went out, 8 came back: 20 stayed.",
        "The bakery sold 40 loaves_ 12 cakes3 and 7 buns! Then 5 pies? 6 tarts)",
    ],
)
@needs_python
def test_quick_reading_matches_general_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _quick(text) == _general(text, monkeypatch)


_PIECES = st.sampled_from([
    "0", "7", "12", "31", "1,500", "2004", "1999", "2.5", "½", "-", "$", "%", " ", " ", " ", "\n", ",", ".", "(", ")",
    "one", "two", "nineteen", "ninety", "hundred", "million", "dozens", "halves", "of", "to", "and", "or", "more",
    "than", "in", "the", "page", "aged", "years", "old", "year-old", "pm", "am", "on", "May", "troops", "people",
    "percent", "km", "plus", "who", "fled", "said", "killed", "x", "id", "st", "th", ", ", "Ortiz", "apples", "am",
    "Age", "age", " $", "$", "€", "m", "bn", "several", "few", "half", "third", "quarter", "couple",
    "through", "thru", "hundreds", "k", "mn", "point", "over", "per", "day", "inches", "tonnes", "8:20", "2016-09-01",
])


@needs_python
@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_quick_reading_matches_general_reading_on_generated_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(extract, "_count_after_plain_word", lambda *args: None)
        general = [c.to_data() for c in extract_counts(text)]
    assert _quick(text) == general
