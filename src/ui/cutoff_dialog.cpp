#include "ui/cutoff_dialog.h"

#include "ui/accessibility.h"
#include "ui/asset_paths.h"
#include "ui/heap_release.h"
#include "ui/messages.h"
#include "ui/theme.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/weakref.h>

namespace respite::ui {

namespace {
// The cutoff dialog itself: a small, non-modal, kind end-of-day note with two choices.
class CutoffDialog : public wxDialog {
public:
    ~CutoffDialog() override {
        if (actions_.closed)
            wxTheApp->CallAfter(actions_.closed);
    }

    CutoffDialog(const CutoffView& view, const CutoffActions& actions)
        : wxDialog(nullptr, wxID_ANY, _("End of workday"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxSTAY_ON_TOP),
          actions_(actions) {
        SetName("respite-cutoff");
        release_heap_when_destroyed(*this);
        SetIcons(app_icons());
        const Palette palette = current_palette();
        SetBackgroundColour(palette.background);
        const int space = FromDIP(20);
        heading_ = new wxStaticText(this, wxID_ANY, wxString());
        heading_->SetFont(scaled_font(1.6, wxFONTWEIGHT_LIGHT));
        heading_->SetForegroundColour(palette.text);
        body_ = new wxStaticText(this, wxID_ANY, wxString());
        body_->SetForegroundColour(palette.muted);
        wrap_ = new wxButton(this, wxID_ANY, wxString());
        set_accessible_description(wrap_, _("Remind me again when this time is up"));
        done_ = new wxButton(this, wxID_OK, _("&Done for today"));
        set_accessible_description(done_, _("Pause Respite until your next workday"));
        done_->SetDefault();
        wrap_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (actions_.wrap_up)
                actions_.wrap_up(view_.wrap_up);
            Destroy();
        });
        done_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (actions_.done_for_today)
                actions_.done_for_today();
            Destroy();
        });
        // Closing by the window button or Esc just dismisses: it is a reminder, not a gate.
        // (A dialog without a Cancel button would turn Esc into a click on its wxID_OK button, Done for today.)
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
        Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
            if (event.GetKeyCode() == WXK_ESCAPE)
                Destroy();
            else
                event.Skip();
        });

        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->AddStretchSpacer();
        buttons->Add(wrap_, 0, wxRIGHT, space / 2);
        buttons->Add(done_, 0);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(heading_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->AddSpacer(space / 2);
        sizer->Add(body_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->AddSpacer(space * 3 / 2);
        sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, space);
        SetSizer(sizer);
        update(view);
    }

    void update(const CutoffView& view) {
        view_ = view;
        heading_->SetLabel(
            wxString::Format(_("Your workday ended at %s"), wxString::FromUTF8(format_time_of_day(view.end))));
        body_->SetLabel(view.late ? _("Welcome back. Your working hours are over for today; whatever is left "
                                      "will still be there tomorrow.")
                                  : _("Time to wrap up. Note where you are, so tomorrow starts easily."));
        body_->Wrap(FromDIP(420));
        wrap_->SetLabel(wxString::Format(_("&Wrap up in %s"), wxString::FromUTF8(format_duration(view.wrap_up))));
        GetSizer()->SetSizeHints(this);
        Fit();
    }

private:
    CutoffView view_;
    CutoffActions actions_;
    wxStaticText* heading_ = nullptr;
    wxStaticText* body_ = nullptr;
    wxButton* wrap_ = nullptr;
    wxButton* done_ = nullptr;
};
} // namespace

struct CutoffPresenter::Impl {
    CutoffActions actions;
    wxWeakRef<CutoffDialog> dialog;
    bool visible() const { return dialog && !dialog->IsBeingDeleted(); }
};

CutoffPresenter::CutoffPresenter(CutoffActions actions) : impl_(std::make_unique<Impl>()) {
    impl_->actions = std::move(actions);
}

CutoffPresenter::~CutoffPresenter() {
    close();
}

void CutoffPresenter::show(const CutoffView& view) {
    if (impl_->visible()) {
        impl_->dialog->update(view);
    } else {
        impl_->dialog = new CutoffDialog(view, impl_->actions);
        impl_->dialog->Centre();
        impl_->dialog->Show();
    }
    impl_->dialog->Raise();
}

void CutoffPresenter::close() {
    if (impl_->visible())
        impl_->dialog->Destroy();
}

bool CutoffPresenter::visible() const {
    return impl_->visible();
}

} // namespace respite::ui
