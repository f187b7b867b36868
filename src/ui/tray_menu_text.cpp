// The tray's status line, icon state and refresh instants: pure functions of the engine Status.
#include "ui/tray_menu.h"

#include "ui/i18n.h"

#include <wx/datetime.h>
#include <wx/intl.h>
#include <wx/string.h>

#include <algorithm>

namespace respite::ui {
namespace {

using namespace std::chrono_literals;

std::string utf8(const wxString& s) {
    return std::string(s.utf8_str());
}

// "12 min", "1 h 5 min": rounded up, so "in 1 min" until the break is due.
wxString format_minutes(Duration d) {
    const auto minutes = std::max<long long>(0, (d.count() + 59'999) / 60'000);
    if (minutes < 60)
        return wxString::Format(_("%lld min"), minutes);
    if (minutes % 60 == 0)
        return wxString::Format(_("%lld h"), minutes / 60);
    return wxString::Format(_("%lld h %lld min"), minutes / 60, minutes % 60);
}

wxString format_clock(WallTime at, WallTime now) {
    const wxDateTime when(
        static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count()));
    const wxDateTime today(
        static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count()));
    if (when.IsSameDate(today))
        return when.Format("%H:%M");
    return when.Format("%a %H:%M");
}

wxString busy_text(Reason reason) {
    switch (reason) {
    case Reason::presenting:
    case Reason::presentation:
        return _("you are presenting");
    case Reason::fullscreen:
        return _("a full-screen window is open");
    case Reason::call:
        return _("you are in a call");
    case Reason::do_not_disturb:
        return _("do not disturb is on");
    case Reason::focus:
        return _("a focus session is running");
    default:
        return _("you are busy");
    }
}

// "Reading mode until 16:40" (the toggle), "Reading mode (video playing)" (an idle inhibitor alone), or nothing.
wxString reading_text(const Status& s, WallTime now) {
    if (!s.reading)
        return {};
    if (s.reading_cause == ReadingCause::toggle && s.reading_until)
        return wxString::Format(_("Reading mode until %s"), format_clock(*s.reading_until, now));
    return _("Reading mode (video playing)");
}

// The soonest enabled break (the icon turns to "a break is near" by it).
const BreakStatus* soonest(const Status& s) {
    const BreakStatus* best = nullptr;
    for (const BreakStatus* b : {&s.micro, &s.rest})
        if (b->enabled && (!best || b->due_in < best->due_in))
            best = b;
    return best;
}

} // namespace

Duration extrapolated_due_in(const Status& status, const BreakStatus& b, WallTime now) {
    if (!b.counting || now <= status.at)
        return b.due_in;
    return std::max(Duration::zero(), b.due_in - std::chrono::duration_cast<Duration>(now - status.at));
}

std::string format_status_line(const Status& s, const Settings& settings, WallTime now) {
    const auto elapsed = now > s.at ? std::chrono::duration_cast<Duration>(now - s.at) : Duration::zero();
    if (s.paused_until)
        return utf8(wxString::Format(_("Paused until %s"), format_clock(*s.paused_until, now)));
    if (s.prompt) {
        switch (*s.prompt) {
        case BreakKind::rest:
            return utf8(_("Rest break now"));
        case BreakKind::focus:
            return utf8(_("Focus break now"));
        case BreakKind::micro:
            break;
        }
        return utf8(_("Micro-break now"));
    }
    if (s.deferred)
        return utf8(wxString::Format(
            _("Break waiting: %s"),
            busy_text(s.deferred_reason == Reason::none ? reason_of(s.busy_reason) : s.deferred_reason)));
    if (s.breathing)
        return utf8(wxString::Format(wxString::FromUTF8(tr("Breathing · %s left")),
                                     format_minutes(s.breathing_left - elapsed)));
    if (s.focus_active)
        return utf8(wxString::Format(s.focus_on_break ? wxString::FromUTF8(tr("Focus break · %s left"))
                                                      : wxString::FromUTF8(tr("Focus session · %s left")),
                                     format_minutes(s.focus_left - elapsed)));
    wxString line = reading_text(s, now);
    const auto add = [&line](const wxString& part) {
        line = line.empty() ? part : line + wxString::FromUTF8(" · ") + part;
    };
    if (s.micro.enabled) {
        const Duration d = extrapolated_due_in(s, s.micro, now);
        add(d <= Duration::zero() ? _("Micro-break due") : wxString::Format(_("Micro-break in %s"), format_minutes(d)));
    }
    if (s.rest.enabled) {
        const Duration d = extrapolated_due_in(s, s.rest, now);
        add(d <= Duration::zero() ? _("Rest break due") : wxString::Format(_("Rest in %s"), format_minutes(d)));
    }
    if (s.after_hours) {
        const Duration overtime = s.overtime_today + (s.presence == Presence::away ? Duration::zero() : elapsed);
        wxString head = overtime < 1min ? _("After hours")
                                        : wxString::Format(wxString::FromUTF8(tr("After hours · %s overtime today")),
                                                           format_minutes(overtime - 59'999ms));
        // Breaks keep coming after hours unless they are limited to working hours: say when.
        if (settings.breaks_only_in_work_hours)
            head += wxString::FromUTF8(" · ") + _("breaks resume with your workday");
        else if (!line.empty())
            head += wxString::FromUTF8(" · ") + line;
        return utf8(head);
    }
    return line.empty() ? utf8(_("Breaks are off")) : utf8(line);
}

TrayIconState tray_icon_state(const Status& s, WallTime now) {
    if (s.paused_until)
        return TrayIconState::paused;
    if (s.prompt)
        return TrayIconState::break_soon;
    // A focus session holds breaks back (they wait deferred): its own icon says so while it runs.
    if (s.focus_active)
        return TrayIconState::focus;
    if (s.deferred)
        return TrayIconState::break_soon;
    if (const BreakStatus* b = soonest(s); b && extrapolated_due_in(s, *b, now) < 2min)
        return TrayIconState::break_soon;
    if (s.after_hours)
        return TrayIconState::after_hours;
    return TrayIconState::normal;
}

std::optional<Duration> next_status_change(const Status& status, WallTime now) {
    const auto elapsed = now > status.at ? std::chrono::duration_cast<Duration>(now - status.at) : Duration::zero();
    // The next minute boundary of a countdown the line shows (every shown one: the line shows both breaks).
    std::optional<Duration> wait;
    const auto boundary = [&wait](Duration left) {
        if (left <= Duration::zero())
            return;
        const Duration w = left % 1min == Duration::zero() ? Duration(1min) : left % 1min;
        wait = std::min(wait.value_or(w), w);
    };
    if (status.paused_until || status.prompt || status.deferred)
        return std::nullopt; // static text; the app calls update() when it changes
    if (status.breathing) {
        boundary(status.breathing_left - elapsed);
        return wait;
    }
    if (status.focus_active) {
        boundary(status.focus_left - elapsed);
        return wait;
    }
    if (status.after_hours && status.presence != Presence::away)
        boundary(1min - (status.overtime_today + elapsed) % 1min);
    for (const BreakStatus* b : {&status.micro, &status.rest})
        if (b->enabled && b->counting)
            boundary(extrapolated_due_in(status, *b, now));
    return wait;
}

} // namespace respite::ui
