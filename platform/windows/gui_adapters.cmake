# Windows adapters of the tray app (idle, session, power, clock, busy, sound): Win32, no wx. Included from
# platform/CMakeLists.txt when RESPITE_GUI is on. The notifier and the tray need wx: they are src/ui/windows/.
add_library(respite_platform STATIC
    ${CMAKE_CURRENT_LIST_DIR}/hidden_window_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/idle_monitor_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_monitor_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clock_monitor_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/system_clock_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/busy_monitor_windows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sound_windows.cpp)
target_include_directories(respite_platform PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/src)
# respite_platform_base: the capped file reader (sound) and the Windows API level it defines.
target_link_libraries(respite_platform PUBLIC respite_core respite_platform_base wtsapi32 winmm shell32 user32 powrprof)
