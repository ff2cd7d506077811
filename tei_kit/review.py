"""What an encoder should check first in a converted file: new names and uncertain tags."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .tei import KIND_OF_ELEMENT, XML_ID, XPATH, parse_xml, require_tei, tei

_CERT_ORDER = {"low": 0, "unknown": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class ReviewItem:
    kind: str
    name: str
    id: str
    cert: str
    why: str
    count: int


def review(path: Path) -> list[ReviewItem]:
    """Names found by rules (not in the authority files) and tags below high certainty,
    least certain first."""
    tree = parse_xml(Path(path))
    require_tei(tree, str(path))
    counts: Counter[str] = Counter()
    low: dict[str, str] = {}
    for el in XPATH["text_entities"](tree):
        ref = (el.get("ref") or "").lstrip("#")
        if ref:
            counts[ref] += 1
            cert = el.get("cert", "high")
            if _CERT_ORDER.get(cert, 2) < _CERT_ORDER.get(low.get(ref, "high"), 2):
                low[ref] = cert
    items = []
    for entry in XPATH["standoff_entries"](tree):
        ref = entry.get(XML_ID)
        discovered = entry.find(tei("note")) is not None and entry.find(tei("note")).get("type") == "discovery"
        cert = low.get(ref, entry.get("cert", "high"))
        if not discovered and cert == "high":
            continue
        name_el = entry[0]
        kind = KIND_OF_ELEMENT.get(name_el.tag.split("}")[1], "?")
        why = "new name (not in the authority files)" if discovered else "uncertain tag"
        items.append(ReviewItem(kind, "".join(name_el.itertext()), ref, cert, why, counts[ref]))
    items.sort(key=lambda r: (_CERT_ORDER.get(r.cert, 2), r.why != "new name (not in the authority files)", r.name))
    return items
