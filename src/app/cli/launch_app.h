#pragma once
// Starting the tray app from the command line (DESIGN.md §6): `respite` without a subcommand runs `respite-app`.
#include <filesystem>
#include <optional>
#include <string>

namespace respite::cli {

/// Where `respite-app` is: beside this executable (the build tree, a Windows install), else `libexec_dir`.
std::optional<std::filesystem::path> find_tray_app(const std::filesystem::path& libexec_dir);
/// Starts `app` detached from this process (own session, standard streams on the null device) and returns
/// at once; "" on success, else why it could not be started.
std::string start_detached(const std::filesystem::path& app);

} // namespace respite::cli
