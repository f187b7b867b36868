# The decisions of the Windows adapters (platform/windows/*.h without Win32: idle arithmetic, session and power
# messages, notification states, clock messages, WAV volume), fed messages and API results (DESIGN.md §11: wine
# stubs those events). OS-neutral: built and run on Linux (from tests/CMakeLists.txt) and under wine
# (tests/windows/CMakeLists.txt).
add_executable(windows_adapter_logic_tests
    ${CMAKE_CURRENT_LIST_DIR}/adapter_logic_main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_idle_tracker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_session_tracker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_busy_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_clock_change.cpp
    ${CMAKE_CURRENT_LIST_DIR}/test_wav_volume.cpp)
target_link_libraries(windows_adapter_logic_tests PRIVATE respite_core doctest::doctest)
target_include_directories(windows_adapter_logic_tests PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/src)
target_compile_definitions(windows_adapter_logic_tests PRIVATE RESPITE_SOUNDS_DIR="${PROJECT_SOURCE_DIR}/assets/sounds")
set_target_properties(windows_adapter_logic_tests PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
add_test(NAME windows.adapter_logic COMMAND windows_adapter_logic_tests)
set_tests_properties(windows.adapter_logic PROPERTIES LABELS unit)
