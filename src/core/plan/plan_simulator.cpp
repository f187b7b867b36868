#include "core/plan/plan_simulator.h"

#include "core/engine.h"

#include <algorithm>

namespace respite {
namespace {

// The virtual clocks: no sleep in a plan, so awake and since_boot advance with the wall clock.
class VirtualClock {
public:
    explicit VirtualClock(WallTime start) : start_(start) {}
    Now at(WallTime t) const {
        const Duration d = t - start_ + std::chrono::hours(1);
        return Now{d, d, t};
    }

private:
    WallTime start_;
};

class Simulation {
public:
    Simulation(const Settings& settings, const LocalTime& local, const PlanOptions& options,
               const std::function<void(const Effect&)>& sink)
        : options_(options), sink_(sink), clock_(options.from), now_(options.from),
          engine_(settings, local, clock_.at(options.from)) {}

    void run() {
        const WallTime end = options_.from + options_.length;
        apply_activity(now_);
        observe();
        while (now_ < end) {
            WallTime target = std::min(end, next_change_.value_or(end));
            if (const auto deadline = engine_.next_deadline())
                target = std::min(target, std::max(now_, *deadline));
            now_ = target;
            deliver(engine_.advance(clock_.at(now_)));
            if (next_change_ && now_ >= *next_change_)
                apply_activity(now_);
        }
    }

private:
    void apply_activity(WallTime t) {
        Activity activity = Activity::active;
        next_change_.reset();
        if (options_.activity) {
            auto [a, change] = options_.activity->at(t, cursor_);
            activity = a;
            next_change_ = change;
        }
        const bool busy = activity == Activity::busy;
        if (busy != busy_) {
            busy_ = busy;
            handle(ev::BusyChanged{busy, BusyReason::none}); // busy for no named reason: deferrals say "busy"
            observe();
        }
        const bool reading = activity == Activity::reading;
        if (reading != reading_) {
            reading_ = reading;
            if (reading)
                handle(ev::ReadingOn{ReadingSource::plan});
            else
                handle(ev::ReadingOff{});
        }
        trace_presence_ = activity == Activity::away                                    ? Presence::away
                          : activity == Activity::idle || activity == Activity::reading ? Presence::idle
                                                                                        : Presence::active;
        if (!in_break_)
            set_presence(trace_presence_);
    }

    void set_presence(Presence p) {
        if (p == presence_)
            return;
        presence_ = p;
        handle(ev::PresenceChanged{p, {}});
        observe();
    }

    void observe() {
        if (options_.on_presence)
            options_.on_presence(now_, presence_, busy_);
    }

    void handle(const Event& e) { deliver(engine_.handle(clock_.at(now_), e)); }

    void deliver(const std::vector<Effect>& effects) {
        for (const Effect& e : effects) {
            sink_(e);
            react(e);
        }
    }

    void react(const Effect& e) {
        switch (e.kind) {
        case EffectKind::break_prompt:
            respond(*e.brk);
            break;
        case EffectKind::checkin_prompt:
            if (options_.answer_checkin)
                handle(ev::CheckinAnswered{options_.checkin_feeling, {}});
            break;
        case EffectKind::break_finished:
        case EffectKind::break_cancelled:
            if (in_break_ && e.brk == in_break_) {
                in_break_.reset();
                set_presence(trace_presence_);
            }
            break;
        default:
            break;
        }
    }

    void respond(BreakKind kind) {
        const auto refused = [this](const Event& e) {
            const auto fx = engine_.handle(clock_.at(now_), e);
            const bool no =
                std::any_of(fx.begin(), fx.end(), [](const Effect& f) { return f.kind == EffectKind::action_refused; });
            deliver(fx);
            return no;
        };
        if (options_.respond == Respond::postpone && !refused(ev::Postpone{}))
            return;
        if (options_.respond == Respond::skip && !refused(ev::Skip{}))
            return;
        in_break_ = kind;
        handle(ev::StartBreak{kind});
        if (in_break_)
            set_presence(Presence::idle);
    }

    const PlanOptions& options_;
    const std::function<void(const Effect&)>& sink_;
    VirtualClock clock_;
    WallTime now_;
    Engine engine_;
    std::size_t cursor_ = 0;
    std::optional<WallTime> next_change_;
    Presence presence_ = Presence::active;
    Presence trace_presence_ = Presence::active;
    bool busy_ = false;
    bool reading_ = false; ///< the trace's reading segment turned reading mode on
    std::optional<BreakKind> in_break_;
};

} // namespace

void run_plan(const Settings& settings, const LocalTime& local, const PlanOptions& options,
              const std::function<void(const Effect&)>& sink) {
    Simulation(settings, local, options, sink).run();
}

} // namespace respite
