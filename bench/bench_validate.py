"""Benchmark: ``tei-kit validate`` against jing over 1,000 generated TEI documents.

Run with ``make bench`` (or ``python bench/bench_validate.py [--documents N] [--keep DIR]``).
Not a test: it prints a table and three ratios, and exits 1 if tei-kit's verdicts and jing's
disagree (2 if jing or tei_all.rng is missing).

1. Generate: archive-style source texts assembled from the seed texts of the repository
   (both page layouts and bare transcriptions; names from the authority files, dates,
   editorial brackets, one to forty paragraphs), converted to TEI by
   :func:`tei_kit.pipeline.convert` in a process pool. About one document in eight is then
   replaced by a mutated copy of another (wrong nesting, bad datatypes, duplicate ids, a
   dangling @ref, ...), so that agreeing on verdicts means something.
2. Time whole processes, each the median of three runs with a warm cache (after one run
   with an empty cache, shown as "cold"): ``tei-kit validate`` (tei-kit's RELAX NG,
   Schematron and corpus rules), ``tei-kit validate --tei-all`` and ``jing tei_all.rng``
   over the same files; then each over one document. The warm cache holds what earlier runs
   learned, among it how the attribute values of these very documents derive (see
   tei_kit/relaxng.py), which a corpus validated on every commit also gains. So the first two
   are timed again over 1,000 *new* documents of the same kind, each run starting from the
   cache as the runs over the first 1,000 left it: the speed on documents never seen.
3. Compare verdicts file by file: ``tei-kit validate --tei-all`` with ``jing tei_all.rng``,
   and the ``rng`` findings of the default run with ``jing schemas/tei-kit.rng``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI_KIT = Path(sys.executable).parent / "tei-kit"
TEI_ALL = ROOT / ".cache" / "tei_all.rng"
PROJECT_RNG = ROOT / "schemas" / "tei-kit.rng"
SEEDS = [*sorted((ROOT / "corpus" / "sources").glob("*.txt"))] + [
    p for folder in ("family", "holdout", "unseen") for p in sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))]
TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TARGETS = {"tei_all": 2.0, "default": 3.0, "one": 0.3}

# ------------------------------------------------------------------ source texts


def _pools():
    """Sentences of the seed texts' bodies, and names from the authority files."""
    from tei_kit.ingest import read_source

    sentences = []
    for path in SEEDS:
        for block in read_source(path).blocks:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", block.text):
                if 25 <= len(s) <= 320 and not re.search(r"[\[\]<>]", s):
                    sentences.append(s.strip())
    names = {}
    for kind, file, element in (("person", "persons.xml", "persName"), ("place", "places.xml", "placeName"),
                                ("org", "orgs.xml", "orgName")):
        tree = etree.parse(str(ROOT / "corpus" / "authority" / file))
        names[kind] = sorted({" ".join("".join(n.itertext()).split())
                              for n in tree.iter(f"{{{TEI}}}{element}") if n.get("type") in ("main", "variant")})
    return sentences, names


def _date(rnd: random.Random) -> tuple[int, int, int]:
    year, month = rnd.randint(1945, 1990), rnd.randint(1, 12)
    return year, month, rnd.randint(1, 28)


def _sentence(rnd: random.Random, sentences, names) -> str:
    r = rnd.random()
    if r < 0.55:
        s = rnd.choice(sentences)
    elif r < 0.75:
        s = (f"{rnd.choice(names['person'])} met {rnd.choice(names['person'])} in {rnd.choice(names['place'])}"
             f" on {rnd.randint(1, 28)} {rnd.choice(MONTHS)}.")
    elif r < 0.9:
        s = f"The {rnd.choice(names['org'])} informed {rnd.choice(names['person'])} of its decision."
    else:
        y, m, d = _date(rnd)
        s = f"The delegation of {rnd.choice(names['place'])} will arrive on {d} {MONTHS[m - 1]} {y}."
    b = rnd.random()
    if b < 0.06:
        s = s.replace(" ", " [me] ", 1) if " " in s else s
    elif b < 0.1:
        s = "[…] " + s
    elif b < 0.13:
        s += " [[illegible signature]]"
    elif b < 0.16:
        s += f" [Translator's note: see {rnd.choice(names['place'])}.]"
    elif b < 0.18:
        s += f" [[{rnd.choice(names['person'])}?]]"
    return s


