#include "ui/breathing_dialog.h"

#include "ui/breathing_frame.h"

#include <wx/weakref.h>

namespace respite::ui {

BreathingPlan with_pattern(BreathingPlan plan, BreathingPattern pattern) {
    using namespace std::chrono_literals;
    plan.pattern = pattern;
    switch (pattern) {
    case BreathingPattern::box:
        plan.inhale = plan.hold_in = plan.exhale = plan.hold_out = 4s;
        break;
    case BreathingPattern::four_seven_eight:
        plan.inhale = 4s;
        plan.hold_in = 7s;
        plan.exhale = 8s;
        plan.hold_out = 0s;
        break;
    case BreathingPattern::coherent:
        plan.inhale = plan.exhale = 5500ms;
        plan.hold_in = plan.hold_out = 0s;
        break;
    case BreathingPattern::custom:
    case BreathingPattern::follow: // paces nothing
        break;
    }
    return plan;
}

BreathingPlan plan_from_settings(const BreathingSettings& settings, Duration length) {
    BreathingPlan plan;
    plan.inhale = settings.inhale;
    plan.hold_in = settings.hold_in;
    plan.exhale = settings.exhale;
    plan.hold_out = settings.hold_out;
    plan.length = length > Duration::zero() ? length : Duration(std::chrono::minutes(settings.default_minutes));
    plan.chime = settings.chime;
    plan.reduced_motion = settings.reduced_motion;
    return with_pattern(plan, settings.pattern);
}

struct BreathingPresenter::Impl {
    Sound* sound = nullptr;
    BreathingFinished on_finished;
    wxWeakRef<BreathingFrame> frame;
    bool ended = false; ///< the open window shows a finished session's kind word
};

BreathingPresenter::BreathingPresenter(Sound* sound, BreathingFinished on_finished) : impl_(std::make_unique<Impl>()) {
    impl_->sound = sound;
    impl_->on_finished = std::move(on_finished);
}

BreathingPresenter::~BreathingPresenter() {
    if (impl_->frame)
        impl_->frame->close_silently();
}

void BreathingPresenter::show(const BreathingPlan& plan) {
    impl_->ended = false;
    if (visible()) {
        impl_->frame->restart(plan);
    } else {
        // The frame reports through the presenter's callback, which outlives neither.
        impl_->frame = new BreathingFrame(plan, impl_->sound, [impl = impl_.get()](Duration e, bool c) {
            if (impl->on_finished)
                impl->on_finished(e, c);
        });
        impl_->frame->Show();
    }
    impl_->frame->Raise();
}

void BreathingPresenter::close() {
    if (visible())
        impl_->frame->Close(true);
}

void BreathingPresenter::session_ended() {
    if (!visible())
        return;
    if (impl_->frame->near_end()) {
        impl_->frame->complete();
        impl_->ended = true;
    } else
        close();
}

bool BreathingPresenter::visible() const {
    return impl_->frame && !impl_->frame->IsBeingDeleted();
}

bool BreathingPresenter::in_session() const {
    return visible() && !impl_->ended;
}

} // namespace respite::ui
