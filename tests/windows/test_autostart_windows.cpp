// `respite autostart` on Windows (platform/windows/autostart_run_key_windows.cpp): the Run keys and Task Manager's
// StartupApproved switch, read back from the registry of the test's wine prefix.
#include "platform/autostart.h"

#include <doctest/doctest.h>

#include <windows.h>

using namespace respite;
using platform::AutostartSource;

namespace {

constexpr const wchar_t* run_key = L"Software\\Microsoft\\Windows\\CurrentVersion\\Run";
constexpr const wchar_t* approved_key = L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run";

bool has(HKEY root, const wchar_t* key) {
    return RegGetValueW(root, key, L"Respite", RRF_RT_ANY, nullptr, nullptr, nullptr) == ERROR_SUCCESS;
}

void clear() {
    for (HKEY root : {HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE})
        for (const wchar_t* key : {run_key, approved_key})
            RegDeleteKeyValueW(root, key, L"Respite");
}

// The MSI's every-user entry.
bool set_machine_entry() {
    HKEY handle = nullptr;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, run_key, 0, nullptr, 0, KEY_SET_VALUE, nullptr, &handle, nullptr) !=
        ERROR_SUCCESS)
        return false;
    const wchar_t command[] = L"\"C:\\Program Files\\Respite\\respite-app.exe\"";
    const bool ok = RegSetValueExW(handle, L"Respite", 0, REG_SZ, reinterpret_cast<const BYTE*>(command),
                                   sizeof command) == ERROR_SUCCESS;
    RegCloseKey(handle);
    return ok;
}

AutostartSource source() {
    const auto reading = platform::read_autostart({});
    REQUIRE(reading.error.empty());
    CHECK(reading.state.starts == (reading.state.source == AutostartSource::user_entry ||
                                   reading.state.source == AutostartSource::system_entry));
    return reading.state.source;
}

} // namespace

TEST_CASE("autostart on Windows: a user's own Run value when no entry exists for every user") {
    clear();
    CHECK(source() == AutostartSource::none);
    CHECK(platform::write_autostart({}, true, "C:\\Respite\\respite-app.exe").empty());
    CHECK(source() == AutostartSource::user_entry);
    CHECK(has(HKEY_CURRENT_USER, run_key));
    CHECK(platform::write_autostart({}, false, "C:\\Respite\\respite-app.exe").empty());
    CHECK(source() == AutostartSource::none);
    CHECK_FALSE(has(HKEY_CURRENT_USER, run_key));
    CHECK_FALSE(has(HKEY_CURRENT_USER, approved_key));
    clear();
}

TEST_CASE("autostart on Windows: opting out of the MSI's entry for every user and in again") {
    clear();
    REQUIRE(set_machine_entry());
    CHECK(source() == AutostartSource::system_entry);
    CHECK(platform::write_autostart({}, false, "C:\\Respite\\respite-app.exe").empty());
    CHECK(source() == AutostartSource::user_opt_out);
    CHECK(has(HKEY_LOCAL_MACHINE, run_key)); // the administrator's entry stays
    CHECK_FALSE(has(HKEY_CURRENT_USER, run_key));
    CHECK(platform::write_autostart({}, true, "C:\\Respite\\respite-app.exe").empty());
    CHECK(source() == AutostartSource::system_entry);
    CHECK_FALSE(has(HKEY_CURRENT_USER, approved_key));
    CHECK_FALSE(has(HKEY_CURRENT_USER, run_key)); // the every-user entry already starts it
    clear();
}
