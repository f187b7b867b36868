// libFuzzer entry: arbitrary bytes through the state.json loader (issue 8 §6, issue 16 item 9). Nothing may crash
// or throw; a state it accepts must survive a round trip and restore into an engine that advances without trouble
// (a restore shifts every timeline value: accepted values must keep that arithmetic far from overflow).
#include "core/engine.h"
#include "core/local_time.h"
#include "core/state_json.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace respite;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_state_json: invariant broken: %s\n", what);
        std::abort();
    }
}

const LocalTime& utc() {
    static const auto local = make_tz_local_time(std::string("UTC"));
    return *local;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        return 0;
    std::string error;
    const auto state = state_from_json(json, error);
    if (!state) {
        require(!error.empty(), "a rejected state says why");
        return 0;
    }
    std::string again;
    const auto back = state_from_json(nlohmann::json::parse(state_to_json(*state).dump()), again);
    require(back.has_value() && *back == *state, "an accepted state round-trips");
    // Restore an hour later on a fresh boot, then run a day: the engine's own checks (and UBSan) do the rest.
    const Now now{std::chrono::seconds(5), std::chrono::seconds(5), state->last.wall + std::chrono::hours(1)};
    Engine engine(Settings{}, utc(), now, *state);
    engine.advance(Now{now.awake + std::chrono::hours(24), now.since_boot + std::chrono::hours(24),
                       now.wall + std::chrono::hours(24)});
    return 0;
}
