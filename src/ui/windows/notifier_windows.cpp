// Notifications on Windows: balloons of the tray icon through wxNotificationMessage (with mingw, wx has no WinRT
// toasts; Windows 10/11 render balloons as toasts, DESIGN.md §11). A balloon has no buttons, so the whole balloon
// is the notification's first action: a click runs it ("Start now" for a heads-up opens the break it announces),
// and its label closes the text. No tray icon, no balloons: available() is false and the app shows its own popup.
// It lives in the UI layer because it uses wx; platform/notifier.h is the port it implements.
#include "platform/notifier.h"
#include "ui/windows/balloon_icon.h"

#include <wx/app.h>
#include <wx/notifmsg.h>
#include <wx/taskbar.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace respite {
namespace {

int balloon_flags(Urgency urgency) {
    return urgency == Urgency::critical ? wxICON_WARNING : wxICON_INFORMATION;
}

int balloon_timeout(int timeout_ms) {
    if (timeout_ms < 0)
        return wxNotificationMessage::Timeout_Auto;
    if (timeout_ms == 0)
        return wxNotificationMessage::Timeout_Never;
    return std::max(1, timeout_ms / 1000);
}

class BalloonNotifier final : public Notifier {
public:
    ~BalloonNotifier() override { close_current(); }

    bool available() override {
        const wxTaskBarIcon* icon = ui::balloon_icon();
        return icon && icon->IsIconInstalled();
    }

    bool supports_actions() override { return available(); }

    bool show(const Notification& n, std::function<void(const std::string& key)> on_action) override {
        if (!available())
            return false;
        // One balloon at a time per icon: the new one replaces whatever shows.
        close_current();
        wxString body = wxString::FromUTF8(n.body);
        std::string key;
        if (!n.actions.empty()) {
            key = n.actions.front().key;
            body += "\n" + wxString::FromUTF8("▸ ") + wxString::FromUTF8(n.actions.front().label);
        }
        auto message = std::make_unique<wxNotificationMessage>(wxString::FromUTF8(n.title), body);
        message->SetFlags(balloon_flags(n.urgency));
        // Run later, not inside wx's balloon handler, which still uses the message after it returns.
        message->Bind(wxEVT_NOTIFICATION_MESSAGE_CLICK, [key, on_action = std::move(on_action)](wxCommandEvent&) {
            if (!key.empty() && on_action)
                wxTheApp->CallAfter([key, on_action] { on_action(key); });
        });
        if (!message->Show(balloon_timeout(n.timeout_ms)))
            return false;
        current_ = std::move(message);
        current_tag_ = n.tag;
        return true;
    }

    void close(const std::string& tag) override {
        if (current_ && current_tag_ == tag)
            close_current();
    }

private:
    // Close() unbinds the message from the icon (wx binds each shown balloon to it) before it is deleted.
    void close_current() {
        if (!current_)
            return;
        if (ui::balloon_icon())
            current_->Close();
        current_.reset();
        current_tag_.clear();
    }

    std::unique_ptr<wxNotificationMessage> current_;
    std::string current_tag_;
};

} // namespace

std::unique_ptr<Notifier> make_notifier(const std::string&, const std::string&) {
    return std::make_unique<BalloonNotifier>();
}

} // namespace respite
