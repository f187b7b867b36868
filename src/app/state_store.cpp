#include "app/state_store.h"

#include "app/cli/xdg_paths.h"
#include "core/state_json.h"
#include "core/utf8_path.h"
#include "platform/file_io.h"

#include <date/date.h>

namespace respite::app {

namespace {
std::string stamp_now() {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%Y%m%dT%H%M%SZ", now);
}

// Why a state file that exists could not be used, or "" when `read` holds its text.
std::string read_problem(const FileRead& read) {
    switch (read.status) {
    case ReadStatus::ok:
    case ReadStatus::missing:
        return {};
    case ReadStatus::not_regular:
        return "is " + read.detail + ", not a regular file";
    case ReadStatus::too_large:
        return "is larger than " + std::to_string(max_state_bytes / 1024) + " KiB; not a state file";
    case ReadStatus::unreadable:
        return "cannot be read (" + read.detail + ")";
    }
    return "cannot be read";
}
} // namespace

StateStore::StateStore(std::filesystem::path path) : path_(std::move(path)) {}

LoadedState StateStore::load() const {
    LoadedState result;
    // A crash between creating the temp file and renaming it leaves it behind; only one instance runs here.
    platform::remove_orphaned_temp_files(path_);
    const FileRead read = platform::read_regular_file_capped(path_, max_state_bytes);
    if (read.status == ReadStatus::missing)
        return result; // first run
    std::string error = read_problem(read);
    if (error.empty()) {
        const auto json = nlohmann::json::parse(read.text, nullptr, false);
        if (json.is_discarded())
            error = "not valid JSON";
        else if (auto state = state_from_json(json, error))
            result.state = std::move(*state);
        if (result.state)
            return result;
    }
    // Keep the evidence: the user (or a bug report) may want it; a fresh state starts instead.
    result.moved_to = path_;
    result.moved_to += ".bad-" + stamp_now();
    const std::string move_error = platform::move_file(path_, result.moved_to);
    result.problem = utf8(path_) + ": " + error +
                     (move_error.empty() ? " (kept as " + utf8(result.moved_to) + ")" : "; " + move_error);
    if (!move_error.empty()) {
        result.moved_to.clear();
        refuse_save_ = true; // never overwrite what could not be moved aside
    }
    return result;
}

std::string StateStore::save(const EngineState& state, platform::Flush flush) const {
    if (refuse_save_)
        return utf8(path_) + ": not overwritten (a corrupt copy could not be moved aside)";
    // A new file (first run, or the old one moved aside) is private, whatever mode a broken one had.
    return platform::write_file_atomic(path_, state_to_json(state).dump(2) + "\n", platform::FileAccess::owner_only,
                                       flush);
}

std::filesystem::path default_state_path() {
    return xdg_state_home() / "respite" / "state.json";
}

} // namespace respite::app
