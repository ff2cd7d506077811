"""eval: alignment and scores, on a gold folder written for the test."""

from __future__ import annotations

import shutil

import pytest

from tei_kit.errors import InputError
from tei_kit.evaluate import EvalResult, Row, evaluate, report_json, score

from .conftest import DATA, SEED


def test_strict_and_overlap_matches_and_misses():
    gold = [Row("person", "Nam Il"), Row("org", "KWP CC"), Row("date", "7 May", "1957-05-07")]
    pred = [Row("person", "Nam Il"), Row("org", "KWP"), Row("date", "7 May", "1957-05-08"), Row("place", "Kaesong")]
    doc = score("d", gold, pred)
    result = EvalResult([doc])
    assert [g.surface for g, _ in doc.strict] == ["Nam Il", "7 May"]
    assert [(g.surface, p.surface) for g, p in doc.overlap] == [("KWP CC", "KWP")]
    assert doc.missed == [Row("org", "KWP CC")]
    assert doc.spurious == [Row("org", "KWP"), Row("place", "Kaesong")]
    assert result.prf("person") == (1.0, 1.0, 1.0)
    assert result.prf("org") == (0.0, 0.0, 0.0)
    assert result.prf("org", "overlap")[2] == 1.0
    assert result.date_accuracy() == (0, 1)


def test_evaluate_scores_the_seed_against_its_gold(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(DATA / "gold" / "puzanov-1957-10-07.entities.tsv", tmp_path / "seed.entities.tsv")
    result = evaluate(tmp_path)
    assert result.prf()[2] >= 0.95
    assert '"f1"' in report_json(result)


def test_evaluate_needs_gold_files(tmp_path):
    (tmp_path / "x.txt").write_text("7 May 1957\n\nText.")
    with pytest.raises(InputError, match="no X.txt with an X.entities.tsv"):
        evaluate(tmp_path)


def test_a_document_that_fails_to_convert_is_reported_not_raised(tmp_path):
    (tmp_path / "bad.txt").write_text("")
    (tmp_path / "bad.entities.tsv").write_text("type\tsurface\tvalue\nperson\tNam Il\t\n")
    result = evaluate(tmp_path)
    assert "empty" in result.docs[0].error and result.prf()[1] == 0.0
