#pragma once
// Where in a breathing cycle a moment falls: the phase, its time left, and the circle's size.
#include "ui/breathing_dialog.h"

namespace respite::ui {

/// The four phases of a breathing pattern.
enum class BreathPhase { inhale, hold_in, exhale, hold_out };

/// The pacer's reading at one moment.
struct BreathState {
    BreathPhase phase = BreathPhase::inhale;
    Duration left{};    ///< time left in this phase
    double level = 0.0; ///< circle size 0 (empty lungs) .. 1 (full), eased in/out
};

/// The state `t` after the session started (cycles repeat; zero-length phases are skipped).
BreathState breath_at(const BreathingPlan& plan, Duration t);
/// Ease in/out (cosine) of a 0..1 progress.
double ease_in_out(double p);

} // namespace respite::ui
