// `respite history export|delete`: the user's own copy of the history, and deleting it (issue 11, DESIGN.md §9:
// nothing leaves the machine, and the user can export or delete all of it).
#include "app/cli/commands.h"
#include "app/cli/history_args.h"
#include "core/effect_json.h"
#include "core/utf8_path.h"
#include "history/history_queries.h"
#include "history/history_store.h"
#include "platform/file_io.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <limits>
#include <ostream>
#include <sstream>

namespace respite::cli {
namespace {

struct ExportArgs {
    std::string history;
    std::string format;
    std::string from;
    std::string to;
    std::string file;
};

struct DeleteArgs {
    std::string history;
    std::string before;
    bool all = false;
    bool yes = false;
};

std::string utc(std::int64_t ms) {
    return format_utc_iso(WallTime(std::chrono::milliseconds(ms)));
}

// The check-in's answer as a word ("calm" ... "very_stressed"), or nullopt for "Not today".
std::optional<std::string> feeling_word(const history::CheckinRow& c) {
    if (!c.feeling || *c.feeling < 1 || *c.feeling > 5)
        return std::nullopt;
    return std::string(to_string(static_cast<Feeling>(*c.feeling)));
}

// A CSV field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string json_text(const history::Facts& f) {
    nlohmann::ordered_json j;
    auto days = nlohmann::ordered_json::array();
    for (const auto& d : f.days)
        days.push_back({{"date", d.date},
                        {"working", d.working},
                        {"work_start", utc(d.work_start_ms)},
                        {"work_end", utc(d.work_end_ms)}});
    auto spans = nlohmann::ordered_json::array();
    for (const auto& s : f.spans)
        spans.push_back({{"date", s.date},
                         {"state", history::to_string(s.state)},
                         {"start", utc(s.start_ms)},
                         {"end", utc(s.end_ms)},
                         {"start_ms", s.start_ms},
                         {"end_ms", s.end_ms}});
    auto effects = nlohmann::ordered_json::array();
    for (const auto& e : f.effects) {
        nlohmann::ordered_json row{{"date", e.date}, {"utc", utc(e.at_ms)}, {"at_ms", e.at_ms}, {"event", e.kind}};
        if (!e.brk.empty())
            row["break"] = e.brk;
        if (e.duration_ms)
            row["duration_ms"] = e.duration_ms;
        if (e.total_ms)
            row["total_ms"] = e.total_ms;
        if (e.count >= 0)
            row["count"] = e.count;
        if (!e.reason.empty())
            row["reason"] = e.reason;
        effects.push_back(std::move(row));
    }
    auto checkins = nlohmann::ordered_json::array();
    for (const auto& c : f.checkins) {
        const auto feeling = feeling_word(c);
        checkins.push_back({{"date", c.date},
                            {"feeling", feeling ? nlohmann::ordered_json(*feeling) : nlohmann::ordered_json(nullptr)},
                            {"note", c.note},
                            {"answered", utc(c.answered_at_ms)}});
    }
    j["days"] = std::move(days);
    j["presence"] = std::move(spans);
    j["effects"] = std::move(effects);
    j["checkins"] = std::move(checkins);
    return j.dump(2) + "\n";
}

// One table: a record kind first, then the columns every kind fills in its own way.
std::string csv_text(const history::Facts& f) {
    std::ostringstream out;
    out << "record,date,start_utc,end_utc,kind,break,duration_ms,total_ms,count,reason,note\n";
    for (const auto& d : f.days)
        out << "day," << d.date << "," << utc(d.work_start_ms) << "," << utc(d.work_end_ms) << ","
            << (d.working ? "working" : "day_off") << ",,,,,,\n";
    for (const auto& s : f.spans)
        out << "presence," << s.date << "," << utc(s.start_ms) << "," << utc(s.end_ms) << ","
            << history::to_string(s.state) << ",,,,,,\n";
    for (const auto& e : f.effects)
        out << "effect," << e.date << "," << utc(e.at_ms) << ",," << e.kind << "," << e.brk << "," << e.duration_ms
            << "," << e.total_ms << "," << (e.count >= 0 ? std::to_string(e.count) : "") << "," << e.reason << ",\n";
    // A check-in: when it was answered, the feeling (or not_today) as its kind, and the user's note.
    for (const auto& c : f.checkins)
        out << "checkin," << c.date << "," << utc(c.answered_at_ms) << ",," << feeling_word(c).value_or("not_today")
            << ",,,,,," << csv_field(c.note) << "\n";
    return out.str();
}

int run_export(const ExportArgs& a, std::ostream& out, std::ostream& err) {
    const std::string command = "respite history export";
    int from = std::numeric_limits<int>::min();
    int to = std::numeric_limits<int>::max();
    if (!a.from.empty() && !read_day(command, "--from", a.from, from, err))
        return exit_usage;
    if (!a.to.empty() && !read_day(command, "--to", a.to, to, err))
        return exit_usage;
    const auto file = history_file(a.history);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        err << "no history yet: " << utf8(file) << " does not exist; nothing exported\n";
        return exit_ok;
    }
    auto opened = history::HistoryStore::open(file, history::OpenMode::read);
    if (!opened.store) {
        err << command << ": " << opened.problem << "\n";
        return exit_refused;
    }
    const auto facts = history::facts(opened.store->db(), from, to);
    if (!facts) {
        err << command << ": cannot read " << utf8(file) << ": " << opened.store->db().error() << "\n";
        return exit_refused;
    }
    const std::string text = a.format == "json" ? json_text(*facts) : csv_text(*facts);
    if (a.file.empty() || a.file == "-") {
        out << text;
        return exit_ok;
    }
    if (const std::string error =
            platform::write_file_atomic(path_from_utf8(a.file), text, platform::FileAccess::owner_only);
        !error.empty()) {
        err << command << ": " << error << "\n";
        return exit_refused;
    }
    return exit_ok;
}

