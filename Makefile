# The two commands the README promises work on a fresh machine.
.PHONY: site test dependencies build

# Builds the site of download pages from the sample orders that ship with the tool, into ./site.
site: dependencies
	swift run download-pages build --sample-orders --output site

# Runs every test, after installing what the build needs.
test: dependencies
	swift test

build: dependencies
	swift build

dependencies:
	@bash .ci/install-dependencies
