#include "ui/breath_pacer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace respite::ui {

double ease_in_out(double p) {
    return 0.5 - 0.5 * std::cos(std::numbers::pi * std::clamp(p, 0.0, 1.0));
}

BreathState breath_at(const BreathingPlan& plan, Duration t) {
    const Duration phases[] = {plan.inhale, plan.hold_in, plan.exhale, plan.hold_out};
    Duration cycle{};
    for (auto p : phases)
        cycle += std::max(p, Duration::zero());
    if (cycle <= Duration::zero())
        return {};
    Duration at = t % cycle;
    for (int i = 0; i < 4; ++i) {
        const Duration len = std::max(phases[i], Duration::zero());
        if (at < len) {
            const double progress = double(at.count()) / double(len.count());
            BreathState s{static_cast<BreathPhase>(i), len - at, 0.0};
            switch (s.phase) {
            case BreathPhase::inhale:
                s.level = ease_in_out(progress);
                break;
            case BreathPhase::hold_in:
                s.level = 1.0;
                break;
            case BreathPhase::exhale:
                s.level = 1.0 - ease_in_out(progress);
                break;
            case BreathPhase::hold_out:
                s.level = 0.0;
                break;
            }
            return s;
        }
        at -= len;
    }
    return {};
}

} // namespace respite::ui
