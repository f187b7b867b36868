#pragma once
// Port: the terminal the command line prints to. Respite's text is UTF-8 ("Focus · 12m left", paths). POSIX
// terminals take it as it is (posix/console_posix.cpp); a Windows console shows its code page (437, 850, 1252...)
// unless told otherwise (platform/windows/). GUI-free: the command line links it (respite_platform_base).

#include <string>
#include <vector>

namespace respite::platform {

/// Makes the console show UTF-8 output for this process's life (Windows: the console's output code page, restored
/// at exit); elsewhere nothing. Call first thing in main.
void use_utf8_console();

/// The program's arguments in UTF-8. POSIX: argv as it is. Windows: read again from the UTF-16 command line, since
/// argv spells a name outside the ANSI code page ("Übung" on a Greek system, any CJK name) as question marks.
std::vector<std::string> utf8_arguments(int argc, char** argv);

} // namespace respite::platform
