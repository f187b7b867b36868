// `respite autostart on|off|status`: the XDG autostart entries (Desktop Application Autostart Specification).
#include "app/cli/autostart_command.h"

#include "app/cli/launch_app.h"
#include "app/cli/xdg_paths.h"
#include "platform/file_io.h"

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string_view>
#include <system_error>

namespace respite::cli {
namespace {

constexpr int ok = exit_ok;
constexpr int refused = exit_refused;
constexpr int usage_error = exit_usage;
constexpr std::size_t max_entry_bytes = 64 * 1024;
constexpr std::string_view entry_name = "respite.desktop";
constexpr std::string_view usage_text = "usage: respite autostart on|off|status\n"
                                        "  on      start the tray app when you log in\n"
                                        "  off     do not (writes a Hidden=true entry in $XDG_CONFIG_HOME/autostart)\n"
                                        "  status  say which, and why\n";

enum class Request { on, off, status };

/// What one autostart entry says.
struct Entry {
    std::filesystem::path file;
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
std::optional<Entry> read_entry(const std::filesystem::path& file, std::string& error) {
    const auto read = platform::read_regular_file_capped(file, max_entry_bytes);
    if (read.status == ReadStatus::missing)
        return std::nullopt;
    if (read.status != ReadStatus::ok) {
        error = file.string() + ": cannot be read" + (read.detail.empty() ? "" : " (" + read.detail + ")");
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

std::string entry_text(const std::string& app_exec, bool starts) {
    std::string text = "# Written by `respite autostart " + std::string(starts ? "on" : "off") +
                       "`; remove it to return to the system-wide setting.\n"
                       "[Desktop Entry]\nType=Application\nName=Respite\nExec=" +
                       exec_value(app_exec) + "\nIcon=respite\nTerminal=false\nNoDisplay=true\n";
    text += starts ? "X-GNOME-Autostart-enabled=true\n" : "Hidden=true\n";
    return text;
}

/// The state the session would start with, from the user's entry and the most important system one.
struct Found {
    std::optional<Entry> user;
    std::optional<Entry> system;
    std::string error;
    bool starts() const { return user ? user->starts : system && system->starts; }
};

Found find_entries(const AutostartPlaces& places) {
    Found found;
    found.user = read_entry(places.config_home / "autostart" / entry_name, found.error);
    for (const auto& dir : places.config_dirs) {
        if ((found.system = read_entry(dir / "autostart" / entry_name, found.error)))
            break;
    }
    return found;
}

std::string why(const Found& found) {
    if (found.user)
        return found.user->starts ? "your entry " + found.user->file.string()
                                  : "you opted out: " + found.user->file.string() + " hides the system-wide entry";
    if (found.system)
        return (found.system->starts ? "system-wide entry " : "the system-wide entry is disabled: ") +
               found.system->file.string();
    return "no autostart entry is installed";
}

/// app.autostart as a policy file locks it.
struct Lock {
    bool value = true;
    std::string file;       ///< the policy file that sets it
    std::string unreadable; ///< non-empty: a policy file that could not be read, so every key is locked
};

std::optional<Lock> policy_lock(const ConfigPaths& config) {
    const auto loaded = load_config(config);
    const Origin* origin = loaded.origin("app.autostart");
    if (origin == nullptr || !origin->locked)
        return std::nullopt;
    return Lock{loaded.settings.app.autostart, origin->file, origin->unread_policy};
}

// The refusal of `wanted` under `lock`, or "" when it is allowed.
std::string refusal(const std::optional<Lock>& lock, bool wanted) {
    if (!lock)
        return {};
    if (!lock->unreadable.empty())
        return "autostart is locked: the administrator's policy " + lock->unreadable + " could not be read";
    if (lock->value == wanted)
        return {};
    return "the administrator's policy (" + lock->file + ") sets app.autostart = " +
           (lock->value ? "true: Respite starts at login on this machine"
                        : "false: Respite does not start at login on this machine");
}

std::string apply(const Found& found, const AutostartPlaces& places, bool wanted) {
    const auto user_file = places.config_home / "autostart" / entry_name;
    const bool system_starts = found.system && found.system->starts;
    if (wanted != system_starts)
        return platform::write_file_atomic(user_file, entry_text(places.app_exec, wanted),
                                           platform::FileAccess::world_readable);
    std::error_code ec;
    std::filesystem::remove(user_file, ec);
    return ec ? user_file.string() + ": cannot remove it (" + ec.message() + ")" : std::string();
}

} // namespace

int autostart(std::string_view word, const AutostartPlaces& places, const ConfigPaths& config, std::ostream& out,
              std::ostream& err) {
    const std::optional<Request> request = word == "on"       ? std::optional(Request::on)
                                           : word == "off"    ? std::optional(Request::off)
                                           : word == "status" ? std::optional(Request::status)
                                                              : std::nullopt;
    if (!request) {
        err << "respite autostart: expected one of on, off, status\n" << usage_text;
        return usage_error;
    }
    Found found = find_entries(places);
    if (!found.error.empty()) {
        err << "respite autostart: " << found.error << "\n";
        return refused;
    }
    if (*request == Request::status) {
        out << (found.starts() ? "on" : "off") << " (" << why(found) << ")\n";
        if (const auto lock = policy_lock(config); lock && lock->unreadable.empty())
            out << "locked by policy (" << lock->file << "): app.autostart = " << (lock->value ? "true" : "false")
                << (lock->value == found.starts() ? ""
                    : lock->value                 ? "; run `respite autostart on`"
                                                  : "; run `respite autostart off`")
                << "\n";
        else if (lock)
            out << "locked: " << refusal(lock, !found.starts()) << "\n";
        return ok;
    }
    const bool wanted = *request == Request::on;
    if (const auto why_not = refusal(policy_lock(config), wanted); !why_not.empty()) {
        err << "respite autostart: refused: " << why_not << "\n";
        return refused;
    }
    if (found.starts() != wanted) {
        if (const auto error = apply(found, places, wanted); !error.empty()) {
            err << "respite autostart: " << error << "\n";
            return refused;
        }
        found = find_entries(places);
    }
    out << (found.starts() ? "on" : "off") << " (" << why(found) << ")\n";
    return ok;
}

void add_autostart_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    auto* sub = app.add_subcommand("autostart", "whether Respite starts when you log in: autostart on|off|status");
    auto word = std::make_shared<std::string>();
    sub->add_option("ACTION", *word, "on, off or status")->required()->check(CLI::IsMember({"on", "off", "status"}));
    sub->callback([&action, &out, &err, word] {
        action = [&out, &err, word] {
            const XdgDirs dirs = xdg_dirs();
            // A user entry written when no system-wide one exists starts the tray app where it is installed.
            const auto app_path = find_tray_app(RESPITE_LIBEXEC_DIR);
            const AutostartPlaces places{dirs.config_dirs, dirs.config_home,
                                         app_path ? app_path->string()
                                                  : std::string(RESPITE_LIBEXEC_DIR "/respite-app")};
            return autostart(*word, places, xdg_config_paths(), out, err);
        };
    });
}

} // namespace respite::cli
