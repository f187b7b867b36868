# The two commands of the README: `make run` and `make test`. Both install missing Debian packages first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DRESPITE_WERROR=$(if $(CI),ON,OFF)
FUZZ_SECONDS ?= 60

.PHONY: deps configure build run test test-asan fuzz format format-check bench clean package

deps:
	@./scripts/deps.sh --with-test

configure: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/src/app/respite $(ARGS)

# End-to-end tests mostly wait on real timers, so they run several at a time even on two cores.
TEST_JOBS ?= 6

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(TEST_JOBS)

# Core and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	cmake --preset asan $(CMAKE_FLAGS)
	cmake --build build-asan -j$(JOBS)
	ctest --test-dir build-asan --output-on-failure -j$(JOBS) -L 'unit|cli'

# The config parser and state.json fuzzers, for a bounded time each. Inputs up to 100 KB reach the depths that
# once crashed toml++ (a 70 KB key of 35,000 parts).
fuzz: deps
	cmake --preset fuzz
	cmake --build build-fuzz -j$(JOBS) --target fuzz_config fuzz_state_json
	mkdir -p build-fuzz/corpus build-fuzz/corpus_state
	./build-fuzz/tests/fuzz/fuzz_config -max_total_time=$(FUZZ_SECONDS) -max_len=100000 \
	    build-fuzz/corpus tests/fuzz/corpus
	./build-fuzz/tests/fuzz/fuzz_state_json -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	    build-fuzz/corpus_state tests/fuzz/corpus_state

# The .deb and the .rpm (packaging/linux/), in build-package/packages/.
package: deps
	./packaging/linux/build_packages.sh $(CURDIR)/build-package

format:
	find src platform tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	./scripts/check_format.sh

bench: build
	./bench/plan_30_days.sh $(BUILD)

clean:
	rm -rf build build-asan build-fuzz build-package
