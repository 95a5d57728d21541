"""Cross-source analysis on fictional multi-source stories written for claimkit's own tests.

Each folder in ``tests/scenarios/`` holds ``docs.jsonl`` and a ``gold.json`` in the format of the evaluation
scorer (required and optional conflicts, forbidden claims, expected claim attributes). These stories use other
vocabulary than the development scenarios on purpose (firefighters, residents, a bridge, a school): the conflict
detectors must find the required conflicts here through general mechanisms, not through the words of one story.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimkit
from claimkit.readers import read_inputs

SCENARIOS = sorted(p for p in (Path(__file__).parent / "scenarios").iterdir() if (p / "gold.json").exists())


def _locate(docs, anchor):
    doc = docs[anchor["doc"]]
    field = anchor.get("field", "text")
    start = doc.field_text(field).index(anchor["anchor"])
    return anchor["doc"], field, start, start + len(anchor["anchor"])


def _covers(claim, where):
    doc, field, start, end = where
    return claim.doc == doc and claim.field == field and min(claim.end, end) > max(claim.start, start)


def _analyze(folder):
    docs = {d.id: d for d in read_inputs([str(folder / "docs.jsonl")])}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return docs, gold, claimkit.analyze(docs.values())


@pytest.mark.parametrize("folder", SCENARIOS, ids=lambda p: p.name)
def test_required_conflicts_are_found(folder):
    docs, gold, analysis = _analyze(folder)
    claims = {c.id: c for c in analysis.claims}
    missed = []
    for required in gold["conflicts"]["required"]:
        sides = [[_locate(docs, a) for a in side.get("any", [side])] for side in required["sides"]]
        kinds = {required["kind"]} if isinstance(required["kind"], str) else set(required["kind"])
        covered = set()
        for conflict in analysis.conflicts:
            if conflict.kind not in kinds:
                continue
            members = [claims[i] for i in conflict.claims]
            hit = {j for j, side in enumerate(sides) if any(_covers(c, w) for c in members for w in side)}
            if len(hit) >= 2:
                covered |= hit
        if len(covered) < 2:
            missed.append(required["note"])
    assert not missed, f"missed: {missed}"


@pytest.mark.parametrize("folder", SCENARIOS, ids=lambda p: p.name)
def test_forbidden_claims_take_part_in_no_conflict(folder):
    docs, gold, analysis = _analyze(folder)
    claims = {c.id: c for c in analysis.claims}
    forbidden = [_locate(docs, a) for a in gold["forbidden"]]
    for conflict in analysis.conflicts:
        for claim_id in conflict.claims:
            assert not any(_covers(claims[claim_id], f) for f in forbidden), conflict.explanation


@pytest.mark.parametrize("folder", SCENARIOS, ids=lambda p: p.name)
def test_claims_have_the_expected_source_modality_and_date(folder):
    docs, gold, analysis = _analyze(folder)
    wrong = []
    for expected in gold["claims"]:
        where = _locate(docs, expected)
        found = [c for c in analysis.claims if _covers(c, where)]
        if not found:
            wrong.append(f"no claim for {expected['anchor']!r}")
            continue
        for key in ("source", "modality", "said_on"):
            if key not in expected:
                continue
            got = [(c.source.name if c.source else None) if key == "source" else getattr(c, key) for c in found]
            if key == "source":
                ok = any(g and g.lower().split()[-1] == expected[key].lower().split()[-1] for g in got)
            else:
                ok = expected[key] in got
            if not ok:
                wrong.append(f"{expected['anchor']!r}: {key} {got} != {expected[key]!r}")
    assert not wrong, wrong
