# Broadsheet: two commands on a fresh Debian 12 machine.
#   make demo   install, build (Release), ingest the bundled demo network, serve on :$(PORT)
#   make test   install, build, run every test
PORT ?= 8080
FIXTURE_PORT ?= 8079
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: all deps test-deps build test demo bench clean fuzz

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

bench: deps
	@scripts/install-deps --bench
	cmake --build $(BUILD_DIR) -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR)
