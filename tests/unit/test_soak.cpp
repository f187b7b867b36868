// Soak: 30 simulated days of seeded random presence and actions; the engine's invariants hold throughout.
#include "core/engine.h"
#include "core/state_json.h"

#include <doctest/doctest.h>

#include <memory>
#include <random>

using namespace respite;
using namespace std::chrono_literals;
using K = EffectKind;

namespace {

struct Step {
    Duration after;             ///< wait this long, then
    std::optional<Event> event; ///< send this (or nothing)
};

// A month of plausible days: nights away, work in bursts with idle gaps, meetings, and user actions.
std::vector<Step> random_month(unsigned seed) {
    std::mt19937 rng(seed);
    const auto between = [&](Duration lo, Duration hi) {
        return Duration{std::uniform_int_distribution<std::int64_t>(lo.count(), hi.count())(rng)};
    };
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    std::vector<Step> steps;
    Duration total{};
    while (total < 24h * 30) {
        Step s{between(1s, 25min), std::nullopt};
        const int pick = std::uniform_int_distribution<int>(0, 99)(rng);
        if (pick < 30)
            s.event = ev::PresenceChanged{Presence::active, {}};
        else if (pick < 50)
            s.event = ev::PresenceChanged{Presence::idle, between(0s, 30s)};
        else if (pick < 58)
            s.event = ev::PresenceChanged{Presence::away, {}};
        else if (pick < 62)
            s.event = ev::BusyChanged{chance(0.5), BusyReason::fullscreen};
        else if (pick < 70)
            s.event = ev::StartBreak{chance(0.7) ? BreakKind::micro : BreakKind::rest};
        else if (pick < 76)
            s.event = ev::Postpone{};
        else if (pick < 80)
            s.event = ev::Skip{};
        else if (pick < 82)
            s.event = ev::Presenting{};
        else if (pick < 84)
            s.event = ev::StartBreathing{between(1min, 6min)};
        else if (pick < 85)
            s.event = ev::StopBreathing{};
        else if (pick < 87)
            s.event = ev::PauseFor{between(5min, 2h)};
        else if (pick < 88)
            s.event = ev::Resume{};
        else if (pick < 90)
            s.event = chance(0.5) ? Event{ev::FocusStart{}} : Event{ev::FocusStop{}};
        else if (pick < 91)
            s.event = ev::SnoozeCutoff{10min};
        else if (pick < 93)
            s = Step{between(6h, 14h), ev::PresenceChanged{Presence::away, {}}}; // a night or a weekend day
        total += s.after;
        steps.push_back(std::move(s));
    }
    return steps;
}

struct Run {
    std::vector<Effect> effects;
    std::vector<Presence> presence_at_effect;
    std::vector<Status> statuses;
};

// Drives an engine the way the app does (timer at next_deadline); restarts through state.json at `restarts`.
Run drive(const std::vector<Step>& steps, const std::vector<std::size_t>& restarts) {
    Settings settings;
    settings.workday.weekly_overtime_cap = 3h;
    settings.workday.daily_limit = 6h;
    const auto local = make_tz_local_time(std::string("Europe/Berlin"));
    Now now{1h, 1h, WallTime{date::sys_days{date::year{2026} / 3 / 20}} + 6h}; // spans the spring DST change
    auto engine = std::make_unique<Engine>(settings, *local, now);
    Run run;
    Presence presence = Presence::active;
    const auto record = [&](std::vector<Effect> fx) {
        for (Effect& e : fx) {
            run.presence_at_effect.push_back(presence);
            run.effects.push_back(std::move(e));
        }
    };
    std::size_t next_restart = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const WallTime target = now.wall + steps[i].after;
        while (true) {
            const auto deadline = engine->next_deadline();
            REQUIRE(deadline);
            if (*deadline > target)
                break;
            REQUIRE(*deadline >= now.wall);
            const Duration d = *deadline - now.wall;
            now = Now{now.awake + d, now.since_boot + d, *deadline};
            record(engine->advance(now));
        }
        const Duration d = target - now.wall;
        now = Now{now.awake + d, now.since_boot + d, target};
        if (steps[i].event) {
            if (const auto* p = std::get_if<ev::PresenceChanged>(&*steps[i].event))
                presence = p->presence;
            record(engine->handle(now, *steps[i].event));
        } else {
            record(engine->advance(now));
        }
        run.statuses.push_back(engine->status());
        if (next_restart < restarts.size() && restarts[next_restart] == i) {
            ++next_restart;
            std::string error;
            const auto json = nlohmann::json::parse(state_to_json(engine->snapshot()).dump());
            auto restored = state_from_json(json, error);
            REQUIRE_MESSAGE(restored, error);
            CHECK(*restored == engine->snapshot());
            engine = std::make_unique<Engine>(settings, *local, now, *restored);
        }
    }
    return run;
}

} // namespace

TEST_CASE("soak: 30 random days keep the engine's invariants") {
    const Settings defaults;
    for (unsigned seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        const auto steps = random_month(seed);
        const Run run = drive(steps, {});

        // Same seed, same timeline.
        CHECK(drive(steps, {}).effects == run.effects);

        // Restoring from state.json at random points gives the same timeline as running on.
        std::mt19937 rng(seed * 7919);
        std::vector<std::size_t> restarts;
        for (std::size_t i = 0; i < steps.size(); i += std::uniform_int_distribution<std::size_t>(50, 400)(rng))
            restarts.push_back(i);
        const Run restarted = drive(steps, restarts);
        CHECK(restarted.effects.size() == run.effects.size());
        CHECK(restarted.effects == run.effects);

        std::optional<WallTime> last_reset[2];
        std::size_t prompts = 0;
        for (std::size_t i = 0; i < run.effects.size(); ++i) {
            const Effect& e = run.effects[i];
            if (i > 0)
                REQUIRE(e.at >= run.effects[i - 1].at); // time order
            if (e.kind == K::break_prompt) {
                ++prompts;
                if (e.reason !=
                    Reason::user) // a user who clicks "take a break" is there, whatever the monitor said last
                    CHECK_MESSAGE(run.presence_at_effect[i] != Presence::away,
                                  "prompt while away: " << to_string(e.reason));
                const bool due = e.reason == Reason::none && e.brk != BreakKind::focus;
                const std::size_t k = e.brk == BreakKind::rest ? 1 : 0;
                if (due && last_reset[k]) {
                    const Duration every = k ? defaults.rest_break.every : defaults.micro_break.every;
                    CHECK_MESSAGE(e.at - *last_reset[k] >= every, "prompt too soon after the last break");
                }
            }
            const bool resets = e.kind == K::break_finished || e.kind == K::natural_break || e.kind == K::break_skipped;
            if (resets && e.brk && e.brk != BreakKind::focus) {
                last_reset[0] = e.at;
                if (e.brk == BreakKind::rest)
                    last_reset[1] = e.at;
            }
            if (e.kind == K::overtime_reminder || e.kind == K::overtime_cap_reached) {
                CHECK(e.duration >= 0s);
                CHECK(e.total >= e.duration);
            }
        }
        CHECK(prompts > 100); // the month really exercised the engine
        for (const Status& s : run.statuses) {
            CHECK(s.overtime_today >= 0s);
            CHECK(s.overtime_week >= s.overtime_today);
            CHECK(s.skips_left >= 0);
            CHECK(s.micro.postpones_left >= 0);
        }
    }
}
