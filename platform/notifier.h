#pragma once
// Port for desktop notifications (freedesktop Notifications through libnotify on Linux).
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace respite {

/// How insistent a notification is.
enum class Urgency { low, normal, critical };

/// A button on a notification: `key` comes back to the callback, `label` is shown (already translated).
struct NotificationAction {
    std::string key;
    std::string label;
};

/// One notification. A later show() with the same tag replaces it.
struct Notification {
    std::string tag;   ///< identifies it for replace/close ("heads-up", "cutoff", ...)
    std::string title; ///< already translated
    std::string body;  ///< already translated, plain text
    Urgency urgency = Urgency::normal;
    std::vector<NotificationAction> actions; ///< only shown when supports_actions()
    int timeout_ms = -1;                     ///< -1 = the server's default, 0 = never expires
};

/// Shows desktop notifications. All calls and callbacks on the GUI thread.
class Notifier {
public:
    /// Virtual destructor: owned through std::unique_ptr<Notifier>; closes what it showed.
    virtual ~Notifier() = default;
    /// Whether a notification server answers now (else the UI shows its own popup).
    virtual bool available() = 0;
    /// Whether the server shows action buttons (its "actions" capability).
    virtual bool supports_actions() = 0;
    /// Shows or replaces the notification `n.tag`; `on_action(key)` runs when a button is clicked.
    /// Returns false when no server took it (the caller falls back to its own popup).
    virtual bool show(const Notification& n, std::function<void(const std::string& key)> on_action) = 0;
    /// Closes the notification `tag` if it is still shown.
    virtual void close(const std::string& tag) = 0;
};

/// The libnotify notifier; `app_name` is sent as the application name, `icon_name` as the icon.
std::unique_ptr<Notifier> make_notifier(const std::string& app_name = "Respite",
                                        const std::string& icon_name = "respite");

} // namespace respite
