# The two commands of the README: `make run` and `make test`. Both install missing Debian packages first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DRESPITE_WERROR=$(if $(CI),ON,OFF)
FUZZ_SECONDS ?= 60

.PHONY: deps configure build run test test-asan test-tsan bless-screenshots fuzz package format format-check bench clean

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
	@if [ -n "$(CI)" ] || ./scripts/build_windows_deps.sh --check; then $(MAKE) --no-print-directory windows-test windows-msi-test windows-app-test; \
	else echo "test: Windows tests skipped: the cross build is not warm yet (make windows-test builds it once)"; fi

# Core and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	cmake --preset asan $(CMAKE_FLAGS)
	cmake --build build-asan -j$(JOBS)
	ctest --test-dir build-asan --output-on-failure -j$(JOBS) -L 'unit|cli'

# The engine thread, control-channel and CLI-client tests (tests/app) under ThreadSanitizer; any race fails.
# (-Wno-tsan in the preset: GCC warns that Boost.Asio's atomic_thread_fence is not modelled by TSan.)
test-tsan: deps
	cmake --preset tsan $(CMAKE_FLAGS)
	cmake --build build-tsan -j$(JOBS) --target app_tests
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 $(TSAN_OPTIONS)" ./build-tsan/tests/app/app_tests

# The tests that compare window screenshots with tests/data/screenshots/*.png (tests/e2e/harness_screenshot.py).
SCREENSHOT_TESTS ?= ^ui\..*\.(light|dark|de)$$|^e2e\.test_app_break_window$$

# Re-bless: make the current screenshots the references after an intended visual change; then review
# `git status tests/data/screenshots` (and the images) and commit them.
bless-screenshots: build
	RESPITE_BLESS=1 ctest --test-dir $(BUILD) --output-on-failure -j$(TEST_JOBS) -R '$(SCREENSHOT_TESTS)'
	git status --short tests/data/screenshots

# The config parser, state.json and control-request fuzzers, for a bounded time each. Config inputs up to 100 KB
# reach the depths that once crashed toml++ (a 70 KB key of 35,000 parts).
fuzz: deps
	cmake --preset fuzz
	cmake --build build-fuzz -j$(JOBS) --target fuzz_config fuzz_state_json fuzz_control_request
	mkdir -p build-fuzz/corpus build-fuzz/corpus_state build-fuzz/corpus_control
	./build-fuzz/tests/fuzz/fuzz_config -max_total_time=$(FUZZ_SECONDS) -max_len=100000 \
	    build-fuzz/corpus tests/fuzz/corpus
	./build-fuzz/tests/fuzz/fuzz_state_json -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	    build-fuzz/corpus_state tests/fuzz/corpus_state
	./build-fuzz/tests/fuzz/fuzz_control_request -max_total_time=$(FUZZ_SECONDS) -max_len=1024 \
	    build-fuzz/corpus_control tests/fuzz/corpus_control

# The .deb and the .rpm (packaging/linux/), in build-package/packages/.
package: deps
	./packaging/linux/build_packages.sh $(CURDIR)/build-package

format:
	find src platform tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

format-check:
	./scripts/check_format.sh

# The Windows cross build (docs/windows-build.md): mingw-w64, third-party code built from Debian's sources into a
# cache keyed by their versions (minutes the first time, nothing after), then the top-level project without the
# GUI: the command line respite.exe (static, tzdata\ beside it), the core and the Windows ports' unit tests.
# `make test` runs windows-test in CI (which installs the tools and builds the cache if it is cold: about 10
# minutes on an idle machine) and elsewhere only when the cache is warm.
.PHONY: windows windows-test
WINDOWS_BUILD ?= build-windows
windows:
	@./scripts/deps.sh --with-windows
	./scripts/build_windows_deps.sh --cmake-cache $(WINDOWS_BUILD)/windows-deps.cmake >/dev/null
	cmake -S . -B $(WINDOWS_BUILD) -C $(WINDOWS_BUILD)/windows-deps.cmake \
	    -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/toolchain-mingw64.cmake -DRESPITE_GUI=OFF $(CMAKE_FLAGS)
	cmake --build $(WINDOWS_BUILD) -j$(JOBS)

