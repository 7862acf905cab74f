# make test   : create .venv if missing, install framing with [dev], lint, run every test
# make report : same install, execute every notebook headless, write reports/ and figures/
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: test report lint format bench clean

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

report: $(STAMP)
	$(PY) scripts/report.py --notebooks notebooks --html reports

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) reports .pytest_cache .ruff_cache .hypothesis
