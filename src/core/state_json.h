#pragma once
// EngineState <-> JSON, the contents of $XDG_STATE_HOME/respite/state.json (DESIGN.md §5).
#include "core/engine_state.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace respite {

/// The state as a JSON object (durations in milliseconds, instants as UTC milliseconds; "version": 1).
nlohmann::json state_to_json(const EngineState& state);
/// Reads a state written by state_to_json; nullopt with a message in `error` when it is not one.
std::optional<EngineState> state_from_json(const nlohmann::json& json, std::string& error);

} // namespace respite
