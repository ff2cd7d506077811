"""atheris target: the text reader (``ingest.decode`` + ``parse_text``), the tagger and
``encode``, with validation of the TEI made and the words invariant.

    .venv/bin/python fuzz/fuzz_text.py fuzz/corpus/text -max_total_time=300

Input bytes are read as ``convert`` reads a file (BOMs, UTF-16, cp1252, binary refusal...),
so the fuzzer explores decoding and layout detection as well as brackets and tagging.
"""

import sys

import atheris

with atheris.instrument_imports(include=["tei_kit"]):
    import tei_kit.ingest  # noqa: F401  (instrumented for coverage)
    import tei_kit.tagging  # noqa: F401  (instrumented for coverage)
    import tei_kit.tagging.names  # noqa: F401  (instrumented for coverage)
    import tei_kit.tagging.dates  # noqa: F401  (instrumented for coverage)
    import tei_kit.encode  # noqa: F401  (instrumented for coverage)
    import tei_kit.pipeline  # noqa: F401  (instrumented for coverage)
    from common import check_text, one_line, report_notes
    from tei_kit.errors import InputError
    from tei_kit.ingest import decode


def test_one_input(data: bytes) -> None:
    try:
        text, warnings = decode(data, "fuzz.txt")
    except InputError as exc:
        one_line(exc)
        return
    for warning in warnings:
        one_line(Exception(warning))
    check_text(text)


if __name__ == "__main__":
    import atexit

    atexit.register(report_notes)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
