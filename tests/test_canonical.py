"""One name per person across the articles of an analysis."""

from __future__ import annotations

from claimkit.canonical import unify_people
from claimkit.types import Claim, Source


def _claim(n: int, source: Source | None) -> Claim:
    return Claim(id=f"d:c{n}", doc=f"d{n}", start=0, end=4, text="text", source=source)


def test_a_surname_takes_the_only_full_name_that_ends_with_it():
    claims = [_claim(1, Source("Elsa Varga", kind="person", role="regional governor")),
              _claim(2, Source("Varga", kind="person"))]
    renamed = unify_people(claims)[1].source
    assert renamed.name == "Elsa Varga"
    assert renamed.role == "regional governor"
    assert renamed.aliases == ("Varga",)


def test_an_ambiguous_surname_is_left_alone():
    claims = [_claim(1, Source("Elsa Varga", kind="person")), _claim(2, Source("Peter Varga", kind="person")),
              _claim(3, Source("Varga", kind="person"))]
    assert unify_people(claims)[2].source.name == "Varga"


def test_organisations_and_missing_sources_are_untouched():
    claims = [_claim(1, Source("Harbor Authority", kind="organization")), _claim(2, Source("Authority",
              kind="organization")), _claim(3, None)]
    assert unify_people(claims) == claims
