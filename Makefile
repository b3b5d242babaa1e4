# kehoach: make demo / make test. Both bootstrap .venv when missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DOCS   ?= examples
STORE  ?= .demo-store

.PHONY: demo test unit lint venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@echo "== setting up $(VENV): kehoach and its dependencies (first run only, about a minute)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --progress-bar off pip
	$(BIN)/python -m pip install --progress-bar off -e '.[test,lint,ocr,web,webtest]'
	$(BIN)/python -c "import kehoach.cli, ingest.reader"
	touch $@

demo: venv
	@echo "== ingesting $(DOCS) into $(STORE)"
	rm -rf $(STORE)
	$(BIN)/kehoach --store $(STORE) ingest $(DOCS)
	$(BIN)/kehoach --store $(STORE) stats
	$(BIN)/kehoach --store $(STORE) query documents
	$(BIN)/kehoach --store $(STORE) query tasks --limit 12
	$(BIN)/kehoach --store $(STORE) query descendants --format table
	$(BIN)/kehoach --store $(STORE) query agency-workload --limit 10
	$(BIN)/kehoach --store $(STORE) query agency-succession --limit 10
	$(BIN)/kehoach --store $(STORE) audit --severity warning --fail-on never
	@echo "== to browse it (SPARQL at /sparql, pages, saved-query API), run:"
	@echo "$(BIN)/kehoach --store $(STORE) serve --port 8000    # then open http://127.0.0.1:8000/"

test: venv           # every layer; figures (extraction scores) are printed as the tests run
	$(BIN)/python -m pytest -s -ra --durations=5

unit: venv            # the fast in-process layer: extractors, modules, CLI through CliRunner
	$(BIN)/python -m pytest -q tests/unit

lint: venv            # ruff (style, bugs) and mypy (types); CI fails on any finding
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(STORE) build *.egg-info .pytest_cache
