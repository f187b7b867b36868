#pragma once
// The statistics window (issue 11; tray menu "Statistics…"): this week's screen time, overtime and breaks, the
// selected day's timeline and the check-ins, with the week's totals. Passive: the app reads the history off the
// GUI thread and calls show() with the result; the window asks for another week or day through its actions.
#include "ui/stats_view.h"

#include <wx/string.h>

#include <functional>
#include <memory>

namespace respite::ui {

/// What the window asks the app for (GUI thread; each may be empty).
struct StatsActions {
    std::function<void(int monday)> show_week;           ///< the week starting on this counting day
    std::function<void(int monday, int index)> show_day; ///< the same week with day `index` (0-6) selected
};

/// Opens, updates and closes the statistics window. Owned by the app; safe after the user closes it.
class StatsPresenter {
public:
    explicit StatsPresenter(StatsActions actions);
    ~StatsPresenter();
    StatsPresenter(const StatsPresenter&) = delete;
    StatsPresenter& operator=(const StatsPresenter&) = delete;

    /// Opens the window (or updates and raises it) with `week`.
    void show(const StatsWeek& week);
    /// Updates the open window; does nothing when it is closed (a late answer for a closed window).
    void update(const StatsWeek& week);
    /// Closes the window.
    void close();
    /// True while the window is open.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// "Week of 23 November 2026" style heading for the week starting on that date (translated month names).
wxString week_heading(int year, int month, int mday);
/// The totals line: "38 h 10 min this week, 2 h overtime (cap 5 h), 86 % of breaks taken".
wxString totals_text(const StatsWeek& week);

} // namespace respite::ui
