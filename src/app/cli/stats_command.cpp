// `respite stats`: per-day hours, overtime and breaks from the history file, offline (issue 11).
#include "app/cli/commands.h"
#include "app/cli/history_args.h"
#include "core/day_calendar.h"
#include "core/effect.h"
#include "core/utf8_path.h"
#include "history/history_queries.h"
#include "history/history_recorder.h"
#include "history/history_store.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <ostream>

namespace respite::cli {
namespace {

using history::DaySummary;

constexpr int max_days = 3660;
constexpr std::array<const char*, 7> weekdays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

struct StatsArgs {
    std::string history;
    std::string day;
    std::string week;
    bool week_flag = false;
    std::string from;
    std::string to;
    bool json = false;
    bool csv = false;
};

std::int64_t secs(std::int64_t ms) {
    return (ms + 500) / 1000;
}

std::string hm(std::int64_t ms) {
    const std::int64_t m = (ms + 30'000) / 60'000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lldh%02lldm", static_cast<long long>(m / 60), static_cast<long long>(m % 60));
    return buf;
}

// The check-in's answer as a word ("calm" ... "very_stressed"); "" when the day has none (or "Not today").
std::string feeling_word(const DaySummary& d) {
    if (!d.feeling || *d.feeling < 1 || *d.feeling > 5)
        return {};
    return std::string(to_string(static_cast<Feeling>(*d.feeling)));
}

// Every day of the range, with zeros where nothing was recorded: a week is seven lines.
std::vector<DaySummary> fill(const std::vector<DaySummary>& recorded, int from, int to) {
    std::vector<DaySummary> out;
    auto it = recorded.begin();
    for (int day = from; day <= to; ++day) {
        if (it != recorded.end() && it->day == day) {
            out.push_back(*it++);
            continue;
        }
        DaySummary d;
        d.day = day;
        d.date = history::iso_date(day);
        out.push_back(d);
    }
    return out;
}

nlohmann::ordered_json figures(const DaySummary& d) {
    return {{"work_s", secs(d.work_ms)},
            {"overtime_s", secs(d.overtime_ms)},
            {"screen_s", secs(d.screen_ms)},
            {"breaks",
             {{"taken", d.breaks.taken},
              {"natural", d.breaks.natural},
              {"prompted", d.breaks.prompted},
              {"skipped", d.breaks.skipped},
              {"postponed", d.breaks.postponed}}}};
}

void print_json(const std::vector<DaySummary>& days, int from, int to, const std::string& file, std::ostream& out) {
    nlohmann::ordered_json j{{"from", history::iso_date(from)}, {"to", history::iso_date(to)}, {"file", file}};
    auto list = nlohmann::ordered_json::array();
    for (const DaySummary& d : days) {
        nlohmann::ordered_json row{{"date", d.date},
                                   {"weekday", weekdays[static_cast<std::size_t>(weekday_index(d.day))]}};
        row.update(figures(d));
        const std::string feeling = feeling_word(d);
        row["feeling"] = feeling.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(feeling);
        list.push_back(std::move(row));
    }
    j["days"] = std::move(list);
    j["total"] = figures(history::total(days));
    out << j.dump(2) << "\n";
}

void print_csv(const std::vector<DaySummary>& days, std::ostream& out) {
    out << "date,weekday,work_s,overtime_s,screen_s,taken,natural,prompted,skipped,postponed,feeling\n";
    const auto line = [&](const std::string& date, const std::string& weekday, const DaySummary& d) {
        out << date << "," << weekday << "," << secs(d.work_ms) << "," << secs(d.overtime_ms) << ","
            << secs(d.screen_ms) << "," << d.breaks.taken << "," << d.breaks.natural << "," << d.breaks.prompted << ","
            << d.breaks.skipped << "," << d.breaks.postponed << "," << feeling_word(d) << "\n";
    };
    for (const DaySummary& d : days)
        line(d.date, weekdays[static_cast<std::size_t>(weekday_index(d.day))], d);
    line("total", "", history::total(days));
}

void print_text(const std::vector<DaySummary>& days, std::ostream& out) {
    char buf[160];
    const auto row = [&](const std::string& label, const DaySummary& d) {
        std::snprintf(buf, sizeof buf, "%-15s %8s %9s %8s %6d %8d %9d %8d %10d  %s", label.c_str(),
                      hm(d.work_ms).c_str(), hm(d.overtime_ms).c_str(), hm(d.screen_ms).c_str(), d.breaks.taken,
                      d.breaks.natural, d.breaks.prompted, d.breaks.skipped, d.breaks.postponed,
                      feeling_word(d).c_str());
        std::string line = buf;
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << "\n";
    };
    out << "day                 hours  overtime   screen  taken  natural  prompted  skipped  postponed  feeling\n";
    for (const DaySummary& d : days)
        row(std::string(weekdays[static_cast<std::size_t>(weekday_index(d.day))]) + " " + d.date, d);
    row("total", history::total(days));
}

int run(const StatsArgs& a, std::ostream& out, std::ostream& err) {
    const std::string command = "respite stats";
    if (a.json && a.csv) {
        err << command << ": choose one of --json and --csv\n";
        return exit_usage;
    }
    const Settings settings = user_settings();
    const auto local = settings_zone(settings);
    const int now = today(settings, *local);
    int from = now - weekday_index(now);
    int to = from + 6;
    if (!a.day.empty()) {
        if (!read_day(command, "--day", a.day, from, err))
            return exit_usage;
        to = from;
    } else if (a.week_flag) {
        int in = now;
        if (!a.week.empty() && !read_day(command, "--week", a.week, in, err))
            return exit_usage;
        from = in - weekday_index(in);
        to = from + 6;
    } else if (!a.from.empty() || !a.to.empty()) {
        if (a.from.empty() || a.to.empty()) {
            err << command << ": --from and --to go together\n";
            return exit_usage;
        }
        if (!read_day(command, "--from", a.from, from, err) || !read_day(command, "--to", a.to, to, err))
            return exit_usage;
        if (to < from || to - from >= max_days) {
            err << command << ": --to must be on or after --from, and at most " << max_days << " days later\n";
            return exit_usage;
        }
    }
    const auto file = history_file(a.history);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        const std::string note = "no history yet: " + utf8(file) + " does not exist";
        if (a.json)
            print_json(fill({}, from, to), from, to, utf8(file), out);
        else if (a.csv)
            print_csv(fill({}, from, to), out);
        (a.json || a.csv ? err : out) << note << "\n";
        return exit_ok;
    }
    auto opened = history::HistoryStore::open(file, history::OpenMode::read);
    if (!opened.store) {
        err << command << ": " << opened.problem << "\n";
        return exit_refused;
    }
    const auto recorded = history::day_summaries(opened.store->db(), from, to);
    if (!recorded) {
        err << command << ": cannot read " << utf8(file) << ": " << opened.store->db().error() << "\n";
        return exit_refused;
    }
    const auto days = fill(*recorded, from, to);
    if (a.json)
        print_json(days, from, to, utf8(file), out);
    else if (a.csv)
        print_csv(days, out);
    else
        print_text(days, out);
    return exit_ok;
}

} // namespace

void add_stats_command(CLI::App& app, std::function<int()>& action, std::ostream& out, std::ostream& err) {
    auto* sub = app.add_subcommand("stats", "hours, overtime and breaks per day, from the history on this computer");
    auto a = std::make_shared<StatsArgs>();
    auto* day = sub->add_option("--day", a->day, "one counting day")->type_name("DATE");
    auto* week = sub->add_option("--week", a->week, "the week (Monday to Sunday) of DATE; default: this week")
                     ->type_name("[DATE]")
                     ->expected(0, 1);
    auto* from = sub->add_option("--from", a->from, "first day of a range (with --to)")->type_name("DATE");
    auto* to = sub->add_option("--to", a->to, "last day of a range (with --from)")->type_name("DATE");
    day->excludes(week)->excludes(from)->excludes(to);
    week->excludes(from)->excludes(to);
    sub->add_flag("--json", a->json, "one JSON object: the days and their total (times in whole seconds)");
    sub->add_flag("--csv", a->csv, "CSV: one line a day, then the total");
    sub->add_option("--history", a->history, history_option_help)->type_name("FILE");
    sub->footer("DATE is a counting day, like 2026-11-23 (a day begins at workday.day_starts). Without an option: "
                "this week. hours: screen time inside the working hours; overtime: after they end, or all of a "
                "day off; screen: all present time. taken: breaks taken in full; natural: idle or away stretches "
                "that counted as a break; prompted, skipped, postponed: as the break window saw them; feeling: the "
                "check-in's answer (calm, fine, tense, stressed, very_stressed), empty when none.\n"
                "No history file yet: says so and exits 0. Exit codes: 0 ok, 1 the file cannot be read, 2 bad "
                "options.");
    sub->callback([&action, &out, &err, a, week] {
        a->week_flag = week->count() > 0;
        action = [&out, &err, a] { return run(*a, out, err); };
    });
}

} // namespace respite::cli
