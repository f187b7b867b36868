#include "ui/i18n.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <langinfo.h>

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
    // Under C/POSIX (or a locale that is not installed) the codeset is ASCII and wx turns every _("...") with a
    // non-ASCII character ("Settings…") into an empty string. Keep the user's locale for everything else but
    // decode text as UTF-8.
    std::setlocale(LC_ALL, "");
    const char* codeset = nl_langinfo(CODESET);
    if (codeset == nullptr || (std::strcmp(codeset, "UTF-8") != 0 && std::strcmp(codeset, "utf8") != 0))
        std::setlocale(LC_CTYPE, "C.UTF-8");
    const std::string lang = language.empty() ? language_from_environment() : language;
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    if (lang.empty() || lang == "en" || lang.rfind("en_", 0) == 0)
        return {};
    translations->SetLanguage(wxString::FromUTF8(lang));
    // The executable's own prefix first (an installed copy uses its own catalog), then the build tree, so a
    // developer's fresh catalog wins over one installed system-wide.
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    exe.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/share/locale");
    if (wxFileName::DirExists(RESPITE_BUILD_LOCALE_DIR))
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_BUILD_LOCALE_DIR);
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
