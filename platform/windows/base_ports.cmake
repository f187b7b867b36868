# respite_platform_base on Windows (included by platform/CMakeLists.txt).
# The GUI-free Windows ports: Known Folders, ReplaceFileW/MoveFileExW, the named pipe (Asio overlapped I/O),
# ReadDirectoryChangesW, the bundled tzdata. Windows 10 API level; windows.h without winsock 1 (Asio's
# winsock2.h must come first) and without min/max macros.
target_sources(respite_platform_base PRIVATE windows/text_windows.cpp windows/user_sid_windows.cpp
    windows/paths_windows.cpp windows/file_io_windows.cpp windows/pipe_windows.cpp
    windows/control_channel_server_windows.cpp windows/control_channel_client_windows.cpp
    windows/process_signals_windows.cpp windows/file_watch_windows.cpp windows/time_zones_windows.cpp
    windows/malloc_arenas_windows.cpp windows/memory_windows.cpp windows/console_windows.cpp
    windows/autostart_run_key_windows.cpp)
# The registry policy layer (HKLM/HKCU\Software\Policies\Respite and ...\Recommended).
target_sources(respite_platform_base PRIVATE windows/policy_registry_windows.cpp)
target_compile_definitions(respite_platform_base PUBLIC _WIN32_WINNT=0x0A00 WINVER=0x0A00 WIN32_LEAN_AND_MEAN
    NOMINMAX)
# Asio on Windows needs Winsock even for handles; the rest are the system DLLs of the calls above.
target_link_libraries(respite_platform_base PUBLIC date::date-tz ws2_32 mswsock advapi32 shell32 ole32)