def source_text(i: int, sentences, names) -> tuple[str, str | None]:
    """The text of generated source ``i`` and the --date it needs (bare transcriptions)."""
    rnd = random.Random(i)
    y, m, d = _date(rnd)
    person, place, org = rnd.choice(names["person"]), rnd.choice(names["place"]), rnd.choice(names["org"])
    title = rnd.choice([
        f"Memorandum of Conversation between {person} and {rnd.choice(names['person'])}",
        f"Report, Embassy in {place} to the Ministry of Foreign Affairs",
        f"Cable from {person} to the {org}",
        f"Minutes of the Meeting of the {org}",
        f"Note on a Conversation with {person}, {d} {MONTHS[m - 1]} {y}",
    ])
    size = rnd.choice([1, 2, 3, 4, 5, 6, 8, 10, 14, 20])  # TEI of 5-60 KB, like the seed texts' (6-39 KB)
    paragraphs = []
    for _ in range(size):
        paragraphs.append(" ".join(_sentence(rnd, sentences, names) for _ in range(rnd.randint(1, 4))))
    dateline = f"{d} {MONTHS[m - 1]} {y}" if rnd.random() < 0.6 else f"{place}, {d} {MONTHS[m - 1]} {y}"
    body = [dateline, ""] + [x for p in paragraphs for x in (p, "")]
    if size >= 8 and rnd.random() < 0.4:  # a journal with a second entry
        later = f"{min(d + 1, 28)} {MONTHS[m - 1]} {y}"
        body[len(body) // 2:len(body) // 2] = [later, ""]
    page_date = f"{MONTHS[m - 1]} {d:02d}, {y}"
    funder = rnd.choice(["Leon Levy Foundation", "the Example Foundation", "ROK Ministry of Unification"])
    layout = rnd.choice(["old", "old", "new", "new", "bare"])
    translator = rnd.choice(names["person"])
    summary = f"{person} discusses relations with {place}."
    signature = f"Archive {rnd.randint(1, 99)}, Fond {rnd.randint(1, 300)}, Delo {rnd.randint(1, 900)}"
    if layout == "old":
        head = ["Search in", "", "Digital Archive International History Declassified", "", page_date, "", "",
                f"This document was made possible with support from {funder}", "", "  • Citation", "",
                "    get citation", "", f"    {summary}",
                f'    "{title}," {page_date}, History and Public Policy Program Digital Archive, {signature}.'
                f" Translated by {translator}.", "  • share document", "", "", "English HTML", ""]
        return "\n".join(head + body) + "\n", None
    if layout == "new":
        head = ["Skip to content", "", page_date, "", title, "",
                f"This document was made possible with support from {funder}", ""]
        tail = ["", summary, "", "Document Information", "", "", f"{signature}. Translated by {translator}.", "",
                "", "The History and Public Policy Program welcomes reuse of Digital Archive materials for"
                " research and educational purposes."]
        return "\n".join(head + body + tail) + "\n", None
    return "\n".join(body) + "\n", f"{y}-{m:02d}-{d:02d}"


_POOLS = None


def _convert(args) -> tuple[int, bytes | None]:
    global _POOLS
    i, folder = args
    from tei_kit.errors import TeiKitError
    from tei_kit.pipeline import convert

    if _POOLS is None:
        _POOLS = _pools()
    text, date = source_text(i, *_POOLS)
    path = Path(folder) / f"source-{i:05d}.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return i, convert(path, date=date).data
    except TeiKitError:
        return i, None


# ------------------------------------------------------------------ invalid variants


def _first(root, path):
    found = root.xpath(path, namespaces={"t": TEI})
    return found[0] if found else None


def _mutate(data: bytes, kind: str) -> bytes | None:
    """A mutated copy of a TEI document (None if the document has nothing to mutate)."""
    root = etree.fromstring(data)
    el = None
    if kind == "wrong_nesting":
        el = _first(root, "//t:text//t:persName")
        if el is not None:
            etree.SubElement(el, f"{{{TEI}}}p").text = "x"
    elif kind == "unknown_attribute":
        el = _first(root, "//t:text//t:p")
        if el is not None:
            el.set("colour", "red")
    elif kind in ("cert_1e", "cert_1.5"):
        el = _first(root, "//t:text//*[@cert]")
        if el is not None:
            el.set("cert", kind[5:])
    elif kind == "impossible_date":
        el = _first(root, "//t:text//t:date[@when]")
        if el is not None:
            el.set("when", el.get("when")[:4] + "-02-30")
    elif kind == "when_words":
        el = _first(root, "//t:text//t:date[@when]")
        if el is not None:
            el.set("when", "7 October")
    elif kind == "duplicate_id":
        entries = root.xpath("//t:standOff//*[@xml:id]", namespaces={"t": TEI})
        if len(entries) >= 2:
            el = entries[1]
            el.set(XML_ID, entries[0].get(XML_ID))
    elif kind == "dangling_ref":
        el = _first(root, "//t:text//*[@ref]")
        if el is not None:
            el.set("ref", "#nobody-here")
    elif kind == "wrong_namespace":
        el = _first(root, "//t:text//t:persName")
        if el is not None:
            el.tag = "{http://example.org/not-tei}persName"
    elif kind == "missing_title":
        el = _first(root, "//t:titleStmt/t:title")
        if el is not None:
            for title in root.xpath("//t:titleStmt/t:title", namespaces={"t": TEI}):
                title.getparent().remove(title)
    elif kind == "text_in_div":
        el = _first(root, "//t:body/t:div")
        if el is not None:
            el.text = "stray words " + (el.text or "")
    elif kind == "seg_outside_subset":
        el = _first(root, "//t:text//t:p")
        if el is not None:
            seg = etree.Element(f"{{{TEI}}}seg")
            seg.text = "a segment"
            el.insert(0, seg)
    elif kind == "missing_version":
        el = _first(root, "//t:application[@version]")
        if el is not None:
            del el.attrib["version"]
    elif kind == "reversed_range":
        el = _first(root, "//t:text//t:p")
        if el is not None:
            date = etree.SubElement(el, f"{{{TEI}}}date", {"from": "1960-05-01", "to": "1960-04-01"})
            date.text = "in spring"
    elif kind == "unknown_element":
        el = _first(root, "//t:text//t:p")
        if el is not None:
            etree.SubElement(el, f"{{{TEI}}}flourish")
    if el is None:
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


#: Kinds of mutation. Not "not well-formed": jing stops at the first such file of a batch.
MUTATIONS = ["wrong_nesting", "unknown_attribute", "cert_1e", "cert_1.5", "impossible_date", "when_words",
             "duplicate_id", "dangling_ref", "wrong_namespace", "missing_title", "text_in_div",
             "seg_outside_subset", "missing_version", "reversed_range", "unknown_element"]


def generate(n: int, out: Path, work: Path, first: int = 0) -> dict:
    """``n`` TEI files in ``out``, from generated sources ``first``, ``first + 1``, ...;
    returns counts."""
    sources = work / f"sources-{first}"
    sources.mkdir(parents=True, exist_ok=True)
    bad = n // 8
    good = n - bad
    made: dict[int, bytes] = {}
    i = first
    with get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(os.cpu_count() or 2) as pool:
        while len(made) < good:
            batch = [(j, str(sources)) for j in range(i, i + (good - len(made)) + 8)]
            i += len(batch)
            for j, data in pool.imap(_convert, batch, chunksize=8):
                if data is not None and len(made) < good:
                    made[j] = data
    for j, data in made.items():
        (out / f"doc-{j:05d}.xml").write_bytes(data)
    rnd = random.Random(1 + first)
    keys, count, k = sorted(made), 0, 0
    while count < bad:
        kind = MUTATIONS[k % len(MUTATIONS)]
        k += 1
        j = rnd.choice(keys)
        mutated = _mutate(made[j], kind)
        if mutated is not None:
            (out / f"doc-{j:05d}-{kind}-{count}.xml").write_bytes(mutated)
            count += 1
    return {"converted": len(made), "mutated": count, "sources tried": i - first}


# ------------------------------------------------------------------ timing and verdicts


def timed(cmd: list[str], env: dict, runs: int = 1, cache: Path | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """Median wall time of ``runs`` runs of ``cmd``. ``cache``: a copy of tei-kit's cache folder
    that every run starts from (what the runs learn is thrown away)."""
    times, run = [], None
    for _ in range(runs):
        if cache is not None:
            shutil.rmtree(env["TEI_KIT_CACHE"], ignore_errors=True)
            shutil.copytree(cache, env["TEI_KIT_CACHE"])
        start = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times), run


def tei_kit_invalid(output: str, rule: str | None = None) -> set[str]:
    issues = json.loads(output)["issues"]
    return {Path(i["file"]).name for i in issues
            if i["severity"] in ("error", "fatal") and (rule is None or i["rule"] in (rule, "input"))}


def jing_invalid(output: str) -> set[str]:
    return {Path(line.split(":", 1)[0]).name for line in output.splitlines()
            if re.match(r"^/.*?:\d+:\d+: (error|fatal)", line)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="Keep the generated documents in this folder.")
    args = parser.parse_args()
    jing = shutil.which("jing")
    if jing is None or not TEI_ALL.is_file():
        print("bench_validate: needs jing (apt-get install jing) and .cache/tei_all.rng (make tei-all)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = args.keep or work / "tei"
        out.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        counts = generate(args.documents, out, work)
        files = sorted(str(p) for p in out.glob("*.xml"))
        one = next(f for f in files if "-" not in Path(f).stem[4:])
        print(f"generated {len(files)} documents in {time.perf_counter() - start:.0f} s: {counts['converted']}"
              f" converted by tei-kit from generated sources, {counts['mutated']} mutated copies")
        new = work / "new"  # documents of the same kind that the warm cache has never seen
        new.mkdir()
        generate(args.documents, new, work, first=1_000_000)
        # pip compiles an installed package to bytecode; an editable install in an environment
        # with PYTHONDONTWRITEBYTECODE would compile tei-kit's modules again in every process
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tei_kit")], check=True)
        env = dict(os.environ, TEI_KIT_CACHE=str(work / "cache"))
        jing_env = dict(os.environ)
        default = [str(TEI_KIT), "validate", "--format", "json", str(out)]
        tei_all = [str(TEI_KIT), "validate", "--tei-all", "--format", "json", str(out)]
        t_default_cold, _ = timed(default, env)
        t_tei_all_cold, _ = timed(tei_all, env)
        t_default, run_default = timed(default, env, 3)
        t_tei_all, run_tei_all = timed(tei_all, env, 3)
        warm = work / "warm-cache"
        shutil.copytree(work / "cache", warm)
        t_default_new, _ = timed([*default[:-1], str(new)], env, 3, cache=warm)
        t_tei_all_new, _ = timed([*tei_all[:-1], str(new)], env, 3, cache=warm)
        t_jing_new, _ = timed([jing, str(TEI_ALL), *sorted(str(p) for p in new.glob("*.xml"))], jing_env, 3)
        t_jing, run_jing = timed([jing, str(TEI_ALL), *files], jing_env, 3)
        _, run_jing_project = timed([jing, str(PROJECT_RNG), *files], jing_env)
        t_one, _ = timed([str(TEI_KIT), "validate", one], env, 5)
        t_one_tei_all, _ = timed([str(TEI_KIT), "validate", "--tei-all", one], env, 5)
        t_one_jing, _ = timed([jing, str(TEI_ALL), one], jing_env, 3)
    for run in (run_default, run_tei_all):
        if run.returncode not in (0, 1, 2) or not run.stdout.startswith("{"):
            print(run.stderr)
            return 1
    names = {Path(f).name for f in files}
    ours, theirs = tei_kit_invalid(run_tei_all.stdout), jing_invalid(run_jing.stdout)
    ours_rng, theirs_rng = tei_kit_invalid(run_default.stdout, "rng"), jing_invalid(run_jing_project.stdout)
    default_invalid = tei_kit_invalid(run_default.stdout)
    n = len(files)
    print()
    print(f"{'':40} {'cold cache':>11} {'warm, median of 3':>18}")
    print(f"{'tei-kit validate (RNG + Schematron)':40} {t_default_cold:>10.2f}s {t_default:>17.2f}s")
    print(f"{'tei-kit validate --tei-all':40} {t_tei_all_cold:>10.2f}s {t_tei_all:>17.2f}s")
    print(f"{'jing tei_all.rng':40} {'':>11} {t_jing:>17.2f}s")
    print(f"{'new documents: tei-kit validate':40} {'':>11} {t_default_new:>17.2f}s")
    print(f"{'new documents: tei-kit validate --tei-all':40} {'':>11} {t_tei_all_new:>17.2f}s")
    print(f"{'new documents: jing tei_all.rng':40} {'':>11} {t_jing_new:>17.2f}s")
    print(f"{'one document: tei-kit validate':40} {'':>11} {t_one:>17.2f}s")
    print(f"{'one document: tei-kit validate --tei-all':40} {'':>11} {t_one_tei_all:>17.2f}s")
    print(f"{'one document: jing tei_all.rng':40} {'':>11} {t_one_jing:>17.2f}s")
    print()
    r_tei_all, r_default = t_jing / t_tei_all, t_jing / t_default
    print(f"ratio jing / tei-kit --tei-all, {n} documents: {r_tei_all:.1f}x (target >= {TARGETS['tei_all']:.0f}x)"
          f" {'ok' if r_tei_all >= TARGETS['tei_all'] else 'MISSED'}")
    print(f"ratio jing tei_all / tei-kit default, {n} documents: {r_default:.1f}x (target >= {TARGETS['default']:.0f}x)"
          f" {'ok' if r_default >= TARGETS['default'] else 'MISSED'}")
    print(f"the same on {n} new documents (the warm cache has learned from the others only):"
          f" --tei-all {t_jing_new / t_tei_all_new:.1f}x, default {t_jing_new / t_default_new:.1f}x")
    print(f"one document, whole process: {t_one:.2f} s (target < {TARGETS['one']} s; jing {t_one_jing:.2f} s,"
          f" ratio {t_one_jing / t_one:.1f}x) {'ok' if t_one < TARGETS['one'] else 'MISSED'}")
    print()
    agree = len(names) - len(ours ^ theirs)
    agree_rng = len(names) - len(ours_rng ^ theirs_rng)
    print(f"verdicts, tei-kit --tei-all vs jing tei_all.rng: agree on {agree}/{n} ({len(theirs)} invalid)")
    print(f"verdicts, tei-kit.rng findings vs jing tei-kit.rng: agree on {agree_rng}/{n} ({len(theirs_rng)} invalid)")
    print(f"tei-kit's default check finds {len(default_invalid)} invalid (grammar, Schematron and corpus rules)")
    for label, a, b in (("tei_all", ours, theirs), ("tei-kit.rng", ours_rng, theirs_rng)):
        for name in sorted(a ^ b)[:10]:
            print(f"  {label} disagreement: {name}: tei-kit {'invalid' if name in a else 'valid'},"
                  f" jing {'invalid' if name in b else 'valid'}")
    return 0 if agree == n and agree_rng == n else 1


if __name__ == "__main__":
    sys.exit(main())
