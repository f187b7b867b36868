#include "ui/week_chart.h"

#include "ui/accessibility.h"
#include "ui/buffered_paint.h"
#include "ui/messages.h"

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/pen.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace respite::ui {

namespace {
const char* const feeling_names[] = {wxTRANSLATE("Calm"), wxTRANSLATE("Fine"), wxTRANSLATE("Tense"),
                                     wxTRANSLATE("Stressed"), wxTRANSLATE("Very stressed")};

double hours(Duration d) {
    return std::chrono::duration<double, std::ratio<3600>>(d).count();
}

wxString words(Duration d) {
    return d < std::chrono::minutes(1) ? wxString::Format(_("%d min"), 0) : wxString::FromUTF8(format_duration(d));
}
} // namespace

wxString feeling_name(Feeling feeling) {
    return wxGetTranslation(feeling_names[std::clamp(static_cast<int>(feeling), 1, 5) - 1]);
}

wxString compliance_text(const StatsDay& day) {
    const int due = day.prompted + day.natural;
    const int taken = std::min(day.taken, day.prompted) + day.natural;
    wxString text = wxString::Format(wxPLURAL("%d of %d break", "%d of %d breaks", due), taken, due);
    if (day.skipped > 0)
        text += ", " + wxString::Format(wxPLURAL("%d skipped", "%d skipped", day.skipped), day.skipped);
    if (day.postponed > 0)
        text += ", " + wxString::Format(wxPLURAL("%d postponed", "%d postponed", day.postponed), day.postponed);
    return text;
}

ChartPanel::ChartPanel(wxWindow* parent, wxSize min_dip, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(min_dip), wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS),
      palette_(current_palette()) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(palette_.surface);
    SetMinSize(parent->FromDIP(min_dip));
    SetName(name);
    set_accessible_name(this, name);
    Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
}

void ChartPanel::show(const StatsWeek& week) {
    week_ = week;
    set_accessible_description(this, describe()); // no tooltip: a pointer resting on the window would cover it
    Refresh();
}

wxColour ChartPanel::overtime_colour() const {
    return palette_.dark ? wxColour(0xE0, 0xA4, 0x58) : wxColour(0xC7, 0x7B, 0x2A);
}

void ChartPanel::on_paint(wxPaintEvent&) {
    paint_smoothly(*this, [this](wxGraphicsContext& gc, wxSize size) { paint(gc, size); });
}

WeekChart::WeekChart(wxWindow* parent, std::function<void(int)> select_day)
    : ChartPanel(parent, wxSize(620, 200), _("Screen time this week")), select_day_(std::move(select_day)) {
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& e) {
        const int day = day_at(e.GetX());
        if (day >= 0 && select_day_)
            select_day_(day);
    });
}

int WeekChart::day_at(int x) const {
    const int left = FromDIP(44);
    const int slot = (GetClientSize().x - left - FromDIP(8)) / 7;
    if (slot <= 0 || x < left)
        return -1;
    const int day = (x - left) / slot;
    return day < 7 ? day : -1;
}

