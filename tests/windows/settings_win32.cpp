// The Settings dialog on Windows under wine + Xvfb (issue 10): a key that Group Policy locks in the registry
// (HKCU\Software\Policies\Respite, as respite.admx writes it) is shown with the policy's value, cannot be edited,
// and says who set it; the other keys stay editable. Checked on the controls' state, not on pixels: under wine +
// Xvfb the native controls of a dialog paint as black boxes (seen with and without fonts-wine), so a screenshot
// says nothing about them.
#define DOCTEST_CONFIG_IMPLEMENT
#include "core/config/config_loader.h"
#include "core/config/settings_table.h"
#include "platform/policy_store.h"
#include "ui/setting_control.h"
#include "ui/settings_dialog.h"
#include "wx_doctest_main.h"

#include <wx/app.h>
#include <wx/simplebook.h>
#include <wx/textctrl.h>

#include <doctest/doctest.h>
#include <windows.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {
void settle() {
    for (int i = 0; i < 10; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
        Sleep(20);
    }
}

// The control of `key` on its section's page (labels repeat across sections: "Every", "Duration").
wxWindow* row_of(wxWindow* dialog, const char* key) {
    const respite::SettingInfo* info = respite::find_setting(key);
    REQUIRE(info != nullptr);
    wxSimplebook* book = nullptr;
    for (wxWindow* child : dialog->GetChildren())
        if (auto* b = dynamic_cast<wxSimplebook*>(child))
            book = b;
    REQUIRE(book != nullptr);
    const wxString section = respite::ui::section_title(info->section());
    for (size_t i = 0; i < book->GetPageCount(); ++i)
        if (book->GetPageText(i) == section)
            return wxWindow::FindWindowByName(respite::ui::setting_label(*info), book->GetPage(i));
    FAIL("no page ", section.utf8_string());
    return nullptr;
}

// The policy a test writes, removed again however the test ends.
struct RegistryPolicy {
    RegistryPolicy() {
        const DWORD fifteen_minutes = 900;
        REQUIRE(RegSetKeyValueW(HKEY_CURRENT_USER, L"Software\\Policies\\Respite", L"micro_break.every", REG_DWORD,
                                &fifteen_minutes, sizeof fifteen_minutes) == ERROR_SUCCESS);
    }
    ~RegistryPolicy() { RegDeleteTreeW(HKEY_CURRENT_USER, L"Software\\Policies\\Respite"); }
};

} // namespace

TEST_CASE("windows settings: a key locked by registry policy shows the policy's value, locked, and says who set it") {
    RegistryPolicy policy;
    const fs::path dir = fs::temp_directory_path() / ("respite-settings-" + std::to_string(GetCurrentProcessId()));
    fs::create_directories(dir / "home" / "respite");
    std::ofstream(dir / "home" / "respite" / "config.toml") << "[micro_break]\nevery = \"25m\"\n";
    respite::ConfigPaths paths = respite::config_paths({dir / "machine"}, dir / "home");
    paths.read_stored = respite::platform::read_stored_policy; // what xdg_config_paths() gives the app on Windows

    respite::ui::SettingsPresenter settings(paths, respite::ui::SaveFile{}, [] {});
    settings.show();
    settle();
    REQUIRE(settings.visible());
    wxWindow* dialog = wxWindow::FindWindowByName("respite-settings");
    REQUIRE(dialog != nullptr);

    auto* locked = dynamic_cast<wxTextCtrl*>(row_of(dialog, "micro_break.every"));
    REQUIRE(locked != nullptr);
    CHECK_FALSE(locked->IsEnabled());
    CHECK(locked->GetValue() == "15m"); // the policy's 900 s, not the user's 25m
    // The help line beside it names the administrator (the accessible description says the same).
    bool noted = false;
    for (wxWindow* child : locked->GetParent()->GetChildren())
        noted = noted || child->GetLabel().Contains("Set by your administrator");
    CHECK(noted);

    wxWindow* free_row = row_of(dialog, "rest_break.every");
    REQUIRE(free_row != nullptr);
    CHECK(free_row->IsEnabled());

    settings.close();
    settle();
    fs::remove_all(dir);
}

int main(int argc, char** argv) {
    return respite::test::run_doctest_with_wx(argc, argv);
}
