#include "app/state_store.h"

#include "app/cli/atomic_write.h"
#include "app/cli/xdg_paths.h"
#include "core/state_json.h"

#include <date/date.h>

#include <fstream>
#include <sstream>

namespace respite::app {

namespace {
std::string stamp_now() {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%Y%m%dT%H%M%SZ", now);
}
} // namespace

StateStore::StateStore(std::filesystem::path path) : path_(std::move(path)) {}

LoadedState StateStore::load() const {
    LoadedState result;
    std::ifstream in(path_, std::ios::binary);
    if (!in)
        return result; // first run
    std::stringstream text;
    text << in.rdbuf();
    std::string error;
    const auto json = nlohmann::json::parse(text.str(), nullptr, false);
    if (json.is_discarded())
        error = "not valid JSON";
    else if (auto state = state_from_json(json, error))
        result.state = std::move(*state);
    if (result.state)
        return result;
    in.close();
    // Keep the evidence: the user (or a bug report) may want it; a fresh state starts instead.
    result.moved_to = path_;
    result.moved_to += ".bad-" + stamp_now();
    std::error_code ec;
    std::filesystem::rename(path_, result.moved_to, ec);
    result.problem = path_.string() + ": " + error + (ec ? "" : " (kept as " + result.moved_to.string() + ")");
    if (ec) {
        result.moved_to.clear();
        refuse_save_ = true; // never overwrite what could not be moved aside
    }
    return result;
}

std::string StateStore::save(const EngineState& state) const {
    if (refuse_save_)
        return path_.string() + ": not overwritten (a corrupt copy could not be moved aside)";
    return atomic_write_file(path_, state_to_json(state).dump(2) + "\n");
}

std::filesystem::path default_state_path() {
    return xdg_state_home() / "respite" / "state.json";
}

} // namespace respite::app
