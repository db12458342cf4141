# Two commands on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    set up .venv and open the app on a sample project
#   make test   set up .venv, run ruff and mypy, then the whole test suite (headless)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= resources/samples/telkom-polnoc-pl.roi

.PHONY: run test test-fast lint setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/roi-desktop $(SAMPLE)

TEST_STAMP := $(VENV)/.test-deps

$(TEST_STAMP): $(STAMP)
	bash scripts/system-deps.sh --test
	touch $(TEST_STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache
