# kehoach: make demo / make test. Both bootstrap .venv when missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DOCS   ?= examples
STORE  ?= .demo-store

.PHONY: demo test unit lint venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,lint,ocr]'
	touch $@

demo: venv
	rm -rf $(STORE)
	$(BIN)/kehoach --store $(STORE) ingest $(DOCS)
	$(BIN)/kehoach --store $(STORE) stats
	$(BIN)/kehoach --store $(STORE) query documents
	$(BIN)/kehoach --store $(STORE) query tasks --limit 12
	$(BIN)/kehoach --store $(STORE) query descendants --format table
	$(BIN)/kehoach --store $(STORE) query agency-workload --limit 10
	$(BIN)/kehoach --store $(STORE) query agency-succession --limit 10
	$(BIN)/kehoach --store $(STORE) audit --severity Warning --fail-on never

test: venv
	$(BIN)/python -m pytest -q -s

unit: venv            # the fast in-process layer: extractors, modules, CLI through CliRunner
	$(BIN)/python -m pytest -q tests/unit

lint: venv            # ruff (style, bugs) and mypy (types); CI fails on any finding
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(STORE) build *.egg-info .pytest_cache
