"""Benchmark: tagging speed (words per second) and the seed's convert + validate + render.

Run with `make bench` (or `python bench/bench_convert.py`). Not a test: it prints numbers.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "sources" / "puzanov-1957-10-07.txt"
TEXTS = [SEED, *sorted((ROOT / "tests" / "data" / "family").glob("*.txt")),
         *sorted((ROOT / "tests" / "data" / "unseen").glob("*.txt"))]


def tagging_speed(rounds: int = 5) -> tuple[float, int]:
    from tei_kit.ingest import read_source
    from tei_kit.pipeline import tagger

    t = tagger()  # authority and gazetteer loaded once, outside the timing
    docs = [read_source(p) for p in TEXTS]
    words = sum(len(re.findall(r"\w+", b.text)) for d in docs for b in d.blocks)
    times = []
    for _ in range(rounds):
        fresh = [read_source(p) for p in TEXTS]
        start = time.perf_counter()
        for d in fresh:
            t.tag(d)
        times.append(time.perf_counter() - start)
    return words / statistics.median(times), words


def whole_process(args: list[str], runs: int = 3) -> float:
    exe = [sys.executable, "-m", "tei_kit", *args]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(exe, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    rate, words = tagging_speed()
    print(f"tagging: {rate:,.0f} words/s over {len(TEXTS)} documents ({words:,} words), median of 5")
    with tempfile.TemporaryDirectory() as tmp:
        tei = Path(tmp) / "seed.xml"
        html = Path(tmp) / "seed.html"
        t_convert = whole_process(["convert", str(SEED), "-o", str(tei), "--force"])
        t_validate = whole_process(["validate", str(tei)])
        t_render = whole_process(["render", str(tei), "--view", "reading", "-o", str(html), "--force"])
    print(f"seed, whole process (median of 3): convert {t_convert:.2f} s, validate {t_validate:.2f} s, "
          f"render {t_render:.2f} s, total {t_convert + t_validate + t_render:.2f} s")


if __name__ == "__main__":
    main()
