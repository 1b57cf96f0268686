# Wijkdesk — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
LANGS  := en

.PHONY: run test test-dates lint translations lupdate lrelease bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/wijkdesk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check desktop sync tests benchmarks

# The date-sensitive tests (unit and UI) again with the one clock set to edges of the calendar (Amsterdam
# wall-clock times): just after midnight on New Year, inside the spring-forward gap, inside the autumn fold,
# the last seconds of a leap day, and an ordinary day years ahead.
TEST_DATES := 2027-01-01T00:00:30 2027-03-28T02:30 2027-10-31T02:30 2028-02-29T23:59:30 2030-06-15T12:00

test-dates: $(STAMP)
	@for moment in $(TEST_DATES); do \
	  echo "== clock set to $$moment (Europe/Amsterdam)"; \
	  WIJKDESK_TEST_NOW=$$moment QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/unit tests/ui \
	    || exit 1; \
	done

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop sync tests benchmarks

# Translations: Dutch is the source language; English lives in resources/translations/wijkdesk_en.ts
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find desktop sync -name '*.py' | sort) -source-language nl_NL -target-language en_GB -no-obsolete -ts resources/translations/wijkdesk_en.ts

lrelease: $(STAMP)
	$(VENV)/bin/pyside6-lrelease resources/translations/wijkdesk_en.ts -qm resources/translations/wijkdesk_en.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/wijkdesk_nl.ts -qm resources/translations/wijkdesk_nl.qm

translations: lupdate
	$(PY) resources/translations/fill_en.py
	$(MAKE) lrelease

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
