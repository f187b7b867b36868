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

} // namespace respite::ui
