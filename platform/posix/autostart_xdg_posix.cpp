// platform/autostart.h on XDG desktops: <dir>/autostart/respite.desktop in $XDG_CONFIG_DIRS (every user, the
// package's) and in $XDG_CONFIG_HOME (this user's, which wins), by the Desktop Application Autostart Specification.
#include "platform/autostart.h"

#include "platform/file_io.h"

#include <optional>
#include <string_view>
#include <system_error>

namespace respite::platform {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t max_entry_bytes = 64 * 1024;
constexpr std::string_view entry_name = "respite.desktop";

/// What one autostart entry says.
struct Entry {
    fs::path file;
    bool starts = true; ///< false with Hidden=true or X-GNOME-Autostart-enabled=false
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Only the [Desktop Entry] group counts; Hidden means "deleted", the GNOME key means "disabled" (both: no start).
std::optional<Entry> read_entry(const fs::path& file, std::string& error) {
    const auto read = read_regular_file_capped(file, max_entry_bytes);
    if (read.status == ReadStatus::missing)
        return std::nullopt;
    if (read.status != ReadStatus::ok) {
        const std::string what = read.status == ReadStatus::too_large ? "larger than 64 KiB" : read.detail;
        error = file.string() + ": cannot be read" + (what.empty() ? "" : " (" + what + ")");
        return std::nullopt;
    }
    Entry entry{file};
    bool in_main_group = false;
    std::string_view rest = read.text;
    while (!rest.empty()) {
        const auto eol = rest.find('\n');
        const auto line = trim(rest.substr(0, eol));
        rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
        if (line.starts_with('[')) {
            in_main_group = line == "[Desktop Entry]";
            continue;
        }
        const auto eq = line.find('=');
        if (!in_main_group || eq == std::string_view::npos)
            continue;
        const auto key = trim(line.substr(0, eq));
        const auto value = trim(line.substr(eq + 1));
        if ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))
            entry.starts = false;
    }
    return entry;
}

// The Exec value of the desktop-entry spec: an argument with reserved characters is quoted, with \ " ` $ escaped
// inside; a backslash is then doubled once more because the value itself is a string.
std::string exec_value(std::string_view program) {
    if (program.find_first_of(" \t\n\"'\\><~|&;$*?#()`") == std::string_view::npos)
        return std::string(program);
    std::string out = "\"";
    for (char c : program) {
        if (c == '"' || c == '`' || c == '$')
            out += '\\';
        else if (c == '\\')
            out += "\\\\\\";
        out += c;
    }
    return out + "\"";
}

std::string entry_text(const fs::path& app, bool starts) {
    std::string text = "# Written by Respite (`respite autostart " + std::string(starts ? "on" : "off") +
                       "` or Settings); remove it to return to the system-wide setting.\n"
                       "[Desktop Entry]\nType=Application\nName=Respite\nExec=" +
                       exec_value(app.string()) + "\nIcon=respite\nTerminal=false\nNoDisplay=true\n";
    text += starts ? "X-GNOME-Autostart-enabled=true\n" : "Hidden=true\n";
    return text;
}

fs::path user_entry_file(const UserDirs& dirs) {
    return dirs.config_home / "autostart" / entry_name;
}

/// The user's entry and the most important entry for every user.
struct Found {
    std::optional<Entry> user;
    std::optional<Entry> system;
    std::string error;
};

Found find_entries(const UserDirs& dirs) {
    Found found;
    found.user = read_entry(user_entry_file(dirs), found.error);
    for (const auto& dir : dirs.config_dirs) {
        if (!found.error.empty() || (found.system = read_entry(dir / "autostart" / entry_name, found.error)))
            break;
    }
    return found;
}

AutostartState state_of(const Found& found) {
    if (found.user)
        return {found.user->starts, found.user->starts ? AutostartSource::user_entry : AutostartSource::user_opt_out,
                found.user->file.string()};
    if (found.system)
        return {found.system->starts,
                found.system->starts ? AutostartSource::system_entry : AutostartSource::system_disabled,
                found.system->file.string()};
    return {};
}

} // namespace

AutostartReading read_autostart(const UserDirs& dirs) {
    const Found found = find_entries(dirs);
    if (!found.error.empty())
        return {{}, found.error};
    return {state_of(found), {}};
}

std::string write_autostart(const UserDirs& dirs, bool starts, const fs::path& app) {
    const Found found = find_entries(dirs);
    if (!found.error.empty())
        return found.error;
    const auto user_file = user_entry_file(dirs);
    const bool system_starts = found.system && found.system->starts;
    if (starts != system_starts)
        return write_file_atomic(user_file, entry_text(app, starts), FileAccess::world_readable);
    if (!found.user)
        return {};
    std::error_code ec;
    fs::remove(user_file, ec);
    return ec ? user_file.string() + ": cannot remove it (" + ec.message() + ")" : std::string();
}

} // namespace respite::platform
