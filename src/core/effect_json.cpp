#include "core/effect_json.h"

#include <date/date.h>

#include <cstdio>
#include <cstdlib>

namespace respite {
namespace {

std::string offset_text(std::chrono::minutes offset, bool colon) {
    const long m = std::labs(offset.count());
    char buf[32];
    std::snprintf(buf, sizeof buf, colon ? "%c%02ld:%02ld" : "%c%02ld%02ld", offset.count() < 0 ? '-' : '+', m / 60,
                  m % 60);
    return buf;
}

std::chrono::minutes offset_at(WallTime at, const LocalTime& local, LocalInstant& li) {
    li = local.to_local(at);
    return std::chrono::duration_cast<std::chrono::minutes>(li.time_since_epoch() - at.time_since_epoch());
}

double seconds(Duration d) {
    return static_cast<double>(d.count()) / 1000.0;
}

// "20s", "5m", "1h30m", "5.5s": the same shape users write in config files.
std::string short_duration(Duration d) {
    if (d < Duration::zero())
        return "-" + short_duration(-d);
    const auto h = std::chrono::duration_cast<std::chrono::hours>(d);
    const auto m = std::chrono::duration_cast<std::chrono::minutes>(d - h);
    const auto ms = d - h - m;
    std::string out;
    if (h.count())
        out += std::to_string(h.count()) + "h";
    if (m.count())
        out += std::to_string(m.count()) + "m";
    if (ms.count() || out.empty()) {
        if (ms.count() % 1000 == 0) {
            out += std::to_string(ms.count() / 1000) + "s";
        } else {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1fs", seconds(ms));
            out += buf;
        }
    }
    return out;
}

} // namespace

std::string format_local_iso(WallTime at, const LocalTime& local) {
    LocalInstant li;
    const auto offset = offset_at(at, local, li);
    return date::format("%FT%T", date::floor<std::chrono::seconds>(li)) + offset_text(offset, true);
}

std::string format_utc_iso(WallTime at) {
    return date::format("%FT%TZ", date::floor<std::chrono::seconds>(at));
}

std::string_view reason_text(const Effect& e) {
    if (e.refusal)
        return to_string(*e.refusal);
    return to_string(e.reason);
}

nlohmann::json effect_to_json(const Effect& e, const LocalTime& local) {
    nlohmann::json j{
        {"at", format_local_iso(e.at, local)}, {"utc", format_utc_iso(e.at)}, {"event", to_string(e.kind)}};
    if (e.brk)
        j["break"] = to_string(*e.brk);
    // Whole seconds, like every other `_s` field of the JSON the app and `plan` print.
    if (e.duration != Duration::zero())
        j["duration_s"] = std::chrono::round<std::chrono::seconds>(e.duration).count();
    if (e.total != Duration::zero())
        j["total_s"] = std::chrono::round<std::chrono::seconds>(e.total).count();
    if (e.until)
        j["until"] = format_local_iso(*e.until, local);
    if (e.count >= 0)
        j["count"] = e.count;
    if (const std::string_view reason = reason_text(e); !reason.empty())
        j["reason"] = reason;
    if (e.kind == EffectKind::checkin_answered) {
        // null: "Not today".
        j["feeling"] = e.feeling ? nlohmann::json(to_string(*e.feeling)) : nlohmann::json(nullptr);
        if (!e.note.empty())
            j["note"] = e.note;
    }
    return j;
}

std::string format_effect_line(const Effect& e, const LocalTime& local) {
    LocalInstant li;
    const auto offset = offset_at(e.at, local, li);
    std::string line = date::format("%a %F %T ", date::floor<std::chrono::seconds>(li)) + offset_text(offset, true);
    std::string event(to_string(e.kind));
    event.resize(std::max<std::size_t>(event.size(), 20), ' ');
    line += "  " + event;
    std::string brk = e.brk ? std::string(to_string(*e.brk)) : std::string();
    brk.resize(6, ' ');
    line += " " + brk;
    if (e.duration != Duration::zero())
        line += " " + short_duration(e.duration);
    if (e.total != Duration::zero())
        line += " (week " + short_duration(e.total) + ")";
    if (e.until)
        line += " until " + date::format("%a %H:%M", date::floor<std::chrono::seconds>(local.to_local(*e.until)));
    if (e.count >= 0)
        line += " [" + std::to_string(e.count) + "]";
    if (const std::string_view reason = reason_text(e); !reason.empty())
        line += " (" + std::string(reason) + ")";
    if (e.kind == EffectKind::checkin_answered) {
        line += e.feeling ? " " + std::string(to_string(*e.feeling)) : std::string(" not_today");
        if (!e.note.empty())
            line += " \"" + e.note + "\"";
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

} // namespace respite
