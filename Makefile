# The two commands the README promises work on a fresh machine.
.PHONY: test dependencies build

# Runs every test, after installing what the build needs.
test: dependencies
	swift test

build: dependencies
	swift build

dependencies:
	@bash .ci/install-dependencies
