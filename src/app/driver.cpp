#include "app/driver.h"

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <mutex>

namespace respite::app {

namespace asio = boost::asio;

namespace {
// A safety net for wall-clock jumps the clock monitor missed; not a polling loop (one wake-up an hour).
constexpr Duration max_sleep = std::chrono::hours(1);
constexpr Duration save_debounce = std::chrono::seconds(2);

// Clock reads on the two threads differ by far less; a countdown on screen moves by the second at the finest.
constexpr Duration view_tolerance = std::chrono::milliseconds(500);

bool matters(const std::vector<Effect>& effects) {
    return std::any_of(effects.begin(), effects.end(), [](const Effect& e) { return e.kind != EffectKind::heads_up; });
}

Duration minus(Duration d, Duration dt) {
    return std::max(Duration::zero(), d - dt);
}

// `s` carried forward to `to` the way time alone moves it while nothing happens: what counts, counts (the same
// rules as the engine's accrual). The GUI extrapolates what it shows from `at` in the same way.
Status extrapolated(Status s, WallTime to) {
    const Duration dt = std::chrono::duration_cast<Duration>(to - s.at);
    s.at = to;
    for (BreakStatus* b : {&s.micro, &s.rest})
        if (b->counting)
            b->due_in = minus(b->due_in, dt);
    if (s.break_running)
        s.break_left = minus(s.break_left, dt);
    const bool present = s.presence != Presence::away;
    if ((s.focus_active && s.focus_on_break) ? s.break_running : (s.focus_active && present && !s.paused_until))
        s.focus_left = minus(s.focus_left, dt);
    if (s.breathing)
        s.breathing_left = minus(s.breathing_left, dt);
    if (present) {
        s.screen_time_today += dt;
        if (s.after_hours) {
            s.overtime_today += dt;
            s.overtime_week += dt;
        }
    }
    return s;
}

// Whether `fresh` tells the GUI nothing that `shown`, carried forward, does not: then it need not be sent (a GUI
// task wakes the GUI thread, and a refreshed tray wakes the tray host).
bool same_view(const Status& shown, const Status& fresh) {
    if (fresh.at < shown.at)
        return false;
    Status x = extrapolated(shown, fresh.at);
    const auto close = [](Duration& a, Duration b) {
        if (a - b <= view_tolerance && b - a <= view_tolerance)
            a = b;
    };
    close(x.micro.due_in, fresh.micro.due_in);
    close(x.rest.due_in, fresh.rest.due_in);
    close(x.break_left, fresh.break_left);
    close(x.focus_left, fresh.focus_left);
    close(x.breathing_left, fresh.breathing_left);
    close(x.screen_time_today, fresh.screen_time_today);
    close(x.overtime_today, fresh.overtime_today);
    close(x.overtime_week, fresh.overtime_week);
    return x == fresh;
}
} // namespace

// Shared with queued GUI tasks, so a task that runs after the driver is gone touches nothing freed.
struct EngineDriver::GuiShared {
    Sinks sinks;
    std::mutex mutex;
    Status latest;
    bool pending = false;
    std::uint64_t generation = 0; ///< bumped by each batch of effects: a status task queued before it is outdated
};

EngineDriver::EngineDriver(Settings settings, std::unique_ptr<LocalTime> local, Clock clock, ToGui to_gui, Sinks sinks,
                           std::optional<EngineState> restored, SaveState save)
    : EngineDriver(std::move(clock), std::move(to_gui), std::move(sinks), std::move(save)) {
    init(std::move(settings), std::move(local), std::move(restored));
}

EngineDriver::EngineDriver(Clock clock, ToGui to_gui, Sinks sinks, SaveState save)
    : clock_(std::move(clock)), to_gui_(std::move(to_gui)), gui_(std::make_shared<GuiShared>()), save_(std::move(save)),
      work_(asio::make_work_guard(io_)), timer_(io_), save_timer_(io_) {
    gui_->sinks = std::move(sinks);
}

void EngineDriver::init(Settings settings, std::unique_ptr<LocalTime> local, std::optional<EngineState> restored) {
    if (engine_ || thread_.joinable())
        return;
    local_ = std::move(local);
    const Now now = clock_();
    if (restored)
        engine_ = std::make_unique<Engine>(std::move(settings), *local_, now, std::move(*restored));
    else
        engine_ = std::make_unique<Engine>(std::move(settings), *local_, now);
}

EngineDriver::~EngineDriver() {
    stop();
}

void EngineDriver::start() {
    if (thread_.joinable() || stopped_ || !engine_)
        return;
    asio::post(io_, [this] { advance_now(); });
    thread_ = std::thread([this] {
        for (;;) {
            try {
                io_.run();
                break;
            } catch (const std::exception& e) {
                // One failing handler must not take the whole app down; log and keep serving.
                std::cerr << "respite: engine thread: " << e.what() << "\n";
            }
        }
    });
}

void EngineDriver::stop() {
    if (stopped_)
        return;
    stopped_ = true;
    if (!thread_.joinable()) {
        return;
    }
    asio::post(io_, [this] {
        timer_.cancel();
        save_timer_.cancel();
        record_history(engine_->advance(clock_()), clock_().wall);
        if (history_)
            history_->finish(engine_->status());
        save_state(Duration::zero(), SaveKind::lasting); // a clean stop: the app ran until exactly this state's instant
        io_.stop();
    });
    thread_.join();
}

void EngineDriver::post(Event event) {
    asio::post(io_, [this, event = std::move(event)] { handle_now(event); });
}

void EngineDriver::poke() {
    asio::post(io_, [this] { advance_now(); });
}

std::vector<Effect> EngineDriver::handle_now(const Event& event, Sender sender) {
    const Now now = clock_();
    auto effects = engine_->handle(now, event);
    // An idle monitor reports late: the idle stretch began `began_ago` before now.
    const auto* presence = std::get_if<ev::PresenceChanged>(&event);
    record_history(effects, presence ? now.wall - presence->began_ago : now.wall);
    // User actions and config changes matter; presence changes only when the user leaves (the machine may go off).
    bool event_matters = true;
    if (const auto* p = std::get_if<ev::PresenceChanged>(&event))
        event_matters = p->presence == Presence::away;
    else if (std::holds_alternative<ev::BusyChanged>(event))
        event_matters = false;
    std::vector<Effect> shown = effects;
    // What the control client is answered with is its feedback (printed by the CLI): a refusal, or the start of
    // the focus session it asked for, is not shown a second time as a desktop notification.
    if (sender == Sender::control_client)
        std::erase_if(shown, [](const Effect& e) {
            return e.kind == EffectKind::action_refused || e.kind == EffectKind::focus_started;
        });
    dispatch(std::move(shown), event_matters);
    rearm(now);
    return effects;
}

std::vector<Effect> EngineDriver::advance_now() {
    const Now now = clock_();
    auto effects = engine_->advance(now);
    record_history(effects, now.wall);
    dispatch(effects, false);
    rearm(now);
    return effects;
}

Status EngineDriver::status_now() {
    advance_now(); // effects that fell due on the way still reach the GUI
    return engine_->status();
}

void EngineDriver::dispatch(std::vector<Effect> effects, bool event_matters) {
    if (event_matters || matters(effects))
        save_soon();
    if (effects.empty())
        publish_status();
    else
        publish_effects(std::move(effects));
}

void EngineDriver::publish_effects(std::vector<Effect> effects) {
    if (!to_gui_)
        return;
    Status status = engine_->status();
    shown_ = status;
    {
        std::lock_guard lock(gui_->mutex);
        ++gui_->generation;
        gui_->pending = false; // a later status-only refresh queues behind this batch
    }
    // The effects and the status they produced travel together: a window never sees a fresh effect beside a
    // stale status, nor a status before the effects that led to it.
    auto shared = gui_;
    to_gui_([shared, effects = std::move(effects), status = std::move(status)] {
        if (shared->sinks.effects)
            shared->sinks.effects(effects, status);
    });
}

void EngineDriver::publish_status() {
    if (!to_gui_)
        return;
    Status fresh = engine_->status();
    // A timer wake-up (a checkpoint) or an event that changed nothing on screen costs the GUI nothing.
    if (shown_ && same_view(*shown_, fresh))
        return;
    shown_ = fresh;
    bool schedule = false;
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(gui_->mutex);
        gui_->latest = std::move(fresh);
        schedule = !std::exchange(gui_->pending, true);
        generation = gui_->generation;
    }
    if (!schedule)
        return;
    auto shared = gui_;
    to_gui_([shared, generation] {
        Status status;
        {
            std::lock_guard lock(shared->mutex);
            // Effects posted after this task carry a newer status; it must not overtake them.
            if (generation != shared->generation)
                return;
            status = shared->latest;
            shared->pending = false;
        }
        if (shared->sinks.status)
            shared->sinks.status(status);
    });
}

