# ZhMine — the two commands of the README, and a few more.
#   make demo    set up, build (release) and run the main job on the bundled sample
#   make test    set up and run every test
SAMPLE := Corpus/zhuzhou-2021-report-interpretation.txt
SWIFT_BUILD_FLAGS ?=

.PHONY: setup build demo test bench clean

setup:
	@bash scripts/setup.sh

build: setup
	swift build -c release $(SWIFT_BUILD_FLAGS)

demo: build
	.build/release/zhmine text --sentences $(SAMPLE)

test: setup
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift test --skip-build $(SWIFT_BUILD_FLAGS)

bench: setup
	swift build -c release $(SWIFT_BUILD_FLAGS)

clean:
	rm -rf .build
