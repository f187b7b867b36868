// state.json round trip and rejection of files that are not ours.
#include "core/state_json.h"
#include "timeline.h"

using namespace respite;
using namespace respite::test;

TEST_CASE("engine state survives a JSON round trip") {
    Settings s;
    Timeline t(s);
    t.advance_to("08:20:00");
    t.event(ev::Postpone{});
    t.event(ev::FocusStart{});
    t.event(ev::PauseFor{10min});
    t.presence(Presence::idle, 5s);
    const EngineState& before = t.engine().snapshot();
    std::string error;
    const auto after = state_from_json(nlohmann::json::parse(state_to_json(before).dump()), error);
    REQUIRE_MESSAGE(after, error);
    CHECK(*after == before);
}

TEST_CASE("state files that are not ours are rejected with a reason") {
    std::string error;
    CHECK_FALSE(state_from_json(nlohmann::json::array(), error));
    CHECK(error == "not a JSON object");
    CHECK_FALSE(state_from_json(nlohmann::json{{"version", 99}}, error));
    CHECK(error.find("unsupported version") != std::string::npos);
    auto j = state_to_json(EngineState{});
    j["micro"]["counted_ms"] = "soon";
    CHECK_FALSE(state_from_json(j, error));
    CHECK_FALSE(error.empty());
    j = state_to_json(EngineState{});
    j["prompt"]["kind"] = "nap";
    CHECK_FALSE(state_from_json(j, error));
}

TEST_CASE("the checkpoint slack round-trips, a file written before it existed reads as a clean stop") {
    EngineState s;
    s.checkpoint_slack = 1min;
    std::string error;
    auto j = state_to_json(s);
    const auto back = state_from_json(j, error);
    REQUIRE_MESSAGE(back, error);
    CHECK(back->checkpoint_slack == 1min);
    j["last"].erase("checkpoint_slack_ms");
    const auto old = state_from_json(j, error);
    REQUIRE_MESSAGE(old, error);
    CHECK(old->checkpoint_slack == Duration::zero());
}

namespace {
// A valid state written "now", with one field changed by `edit`; returns the loader's error ("" when accepted).
template <class F> std::string rejected(F edit) {
    EngineState s;
    s.last.wall = WallTime{std::chrono::sys_days{std::chrono::year{2026} / 12 / 1}.time_since_epoch()};
    auto j = state_to_json(s);
    edit(j);
    std::string error;
    const auto state = state_from_json(j, error);
    return state ? std::string() : error;
}
} // namespace

TEST_CASE("regression: values from state.json are validated (skips_left 1003, a pause until 2404, garbled times)") {
    CHECK(rejected([](nlohmann::json&) {}).empty());
    CHECK(rejected([](nlohmann::json& j) { j["day"]["skips_used"] = -1000; }) == "skips_used out of range (-1000)");
    // 2404-01-01 with a garbled time of day
    CHECK(rejected([](nlohmann::json& j) { j["paused_until_ms"] = 13696193532417LL; }) ==
          "paused_until_ms out of range (13696193532417)");
    CHECK(rejected([](nlohmann::json& j) { j["last"]["wall_ms"] = -5; }) == "wall_ms out of range (-5)");
    CHECK(rejected([](nlohmann::json& j) { j["last"]["since_boot_ms"] = 9'000'000'000'000'000'000ULL; }) ==
          "since_boot_ms out of range (9000000000000000000)");
    CHECK(rejected([](nlohmann::json& j) { j["micro"]["counted_ms"] = -1; }) == "counted_ms out of range (-1)");
    CHECK(rejected([](nlohmann::json& j) { j["rest"]["postpones_used"] = 1'000'000; }) ==
          "postpones_used out of range (1000000)");
    CHECK(rejected([](nlohmann::json& j) { j["day"]["screen_ms"] = 72LL * 3600 * 1000; }) ==
          "screen_ms out of range (259200000)");
    CHECK(rejected([](nlohmann::json& j) {
              j["prompt"]["length_ms"] = 20000;
              j["prompt"]["done_ms"] = 30000;
          }) == "done_ms out of range (30000)");
    CHECK(rejected([](nlohmann::json& j) { j["stretch_start_ms"] = -9'000'000'000'000'000'000LL; }) ==
          "stretch_start_ms out of range (-9000000000000000000)");
    CHECK(rejected([](nlohmann::json& j) { j["busy_reason"] = std::string(5000, 'x'); }) ==
          "busy_reason out of range (\"(5000 characters)\")");
    CHECK(rejected([](nlohmann::json& j) { j["day"]["skips_used"] = "two"; }) ==
          "skips_used must be an integer, not string");
    CHECK(rejected([](nlohmann::json& j) { j["day"].erase("cap_sent"); }) == "missing cap_sent");
    CHECK(rejected([](nlohmann::json& j) { j["focus"] = 3; }) == "expected an object around active");
}

TEST_CASE("state.json keeps today's check-in, a file written before it existed reads as not asked") {
    EngineState s;
    s.checkin_sent = true;
    std::string error;
    auto j = state_to_json(s);
    CHECK(j["day"]["checkin_sent"] == true);
    const auto back = state_from_json(nlohmann::json::parse(j.dump()), error);
    REQUIRE_MESSAGE(back, error);
    CHECK(back->checkin_sent);
    j["day"].erase("checkin_sent");
    const auto old = state_from_json(j, error);
    REQUIRE_MESSAGE(old, error);
    CHECK_FALSE(old->checkin_sent);
    j["day"]["checkin_sent"] = "yes";
    CHECK_FALSE(state_from_json(j, error));
}
