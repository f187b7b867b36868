#pragma once
// The OS's tray for the tray menu: one factory per OS (src/ui/<os>/system_tray_<os>.cpp), chosen by CMake.
#include "platform/tray.h"

#include <functional>
#include <memory>
#include <string>

class wxMenu;

namespace respite::ui {

/// Creates the tray that shows `menu` (icons from `icon_theme_path`, see icon_theme_dir()), or nullptr when the
/// session has no tray (the app then shows its status window).
using TrayFactory = std::function<std::unique_ptr<Tray>(wxMenu* menu, const std::string& icon_theme_path)>;

/// This OS's tray. Linux: a StatusNotifierItem when a watcher runs, else wx's XEmbed icon when an XEmbed tray
/// exists, else none. Not yet shown: call show().
std::unique_ptr<Tray> make_system_tray(wxMenu* menu, const std::string& icon_theme_path);

} // namespace respite::ui
