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
	$(PY) -m pytest -q

serve: $(STAMP)
	$(PY) build_site.py serve

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf public .cache
