#pragma once
// The client end of the control socket: one request line out, one reply line back.
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace respite::cli {

/// `$XDG_RUNTIME_DIR/respite/control.sock` (fallback: `/tmp/respite-<uid>/control.sock`).
std::filesystem::path control_socket_path();

/// Why a call failed.
enum class CallError { none, not_running, io };

/// Sends `request` to the app at `socket` and returns its reply; nullopt on failure (`error`, `why` say why).
std::optional<nlohmann::json> call_app(const std::filesystem::path& socket, const nlohmann::json& request,
                                       CallError& error, std::string& why,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace respite::cli
