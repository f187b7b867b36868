// `respite plan`: the real engine on simulated time, printed as a timeline (DESIGN.md §6, issue 2).
#include "app/cli/commands.h"

#include "app/cli/xdg_paths.h"
#include "core/config/config_loader.h"
#include "core/effect_json.h"
#include "core/plan/plan_simulator.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace respite::cli {
namespace {

struct PlanArgs {
    std::string config_file;
    std::string from;
    double hours = 24;
    std::string activity_file;
    Respond respond = Respond::take;
    bool json = false;
};

int usage(std::ostream& err, const std::string& message) {
    err << "respite plan: " << message << "\n"
        << "usage: respite plan [--config FILE] [--from ISO8601] [--hours N] [--activity CSV]\n"
        << "                    [--respond take|postpone|skip] [--json]\n";
    return 2;
}

std::optional<std::string> parse_args(Args args, PlanArgs& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return std::string(args[++i]);
        };
        if (a == "--json") {
            out.json = true;
            continue;
        }
        if (a != "--config" && a != "--from" && a != "--hours" && a != "--activity" && a != "--respond")
            return "unknown option '" + std::string(a) + "'";
        const auto v = value();
        if (!v)
            return std::string(a) + " needs a value";
        if (a == "--config") {
            out.config_file = *v;
        } else if (a == "--from") {
            out.from = *v;
        } else if (a == "--activity") {
            out.activity_file = *v;
        } else if (a == "--hours") {
            const auto r = std::from_chars(v->data(), v->data() + v->size(), out.hours);
            if (r.ec != std::errc{} || r.ptr != v->data() + v->size() || out.hours <= 0 || out.hours > 24 * 366)
                return "--hours takes a number of hours between 0 and 8784, not '" + *v + "'";
        } else if (*v == "take") {
            out.respond = Respond::take;
        } else if (*v == "postpone") {
            out.respond = Respond::postpone;
        } else if (*v == "skip") {
            out.respond = Respond::skip;
        } else {
            return "--respond takes take, postpone or skip, not '" + *v + "'";
        }
    }
    return std::nullopt;
}

// The effective configuration: the given file over the built-ins, or every layer of the XDG directories.
std::optional<Settings> load_settings(const PlanArgs& args, std::ostream& err) {
    LoadedConfig loaded =
        args.config_file.empty() ? load_config(xdg_config_paths()) : load_config_file(args.config_file);
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

} // namespace

int plan(Args args, std::ostream& out, std::ostream& err) {
    PlanArgs pa;
    if (const auto problem = parse_args(args, pa))
        return usage(err, *problem);
    const auto settings = load_settings(pa, err);
    if (!settings)
        return 2;
    PlanOptions options;
    if (pa.from.empty()) {
        options.from = std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now());
    } else if (const auto from = parse_iso8601(pa.from)) {
        options.from = *from;
    } else {
        return usage(err, "--from takes an ISO-8601 time with offset, e.g. 2026-11-23T08:00:00+01:00");
    }
    options.length = std::chrono::duration_cast<Duration>(std::chrono::duration<double, std::ratio<3600>>(pa.hours));
    options.respond = pa.respond;
    if (!pa.activity_file.empty()) {
        std::ifstream in(pa.activity_file, std::ios::binary);
        if (!in) {
            err << "respite plan: cannot read " << pa.activity_file << "\n";
            return 2;
        }
        std::ostringstream text;
        text << in.rdbuf();
        std::string error;
        options.activity = parse_activity_csv(text.str(), pa.activity_file, error);
        if (!options.activity) {
            err << error << "\n";
            return 2;
        }
    }
    const auto local = make_tz_local_time(plan_zone(*settings));
    run_plan(*settings, *local, options, [&](const Effect& e) {
        if (pa.json)
            out << effect_to_json(e, *local).dump() << "\n";
        else
            out << format_effect_line(e, *local) << "\n";
    });
    out.flush();
    return 0;
}

} // namespace respite::cli
