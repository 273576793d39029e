# Quick start: `make run` opens LabLedger on its default local database; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast lint fix translations bench dist smoke clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/labledger

lint: install
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/mypy app

fix: install
	$(BIN)/ruff check --fix app tests bench
	$(BIN)/ruff format app tests bench

test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

# Everything but the tests marked slow (the long hypothesis state machines): for quick rounds.
test-fast: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto -m "not slow"

translations: install
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app/views app/platform -name '*.py') -ts resources/translations/labledger_zh_CN.ts resources/translations/labledger_en.ts
	$(BIN)/pyside6-lrelease resources/translations/labledger_zh_CN.ts resources/translations/labledger_en.ts resources/translations/qtbase_extra_zh_CN.ts

bench: install
	$(BIN)/python bench/run_bench.py

# The one-folder bundle in dist/LabLedger (packaging/labledger.spec, see README "For the
# lab's IT person"); `make smoke` tries it the way CI does. PyInstaller's cache stays in build/.
dist: install
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache \
	$(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/labledger.spec
	du -sh dist/LabLedger

smoke:
	$(BIN)/python packaging/smoke_test.py dist/LabLedger

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
