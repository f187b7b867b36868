#pragma once
// Respite's own small popup (bottom-right of the primary display), used when no notification
// server answers. Non-modal, does not take focus, hides itself after a timeout.
#include "core/time.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace respite::ui {

/// One button on the popup.
struct PopupAction {
    std::string label;         ///< translated
    std::function<void()> run; ///< called on the GUI thread; the popup closes afterwards
};

/// What the popup shows.
struct PopupMessage {
    std::string title;                          ///< translated
    std::string body;                           ///< translated
    std::vector<PopupAction> actions;           ///< at most 2 are shown
    Duration timeout = std::chrono::seconds(8); ///< 0 = stay until closed
};

/// Shows one popup at a time (a new message replaces the old one). Owned by the app.
class NotificationPopup {
public:
    /// Shows nothing yet.
    NotificationPopup();
    /// Closes the popup if open.
    ~NotificationPopup();
    NotificationPopup(const NotificationPopup&) = delete;
    NotificationPopup& operator=(const NotificationPopup&) = delete;

    /// Shows (or replaces) the popup without stealing focus.
    void show(const PopupMessage& message);
    /// Closes the popup.
    void close();
    /// True while the popup is on screen.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
