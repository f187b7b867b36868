#pragma once
// `respite plan --record-history FILE`: the simulated timeline (effects and presence) written into a new history
// file, as the tray app would have written it (issue 11).
#include "core/effect.h"
#include "core/event.h"
#include "core/local_time.h"
#include "core/settings.h"

#include <filesystem>
#include <memory>
#include <string>

namespace respite::cli {

/// Receives the plan's timeline in time order.
class PlanRecorder {
public:
    virtual ~PlanRecorder() = default;
    /// The simulated user is `presence` (and busy or not) from `at` on.
    virtual void presence(WallTime at, Presence presence, bool busy) = 0;
    /// One effect of the engine.
    virtual void effect(const Effect& effect) = 0;
    /// The plan ended at `end`: writes what is left; "" or an error line.
    virtual std::string finish(WallTime end) = 0;
};

/// Whether this build has the history store (without it, --record-history is refused with exit status 1).
bool history_in_build();
/// A recorder into a new history file `file` (refused when it exists); nullptr with `error` set when it cannot be
/// made (or history is not part of this build).
std::unique_ptr<PlanRecorder> make_plan_recorder(const std::filesystem::path& file, const LocalTime& local,
                                                 const Settings& settings, std::string& error);

} // namespace respite::cli
