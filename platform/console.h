#pragma once
// Port: the terminal the command line prints to. Respite's text is UTF-8 ("Focus · 12m left", paths). POSIX
// terminals take it as it is (posix/console_posix.cpp); a Windows console shows its code page (437, 850, 1252...)
// unless told otherwise (platform/windows/). GUI-free: the command line links it (respite_platform_base).

namespace respite::platform {

/// Makes the console show UTF-8 output for this process's life (Windows: the console's output code page, restored
/// at exit); elsewhere nothing. Call first thing in main.
void use_utf8_console();

} // namespace respite::platform
