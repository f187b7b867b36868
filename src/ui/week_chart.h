#pragma once
// The statistics window's charts (issue 11), drawn with wxGraphicsContext in the calm palette: the week as bars
// per day (screen time inside the working hours, overtime stacked on top, the workday's length as a line) with
// each day's break compliance under its bar; the selected day's timeline; the check-ins of the last weeks.
#include "ui/setting_control.h"
#include "ui/stats_view.h"
#include "ui/theme.h"

#include <wx/window.h>

#include <functional>

class wxGraphicsContext;

namespace respite::ui {

/// The base of the three charts: a buffered, anti-aliased paint with the palette, a name and a text description
/// for screen readers (the chart's numbers in words, updated with the data).
class ChartPanel : public wxWindow {
public:
    ChartPanel(wxWindow* parent, wxSize min_dip, const wxString& name);
    /// New data: repaints, and the description says it in words.
    void show(const StatsWeek& week);

protected:
    virtual void paint(wxGraphicsContext& gc, wxSize size) = 0;
    virtual wxString describe() const = 0;

    Palette palette_;
    StatsWeek week_;
    /// Overtime's colour: a warm amber that reads on both appearances.
    wxColour overtime_colour() const;

private:
    void on_paint(wxPaintEvent& event);
};

/// The week's bars and compliance; a click on a day selects it.
class WeekChart final : public ChartPanel {
public:
    WeekChart(wxWindow* parent, std::function<void(int)> select_day);

private:
    void paint(wxGraphicsContext& gc, wxSize size) override;
    wxString describe() const override;
    int day_at(int x) const;
    std::function<void(int)> select_day_;
};

/// The selected day from midnight to midnight: active, idle, away, busy and breaks, and the cutoff.
class DayTimeline final : public ChartPanel {
public:
    explicit DayTimeline(wxWindow* parent);
    /// The colour of a stretch of this kind (the legend uses it too).
    wxColour colour(SpanKind kind) const;

private:
    void paint(wxGraphicsContext& gc, wxSize size) override;
    wxString describe() const override;
};

/// The stress check-ins as a line over the last weeks (calm at the bottom).
class FeelingChart final : public ChartPanel {
public:
    explicit FeelingChart(wxWindow* parent);

private:
    void paint(wxGraphicsContext& gc, wxSize size) override;
    wxString describe() const override;
};

/// The words for a check-in step ("Calm" ... "Very stressed").
wxString feeling_name(Feeling feeling);
/// "6 of 8 breaks" and the skips and postpones, for a day (the chart's text and its description).
wxString compliance_text(const StatsDay& day);

} // namespace respite::ui
