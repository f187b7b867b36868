#pragma once
// From the engine's effects to what the user sees (DESIGN.md §2): each batch of effects, with the status it
// produced, becomes notifications, sounds and windows, one window at a time in the order the engine decided. The
// status is the truth about the windows; the router keeps no engine state of its own beyond the latest Status.
// Its collaborators are ports (Notifier, Sound, IdleMonitor, BusyMonitor, WindowPresenter), so a unit test drives
// it with platform/fake and no display. GUI thread only.
#include "app/window_presenter.h"
#include "core/effect.h"
#include "core/event.h"
#include "core/settings.h"
#include "core/status.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace respite {
class BusyMonitor;
class IdleMonitor;
class Notifier;
class Sound;
namespace ui {
struct MessageText;
}
} // namespace respite

namespace respite::app {

/// Routes effects and status to notifications and windows.
class EffectRouter {
public:
    /// What the router talks to. `windows` and `post` are required; a null port leaves its part out.
    struct Ports {
        WindowPresenter* windows = nullptr;
        Notifier* notifier = nullptr;    ///< desktop notifications; without a server the popup shows them
        Sound* sound = nullptr;          ///< the end-of-break sound
        IdleMonitor* idle = nullptr;     ///< whether input is seen at all (always_present: the app holds idle)
        BusyMonitor* busy = nullptr;     ///< its camera is checked at a heads-up
        std::function<void(Event)> post; ///< to the engine (notification buttons, presence held for a break)
    };
    /// A notification button: its translated label and what it does.
    using Action = std::pair<std::string, std::function<void()>>;

    /// `settings` is the composition root's, read at each effect (it must outlive the router).
    EffectRouter(Ports ports, const Settings& settings);
    EffectRouter(const EffectRouter&) = delete;
    EffectRouter& operator=(const EffectRouter&) = delete;

    /// One batch from the engine with the status it produced (EngineDriver::Sinks::effects): every window is built
    /// from this status, never from an older one.
    void on_effects(const std::vector<Effect>& effects, const Status& status);
    /// A status with no effect (EngineDriver::Sinks::status): tray and windows follow it.
    void on_status(const Status& status);
    /// The settings changed (reload, the tray's pattern choice): the tray shows them.
    void settings_changed();
    /// The latest status received.
    const Status& status() const { return status_; }

    /// Shows `text` as a desktop notification `tag` (a later one with the same tag replaces it), or in the popup
    /// when no notification server takes it. Buttons appear where the server shows them, always in the popup.
    void notify(const std::string& tag, const ui::MessageText& text, std::vector<Action> actions = {});
    /// Shows the first-start welcome window.
    void show_welcome(const ui::WelcomeFacts& facts);

    /// The breathing window closed by itself or by the user (not by the router): an early close ends the session.
    void breathing_window_closed(bool completed);
    /// The next breathing session uses `pattern` (`respite breathe --pattern`), once.
    void use_pattern_once(BreathingPattern pattern);
    /// Breathing sessions use `pattern` (the tray's Breathing pattern ▸ choice).
    void use_pattern(BreathingPattern pattern);
    /// The next breathing session was asked for by Quick meditation (its window is titled so).
    void next_is_quick_meditation();

private:
    void on_effect(const Effect& effect);
    void sync_windows();
    void show_break();
    void close_breathing();
    void hold_idle_for_break(bool window_open);

    Ports ports_;
    const Settings& settings_;
    Status status_;
    std::optional<BreathingPattern> next_pattern_;    ///< one-shot, from `respite breathe --pattern`
    std::optional<BreathingPattern> session_pattern_; ///< the tray's Breathing pattern ▸ choice
    bool next_quick_meditation_ = false;              ///< the next breathing window was asked for by Quick meditation
    bool closing_breathing_ = false;                  ///< the router itself closes the breathing window
    bool breathing_stop_sent_ = false; ///< the window closed early; the engine has not ended the session yet
    bool idle_held_ = false;           ///< posted idle for a break window because the idle backend sees no input
    int overtime_nth_ = 0;             ///< overtime reminders today (their tone escalates)
};

} // namespace respite::app
