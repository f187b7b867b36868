// libFuzzer entry: arbitrary bytes as one control-socket request line through the JSON parser and decode_request.
// Nothing may crash or throw; every error is a sentence that serialises, and accepted values are in range.
#include "app/control_request.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace respite::app;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_control_request: invariant broken: %s\n", what);
        std::abort();
    }
}

void check(const ControlRequest& r) {
    if (r.pause_for)
        require(*r.pause_for >= std::chrono::seconds(1) && *r.pause_for <= max_pause, "pause length in range");
    if (r.pause_until)
        require(*r.pause_until >= std::chrono::minutes(0) && *r.pause_until < std::chrono::hours(24),
                "pause until a time of day");
    if (r.minutes)
        require(*r.minutes >= 1 && *r.minutes <= 60, "breathing minutes in range");
    require(r.break_kind != respite::BreakKind::focus, "no focus break on request");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto request = nlohmann::json::parse(data, data + size, nullptr, false);
    if (request.is_discarded())
        return 0;
    const auto decoded = decode_request(request);
    if (const auto* error = std::get_if<RequestError>(&decoded)) {
        require(!error->message.empty(), "an error says what is wrong");
        require(!nlohmann::json{{"ok", false}, {"error", error->message}}.dump().empty(), "the reply serialises");
    } else {
        check(std::get<ControlRequest>(decoded));
    }
    return 0;
}
