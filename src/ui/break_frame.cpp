#include "ui/break_frame.h"

#include "ui/accessibility.h"
#include "ui/countdown_ring.h"
#include "ui/heap_release.h"
#include "ui/messages.h"

#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace respite::ui {

namespace {
constexpr long frame_style = wxBORDER_NONE | wxSTAY_ON_TOP | wxFRAME_NO_TASKBAR;

wxStaticText* centred_text(wxWindow* parent, const wxFont& font, const wxColour& colour) {
    auto* text = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                  wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    text->SetFont(font);
    text->SetForegroundColour(colour);
    return text;
}
} // namespace

BreakFrame::BreakFrame(const wxRect& area, bool fullscreen, bool content, const BreakView& view,
                       const BreakActions& actions)
    : wxFrame(nullptr, wxID_ANY, wxString::FromUTF8(break_name(view.kind)), wxDefaultPosition, wxDefaultSize,
              frame_style),
      area_(area), view_(view), actions_(actions), palette_(current_palette()), content_(content) {
    SetName(content ? "respite-break" : "respite-break-cover");
    release_heap_when_destroyed(*this);
    auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL);
    panel->SetBackgroundColour(content ? palette_.background : palette_.dim);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    SetSizer(outer);
    if (content) {
        build_content(panel, fullscreen);
    } else {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* label = centred_text(panel, scaled_font(1.6, wxFONTWEIGHT_LIGHT), palette_.muted);
        label->SetLabel(_("Resting..."));
        // Someone looking at this monitor should see how long the break lasts without finding the main one.
        left_ = centred_text(panel, scaled_font(1.0), palette_.muted);
        sizer->AddStretchSpacer();
        sizer->Add(label, 0, wxEXPAND);
        sizer->AddSpacer(FromDIP(12));
        sizer->Add(left_, 0, wxEXPAND);
        sizer->AddStretchSpacer();
        panel->SetSizer(sizer);
    }
    if (!fullscreen) {
        // A hairline border keeps the card distinct from a similar-coloured desktop.
        panel->Bind(wxEVT_PAINT, [panel, this](wxPaintEvent&) {
            wxPaintDC dc(panel);
            dc.SetPen(wxPen(palette_.track, 2));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawRectangle(panel->GetClientRect());
        });
    }
    if (fullscreen) {
        SetSize(area);
    } else {
        const wxSize card = FromDIP(wxSize(560, 470));
        SetSize(wxRect(area.GetPosition() + (area.GetSize() - card) / 2, card));
    }
    if (fullscreen)
        Bind(wxEVT_SIZE, &BreakFrame::on_size, this);
    Bind(wxEVT_CHAR_HOOK, &BreakFrame::on_key, this);
    Bind(wxEVT_CLOSE_WINDOW, &BreakFrame::on_close, this);
    update(view, view.done);
}

void BreakFrame::build_content(wxWindow* panel, bool fullscreen) {
    const double scale = fullscreen ? 1.0 : 0.8;
    const int wrap = FromDIP(fullscreen ? 640 : 460);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    title_ = centred_text(panel, scaled_font(2.0 * scale, wxFONTWEIGHT_LIGHT), palette_.text);
    ring_ = new CountdownRing(panel, fullscreen ? 300 : 170, palette_);
    idea_ = centred_text(panel, scaled_font(fullscreen ? 1.35 : 1.1), palette_.text);
    idea_->SetMinSize(wxSize(wrap, -1));
    status_ = centred_text(panel, scaled_font(1.0), palette_.muted);
    hint_ = centred_text(panel, scaled_font(0.9), palette_.muted);
    postpone_ = new wxButton(panel, wxID_ANY, _("&Postpone"));
    skip_ = new wxButton(panel, wxID_ANY, _("&Skip"));
    presenting_ = new wxButton(panel, wxID_ANY, _("I'm &presenting"));
    end_ = new wxButton(panel, wxID_ANY, _("&End break"));
    set_accessible_description(end_, _("End the break you started"));
    end_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { run(actions_.end_break); });
    set_accessible_description(postpone_, _("Show this break again in a few minutes"));
    set_accessible_description(skip_, _("Skip this break; it counts against today's skips"));
    set_accessible_description(presenting_, _("Defer this break once because you are presenting"));
    postpone_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { run(actions_.postpone); });
    skip_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { run(actions_.skip); });
    presenting_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { run(actions_.presenting); });

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(12);
    buttons->Add(postpone_, 0, wxLEFT | wxRIGHT, gap / 2);
    buttons->Add(skip_, 0, wxLEFT | wxRIGHT, gap / 2);
    buttons->Add(presenting_, 0, wxLEFT | wxRIGHT, gap / 2);
    buttons->Add(end_, 0, wxLEFT | wxRIGHT, gap / 2);

    const int space = FromDIP(fullscreen ? 28 : 14);
    sizer->AddStretchSpacer(3);
    sizer->Add(title_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space);
    sizer->Add(ring_, 0, wxALIGN_CENTRE_HORIZONTAL);
    sizer->AddSpacer(space);
    sizer->Add(idea_, 0, wxALIGN_CENTRE_HORIZONTAL | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space / 2);
    sizer->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space);
    sizer->Add(buttons, 0, wxALIGN_CENTRE_HORIZONTAL);
    sizer->AddSpacer(space / 2);
    sizer->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddStretchSpacer(fullscreen ? 4 : 3);
    panel->SetSizer(sizer);
}

