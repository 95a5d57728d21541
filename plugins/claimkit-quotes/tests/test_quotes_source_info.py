"""``SourceInfo``, a plain slotted class: defaults, equality, hashing and its text form."""

from __future__ import annotations

import pytest
from claimkit_quotes.sources import SourceInfo


def test_defaults_are_none() -> None:
    info = SourceInfo("unknown")
    assert (info.kind, info.name, info.role, info.pronoun, info.head) == ("unknown", None, None, None, None)


@pytest.mark.parametrize(("left", "right", "equal"), [
    (SourceInfo("person", name="Ola Brenn"), SourceInfo("person", "Ola Brenn"), True),
    (SourceInfo("person", name="Ola Brenn", role="mayor"), SourceInfo("person", name="Ola Brenn"), False),
    (SourceInfo("anonymous", head="officials"), SourceInfo("anonymous", head="officials"), True),
    (SourceInfo("anonymous", head="officials"), SourceInfo("organization", head="officials"), False),
    (SourceInfo("person", pronoun="she"), SourceInfo("person", pronoun="he"), False),
])
def test_equality_and_hash(left: SourceInfo, right: SourceInfo, equal: bool) -> None:
    assert (left == right) is equal
    assert (left != right) is not equal
    if equal:
        assert hash(left) == hash(right)
        assert len({left, right}) == 1


def test_not_equal_to_other_types() -> None:
    assert SourceInfo("unknown") != ("unknown", None, None, None, None)


def test_repr_names_every_field() -> None:
    assert repr(SourceInfo("organization", name="Tarn Water Board", head="board")) == (
        "SourceInfo(kind='organization', name='Tarn Water Board', role=None, pronoun=None, head='board')")


def test_no_other_attributes() -> None:
    with pytest.raises(AttributeError):
        SourceInfo("unknown").extra = 1  # type: ignore[attr-defined]
