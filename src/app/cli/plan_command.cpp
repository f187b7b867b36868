// `respite plan`: the real engine on simulated time, printed as a timeline (DESIGN.md §6, issue 2).
#include "app/cli/commands.h"
#include "app/cli/plan_history.h"
#include "app/cli/xdg_paths.h"
#include "core/config/config_loader.h"
#include "core/effect_json.h"
#include "core/plan/plan_simulator.h"
#include "core/utf8_path.h"

#include <CLI/CLI.hpp>
#include <date/date.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace respite::cli {
namespace {

constexpr double max_hours = 24 * 366;

struct PlanArgs {
    std::string config_file;
    std::string from;
    double hours = 24;
    std::string activity_file;
    std::string respond_text = "take";
    std::string checkin_text; ///< "" (no answer), a feeling's word, or "none" ("Not today")
    bool json = false;
    std::string record_history;
};

// The number of `n` digits at `pos`, or -1.
int digits_at(std::string_view s, std::size_t pos, std::size_t n) {
    int v = 0;
    if (pos + n > s.size())
        return -1;
    const auto r = std::from_chars(s.data() + pos, s.data() + pos + n, v);
    return r.ec == std::errc{} && r.ptr == s.data() + pos + n ? v : -1;
}

// "2026-11-23", "2026-11-23T08:00" or "2026-11-23 08:00:30": a local date and time, or nullopt.
std::optional<LocalInstant> parse_local(std::string_view s) {
    if (!(s.size() == 10 || s.size() == 16 || s.size() == 19) || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    const date::year_month_day day{date::year{digits_at(s, 0, 4)}, date::month(digits_at(s, 5, 2)),
                                   date::day(digits_at(s, 8, 2))};
    if (digits_at(s, 0, 4) < 0 || !day.ok())
        return std::nullopt;
    int h = 0, m = 0, sec = 0;
    if (s.size() > 10) {
        h = digits_at(s, 11, 2);
        m = digits_at(s, 14, 2);
        if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':' || h < 0 || h > 23 || m < 0 || m > 59)
            return std::nullopt;
    }
    if (s.size() == 19) {
        sec = digits_at(s, 17, 2);
        if (s[16] != ':' || sec < 0 || sec > 59)
            return std::nullopt;
    }
    return LocalInstant(date::local_days(day)) + std::chrono::hours(h) + std::chrono::minutes(m) +
           std::chrono::seconds(sec);
}

// --from: ISO-8601 with offset, or a local date or date and time (in the plan's zone).
std::optional<WallTime> parse_from(const std::string& text, const LocalTime& local) {
    if (const auto with_offset = parse_iso8601(text))
        return with_offset;
    if (const auto at = parse_local(text))
        return local.to_utc(*at);
    return std::nullopt;
}

// The effective configuration: the given file over the built-ins, or every layer of the XDG directories.
std::optional<Settings> load_settings(const PlanArgs& args, std::ostream& err) {
    LoadedConfig loaded =
        args.config_file.empty() ? load_config(xdg_config_paths()) : load_config_file(path_from_utf8(args.config_file));
    for (const Diagnostic& d : loaded.diagnostics)
        err << format_diagnostic(d) << "\n";
    if (!args.config_file.empty() && !loaded.ok())
        return std::nullopt;
    return loaded.settings;
}

// workday.timezone, else TZ, else the system's (DESIGN.md §3); "" lets the tz port pick the system zone.
std::string plan_zone(const Settings& settings) {
    if (!settings.workday.timezone.empty())
        return settings.workday.timezone;
    const char* tz = std::getenv("TZ");
    std::string zone = tz ? tz : "";
    if (!zone.empty() && zone.front() == ':')
        zone.erase(0, 1);
    return zone;
}

int run(const PlanArgs& pa, std::ostream& out, std::ostream& err) {
    if (!(pa.hours > 0 && pa.hours <= max_hours)) {
        err << "respite plan: --hours must be more than 0 and at most 8784 (a year), not " << pa.hours
            << " (see `respite plan --help`)\n";
        return exit_usage;
    }
    const auto settings = load_settings(pa, err);
    if (!settings)
        return exit_usage;
    const auto local = make_tz_local_time(plan_zone(*settings));
    PlanOptions options;
    if (pa.from.empty()) {
        options.from = std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now());
    } else if (const auto from = parse_from(pa.from, *local)) {
        options.from = *from;
    } else {
        err << "respite plan: --from takes a date (2026-11-23), a local time (2026-11-23T08:00) or an ISO-8601 "
               "time with offset (2026-11-23T08:00:00+01:00), not '"
            << pa.from << "'\n";
        return exit_usage;
    }
    options.length = std::chrono::duration_cast<Duration>(std::chrono::duration<double, std::ratio<3600>>(pa.hours));
    options.respond = pa.respond_text == "skip"       ? Respond::skip
                      : pa.respond_text == "postpone" ? Respond::postpone
                                                      : Respond::take;
    if (!pa.checkin_text.empty()) {
        options.answer_checkin = true;
        options.checkin_feeling = parse_feeling(pa.checkin_text);
    }
    if (!pa.activity_file.empty()) {
        std::ifstream in(path_from_utf8(pa.activity_file), std::ios::binary);
        if (!in) {
            err << "respite plan: cannot read " << pa.activity_file << "\n";
            return exit_usage;
        }
        std::ostringstream text;
        text << in.rdbuf();
        std::string error;
        options.activity = parse_activity_csv(text.str(), pa.activity_file, error);
        if (!options.activity) {
            err << error << "\n";
            return exit_usage;
        }
    }
    std::unique_ptr<PlanRecorder> recorder;
    if (!pa.record_history.empty()) {
        std::string error;
        recorder = make_plan_recorder(path_from_utf8(pa.record_history), *local, *settings, error);
        if (!recorder) {
            err << "respite plan: --record-history: " << error << "\n";
            return history_in_build() ? exit_usage : exit_refused;
        }
        options.on_presence = [&](WallTime at, Presence p, bool busy) { recorder->presence(at, p, busy); };
    }
    run_plan(*settings, *local, options, [&](const Effect& e) {
        if (recorder)
            recorder->effect(e);
        if (pa.json)
            out << effect_to_json(e, *local).dump() << "\n";
        else
            out << format_effect_line(e, *local) << "\n";
    });
    out.flush();
    if (recorder) {
        if (const std::string problem = recorder->finish(options.from + options.length); !problem.empty()) {
            err << "respite plan: --record-history: " << problem << "\n";
            return exit_refused;
        }
    }
    return exit_ok;
}

} // namespace

