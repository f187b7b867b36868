#include "core/config/settings_table.h"

#include "core/breathing_patterns.h"
#include "core/config/suggest.h"
#include "core/translatable.h"

#include <algorithm>
#include <vector>

namespace respite {
namespace {

using Field = FieldRef (*)(Settings&);

constexpr std::array<std::string_view, 2> count_choices{"screen", "input"};
// The bundled sounds (assets/sounds/<name>.wav); platform/sound.h plays them by this name.
constexpr std::array<std::string_view, 3> sound_choices{"chime", "bowl", "bell"};
// Words a check-in time may be instead of "HH:MM".
constexpr std::array<std::string_view, 1> checkin_words{"cutoff"};
constexpr const auto& pattern_choices = breathing_pattern_words; // core/breathing_patterns.h

constexpr SettingInfo boolean(std::string_view key, Field f, std::string_view doc) {
    return {key, ValueType::boolean, doc, 0, 1, false, {}, f};
}
constexpr SettingInfo integer(std::string_view key, int lo, int hi, Field f, std::string_view doc) {
    return {key, ValueType::integer, doc, lo, hi, false, {}, f};
}
constexpr SettingInfo duration(std::string_view key, Duration lo, Duration hi, Field f, std::string_view doc) {
    return {key, ValueType::duration, doc, lo.count(), hi.count(), false, {}, f};
}
constexpr SettingInfo duration_or_off(std::string_view key, Duration lo, Duration hi, Field f, std::string_view doc) {
    return {key, ValueType::duration, doc, lo.count(), hi.count(), true, {}, f};
}
constexpr SettingInfo time_of_day(std::string_view key, Field f, std::string_view doc) {
    return {key, ValueType::time_of_day, doc, 0, 24 * 60 - 1, false, {}, f};
}
constexpr SettingInfo time_or_word(std::string_view key, std::span<const std::string_view> words, Field f,
                                   std::string_view doc) {
    return {key, ValueType::time_of_day, doc, 0, 24 * 60 - 1, false, words, f};
}
constexpr SettingInfo choice(std::string_view key, std::span<const std::string_view> choices, Field f,
                             std::string_view doc) {
    return {key, ValueType::choice, doc, 0, static_cast<std::int64_t>(choices.size()) - 1, false, choices, f};
}

using namespace std::chrono_literals;

// clang-format off
constexpr std::array table{
    boolean("micro_break.enabled", [](Settings& s) -> FieldRef { return &s.micro_break.enabled; },
            translatable("take short micro-breaks")),
    duration("micro_break.every", 1min, 4h, [](Settings& s) -> FieldRef { return &s.micro_break.every; },
             translatable("screen time between micro-breaks")),
    duration("micro_break.duration", 5s, 30min, [](Settings& s) -> FieldRef { return &s.micro_break.duration; },
             translatable("length of a micro-break")),
    boolean("rest_break.enabled", [](Settings& s) -> FieldRef { return &s.rest_break.enabled; },
            translatable("take longer rest breaks")),
    duration("rest_break.every", 10min, 8h, [](Settings& s) -> FieldRef { return &s.rest_break.every; },
             translatable("screen time between rest breaks")),
    duration("rest_break.duration", 1min, 2h, [](Settings& s) -> FieldRef { return &s.rest_break.duration; },
             translatable("length of a rest break")),
    duration("prompts.heads_up", 0s, 10min, [](Settings& s) -> FieldRef { return &s.prompts.heads_up; },
             translatable("notice before a break falls due (0 = none)")),
    duration("prompts.postpone", 1min, 2h, [](Settings& s) -> FieldRef { return &s.prompts.postpone; },
             translatable("screen time before a postponed break is prompted again")),
    integer("prompts.max_postpones", 0, 20, [](Settings& s) -> FieldRef { return &s.prompts.max_postpones; },
            translatable("postpones allowed per break")),
    integer("prompts.daily_skip_budget", 0, 100,
            [](Settings& s) -> FieldRef { return &s.prompts.daily_skip_budget; },
            translatable("skips allowed per day")),
    boolean("prompts.strict", [](Settings& s) -> FieldRef { return &s.prompts.strict; },
            translatable("no skip and no postpone; only the \"I'm presenting\" escape")),
    duration("prompts.max_deferral", 0s, 8h, [](Settings& s) -> FieldRef { return &s.prompts.max_deferral; },
             translatable("longest a due break waits while you are busy")),
    choice("activity.count", count_choices, [](Settings& s) -> FieldRef { return &s.activity_count; },
           translatable("what advances break counters: screen time, or only time with input")),
    duration("activity.reading_max", 5min, 12h,
             [](Settings& s) -> FieldRef { return &s.activity_reading_max; },
             translatable("reading mode ends by itself after this long (it ends at the end of working hours too)")),
    boolean("activity.inhibitor_is_reading",
            [](Settings& s) -> FieldRef { return &s.activity_inhibitor_is_reading; },
            translatable("while a video player or presentation keeps the screen on, idle time is screen time")),
    boolean("breaks.only_in_work_hours", [](Settings& s) -> FieldRef { return &s.breaks_only_in_work_hours; },
            translatable("prompt breaks only within working hours")),
    SettingInfo{"workday.days", ValueType::weekdays, translatable("the days you work"), 0, 0, false, {},
                [](Settings& s) -> FieldRef { return &s.workday.days; }},
    time_of_day("workday.start", [](Settings& s) -> FieldRef { return &s.workday.start; },
                translatable("working hours begin (HH:MM)")),
    time_of_day("workday.end", [](Settings& s) -> FieldRef { return &s.workday.end; },
                translatable("working hours end (HH:MM)")),
    SettingInfo{"workday.timezone", ValueType::timezone,
                translatable("time zone of the working hours; empty means the system's"), 0, 0, false, {},
                [](Settings& s) -> FieldRef { return &s.workday.timezone; }},
    time_of_day("workday.day_starts", [](Settings& s) -> FieldRef { return &s.workday.day_starts; },
                translatable("the counting day begins at this time (HH:MM)")),
    duration("workday.cutoff_heads_up", 0s, 2h, [](Settings& s) -> FieldRef { return &s.workday.cutoff_heads_up; },
             translatable("notice before the end of working hours (0 = none)")),
    duration_or_off("workday.overtime_reminder_every", 5min, 12h,
                    [](Settings& s) -> FieldRef { return &s.workday.overtime_reminder_every; },
                    translatable("remind after each such stretch of overtime (0 = off)")),
    duration_or_off("workday.weekly_overtime_cap", 1h, 168h,
                    [](Settings& s) -> FieldRef { return &s.workday.weekly_overtime_cap; },
                    translatable("tell once a week when overtime reaches this (0 = off)")),
    duration_or_off("workday.daily_limit", 30min, 24h,
                    [](Settings& s) -> FieldRef { return &s.workday.daily_limit; },
                    translatable("tell once a day when screen time reaches this (0 = off)")),
    duration("focus.work", 1min, 4h, [](Settings& s) -> FieldRef { return &s.focus.work; },
             translatable("length of a focus session")),
    duration("focus.short_break", 1min, 1h, [](Settings& s) -> FieldRef { return &s.focus.short_break; },
             translatable("break after a focus session")),
    duration("focus.long_break", 1min, 2h, [](Settings& s) -> FieldRef { return &s.focus.long_break; },
             translatable("longer break after a run of sessions")),
    integer("focus.long_break_after", 1, 20, [](Settings& s) -> FieldRef { return &s.focus.long_break_after; },
            translatable("sessions before a long break")),
    choice("breathing.pattern", pattern_choices, [](Settings& s) -> FieldRef { return &s.breathing.pattern; },
           translatable("guided breathing pattern")),
    duration("breathing.inhale", 1s, 20s, [](Settings& s) -> FieldRef { return &s.breathing.inhale; },
             translatable("custom pattern: breathe in")),
    duration("breathing.hold_in", 0s, 20s, [](Settings& s) -> FieldRef { return &s.breathing.hold_in; },
             translatable("custom pattern: hold after breathing in")),
    duration("breathing.exhale", 1s, 20s, [](Settings& s) -> FieldRef { return &s.breathing.exhale; },
             translatable("custom pattern: breathe out")),
    duration("breathing.hold_out", 0s, 20s, [](Settings& s) -> FieldRef { return &s.breathing.hold_out; },
             translatable("custom pattern: hold after breathing out")),
    integer("breathing.default_minutes", 1, 60,
            [](Settings& s) -> FieldRef { return &s.breathing.default_minutes; },
            translatable("length of a breathing session")),
    boolean("breathing.chime", [](Settings& s) -> FieldRef { return &s.breathing.chime; },
            translatable("soft chime on phase changes")),
    boolean("breathing.reduced_motion", [](Settings& s) -> FieldRef { return &s.breathing.reduced_motion; },
            translatable("pace with text only, no animation")),
    boolean("notifications.sound", [](Settings& s) -> FieldRef { return &s.notifications.sound; },
            translatable("play a sound with notifications")),
    choice("sound.chime", sound_choices, [](Settings& s) -> FieldRef { return &s.sound.chime; },
           translatable("the sound of the breathing chime")),
    choice("sound.break_end", sound_choices, [](Settings& s) -> FieldRef { return &s.sound.break_end; },
           translatable("the sound at the end of a break taken in full")),
    integer("sound.volume", 0, 100, [](Settings& s) -> FieldRef { return &s.sound.volume; },
            translatable("loudness of Respite's sounds, in percent (0 = silent)")),
    boolean("app.autostart", [](Settings& s) -> FieldRef { return &s.app.autostart; },
            translatable("start Respite when you log in")),
    boolean("history.enabled", [](Settings& s) -> FieldRef { return &s.history.enabled; },
            translatable("keep a history of your breaks and working hours on this computer")),
    duration("history.keep", 24h, 24h * 3660, [](Settings& s) -> FieldRef { return &s.history.keep; },
             translatable("how long history is kept before older days are deleted")),
    boolean("checkin.enabled", [](Settings& s) -> FieldRef { return &s.checkin.enabled; },
            translatable("ask at the end of the workday how the day felt")),
    time_or_word("checkin.at", checkin_words, [](Settings& s) -> FieldRef { return &s.checkin.at; },
                 translatable("when to ask: \"cutoff\" (the end of working hours) or a time (HH:MM)")),
};
// clang-format on

constexpr auto keys = [] {
    std::array<std::string_view, table.size()> out{};
    for (std::size_t i = 0; i < table.size(); ++i)
        out[i] = table[i].key;
    return out;
}();

constexpr auto sections = [] {
    std::array<std::string_view, table.size()> out{};
    std::size_t n = 0;
    for (const auto& info : table) {
        if (n == 0 || out[n - 1] != info.section())
            out[n++] = info.section();
    }
    return std::pair{out, n};
}();

template <typename Enum> void set_choice(Enum* field, const SettingInfo& info, const std::string& text) {
    const auto it = std::find(info.choices.begin(), info.choices.end(), text);
    if (it != info.choices.end())
        *field = static_cast<Enum>(it - info.choices.begin());
}

} // namespace

std::span<const SettingInfo> settings_table() {
    return table;
}

std::span<const std::string_view> setting_keys() {
    return keys;
}

std::span<const std::string_view> setting_sections() {
    return {sections.first.data(), sections.second};
}

const SettingInfo* find_setting(std::string_view key) {
    const auto it = std::find_if(table.begin(), table.end(), [&](const SettingInfo& i) { return i.key == key; });
    return it == table.end() ? nullptr : &*it;
}

std::optional<std::string> nearest_key(std::string_view key) {
    const auto dot = key.find('.');
    if (dot != std::string_view::npos) {
        // The section is right: judge the typo by the name alone, or "micro_break.banana" finds some key.
        const auto section = key.substr(0, dot);
        std::vector<std::string_view> names;
        for (const auto& info : table) {
            if (info.section() == section)
                names.push_back(info.name());
        }
        if (!names.empty()) {
            const auto name = nearest(key.substr(dot + 1), names);
            return name ? std::optional<std::string>(std::string(section) + "." + *name) : std::nullopt;
        }
    }
    return nearest(key, keys);
}

std::size_t setting_index(const SettingInfo& info) {
    return static_cast<std::size_t>(&info - table.data());
}

SettingValue get_value(const SettingInfo& info, const Settings& s) {
    // The accessor only hands out a pointer; reading through it never modifies `s`.
    const FieldRef ref = info.field(const_cast<Settings&>(s));
    return std::visit(
        [&](auto* p) -> SettingValue {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_enum_v<T>)
                return std::string(info.choices[static_cast<std::size_t>(*p)]);
            else if constexpr (std::is_same_v<T, CheckinAt>)
                return p->when == CheckinWhen::time ? SettingValue{p->time}
                                                    : SettingValue{std::string(info.choices[0])};
            else
                return *p;
        },
        ref);
}

void set_value(const SettingInfo& info, Settings& s, const SettingValue& value) {
    std::visit(
        [&](auto* p) {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_enum_v<T>) {
                if (const auto* text = std::get_if<std::string>(&value))
                    set_choice(p, info, *text);
            } else if constexpr (std::is_same_v<T, CheckinAt>) {
                if (const auto* t = std::get_if<TimeOfDay>(&value))
                    *p = CheckinAt{CheckinWhen::time, *t};
                else if (const auto* word = std::get_if<std::string>(&value);
                         word != nullptr && *word == info.choices[0])
                    *p = CheckinAt{};
            } else if (const auto* v = std::get_if<T>(&value)) {
                *p = *v;
            }
        },
        info.field(s));
}

} // namespace respite
