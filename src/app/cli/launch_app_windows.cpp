// find_tray_app / start_detached on Windows: the program's own folder (GetModuleFileNameW), CreateProcessW
// detached from this console.
#include "app/cli/launch_app.h"
#include "platform/windows/text_windows.h"

#include <windows.h>

#include <string>

namespace respite::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_tray_app(const fs::path& libexec_dir) {
    // Installed (Program Files\Respite) and in the build tree alike, the tray app is beside respite.exe.
    const fs::path self = platform::windows::this_program();
    for (const fs::path& folder : {self.parent_path(), libexec_dir}) {
        if (folder.empty())
            continue;
        const fs::path app = folder / "respite-app.exe";
        const DWORD attributes = GetFileAttributesW(app.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY))
            return app;
    }
    return std::nullopt;
}

std::string start_detached(const fs::path& app) {
    // No console, no inherited handles: a script reading this command's output is not held open by the app.
    std::wstring command = L"\"" + app.native() + L"\"";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(app.c_str(), command.data(), nullptr, nullptr, FALSE,
                        DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP, nullptr, nullptr, &startup, &process)) {
        const DWORD error = GetLastError();
        return platform::windows::narrow(app.native()) + ": cannot start it (Windows error " + std::to_string(error) +
               ")";
    }
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return {};
}

} // namespace respite::cli
