#pragma once
// The LocalTime port (DESIGN.md §3): local wall-clock rules go through it; the zone is re-read on every call.
#include "core/time.h"

#include <date/date.h>

#include <functional>
#include <memory>
#include <string>

namespace respite {

/// A local date and time, millisecond resolution.
using LocalInstant = date::local_time<std::chrono::milliseconds>;

/// Converts between UTC and the user's current local time.
class LocalTime {
public:
    virtual ~LocalTime() = default;
    /// The local date and time of a UTC instant.
    virtual LocalInstant to_local(WallTime utc) const = 0;
    /// The UTC instant of a local time: a time in a spring-forward gap maps to the first instant after the gap,
    /// an ambiguous fall-back time to the earlier instant.
    virtual WallTime to_utc(LocalInstant local) const = 0;
    /// The IANA name of the zone now in use.
    virtual std::string zone_name() const = 0;
};

/// A LocalTime backed by the IANA database (date/tz). `zone_source` is asked on every call; an empty or
/// unknown name means the system zone.
std::unique_ptr<LocalTime> make_tz_local_time(std::function<std::string()> zone_source);
/// A LocalTime fixed to one IANA zone (tests, `plan`). Unknown names fall back to UTC.
std::unique_ptr<LocalTime> make_tz_local_time(std::string zone);

} // namespace respite
