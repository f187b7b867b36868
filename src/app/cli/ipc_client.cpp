#include "app/cli/ipc_client.h"

#include "platform/control_channel.h"

namespace respite::cli {

std::filesystem::path control_socket_path() {
    return platform::control_channel_address();
}

std::optional<nlohmann::json> call_app(const std::filesystem::path& socket_path, const nlohmann::json& request,
                                       CallError& error, std::string& why, std::chrono::milliseconds timeout) {
    auto result = platform::control_call(socket_path, request.dump(), timeout);
    why = std::move(result.why);
    switch (result.status) {
    case platform::CallStatus::ok:
        break;
    case platform::CallStatus::not_running:
        error = CallError::not_running;
        return std::nullopt;
    case platform::CallStatus::blocked:
        error = CallError::blocked;
        return std::nullopt;
    case platform::CallStatus::unsafe:
        error = CallError::unsafe;
        return std::nullopt;
    case platform::CallStatus::io:
        error = CallError::io;
        return std::nullopt;
    }
    auto json = nlohmann::json::parse(result.reply, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        error = CallError::io;
        why = "malformed reply from the app";
        return std::nullopt;
    }
    error = CallError::none;
    return json;
}

} // namespace respite::cli
