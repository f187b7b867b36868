#pragma once
// wx's own tray icon (wxTaskBarIcon: the XEmbed tray on X11) showing the shared long-lived menu (never deleted
// by wx), and the Tray port over it.
#include "platform/tray.h"

#include <wx/taskbar.h>

#include <memory>
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

/// The Tray port over a TrayFallbackIcon: the tooltip is the title and the status line; always connected (wx
/// docks it when the tray host appears). `name` is what the About box calls it ("XEmbed").
std::unique_ptr<Tray> make_taskbar_tray(wxMenu* menu, std::string icon_theme_path, std::string name);

/// The icon for `state` at the usual sizes, from `icon_theme_path`/hicolor/<n>x<n>/apps or the icon theme.
wxBitmapBundle tray_icon_bundle(TrayIconState state, const std::string& icon_theme_path);

} // namespace respite::ui
