#pragma once
// The tray menu controller: one long-lived wxMenu (status line + actions) shown through the tray the OS's factory
// gives (src/ui/system_tray.h), else a small status window.
#include "core/settings.h"
#include "core/status.h"
#include "platform/tray.h"
#include "ui/asset_paths.h"
#include "ui/system_tray.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

class wxMenu;

namespace respite::ui {

/// What the menu's items do; the app forwards them to the engine. Unset callbacks are ignored.
struct TrayActions {
    std::function<void(BreakKind)> take_break;         ///< Take a break now ▸ Micro-break / Rest break
    std::function<void(int minutes)> meditate;         ///< Quick meditation ▸ 1 / 3 / 5 min
    std::function<void()> stop_breathing;              ///< Stop breathing (shown while a session runs)
    std::function<void(BreathingPattern)> set_pattern; ///< Breathing pattern ▸ (radio)
    std::function<void()> toggle_focus;                ///< Start / Stop focus session
    std::function<void()> toggle_reading;              ///< Reading or watching (check item; the app reads the status)
    std::function<void(Duration)> pause_for;           ///< Pause ▸ 30 min / 1 hour / 2 hours
    std::function<void()> pause_until_tomorrow;        ///< Pause ▸ Until tomorrow
    std::function<void()> resume;                      ///< Resume (shown instead of Pause ▸ while paused)
    std::function<void()> statistics;                  ///< Statistics… (no item when unset: no history store)
    std::function<void()> settings, about, quit;       ///< Settings…, About, Quit
};

/// Owns the menu and the tray. GUI thread only; create after wxApp::OnInit has started.
class TrayMenu {
public:
    /// Builds the menu and shows it through the tray `make_tray` creates (the composition root passes the OS's
    /// make_system_tray), or the status window when it creates none. `icon_theme_path` is a folder holding hicolor/.
    TrayMenu(TrayActions actions, const TrayFactory& make_tray, std::string icon_theme_path = icon_theme_dir());
    /// Removes the tray icon and the status window.
    ~TrayMenu();
    TrayMenu(const TrayMenu&) = delete;
    TrayMenu& operator=(const TrayMenu&) = delete;

    /// New engine status or settings: refreshes the status line, icon, focus/pause/breathing/reading items and
    /// pattern radio.
    void update(const Status& status, const Settings& settings);
    /// Runs `fn` once, on the GUI thread, when the user can see the tray: at once for the XEmbed icon and the
    /// status window, after the StatusNotifierItem's registration reached the watcher, or after `timeout` if the
    /// watcher does not answer. The app starts what the tray does not need only then.
    void when_shown(std::function<void()> fn, std::chrono::milliseconds timeout);
    /// What a second `respite` start triggers: shows (raises) the status window with the menu's actions.
    void popup();
    /// What the About box names as the tray in use ("StatusNotifierItem", "XEmbed", "status window").
    std::string tray_name() const;
    /// Whether an icon sits in a tray (false: the status window stands in for it).
    bool has_tray_icon() const;
    /// The current status line text (UTF-8, translated).
    std::string status_line() const;
    /// The long-lived menu (for tests and the status window).
    wxMenu* menu() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The status line for `status` as of `now` (extrapolating counters from status.at), e.g.
/// "Micro-break in 12 min · Rest in 38 min", "Paused until 14:30", "After hours · 35 min overtime today",
/// "Reading mode until 16:40 · Micro-break in 12 min · Rest in 38 min".
std::string format_status_line(const Status& status, const Settings& settings, WallTime now);
/// The icon variant for `status` as of `now`: paused, break_soon (a prompt), focus (a focus session runs),
/// break_soon (< 2 min or waiting), after_hours, normal.
TrayIconState tray_icon_state(const Status& status, WallTime now);
/// The screen time until the next break of `b`, extrapolated from `status.at` to `now` while counting.
Duration extrapolated_due_in(const Status& status, const BreakStatus& b, WallTime now);
/// How long after `now` the status line can next change (a minute boundary); nullopt while it is static.
std::optional<Duration> next_status_change(const Status& status, WallTime now);

} // namespace respite::ui
