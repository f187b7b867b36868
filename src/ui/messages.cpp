#include "ui/messages.h"

#include <wx/intl.h>
#include <wx/string.h>

#include <cstdio>

namespace respite::ui {

namespace {
std::string utf8(const wxString& s) {
    return s.utf8_string();
}

// The labels action_label() is asked for, listed so that xgettext extracts them.
[[maybe_unused]] constexpr const char* known_actions[] = {
    wxTRANSLATE("Start now"),      wxTRANSLATE("Postpone"), wxTRANSLATE("Skip"),          wxTRANSLATE("Wrap up"),
    wxTRANSLATE("Done for today"), wxTRANSLATE("Resume"),   wxTRANSLATE("Open settings"), wxTRANSLATE("Dismiss")};
} // namespace

std::string format_duration(Duration d) {
    using namespace std::chrono;
    if (d < minutes(1)) {
        const auto s = static_cast<int>(duration_cast<seconds>(d + milliseconds(500)).count());
        return utf8(wxString::Format(_("%d s"), s));
    }
    const auto total = static_cast<int>(duration_cast<minutes>(d + seconds(30)).count());
    const int h = total / 60;
    const int m = total % 60;
    if (h == 0)
        return utf8(wxString::Format(_("%d min"), m));
    if (m == 0)
        return utf8(wxString::Format(_("%d h"), h));
    return utf8(wxString::Format(_("%d h %d min"), h, m));
}

std::string format_clock(Duration d) {
    using namespace std::chrono;
    if (d < Duration::zero())
        d = Duration::zero();
    // Round up so the clock reads 0:01 until the very end, never 0:00 while time is left.
    const auto total = static_cast<long>(duration_cast<seconds>(d + milliseconds(999)).count());
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
    return buf;
}

std::string format_time_of_day(TimeOfDay t) {
    const long m = t.count();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", m / 60 % 24, m % 60);
    return buf;
}

std::string break_name(BreakKind kind) {
    switch (kind) {
    case BreakKind::micro:
        return utf8(_("Micro-break"));
    case BreakKind::rest:
        return utf8(_("Rest break"));
    case BreakKind::focus:
        return utf8(_("Focus break"));
    }
    return {};
}

std::string action_label(const char* action) {
    return utf8(wxGetTranslation(wxString::FromUTF8(action)));
}

MessageText heads_up_message(BreakKind kind, Duration in) {
    return {utf8(wxString::Format(_("%s in %s"), wxString::FromUTF8(break_name(kind)),
                                  wxString::FromUTF8(format_duration(in)))),
            utf8(_("Finish your thought; the break starts soon."))};
}

MessageText cutoff_heads_up_message(Duration in) {
    return {utf8(wxString::Format(_("Workday ends in %s"), wxString::FromUTF8(format_duration(in)))),
            utf8(_("A good moment to note where you are, so tomorrow starts easily."))};
}

MessageText overtime_message(Duration today, Duration week, int nth) {
    using namespace std::chrono;
    const wxString t = wxString::FromUTF8(format_duration(today));
    const wxString w = wxString::FromUTF8(format_duration(week));
    // Tone rises with how often we have asked and how much has piled up; it never demands a stop.
    if (nth >= 4 || today >= hours(2) || week >= hours(5))
        return {utf8(_("A long day")),
                utf8(wxString::Format(_("You are %s past your workday today and %s over this week. "
                                        "Rest is part of the work: please stop when you can."),
                                      t, w))};
    if (nth >= 2 || today >= hours(1))
        return {utf8(_("Still working")), utf8(wxString::Format(_("That is %s of overtime today (%s this week). "
                                                                  "Consider saving your work and calling it a day."),
                                                                t, w))};
    return {utf8(_("Past your workday")),
            utf8(wxString::Format(_("You have worked %s past your workday (%s this week). "
                                    "Wrap up when it suits you."),
                                  t, w))};
}

MessageText overtime_cap_message(Duration week) {
    return {utf8(_("Weekly overtime limit reached")),
            utf8(wxString::Format(_("You have %s of overtime this week. Time to protect your evenings."),
                                  wxString::FromUTF8(format_duration(week))))};
}

MessageText weekly_summary_message(Duration screen, Duration overtime, std::optional<int> percent_taken,
                                   WeekFeeling feeling) {
    const wxString hours = wxString::FromUTF8(format_duration(screen));
    wxString body =
        wxString::Format(_("%s this week"), hours) + ", " +
        (overtime > Duration::zero() ? wxString::Format(_("%s overtime"), wxString::FromUTF8(format_duration(overtime)))
                                     : _("no overtime"));
    if (percent_taken)
        body += ", " + wxString::Format(_("%d %% of breaks taken"), *percent_taken);
    switch (feeling) {
    case WeekFeeling::calmer:
        body += ", " + _("calmer than last week");
        break;
    case WeekFeeling::more_stressed:
        body += ", " + _("more stressed than last week");
        break;
    case WeekFeeling::same:
        body += ", " + _("about as calm as last week");
        break;
    case WeekFeeling::unknown:
        break;
    }
    return {utf8(_("Your week")), utf8(body + ".")};
}

MessageText daily_limit_message(Duration screen_time) {
    return {utf8(_("Daily screen time reached")),
            utf8(wxString::Format(_("%s at the screen today. Your eyes have earned the rest of the day off."),
                                  wxString::FromUTF8(format_duration(screen_time))))};
}

MessageText reading_ended_message(Reason reason, Duration reading_max) {
    wxString why;
    if (reason == Reason::cutoff)
        why = _("Reading mode turned itself off at the end of your workday.");
    else if (reason == Reason::new_day)
        why = _("Reading mode turned itself off with the new day.");
    else
        why = wxString::Format(_("Reading mode turned itself off after %s."),
                               wxString::FromUTF8(format_duration(reading_max)));
    return {utf8(_("Reading mode ended")),
            utf8(why + " " + _("Idle time counts as rest again; turn it on in the menu if you are still reading."))};
}

MessageText postponed_message(BreakKind kind, int postpones_left) {
    return {utf8(wxString::Format(_("%s postponed"), wxString::FromUTF8(break_name(kind)))),
            utf8(wxString::Format(
                wxPLURAL("%d postpone left for this break.", "%d postpones left for this break.", postpones_left),
                postpones_left))};
}

} // namespace respite::ui
