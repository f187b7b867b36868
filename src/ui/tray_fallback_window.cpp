#include "ui/tray_fallback_window.h"

#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/tray_fallback_icon.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/iconbndl.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <chrono>

namespace respite::ui {
namespace {

// Runs an action after the current event: it may close or destroy this window.
void run_later(const std::function<void()>& fn) {
    if (fn)
        wxTheApp->CallAfter([fn] { fn(); });
}

} // namespace

TrayFallbackWindow::TrayFallbackWindow(wxMenu* menu, const TrayActions& actions, const std::string& icon_theme_path)
    : wxFrame(nullptr, wxID_ANY, "Respite", wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE & ~(wxMAXIMIZE_BOX | wxRESIZE_BORDER)),
      menu_(menu), actions_(actions) {
    const Palette palette = current_palette();
    wxIconBundle icons;
    const wxBitmapBundle bundle = tray_icon_bundle(TrayIconState::normal, icon_theme_path);
    for (int size : {16, 32, 48, 64}) {
        wxIcon icon;
        icon.CopyFromBitmap(bundle.GetBitmap(wxSize(size, size)));
        if (icon.IsOk())
            icons.AddIcon(icon);
    }
    if (!icons.IsEmpty())
        SetIcons(icons);

    auto* panel = new wxPanel(this);
    panel->SetBackgroundColour(palette.background);
    auto* column = new wxBoxSizer(wxVERTICAL);

    auto* title = new wxStaticText(panel, wxID_ANY, _("Respite"));
    title->SetFont(scaled_font(1.3, wxFONTWEIGHT_BOLD));
    title->SetForegroundColour(palette.text);
    column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));

    status_ =
        new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(320), -1), wxST_NO_AUTORESIZE);
    status_->SetForegroundColour(palette.muted);
    status_->SetName(_("Status"));
    column->Add(status_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 16));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* take = new wxButton(panel, wxID_ANY, _("Take a &break"));
    pause_ = new wxButton(panel, wxID_ANY, _("&Pause 30 min"));
    auto* more = new wxButton(panel, wxID_ANY, wxString::FromUTF8(tr("&Menu…")));
    buttons->Add(take, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(pause_, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(more);
    column->Add(buttons, wxSizerFlags().Border(wxALL, 16));
    panel->SetSizer(column);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, wxSizerFlags(1).Expand());
    SetSizerAndFit(outer);
    take->SetDefault();

    take->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (actions_.take_break)
            run_later([fn = actions_.take_break] { fn(BreakKind::micro); });
    });
    pause_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (paused_)
            run_later(actions_.resume);
        else if (actions_.pause_for)
            run_later([fn = actions_.pause_for] { fn(std::chrono::minutes(30)); });
    });
    more->Bind(wxEVT_BUTTON, [this, more](wxCommandEvent&) {
        const wxRect r = more->GetRect();
        more->GetParent()->PopupMenu(menu_, r.GetLeft(), r.GetBottom());
    });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (!event.CanVeto()) {
            event.Skip();
            return;
        }
        if (tray_present_)
            Hide();
        else
            Iconize(true);
    });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE)
            Close();
        else
            event.Skip();
    });
    Centre();
}

void TrayFallbackWindow::set_status(const std::string& line, bool paused) {
    const wxString text = wxString::FromUTF8(line);
    if (status_->GetLabel() != text)
        status_->SetLabel(text);
    if (paused != paused_ || pause_->GetLabel().empty()) {
        paused_ = paused;
        pause_->SetLabel(paused ? _("&Resume") : _("&Pause 30 min"));
        Layout();
    }
}

void TrayFallbackWindow::present() {
    if (IsIconized())
        Iconize(false);
    Show();
    Raise();
}

} // namespace respite::ui
