# The two commands the README promises work on a fresh machine.
.PHONY: site test swift-test browser-test screenshots dependencies browser-dependencies build dist check-dist fuzz bench

# Builds the site of download pages from the sample orders that ship with the tool, into ./site.
site: dependencies
	swift run download-pages build --sample-orders --output site

# Runs every test, after installing what the build needs: the Swift tests, then the pages in a
# real browser (Tests/Browser), with the tool `swift test` has just built. This is what CI runs.
test: swift-test browser-dependencies
	$(BROWSER_SUITE) check --tool "$(TOOL)"

swift-test: dependencies
	swift test

# The pages in headless Chromium: axe-core, the Nu HTML checker, layout, colour schemes, print
# (see Tests/Browser/browser_suite.py), with a freshly built tool.
BROWSER_SUITE = .build/browser/venv/bin/python Tests/Browser/browser_suite.py
TOOL = $$(swift build --show-bin-path)/download-pages

browser-test: browser-dependencies
	swift build --product download-pages
	$(BROWSER_SUITE) check --tool "$(TOOL)"

# Phone (390 px) and desktop (1280 px) PNGs of every sample state and the 400-line order, light
# and dark, into ./screenshots (not committed); fails on a page that renders blank or scrolls sideways.
# Uses the tool as built (`make test` or `make build` first); builds it only when there is none.
screenshots: browser-dependencies
	@test -x "$(TOOL)" || swift build --product download-pages
	$(BROWSER_SUITE) screenshots --tool "$(TOOL)" --out screenshots

build: dependencies
	swift build

dependencies:
	@bash .ci/install-dependencies

browser-dependencies:
	@bash .ci/install-dependencies --browser

# The binary a storefront installs (see the README's Install section): Swift runtime and libcmark
# linked statically, stripped, packed with README.md and LICENSE into
# dist/download-pages-<version>-linux-<arch>.tar.gz. A release build: slow the first time.
dist:
	@bash scripts/dist.sh

# Slow, so not part of `make test`: builds the archive (as `make dist`) and checks that its binary
# loads only the C library and runs from an empty folder with a cleared environment.
# CI runs it when asked (CHECK_DIST=1 .ci/run).
check-dist:
	@bash scripts/check-dist.sh

# Fuzzes the engine, the order page, the preview's path resolution and the Markdown wrapper with
# libFuzzer, FUZZ_SECONDS (default 60) each: `FUZZ_SECONDS=600 make fuzz`. Not part of `make test`.
# Prints executions and crashes per target (see Fuzz/run.sh); `make fuzz FUZZ_TARGETS=markdown` runs one.
fuzz: dependencies
	@bash Fuzz/run.sh $(FUZZ_TARGETS)

# Measures every figure of issue 12 in one run and prints one table (each figure, its goal, pass or
# fail, the ratios against swift-mustache, the floor, cp -r and curl): see scripts/bench.py and the
# README's Development section. Release builds of the Benchmarks package (slow the first time),
# generated orders in .bench-data/. Not part of `make test`.
bench: dependencies
	@python3 scripts/bench.py
