"""End to end through ``claimkit.analyze`` on short fictional articles (every installed extractor runs)."""

from __future__ import annotations

from claimkit import analyze
from claimkit.types import Analysis

STORIES = [
    {
        "id": "s1", "publisher": "Coast Herald", "published": "2030-05-08", "title": "Storm hits Stavo port",
        "text": "About 2,500 dock workers stopped work at the Stavo port on Monday, the Dockers Union said.\n\n"
                "“Fewer than 600 employees stayed away from their posts,” said Mara Lind, a spokeswoman for "
                "the port company.\n\nThe port employs roughly 5,000 people.\n",
    },
    {
        "id": "s2", "publisher": "Valley Daily", "published": "2030-05-09", "title": "Levee holds, governor says",
        "text": "“The levee at Orna has not been breached,” Governor Teo Varga told reporters on Tuesday.\n",
    },
    {
        "id": "s3", "publisher": "River News", "published": "2030-05-10", "title": "Levee breach floods farms",
        "text": "The levee at Orna was breached on Monday night and muddy water covered the farms, residents said.\n",
    },
]


def _analysis() -> Analysis:
    return analyze(STORIES)


def test_rival_figures_from_union_and_company_conflict() -> None:
    """About 2,500 walked out against fewer than 600: a numeric conflict naming both sources."""
    analysis = _analysis()
    numeric = [c for c in analysis.conflicts if c.kind == "numeric"]
    assert len(numeric) == 1
    assert "Mara Lind" in numeric[0].explanation


def test_headcount_of_the_employer_is_not_in_the_conflict() -> None:
    """"The port employs roughly 5,000 people" counts something else."""
    analysis = _analysis()
    involved = {i for c in analysis.conflicts for i in c.claims}
    employs = [c.id for c in analysis.claims if "employs" in c.text]
    assert employs and not set(employs) & involved


def test_denied_breach_against_reported_breach() -> None:
    """A governor's denial and a later report of the breach at the same place form a status conflict."""
    analysis = _analysis()
    status = [c for c in analysis.conflicts if c.kind == "status"]
    assert status and {analysis.claim(i).doc for i in status[0].claims} == {"s2", "s3"}


def test_every_conflict_shows_its_key() -> None:
    """Users see why claims were grouped."""
    assert all(c.key for c in _analysis().conflicts)


def test_timeline_orders_claims_by_said_on() -> None:
    """Entries come in date order, undated last."""
    days = [e.earliest for e in _analysis().timeline if e.earliest is not None]
    assert days == sorted(days)
