// platform/time_zones.h on Windows: date/tz parses the IANA text database shipped in `tzdata\` beside the
// program (scripts/build_windows_deps.sh), with CLDR's windowsZones.xml for Windows' own zone names.
#include "platform/time_zones.h"

#include "platform/windows/text_windows.h"

#include <date/tz.h>

#include <string>

namespace respite::platform {
namespace {

// date/tz opens its files with narrow (ANSI) names: a folder whose name the code page cannot spell is handed over
// by its short 8.3 name, which is ASCII.
std::string narrow_for_ansi_apis(const std::filesystem::path& folder) {
    const std::wstring& wide = folder.native();
    BOOL lossy = FALSE;
    const int n = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, nullptr, 0, nullptr, &lossy);
    if (!lossy && n > 0) {
        std::string out(static_cast<std::size_t>(n), '\0');
        WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, out.data(), n, nullptr, nullptr);
        out.resize(static_cast<std::size_t>(n - 1));
        return out;
    }
    std::wstring shorter(32768, L'\0');
    const DWORD m = GetShortPathNameW(wide.c_str(), shorter.data(), static_cast<DWORD>(shorter.size()));
    shorter.resize(m);
    return windows::narrow(shorter);
}

} // namespace

std::filesystem::path bundled_time_zones() {
    const auto program = windows::this_program();
    return program.empty() ? std::filesystem::path() : program.parent_path() / "tzdata";
}

void use_bundled_time_zones() {
    const auto folder = bundled_time_zones();
    if (!folder.empty())
        date::set_install(narrow_for_ansi_apis(folder));
}

} // namespace respite::platform
