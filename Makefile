# avtoituba: the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test test-full bench forms translations lint typecheck package icons screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## Set up (once) and start the app on the demo workshop.
run: $(STAMP)
	$(BIN)/avtoituba --demo

## Set up (once) and run the whole test suite headless (offscreen Qt).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## The long runs too (200 kills, large fuzz).
test-full: $(STAMP)
	AVTOITUBA_FULL=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Benchmarks: print figures next to floors measured in the same run.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

## Regenerate avtoituba/gui/forms/ui_*.py from ui/*.ui.
forms: $(STAMP)
	for f in ui/*.ui; do n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic $$f -o avtoituba/gui/forms/ui_$$n.py || exit 1; done

## Update the .ts catalogues from the code, then build the .qm files.
translations: $(STAMP)
	$(BIN)/python packaging/i18n_tool.py update
	$(BIN)/python packaging/i18n_tool.py release
	$(BIN)/python packaging/i18n_tool.py check

## Build the one-folder app into dist/avtoituba (PyInstaller) and smoke-test it headless.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10,<7"
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
	  packaging/avtoituba.spec
	packaging/smoke_test.sh dist/avtoituba
	@du -sh dist/avtoituba

## Render packaging/icons/ (PNG 16-512, .ico, .icns) from packaging/icons/avtoituba.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

## Screenshots of every page in both languages into docs/screenshots/ (for the user guide).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet "ruff==0.17.6"
	$(BIN)/ruff check avtoituba tests packaging

## Type-check the Qt-free layers (core, store, export, commands) with mypy.
typecheck: $(STAMP)
	$(BIN)/python -m mypy

clean:
	rm -rf build dist *.egg-info .pytest_cache
