#pragma once
// Port: where the time-zone database comes from (DESIGN.md §11). Linux: the system's compiled zoneinfo, nothing to
// do (posix/time_zones_posix.cpp). Windows: date/tz parses the IANA text files shipped in `tzdata\` beside the
// program (platform/windows/). GUI-free: the command line links it (respite_platform_base).
#include <filesystem>

namespace respite::platform {

/// The folder of the database shipped with the program; empty where the system's database is used.
std::filesystem::path bundled_time_zones();
/// Points the time-zone library at bundled_time_zones() where there is one. Call first thing in main, before any
/// time zone is looked up.
void use_bundled_time_zones();

} // namespace respite::platform
