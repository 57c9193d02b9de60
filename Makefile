# newsevents: `make demo` to see it work, `make test` to check it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///newsevents.db

.PHONY: install install-dev demo test lint system-deps bench clean

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

# Everything the test suite exercises: test tools, Ray, Playwright, the evaluation peers, trainers.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install -q -e ".[dev,eval,train,export]"
	touch $@

demo: install
	$(BIN)/newsevents run examples/ --db $(DB)
	$(BIN)/newsevents serve --db $(DB)

system-deps:
	@bash scripts/system-deps.sh

lint: install-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

test: install-dev system-deps lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/newsevents bench

clean:
	rm -rf $(VENV) newsevents.db newsevents.db-wal newsevents.db-shm .pytest_cache .ruff_cache
