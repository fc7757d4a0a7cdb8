# Two commands: `make run` serves the app, `make test` runs the whole suite.
# Both create .venv and install what they need on a fresh Debian machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
CHROMIUM := /usr/bin/chromium
NGINX := /usr/sbin/nginx
REPLICAS ?= 3
# The cluster listens on 8080 unless PORT is given (on the command line or in the environment).
CLUSTER_PORT := $(if $(filter file undefined,$(origin PORT)),8080,$(PORT))
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

CATALOGUES := coalition/locale/uk/LC_MESSAGES/messages.mo

.PHONY: bench bench-load bench-ttm lighthouse run serve-cluster site test lint typecheck unit validate install install-dev install-deploy chromium nginx clean translations extract-messages update-messages mutation

# Bound to this machine unless told otherwise: make run ADDRESS=0.0.0.0
ADDRESS ?= 127.0.0.1

run: install translations
	$(PY) -m streamlit run app.py --server.port $(PORT) --server.address $(ADDRESS)

# N Streamlit replicas behind nginx on http://localhost:8080 (REPLICAS=3, PORT=8080); Ctrl-C stops. See README.
serve-cluster: install-deploy nginx translations
	$(PY) -m deploy.cluster --replicas $(REPLICAS) --port $(CLUSTER_PORT)

test: install-dev chromium nginx translations lint typecheck validate unit

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: install-dev
	$(PY) -m mypy

validate: install
	$(PY) -m coalition validate data

unit: install-dev chromium nginx translations
	$(PY) -m pytest

# Mutation testing: mutmut mutates the logic modules listed in pyproject.toml, runs the unit and AppTest tests that
# reach each mutant, and the script prints the share killed per module. All 8,200 mutants take hours on two cores;
# MUTANTS='*__mutmut_*5' checks every tenth (the 5th, 15th, … of each function), about half an hour.
MUTANTS ?=
mutation: install-dev translations
	$(PY) -m mutmut run --max-children 2 $(if $(MUTANTS),"$(MUTANTS)") || true
	$(PY) tools/mutation_scores.py

bench: install translations
	$(PY) bench/bench_core.py
	$(PY) bench/bench_exports.py
	$(PY) bench/bench_ingest.py

# The static site of every embeddable view (HTML, PNG fallbacks, data), where the cluster's nginx serves it at /site/.
site: install chromium translations
	$(PY) -m coalition export site -o build/cluster/site --base-url http://localhost:$(CLUSTER_PORT)/

# Concurrent sessions on one replica and on the cluster, static requests through nginx (see README).
bench-load: install-dev nginx translations
	$(PY) bench/bench_load.py --sessions 200 --replicas $(REPLICAS)

# Time to map: cold visits side by side with the standalone HTML floor, and interaction latencies (see README, Speed).
bench-ttm: install-dev chromium translations
	$(PY) bench/bench_ttm.py

# Lighthouse from the npm registry into build/lighthouse (not in git); scores through the nginx front (see README, Speed).
LIGHTHOUSE := build/lighthouse/node_modules/.bin/lighthouse
lighthouse: $(LIGHTHOUSE) chromium install
	$(PY) bench/bench_lighthouse.py --base-url http://localhost:$(CLUSTER_PORT)

$(LIGHTHOUSE):
	npm install --prefix build/lighthouse --no-audit --no-fund --silent lighthouse@12.8.2

install: $(VENV)/.installed
install-deploy: $(VENV)/.installed-deploy
install-dev: $(VENV)/.installed-dev

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-deploy: requirements-deploy.txt requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-deploy.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements-deploy.txt requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Interface translations: extract the strings, merge them into each .po, compile the .mo files.
extract-messages: install
	$(PY) -m babel.messages.frontend extract -F babel.cfg --no-location --sort-output --omit-header -o coalition/locale/messages.pot .

update-messages: extract-messages
	$(PY) -m babel.messages.frontend update -i coalition/locale/messages.pot -d coalition/locale --no-fuzzy-matching --ignore-obsolete

translations: $(CATALOGUES)

coalition/locale/%/LC_MESSAGES/messages.mo: coalition/locale/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(PY) -m coalition.catalogues $*

chromium: $(CHROMIUM)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# Debian's nginx, and its brotli modules where the archive has them (gzip alone otherwise).
nginx: $(NGINX)

$(NGINX):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static \
		|| echo "nginx brotli modules not installable here: the cluster compresses with gzip only"

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache mutants
