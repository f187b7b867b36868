// The words of the Settings dialog's pages and rows: a section's title and a key's label, translated.
#include "ui/setting_control.h"

#include <wx/intl.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace respite::ui {

namespace {
const char* const day_names[] = {wxTRANSLATE("Mon"), wxTRANSLATE("Tue"), wxTRANSLATE("Wed"), wxTRANSLATE("Thu"),
                                 wxTRANSLATE("Fri"), wxTRANSLATE("Sat"), wxTRANSLATE("Sun")};

// Each key name's label ("max_postpones" -> "Max postpones"), written out so that xgettext extracts them.
constexpr std::pair<std::string_view, const char*> labels[] = {
    {"enabled", wxTRANSLATE("Enabled")},
    {"every", wxTRANSLATE("Every")},
    {"duration", wxTRANSLATE("Duration")},
    {"heads_up", wxTRANSLATE("Heads up")},
    {"postpone", wxTRANSLATE("Postpone")},
    {"max_postpones", wxTRANSLATE("Max postpones")},
    {"daily_skip_budget", wxTRANSLATE("Daily skip budget")},
    {"strict", wxTRANSLATE("Strict")},
    {"max_deferral", wxTRANSLATE("Max deferral")},
    {"count", wxTRANSLATE("Count")},
    {"reading_max", wxTRANSLATE("Reading mode lasts at most")},
    {"inhibitor_is_reading", wxTRANSLATE("Video and presentations count as reading")},
    {"only_in_work_hours", wxTRANSLATE("Only in work hours")},
    {"days", wxTRANSLATE("Days")},
    {"start", wxTRANSLATE("Start")},
    {"end", wxTRANSLATE("End")},
    {"timezone", wxTRANSLATE("Timezone")},
    {"day_starts", wxTRANSLATE("Day starts")},
    {"cutoff_heads_up", wxTRANSLATE("Cutoff heads up")},
    {"overtime_reminder_every", wxTRANSLATE("Overtime reminder every")},
    {"weekly_overtime_cap", wxTRANSLATE("Weekly overtime cap")},
    {"daily_limit", wxTRANSLATE("Daily limit")},
    {"work", wxTRANSLATE("Work")},
    {"short_break", wxTRANSLATE("Short break")},
    {"long_break", wxTRANSLATE("Long break")},
    {"long_break_after", wxTRANSLATE("Long break after")},
    {"pattern", wxTRANSLATE("Pattern")},
    {"inhale", wxTRANSLATE("Inhale")},
    {"hold_in", wxTRANSLATE("Hold in")},
    {"exhale", wxTRANSLATE("Exhale")},
    {"hold_out", wxTRANSLATE("Hold out")},
    {"default_minutes", wxTRANSLATE("Default minutes")},
    {"chime", wxTRANSLATE("Chime")},
    {"reduced_motion", wxTRANSLATE("Reduced motion")},
    {"sound", wxTRANSLATE("Sound")},
    {"break_end", wxTRANSLATE("Break end")},
    {"volume", wxTRANSLATE("Volume")},
    {"autostart", wxTRANSLATE("Start Respite when I log in")},
    {"keep", wxTRANSLATE("Keep for")},
    {"at", wxTRANSLATE("Ask at")},
};
} // namespace

wxString weekday_name(int index) {
    return wxGetTranslation(day_names[std::clamp(index, 0, 6)]);
}

wxString section_title(std::string_view section) {
    if (section == "micro_break")
        return _("Micro-breaks");
    if (section == "rest_break")
        return _("Rest breaks");
    if (section == "prompts")
        return _("Prompts");
    if (section == "activity")
        return _("Activity");
    if (section == "breaks")
        return _("Breaks");
    if (section == "workday")
        return _("Workday");
    if (section == "focus")
        return _("Focus");
    if (section == "breathing")
        return _("Breathing");
    if (section == "notifications")
        return _("Notifications");
    if (section == "sound")
        return _("Sound");
    if (section == "app")
        return _("Startup");
    if (section == "history")
        return _("History");
    if (section == "checkin")
        return _("Check-in");
    return wxString::FromUTF8(section.data(), section.size());
}

wxString setting_label(const SettingInfo& info) {
    for (const auto& [name, label] : labels)
        if (name == info.name())
            return wxGetTranslation(label);
    // A key without a written-out label shows its name ("max_postpones" -> "Max postpones"), untranslated.
    std::string label(info.name());
    for (auto& c : label)
        if (c == '_')
            c = ' ';
    if (!label.empty())
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return wxString::FromUTF8(label);
}

} // namespace respite::ui
