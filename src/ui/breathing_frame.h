#pragma once
// The guided breathing window (see BreathingPresenter for how the app opens it).
#include "ui/breath_pacer.h"
#include "ui/breathing_dialog.h"
#include "ui/callback_timer.h"
#include "ui/theme.h"

#include <wx/frame.h>

#include <chrono>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxStaticText;

namespace respite::ui {

class BreathCircle;

/// The breathing window: pattern choice, circle, phase label, time left, chime and finish.
class BreathingFrame : public wxFrame {
public:
    /// Starts pacing at once; `on_finished` is called exactly once (completion or close).
    BreathingFrame(const BreathingPlan& plan, Sound* sound, BreathingFinished on_finished);
    /// Restarts pacing with a new plan (the session's elapsed time carries on).
    void restart(const BreathingPlan& plan);
    /// Closes without reporting (the presenter is being destroyed).
    void close_silently();
    /// Ends the session as completed: a kind word stays on screen until the user closes the window.
    void complete();
    /// True when the session has run (about) its planned length.
    bool near_end() const;

private:
    using Clock = std::chrono::steady_clock;
    void tick();
    void apply_mode();
    void on_pattern(wxCommandEvent& event);
    void on_key(wxKeyEvent& event, bool down);
    void on_close(wxCloseEvent& event);
    Duration elapsed() const;
    void report(bool completed);

    BreathingPlan plan_;
    Sound* sound_;
    BreathingFinished on_finished_;
    Palette palette_;
    Clock::time_point started_;
    Clock::time_point cycle_started_;
    Clock::time_point last_tick_;
    bool follow_ = false;
    bool holding_ = false;
    double follow_level_ = 0.0;
    bool finished_ = false;
    bool reported_ = false;
    int last_phase_ = -1;
    CallbackTimer timer_;
    wxChoice* pattern_ = nullptr;
    BreathCircle* circle_ = nullptr;
    wxStaticText* phase_ = nullptr;
    wxStaticText* left_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxCheckBox* chime_ = nullptr;
    wxCheckBox* motion_ = nullptr;
    wxButton* finish_ = nullptr;
};

} // namespace respite::ui
