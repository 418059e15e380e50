# The two commands of the README:
#   make demo   builds the demo reports into site/ (installs libcmark-dev, libsqlite3-dev, libpq-dev if missing)
#   make demo-pdf  the same with report.pdf in each bundle (also installs Chromium and poppler-utils)
#   make test   runs the test suite (what CI runs; also installs a PostgreSQL server for the export
#               tests, and Chromium and poppler-utils for the PDF tests)
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/csr-report
# `make install` (GNU conventions: PREFIX, DESTDIR for staged installs and packages).
PREFIX ?= /usr/local
DESTDIR ?=
MAN_DIR = .build/man
COMPLETIONS_DIR = .build/completions
# The man page's date: the last commit's, so that the same source gives the same page.
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)

.PHONY: demo demo-pdf test setup setup-tests setup-pdf build man completions install uninstall clean screenshots axe benchmark benchmark-export redaction-report redaction-linearity golden word-lists

setup:
	@scripts/bootstrap

# The tests also need a PostgreSQL server (they start a throwaway cluster of their own).
setup-tests:
	@scripts/bootstrap --tests

# build --pdf needs Chromium; only this target (and the tests) installs it.
setup-pdf:
	@scripts/bootstrap --pdf

build: setup
	$(SWIFT) build -c $(CONFIG) --product csr-report

# The man page, from the commands' own help, by swift-argument-parser's generate-manual plugin
# (which builds the package in $(CONFIG) mode itself and writes into its work folder).
man: setup
	$(SWIFT) package plugin generate-manual --configuration $(CONFIG) --date $(MAN_DATE)
	mkdir -p $(MAN_DIR)
	cp .build/plugins/GenerateManual/outputs/csr-report/csr-report.1 $(MAN_DIR)/csr-report.1

# Shell completions (bash, zsh, fish), written by the binary itself.
completions: build
	mkdir -p $(COMPLETIONS_DIR)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS_DIR)/csr-report.bash
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS_DIR)/_csr-report
	$(BIN) --generate-completion-script fish > $(COMPLETIONS_DIR)/csr-report.fish

# The binary, its man page and the completions, where each shell looks for them by default.
install: build man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/csr-report
	install -m 644 $(MAN_DIR)/csr-report.1 $(DESTDIR)$(PREFIX)/share/man/man1/csr-report.1
	install -m 644 $(COMPLETIONS_DIR)/csr-report.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/csr-report
	install -m 644 $(COMPLETIONS_DIR)/_csr-report $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_csr-report
	install -m 644 $(COMPLETIONS_DIR)/csr-report.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/csr-report.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/csr-report $(DESTDIR)$(PREFIX)/share/man/man1/csr-report.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/csr-report \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_csr-report \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/csr-report.fish

demo: build
	$(BIN) build --out site

demo-pdf: build setup-pdf
	$(BIN) build --out site --pdf

test: setup-tests
	$(SWIFT) test --disable-xctest

# Regenerates the golden files of Tests/CSRReportTests/Golden from the current renderer: the
# hand-built report's report.md, CSVs and figures.xlsx parts (Golden/figures.xlsx/), and one demo tenant's client files per language
# (Golden/<locale>/). Review the diff before committing it.
golden: setup
	CSR_REPORT_UPDATE_GOLDEN=1 $(SWIFT) test --disable-xctest --filter Golden

# Screenshots and a PDF print of one demo tenant through headless Chromium (see scripts/screenshots).
screenshots: demo
	scripts/screenshots

# axe-core on every page of the demo site (site index, each tenant's index.html and email.html) in
# light, dark and phone views; exits non-zero on any violation (see scripts/axe, docs/rendering.md).
# Needs chromium and python3-venv, which `make setup-tests` installs.
axe: demo
	scripts/axe site

benchmark: setup
	Benchmarks/run

# csr-report snapshot next to psql \copy against a throwaway PostgreSQL cluster (scales 10 and 100).
benchmark-export: setup-tests
	Benchmarks/export

redaction-report: setup
	$(SWIFT) test --disable-xctest --filter "RedactionCorpus|RedactionHoldout|RedactionHoldout2|RedactionHoldout3|RedactionDev3|RedactionDev4|RedactionDev5|RedactionDev6|RedactionDev7|RedactionDev8|RedactionDev9|RedactionDev10|RedactionDev11|RedactionDev12|RedactionDev13"

# The redactor's word lists (data/ordinary-words-*, data/name-words.txt, data/place-words.txt),
# derived from Debian's word lists and GeoNames; see docs/privacy.md.
word-lists:
	@scripts/bootstrap --wordlists
	python3 scripts/make-ordinary-words.py
	python3 scripts/make-place-words.py

# Issue 9: every redaction rule linear, at 256 K against 1 M UTF-16 units (several minutes).
redaction-linearity: setup
	LINEARITY_SMALL=262144 $(SWIFT) test --disable-xctest --filter RedactionLinearity

clean:
	rm -rf .build .site.csr-report site/*/ site/index.html site/manifest.json site/manifest-shard-*.json site/*.zip
