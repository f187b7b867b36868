#include "ui/i18n.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <cstdlib>

namespace respite::ui {

namespace {
// gettext's order: LANGUAGE (a colon list) wins, then LC_ALL, LC_MESSAGES, LANG. We do not rely on
// setlocale succeeding (containers often lack generated locales), so the catalog is chosen here.
std::string language_from_environment() {
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(var);
        if (value == nullptr || *value == '\0')
            continue;
        std::string lang(value);
        lang = lang.substr(0, lang.find(':'));
        lang = lang.substr(0, lang.find('.'));
        lang = lang.substr(0, lang.find('@'));
        if (lang == "C" || lang == "POSIX")
            return {};
        if (!lang.empty())
            return lang;
    }
    return {};
}
} // namespace

std::string init_i18n(const std::string& language) {
    const std::string lang = language.empty() ? language_from_environment() : language;
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    if (lang.empty() || lang == "en" || lang.rfind("en_", 0) == 0)
        return {};
    translations->SetLanguage(wxString::FromUTF8(lang));
    // The build tree first, so a developer's fresh catalog wins over an installed one.
    if (wxFileName::DirExists(RESPITE_BUILD_LOCALE_DIR))
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_BUILD_LOCALE_DIR);
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    exe.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/share/locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_INSTALL_LOCALE_DIR);
    translations->AddStdCatalog();
    if (!translations->AddCatalog("respite"))
        return {};
    return lang;
}

std::string tr(const char* msgid) {
    return wxGetTranslation(wxString::FromUTF8(msgid)).utf8_string();
}

} // namespace respite::ui
