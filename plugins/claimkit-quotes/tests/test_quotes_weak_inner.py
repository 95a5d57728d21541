"""A weak attribution read wholly inside the content of a verb's attribution is no second attribution; one inside a
preposition's or a colon's attribution is. Sentences written for these tests."""

from __future__ import annotations

import random

from claimkit_quotes import extract_quotes
from claimkit_quotes.candidates import Candidate
from claimkit_quotes.extract import _drop_weak_inner, _inside


def test_a_participle_inside_a_verbs_content_is_dropped() -> None:
    cues = [m.cue.text for m in extract_quotes("Reed described the posts praising Berg as harmful.") if m.cue]
    assert cues == ["described"]


def test_an_attribution_inside_a_document_opener_stays() -> None:
    cues = [m.cue.text for m in extract_quotes("In the report, Berg has portrayed herself as a builder.") if m.cue]
    assert "has portrayed" in cues


def test_a_second_speech_act_after_the_content_stays() -> None:
    text = "Berg said the crews were ready, adding that the pier was safe."
    assert [m.cue.text for m in extract_quotes(text) if m.cue] == ["said", "adding"]


def _reference_drop(cands: list[Candidate], text: str) -> list[Candidate]:
    """The rule of ``_drop_weak_inner`` read against every outer attribution, with no index."""
    outers = [c for c in cands if c.cue is not None and c.source is not None and not c.nominal
              and text[c.cue[0]].isalpha() and text[c.cue[0]:c.cue[1]].lower() not in {"in", "for", "from", "on",
                                                                                          "at", "by"}]
    keep = []
    for c in cands:
        cue = c.cue
        if cue is None or c.strong or c.parts[0][0] < cue[1] or not outers:
            keep.append(c)
            continue
        lo = c.source[0] if c.source is not None else cue[0]
        if not any(o is not c and o.parts[0][0] <= lo and _inside(cue, o) for o in outers):
            keep.append(c)
    return keep


def test_drop_weak_inner_matches_a_scan_of_every_outer() -> None:
    # a text of letters only: every cue reads as a verb; offsets drawn at random, outers in any order
    text = "x" * 400
    rng = random.Random(7)
    for _ in range(400):
        cands = []
        for _ in range(rng.randint(2, 9)):
            cue_start = rng.randrange(0, 300)
            cue = (cue_start, cue_start + rng.randint(1, 6))
            source = None if rng.random() < 0.3 else (max(0, cue_start - rng.randint(1, 40)), cue_start)
            if rng.random() < 0.6:  # content after the cue
                first = cue[1] + rng.randint(0, 20)
            else:  # content before the cue
                first = max(0, cue_start - rng.randint(30, 120))
            parts = [(first, first + rng.randint(5, 60))]
            if rng.random() < 0.4:
                second = parts[0][1] + rng.randint(1, 30)
                parts.append((second, second + rng.randint(5, 40)))
            cands.append(Candidate(parts, cue if rng.random() < 0.9 else None, "verb", source,
                                   strong=rng.random() < 0.2, nominal=rng.random() < 0.1))
        assert _drop_weak_inner(list(cands), text) == _reference_drop(cands, text)


def test_drop_weak_inner_cases() -> None:
    text = "x" * 200
    outer = Candidate([(20, 120)], (10, 14), "verb", (0, 9))
    inner = Candidate([(60, 90)], (50, 55), "verb", (40, 49))
    source_before_outer = Candidate([(60, 90)], (50, 55), "verb", (15, 49))
    strong_inner = Candidate([(60, 90)], (50, 55), "verb", (40, 49), strong=True)
    past_the_end = Candidate([(130, 150)], (115, 125), "verb", (100, 114))
    for cands, kept in (
        ([outer, inner], [outer]),
        ([inner, outer], [outer]),
        ([outer, source_before_outer], [outer, source_before_outer]),
        ([outer, strong_inner], [outer, strong_inner]),
        ([outer, past_the_end], [outer, past_the_end]),
        ([inner], [inner]),
    ):
        assert _drop_weak_inner(cands, text) == kept
