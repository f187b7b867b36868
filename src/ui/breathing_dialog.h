#pragma once
// Guided breathing: an animated circle (or text-only pacing) following a breathing pattern.
#include "core/settings.h"
#include "core/time.h"

#include <functional>
#include <memory>

namespace respite {
class Sound;
}

namespace respite::ui {

/// One breathing session: the pattern's phases and how long to keep going.
struct BreathingPlan {
    BreathingPattern pattern = BreathingPattern::box; ///< shown selected; follow: no pacing, the circle grows
                                                      ///< while Space is held (breathing in)
    Duration inhale = std::chrono::seconds(4);        ///< breathe in
    Duration hold_in = std::chrono::seconds(4);       ///< hold with full lungs (0 = none)
    Duration exhale = std::chrono::seconds(4);        ///< breathe out
    Duration hold_out = std::chrono::seconds(4);      ///< hold with empty lungs (0 = none)
    Duration length = std::chrono::minutes(3);        ///< the whole session
    bool chime = false;                               ///< soft chime on every phase change
    bool reduced_motion = false;                      ///< pace with text only, no animation
    bool quick_meditation = false;                    ///< started from Quick meditation: the window is titled so
};

/// The phases of a named pattern (box 4-4-4-4, 4-7-8, coherent 5.5/5.5; custom and follow keep the plan's).
BreathingPlan with_pattern(BreathingPlan plan, BreathingPattern pattern);
/// A plan from the user's settings, lasting `length` (0 = the settings' default minutes).
BreathingPlan plan_from_settings(const BreathingSettings& settings, Duration length = Duration{});

/// Called once when the session ends: time spent, and whether the planned length was reached.
using BreathingFinished = std::function<void(Duration elapsed, bool completed)>;

/// Opens and closes the breathing window. Owned by the app; safe after the user closes it.
class BreathingPresenter {
public:
    /// `sound` (may be null) plays the chime; it must outlive the presenter.
    BreathingPresenter(Sound* sound, BreathingFinished on_finished);
    /// Closes the window without calling on_finished (the app is going away).
    ~BreathingPresenter();
    BreathingPresenter(const BreathingPresenter&) = delete;
    BreathingPresenter& operator=(const BreathingPresenter&) = delete;

    /// Opens the window with this plan, or raises the open one (restarting with the new plan).
    void show(const BreathingPlan& plan);
    /// Closes the window (on_finished is called with completed = elapsed >= length).
    void close();
    /// The engine ended the session: a session that ran its length keeps its window open with a kind word
    /// (the user closes it); one stopped early closes its window.
    void session_ended();
    /// True while the window is open.
    bool visible() const;
    /// True while the window shows a session still running (not the kind word after one that ran its length).
    bool in_session() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
