# Wijkdesk — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
LANGS  := en

.PHONY: run test test-dates lint translations lupdate lrelease bench wheel wheel-smoke app app-smoke clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[server,dev]'
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

# Translations: Dutch is the source language. The .ts files are the one source of every translation, edited
# with Qt Linguist (`.venv/bin/pyside6-linguist $(TR)/wijkdesk_en.ts`) or as XML. `lupdate` adds new and
# changed strings to them as unfinished (tests/unit/test_translations.py fails until each is translated);
# wijkdesk_nl.ts holds only the Dutch singular and plural of each %n text (-pluralonly).
TR := desktop/resources/translations
TR_SOURCES = $$(find desktop sync -name '*.py' -not -path '*/resources/*' | sort)
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(TR_SOURCES) -source-language nl_NL -target-language en_GB -no-obsolete -locations none -ts $(TR)/wijkdesk_en.ts
	$(VENV)/bin/pyside6-lupdate $(TR_SOURCES) -source-language nl_NL -target-language nl_NL -pluralonly -no-obsolete -locations none -ts $(TR)/wijkdesk_nl.ts

lrelease: $(STAMP)
	$(VENV)/bin/pyside6-lrelease $(TR)/wijkdesk_en.ts -qm $(TR)/wijkdesk_en.qm
	$(VENV)/bin/pyside6-lrelease $(TR)/wijkdesk_nl.ts -qm $(TR)/wijkdesk_nl.qm

translations: lupdate
	$(MAKE) lrelease

# The installable desktop. `wheel-smoke`: the wheel alone in a fresh virtualenv (desktop only, no server
# extra), run outside the source tree by packaging/smoke.py. `app-smoke`: the same with the PyInstaller
# one-folder app (dist/wijkdesk/wijkdesk).
wheel: $(STAMP)
	rm -f dist/wijkdesk-*.whl
	$(PY) -m pip wheel --quiet --no-deps -w dist .

wheel-smoke: wheel
	rm -rf build/wheel-venv
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/wijkdesk-*.whl
	$(PY) packaging/smoke.py build/wheel-venv/bin/wijkdesk

app: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.6,<7'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/wijkdesk.spec

app-smoke: app
	$(PY) packaging/smoke.py dist/wijkdesk/wijkdesk

# Every benchmark (figures with their budgets; nothing asserted). Smaller or larger: make bench BENCH_RUNS=5
BENCH_RUNS ?= 3
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/budgets.py --runs $(BENCH_RUNS)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py --runs $(BENCH_RUNS)
	$(PY) benchmarks/sync.py --clients 2000
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/open_client.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/print_summary.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
