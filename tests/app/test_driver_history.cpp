// The engine thread hands every batch to the history sink, on its own thread, with the presence it led to, and
// tells it when it stops (issue 11: batched with the effects, no write on the GUI thread).
#include "app/driver.h"

#include <date/date.h>

#include <doctest/doctest.h>

#include <mutex>
#include <thread>

using namespace respite;
using namespace respite::app;
using namespace std::chrono_literals;

namespace {

struct Batch {
    std::vector<EffectKind> effects;
    Presence presence;
    bool busy;
    WallTime at;
    WallTime since;
    bool history_enabled;
    std::thread::id thread;
};

struct RecordingSink final : HistorySink {
    std::mutex mutex;
    std::vector<Batch> batches;
    int finished = 0;
    void record(const std::vector<Effect>& effects, const Status& status, const Settings& settings,
                WallTime since) override {
        std::lock_guard lock(mutex);
        Batch b{
            {}, status.presence, status.busy, status.at, since, settings.history.enabled, std::this_thread::get_id()};
        for (const Effect& e : effects)
            b.effects.push_back(e.kind);
        batches.push_back(std::move(b));
    }
    void finish(const Status&) override {
        std::lock_guard lock(mutex);
        ++finished;
    }
};

// A fixed clock: no deadline falls due by itself while the test runs.
Now fixed_now() {
    return Now{1h, 1h, WallTime(date::sys_days(date::year{2026} / 11 / 23)) + 10h};
}

} // namespace

TEST_CASE("driver: each batch reaches the history sink on the engine thread, with its presence") {
    auto owned = std::make_unique<RecordingSink>();
    RecordingSink& sink = *owned;
    Settings settings;
    settings.history.enabled = false; // the sink decides what that means; the driver hands it on
    EngineDriver driver(settings, make_tz_local_time("UTC"), fixed_now, {}, {});
    driver.set_history(std::move(owned));
    driver.start();
    driver.post(ev::PresenceChanged{Presence::idle, 4min});
    driver.post(ev::BusyChanged{true, BusyReason::fullscreen});
    driver.post(ev::StartBreak{BreakKind::micro});
    const auto engine_thread = driver.request([](EngineDriver&) { return std::this_thread::get_id(); }).get();
    driver.stop();

    std::lock_guard lock(sink.mutex);
    REQUIRE(sink.batches.size() >= 4);
    for (const Batch& b : sink.batches) {
        CHECK(b.thread == engine_thread);
        CHECK_FALSE(b.history_enabled);
    }
    const auto idle = std::find_if(sink.batches.begin(), sink.batches.end(),
                                   [](const Batch& b) { return b.presence == Presence::idle; });
    REQUIRE(idle != sink.batches.end());
    CHECK(idle->since == fixed_now().wall - 4min); // the idle stretch began when the input stopped
    const auto busy = std::find_if(sink.batches.begin(), sink.batches.end(), [](const Batch& b) { return b.busy; });
    REQUIRE(busy != sink.batches.end());
    const auto started = std::find_if(sink.batches.begin(), sink.batches.end(), [](const Batch& b) {
        return std::find(b.effects.begin(), b.effects.end(), EffectKind::break_started) != b.effects.end();
    });
    CHECK(started != sink.batches.end());
    CHECK(sink.finished == 1);
}

TEST_CASE("driver: without a history sink nothing changes") {
    EngineDriver driver(Settings{}, make_tz_local_time("UTC"), fixed_now, {}, {});
    driver.start();
    driver.post(ev::PresenceChanged{Presence::idle, {}});
    CHECK(driver.request([](EngineDriver& d) { return d.engine().status().presence; }).get() == Presence::idle);
    driver.stop();
}
