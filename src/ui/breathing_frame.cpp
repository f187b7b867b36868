#include "ui/breathing_frame.h"

#include "core/breathing_patterns.h"
#include "platform/sound.h"
#include "ui/accessibility.h"
#include "ui/asset_paths.h"
#include "ui/breath_circle.h"
#include "ui/heap_release.h"
#include "ui/messages.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <cmath>

namespace respite::ui {

namespace {
wxString seconds_text(Duration left) {
    return wxString::Format("%d", static_cast<int>((left.count() + 999) / 1000));
}
} // namespace

BreathingFrame::BreathingFrame(const BreathingPlan& plan, Sound* sound, BreathingFinished on_finished)
    : wxFrame(nullptr, wxID_ANY, plan.quick_meditation ? _("Quick meditation") : _("Breathing"), wxDefaultPosition,
              wxDefaultSize, wxDEFAULT_FRAME_STYLE & ~wxMAXIMIZE_BOX),
      plan_(plan), sound_(sound), on_finished_(std::move(on_finished)), palette_(current_palette()),
      timer_([this] { tick(); }) {
    SetName("respite-breathing");
    release_heap_when_destroyed(*this);
    SetIcons(app_icons());
    auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL);
    panel->SetBackgroundColour(palette_.background);
    const int space = FromDIP(16);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* pattern_label = new wxStaticText(panel, wxID_ANY, _("P&attern:"));
    pattern_label->SetForegroundColour(palette_.muted);
    pattern_ = new wxChoice(panel, wxID_ANY);
    // The one list (core/breathing_patterns.h), in enum order: the selection index is the pattern.
    for (const auto& p : breathing_patterns)
        pattern_->Append(wxGetTranslation(wxString::FromUTF8(p.label.data(), p.label.size())));
    follow_ = plan.pattern == BreathingPattern::follow;
    pattern_->SetSelection(static_cast<int>(plan.pattern));
    pattern_->SetName(_("Breathing pattern"));
    set_accessible_name(pattern_, _("Breathing pattern"));
    set_accessible_description(pattern_, _("How long to breathe in, hold, breathe out and hold"));
    set_label_for(pattern_label, pattern_);
    pattern_->Bind(wxEVT_CHOICE, &BreathingFrame::on_pattern, this);
    top->Add(pattern_label, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, space / 2);
    top->Add(pattern_, 1, wxALIGN_CENTRE_VERTICAL);

    circle_ = new BreathCircle(panel, 300, palette_);
    circle_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) { on_key(e, true); });
    circle_->Bind(wxEVT_KEY_UP, [this](wxKeyEvent& e) { on_key(e, false); });
    circle_->Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent&) { holding_ = follow_; });
    circle_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) { holding_ = false; });

    phase_ = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    phase_->SetFont(scaled_font(1.8, wxFONTWEIGHT_LIGHT));
    phase_->SetForegroundColour(palette_.text);
    left_ = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    left_->SetForegroundColour(palette_.muted);
    hint_ = new wxStaticText(panel, wxID_ANY, _("Hold Space while you breathe in; release it to breathe out."),
                             wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    hint_->SetForegroundColour(palette_.muted);

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    chime_ = new wxCheckBox(panel, wxID_ANY, _("Soft &chime"));
    chime_->SetValue(plan.chime);
    set_accessible_description(chime_, _("Play a soft chime when the phase changes"));
    chime_->SetForegroundColour(palette_.text);
    chime_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { plan_.chime = e.IsChecked(); });
    motion_ = new wxCheckBox(panel, wxID_ANY, _("Reduce &motion"));
    motion_->SetValue(plan.reduced_motion);
    set_accessible_description(motion_, _("Pace with text only, without the moving circle"));
    motion_->SetForegroundColour(palette_.text);
    motion_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        plan_.reduced_motion = e.IsChecked();
        apply_mode();
    });
    finish_ = new wxButton(panel, wxID_ANY, _("&Finish"));
    set_accessible_description(finish_, _("End the breathing session"));
    finish_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    bottom->Add(chime_, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, space);
    bottom->Add(motion_, 0, wxALIGN_CENTRE_VERTICAL);
    bottom->AddStretchSpacer();
    bottom->Add(finish_, 0, wxALIGN_CENTRE_VERTICAL);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, space);
    sizer->AddStretchSpacer();
    sizer->Add(circle_, 0, wxALIGN_CENTRE_HORIZONTAL | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space);
    sizer->Add(phase_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space / 4);
    sizer->Add(left_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddSpacer(space / 2);
    sizer->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
    sizer->AddStretchSpacer();
    sizer->Add(bottom, 0, wxEXPAND | wxALL, space);
    panel->SetSizer(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    SetSizer(outer);
    SetClientSize(FromDIP(wxSize(480, 620)));
    SetMinClientSize(FromDIP(wxSize(420, 520)));
    finish_->SetDefault();
    Bind(wxEVT_CLOSE_WINDOW, &BreathingFrame::on_close, this);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_ESCAPE)
            Close();
        else
            e.Skip();
    });
    started_ = cycle_started_ = last_tick_ = Clock::now();
    apply_mode();
    tick();
    Centre();
}

