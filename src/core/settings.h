#pragma once
// The typed configuration the engine runs on. The member initialisers are the built-in defaults;
// the settings table (settings_table.h) maps TOML keys onto these members.
#include "core/time.h"

#include <array>
#include <string>

namespace respite {

using namespace std::chrono_literals;

/// One kind of break: how often and how long.
struct BreakSettings {
    bool enabled = true;
    Duration every{};
    Duration duration{};
};

/// How prompts behave.
struct PromptSettings {
    Duration heads_up = 10s;       ///< notice before a break falls due (0 = none)
    Duration postpone = 5min;      ///< screen time before a postponed break is prompted again
    int max_postpones = 3;         ///< per break
    int daily_skip_budget = 3;     ///< skips per counting day
    bool strict = false;           ///< no skip, no postpone; "I'm presenting" escape only
    Duration max_deferral = 30min; ///< longest a due break waits while busy
};

/// What advances the break counters.
enum class CountMode { screen, input };

/// Working hours and end-of-day guard.
struct WorkdaySettings {
    std::array<bool, 7> days{true, true, true, true, true, false, false}; ///< Monday first
    TimeOfDay start = 9h;
    TimeOfDay end = 17h + 30min;
    std::string timezone;      ///< IANA name; empty = TZ, else the system's
    TimeOfDay day_starts = 4h; ///< the counting day begins here
    Duration cutoff_heads_up = 10min;
    Duration overtime_reminder_every = 30min;
    Duration weekly_overtime_cap = 5h; ///< 0 = off
    Duration daily_limit = 0s;         ///< screen time per day; 0 = off
};

/// Focus (Pomodoro-style) sessions.
struct FocusSettings {
    Duration work = 25min;
    Duration short_break = 5min;
    Duration long_break = 15min;
    int long_break_after = 4;
};

/// Guided breathing patterns (core/breathing_patterns.h lists them with their words and labels). `follow` paces
/// nothing: the circle follows the user's own breath (held Space or mouse button while breathing in).
enum class BreathingPattern { box, four_seven_eight, coherent, custom, follow };

/// Guided breathing.
struct BreathingSettings {
    BreathingPattern pattern = BreathingPattern::box;
    Duration inhale = 4s; ///< custom pattern phases
    Duration hold_in = 4s;
    Duration exhale = 4s;
    Duration hold_out = 4s;
    int default_minutes = 3;
    bool chime = false;          ///< soft chime on phase changes
    bool reduced_motion = false; ///< pace with text only, no animation
};

/// Notifications.
struct NotificationSettings {
    bool sound = true;
};

/// Which bundled sound (assets/sounds/<name>.wav) plays when, and how loud.
struct SoundSettings {
    std::string chime = "chime";     ///< the breathing phase chime
    std::string break_end = "chime"; ///< a break taken in full
    int volume = 60;                 ///< percent; 0 = silent
};

/// The app itself.
struct AppSettings {
    bool autostart = true; ///< start at login; locked by policy, `respite autostart off` is refused
};

/// The history store (issue 11): what is recorded on this computer, and for how long.
struct HistorySettings {
    bool enabled = true;                          ///< record effects and presence in the history file
    Duration keep = std::chrono::hours(24 * 400); ///< rows older than this are pruned once a day
};

/// When the stress check-in asks (issue 11): at the end of working hours, or at a time of day.
enum class CheckinWhen { cutoff, time };

/// The check-in's moment: `time` matters only when `when` is CheckinWhen::time.
struct CheckinAt {
    CheckinWhen when = CheckinWhen::cutoff;
    TimeOfDay time{};
    bool operator==(const CheckinAt&) const = default;
};

/// The stress check-in (issue 11): "How did today feel?" once a working day.
struct CheckinSettings {
    bool enabled = false; ///< off by default
    CheckinAt at;         ///< "cutoff" or "HH:MM" in the config file
};

/// Every setting Respite has.
struct Settings {
    BreakSettings micro_break{true, 20min, 20s};
    BreakSettings rest_break{true, 50min, 5min};
    PromptSettings prompts;
    CountMode activity_count = CountMode::screen;
    Duration activity_reading_max = 2h;        ///< reading mode ends by itself after this
    bool activity_inhibitor_is_reading = true; ///< an idle inhibitor (video, presentation) counts as reading
    bool breaks_only_in_work_hours = false;
    WorkdaySettings workday;
    FocusSettings focus;
    BreathingSettings breathing;
    NotificationSettings notifications;
    SoundSettings sound;
    AppSettings app;
    HistorySettings history;
    CheckinSettings checkin;
};

} // namespace respite
