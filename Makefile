# The two commands of the README: `make run` and `make test`. Both install missing Debian packages first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DRESPITE_WERROR=$(if $(CI),ON,OFF)
FUZZ_SECONDS ?= 60

.PHONY: deps configure build run test test-asan fuzz format format-check bench clean

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
	@if [ -n "$(CI)" ] || ./scripts/build_windows_deps.sh --check; then $(MAKE) --no-print-directory windows-test; \
	else echo "test: Windows tests skipped: the cross build is not warm yet (make windows-test builds it once)"; fi

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

format:
	find src platform tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	./scripts/check_format.sh

# The Windows cross build (docs/windows-build.md): mingw-w64, third-party code built from Debian's sources into a
# cache keyed by their versions (minutes the first time, nothing after), then the core and its unit tests
# (cmake/windows-core: the whole project cannot be generated for Windows before platform/windows/ exists).
# `make test` runs windows-test in CI (which installs the tools and builds the cache if it is cold: about 10
# minutes on an idle machine) and elsewhere only when the cache is warm.
.PHONY: windows windows-test
WINDOWS_BUILD ?= build-windows
windows:
	@./scripts/deps.sh --with-windows
	./scripts/build_windows_deps.sh --cmake-cache $(WINDOWS_BUILD)/windows-deps.cmake >/dev/null
	cmake -S cmake/windows-core -B $(WINDOWS_BUILD) -C $(WINDOWS_BUILD)/windows-deps.cmake \
	    -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/toolchain-mingw64.cmake -DRESPITE_GUI=OFF $(CMAKE_FLAGS)
	cmake --build $(WINDOWS_BUILD) -j$(JOBS) --target respite_core core_tests

# The core unit tests under wine (part of `make test`).
windows-test: windows
	./tests/windows/run_core_tests_under_wine.sh $(WINDOWS_BUILD)

bench: build
	./bench/plan_30_days.sh $(BUILD)

clean:
	rm -rf build build-asan build-fuzz