void BreathingFrame::restart(const BreathingPlan& plan) {
    plan_ = plan;
    follow_ = plan.pattern == BreathingPattern::follow;
    pattern_->SetSelection(static_cast<int>(plan.pattern));
    chime_->SetValue(plan.chime);
    motion_->SetValue(plan.reduced_motion);
    started_ = cycle_started_ = Clock::now();
    // A finished session was reported; the new one reports again. A running one carries on as one session.
    if (finished_)
        reported_ = false;
    finished_ = false;
    finish_->SetLabel(_("&Finish"));
    follow_level_ = 0.0;
    apply_mode();
}

void BreathingFrame::close_silently() {
    reported_ = true;
    timer_.Stop();
    Destroy();
}

Duration BreathingFrame::elapsed() const {
    return std::chrono::duration_cast<Duration>(Clock::now() - started_);
}

void BreathingFrame::apply_mode() {
    circle_->Show(!plan_.reduced_motion || follow_);
    hint_->Show(follow_);
    if (follow_)
        circle_->SetFocus();
    phase_->SetFont(scaled_font(plan_.reduced_motion && !follow_ ? 2.6 : 1.8, wxFONTWEIGHT_LIGHT));
    GetChildren().front()->Layout();
    last_phase_ = -1;
    // Text-only pacing changes a few times a second at most; the circle needs ~30 fps to look smooth.
    if (!finished_)
        timer_.Start(plan_.reduced_motion && !follow_ ? 250 : 33);
}

void BreathingFrame::on_pattern(wxCommandEvent&) {
    const int sel = pattern_->GetSelection();
    if (sel < 0 || sel >= static_cast<int>(breathing_patterns.size()))
        return;
    plan_ = with_pattern(plan_, breathing_patterns[static_cast<std::size_t>(sel)].value);
    follow_ = plan_.pattern == BreathingPattern::follow;
    cycle_started_ = Clock::now();
    follow_level_ = 0.0;
    apply_mode();
}

void BreathingFrame::on_key(wxKeyEvent& event, bool down) {
    if (follow_ && event.GetKeyCode() == WXK_SPACE) {
        holding_ = down;
        return;
    }
    event.Skip();
}

void BreathingFrame::tick() {
    const auto now = Clock::now();
    const double dt = std::chrono::duration<double>(now - last_tick_).count();
    last_tick_ = now;
    if (finished_)
        return;
    const Duration total = elapsed();
    const Duration remaining = plan_.length - total;
    if (remaining <= Duration::zero()) {
        complete();
        return;
    }
    left_->SetLabel(wxString::Format(_("%s left"), wxString::FromUTF8(format_clock(remaining))));
    int phase = 0;
    wxString text;
    if (follow_) {
        // The circle follows the user's own pace: it fills over ~4 s held and empties over ~6 s released.
        follow_level_ = std::clamp(follow_level_ + (holding_ ? dt / 4.0 : -dt / 6.0), 0.0, 1.0);
        circle_->set_level(ease_in_out(follow_level_));
        phase = holding_ ? 0 : 2;
        text = holding_ ? _("Breathe in") : (follow_level_ > 0.0 ? _("Breathe out") : _("Ready when you are"));
    } else {
        const BreathState s = breath_at(plan_, std::chrono::duration_cast<Duration>(now - cycle_started_));
        phase = static_cast<int>(s.phase);
        if (!plan_.reduced_motion)
            circle_->set_level(s.level);
        static const char* const names[] = {wxTRANSLATE("Breathe in"), wxTRANSLATE("Hold"), wxTRANSLATE("Breathe out"),
                                            wxTRANSLATE("Hold")};
        text = wxString::Format(L"%s \u00B7 %s", wxGetTranslation(names[phase]), seconds_text(s.left));
    }
    if (phase_->GetLabel() != text) {
        phase_->SetLabel(text);
        phase_->SetName(text);
        set_accessible_description(circle_, text);
    }
    if (phase != last_phase_) {
        if (last_phase_ >= 0 && plan_.chime && sound_ != nullptr)
            sound_->play(SoundId::phase_change);
        last_phase_ = phase;
    }
}

void BreathingFrame::complete() {
    if (finished_)
        return;
    finished_ = true;
    timer_.Stop();
    phase_->SetLabel(_("Well done"));
    left_->SetLabel(_("Session complete. Take this calm with you."));
    finish_->SetLabel(_("&Close"));
    finish_->SetFocus();
    circle_->set_level(0.0);
    if (plan_.chime && sound_ != nullptr)
        sound_->play(SoundId::break_over);
    report(true);
    GetChildren().front()->Layout();
}

bool BreathingFrame::near_end() const {
    return finished_ || elapsed() + std::chrono::seconds(2) >= plan_.length;
}

void BreathingFrame::report(bool completed) {
    if (reported_)
        return;
    reported_ = true;
    if (on_finished_)
        on_finished_(completed ? plan_.length : std::min(elapsed(), plan_.length), completed);
}

void BreathingFrame::on_close(wxCloseEvent&) {
    timer_.Stop();
    report(finished_);
    Destroy();
}

} // namespace respite::ui
