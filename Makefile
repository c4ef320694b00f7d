# The two commands a newcomer needs are `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := chitieu.server.settings

.PHONY: run install test test-core test-postgres check lint bench messages docs clean eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## install: everything `make run` does except serving: venv, packages, database, real units, demo world.
install: $(STAMP)
	$(BIN)/chitieu setup

## run: install, then serve on http://127.0.0.1:8000
run: install
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## test: the whole test suite (pure core first, then the Django layers).
test: $(STAMP)
	$(BIN)/python -m pytest tests/core -p no:django -n 2
	$(BIN)/python -m pytest -n 2 --ignore=tests/core

## test-postgres: the Django part of the suite on PostgreSQL (the core needs no database). The tests create and drop
## their own databases (test_chitieu, test_chitieu_gw0, ...) on the server POSTGRES_URL names.
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/chitieu
test-postgres: $(STAMP)
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/python -m pytest -n 2 --ignore=tests/core

test-core: $(STAMP)
	$(BIN)/python -m pytest tests/core -p no:django

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy --strict --ignore-missing-imports src/chitieu/core/hierarchy src/chitieu/core/status \
		src/chitieu/core/documents src/chitieu/core/periods.py src/chitieu/core/extraction

check: lint test

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/status.py
	$(BIN)/python bench/hierarchy.py
	$(BIN)/python bench/extract.py

## eval: the extractor's scores on the annotated dev reports (../shared/corpus/dev).
eval: $(STAMP)
	$(BIN)/python -m chitieu.core.extraction.eval ../shared/corpus/dev

messages: $(STAMP)
	cd src/chitieu && ../../$(BIN)/python -m django makemessages -l vi --no-location
	cd src/chitieu && ../../$(BIN)/python -m django compilemessages

## docs: regenerate the generated parts of docs/ (the CLI reference).
docs: $(STAMP)
	$(BIN)/python -m chitieu.cli.reference > docs/cli.md

clean:
	rm -rf $(VENV) var
