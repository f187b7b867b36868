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
