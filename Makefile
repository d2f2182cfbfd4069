# Broadsheet: two commands on a fresh Debian 12 machine.
#   make demo   install, build (Release), ingest the bundled demo network, serve on :$(PORT)
#   make test   install, build, run every test
PORT ?= 8080
FIXTURE_PORT ?= 8079
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: all deps test-deps build test demo bench bench-peers clean fuzz

all: build

deps:
	@scripts/install-deps

# The browser tests also need Chromium, fonts, Java and npm packages.
test-deps:
	@scripts/install-browser-deps

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build test-deps
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j 2

demo: build
	scripts/demo $(PORT) $(FIXTURE_PORT)

# The benches, and the peers they compare with: Debian packages from
# install-deps --bench, Readability.js and jsdom from npm (bench/peers/).
# Run them from this directory, e.g. build/bench/extract_speed.
bench: deps bench-peers
	@scripts/install-deps --bench
	cmake --build $(BUILD_DIR) -j $(JOBS)

bench-peers:
	@scripts/install-bench-peers

# One libFuzzer target for a while, seeded from the dev data:
#   make fuzz FUZZER=extract|feed|mail|discuss|organise FUZZ_SECONDS=600
FUZZER ?= extract
FUZZ_SECONDS ?= 600
fuzz:
	@scripts/install-deps --bench
	scripts/fuzz $(FUZZER) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
