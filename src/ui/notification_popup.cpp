#include "ui/notification_popup.h"

#include "ui/accessibility.h"
#include "ui/callback_timer.h"
#include "ui/theme.h"

#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>
#include <wx/weakref.h>

namespace respite::ui {

namespace {
// The popup frame: a quiet card in the corner that never takes the keyboard from the user's work.
class PopupFrame : public wxFrame {
public:
    explicit PopupFrame(const PopupMessage& message)
        : wxFrame(nullptr, wxID_ANY, wxString::FromUTF8(message.title), wxDefaultPosition, wxDefaultSize,
                  wxFRAME_TOOL_WINDOW | wxFRAME_NO_TASKBAR | wxSTAY_ON_TOP | wxBORDER_NONE),
          timer_([this] { expire(); }) {
        SetName("respite-popup");
        const Palette palette = current_palette();
        auto* panel = new wxPanel(this);
        panel->SetBackgroundColour(palette.surface);
        panel->Bind(wxEVT_PAINT, [panel, palette](wxPaintEvent&) {
            wxPaintDC dc(panel);
            dc.SetPen(wxPen(palette.accent, 1));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawRectangle(panel->GetClientRect());
        });
        const int space = FromDIP(14);
        auto* title = new wxStaticText(panel, wxID_ANY, wxString::FromUTF8(message.title));
        title->SetFont(scaled_font(1.1, wxFONTWEIGHT_BOLD));
        title->SetForegroundColour(palette.text);
        auto* close = new wxButton(panel, wxID_CLOSE, wxString::FromUTF8("\u00D7"), wxDefaultPosition, wxDefaultSize,
                                   wxBU_EXACTFIT | wxBORDER_NONE);
        close->SetName(_("Close"));
        set_accessible_name(close, _("Close"));
        set_accessible_description(close, _("Close this message"));
        close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); });
        auto* head = new wxBoxSizer(wxHORIZONTAL);
        head->Add(title, 1, wxALIGN_CENTRE_VERTICAL);
        head->Add(close, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, space / 2);
        auto* body = new wxStaticText(panel, wxID_ANY, wxString::FromUTF8(message.body));
        body->SetForegroundColour(palette.muted);
        body->Wrap(FromDIP(320));
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(head, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->AddSpacer(space / 2);
        sizer->Add(body, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        if (!message.actions.empty()) {
            auto* buttons = new wxBoxSizer(wxHORIZONTAL);
            buttons->AddStretchSpacer();
            for (std::size_t i = 0; i < message.actions.size() && i < 2; ++i) {
                auto* button = new wxButton(panel, wxID_ANY, wxString::FromUTF8(message.actions[i].label));
                auto run = message.actions[i].run;
                button->Bind(wxEVT_BUTTON, [this, run](wxCommandEvent&) {
                    Destroy();
                    if (run)
                        run();
                });
                buttons->Add(button, 0, wxLEFT, space / 2);
            }
            sizer->AddSpacer(space);
            sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        }
        sizer->AddSpacer(space);
        panel->SetSizer(sizer);
        auto* outer = new wxBoxSizer(wxVERTICAL);
        outer->Add(panel, 1, wxEXPAND);
        SetSizerAndFit(outer);
        SetSize(wxSize(std::max(GetSize().x, FromDIP(360)), GetSize().y));

        int primary = 0;
        for (unsigned i = 0; i < wxDisplay::GetCount(); ++i)
            if (wxDisplay(i).IsPrimary())
                primary = static_cast<int>(i);
        const wxRect area = wxDisplay(static_cast<unsigned>(primary)).GetClientArea();
        const int margin = FromDIP(16);
        Move(area.GetRight() - GetSize().x - margin, area.GetBottom() - GetSize().y - margin);
        if (message.timeout > Duration::zero())
            timer_.StartOnce(static_cast<int>(message.timeout.count()));
    }

private:
    void expire() {
        // Do not pull the message away while the pointer rests on it; look again shortly.
        if (GetScreenRect().Contains(wxGetMousePosition()))
            timer_.StartOnce(2000);
        else
            Destroy();
    }

    CallbackTimer timer_;
};
} // namespace

struct NotificationPopup::Impl {
    wxWeakRef<PopupFrame> frame;
    bool visible() const { return frame && !frame->IsBeingDeleted(); }
};

NotificationPopup::NotificationPopup() : impl_(std::make_unique<Impl>()) {}

NotificationPopup::~NotificationPopup() {
    close();
}

void NotificationPopup::show(const PopupMessage& message) {
    close();
    impl_->frame = new PopupFrame(message);
    impl_->frame->ShowWithoutActivating();
}

void NotificationPopup::close() {
    if (impl_->visible())
        impl_->frame->Destroy();
}

bool NotificationPopup::visible() const {
    return impl_->visible();
}

} // namespace respite::ui
