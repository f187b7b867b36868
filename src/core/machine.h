#pragma once
// The engine's rules as one transient object over EngineState: time stepping (machine.cpp), breaks
// (machine_breaks.cpp), user actions (machine_actions.cpp) and the workday (machine_workday.cpp).
// Internal to src/core; the public face is Engine.
#include "core/day_calendar.h"
#include "core/effect.h"
#include "core/engine_state.h"
#include "core/event.h"
#include "core/local_time.h"
#include "core/refusal.h"
#include "core/settings.h"
#include "core/status.h"

#include <optional>
#include <vector>

namespace respite::detail {

/// Applies the engine rules to `state` from its last observation onwards, appending effects to `out`.
class Machine {
public:
    Machine(const Settings& settings, const LocalTime& local, const DayCalendar& calendar, EngineState& state,
            std::vector<Effect>& out);

    /// Advances to `now`: sleep (since_boot grew more than awake) is away time; a wall-clock jump is not.
    void observe(Now now);
    /// Applies an event at the current instant and settles what falls due at once.
    void apply(const Event& event);
    /// The timeline instant of the next internal event, if any (strictly after the current instant).
    std::optional<Duration> next_event() const;
    /// The wall instant of a timeline instant.
    WallTime wall(Duration t) const { return WallTime{t + offset_}; }
    /// A snapshot for the tray and `status`.
    Status status() const;
    /// Starts an away stretch at the current instant (used when restoring after the app was off).
    void go_away();
    /// Re-derives today's workday flags from the settings in force (a config change, a restore): an end moved
    /// later than now brings the cutoff back, and time before the end is not overtime.
    void rederive_today();

private:
    // machine.cpp: stepping
    void run_until(Duration target);
    void accrue(Duration dt);
    void settle();
    bool fire_once();
    Duration now() const { return now_; }
    WallTime wall_now() const { return wall(now_); }
    Duration timeline(WallTime w) const { return w.time_since_epoch() - offset_; }
    void emit(Effect e);
    void set_presence(Presence p, Duration began_ago);
    void rest_changed(bool was_resting, Duration began);
    // predicates shared by accrue(), next_event() and the rules, so they always agree
    bool present() const { return state_.presence != Presence::away; }
    bool reading() const;
    bool at_screen() const;
    bool resting() const { return !at_screen(); }
    bool paused() const;
    bool in_work_hours() const;
    bool counts(BreakKind kind) const;
    bool overtime_accrues() const;
    bool focus_work_running() const;
    bool can_prompt() const;
    const DayInfo& today() const;
    const BreakSettings& break_settings(BreakKind kind) const;
    BreakCounter& counter(BreakKind kind);
    const BreakCounter& counter(BreakKind kind) const;

    // machine_breaks.cpp
    bool fire_breaks();
    bool fire_prompt_progress();
    bool fire_natural_breaks();
    bool fire_due(BreakKind kind);
    bool micro_folded() const;
    Duration due_threshold(BreakKind kind) const;
    void prompt(BreakKind kind, Duration length, Reason reason);
    void close_prompt();
    void finish_prompt(Reason reason);
    void start_next_focus_interval();
    void credit(BreakKind kind);
    void reset_counter(BreakKind kind);
    void defer(BreakKind kind, Duration latest, Reason reason);
    void add_break_events(std::vector<Duration>& out) const;

    // machine_actions.cpp
    void on(const ev::PresenceChanged& e);
    void on(const ev::BusyChanged& e);
    void on(const ev::StartBreak& e);
    void on(const ev::Postpone& e);
    void on(const ev::Skip& e);
    void on(const ev::Presenting& e);
    void on(const ev::StartBreathing& e);
    void on(const ev::StopBreathing& e);
    void on(const ev::PauseFor& e);
    void on(const ev::PauseUntil& e);
    void on(const ev::PauseUntilNextWorkday& e);
    void on(const ev::Resume& e);
    void on(const ev::FocusStart& e);
    void on(const ev::FocusStop& e);
    void on(const ev::SnoozeCutoff& e);
    void on(const ev::CheckinAnswered& e);
    void on(const ev::ReadingOn& e);
    void on(const ev::ReadingOff& e);
    void on(const ev::InhibitorStarted& e);
    void on(const ev::InhibitorEnded& e);
    void on(const ev::ConfigChanged& e);
    void refuse(Refusal why);
    void cancel_user_break();
    void finish_breathing();
    void pause_until(WallTime until, Reason reason);
    bool postpone_coming(BreakKind kind);
    WallTime next_workday_start() const;

    // machine_workday.cpp
    bool fire_day_rollover();
    bool fire_workday();
    void add_workday_events(std::vector<Duration>& out) const;

    // machine_reading.cpp
    bool fire_reading();
    void end_reading(Reason reason);
    void set_inhibitor_counts(bool counts, Reason reason);
    void rederive_reading();
    std::optional<WallTime> reading_end() const;
    void add_reading_events(std::vector<Duration>& out) const;

    // machine_checkin.cpp
    bool fire_checkin();
    std::optional<WallTime> checkin_time() const;
    void add_checkin_events(std::vector<Duration>& out) const;

    const Settings* settings_;
    const LocalTime& local_;
    const DayCalendar& calendar_;
    EngineState& state_;
    std::vector<Effect>& out_;
    Duration now_{};
    Duration offset_{};
};

} // namespace respite::detail