void EngineDriver::rearm(const Now& now) {
    // The checkpoint rides on this wake-up and on the engine's own timer, so it costs no timer while the user is
    // away: state.json then says how far it may lag behind (the slack), and a restart skips just that much.
    if (checkpointing() && (!saved_at_ || now.since_boot - *saved_at_ >= checkpoint_every))
        save_state(checkpoint_every, SaveKind::checkpoint);
    armed_ = engine_->next_deadline();
    std::optional<Duration> delay;
    if (armed_)
        delay = std::clamp<Duration>(*armed_ - now.wall, Duration::zero(), max_sleep);
    if (checkpointing() && saved_at_) {
        const Duration until_checkpoint = std::max(Duration::zero(), *saved_at_ + checkpoint_every - now.since_boot);
        delay = std::min(delay.value_or(until_checkpoint), until_checkpoint);
    }
    if (!delay) {
        wake_.reset();
        timer_.cancel();
        return;
    }
    wake_ = now.wall + *delay;
    timer_.expires_after(*delay);
    timer_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec)
            on_timer();
    });
}

void EngineDriver::on_timer() {
    advance_now();
}

void EngineDriver::record_history(const std::vector<Effect>& effects, WallTime since) {
    // Every batch, with or without effects: the sink decides whether it is worth a transaction (effects, a change
    // of presence, or the open presence span a minute old on a checkpoint wake-up). No timer of its own.
    if (history_)
        history_->record(effects, engine_->status(), engine_->settings(), since);
}

void EngineDriver::save_soon() {
    if (!save_ || save_pending_)
        return;
    save_pending_ = true;
    save_timer_.expires_after(save_debounce);
    save_timer_.async_wait([this](const boost::system::error_code& ec) {
        if (ec)
            return;
        save_now();
        // The next checkpoint is a minute after this save, not after the one before it (a wake-up saved).
        rearm(clock_());
    });
}

void EngineDriver::save_now() {
    save_state(checkpoint_every, SaveKind::lasting);
}

bool EngineDriver::checkpointing() const {
    // Present time is counted (screen time, break counters); away time changes nothing a crash could lose.
    return save_ && engine_->snapshot().presence != Presence::away;
}

void EngineDriver::save_state(Duration slack, SaveKind kind) {
    save_pending_ = false;
    if (!save_)
        return;
    EngineState state = engine_->snapshot();
    state.checkpoint_slack = slack;
    saved_at_ = state.last.since_boot;
    save_(state, kind);
}

} // namespace respite::app
