// The Windows tray: wxTaskBarIcon in the notification area (Shell_NotifyIcon), showing the shared menu on left and
// right click, the title and status line as its tooltip, and carrying the balloon notifications. wx re-adds the
// icon when Explorer restarts (the "TaskbarCreated" message), so it stays reachable.
#include "ui/system_tray.h"
#include "ui/tray_fallback_icon.h"
#include "ui/windows/balloon_icon.h"

#include <wx/artprov.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/notifmsg.h>
#include <wx/taskbar.h>

#include <memory>
#include <utility>

namespace respite::ui {

namespace {
wxTaskBarIcon* g_balloon_icon = nullptr;

// A tooltip holds 127 characters (NOTIFYICONDATA::szTip); longer text is cut at a character, not a byte.
wxString tooltip_text(const std::string& utf8) {
    wxString text = wxString::FromUTF8(utf8);
    if (text.length() > 127)
        text = text.Left(126) + wxString::FromUTF8("…");
    return text;
}

class NotificationAreaIcon : public wxTaskBarIcon {
public:
    NotificationAreaIcon(wxMenu* menu, std::string icon_theme_path)
        : menu_(menu), icon_theme_path_(std::move(icon_theme_path)) {
        // One click shows the menu, as the right click does.
        Bind(wxEVT_TASKBAR_LEFT_DOWN, [this](wxTaskBarIconEvent&) { PopupMenu(menu_); });
    }

    void set(TrayIconState state, const wxString& tooltip) {
        if (shown_ && state == state_ && tooltip == tooltip_)
            return;
        wxBitmapBundle icon = tray_icon_bundle(state, icon_theme_path_);
        if (!icon.IsOk()) // no PNGs beside the program: the system's information icon, never no icon
            icon = wxArtProvider::GetBitmapBundle(wxART_INFORMATION, wxART_OTHER, wxSize(16, 16));
        if (SetIcon(icon, tooltip)) {
            shown_ = true;
            state_ = state;
            tooltip_ = tooltip;
        }
    }

protected:
    // The shared menu: wx does not delete what GetPopupMenu() returns.
    wxMenu* GetPopupMenu() override { return menu_; }

private:
    wxMenu* menu_;
    std::string icon_theme_path_;
    TrayIconState state_ = TrayIconState::normal;
    wxString tooltip_;
    bool shown_ = false;
};

class WindowsTray final : public Tray {
public:
    WindowsTray(wxMenu* menu, std::string icon_theme_path)
        : icon_(std::make_unique<NotificationAreaIcon>(menu, std::move(icon_theme_path))) {}
    ~WindowsTray() override {
        if (balloon_icon() == icon_.get())
            set_balloon_icon(nullptr);
        icon_->RemoveIcon();
    }
    WindowsTray(const WindowsTray&) = delete;
    WindowsTray& operator=(const WindowsTray&) = delete;

    void set_state(TrayIconState state, const std::string&) override {
        state_ = state;
        update();
    }
    void set_title(const std::string& title) override {
        title_ = title;
        update();
    }
    void set_status(const std::string& line) override {
        status_ = line;
        update();
    }
    void show() override {
        shown_ = true;
        update();
        if (icon_->IsIconInstalled()) {
            set_balloon_icon(icon_.get());
        } else if (on_connection_changed) {
            // Shell_NotifyIcon refused (no notification area): the app shows its status window instead.
            on_connection_changed(false);
        }
    }
    bool connected() const override { return icon_->IsIconInstalled(); }
    std::string name() const override { return "notification area"; }

private:
    void update() {
        if (shown_)
            icon_->set(state_, tooltip_text(status_.empty() ? title_ : title_ + "\n" + status_));
    }

    std::unique_ptr<NotificationAreaIcon> icon_;
    TrayIconState state_ = TrayIconState::normal;
    std::string title_;
    std::string status_;
    bool shown_ = false;
};

} // namespace

void set_balloon_icon(wxTaskBarIcon* icon) {
    g_balloon_icon = icon;
    wxNotificationMessage::UseTaskBarIcon(icon);
}

wxTaskBarIcon* balloon_icon() {
    return g_balloon_icon;
}

std::unique_ptr<Tray> make_system_tray(wxMenu* menu, const std::string& icon_theme_path) {
    if (!wxTaskBarIcon::IsAvailable())
        return nullptr; // no Explorer (a kiosk shell): the status window stands in
    if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr)
        wxImage::AddHandler(new wxPNGHandler);
    return std::make_unique<WindowsTray>(menu, icon_theme_path);
}

} // namespace respite::ui
