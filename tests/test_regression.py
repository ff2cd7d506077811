"""The tagger on sets written for tei-kit in the style of the archive's
exports (tests/data/family/README.md), each with its own gold. Held at these scores."""

from __future__ import annotations

import pytest

from tei_kit.evaluate import TYPES, evaluate

from .conftest import DATA


@pytest.fixture(scope="module")
def family():
    return evaluate(DATA / "family")


def test_every_family_document_converts(family):
    assert len(family.docs) == 12
    assert [d.name for d in family.docs if d.error] == []


@pytest.mark.parametrize("kind", TYPES)
def test_family_strict_f1_per_type_holds(family, kind):
    p, r, f = family.prf(kind)
    assert f >= 0.97, (kind, round(p, 3), round(r, 3),
                       [(d.name, x.surface) for d in family.docs for x in d.missed + d.spurious if x.type == kind])


def test_family_date_values_are_right(family):
    right, total = family.date_accuracy()
    assert total >= 100 and right / total >= 0.98


@pytest.fixture(scope="module")
def holdout():
    return evaluate(DATA / "holdout")


@pytest.mark.parametrize("kind", TYPES)
def test_holdout_strict_f1_per_type_holds(holdout, kind):
    assert [d.name for d in holdout.docs if d.error] == []
    p, r, f = holdout.prf(kind)
    assert f >= 0.97, (kind, round(p, 3), round(r, 3),
                       [(d.name, x.surface) for d in holdout.docs for x in d.missed + d.spurious if x.type == kind])


@pytest.fixture(scope="module")
def blind():
    return evaluate(DATA / "blind")


@pytest.mark.parametrize("kind", TYPES)
def test_blind_set_strict_f1_per_type_holds(blind, kind):
    assert [d.name for d in blind.docs if d.error] == []
    p, r, f = blind.prf(kind)
    assert f >= 0.95, (kind, round(p, 3), round(r, 3),
                       [(d.name, x.surface) for d in blind.docs for x in d.missed + d.spurious if x.type == kind])