void BreakFrame::update(const BreakView& view, Duration done) {
    view_ = view;
    if (!content_) {
        show_left(done);
        GetChildren().front()->Layout();
        return;
    }
    title_->SetLabel(wxString::FromUTF8(break_name(view.kind)));
    const int wrap = idea_->GetMinSize().x;
    idea_->SetLabel(wxString::FromUTF8(view.idea));
    idea_->Wrap(wrap);
    idea_->SetMinSize(wxSize(wrap, -1));
    status_->SetLabel(view.running ? wxString() : _("Stop typing to start the break"));
    postpone_->SetLabel(wxString::Format(wxPLURAL("&Postpone (%d left)", "&Postpone (%d left)", view.postpones_left),
                                         view.postpones_left));
    skip_->SetLabel(
        wxString::Format(wxPLURAL("&Skip (%d left today)", "&Skip (%d left today)", view.skips_left), view.skips_left));
    const bool postpone = view.can_postpone && !view.strict && !view.can_end;
    const bool skip = view.can_skip && !view.strict && !view.can_end;
    postpone_->Show(postpone);
    skip_->Show(skip);
    presenting_->Show(view.can_present && !view.can_end);
    end_->Show(view.can_end);
    for (auto* b : {postpone_, skip_, presenting_, end_})
        b->Enable();
    if (postpone)
        hint_->SetLabel(_("Press Esc to postpone"));
    else if (view.strict)
        hint_->SetLabel(_("Strict mode is on: breaks cannot be skipped or postponed"));
    else
        hint_->SetLabel(wxString());
    ring_->set(view.length, done, view.running);
    GetChildren().front()->Layout();
}

void BreakFrame::tick(Duration done) {
    if (ring_ != nullptr)
        ring_->set(view_.length, done, view_.running);
    show_left(done);
}

void BreakFrame::show_left(Duration done) {
    if (left_ == nullptr)
        return;
    const wxString text = view_.running
                              ? wxString::Format(_("%s left"), wxString::FromUTF8(format_clock(view_.length - done)))
                              : _("Stop typing to start the break");
    if (left_->GetLabel() != text)
        left_->SetLabel(text);
}

void BreakFrame::focus_ring() {
    if (ring_ != nullptr)
        ring_->SetFocus();
}

void BreakFrame::run(const std::function<void()>& action) {
    if (!action)
        return;
    // One press per decision: the app re-enables the buttons with the next view if the engine refuses.
    for (auto* b : {postpone_, skip_, presenting_, end_})
        if (b != nullptr)
            b->Disable();
    action();
}

void BreakFrame::on_key(wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_ESCAPE) {
        if (view_.can_end)
            run(actions_.end_break);
        else if (view_.can_postpone && !view_.strict)
            run(actions_.postpone);
        return;
    }
    event.Skip();
}

void BreakFrame::on_size(wxSizeEvent& event) {
    event.Skip();
    // Without a window manager that does full screen, wx stretches the frame over the whole desktop (and a
    // pixel more) from (0, 0), so every monitor's frame would cover all monitors. A window manager never makes
    // a window larger than the desktop, so this only undoes wx's fallback. GTK sends no request for a size it
    // believes it already asked for: go through a size one pixel off first.
    wxRect desktop;
    for (unsigned i = 0; i < wxDisplay::GetCount(); ++i)
        desktop.Union(wxDisplay(i).GetGeometry());
    if (refits_ >= 2 || (event.GetSize().x <= desktop.width && event.GetSize().y <= desktop.height))
        return;
    ++refits_;
    SetSize(area_.x, area_.y, area_.width + 1, area_.height);
    CallAfter([this] { SetSize(area_); });
}

void BreakFrame::on_close(wxCloseEvent& event) {
    if (event.CanVeto()) {
        event.Veto();
        if (view_.can_end)
            run(actions_.end_break);
        else if (view_.can_postpone && !view_.strict)
            run(actions_.postpone);
        return;
    }
    Destroy();
}

} // namespace respite::ui
