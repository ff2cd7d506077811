"""atheris target: the XML loaders (``tei.parse_xml``, ``validate.validate_bytes``) and the
XSLT views (``views.render``, ``views.cite``) on XML mutated from ``tests/data/valid/*.xml``.

    .venv/bin/python fuzz/fuzz_xml.py fuzz/corpus/xml -dict=fuzz/xml.dict -max_total_time=300
"""

import atexit
import sys

import atheris

with atheris.instrument_imports(include=["tei_kit"]):
    import tei_kit.tei  # noqa: F401  (instrumented for coverage)
    import tei_kit.views  # noqa: F401  (instrumented for coverage)
    import tei_kit.saxon  # noqa: F401  (instrumented for coverage)
    import tei_kit.validate  # noqa: F401  (instrumented for coverage)
    from common import check_xml, report_notes


if __name__ == "__main__":
    atexit.register(report_notes)
    atheris.Setup(sys.argv, check_xml)
    atheris.Fuzz()
