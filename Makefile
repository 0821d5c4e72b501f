# Rapport: the two commands are `make demo` and `make test`; both set up .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: demo test bench lint format install install-dev clean model

$(PY):
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Rapport needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PIP) install -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: $(VENV)/.installed
	$(PY) run_bot.py demo

test: $(VENV)/.installed-dev
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-dev
	$(PY) -m bench.ingest
	$(PY) -m bench.alerts
	$(PY) -m bench.queue_page
	$(PY) -m bench.search_page

# Rebuild the shipped model from the corpus (TRAIN trades) and the rules it reads; same
# corpus, rules and library versions give the same bytes (tests/test_shipped_model.py).
model: $(VENV)/.installed
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(PY) -m listener.scoring.train

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var/demo.db var/demo.db-wal var/demo.db-shm .pytest_cache
