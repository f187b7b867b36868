#pragma once
// Port for the tray icon (DESIGN.md §7): the menu belongs to the UI layer, the icon to the OS adapter.
#include <functional>
#include <memory>
#include <string>

namespace respite {

/// Which variant of the icon the tray shows.
enum class TrayIconState { normal, break_soon, paused, after_hours };

/// The icon's name in the hicolor theme for a state ("respite", "respite-break-soon", ...).
inline std::string tray_icon_name(TrayIconState state) {
    switch (state) {
    case TrayIconState::break_soon:
        return "respite-break-soon";
    case TrayIconState::paused:
        return "respite-paused";
    case TrayIconState::after_hours:
        return "respite-after-hours";
    case TrayIconState::normal:
        break;
    }
    return "respite";
}

/// A tray icon whose menu is owned elsewhere. All calls on the GUI thread.
class Tray {
public:
    /// The tray host appeared (true) or went away (false) after show(); e.g. to show a window instead.
    std::function<void(bool connected)> on_connection_changed;

    /// Virtual destructor: owned through std::unique_ptr<Tray>; destroying it removes the icon.
    virtual ~Tray() = default;
    /// Shows the icon variant for `state`; `description` is its accessible text (already translated).
    virtual void set_state(TrayIconState state, const std::string& description) = 0;
    /// Sets the item's title / tooltip (already translated).
    virtual void set_title(const std::string& title) = 0;
    /// Makes the item visible (registers it with the tray host).
    virtual void show() = 0;
    /// Whether a tray host is currently connected to the item.
    virtual bool connected() const = 0;
};

/// A StatusNotifierItem through libayatana-appindicator3 showing `gtk_menu` (a GtkMenu*; on wxGTK a wxMenu's
/// `m_menu`, so clicks arrive as wxEVT_MENU). `icon_theme_path` is a folder holding `hicolor/...` with the
/// respite icons (the build or install tree), empty = the installed theme only. Call show() to register it.
std::unique_ptr<Tray> make_appindicator_tray(void* gtk_menu, const std::string& icon_theme_path);

} // namespace respite
