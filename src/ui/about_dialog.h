#pragma once
// The About box: version, the backends in use, links.
#include <string>

namespace respite::ui {

/// What the About box names.
struct AboutInfo {
    std::string version;      ///< "0.1.0"
    std::string idle_backend; ///< e.g. "ext-idle-notify-v1 (Wayland)", "XScreenSaver (X11)"
    std::string tray_backend; ///< e.g. "StatusNotifierItem", "XEmbed", "status window"
    std::string website;      ///< project link; empty = none shown
};

/// Shows the About box (non-modal; a second call raises the open one).
void show_about(const AboutInfo& info);

} // namespace respite::ui
