// platform/console.h on Windows: the console's output code page becomes UTF-8 (65001) while respite.exe runs.
// The code page belongs to the console, not the process, so the one it had is put back at exit: the shell that
// started us keeps its own. Output to a file or pipe is UTF-8 bytes either way. The arguments are read from the
// UTF-16 command line (CommandLineToArgvW), as UTF-8.
#include "platform/console.h"
#include "platform/windows/text_windows.h"

#include <windows.h>

#include <cstdlib>
#include <shellapi.h>

namespace respite::platform {
namespace {

UINT previous_output_cp = 0;

void restore_output_cp() {
    if (previous_output_cp != 0)
        SetConsoleOutputCP(previous_output_cp);
}

} // namespace

std::vector<std::string> utf8_arguments(int argc, char** argv) {
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (wide == nullptr)
        return {argv, argv + argc}; // out of memory: the ANSI spelling is better than nothing
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back(windows::narrow(wide[i]));
    LocalFree(wide);
    return out;
}

void use_utf8_console() {
    const UINT current = GetConsoleOutputCP(); // 0 without a console
    if (current == 0 || current == CP_UTF8 || !SetConsoleOutputCP(CP_UTF8))
        return;
    previous_output_cp = current;
    std::atexit(restore_output_cp);
}

} // namespace respite::platform
