# Set-up and everyday tasks. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DATA ?= kerjasama-data

.PHONY: demo test bench screenshots clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

# Small-scale benchmarks, each figure against its baseline (see benchmarks/run.py).
bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py --scale small

demo: $(VENV)/.installed
	$(BIN)/kerjasama ingest --data $(DATA) samples/articles
	$(BIN)/kerjasama stats --data $(DATA)
	@echo
	@echo "Partners of Kab. Kampar:"
	$(BIN)/kerjasama partners --data $(DATA) "Kab. Kampar"

test: $(VENV)/.installed-test
	$(BIN)/pytest -q

# The README's pictures: the national view and one region's view, drawn in headless
# Chromium (Debian packages chromium, chromium-driver) from the synthetic national graph.
screenshots: $(VENV)/.installed-test
	$(BIN)/python tests/screenshots.py docs

clean:
	rm -rf $(VENV) $(DATA) *.egg-info .pytest_cache
