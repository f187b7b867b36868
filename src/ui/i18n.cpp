#include "ui/i18n.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <string_view>

namespace respite::ui {

namespace {
// "de_DE.UTF-8@euro" -> "de_DE"; "" for the C locale.
std::string language_of(std::string_view locale) {
    locale = locale.substr(0, locale.find_first_of(".@"));
    if (locale.empty() || locale == "C" || locale == "POSIX")
        return {};
    return std::string(locale);
}
} // namespace

std::vector<std::string> preferred_ui_languages(const EnvLookup& getenv) {
    auto value = [&getenv](const char* name) -> std::string_view {
        const char* v = getenv(name);
        return v ? v : "";
    };
    std::vector<std::string> out;
    std::string_view list = value("LANGUAGE");
    while (!list.empty()) {
        const auto colon = list.find(':');
        if (auto lang = language_of(list.substr(0, colon)); !lang.empty())
            out.push_back(std::move(lang));
        list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
    }
    if (!out.empty())
        return out;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (const auto locale = value(name); !locale.empty()) {
            if (auto lang = language_of(locale); !lang.empty())
                out.push_back(std::move(lang));
            break;
        }
    }
    return out;
}

std::string choose_ui_language(const std::vector<std::string>& preferred, const std::vector<std::string>& available) {
    auto has = [&available](const std::string& lang) {
        return std::find(available.begin(), available.end(), lang) != available.end();
    };
    for (const auto& lang : preferred) {
        const std::string base = lang.substr(0, lang.find('_'));
        if (base == "en")
            return {};
        if (has(lang))
            return lang;
        if (has(base))
            return base;
    }
    return {};
}

std::string init_i18n(const std::string& language) {
    // The user's locale for formats; it may be missing (containers often lack generated locales), which is why the
    // catalog is chosen from the preferred UI languages below, not from the locale that could be set.
    wxUILocale::UseDefault();
    // Under C/POSIX (or a locale that is not installed) the codeset is ASCII and wx turns every _("...") with a
    // non-ASCII character ("Settings…") into an empty string. Keep the user's locale for everything else but
    // decode text as UTF-8.
    if (wxLocale::GetSystemEncoding() != wxFONTENCODING_UTF8)
        std::setlocale(LC_CTYPE, "C.UTF-8");
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    // The executable's own prefix first (an installed copy uses its own catalog), then the build tree, so a
    // developer's fresh catalog wins over one installed system-wide.
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    exe.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/share/locale");
    if (wxFileName::DirExists(RESPITE_BUILD_LOCALE_DIR))
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_BUILD_LOCALE_DIR);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_INSTALL_LOCALE_DIR);
    // The msgids are English: a catalog is loaded only when the best language for "respite" is another one.
    wxString chosen = wxString::FromUTF8(language);
    // wx 3.2 ranks the locale's language above LANGUAGE (LANG=de_DE.UTF-8 LANGUAGE=en gave German): where the
    // environment names languages (Unix), choose by gettext's rules; elsewhere follow the system's UI languages.
    const auto preferred = preferred_ui_languages(std::getenv);
    if (chosen.empty() && !preferred.empty()) {
        std::vector<std::string> available;
        for (const auto& lang : translations->GetAvailableTranslations("respite"))
            available.push_back(lang.utf8_string());
        chosen = wxString::FromUTF8(choose_ui_language(preferred, available));
    } else if (chosen.empty()) {
        chosen = translations->GetBestTranslation("respite", wxLANGUAGE_ENGLISH_US);
    }
    if (chosen.empty() || chosen.StartsWith("en"))
        return {};
    translations->SetLanguage(chosen);
    translations->AddStdCatalog();
    if (!translations->AddCatalog("respite"))
        return {};
    return chosen.utf8_string();
}

std::string tr(const char* msgid) {
    return wxGetTranslation(wxString::FromUTF8(msgid)).utf8_string();
}

} // namespace respite::ui
