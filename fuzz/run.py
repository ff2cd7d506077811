"""``make fuzz``: run the fuzz targets for a set time, then report what they found.

    .venv/bin/python fuzz/run.py --seconds 600

Splits the time between the atheris targets (``fuzz_text.py``: the text reader, the
tagger and encode; ``fuzz_xml.py``: the XML loaders and the XSLT views) and hypothesis at
scale (the generators of ``tests/test_properties.py``, many more examples, a random seed).
Each atheris target keeps its corpus in ``fuzz/corpus/<target>/`` (seeded from the test
data) and writes crashing inputs to ``fuzz/crashes/``. Exit status 1 if anything crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = {
    "text": ("fuzz_text.py", ["corpus/sources/*.txt", "tests/data/sources/*.txt", "tests/data/family/*.txt"],
             ["-max_len=16384"]),
    "xml": ("fuzz_xml.py", ["tests/data/valid/*.xml", "tests/data/invalid/*.xml", "tests/data/views/*.xml"],
            ["-max_len=32768", f"-dict={HERE / 'xml.dict'}"]),
    "tree": ("fuzz_tree.py", [], ["-max_len=512"]),
}


def seed_corpus(name: str, patterns: list[str]) -> Path:
    corpus = HERE / "corpus" / name
    corpus.mkdir(parents=True, exist_ok=True)
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            target = corpus / f"seed-{path.name}"
            if not target.exists():
                shutil.copyfile(path, target)
    return corpus


def run_atheris(name: str, seconds: int) -> dict:
    script, patterns, extra = TARGETS[name]
    corpus = seed_corpus(name, patterns)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    command = [sys.executable, str(HERE / script), str(corpus), f"-max_total_time={seconds}", "-timeout=60",
               "-rss_limit_mb=4096", "-print_final_stats=1", f"-artifact_prefix={crashes}/{name}-", *extra]
    print(f"== atheris {name}: {seconds} s", flush=True)
    started = time.monotonic()
    (HERE / "logs").mkdir(exist_ok=True)
    notes_file = HERE / "logs" / f"{name}.notes.json"
    notes_file.unlink(missing_ok=True)
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE,
                          env=dict(os.environ, FUZZ_NOTES=str(notes_file)))
    log = done.stdout + done.stderr
    (HERE / "logs" / f"{name}.log").write_text(log, encoding="utf-8")
    stat = dict(re.findall(r"stat::(\w+):\s*(\d+)", log))
    result = {
        "target": name,
        "seconds": round(time.monotonic() - started),
        "execs": int(stat.get("number_of_executed_units", 0)),
        "exec/s": int(stat.get("average_exec_per_sec", 0)),
        "corpus": len(list(corpus.iterdir())),
        "cov": (re.findall(r"cov: (\d+)", log) or ["?"])[-1],
        "crashed": done.returncode != 0,
        "artifacts": re.findall(r"Test unit written to (\S+)", log),
    }
    tail = [ln for ln in log.splitlines() if ln.startswith(("===", "Traceback", "AssertionError", "  File"))]
    if result["crashed"]:
        result["why"] = "\n".join(tail[-12:]) or log[-2000:]
    if notes_file.exists():
        notes = json.loads(notes_file.read_text(encoding="utf-8"))
        result["notes"] = [f"{n:6d}  {m}" for m, n in sorted(notes.items(), key=lambda kv: -kv[1])[:10]]
    return result


def run_hypothesis(seconds: int) -> dict:
    """The property tests with many more examples and a random seed, until time is up."""
    print(f"== hypothesis at scale: {seconds} s", flush=True)
    started, rounds, failed, log = time.monotonic(), 0, False, ""
    while time.monotonic() - started < seconds and not failed:
        seed = random.randrange(2**32)
        env = dict(os.environ, TEI_KIT_HYPOTHESIS_SCALE="5")
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                               f"--hypothesis-seed={seed}", "tests/test_properties.py"],
                              capture_output=True, text=True, cwd=ROOT, env=env)
        rounds += 1
        failed = done.returncode != 0
        log = done.stdout[-6000:]
    return {"target": "hypothesis", "seconds": round(time.monotonic() - started), "rounds": rounds,
            "examples": rounds * 5 * 4000, "crashed": failed, **({"why": log} if failed else {})}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=600, help="total time (default 600)")
    parser.add_argument("--only", choices=[*TARGETS, "hypothesis"], action="append")
    args = parser.parse_args()
    names = args.only or [*TARGETS, "hypothesis"]
    share = max(args.seconds // len(names), 10)
    results = [run_hypothesis(share) if n == "hypothesis" else run_atheris(n, share) for n in names]
    print("\n== fuzz results")
    for r in results:
        line = ", ".join(f"{k}={v}" for k, v in r.items() if k not in ("why", "notes", "artifacts"))
        print(line)
        for a in r.get("artifacts", []):
            print(f"   crash input: {a}")
        if r.get("why"):
            print("   " + r["why"].replace("\n", "\n   "))
        for v in r.get("notes", []):
            print(f"   note: {v}")
    return 1 if any(r["crashed"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
