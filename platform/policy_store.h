#pragma once
// Settings an administrator keeps outside files (DESIGN.md §5): an OS-neutral port. On Windows the registry:
// locked policy under HKLM\Software\Policies\Respite, then HKCU\Software\Policies\Respite (the machine wins), admin
// defaults under ...\Respite\Recommended (platform/windows/policy_registry_windows.cpp). POSIX systems keep both
// in files (policy.toml, defaults.toml in $XDG_CONFIG_DIRS), so there the store is empty
// (platform/posix/policy_store_posix.cpp). The values are checked against the settings table by the core
// (core/config/stored_values.h), the same on every OS. GUI-free: the command line links it.
#include "core/config/stored_values.h"

namespace respite::platform {

/// The registry key of the locked policy, below HKLM and HKCU; the ADMX templates name the same key.
inline constexpr const char* policy_key = "Software\\Policies\\Respite";
/// The key of the admin defaults (Group Policy's "Recommended" settings, which users may change).
inline constexpr const char* recommended_key = "Software\\Policies\\Respite\\Recommended";

/// The stored layers of this machine and user, read now: every value of each key that exists, most important
/// first; a key that exists but cannot be read is a source with an error. Never throws but for allocation failure.
StoredLayers read_stored_policy();

} // namespace respite::platform
