#pragma once
// state.json (DESIGN.md §5): the engine's state across runs. Written atomically; a corrupt file is moved aside
// (state.json.bad-<time>), never overwritten in place, and the caller tells the user. So is one that cannot be read
// (permissions, a FIFO, a device, too large): the fresh file written instead is private (0600).
#include "core/engine_state.h"
#include "platform/file_io.h"

#include <filesystem>
#include <optional>
#include <string>

namespace respite::app {

/// state.json is about 2 KiB; anything much larger is not one (and must not cost start-up seconds and memory).
inline constexpr std::size_t max_state_bytes = 256 * 1024;

/// What load() found.
struct LoadedState {
    std::optional<EngineState> state; ///< empty: start fresh
    std::string problem;              ///< non-empty: the file was unreadable or corrupt (and moved aside)
    std::filesystem::path moved_to;   ///< where the corrupt file went
};

/// Reads and writes one state file.
class StateStore {
public:
    /// A store for `path` (usually `$XDG_STATE_HOME/respite/state.json`).
    explicit StateStore(std::filesystem::path path);
    /// Removes temp files a crash left, then reads the file; a missing file is not a problem, a corrupt or
    /// unreadable one is renamed aside.
    LoadedState load() const;
    /// Writes the state atomically (`flush`: whether to wait for the folder's entry too); error message or "".
    std::string save(const EngineState& state, platform::Flush flush = platform::Flush::contents_and_entry) const;
    /// The file's path.
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    mutable bool refuse_save_ = false;
};

/// `$XDG_STATE_HOME/respite/state.json` (default `~/.local/state/respite/state.json`).
std::filesystem::path default_state_path();

} // namespace respite::app