int run_delete(const DeleteArgs& a, std::ostream& out, std::ostream& err) {
    const std::string command = "respite history delete";
    int before = 0;
    if (!a.all && !read_day(command, "--before", a.before, before, err))
        return exit_usage;
    const auto file = history_file(a.history);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        out << "no history yet: " << utf8(file) << " does not exist; nothing to delete\n";
        return exit_ok;
    }
    const std::string what = a.all ? "all of the history" : "the history of the days before " + a.before;
    if (!a.yes) {
        err << command << ": this deletes " << what << " in " << utf8(file)
            << " for good; run it again with --yes to do so (nothing was deleted)\n";
        return exit_refused;
    }
    auto opened = history::HistoryStore::open(file, history::OpenMode::write);
    if (!opened.store) {
        err << command << ": " << opened.problem << "\n";
        return exit_refused;
    }
    auto& store = *opened.store;
    // Deleted rows are overwritten with zeros, not left in free pages of the file.
    store.db().exec("PRAGMA secure_delete = ON");
    const auto days = store.db().scalar(a.all ? std::string("SELECT COUNT(*) FROM days")
                                              : "SELECT COUNT(*) FROM days WHERE day < " + std::to_string(before));
    if (!(a.all ? store.delete_all() : store.delete_before(before))) {
        err << command << ": " << store.take_problem() << "\n";
        return exit_refused;
    }
    store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    out << "deleted " << what << " (" << days.value_or(0) << (days == 1 ? " day" : " days") << ") from " << utf8(file)
        << "\n";
    return exit_ok;
}

} // namespace

void add_history_commands(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    add_stats_command(app, action, out, err);
    auto* history = app.add_subcommand("history", "export or delete the history kept on this computer");
    history->require_subcommand(1);

    auto* exp = history->add_subcommand("export", "write the recorded days, presence and effects as CSV or JSON");
    auto e = std::make_shared<ExportArgs>();
    exp->add_option("--format", e->format, "csv or json")
        ->required()
        ->check(CLI::IsMember({"csv", "json"}))
        ->type_name("csv|json");
    exp->add_option("--from", e->from, "first day (default: the first recorded)")->type_name("DATE");
    exp->add_option("--to", e->to, "last day (default: the last recorded)")->type_name("DATE");
    exp->add_option("FILE", e->file, "written atomically (default: standard output)");
    exp->add_option("--history", e->history, history_option_help)->type_name("FILE");
    exp->footer("DATE is a counting day, like 2026-11-23. Times are UTC.");
    exp->callback([&action, &out, &err, e] { action = [&out, &err, e] { return run_export(*e, out, err); }; });

    auto* del = history->add_subcommand("delete", "delete the history before a day, or all of it");
    auto d = std::make_shared<DeleteArgs>();
    auto* before = del->add_option("--before", d->before, "delete the days before DATE")->type_name("DATE");
    auto* all = del->add_flag("--all", d->all, "delete everything");
    before->excludes(all);
    del->add_flag("--yes", d->yes, "do it (without --yes: says what it would delete and exits 1)");
    del->add_option("--history", d->history, history_option_help)->type_name("FILE");
    del->footer("DATE is a counting day, like 2026-11-23. Exit codes: 0 deleted (or no history), 1 not confirmed "
                "or the file cannot be written, 2 bad options.");
    del->callback([&action, &out, &err, d, before, all] {
        action = [&out, &err, d, before, all] {
            if (before->count() == 0 && all->count() == 0) {
                err << "respite history delete: say what to delete: --before DATE or --all\n";
                return exit_usage;
            }
            return run_delete(*d, out, err);
        };
    });
}

} // namespace respite::cli
