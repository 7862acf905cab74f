# make test   : create .venv if missing, install framing with [dev], lint, run every test
# make report : same install, execute every notebook headless, write reports/ and figures/
# make docs   : the API reference from the docstrings into docs/_build/html (-W: no warnings)
# make dist   : build the wheel and sdist, install them outside the checkout, run the seed
# make test-all : `make test`'s suite on the oldest and newest supported Python (nox)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: test test-all report docs dist lint format bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Notebooks run under pytest write their figures to a scratch folder, not figures/.
test: lint
	FRAMING_FIGURES=$$(mktemp -d) $(PY) -m pytest --nbmake tests framing notebooks

# Needs python3.10 and python3.13 on PATH (pyenv, deadsnakes or `uv python install`).
test-all: $(STAMP)
	$(PY) -m pip install --quiet nox
	$(PY) -m nox

docs: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,docs]"
	$(PY) -m sphinx -W --keep-going -b html docs docs/_build/html

dist:
	PYTHON=$(PYTHON) bash scripts/check_dist.sh

report: $(STAMP)
	$(PY) scripts/report.py --notebooks notebooks --html reports

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) reports .pytest_cache .ruff_cache .hypothesis .nox docs/_build dist build
