# Two commands on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test install check bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/dingk3 demo

test: $(STAMP)
	scripts/ensure-chromium
	$(PY) -m pytest $(PYTEST_ARGS)

check: $(STAMP)
	VENV=$(VENV) scripts/check

clean:
	rm -rf .state .pytest_cache
