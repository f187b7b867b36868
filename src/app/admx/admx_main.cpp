// respite-admx OUT_DIR LOCALE_DIR: writes OUT_DIR/respite.admx, OUT_DIR/en-US/respite.adml and
// OUT_DIR/de-DE/respite.adml from the settings table, with the settings dialog's page titles and labels and the
// German of po/de.po (compiled into LOCALE_DIR/de/LC_MESSAGES/respite.mo), looked up the way the app does.
// Built on the build machine only; packaging/windows/ holds its output, and the test admx.templates fails when
// that is stale (`cmake --build build --target update_admx` refreshes it).
#include "app/admx/admx_writer.h"
#include "platform/file_io.h"
#include "ui/setting_control.h"

#include <wx/filename.h>
#include <wx/init.h>
#include <wx/translation.h>

#include <clocale>
#include <filesystem>
#include <iostream>

namespace {

using namespace respite;

// A language as the app shows it: wx translations over the catalog in `locale_dir` ("" = English, no catalog).
struct Catalog {
    bool load(const std::string& language, const std::string& locale_dir) {
        auto* t = new wxTranslations;
        wxTranslations::Set(t); // wx owns and deletes it
        if (language.empty())
            return true;
        t->SetLanguage(wxString::FromUTF8(language));
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(locale_dir));
        return t->AddCatalog("respite");
    }
};

admx::Language language(const std::string& culture) {
    return {culture,
            [](std::string_view msgid) {
                return wxGetTranslation(wxString::FromUTF8(msgid.data(), msgid.size())).utf8_string();
            },
            [](std::string_view section) { return ui::section_title(section).utf8_string(); },
            [](const SettingInfo& info) { return ui::setting_label(info).utf8_string(); }};
}

bool write(const std::filesystem::path& file, const std::string& text) {
    if (const auto error = platform::write_file_atomic(file, text, platform::FileAccess::world_readable);
        !error.empty()) {
        std::cerr << "respite-admx: " << error << "\n";
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: respite-admx OUT_DIR LOCALE_DIR\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const std::string locale_dir = argv[2];
    // Durations are offered in whole seconds: a range that is not would be cut short without a word.
    for (const auto& info : settings_table()) {
        if (info.type == ValueType::duration && (info.min % 1000 != 0 || info.max % 1000 != 0)) {
            std::cerr << "respite-admx: " << info.key << ": range is not in whole seconds\n";
            return 1;
        }
    }
    std::setlocale(LC_ALL, "C.UTF-8");
    wxInitializer init; // wx base only: the translations; no display is opened
    if (!init.IsOk()) {
        std::cerr << "respite-admx: cannot initialise wxWidgets\n";
        return 1;
    }
    if (!write(out / "respite.admx", admx::write_admx()))
        return 1;
    struct Wanted {
        const char* culture;
        const char* language;
    };
    for (const auto& [culture, lang] : {Wanted{"en-US", ""}, Wanted{"de-DE", "de"}}) {
        Catalog catalog;
        if (!catalog.load(lang, locale_dir)) {
            std::cerr << "respite-admx: no catalog for " << lang << " in " << locale_dir << "\n";
            return 1;
        }
        if (!write(out / culture / "respite.adml", admx::write_adml(language(culture), RESPITE_VERSION)))
            return 1;
    }
    return 0;
}
