# The two commands of the README:
#   make demo   builds the demo reports into site/ (installs libcmark-dev, libsqlite3-dev, libpq-dev if missing)
#   make test   runs the test suite (what CI runs; also installs a PostgreSQL server for the export tests)
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/csr-report

.PHONY: demo test setup setup-tests build clean screenshots benchmark benchmark-export redaction-report redaction-linearity golden word-lists

setup:
	@scripts/bootstrap

# The tests also need a PostgreSQL server (they start a throwaway cluster of their own).
setup-tests:
	@scripts/bootstrap --tests

build: setup
	$(SWIFT) build -c $(CONFIG) --product csr-report

demo: build
	$(BIN) build --out site

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

benchmark: setup
	Benchmarks/run

# csr-report snapshot next to psql \copy against a throwaway PostgreSQL cluster (scales 10 and 100).
benchmark-export: setup-tests
	Benchmarks/export

redaction-report: setup
	$(SWIFT) test --disable-xctest --filter "RedactionCorpus|RedactionHoldout|RedactionHoldout2"

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
