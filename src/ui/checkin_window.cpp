#include "ui/checkin_window.h"

#include "ui/accessibility.h"
#include "ui/asset_paths.h"
#include "ui/heap_release.h"
#include "ui/theme.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>
#include <wx/weakref.h>

#include <array>

namespace respite::ui {

namespace {
using respite::Feeling; // not ui::Feeling (ui/stats_view.h), the same steps
constexpr std::array feelings{Feeling::calm, Feeling::fine, Feeling::tense, Feeling::stressed, Feeling::very_stressed};

wxString label_of(respite::Feeling f) {
    switch (f) {
    case Feeling::calm:
        return _("&Calm");
    case Feeling::fine:
        return _("&Fine");
    case Feeling::tense:
        return _("&Tense");
    case Feeling::stressed:
        return _("St&ressed");
    case Feeling::very_stressed:
        return _("&Very stressed");
    }
    return {};
}

// The window: five toggle buttons that act as one choice (arrows move along them), a note, Save and Not today.
class CheckinWindow : public wxDialog {
public:
    explicit CheckinWindow(const CheckinActions& actions)
        : wxDialog(nullptr, wxID_ANY, _("Check-in"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxSTAY_ON_TOP),
          actions_(actions) {
        SetName("respite-checkin");
        release_heap_when_destroyed(*this);
        SetIcons(app_icons());
        const Palette palette = current_palette();
        SetBackgroundColour(palette.background);
        const int space = FromDIP(20);
        auto* heading = new wxStaticText(this, wxID_ANY, _("How did today feel?"));
        heading->SetFont(scaled_font(1.6, wxFONTWEIGHT_LIGHT));
        heading->SetForegroundColour(palette.text);
        auto* body =
            new wxStaticText(this, wxID_ANY, _("One click is enough. Only you see it, beside the day's hours."));
        body->SetForegroundColour(palette.muted);
        body->Wrap(FromDIP(440));

        auto* row = new wxBoxSizer(wxHORIZONTAL);
        for (std::size_t i = 0; i < feelings.size(); ++i) {
            auto* b = new wxToggleButton(this, wxID_ANY, label_of(feelings[i]));
            /* TRANSLATORS: %d is the step (1 = calm ... 5 = very stressed) */
            set_accessible_description(b, wxString::Format(_("How today felt, step %d of 5"), static_cast<int>(i) + 1));
            b->Bind(wxEVT_TOGGLEBUTTON, [this, i](wxCommandEvent&) { pick(static_cast<int>(i)); });
            b->Bind(wxEVT_KEY_DOWN, [this, i](wxKeyEvent& e) { step(e, static_cast<int>(i)); });
            buttons_[i] = b;
            row->Add(b, 1, i + 1 < feelings.size() ? wxRIGHT : 0, space / 4);
        }

        auto* note_label = new wxStaticText(this, wxID_ANY, _("&Note (optional):"));
        note_label->SetForegroundColour(palette.muted);
        note_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
        note_->SetMaxLength(static_cast<unsigned long>(max_checkin_note));
        note_->SetHint(_("A few words about the day"));
        set_accessible_name(note_, _("Note (optional)"));
        set_label_for(note_label, note_);
        note_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { save(); });

        save_ = new wxButton(this, wxID_OK, _("&Save"));
        set_accessible_description(save_, _("Keep today's answer beside the day's hours"));
        save_->Enable(false);
        auto* not_today = new wxButton(this, wxID_ANY, _("N&ot today"));
        set_accessible_description(not_today, _("Answer nothing for today"));
        save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
        not_today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            if (actions_.answer)
                actions_.answer(std::nullopt, note_->GetValue().utf8_string());
            Destroy();
        });
        // Closing by the window button or Esc just dismisses: a missed day is simply missing.
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
        Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
            if (event.GetKeyCode() == WXK_ESCAPE)
                Destroy();
            else
                event.Skip();
        });

        auto* actions_row = new wxBoxSizer(wxHORIZONTAL);
        actions_row->AddStretchSpacer();
        actions_row->Add(not_today, 0, wxRIGHT, space / 2);
        actions_row->Add(save_, 0);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->AddSpacer(space / 2);
        sizer->Add(body, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->AddSpacer(space);
        sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->AddSpacer(space);
        sizer->Add(note_label, 0, wxLEFT | wxRIGHT, space);
        sizer->AddSpacer(space / 4);
        sizer->Add(note_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->AddSpacer(space * 3 / 2);
        sizer->Add(actions_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, space);
        SetSizer(sizer);
        sizer->SetSizeHints(this);
        Fit();
        buttons_[0]->SetFocus();
    }

    std::optional<respite::Feeling> choice() const {
        return chosen_ >= 0 ? std::optional<respite::Feeling>(feelings[static_cast<std::size_t>(chosen_)])
                            : std::nullopt;
    }

private:
    void pick(int index) {
        chosen_ = index;
        for (std::size_t i = 0; i < buttons_.size(); ++i)
            buttons_[i]->SetValue(static_cast<int>(i) == index);
        save_->Enable(true);
        save_->SetDefault();
    }

    // Left and Right (or Up and Down) move along the five and choose, like a radio group.
    void step(wxKeyEvent& e, int index) {
        int to = index;
        switch (e.GetKeyCode()) {
        case WXK_LEFT:
        case WXK_UP:
            to = std::max(0, index - 1);
            break;
        case WXK_RIGHT:
        case WXK_DOWN:
            to = std::min(static_cast<int>(buttons_.size()) - 1, index + 1);
            break;
        default:
            e.Skip();
            return;
        }
        pick(to);
        buttons_[static_cast<std::size_t>(to)]->SetFocus();
    }

    void save() {
        const auto feeling = choice();
        if (!feeling)
            return;
        if (actions_.answer)
            actions_.answer(feeling, note_->GetValue().utf8_string());
        Destroy();
    }

    CheckinActions actions_;
    std::array<wxToggleButton*, feelings.size()> buttons_{};
    wxTextCtrl* note_ = nullptr;
    wxButton* save_ = nullptr;
    int chosen_ = -1;
};
} // namespace

std::string feeling_label(respite::Feeling feeling) {
    wxString label = label_of(feeling);
    label.Replace("&", "");
    return label.utf8_string();
}

struct CheckinPresenter::Impl {
    CheckinActions actions;
    wxWeakRef<CheckinWindow> window;
    bool visible() const { return window && !window->IsBeingDeleted(); }
};

CheckinPresenter::CheckinPresenter(CheckinActions actions) : impl_(std::make_unique<Impl>()) {
    impl_->actions = std::move(actions);
}

CheckinPresenter::~CheckinPresenter() {
    close();
}

void CheckinPresenter::show() {
    if (!impl_->visible()) {
        impl_->window = new CheckinWindow(impl_->actions);
        impl_->window->Centre();
        impl_->window->Show();
    }
    impl_->window->Raise();
}

void CheckinPresenter::close() {
    if (impl_->visible())
        impl_->window->Destroy();
}

bool CheckinPresenter::visible() const {
    return impl_->visible();
}

std::optional<respite::Feeling> CheckinPresenter::choice() const {
    return impl_->visible() ? impl_->window->choice() : std::nullopt;
}

} // namespace respite::ui
