#pragma once
// The client end of the control channel (platform/control_channel.h): one request line out, one reply line back.
// The channel's checks (the server is the user's own, its folder private) happen before anything is sent.
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace respite::cli {

/// This session's control endpoint (`$XDG_RUNTIME_DIR/respite/control.sock`, fallback
/// `/tmp/respite-<uid>/control.sock`).
std::filesystem::path control_socket_path();

/// Why a call failed.
enum class CallError {
    none,
    not_running, ///< nothing answers at the socket
    blocked,     ///< something that is not a socket is at the socket path
    unsafe,      ///< the socket, its folder or its server is not the user's own: nothing was sent
    io           ///< the exchange failed part way
};

/// Sends `request` to the app at `socket` and returns its reply; nullopt on failure (`error`, `why` say why).
std::optional<nlohmann::json> call_app(const std::filesystem::path& socket, const nlohmann::json& request,
                                       CallError& error, std::string& why,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace respite::cli
