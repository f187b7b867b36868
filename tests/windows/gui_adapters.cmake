# The Windows adapters of the tray app under wine + Xvfb (run_gui_test_under_wine.sh): adapters_win32.cpp drives
# the Win32 ones (hidden windows, messages, timers, GetLastInputInfo, clocks), tray_win32.cpp the wx ones (tray
# icon, balloons, MSAA names).
add_executable(windows_adapter_tests ${CMAKE_CURRENT_LIST_DIR}/adapters_win32.cpp)
target_link_libraries(windows_adapter_tests PRIVATE respite_platform doctest::doctest)
add_executable(windows_tray_tests ${CMAKE_CURRENT_LIST_DIR}/tray_win32.cpp)
target_link_libraries(windows_tray_tests PRIVATE respite_ui doctest::doctest)
target_compile_definitions(windows_tray_tests PRIVATE RESPITE_ICON_DIR="${PROJECT_SOURCE_DIR}/assets/icons")
# settings_win32.cpp: the Settings dialog with a key locked in the registry.
add_executable(windows_settings_tests ${CMAKE_CURRENT_LIST_DIR}/settings_win32.cpp)
target_link_libraries(windows_settings_tests PRIVATE respite_ui respite_platform_base doctest::doctest)
set_target_properties(windows_adapter_tests windows_tray_tests windows_settings_tests PROPERTIES RUNTIME_OUTPUT_DIRECTORY
    ${CMAKE_BINARY_DIR}/tests)
foreach(name adapter tray)
    add_test(NAME windows.${name}s COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_gui_test_under_wine.sh
        $<TARGET_FILE:windows_${name}_tests>)
    set_tests_properties(windows.${name}s PROPERTIES LABELS windows TIMEOUT 180 RUN_SERIAL TRUE)
endforeach()
add_test(NAME windows.settings COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_gui_test_under_wine.sh
    $<TARGET_FILE:windows_settings_tests>)
set_tests_properties(windows.settings PROPERTIES LABELS windows TIMEOUT 180 RUN_SERIAL TRUE)
# The whole tray app: starts, shows its icon, answers over the pipe, quits (needs respite.exe beside it).
add_test(NAME windows.tray_app_smoke COMMAND ${CMAKE_CURRENT_LIST_DIR}/smoke_tray_app_under_wine.sh ${CMAKE_BINARY_DIR})
set_tests_properties(windows.tray_app_smoke PROPERTIES LABELS windows TIMEOUT 180 RUN_SERIAL TRUE)