void WeekChart::paint(wxGraphicsContext& gc, wxSize size) {
    const double left = FromDIP(44), right = FromDIP(8), top = FromDIP(12), bottom = FromDIP(62);
    const double plot_h = size.y - top - bottom;
    const double slot = (size.x - left - right) / 7.0;
    // The scale: the longest day (or workday), at least 8 h, in steps of 2 h (4 h beyond 12).
    double top_hours = 8;
    for (const StatsDay& d : week_.days)
        top_hours = std::max({top_hours, hours(d.work + d.overtime), hours(d.workday)});
    const int step = top_hours > 12 ? 4 : 2;
    top_hours = std::ceil(top_hours / step) * step;
    const auto y_of = [&](double h) { return top + plot_h * (1.0 - h / top_hours); };

    const wxFont small = scaled_font(0.85);
    gc.SetFont(small, palette_.muted);
    for (int h = 0; h <= static_cast<int>(top_hours); h += step) {
        const double y = y_of(h);
        gc.SetPen(wxPen(palette_.track, 1));
        gc.StrokeLine(left, y, size.x - right, y);
        const wxString label = wxString::Format(_("%d h"), h);
        double w = 0, th = 0;
        gc.GetTextExtent(label, &w, &th);
        gc.DrawText(label, left - w - FromDIP(6), y - th / 2);
    }
    for (int i = 0; i < 7; ++i) {
        const StatsDay& d = week_.days[static_cast<std::size_t>(i)];
        const double x0 = left + slot * i;
        if (i == week_.selected) {
            gc.SetPen(*wxTRANSPARENT_PEN);
            gc.SetBrush(wxBrush(palette_.accent_soft));
            gc.DrawRoundedRectangle(x0 + 2, top - FromDIP(6), slot - 4, size.y - top, FromDIP(6));
        }
        const double bar_w = slot * 0.46, bar_x = x0 + (slot - bar_w) / 2;
        if (d.recorded) {
            const double work_top = y_of(hours(d.work));
            const double over_top = y_of(hours(d.work + d.overtime));
            gc.SetPen(*wxTRANSPARENT_PEN);
            gc.SetBrush(wxBrush(palette_.accent));
            gc.DrawRectangle(bar_x, work_top, bar_w, y_of(0) - work_top);
            gc.SetBrush(wxBrush(overtime_colour()));
            gc.DrawRectangle(bar_x, over_top, bar_w, work_top - over_top);
        }
        if (d.workday > Duration::zero()) {
            wxPen line(palette_.text, FromDIP(2), wxPENSTYLE_SHORT_DASH);
            gc.SetPen(line);
            const double y = y_of(hours(d.workday));
            gc.StrokeLine(bar_x - slot * 0.12, y, bar_x + bar_w + slot * 0.12, y);
        }
        // Under the bar: the day, its date, and how many of its breaks were taken.
        const wxString name = weekday_name(i) + wxString::Format(" %d", d.day_of_month);
        gc.SetFont(i == week_.selected ? scaled_font(0.95, wxFONTWEIGHT_BOLD) : scaled_font(0.95),
                   d.working ? palette_.text : palette_.muted);
        double w = 0, th = 0;
        gc.GetTextExtent(name, &w, &th);
        double y = size.y - bottom + FromDIP(6);
        gc.DrawText(name, x0 + (slot - w) / 2, y);
        y += th + FromDIP(4);
        const int due = d.prompted + d.natural;
        const int taken = std::min(d.taken, d.prompted) + d.natural;
        const wxString count = d.recorded ? wxString::Format("%d/%d", taken, due) : wxString::FromUTF8("\u2014");
        gc.SetFont(small, palette_.text);
        gc.GetTextExtent(count, &w, &th);
        gc.DrawText(count, x0 + (slot - w) / 2, y);
        y += th + FromDIP(2);
        wxString marks;
        if (d.skipped > 0)
            marks += wxString::FromUTF8("\u2715") + wxString::Format("%d", d.skipped);
        if (d.postponed > 0)
            marks += (marks.empty() ? "" : "  ") + wxString::FromUTF8("\u21B7") + wxString::Format("%d", d.postponed);
        if (!marks.empty()) {
            gc.SetFont(small, overtime_colour());
            gc.GetTextExtent(marks, &w, &th);
            gc.DrawText(marks, x0 + (slot - w) / 2, y);
        }
    }
}

wxString WeekChart::describe() const {
    wxString text;
    for (int i = 0; i < 7; ++i) {
        const StatsDay& d = week_.days[static_cast<std::size_t>(i)];
        if (!text.empty())
            text += "; ";
        text += weekday_name(i) + wxString::Format(" %d: ", d.day_of_month);
        if (!d.recorded) {
            text += _("no history");
            continue;
        }
        text += wxString::Format(_("%s at work, %s overtime"), words(d.work), words(d.overtime)) + ", " +
                compliance_text(d);
    }
    return text;
}

} // namespace respite::ui
