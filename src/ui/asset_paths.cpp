#include "ui/asset_paths.h"

#include <wx/filename.h>
#include <wx/image.h>
#include <wx/stdpaths.h>

#include <cstdlib>
#include <vector>

namespace respite::ui {

namespace {
namespace fs = std::filesystem;

fs::path executable() {
    return fs::path(wxStandardPaths::Get().GetExecutablePath().utf8_string());
}

// The prefix an installed executable lives under (…/bin/respite-app -> …).
fs::path exe_prefix() {
    return executable().parent_path().parent_path();
}

// Roots that hold what an install puts under share/ (the source tree's assets/ mirrors share/respite/).
std::vector<fs::path> share_roots() {
    return {exe_prefix() / "share", fs::path(RESPITE_INSTALL_DATA_DIR).parent_path()};
}

bool has_respite_icons(const fs::path& icons) {
    std::error_code ec;
    return fs::exists(icons / "hicolor/scalable/apps/respite.svg", ec) ||
           fs::exists(icons / "hicolor/48x48/apps/respite.png", ec);
}

std::string find_icon_theme_dir() {
    if (const char* env = std::getenv("RESPITE_ICON_DIR"); env && *env)
        return env;
    // Installed under a prefix (bin/respite, share/icons/hicolor): that prefix's icons, even when it is not on
    // XDG_DATA_DIRS.
    if (const fs::path installed = exe_prefix() / "share/icons"; has_respite_icons(installed))
        return installed.string();
    std::error_code ec;
    // Running from the build tree: the source assets are next to it.
    const fs::path build_icons = fs::path(RESPITE_BUILD_ASSETS_DIR) / "icons";
    if (fs::is_directory(build_icons / "hicolor", ec) && !executable().string().starts_with("/usr/"))
        return build_icons.string();
    // Otherwise walk up from the executable looking for assets/icons (a relocated tree).
    fs::path dir = executable().parent_path();
    for (int i = 0; i < 5 && dir.has_relative_path(); ++i, dir = dir.parent_path())
        if (fs::is_directory(dir.parent_path() / "assets/icons/hicolor", ec))
            return (dir.parent_path() / "assets/icons").string();
    return {};
}
} // namespace

std::filesystem::path find_data_file(const std::string& relative) {
    std::vector<fs::path> candidates;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0')
        candidates.push_back(fs::path(data) / "respite" / relative);
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        candidates.push_back(fs::path(home) / ".local/share/respite" / relative);
    for (const auto& root : share_roots())
        candidates.push_back(root / "respite" / relative);
    candidates.push_back(fs::path(RESPITE_BUILD_ASSETS_DIR) / relative);
    std::error_code ec;
    for (const auto& c : candidates)
        if (fs::exists(c, ec))
            return c;
    return {};
}

std::filesystem::path sounds_dir() {
    return find_data_file("sounds");
}

std::string icon_theme_dir() {
    // The executable and the install layout do not change while the process runs.
    static const std::string dir = find_icon_theme_dir();
    return dir;
}

wxIconBundle app_icons() {
    wxIconBundle icons;
    if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr)
        wxImage::AddHandler(new wxPNGHandler);
    // Respite's own icon folder, else the configured install prefix's theme.
    const std::string own = icon_theme_dir();
    const fs::path root =
        !own.empty() ? fs::path(own) / "hicolor" : fs::path(RESPITE_INSTALL_DATA_DIR).parent_path() / "icons/hicolor";
    std::error_code ec;
    for (const char* size : {"22x22", "48x48", "64x64", "128x128"}) {
        const auto file = root / size / "apps/respite.png";
        if (fs::is_regular_file(file, ec))
            icons.AddIcon(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
    }
    return icons;
}

} // namespace respite::ui
