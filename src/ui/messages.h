#pragma once
// Translated texts for notifications the tray owner's notifier shows (title + body).
#include "core/effect.h"
#include "core/time.h"

#include <optional>
#include <string>

namespace respite::ui {

/// A notification's text, translated, UTF-8.
struct MessageText {
    std::string title;
    std::string body;
};

/// "Micro-break in 10 s" / "Finish your thought." for a heads_up effect.
MessageText heads_up_message(BreakKind kind, Duration in);
/// "Workday ends in 10 min" for a cutoff_heads_up effect.
MessageText cutoff_heads_up_message(Duration in);
/// Overtime reminder naming today's and the week's overtime, escalating in tone with `nth`
/// (1 = first reminder today) and with the amounts; never asks to stop work outright.
MessageText overtime_message(Duration today, Duration week, int nth);
/// The week's overtime reached the cap.
MessageText overtime_cap_message(Duration week);
/// Today's screen time reached the daily limit.
MessageText daily_limit_message(Duration screen_time);
/// Reading mode ended by itself: `reason` limit ("after 2 h", the `reading_max` given), cutoff or new_day.
MessageText reading_ended_message(Reason reason, Duration reading_max);
/// A break postponed / deferred notice ("Rest break postponed, 2 postpones left").
MessageText postponed_message(BreakKind kind, int postpones_left);
/// How this week's check-ins compare with last week's (the weekly summary's last words).
enum class WeekFeeling { unknown, calmer, same, more_stressed };
/// The weekly summary on the week's last workday: "38 h this week, 2 h overtime, 86 % of breaks taken, calmer
/// than last week" (`percent_taken` nullopt: no break was due; `feeling` unknown: no check-ins to compare).
MessageText weekly_summary_message(Duration screen, Duration overtime, std::optional<int> percent_taken,
                                   WeekFeeling feeling);
/// A compact human duration: "45 s", "12 min", "1 h 30 min" (translated units).
std::string format_duration(Duration d);
/// "0:14" / "4:59" / "1:02:03": a countdown clock.
std::string format_clock(Duration d);
/// "17:30" for a time of day.
std::string format_time_of_day(TimeOfDay t);
/// The translated name of a break kind ("Micro-break", "Rest break", "Focus break").
std::string break_name(BreakKind kind);
/// Translated label of a notification action: "Start now", "Postpone", "Skip", "Wrap up",
/// "Done for today", "Resume", "Open settings", "Dismiss" (others pass through untranslated).
std::string action_label(const char* action);

} // namespace respite::ui
