# ZhMine — the two commands of the README, and a few more.
#   make demo    set up, build (release) and run the main job on the bundled sample
#   make test    set up and run every test (Swift, the C ABI program, the Python package)
#   make wheel   a wheel of the Python package (Swift runtime linked in; needs only the system ICU)
SAMPLE := Corpus/zhuzhou-2021-report-interpretation.txt
SWIFT_BUILD_FLAGS ?=

.PHONY: setup build demo test bench clean wheel

setup:
	@bash scripts/setup.sh

# The release build links the Swift runtime and Foundation into each binary (--static-swift-stdlib):
# a process then starts without dynamically linking a dozen Swift libraries (an empty Swift main:
# 13.8 M instructions dynamic, 2.2 M static). System libraries (ICU, SQLite) stay shared.
# Foundation's static libraries (libCoreFoundation.a …) are in the toolchain's swift_static folder.
SWIFT_STATIC_DIR := $(shell dirname "$$(dirname "$$(readlink -f "$$(command -v swift)")")")/lib/swift_static/linux
STATIC_FLAGS := --static-swift-stdlib -Xlinker -L$(SWIFT_STATIC_DIR)

build: setup
	swift build -c release $(STATIC_FLAGS) $(SWIFT_BUILD_FLAGS)

demo: build
	.build/release/zhmine extract $(SAMPLE)

# Tests run optimised (the lexicon build and the corpus tests are slow unoptimised), in their
# own build folder so that the release binary of `make demo` is not rebuilt with -enable-testing.
TEST_FLAGS := -c release -Xswiftc -enable-testing --scratch-path .build-test

test: setup
	swift build --build-tests $(TEST_FLAGS) $(SWIFT_BUILD_FLAGS)
	ZHMINE_CACHE_DIR=$(CURDIR)/.build-test/lexicon-cache swift test --skip-build $(TEST_FLAGS) $(SWIFT_BUILD_FLAGS)
	bash scripts/python-test.sh .build-test/release

# The wheel lands in dist/; scripts/wheel.sh also installs it into a fresh venv and runs it there
# with no Swift toolchain on PATH.
wheel: setup
	bash scripts/wheel.sh

bench: setup
	swift build -c release $(STATIC_FLAGS) $(SWIFT_BUILD_FLAGS)

clean:
	rm -rf .build
