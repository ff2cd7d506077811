"""Score the tagger against an encoder's own gold: ``X.txt`` beside ``X.entities.tsv``.

The gold lists every entity of the document's ``<text>`` in reading order
(``type  surface  value``). Predicted and gold sequences are aligned in order; a *strict*
match has the same type and the same surface (brackets dropped, whitespace normalised),
an *overlap* match the same type and a surface that contains the other.
"""

from __future__ import annotations

import csv
import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, TeiKitError
from .tei import KIND_OF_ELEMENT, XPATH

TYPES = ("person", "place", "org", "date")


@dataclass(frozen=True)
class Row:
    type: str
    surface: str
    value: str = ""


@dataclass
class DocScore:
    name: str
    gold: list[Row]
    predicted: list[Row]
    strict: list[tuple[Row, Row]] = field(default_factory=list)
    overlap: list[tuple[Row, Row]] = field(default_factory=list)
    missed: list[Row] = field(default_factory=list)
    spurious: list[Row] = field(default_factory=list)
    error: str | None = None


@dataclass
class EvalResult:
    docs: list[DocScore]

    def counts(self, type_: str, mode: str = "strict") -> tuple[int, int, int]:
        """(true positives, predicted, gold) for one type."""
        tp = pred = gold = 0
        for d in self.docs:
            pairs = d.strict if mode == "strict" else d.strict + d.overlap
            tp += sum(1 for g, _ in pairs if g.type == type_)
            pred += sum(1 for r in d.predicted if r.type == type_)
            gold += sum(1 for r in d.gold if r.type == type_)
        return tp, pred, gold

    def prf(self, type_: str | None = None, mode: str = "strict") -> tuple[float, float, float]:
        types = [type_] if type_ else list(TYPES)
        tp = pred = gold = 0
        for t in types:
            a, b, c = self.counts(t, mode)
            tp, pred, gold = tp + a, pred + b, gold + c
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = tp / gold if gold else (1.0 if not pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def date_accuracy(self) -> tuple[int, int]:
        """(dates with the right value, strictly matched dates)."""
        right = total = 0
        for d in self.docs:
            for g, p in d.strict:
                if g.type == "date":
                    total += 1
                    right += g.value == p.value
        return right, total


def read_gold(path: Path) -> list[Row]:
    """Read an ``*.entities.tsv`` file."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold ({exc})") from exc
    if rows and not {"type", "surface"} <= set(rows[0]):
        raise InputError(f"{path}: needs the columns type, surface, value")
    return [Row(r["type"].strip(), _norm(r["surface"]), (r.get("value") or "").strip()) for r in rows]


def predicted_rows(tree) -> list[Row]:
    """The tagged entities of a TEI tree's ``<text>``, in reading order."""
    rows = []
    for el in XPATH["text_entities"](tree):
        kind = KIND_OF_ELEMENT[el.tag.split("}")[1]]
        surface = _norm("".join(_text_without_desc(el)))
        if kind == "date":
            value = el.get("when") or (f"{el.get('from')}/{el.get('to')}" if el.get("from") else "")
        else:
            value = ""
        rows.append(Row(kind, surface, value or ""))
    return rows


def _text_without_desc(el):
    """The text of ``el`` without what a ``gap/desc`` says of the gap."""
    for node in el.iter():
        if node.tag.endswith("}desc"):
            continue
        if node.text:
            yield node.text
        if node is not el and node.tail:
            yield node.tail


def _norm(s: str) -> str:
    return " ".join(s.replace("[", "").replace("]", "").split())


def score(name: str, gold: list[Row], predicted: list[Row]) -> DocScore:
    """Align predicted with gold rows and sort them into matches, misses and extras."""
    doc = DocScore(name, gold, predicted)
    g_keys = [(r.type, r.surface) for r in gold]
    p_keys = [(r.type, r.surface) for r in predicted]
    sm = difflib.SequenceMatcher(a=g_keys, b=p_keys, autojunk=False)
    g_strict, p_strict = set(), set()
    for block in sm.get_matching_blocks():
        for k in range(block.size):
            doc.strict.append((gold[block.a + k], predicted[block.b + k]))
            g_strict.add(block.a + k)
            p_strict.add(block.b + k)
    doc.missed = [g for i, g in enumerate(gold) if i not in g_strict]
    doc.spurious = [p for j, p in enumerate(predicted) if j not in p_strict]
    # overlap matches among the rest, in order (they stay misses and extras for strict F1)
    rest = [j for j in range(len(predicted)) if j not in p_strict]
    for i, g in enumerate(gold):
        if i in g_strict:
            continue
        for j in rest:
            p = predicted[j]
            if p.type == g.type and (p.surface in g.surface or g.surface in p.surface):
                doc.overlap.append((g, p))
                rest.remove(j)
                break
    return doc


def evaluate(gold_dir: Path, *, authority_dir: Path | None = None) -> EvalResult:
    """Convert and score every ``X.txt`` of ``gold_dir`` that has ``X.entities.tsv``."""
    from .pipeline import convert

    gold_dir = Path(gold_dir)
    pairs = [(t, t.with_name(t.stem + ".entities.tsv")) for t in sorted(gold_dir.glob("*.txt"))]
    pairs = [(t, g) for t, g in pairs if g.exists()]
    if not pairs:
        raise InputError(f"{gold_dir}: no X.txt with an X.entities.tsv beside it")
    docs = []
    for text, gold_file in pairs:
        gold = read_gold(gold_file)
        try:
            conv = convert(text, authority_dir=authority_dir)
            docs.append(score(text.name, gold, predicted_rows(conv.tree)))
        except TeiKitError as exc:
            doc = score(text.name, gold, [])
            doc.error = str(exc)
            docs.append(doc)
    return EvalResult(docs)


def report_rows(result: EvalResult):
    """Tables for the terminal: scores per type, then misses and extras per document."""
    rows = []
    for t in (*TYPES, None):
        p, r, f = result.prf(t)
        op, orr, of = result.prf(t, "overlap")
        tp, pred, gold = (sum(x) for x in zip(*(result.counts(tt) for tt in ([t] if t else TYPES))))
        rows.append([t or "all", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{of:.3f}", str(tp), str(pred), str(gold)])
    right, total = result.date_accuracy()
    tables = [("Entity scores (strict; F1 by overlap too)",
               ["type", "P", "R", "F1", "F1 overlap", "TP", "predicted", "gold"], rows)]
    tables.append((f"Date values: {right}/{total} right" + (f" ({right / total:.1%})" if total else ""),
                   ["document", "surface", "gold value", "tei-kit value"],
                   [[d.name, g.surface, g.value, p.value] for d in result.docs for g, p in d.strict
                    if g.type == "date" and g.value != p.value]))
    errs = [[d.name, "failed", d.error or "", ""] for d in result.docs if d.error]
    diff = errs + [[d.name, "missed", r.type, r.surface] for d in result.docs for r in d.missed]
    diff += [[d.name, "spurious", r.type, r.surface] for d in result.docs for r in d.spurious]
    tables.append(("Missed and spurious entities", ["document", "what", "type", "surface"], diff))
    return tables


def report_json(result: EvalResult) -> str:
    out = {"types": {}, "documents": []}
    for t in (*TYPES, None):
        p, r, f = result.prf(t)
        op, orr, of = result.prf(t, "overlap")
        out["types"][t or "all"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                                    "f1_overlap": round(of, 4)}
    right, total = result.date_accuracy()
    out["date_values"] = {"right": right, "total": total}
    for d in result.docs:
        out["documents"].append({
            "name": d.name, "error": d.error,
            "missed": [r.__dict__ for r in d.missed], "spurious": [r.__dict__ for r in d.spurious]})
    return json.dumps(out, indent=2, ensure_ascii=False)
