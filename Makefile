# One front door. Every target does its own set-up on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO := out/demo.jnzd
# Debian packages the headless tests and screenshots need: a virtual X server and Qt's xcb plugin libraries,
# poppler for PDF checks, and a CJK TrueType font (Noto CJK's CFF outlines do not work in reportlab).
DEB_PACKAGES := xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
	libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 poppler-utils fonts-wqy-microhei

.PHONY: venv system-deps forms reference-docs translations run review test lint bench attack package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi; \
	else echo "not root: skipping Debian packages ($(DEB_PACKAGES))"; fi

forms: venv
	$(PY) packaging/build_forms.py

reference-docs: venv
	$(PY) packaging/reference_sources.py

translations: venv
	$(PY) packaging/translations.py

run: venv
	@mkdir -p out
	@[ -f $(DEMO) ] || $(PY) -m desktop_app demo $(DEMO)
	$(PY) -m desktop_app $(DEMO)

review: venv
	@[ -d out/cases ] || $(PY) -m desktop_app demo-portfolio out/cases --count 300
	$(PY) -m desktop_app review out/cases

lint: venv
	$(VENV)/bin/ruff check desktop_app tests benchmarks packaging
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: venv system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: venv system-deps
	$(PY) -m pip install --quiet -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# The bad-input corpus (tests/attack_corpus.py) outside pytest: inputs tried, clear refusals, changed files (must be
# 0), tamper kinds detected; exits 1 unless every input was refused clearly and no file changed.
attack: venv
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/attack.py

package: venv
	$(PY) -m PyInstaller packaging/jnzd.spec --noconfirm --distpath dist --workpath build/pyinstaller

clean:
	rm -rf build dist out .pytest_cache .mypy_cache .ruff_cache
