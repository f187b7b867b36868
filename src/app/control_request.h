#pragma once
// Decoding one control-socket request (DESIGN.md §6) into typed values: a pure function, so every malformed or
// mistyped request is answered in words and a fuzzer can drive it (tests/fuzz/fuzz_control_request.cpp).
#include "core/breathing_patterns.h"
#include "core/effect.h"
#include "core/settings.h"
#include "core/time.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace respite::app {

/// The commands of the control socket.
enum class ControlCommand {
    status,
    pause,
    resume,
    take_break,
    breathe,
    focus_start,
    focus_stop,
    reading_on,
    reading_off,
    reload,
    quit,
    show
};

/// The longest pause a request may ask for; longer ones are refused with a pointer to "until tomorrow".
inline constexpr std::chrono::seconds max_pause = std::chrono::hours(24);

/// A well-formed request; only the fields of its command are set.
struct ControlRequest {
    ControlCommand command = ControlCommand::status;
    std::optional<std::chrono::seconds> pause_for; ///< pause: 1 s .. max_pause
    std::optional<TimeOfDay> pause_until;          ///< pause: today at HH:MM (tomorrow when passed)
    bool pause_tomorrow = false;                   ///< pause: until the next workday starts
    BreakKind break_kind = BreakKind::micro;       ///< take_break: micro or rest
    std::optional<int> minutes;                    ///< breathe: 1..60
    std::optional<BreathingPattern> pattern;       ///< breathe
    bool breathe_stop = false;                     ///< breathe: end the running session instead of starting one
};

/// Why a request was not accepted.
struct RequestError {
    std::string message; ///< in words, for the client to print
    bool close = false;  ///< the client is not speaking the protocol: drop the connection after the reply
};

/// Decodes a request; never throws, whatever the JSON holds.
std::variant<ControlRequest, RequestError> decode_request(const nlohmann::json& request);

} // namespace respite::app
