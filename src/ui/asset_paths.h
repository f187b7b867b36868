#pragma once
// Where Respite's data files are: the user's copy, the install prefix next to the executable,
// the configured install prefix, then the source tree (when run from a build directory). Looked up once.
#include <filesystem>
#include <string>

#include <wx/iconbndl.h>

namespace respite::ui {

/// The first existing `share/respite/<relative>` (or assets/<relative> in the source tree); empty if none.
std::filesystem::path find_data_file(const std::string& relative);
/// The folder with chime.wav for make_sound(); empty if none is found.
std::filesystem::path sounds_dir();
/// The folder holding hicolor/ with Respite's icons: $RESPITE_ICON_DIR, else the executable's prefix's
/// share/icons, else the source tree's assets/icons (run from a build tree), else an assets/icons above the
/// executable (a relocated tree), else "" (the installed hicolor theme). Found once per process.
std::string icon_theme_dir();
/// The application icon in every size found (hicolor "respite"); empty bundle if none.
wxIconBundle app_icons();

} // namespace respite::ui
