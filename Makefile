# Casework: the two commands are `make run` and `make test`.
#
#   make run          start the desktop app on the embedded SQLite database
#   make test         the test suite on SQLite (then its store tests on encrypted files), then on PostgreSQL 15
#   make test-sqlite  only the SQLite half
#   make test-encrypted  the store, workflow and SLA-store tests again on SQLCipher-encrypted files
#   make test-pg      only the PostgreSQL half (uses $CASEWORK_TEST_PG_URL when it is set,
#                     otherwise starts a server with scripts/pg-test-server)
#   make check-wheel  build the wheel, install it into a fresh venv, smoke-test the CLI
#   make screenshots  render every main screen with sample data into docs/screenshots/ (English, then Welsh: *-cy.png)
#   make bench        the benchmarks at 1,000,000 referrals, each figure against its raw limit, one table
#                     (bench/README.md; the database is generated once into bench/data/, then reused)
#   make bundle       the PyInstaller one-folder bundle in dist/casework/ (installer/casework.spec)
#   make deb          the bundle, then dist/casework_VERSION_ARCH.deb (installer/build-deb)
#   make check-bundle build the bundle from scratch, smoke-test it and its .deb (scripts/check-bundle)
#   make translations the .qm catalogues from resources/translations/*.ts (run, test and bundle build them)
#   make check-translations  fail if a .ts file lacks a string of the code, keeps a vanished one, or has
#                     an unfinished entry (scripts/translations; `scripts/translations update` re-extracts)
#   make clean        build artefacts and caches;  make distclean  also the virtualenv
#
# Variables: PYTEST_ARGS="-k sla -x" is passed to pytest; PYTHON picks the interpreter for the venv;
# PYTEST_WORKERS=2 (the default) runs the tests in that many processes (pytest-xdist, whole files per
# process), PYTEST_WORKERS=0 in this one (for -x, -s or a debugger).
# With CI=true a PostgreSQL server that cannot be started is a failure; elsewhere that half is
# skipped with a message.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
PYTEST_WORKERS ?= 2
XDIST := $(if $(filter 0,$(PYTEST_WORKERS)),-p no:xdist,-n $(PYTEST_WORKERS) --dist loadfile)
PYTEST := $(VENV_PY) -m pytest $(XDIST)

.PHONY: help venv system-deps translations check-translations run test test-sqlite test-pg test-encrypted check-wheel screenshots bundle deb check-bundle clean distclean bench

help:
	@sed -n '2,22s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

# --- environment ------------------------------------------------------------------------------

$(VENV_PY):
	$(PYTHON) -m venv $(VENV)

# Re-installed only when pyproject.toml changes; the editable install picks up code changes itself.
$(STAMP): pyproject.toml | $(VENV_PY)
	$(VENV_PY) -m pip install -e '.[test]'
	@touch $@

venv: $(STAMP)

system-deps:
	@scripts/system-deps

# --- translations (scripts/translations) -------------------------------------------------------

QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV_PY) scripts/translations build

translations: $(QM_FILES)

check-translations: venv
	$(VENV_PY) scripts/translations check

# --- run --------------------------------------------------------------------------------------

run: venv system-deps translations
	$(VENV)/bin/casework-gui

# --- tests ------------------------------------------------------------------------------------

# Each run's temporary files (the SQLite test databases, exports) go to a folder of their own in memory
# (/dev/shm) where there is one, removed afterwards: SQLite's commits (synchronous = FULL, as in the app)
# then wait for no disk. TEST_TMP=DIR puts them elsewhere.
TEST_TMP ?= $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo $${TMPDIR:-/tmp})
IN_TEST_TMP = tmp=$$(mktemp -d "$(TEST_TMP)/casework-tests.XXXXXX") && trap 'rm -rf "$$tmp"' EXIT &&

define test_sqlite
	@echo "=== test suite on SQLite ==="
	$(IN_TEST_TMP) env -u CASEWORK_TEST_PG_URL $(PYTEST) --basetemp="$$tmp" $(PYTEST_ARGS)
endef

