"""export (BagIt packages) and review (what to check first)."""

from __future__ import annotations

import zipfile

import bagit
import pytest

from tei_kit.errors import OutputExistsError, TeiKitError
from tei_kit.export import export
from tei_kit.review import review

from .conftest import DATA


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory, seed_conversion):
    path = tmp_path_factory.mktemp("tei") / "seed.xml"
    path.write_bytes(seed_conversion.data)
    return path


def test_export_makes_a_valid_bag_with_views(tmp_path, seed_tei):
    result = export([seed_tei], tmp_path / "bag")
    bag = bagit.Bag(str(tmp_path / "bag"))
    bag.validate()
    assert result.count == 1 and result.payload_files == 3
    assert sorted(p.name for p in (tmp_path / "bag" / "data").iterdir()) == [
        "seed.citation.html", "seed.html", "seed.xml"]
    assert (tmp_path / "bag" / "manifest-sha256.txt").exists()


def test_export_to_zip_and_no_overwrite_without_force(tmp_path, seed_tei):
    out = tmp_path / "out.zip"
    export([seed_tei], out, with_views=False)
    names = zipfile.ZipFile(out).namelist()
    assert "out/data/seed.xml" in names and "out/bagit.txt" in names
    with pytest.raises(OutputExistsError):
        export([seed_tei], out)
    export([seed_tei], out, with_views=False, force=True)
    assert list(tmp_path.glob("out.zip.*.bak"))


def test_export_refuses_invalid_files_and_writes_nothing(tmp_path, seed_tei):
    bad = DATA / "invalid" / "dangling_ref.xml"
    with pytest.raises(TeiKitError, match="not valid, nothing exported"):
        export([seed_tei, bad], tmp_path / "bag")
    assert list(tmp_path.iterdir()) == []


def test_review_lists_discovered_names_first(seed_tei):
    items = review(seed_tei)
    names = [i.name for i in items]
    assert "Jin Ban-su" in names
    assert all(i.why.startswith("new name") for i in items[: names.index("Jin Ban-su") + 1])
    assert "Nam Il" not in names
