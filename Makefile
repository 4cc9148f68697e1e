# make demo: create .venv, install crosscheck, run it on the bundled sample corpus, print the
#            ledger and write report.html.   make test: install test extras and run the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= demo.db

.PHONY: demo test clean-demo

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "installing crosscheck into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]' > $(VENV)/install.log 2>&1 \
	  || { tail -30 $(VENV)/install.log; exit 1; }
	@touch $@

demo: $(VENV)/.installed
	@$(BIN)/crosscheck run examples/kursk --db $(DB)
	@$(BIN)/crosscheck report --db $(DB) --html report.html

test: $(VENV)/.installed
	@$(BIN)/python -m pytest

clean-demo:
	rm -f $(DB) report.html
