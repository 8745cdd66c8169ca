# make run  - set up .venv (pinned), ingest every briefing in seeds/briefings/ and inbox/, print a summary
# make test - set up .venv, run the test suite
# make ui   - Dagster UI + daemon on http://127.0.0.1:3000 (sensors and schedules running)
# make bench - the benchmark table (README "Performance"); `python -m dagster_project bench --smoke` for tiny sizes
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV_VERSION := 0.13.8
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run test ui bench install clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m dagster_project run

test: $(STAMP)
	$(BIN)/python -m pytest

ui: $(STAMP)
	$(BIN)/dagster dev -h 127.0.0.1 -p $${PORT:-3000} -m dagster_project.definitions

bench: $(STAMP)
	$(BIN)/python -m dagster_project bench

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/work warehouse/raw warehouse/report
