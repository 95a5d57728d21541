"""Multi-source stories for the conflicts tests: a few bodies become articles of one story, a day apart."""

from __future__ import annotations

import datetime as dt

from claimkit import Analysis, analyze


def story(*bodies: str, titles: tuple[str, ...] = (), dates: tuple[str, ...] = (), first: str = "2031-03-10",
          title: str = "Town news") -> Analysis:
    """Analyse ``bodies`` as articles by "Paper 1", "Paper 2", ..., published a day apart from ``first`` (or on
    ``dates``), headed by ``titles`` (or ``title``)."""
    day = dt.date.fromisoformat(first)
    docs = []
    for i, body in enumerate(bodies):
        docs.append({"id": f"d{i + 1}", "publisher": f"Paper {i + 1}",
                     "published": dates[i] if i < len(dates) else (day + dt.timedelta(days=i)).isoformat(),
                     "title": titles[i] if i < len(titles) else title, "text": body + "\n"})
    return analyze(docs)


def conflict_kinds(analysis: Analysis) -> list[str]:
    """The kinds of the analysis's conflicts, sorted."""
    return sorted(c.kind for c in analysis.conflicts)
