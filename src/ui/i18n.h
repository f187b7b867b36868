#pragma once
// Gettext catalogs for the GUI: the language is the user's preferred UI language (wxUILocale / wxTranslations).
#include <functional>
#include <string>
#include <vector>

namespace respite::ui {

/// Installs wx translations for the "respite" catalog, looking in the build tree's locale/ (when
/// run from it) and the installed share/locale. `language` overrides the environment ("de").
/// Call once on the GUI thread after wxApp exists. Returns the language chosen ("" = English). Without an
/// override the language follows preferred_ui_languages() of the environment.
std::string init_i18n(const std::string& language = {});

/// Reads an environment variable (nullptr when unset); std::getenv in the app, a table in tests.
using EnvLookup = std::function<const char*(const char* name)>;

/// The UI languages to try, best first, by gettext's rules: the entries of LANGUAGE (colon-separated) when it is
/// set, else the language of the messages locale (LC_ALL, else LC_MESSAGES, else LANG; "C" and "POSIX" name
/// none). Encoding and modifier are dropped ("de_DE.UTF-8" gives "de_DE"). Unlike gettext, LANGUAGE counts under
/// the C locale too: containers seldom generate locales, and the catalog needs none.
std::vector<std::string> preferred_ui_languages(const EnvLookup& getenv);

/// The catalog language for `preferred` among `available` catalogs: the first preferred language with a catalog
/// (exact, else its language part: "de_AT" takes "de"), "" when English (the msgids' language) comes first or
/// none has one.
std::string choose_ui_language(const std::vector<std::string>& preferred, const std::vector<std::string>& available);

/// A translated UTF-8 string for a msgid (wxGetTranslation), for code outside wx types.
std::string tr(const char* msgid);

} // namespace respite::ui
