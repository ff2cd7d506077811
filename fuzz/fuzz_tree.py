"""atheris target: well-formed but odd TEI for the views and validation. The input drives
edits (text, attributes, new, moved, copied and deleted elements) of a document from
``tests/data/valid/``; byte-level mutation (``fuzz_xml.py``) seldom gets past the parser.

    .venv/bin/python fuzz/fuzz_tree.py fuzz/corpus/tree -max_total_time=300
"""

import copy
import sys

import atheris

with atheris.instrument_imports(include=["tei_kit"]):
    import tei_kit.tei  # noqa: F401  (instrumented for coverage)
    import tei_kit.validate  # noqa: F401
    import tei_kit.views  # noqa: F401
    from common import ROOT, check_xml, report_notes

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
SEEDS = [etree.parse(str(p)) for p in sorted((ROOT / "tests" / "data" / "valid").glob("*.xml"))]
ELEMENTS = ["p", "persName", "placeName", "orgName", "date", "gap", "desc", "unclear", "supplied", "note", "lb",
            "dateline", "div", "title", "bibl", "idno", "person", "listPerson", "hi", "ref", "foreign", "TEI"]
ATTRIBUTES = ["ref", "when", "from", "to", "notBefore", "notAfter", "cert", "resp", "reason", "type",
              "{http://www.w3.org/XML/1998/namespace}id", "{http://www.w3.org/XML/1998/namespace}lang",
              "{http://www.w3.org/XML/1998/namespace}base", "target", "facs", "source", "href"]
VALUES = ["#per-nam-il", "#nope", "1957-10-07", "1957-02-30", "1957", "-0044-03-15", "9999-12-31", "1957-13",
          "low", "high", "http://127.0.0.1:9/x", "file:///etc/passwd", "../../../../etc/passwd", "", " ", "x y",
          "#", "{", "'", '"', "&", "<", "\u202e", "𝔘"]


def _text(fdp) -> str:
    s = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
    return "".join(c for c in s if c in "\t\n\r" or 0x20 <= ord(c) < 0xFFFE)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    tree = copy.deepcopy(SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)])
    for _ in range(fdp.ConsumeIntInRange(0, 12)):
        elements = [e for e in tree.iter() if isinstance(e.tag, str)]
        el = elements[fdp.ConsumeIntInRange(0, len(elements) - 1)]
        op = fdp.ConsumeIntInRange(0, 7)
        if op == 0:
            el.text = _text(fdp)
        elif op == 1:
            el.tail = _text(fdp)
        elif op == 2:
            value = VALUES[fdp.ConsumeIntInRange(0, len(VALUES) - 1)] if fdp.ConsumeBool() else _text(fdp)
            el.set(ATTRIBUTES[fdp.ConsumeIntInRange(0, len(ATTRIBUTES) - 1)], value)
        elif op == 3:
            child = etree.SubElement(el, TEI + ELEMENTS[fdp.ConsumeIntInRange(0, len(ELEMENTS) - 1)])
            child.text = _text(fdp)
        elif op == 4 and el.getparent() is not None:
            el.getparent().remove(el)
        elif op == 5 and el.getparent() is not None:
            el.addnext(copy.deepcopy(el))
        elif op == 6:
            other = elements[fdp.ConsumeIntInRange(0, len(elements) - 1)]
            if other is not el and el not in other.iterancestors():
                other.append(el) if el.getparent() is not None else None
        elif op == 7 and el.attrib:
            del el.attrib[list(el.attrib)[fdp.ConsumeIntInRange(0, len(el.attrib) - 1)]]
    check_xml(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))


if __name__ == "__main__":
    import atexit

    atexit.register(report_notes)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
