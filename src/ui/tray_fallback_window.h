#pragma once
// The small status window: the app's face when no tray exists, and what a second `respite` start raises.
#include "ui/tray_menu.h"

#include <wx/frame.h>

class wxButton;
class wxStaticText;

namespace respite::ui {

/// A compact frame titled "Respite": the status line, Take a break, Pause/Resume, and the full menu.
class TrayFallbackWindow : public wxFrame {
public:
    /// `menu` is the shared tray menu (popped up by the Menu button); `actions` run the buttons.
    TrayFallbackWindow(wxMenu* menu, const TrayActions& actions, const std::string& icon_theme_path);
    /// Shows `line` and switches the pause button to Resume while `paused`.
    void set_status(const std::string& line, bool paused);
    /// Closing hides the window while a tray icon exists, else minimises it (the app stays reachable).
    void set_tray_present(bool present) { tray_present_ = present; }
    /// Shows, de-iconises and raises the window.
    void present();

private:
    wxMenu* menu_;
    TrayActions actions_;
    wxStaticText* status_ = nullptr;
    wxButton* pause_ = nullptr;
    bool paused_ = false;
    bool tray_present_ = false;
};

} // namespace respite::ui
