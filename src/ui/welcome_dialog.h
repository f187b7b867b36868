#pragma once
// The first-start welcome: a small window saying where Respite lives, what it does by default and how to change
// it. The app shows it once and remembers (a marker in the state folder) when it was closed.
#include "core/settings.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace respite::ui {

/// What the welcome window tells.
struct WelcomeFacts {
    Settings settings;       ///< the defaults in use (breaks, workday)
    bool in_tray = true;     ///< Respite is reachable from a tray icon (else: from its small status window)
    std::string config_file; ///< the user's config file, shown as where a change is written
};

/// What the welcome window's buttons do. Unset callbacks are ignored.
struct WelcomeActions {
    std::function<void()> open_settings; ///< "Open Settings…"
    std::function<void()> closed;        ///< the window closed, by any means (the app then remembers it)
};

/// The welcome window's text lines (UTF-8, translated): where Respite lives, the defaults, how to change them.
std::vector<std::string> welcome_lines(const WelcomeFacts& facts);

/// Owns the welcome window; safe after the user closed it.
class WelcomePresenter {
public:
    /// No window yet.
    explicit WelcomePresenter(WelcomeActions actions);
    /// Closes the window if open (without calling `closed`).
    ~WelcomePresenter();
    WelcomePresenter(const WelcomePresenter&) = delete;
    WelcomePresenter& operator=(const WelcomePresenter&) = delete;

    /// Shows the window (without taking the keyboard focus from what the user is doing).
    void show(const WelcomeFacts& facts);
    /// True while the window is open.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
