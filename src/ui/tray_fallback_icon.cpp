#include "ui/tray_fallback_icon.h"

#include <wx/artprov.h>
#include <wx/filename.h>
#include <wx/menu.h>

#include <utility>

namespace respite::ui {

wxBitmapBundle tray_icon_bundle(TrayIconState state, const std::string& icon_theme_path) {
    const wxString name = wxString::FromUTF8(tray_icon_name(state));
    wxVector<wxBitmap> bitmaps;
    if (!icon_theme_path.empty()) {
        for (int size : {16, 22, 24, 32, 48, 64}) {
            const wxString file =
                wxString::Format("%s/hicolor/%dx%d/apps/%s.png", wxString::FromUTF8(icon_theme_path), size, size, name);
            if (wxFileName::FileExists(file)) {
                wxBitmap bmp(file, wxBITMAP_TYPE_PNG);
                if (bmp.IsOk())
                    bitmaps.push_back(bmp);
            }
        }
    }
    if (!bitmaps.empty())
        return wxBitmapBundle::FromBitmaps(bitmaps);
    // Installed: wxGTK's art provider treats unknown ids as icon-theme names.
    return wxArtProvider::GetBitmapBundle(name, wxART_OTHER, wxSize(22, 22));
}

TrayFallbackIcon::TrayFallbackIcon(wxMenu* menu, std::string icon_theme_path)
    : menu_(menu), icon_theme_path_(std::move(icon_theme_path)) {
    // Left click shows the menu too: tray users expect one click to reach it.
    Bind(wxEVT_TASKBAR_LEFT_DOWN, [this](wxTaskBarIconEvent&) { PopupMenu(menu_); });
}

void TrayFallbackIcon::set(TrayIconState state, const std::string& tooltip) {
    if (shown_ && state == state_ && tooltip == tooltip_)
        return;
    shown_ = true;
    state_ = state;
    tooltip_ = tooltip;
    SetIcon(tray_icon_bundle(state, icon_theme_path_), wxString::FromUTF8(tooltip));
}

namespace {

class TaskbarTray : public Tray {
public:
    TaskbarTray(wxMenu* menu, std::string icon_theme_path, std::string name)
        : icon_(std::make_unique<TrayFallbackIcon>(menu, std::move(icon_theme_path))), name_(std::move(name)) {}
    ~TaskbarTray() override { icon_->RemoveIcon(); }
    TaskbarTray(const TaskbarTray&) = delete;
    TaskbarTray& operator=(const TaskbarTray&) = delete;

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
    }
    bool connected() const override { return true; }
    std::string name() const override { return name_; }

private:
    void update() {
        if (shown_)
            icon_->set(state_, status_.empty() ? title_ : title_ + " · " + status_);
    }

    std::unique_ptr<TrayFallbackIcon> icon_;
    std::string name_;
    TrayIconState state_ = TrayIconState::normal;
    std::string title_;
    std::string status_;
    bool shown_ = false;
};

} // namespace

std::unique_ptr<Tray> make_taskbar_tray(wxMenu* menu, std::string icon_theme_path, std::string name) {
    return std::make_unique<TaskbarTray>(menu, std::move(icon_theme_path), std::move(name));
}

} // namespace respite::ui
