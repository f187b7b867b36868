#pragma once
// Port for the tray icon (DESIGN.md §1): the menu belongs to the UI layer, the icon to the OS adapter.
#include <functional>
#include <memory>
#include <string>

namespace respite {

/// Which variant of the icon the tray shows.
enum class TrayIconState { normal, break_soon, paused, after_hours, focus };

/// The icon's name in the hicolor theme for a state ("respite", "respite-break-soon", ...).
inline std::string tray_icon_name(TrayIconState state) {
    switch (state) {
    case TrayIconState::break_soon:
        return "respite-break-soon";
    case TrayIconState::paused:
        return "respite-paused";
    case TrayIconState::after_hours:
        return "respite-after-hours";
    case TrayIconState::focus:
        return "respite-focus";
    case TrayIconState::normal:
        break;
    }
    return "respite";
}

/// A tray icon whose menu is owned elsewhere (the UI layer hands it to the OS's tray when creating it; see
/// src/ui/system_tray.h). All calls on the GUI thread.
class Tray {
public:
    /// After show(): the user can reach the icon again (true) or no longer (false, e.g. the panel went away and the
    /// session has no other tray to fall back on; the app then shows a window instead).
    std::function<void(bool reachable)> on_connection_changed;

    /// Virtual destructor: owned through std::unique_ptr<Tray>; destroying it removes the icon.
    virtual ~Tray() = default;
    /// Shows the icon variant for `state`; `description` is its accessible text (already translated).
    virtual void set_state(TrayIconState state, const std::string& description) = 0;
    /// Sets the item's title / tooltip (already translated).
    virtual void set_title(const std::string& title) = 0;
    /// The status line (translated), for trays that show it beside the title (a tooltip); others ignore it.
    virtual void set_status(const std::string& line) = 0;
    /// Makes the item visible (registers it with the tray host).
    virtual void show() = 0;
    /// Whether the user can reach the icon now (a tray host is connected to it).
    virtual bool connected() const = 0;
    /// What the About box names as the tray in use ("StatusNotifierItem", "XEmbed", ...).
    virtual std::string name() const = 0;
};

} // namespace respite