# Under wine (part of `make test`): the core and Windows unit tests, respite.exe's own tests, and `plan --json`
# compared line by line with the Linux build's (whose `respite` is built first when missing).
windows-test: windows configure
	cmake --build $(BUILD) -j$(JOBS) --target respite
	./tests/windows/run_doctest_under_wine.sh $(WINDOWS_BUILD) core_tests
	./tests/windows/run_doctest_under_wine.sh $(WINDOWS_BUILD) windows_app_tests
	./tests/windows/run_doctest_under_wine.sh $(WINDOWS_BUILD) history_tests
	./tests/windows/run_doctest_under_wine.sh $(WINDOWS_BUILD) history_feed_tests
	./tests/windows/test_cli_windows.sh $(WINDOWS_BUILD)
	./tests/windows/compare_plan_windows.sh $(WINDOWS_BUILD) $(BUILD)/src/app/respite
	./tests/windows/compare_history_windows.sh $(WINDOWS_BUILD) $(BUILD)/src/app/respite

# The installer (packaging/windows/respite.wxs, msitools' wixl): $(WINDOWS_BUILD)/respite.msi; windows-msi-test
# installs and removes it under wine in a wine prefix of its own (docs/deployment.md, Windows).
.PHONY: windows-msi windows-msi-test
# The installer ships respite.exe and respite-app.exe, so it is built from the tray app's build (GUI on).
windows-msi: windows-app
	./packaging/windows/build_msi.sh $(WINDOWS_APP_BUILD) $(WINDOWS_BUILD)/respite.msi

windows-msi-test: windows-msi
	RESPITE_MSI_VERSION=99.0.0 ./packaging/windows/build_msi.sh $(WINDOWS_APP_BUILD) \
	    $(WINDOWS_BUILD)/respite-upgrade-test.msi
	./tests/windows/test_msi_wine.sh $(WINDOWS_BUILD)/respite.msi $(WINDOWS_BUILD)/respite-upgrade-test.msi
	./tests/windows/test_policy_registry_wine.sh $(WINDOWS_BUILD)

# The tray app for Windows (RESPITE_GUI=ON, wxWidgets MSW from the cache) and its tests under wine + Xvfb
# (docs/windows-adapters.md): the adapters' decisions, the adapters, tray and balloons, and respite-app.exe itself.
WINDOWS_APP_BUILD ?= build-windows-app
.PHONY: windows-app windows-app-test
windows-app:
	@./scripts/deps.sh --with-windows
	./scripts/build_windows_deps.sh --cmake-cache $(WINDOWS_APP_BUILD)/windows-deps.cmake >/dev/null
	cmake -S . -B $(WINDOWS_APP_BUILD) -C $(WINDOWS_APP_BUILD)/windows-deps.cmake \
	    -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/toolchain-mingw64.cmake -DRESPITE_GUI=ON $(CMAKE_FLAGS)
	cmake --build $(WINDOWS_APP_BUILD) -j$(JOBS)

windows-app-test: windows-app
	./tests/windows/run_doctest_under_wine.sh $(WINDOWS_APP_BUILD) windows_adapter_logic_tests
	./tests/windows/run_gui_test_under_wine.sh $(WINDOWS_APP_BUILD)/tests/windows_adapter_tests.exe
	./tests/windows/run_gui_test_under_wine.sh $(WINDOWS_APP_BUILD)/tests/windows_tray_tests.exe
	./tests/windows/run_gui_test_under_wine.sh $(WINDOWS_APP_BUILD)/tests/windows_settings_tests.exe
	./tests/windows/smoke_tray_app_under_wine.sh $(WINDOWS_APP_BUILD)
	RESPITE_SMOKE_PROFILE=c ./tests/windows/smoke_tray_app_under_wine.sh $(WINDOWS_APP_BUILD)

bench: build
	./bench/plan_30_days.sh $(BUILD)

clean:
	rm -rf build build-asan build-tsan build-fuzz build-package
