#pragma once
// The StatusNotifierItem tray on Linux (libayatana-appindicator3), for the UI's Linux tray factory.
#include "platform/tray.h"

#include <gtk/gtk.h>

#include <memory>
#include <string>

namespace respite {

/// A StatusNotifierItem showing `menu` (on wxGTK a wxMenu's GtkMenu, so clicks arrive as wxEVT_MENU).
/// `icon_theme_path` is a folder holding `hicolor/...` with the respite icons (the build or install tree), empty =
/// the installed theme only. When the watcher goes away, appindicator falls back to an XEmbed icon if the session
/// has an XEmbed tray; only without one is the item reported unreachable. Call show() to register it.
std::unique_ptr<Tray> make_appindicator_tray(GtkMenu* menu, const std::string& icon_theme_path);

} // namespace respite