# The same tests on encrypted SQLite files (tests/conftest.py: CASEWORK_TEST_ENCRYPTED=1); part of `make test`.
ENCRYPTED_TESTS ?= tests/core/test_store.py tests/core/test_referral_workflow.py tests/core/test_sla_store.py \
    tests/core/test_encryption.py
define test_encrypted
	@echo "=== store, workflow and SLA tests on SQLCipher-encrypted SQLite ==="
	$(IN_TEST_TMP) env -u CASEWORK_TEST_PG_URL CASEWORK_TEST_ENCRYPTED=1 $(PYTEST) --basetemp="$$tmp" -q $(ENCRYPTED_TESTS)
endef

# Exit 75 from pg-test-server means "no server could be started", with the reason in a file;
# anything else is the exit status of pytest.
define test_pg
	@echo "=== test suite on PostgreSQL ==="
	@set -u; $(IN_TEST_TMP) \
	if [[ -n "$${CASEWORK_TEST_PG_URL:-}" ]]; then \
	    echo "using the server in CASEWORK_TEST_PG_URL"; \
	    $(PYTEST) --basetemp="$$tmp" $(PYTEST_ARGS); \
	    exit; \
	fi; \
	reason_file=$$(mktemp); \
	PG_TEST_SERVER_REASON_FILE=$$reason_file scripts/pg-test-server run -- $(PYTEST) --basetemp="$$tmp" $(PYTEST_ARGS); \
	rc=$$?; \
	reason=$$(cat "$$reason_file"); rm -f "$$reason_file"; \
	if [[ $$rc -eq 75 && -n "$$reason" ]]; then \
	    if [[ "$${CI:-}" == true ]]; then \
	        echo "PostgreSQL run failed: $$reason (a PostgreSQL server is required when CI=true)" >&2; \
	        exit 1; \
	    fi; \
	    echo "PostgreSQL run skipped: $$reason"; \
	    exit 0; \
	fi; \
	exit $$rc
endef

test: venv system-deps translations
	$(test_sqlite)
	$(test_encrypted)
	$(test_pg)

test-sqlite: venv system-deps translations
	$(test_sqlite)

test-pg: venv system-deps translations
	$(test_pg)

test-encrypted: venv system-deps translations
	$(test_encrypted)

check-wheel: system-deps
	scripts/check-wheel

# --- desktop bundle and Debian package ---------------------------------------------------------

# PyInstaller goes into the project's venv when it is missing (it is not a dependency of the app).
# The spec is known to build a working bundle with 6.10.0 and 6.22.3; <7 keeps to the spec API it uses.
PYINSTALLER_REQ := pyinstaller>=6.10,<7

bundle: venv system-deps translations
	@$(VENV_PY) -c 'import sys, PyInstaller as p; v = tuple(map(int, p.__version__.split(".")[:2])); sys.exit(not (6, 10) <= v < (7,))' \
	    2>/dev/null || $(VENV_PY) -m pip install '$(PYINSTALLER_REQ)'
	$(VENV_PY) -m PyInstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller installer/casework.spec

deb: bundle
	installer/build-deb dist/casework dist

check-bundle: system-deps
	scripts/check-bundle

# --- benchmarks (bench/, not part of the test run) ----------------------------------------------

# The profilers and psycopg go into the project's venv as the "bench" extra, not the app's dependencies.
BENCH_STAMP := $(VENV)/.bench-installed
BENCH_ARGS ?=
$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(VENV_PY) -m pip install -e '.[test,bench]'
	@touch $@

bench: $(BENCH_STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m bench.run $(BENCH_ARGS)

# --- cleaning ---------------------------------------------------------------------------------

# Each screen drawn off screen from a throwaway database with sample referrals and a fixed clock.
SCREENSHOTS ?= docs/screenshots
screenshots: venv system-deps translations
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.screenshots $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.test_referral_record_screenshots $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.test_alerts_screenshots $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.screenshots_look $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.screenshots --lang cy $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.test_referral_record_screenshots --lang cy $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.test_alerts_screenshots --lang cy $(SCREENSHOTS)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tests.ui.screenshots_look --lang cy $(SCREENSHOTS)

clean:
	rm -rf build dist .pytest_cache .hypothesis .ci/work *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
