#pragma once
// The engine thread (DESIGN.md §2): one io_context on one std::thread owns the Engine; every input arrives by
// asio::post, a steady_timer is armed at engine.next_deadline() (no polling), effects and the fresh Status go to
// the GUI through an injected `to_gui` (post_to_gui on wx), with at most one status refresh pending.
#include "app/history_sink.h"
#include "core/engine.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace respite::app {

/// Owns the Engine on a dedicated Asio thread and feeds it time and events.
class EngineDriver {
public:
    /// Reads the three clocks (read_now() in the app, a fake in tests).
    using Clock = std::function<Now()>;
    /// Runs a task on the GUI thread, in posting order (post_to_gui on wx).
    using ToGui = std::function<void(std::function<void()>)>;
    /// Receivers run on the GUI thread.
    struct Sinks {
        /// Every non-empty batch, in order, in one task with the status it produced (DESIGN.md §2).
        std::function<void(const std::vector<Effect>&, const Status&)> effects;
        /// The latest status when no effect came with it (coalesced), and only when it shows something the last one,
        /// carried forward in time, does not.
        std::function<void(const Status&)> status;
    };
    /// Why the state is saved: a minute's checkpoint, which the next one supersedes (the store may then skip
    /// waiting for the folder's entry, DESIGN.md §5), or a save that must last: after effects that matter, before
    /// sleep, at stop().
    enum class SaveKind { checkpoint, lasting };
    /// Persists the state (called on the engine thread: debounced after effects that matter, as a checkpoint at
    /// most once a minute while the user is present (screen time counts), and once more on stop()).
    using SaveState = std::function<void(const EngineState&, SaveKind)>;

    /// Builds the engine (fresh, or from `restored`); nothing runs until start().
    EngineDriver(Settings settings, std::unique_ptr<LocalTime> local, Clock clock, ToGui to_gui, Sinks sinks,
                 std::optional<EngineState> restored = std::nullopt, SaveState save = {});
    /// A driver without its engine yet: io() exists at once (for the control socket), init() builds the engine.
    EngineDriver(Clock clock, ToGui to_gui, Sinks sinks, SaveState save = {});
    /// Stops and joins the thread if still running.
    ~EngineDriver();
    EngineDriver(const EngineDriver&) = delete;
    EngineDriver& operator=(const EngineDriver&) = delete;

    /// Builds the engine of a driver made without one (once, before start(); events posted meanwhile wait).
    void init(Settings settings, std::unique_ptr<LocalTime> local, std::optional<EngineState> restored = std::nullopt);
    /// Whether the engine exists (built by the constructor or init()).
    bool initialized() const { return engine_ != nullptr; }
    /// Hands every batch (and the stop) to `sink` on the engine thread, too: the history store. Call before start().
    void set_history(std::unique_ptr<HistorySink> sink) { history_ = std::move(sink); }
    /// Starts the engine thread: first advance, first status, timer armed. Does nothing before init().
    void start();
    /// Whether start() ran (the engine thread serves io()).
    bool started() const { return thread_.joinable(); }
    /// Saves the state, stops the io_context and joins the thread. Idempotent; call from wxApp::OnExit.
    void stop();
    /// Delivers an input event to the engine (any thread).
    void post(Event event);
    /// Re-reads the clocks and advances at once (clock jump, resume; any thread).
    void poke();
    /// Runs `fn(*this)` on the engine thread and returns its result (any thread but the engine's own).
    template <class F> auto request(F fn) -> std::future<std::invoke_result_t<F&, EngineDriver&>> {
        using R = std::invoke_result_t<F&, EngineDriver&>;
        auto task =
            std::make_shared<std::packaged_task<R()>>([this, fn = std::move(fn)]() mutable { return fn(*this); });
        auto result = task->get_future();
        boost::asio::post(io_, [task] { (*task)(); });
        return result;
    }
    /// The engine thread's io_context (the IPC server and signal set live on it).
    boost::asio::io_context& io() { return io_; }

    /// Who sent an event: a control-socket client is answered its refusals and its focus start, so the GUI does not
    /// show them too.
    enum class Sender { gui, control_client };

    // --- engine thread only ---
    /// Applies an event now: effects dispatched (without what a control client is answered), state saved soon, timer
    /// re-armed. Returns every effect.
    std::vector<Effect> handle_now(const Event& event, Sender sender = Sender::gui);
    /// Advances to the present: effects dispatched, timer re-armed.
    std::vector<Effect> advance_now();
    /// The engine's status as of now.
    Status status_now();
    /// The engine (read-only).
    const Engine& engine() const { return *engine_; }
    /// The local-time port the engine uses.
    const LocalTime& local_time() const { return *local_; }
    /// The clock reading now.
    Now now() const { return clock_(); }
    /// The engine's next deadline as of the last re-arm (nullopt: none).
    std::optional<WallTime> armed_deadline() const { return armed_; }
    /// When the timer wakes this thread next: the engine's deadline, the next checkpoint or the hourly safety net
    /// (nullopt: not armed). Only these wake the engine thread by itself.
    std::optional<WallTime> next_wake() const { return wake_; }
    /// Schedules a (debounced) state save.
    void save_soon();
    /// Saves the state right away, to last (before sleep: the app keeps running, the slack is a checkpoint's).
    void save_now();
    /// While the user is present, the state is written at least this often (issue 16: a crash loses at most this).
    static constexpr Duration checkpoint_every = std::chrono::minutes(1);

private:
    struct GuiShared;
    void dispatch(std::vector<Effect> effects, bool event_matters);
    void publish_status();
    void publish_effects(std::vector<Effect> effects);
    void rearm(const Now& now);
    void on_timer();
    bool checkpointing() const;
    void save_state(Duration slack, SaveKind kind);
    void record_history(const std::vector<Effect>& effects, WallTime since);

    std::unique_ptr<LocalTime> local_;
    Clock clock_;
    ToGui to_gui_;
    std::shared_ptr<GuiShared> gui_;
    SaveState save_;
    std::unique_ptr<HistorySink> history_;
    std::unique_ptr<Engine> engine_;
    boost::asio::io_context io_{1};
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    boost::asio::steady_timer timer_;
    boost::asio::steady_timer save_timer_;
    bool save_pending_ = false;
    std::optional<Duration> saved_at_; ///< `last.since_boot` of the state last written
    std::optional<WallTime> armed_;
    std::optional<WallTime> wake_;
    std::optional<Status> shown_; ///< the status last handed to the GUI (with effects or alone)
    std::thread thread_;
    bool stopped_ = false;
};

} // namespace respite::app
