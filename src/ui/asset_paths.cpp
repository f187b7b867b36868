#include "ui/asset_paths.h"

#include <wx/filename.h>
#include <wx/image.h>
#include <wx/stdpaths.h>

#include <cstdlib>
#include <vector>

namespace respite::ui {

namespace {
std::filesystem::path exe_prefix() {
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    exe.RemoveLastDir();
    return std::filesystem::path(exe.GetPath().utf8_string());
}

// Roots that hold what an install puts under share/ (the source tree's assets/ mirrors share/respite/).
std::vector<std::filesystem::path> share_roots() {
    return {exe_prefix() / "share", std::filesystem::path(RESPITE_INSTALL_DATA_DIR).parent_path()};
}
} // namespace

std::filesystem::path find_data_file(const std::string& relative) {
    std::vector<std::filesystem::path> candidates;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0')
        candidates.push_back(std::filesystem::path(data) / "respite" / relative);
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        candidates.push_back(std::filesystem::path(home) / ".local/share/respite" / relative);
    for (const auto& root : share_roots())
        candidates.push_back(root / "respite" / relative);
    candidates.push_back(std::filesystem::path(RESPITE_BUILD_ASSETS_DIR) / relative);
    std::error_code ec;
    for (const auto& c : candidates)
        if (std::filesystem::exists(c, ec))
            return c;
    return {};
}

std::filesystem::path sounds_dir() {
    return find_data_file("sounds");
}

wxIconBundle app_icons() {
    wxIconBundle icons;
    if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr)
        wxImage::AddHandler(new wxPNGHandler);
    std::vector<std::filesystem::path> roots;
    for (const auto& root : share_roots())
        roots.push_back(root / "icons/hicolor");
    roots.push_back(std::filesystem::path(RESPITE_BUILD_ASSETS_DIR) / "icons/hicolor");
    std::error_code ec;
    for (const auto& root : roots) {
        for (const char* size : {"22x22", "48x48", "64x64", "128x128"}) {
            const auto file = root / size / "apps/respite.png";
            if (std::filesystem::is_regular_file(file, ec))
                icons.AddIcon(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
        }
        if (!icons.IsEmpty())
            break;
    }
    return icons;
}

} // namespace respite::ui
