#pragma once
// Gettext catalogs for the GUI: the language is the user's preferred UI language (wxUILocale / wxTranslations).
#include <string>

namespace respite::ui {

/// Installs wx translations for the "respite" catalog, looking in the build tree's locale/ (when
/// run from it) and the installed share/locale. `language` overrides the environment ("de").
/// Call once on the GUI thread after wxApp exists. Returns the language chosen ("" = English).
std::string init_i18n(const std::string& language = {});

/// A translated UTF-8 string for a msgid (wxGetTranslation), for code outside wx types.
std::string tr(const char* msgid);

} // namespace respite::ui
