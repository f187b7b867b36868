#pragma once
// A realistic week for the statistics window's screenshots (ui_gallery stats): Monday 23 November 2026, a
// 08:00-17:00 workday Monday to Friday, some overtime, a Saturday without history, an hour of email on Sunday,
// and four weeks of check-ins.
#include "ui/stats_view.h"

namespace respite::ui {

inline StatsWeek sample_week() {
    using namespace std::chrono;
    StatsWeek w;
    w.monday = 20780; // 2026-11-23
    w.year = 2026;
    w.month = 11;
    w.mday = 23;
    w.weekly_overtime_cap = hours(5);
    struct Row {
        int work_min, overtime_min, taken, natural, prompted, skipped, postponed;
        bool working, recorded;
    };
    const Row rows[7] = {{7 * 60 + 40, 20, 9, 3, 11, 1, 2, true, true},
                         {8 * 60 + 10, 65, 7, 2, 12, 3, 4, true, true},
                         {6 * 60 + 30, 0, 10, 4, 10, 0, 1, true, true},
                         {8 * 60 + 5, 45, 8, 2, 11, 2, 1, true, true},
                         {5 * 60 + 20, 0, 6, 3, 7, 1, 0, true, true},
                         {0, 0, 0, 0, 0, 0, 0, false, false},
                         {0, 40, 1, 0, 2, 1, 0, false, true}};
    const Feeling felt[7] = {Feeling::fine, Feeling::stressed, Feeling::calm, Feeling::tense,
                             Feeling::calm, Feeling::calm,     Feeling::calm};
    for (int i = 0; i < 7; ++i) {
        StatsDay& d = w.days[static_cast<std::size_t>(i)];
        const Row& r = rows[i];
        d.day = w.monday + i;
        d.day_of_month = 23 + i;
        d.working = r.working;
        d.recorded = r.recorded;
        d.work = minutes(r.work_min);
        d.overtime = minutes(r.overtime_min);
        d.workday = r.working ? hours(9) : Duration::zero();
        d.taken = r.taken;
        d.natural = r.natural;
        d.prompted = r.prompted;
        d.skipped = r.skipped;
        d.postponed = r.postponed;
        if (i < 5)
            d.feeling = felt[i];
    }
    w.selected = 1; // Tuesday: the long day
    const auto at = [](int h, int m) { return Duration(hours(h) + minutes(m)); };
    w.timeline = {{at(7, 50), at(9, 40), SpanKind::active}, {at(9, 40), at(9, 45), SpanKind::on_break},
                  {at(9, 45), at(10, 0), SpanKind::busy},   {at(10, 0), at(11, 30), SpanKind::active},
                  {at(11, 30), at(11, 50), SpanKind::idle}, {at(11, 50), at(12, 30), SpanKind::active},
                  {at(12, 30), at(13, 15), SpanKind::away}, {at(13, 15), at(15, 0), SpanKind::active},
                  {at(15, 0), at(16, 0), SpanKind::busy},   {at(16, 0), at(16, 10), SpanKind::on_break},
                  {at(16, 10), at(18, 5), SpanKind::active}};
    w.cutoff = at(17, 0);
    const Feeling earlier[] = {Feeling::tense, Feeling::stressed, Feeling::fine,          Feeling::tense,
                               Feeling::calm,  Feeling::stressed, Feeling::very_stressed, Feeling::tense,
                               Feeling::fine,  Feeling::fine,     Feeling::tense,         Feeling::fine,
                               Feeling::calm,  Feeling::fine,     Feeling::tense};
    int n = 0;
    for (int week = 3; week >= 1; --week)
        for (int day = 0; day < 5; ++day)
            w.feelings.emplace_back(w.monday - 7 * week + day, earlier[n++ % 15]);
    for (int day = 0; day < 5; ++day)
        w.feelings.emplace_back(w.monday + day, *w.days[static_cast<std::size_t>(day)].feeling);
    return w;
}

} // namespace respite::ui
