// Restoring after a crash (issue 16 item 1): a checkpoint says how long the app may have run unrecorded after it;
// that slack is neither screen time nor away time, so kill -9 loses at most a minute and credits no unseen break.
#include "core/state_json.h"
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {

Settings everyday() {
    Settings s;
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}

// The state as the driver writes it while running: the app may go on for a minute before the next one.
EngineState checkpoint(Timeline& t) {
    EngineState s = t.engine().snapshot();
    s.checkpoint_slack = 1min;
    return s;
}

// The app starts again at `wall` (a new process: fresh monotonic clocks) from `saved`.
struct Restarted {
    Engine engine;
    std::vector<Effect> effects;
    Restarted(Timeline& t, const EngineState& saved, WallTime wall)
        : engine(t.engine().settings(), t.local(), Now{5s, 5s, wall}, saved),
          effects(engine.advance(Now{5s, 5s, wall})) {}
    bool credited(K kind) const {
        return std::any_of(effects.begin(), effects.end(), [&](const Effect& e) { return e.kind == kind; });
    }
};

} // namespace

TEST_CASE("regression: kill -9 just before the next checkpoint and an immediate restart lose under a minute and "
          "credit no break") {
    Timeline t(everyday());
    t.advance_to("08:10:00");
    const EngineState saved = checkpoint(t);
    t.advance_to("08:10:58"); // the next checkpoint would be due at 08:11:00: the crash comes just before
    const Restarted r(t, saved, t.at("08:11:01"));
    CHECK_FALSE(r.credited(K::natural_break));
    const Status s = r.engine.status();
    // 60 s skipped, 1 s away: the counters kept their 10 minutes (58 s were lost), no break was credited.
    CHECK(s.screen_time_today == 10min);
    CHECK(s.micro.due_in == 10min);
    CHECK(s.rest.due_in == 40min);
}

TEST_CASE("regression: before checkpoints, 98 s after the last save a restart reset both counters") {
    // The same crash with a save 98 s old (no checkpoint since): 60 s skipped, 38 s away, which is a natural
    // micro-break the user really had (the app was off); the rest counter keeps its time.
    Timeline t(everyday());
    t.advance_to("08:10:00");
    const EngineState saved = checkpoint(t);
    const Restarted r(t, saved, t.at("08:11:38"));
    CHECK(r.engine.status().micro.due_in == 20min);
    CHECK(r.engine.status().rest.due_in == 40min);
    CHECK(r.engine.status().screen_time_today == 10min);
}

TEST_CASE("a crash restart within the slack counts nothing as away") {
    Timeline t(everyday());
    t.advance_to("08:05:00");
    const EngineState saved = checkpoint(t);
    const Restarted r(t, saved, t.at("08:05:45"));
    CHECK(r.effects.empty());
    CHECK(r.engine.status().micro.due_in == 15min);
    CHECK(r.engine.status().screen_time_today == 5min);
}

TEST_CASE("after a crash, time beyond the slack is away: a long enough stretch is a natural break") {
    Timeline t(everyday());
    t.advance_to("08:05:00");
    const EngineState saved = checkpoint(t);
    const Restarted r(t, saved, t.at("08:16:00")); // 11 min gap: 1 min skipped, 10 min away
    CHECK(r.credited(K::natural_break));
    CHECK(r.engine.status().micro.due_in == 20min);
    CHECK(r.engine.status().rest.due_in == 50min);
    CHECK(r.engine.status().screen_time_today == 5min);
}

TEST_CASE("a clean stop has no slack: the whole gap is away") {
    Timeline t(everyday());
    t.advance_to("08:05:00");
    const EngineState saved = t.engine().snapshot(); // what stop() writes
    CHECK(saved.checkpoint_slack == Duration::zero());
    const Restarted r(t, saved, t.at("08:05:30"));
    CHECK(r.credited(K::natural_break)); // 30 s off >= the 20 s micro-break
    CHECK(r.engine.status().micro.due_in == 20min);
}

TEST_CASE("the slack is consumed on restore: the next save starts from zero") {
    Timeline t(everyday());
    t.advance_to("08:05:00");
    const Restarted r(t, checkpoint(t), t.at("08:05:10"));
    CHECK(r.engine.snapshot().checkpoint_slack == Duration::zero());
}

TEST_CASE("a crash while away keeps the away stretch, the slack is skipped, not added to it") {
    Timeline t(everyday());
    t.advance_to("08:05:00");
    t.presence(Presence::away);
    t.advance_to("08:05:10");
    const EngineState saved = checkpoint(t);
    // 10 s away before the save + 5 s after the slack: 15 s, under the 20 s micro-break.
    const Restarted r(t, saved, t.at("08:06:15"));
    CHECK_FALSE(r.credited(K::natural_break));
    CHECK(r.engine.status().micro.due_in == 15min);
}
