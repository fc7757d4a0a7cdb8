# Two commands: `make run` serves the app, `make test` runs the whole suite.
# Both create .venv and install what they need on a fresh Debian machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

CATALOGUES := coalition/locale/uk/LC_MESSAGES/messages.mo

.PHONY: bench run test lint typecheck unit validate install install-dev chromium clean translations extract-messages update-messages

run: install translations
	$(PY) -m streamlit run app.py --server.port $(PORT)

test: install-dev chromium translations lint typecheck validate unit

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: install-dev
	$(PY) -m mypy

validate: install
	$(PY) -m coalition validate data

unit: install-dev chromium translations
	$(PY) -m pytest

bench: install translations
	$(PY) bench/bench_core.py
	$(PY) bench/bench_exports.py
	$(PY) bench/bench_ingest.py

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Interface translations: extract the strings, merge them into each .po, compile the .mo files.
extract-messages: install
	$(PY) -m babel.messages.frontend extract -F babel.cfg --no-location --sort-output --omit-header -o coalition/locale/messages.pot .

update-messages: extract-messages
	$(PY) -m babel.messages.frontend update -i coalition/locale/messages.pot -d coalition/locale --no-fuzzy-matching --ignore-obsolete

translations: $(CATALOGUES)

coalition/locale/%/LC_MESSAGES/messages.mo: coalition/locale/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(PY) -m babel.messages.frontend compile -d coalition/locale -l $* --statistics

chromium: $(CHROMIUM)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