void add_plan_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    auto* sub = app.add_subcommand("plan", "run the real engine on simulated time and print the timeline");
    auto pa = std::make_shared<PlanArgs>();
    sub->add_option("--config", pa->config_file, "this file over the built-in defaults (default: every layer)")
        ->type_name("FILE");
    sub->add_option("--from", pa->from, "when to start (default: now); see below")->type_name("TIME");
    sub->add_option("--hours", pa->hours, "how long to simulate (default 24, at most 8784)")->type_name("N");
    sub->add_option("--activity", pa->activity_file, "what the user does (default: always active); see below")
        ->type_name("CSV");
    sub->add_option("--respond", pa->respond_text, "how the simulated user answers a prompt (default: take)")
        ->check(CLI::IsMember({"take", "postpone", "skip"}))
        ->type_name("take|postpone|skip");
    sub->add_option("--checkin", pa->checkin_text,
                    "how the simulated user answers the check-in (checkin.enabled); default: not at all")
        ->check(CLI::IsMember({"calm", "fine", "tense", "stressed", "very_stressed", "none"}))
        ->type_name("FEELING|none");
    sub->add_flag("--json", pa->json, "one JSON object per line (the control socket's effect shape)");
    sub->add_option("--record-history", pa->record_history,
                    "also write the timeline into a new history file; read it with `respite stats --history FILE`")
        ->type_name("FILE");
    sub->footer("TIME is a date (2026-11-23), a local time (2026-11-23T08:00) in workday.timezone (else TZ), or "
                "ISO-8601 with offset (2026-11-23T08:00:00+01:00).\n"
                "CSV lines are START,END,STATE: ISO-8601 times with offset, STATE active, idle, away, busy or reading; "
                "time no line covers is away.\n"
                "Each line: local time, event, break, then where they apply: a duration, \"until\" a time, [N] a "
                "count (at a prompt: postpones left; at a skip: skips left today; at focus_started: the interval's "
                "number) and (reason) why (user: you asked for it; natural: an idle stretch counted; deferred, "
                "postponed, busy, focus, ...). break_folded: a micro-break due less than one micro interval before "
                "a rest break is taken with the rest break.");
    sub->callback([&action, &out, &err, pa] { action = [&out, &err, pa] { return run(*pa, out, err); }; });
}

} // namespace respite::cli
