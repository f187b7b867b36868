#include "timeline.h"

#include "core/effect_json.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace respite::test {

LocalInstant parse_local(std::string_view text, date::local_days first_day) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    const std::string str(text);
    date::local_days day = first_day;
    if (std::sscanf(str.c_str(), "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &s) >= 5) {
        day = date::local_days{date::year{y} / mo / d};
    } else {
        s = 0;
        REQUIRE_MESSAGE(std::sscanf(str.c_str(), "%d:%d:%d", &h, &mi, &s) >= 2, "bad local time: " << str);
    }
    return LocalInstant{day + std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(s)};
}

std::string describe(const LocalTime& local, WallTime at) {
    const auto li = local.to_local(at);
    const auto offset = std::chrono::duration_cast<std::chrono::minutes>(li.time_since_epoch() - at.time_since_epoch());
    std::ostringstream out;
    out << date::format("%F %T", date::floor<std::chrono::seconds>(li)) << " (" << (offset.count() < 0 ? "-" : "+")
        << std::abs(offset.count()) / 60 << ":" << (std::abs(offset.count()) % 60 < 10 ? "0" : "")
        << std::abs(offset.count()) % 60 << ")";
    return out.str();
}

Timeline::Timeline(Settings settings, std::string zone, std::string_view start)
    : settings_(std::move(settings)), zone_(std::move(zone)), local_(make_tz_local_time([this] { return zone_; })) {
    first_day_ = date::floor<date::days>(parse_local(start, date::local_days{}));
    now_ = Now{1000s, 1000s, local_->to_utc(parse_local(start, first_day_))};
    engine_ = std::make_unique<Engine>(settings_, *local_, now_);
}

WallTime Timeline::at(std::string_view local) const {
    return local_->to_utc(parse_local(local, first_day_));
}

void Timeline::advance(Duration d) {
    const Now target{now_.awake + d, now_.since_boot + d, now_.wall + d};
    while (true) {
        const auto deadline = engine_->next_deadline();
        if (!deadline || *deadline > target.wall)
            break;
        const Duration step = std::max(Duration::zero(), *deadline - now_.wall);
        now_ = Now{now_.awake + step, now_.since_boot + step, now_.wall + step};
        record(engine_->advance(now_));
    }
    now_ = target;
    record(engine_->advance(now_));
}

void Timeline::advance_to(std::string_view local) {
    const WallTime target = at(local);
    REQUIRE_MESSAGE(target >= now_.wall, "advance_to into the past: " << local);
    advance(target - now_.wall);
}

void Timeline::event(const Event& e) {
    record(engine_->handle(now_, e));
}

void Timeline::presence(Presence p, Duration began_ago) {
    event(ev::PresenceChanged{p, began_ago});
}

void Timeline::sleep(Duration d) {
    now_ = Now{now_.awake, now_.since_boot + d, now_.wall + d};
    record(engine_->advance(now_));
}

void Timeline::jump_clock(Duration d) {
    now_.wall += d;
    record(engine_->advance(now_));
}

void Timeline::restart() {
    const EngineState snapshot = engine_->snapshot();
    engine_ = std::make_unique<Engine>(engine_->settings(), *local_, now_, snapshot);
}

void Timeline::restart_after(Duration off) {
    restart_with(engine_->settings(), off);
}

void Timeline::restart_with(Settings settings, Duration off) {
    const EngineState snapshot = engine_->snapshot();
    now_ = Now{5s, 5s, now_.wall + off};
    engine_ = std::make_unique<Engine>(std::move(settings), *local_, now_, snapshot);
    record(engine_->advance(now_));
}

void Timeline::expect(std::string_view local, EffectKind kind, std::optional<BreakKind> brk) {
    expected_.push_back({at(local), kind, brk});
}

std::vector<Effect> Timeline::of(EffectKind kind) const {
    std::vector<Effect> out;
    std::copy_if(effects_.begin(), effects_.end(), std::back_inserter(out),
                 [kind](const Effect& e) { return e.kind == kind; });
    return out;
}

void Timeline::record(std::vector<Effect> fx) {
    for (Effect& e : fx)
        effects_.push_back(std::move(e));
}

void Timeline::verify() {
    std::vector<bool> matched(effects_.size(), false);
    std::ostringstream missing;
    for (const Expected& x : expected_) {
        bool found = false;
        for (std::size_t i = 0; i < effects_.size() && !found; ++i) {
            const Effect& e = effects_[i];
            if (!matched[i] && e.kind == x.kind && e.at == x.at && (!x.brk || e.brk == x.brk))
                found = matched[i] = true;
        }
        if (!found)
            missing << "  missing " << to_string(x.kind)
                    << (x.brk ? std::string(" ") + std::string(to_string(*x.brk)) : "") << " at "
                    << describe(*local_, x.at) << "\n";
    }
    std::ostringstream extra;
    for (std::size_t i = 0; i < effects_.size(); ++i) {
        const Effect& e = effects_[i];
        if (!matched[i] && !ignored_.contains(e.kind))
            extra << "  extra " << to_string(e.kind) << (e.brk ? std::string(" ") + std::string(to_string(*e.brk)) : "")
                  << " at " << describe(*local_, e.at)
                  << (reason_text(e).empty() ? "" : " (" + std::string(reason_text(e)) + ")") << "\n";
    }
    const std::string report = missing.str() + extra.str();
    CHECK_MESSAGE(report.empty(), "timeline differs:\n" << report);
}

} // namespace respite::test
