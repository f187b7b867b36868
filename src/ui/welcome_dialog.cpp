#include "ui/welcome_dialog.h"

#include "ui/asset_paths.h"
#include "ui/i18n.h"
#include "ui/messages.h"
#include "ui/theme.h"

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/weakref.h>

namespace respite::ui {

namespace {
wxString from(const std::string& s) {
    return wxString::FromUTF8(s);
}

std::string utf8(const wxString& s) {
    return s.utf8_string();
}

// A frame, not a dialog: it has no parent window and must not block the tray.
class WelcomeFrame : public wxFrame {
public:
    WelcomeFrame(const WelcomeFacts& facts, WelcomeActions actions)
        : wxFrame(nullptr, wxID_ANY, _("Welcome to Respite"), wxDefaultPosition, wxDefaultSize,
                  wxDEFAULT_FRAME_STYLE & ~(wxMAXIMIZE_BOX | wxRESIZE_BORDER)),
          actions_(std::move(actions)) {
        SetName("respite-welcome");
        SetIcons(app_icons());
        auto* panel = new wxPanel(this);
        const int gap = FromDIP(12);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* title = new wxStaticText(panel, wxID_ANY, _("Welcome to Respite"));
        title->SetFont(scaled_font(1.4, wxFONTWEIGHT_BOLD));
        sizer->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, gap * 2);
        for (const auto& line : welcome_lines(facts)) {
            auto* text = new wxStaticText(panel, wxID_ANY, from(line));
            text->Wrap(FromDIP(440));
            sizer->Add(text, 0, wxLEFT | wxRIGHT | wxTOP, gap * 2);
        }
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        auto* settings = new wxButton(panel, wxID_ANY, wxString::FromUTF8(tr("Open &Settings…")));
        auto* ok = new wxButton(panel, wxID_ANY, _("&Got it"));
        ok->SetDefault();
        buttons->AddStretchSpacer();
        buttons->Add(settings, 0, wxRIGHT, gap / 2);
        buttons->Add(ok);
        sizer->Add(buttons, 0, wxEXPAND | wxALL, gap * 2);
        panel->SetSizer(sizer);
        settings->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (actions_.open_settings)
                actions_.open_settings();
            Close();
        });
        ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
        panel->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
            if (e.GetKeyCode() == WXK_ESCAPE)
                Close();
            else
                e.Skip();
        });
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
            if (actions_.closed)
                actions_.closed();
            actions_ = {};
            Destroy();
        });
        auto* outer = new wxBoxSizer(wxVERTICAL);
        outer->Add(panel, 1, wxEXPAND);
        SetSizerAndFit(outer);
    }

    // Closing from the presenter's destructor (app exit) is not the user's "seen it".
    void discard() {
        actions_ = {};
        Destroy();
    }

private:
    WelcomeActions actions_;
};
} // namespace

std::vector<std::string> welcome_lines(const WelcomeFacts& f) {
    const auto& s = f.settings;
    std::vector<std::string> out;
    out.push_back(f.in_tray ? utf8(_("Respite lives in the tray: its leaf icon sits in your panel. Click it for "
                                     "breaks, pauses, breathing and the settings."))
                            : utf8(_("Respite lives in a small status window (this desktop shows no tray icons). "
                                     "It holds breaks, pauses, breathing and the settings.")));
    std::string defaults = utf8(_("It runs with these defaults:"));
    if (s.micro_break.enabled)
        defaults += "\n\u2022 " + utf8(wxString::Format(_("a micro-break of %s every %s of screen time"),
                                                        from(format_duration(s.micro_break.duration)),
                                                        from(format_duration(s.micro_break.every))));
    if (s.rest_break.enabled)
        defaults += "\n\u2022 " + utf8(wxString::Format(_("a rest break of %s every %s"),
                                                        from(format_duration(s.rest_break.duration)),
                                                        from(format_duration(s.rest_break.every))));
    defaults += "\n\u2022 " + utf8(wxString::Format(_("working hours %s to %s, with a notice as they end"),
                                                    from(format_time_of_day(s.workday.start)),
                                                    from(format_time_of_day(s.workday.end))));
    out.push_back(defaults);
    std::string change = tr("To change them, choose Settings… in the menu, or run \"respite config set\".");
    if (!f.config_file.empty())
        change += " " + utf8(wxString::Format(_("Your choices are kept in %s."), from(f.config_file)));
    out.push_back(change);
    return out;
}

struct WelcomePresenter::Impl {
    WelcomeActions actions;
    wxWeakRef<WelcomeFrame> frame;
    bool visible() const { return frame && !frame->IsBeingDeleted(); }
};

WelcomePresenter::WelcomePresenter(WelcomeActions actions) : impl_(std::make_unique<Impl>()) {
    impl_->actions = std::move(actions);
}

WelcomePresenter::~WelcomePresenter() {
    if (impl_->visible())
        impl_->frame->discard();
}

void WelcomePresenter::show(const WelcomeFacts& facts) {
    if (impl_->visible()) {
        impl_->frame->Raise();
        return;
    }
    impl_->frame = new WelcomeFrame(facts, impl_->actions);
    impl_->frame->Centre();
    impl_->frame->ShowWithoutActivating();
}

bool WelcomePresenter::visible() const {
    return impl_->visible();
}

} // namespace respite::ui
