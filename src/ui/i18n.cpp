#include "ui/i18n.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <clocale>

namespace respite::ui {

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
    // Without an explicit language wx follows the preferred UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on
    // Unix; the user's UI language elsewhere).
    if (!language.empty())
        translations->SetLanguage(wxString::FromUTF8(language));
    // The executable's own prefix first (an installed copy uses its own catalog), then the build tree, so a
    // developer's fresh catalog wins over one installed system-wide.
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    exe.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/share/locale");
    if (wxFileName::DirExists(RESPITE_BUILD_LOCALE_DIR))
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_BUILD_LOCALE_DIR);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(RESPITE_INSTALL_LOCALE_DIR);
    // The msgids are English: a catalog is loaded only when the best language for "respite" is another one.
    const wxString chosen = translations->GetBestTranslation("respite", wxLANGUAGE_ENGLISH_US);
    if (chosen.empty() || chosen.StartsWith("en"))
        return {};
    translations->AddStdCatalog();
    if (!translations->AddCatalog("respite"))
        return {};
    return chosen.utf8_string();
}

std::string tr(const char* msgid) {
    return wxGetTranslation(wxString::FromUTF8(msgid)).utf8_string();
}

} // namespace respite::ui
