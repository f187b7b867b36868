// Autostart on Windows (platform/autostart.h): the Run keys. The MSI writes the value "Respite" under
// HKLM\Software\Microsoft\Windows\CurrentVersion\Run for every user; a user's own start is the same value under HKCU.
// Opting out of the every-user entry uses the mechanism Task Manager and Settings > Apps > Startup use: the value
// "Respite" under ...\Explorer\StartupApproved\Run, whose first byte is 2 (on) or 3 (off), followed by a FILETIME.
// That key is not documented by Microsoft; it is what Windows' own switches write (checked under wine only).
#include "platform/autostart.h"
#include "platform/windows/text_windows.h"

#include <array>
#include <cstring>
#include <optional>

namespace respite::platform {
namespace {

constexpr const wchar_t* run_key = L"Software\\Microsoft\\Windows\\CurrentVersion\\Run";
constexpr const wchar_t* approved_key = L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run";
constexpr const wchar_t* value_name = L"Respite";

std::string where(HKEY root, const wchar_t* key) {
    return std::string(root == HKEY_LOCAL_MACHINE ? "HKLM\\" : "HKCU\\") + windows::narrow(key) + "\\Respite";
}

/// Whether the value exists (nullopt: it could not be read; `error` names why).
std::optional<bool> has_value(HKEY root, const wchar_t* key, std::string& error) {
    const LSTATUS rc = RegGetValueW(root, key, value_name, RRF_RT_ANY, nullptr, nullptr, nullptr);
    if (rc == ERROR_SUCCESS)
        return true;
    if (rc == ERROR_FILE_NOT_FOUND || rc == ERROR_PATH_NOT_FOUND)
        return false;
    error = where(root, key) + ": cannot read: " + windows::error_text(static_cast<DWORD>(rc));
    return std::nullopt;
}

/// StartupApproved says off for this root's entry.
bool disabled(HKEY root) {
    std::array<BYTE, 12> data{};
    DWORD size = data.size();
    if (RegGetValueW(root, approved_key, value_name, RRF_RT_REG_BINARY, nullptr, data.data(), &size) != ERROR_SUCCESS)
        return false;
    return size > 0 && (data[0] & 1) != 0; // 2, 6: on; 3, 7: off
}

std::string set_value(HKEY root, const wchar_t* key, DWORD type, const void* data, DWORD size) {
    HKEY handle = nullptr;
    LSTATUS rc = RegCreateKeyExW(root, key, 0, nullptr, 0, KEY_SET_VALUE, nullptr, &handle, nullptr);
    if (rc == ERROR_SUCCESS) {
        rc = RegSetValueExW(handle, value_name, 0, type, static_cast<const BYTE*>(data), size);
        RegCloseKey(handle);
    }
    return rc == ERROR_SUCCESS ? ""
                               : where(root, key) + ": cannot write: " + windows::error_text(static_cast<DWORD>(rc));
}

std::string delete_value(HKEY root, const wchar_t* key) {
    const LSTATUS rc = RegDeleteKeyValueW(root, key, value_name);
    if (rc == ERROR_SUCCESS || rc == ERROR_FILE_NOT_FOUND || rc == ERROR_PATH_NOT_FOUND)
        return "";
    return where(root, key) + ": cannot remove: " + windows::error_text(static_cast<DWORD>(rc));
}

std::string set_user_approval(bool on) {
    std::array<BYTE, 12> data{};
    data[0] = on ? 2 : 3;
    FILETIME now{};
    GetSystemTimeAsFileTime(&now);
    std::memcpy(data.data() + 4, &now, sizeof now);
    return set_value(HKEY_CURRENT_USER, approved_key, REG_BINARY, data.data(), data.size());
}

} // namespace

AutostartReading read_autostart(const UserDirs&) {
    AutostartReading reading;
    const auto machine = has_value(HKEY_LOCAL_MACHINE, run_key, reading.error);
    const auto user = has_value(HKEY_CURRENT_USER, run_key, reading.error);
    if (!machine || !user)
        return reading;
    AutostartState& s = reading.state;
    if ((*machine || *user) && disabled(HKEY_CURRENT_USER))
        s = {false, AutostartSource::user_opt_out, where(HKEY_CURRENT_USER, approved_key)};
    else if (*user)
        s = {true, AutostartSource::user_entry, where(HKEY_CURRENT_USER, run_key)};
    else if (*machine && disabled(HKEY_LOCAL_MACHINE))
        s = {false, AutostartSource::system_disabled, where(HKEY_LOCAL_MACHINE, approved_key)};
    else if (*machine)
        s = {true, AutostartSource::system_entry, where(HKEY_LOCAL_MACHINE, run_key)};
    return reading;
}

std::string write_autostart(const UserDirs& dirs, bool starts, const std::filesystem::path& app) {
    if (!starts) {
        if (auto error = delete_value(HKEY_CURRENT_USER, run_key); !error.empty())
            return error;
        const auto now = read_autostart(dirs);
        if (!now.error.empty())
            return now.error;
        return now.state.starts ? set_user_approval(false) : "";
    }
    if (auto error = delete_value(HKEY_CURRENT_USER, approved_key); !error.empty())
        return error;
    const auto now = read_autostart(dirs);
    if (!now.error.empty() || now.state.starts)
        return now.error;
    const std::wstring command = L"\"" + app.wstring() + L"\"";
    return set_value(HKEY_CURRENT_USER, run_key, REG_SZ, command.c_str(),
                     static_cast<DWORD>((command.size() + 1) * sizeof(wchar_t)));
}

} // namespace respite::platform
