#pragma once
// The XEmbed tray fallback: a wxTaskBarIcon showing the shared long-lived menu (never deleted by wx).
#include "platform/tray.h"

#include <wx/taskbar.h>

#include <string>

namespace respite::ui {

/// wxTaskBarIcon (old XEmbed protocol) for sessions without a StatusNotifierWatcher.
class TrayFallbackIcon : public wxTaskBarIcon {
public:
    /// Shows `menu` on left and right click; icons come from `icon_theme_path`/hicolor or the icon theme.
    TrayFallbackIcon(wxMenu* menu, std::string icon_theme_path);
    /// Shows the icon for `state` with `tooltip` (translated); cheap when nothing changed.
    void set(TrayIconState state, const std::string& tooltip);

protected:
    /// The shared menu: wx does not delete what GetPopupMenu() returns.
    wxMenu* GetPopupMenu() override { return menu_; }

private:
    wxMenu* menu_;
    std::string icon_theme_path_;
    TrayIconState state_ = TrayIconState::normal;
    std::string tooltip_;
    bool shown_ = false;
};

/// The icon for `state` at the usual sizes, from `icon_theme_path`/hicolor/<n>x<n>/apps or the icon theme.
wxBitmapBundle tray_icon_bundle(TrayIconState state, const std::string& icon_theme_path);

} // namespace respite::ui
