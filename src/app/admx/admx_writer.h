#pragma once
// The Group Policy templates (respite.admx and one respite.adml per language) written from the settings table
// (DESIGN.md §5), so they can never name a key that does not exist. One policy per setting, twice: locked under
// Software\Policies\Respite and as an admin default under ...\Respite\Recommended, the way Chrome's and Edge's
// templates offer "Default Settings (users can override)". Categories are the settings dialog's pages.
#include "core/config/settings_table.h"

#include <functional>
#include <string>
#include <string_view>

namespace respite::admx {

/// The texts of one language, looked up as the app does (the UI's labels and the gettext catalog).
struct Language {
    std::string culture;                                          ///< "en-US", "de-DE"
    std::function<std::string(std::string_view msgid)> translate; ///< a catalog string, or the msgid
    std::function<std::string(std::string_view section)> section; ///< a settings page's title
    std::function<std::string(const SettingInfo& info)> label;    ///< a setting's label in the dialog
};

/// The language-neutral respite.admx: categories, policies, keys, value names, types and ranges.
std::string write_admx();
/// respite.adml for one language: every $(string.…) and $(presentation.…) the ADMX refers to; `version` is
/// Respite's ("0.1.0"), named as the first one the templates support.
std::string write_adml(const Language& language, std::string_view version);

/// The policy name of a setting ("micro_break.every" -> "micro_break_every"), `recommended` for the default one.
std::string policy_name(const SettingInfo& info, bool recommended);

} // namespace respite::admx
