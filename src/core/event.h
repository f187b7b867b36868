#pragma once
// The engine's inputs besides time: presence changes and user actions, as plain values.
#include "core/effect.h"
#include "core/reading.h"
#include "core/reason.h"
#include "core/settings.h"
#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace respite {

/// What the presence monitors know of the user (DESIGN.md §4).
enum class Presence { active, idle, away };
/// "active", "idle" or "away" (status JSON, state.json).
std::string_view to_string(Presence presence);
/// Parses a presence name; nullopt when unknown.
std::optional<Presence> parse_presence(std::string_view name);

namespace ev {
/// Presence changed; the new state began `began_ago` before now (idle monitors report late).
struct PresenceChanged {
    Presence presence = Presence::active;
    Duration began_ago{};
};
/// Busy (fullscreen, presentation, do-not-disturb, call) started or ended.
struct BusyChanged {
    bool busy = false;
    BusyReason reason = BusyReason::none;
};
/// Start a break now: the prompted one, or a user-initiated one.
struct StartBreak {
    BreakKind kind = BreakKind::micro;
};
/// Postpone the prompted break, or (after its heads-up, before it is prompted) the coming one.
struct Postpone {
    std::optional<BreakKind> coming; ///< the break a heads-up announced (used when nothing is prompted)
};
/// Skip the prompted break.
struct Skip {};
/// Strict mode's "I'm presenting": defer the prompted break once by max_deferral.
struct Presenting {};
/// Begin guided breathing / quick meditation.
struct StartBreathing {
    Duration length = std::chrono::minutes(3);
};
/// The user closed the breathing window early.
struct StopBreathing {};
/// Pause prompts and counting for a duration.
struct PauseFor {
    Duration length{};
};
/// Pause until a wall instant.
struct PauseUntil {
    WallTime until{};
};
/// Pause until the next workday start ("until tomorrow", "Done for today").
struct PauseUntilNextWorkday {};
/// End a pause now.
struct Resume {};
/// Start a focus session.
struct FocusStart {};
/// Stop the focus session.
struct FocusStop {};
/// "Wrap up in N min" on the cutoff notice: show the cutoff again after `length`.
struct SnoozeCutoff {
    Duration length = std::chrono::minutes(10);
};
/// The check-in's answer: how today felt (none = "Not today") and an optional note.
struct CheckinAnswered {
    std::optional<Feeling> feeling;
    std::string note;
};
/// The user turned reading mode on ("Reading or watching"): idle time is screen time until activity.reading_max
/// has passed or the workday ends, whichever comes first. Harmless when it is on already (the cap stays).
struct ReadingOn {
    ReadingSource source = ReadingSource::tray;
};
/// The user turned reading mode off. Harmless when it is off.
struct ReadingOff {};
/// An idle inhibitor (a video player, a presentation) was taken: reading while it lasts, if inhibitor_is_reading.
struct InhibitorStarted {};
/// The last idle inhibitor was released.
struct InhibitorEnded {};
/// New settings (reload); counters carry over.
struct ConfigChanged {
    Settings settings;
};
} // namespace ev

/// Any input event.
using Event =
    std::variant<ev::PresenceChanged, ev::BusyChanged, ev::StartBreak, ev::Postpone, ev::Skip, ev::Presenting,
                 ev::StartBreathing, ev::StopBreathing, ev::PauseFor, ev::PauseUntil, ev::PauseUntilNextWorkday,
                 ev::Resume, ev::FocusStart, ev::FocusStop, ev::SnoozeCutoff, ev::CheckinAnswered, ev::ReadingOn,
                 ev::ReadingOff, ev::InhibitorStarted, ev::InhibitorEnded, ev::ConfigChanged>;

} // namespace respite
