// platform/console.h on Windows: the console's output code page becomes UTF-8 (65001) while respite.exe runs.
// The code page belongs to the console, not the process, so the one it had is put back at exit: the shell that
// started us keeps its own. Output to a file or pipe is UTF-8 bytes either way.
#include "platform/console.h"

#include <windows.h>

#include <cstdlib>

namespace respite::platform {
namespace {

UINT previous_output_cp = 0;

void restore_output_cp() {
    if (previous_output_cp != 0)
        SetConsoleOutputCP(previous_output_cp);
}

} // namespace

void use_utf8_console() {
    const UINT current = GetConsoleOutputCP(); // 0 without a console
    if (current == 0 || current == CP_UTF8 || !SetConsoleOutputCP(CP_UTF8))
        return;
    previous_output_cp = current;
    std::atexit(restore_output_cp);
}

} // namespace respite::platform
