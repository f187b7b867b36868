#pragma once
// What a successful live command did, in words ("Paused until 14:30."), from the effects the app replied with.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace respite::cli {

/// One sentence per thing that happened (each ends with a newline); `cmd` words the commands without effects.
std::string reply_text(std::string_view cmd, const nlohmann::json& reply);

} // namespace respite::cli
