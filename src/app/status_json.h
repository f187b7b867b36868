#pragma once
// `respite status --json`: the engine's Status as JSON (every field is documented in docs/status-json.md).
#include "core/effect.h"
#include "core/local_time.h"
#include "core/status.h"

#include <nlohmann/json.hpp>

#include <string>

namespace respite::app {

/// The idle backend the app runs with, as `status --json` names it.
struct IdleBackendInfo {
    std::string name;     ///< IdleMonitor::backend_name(), e.g. "xsync"; "" before the monitors started
    bool detected = true; ///< false for "always-present" (idle is not detected)
};

/// The status object of `respite status --json` (schema version 1).
nlohmann::json status_to_json(const Status& status, const LocalTime& local, const IdleBackendInfo& idle = {});
/// "2026-11-24T18:30:00" (local, no offset).
std::string iso_local(WallTime t, const LocalTime& local);

} // namespace respite::app
