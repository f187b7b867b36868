// The statistics window's day timeline and check-in line (week_chart.h).
#include "ui/messages.h"
#include "ui/week_chart.h"

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/pen.h>

#include <algorithm>

namespace respite::ui {

namespace {
constexpr SpanKind legend_order[] = {SpanKind::active, SpanKind::idle, SpanKind::busy, SpanKind::on_break,
                                     SpanKind::away};

wxString kind_name(SpanKind kind) {
    switch (kind) {
    case SpanKind::active:
        return _("Active");
    case SpanKind::idle:
        return _("Idle");
    case SpanKind::away:
        return _("Away");
    case SpanKind::busy:
        return _("Busy");
    case SpanKind::on_break:
        return _("Break");
    }
    return {};
}

wxString clock(Duration since_midnight) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count();
    return wxString::Format("%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
}

double fraction_of_day(Duration d) {
    return std::clamp(std::chrono::duration<double>(d).count() / 86400.0, 0.0, 1.0);
}
} // namespace

DayTimeline::DayTimeline(wxWindow* parent) : ChartPanel(parent, wxSize(620, 92), _("The day's timeline")) {}

wxColour DayTimeline::colour(SpanKind kind) const {
    switch (kind) {
    case SpanKind::active:
        return palette_.accent;
    case SpanKind::idle:
        return palette_.dark ? wxColour(0x4E, 0x7A, 0x70) : wxColour(0x9C, 0xC9, 0xBD);
    case SpanKind::away:
        return palette_.track;
    case SpanKind::busy:
        return palette_.dark ? wxColour(0xA9, 0x9B, 0xD6) : wxColour(0x7E, 0x6C, 0xB0);
    case SpanKind::on_break:
        return palette_.dark ? wxColour(0x86, 0xB4, 0xDC) : wxColour(0x4F, 0x86, 0xB8);
    }
    return palette_.track;
}

void DayTimeline::paint(wxGraphicsContext& gc, wxSize size) {
    const double left = FromDIP(44), right = FromDIP(8), top = FromDIP(8), band = FromDIP(24);
    const double width = size.x - left - right;
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(palette_.background));
    gc.DrawRectangle(left, top, width, band);
    for (const StatsSpan& s : week_.timeline) {
        const double x0 = left + width * fraction_of_day(s.from);
        const double x1 = left + width * fraction_of_day(s.to);
        gc.SetBrush(wxBrush(colour(s.kind)));
        gc.DrawRectangle(x0, top, std::max(1.0, x1 - x0), band);
    }
    const wxFont small = scaled_font(0.85);
    gc.SetFont(small, palette_.muted);
    double w = 0, th = 0;
    for (int h = 0; h <= 24; h += 3) {
        const double x = left + width * h / 24.0;
        gc.SetPen(wxPen(palette_.muted, 1));
        gc.StrokeLine(x, top + band, x, top + band + FromDIP(4));
        const wxString label = wxString::Format("%02d", h);
        gc.GetTextExtent(label, &w, &th);
        gc.DrawText(label, x - w / 2, top + band + FromDIP(5));
    }
    if (week_.cutoff) {
        const double x = left + width * fraction_of_day(*week_.cutoff);
        gc.SetPen(wxPen(overtime_colour(), FromDIP(2)));
        gc.StrokeLine(x, top - FromDIP(4), x, top + band + FromDIP(4));
    }
    // The legend, one coloured square and word per kind, and the cutoff's mark.
    double x = left;
    const double y = top + band + FromDIP(26);
    for (SpanKind kind : legend_order) {
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(colour(kind)));
        gc.DrawRectangle(x, y + FromDIP(3), FromDIP(10), FromDIP(10));
        gc.SetFont(small, palette_.text);
        gc.GetTextExtent(kind_name(kind), &w, &th);
        gc.DrawText(kind_name(kind), x + FromDIP(14), y);
        x += FromDIP(14) + w + FromDIP(14);
    }
    gc.SetPen(wxPen(overtime_colour(), FromDIP(2)));
    gc.StrokeLine(x + FromDIP(5), y, x + FromDIP(5), y + FromDIP(14));
    gc.DrawText(_("End of workday"), x + FromDIP(12), y);
}

wxString DayTimeline::describe() const {
    wxString text;
    for (const StatsSpan& s : week_.timeline) {
        if (s.kind == SpanKind::away)
            continue; // the gaps between the stretches are the time away
        if (!text.empty())
            text += ", ";
        text += kind_name(s.kind) + " " + clock(s.from) + wxString::FromUTF8("\u2013") + clock(s.to);
    }
    if (week_.cutoff)
        text += (text.empty() ? "" : "; ") + wxString::Format(_("workday ends at %s"), clock(*week_.cutoff));
    return text.empty() ? _("Nothing recorded on this day.") : text;
}

FeelingChart::FeelingChart(wxWindow* parent) : ChartPanel(parent, wxSize(620, 72), _("How the days felt")) {}

void FeelingChart::paint(wxGraphicsContext& gc, wxSize size) {
    const double left = FromDIP(96), right = FromDIP(12), top = FromDIP(10), bottom = FromDIP(10);
    const double plot_h = size.y - top - bottom, width = size.x - left - right;
    const wxFont small = scaled_font(0.85);
    double w = 0, th = 0;
    gc.SetFont(small, palette_.muted);
    for (Feeling f : {Feeling::calm, Feeling::very_stressed}) {
        const double y = top + plot_h * (1.0 - (static_cast<int>(f) - 1) / 4.0);
        gc.GetTextExtent(feeling_name(f), &w, &th);
        gc.DrawText(feeling_name(f), left - w - FromDIP(8), y - th / 2);
        gc.SetPen(wxPen(palette_.track, 1));
        gc.StrokeLine(left, y, left + width, y);
    }
    if (week_.feelings.empty()) {
        const wxString none = _("No check-ins yet: turn them on in Settings, Check-in.");
        gc.GetTextExtent(none, &w, &th);
        gc.DrawText(none, left + (width - w) / 2, top + (plot_h - th) / 2);
        return;
    }
    const int first = week_.feelings.front().first;
    const int last = std::max(week_.monday + 6, week_.feelings.back().first);
    const double span = std::max(1, last - first);
    // This week, shaded behind its points.
    const double week_x0 = left + width * std::max(0, week_.monday - first) / span;
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(palette_.accent_soft));
    gc.DrawRoundedRectangle(week_x0 - FromDIP(8), top - FromDIP(6), left + width - week_x0 + FromDIP(14),
                            plot_h + FromDIP(12), FromDIP(6));
    const auto point = [&](const std::pair<int, Feeling>& p) {
        return wxPoint2DDouble(left + width * (p.first - first) / span,
                               top + plot_h * (1.0 - (static_cast<int>(p.second) - 1) / 4.0));
    };
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(point(week_.feelings.front()));
    for (const auto& p : week_.feelings)
        path.AddLineToPoint(point(p));
    gc.SetPen(wxPen(palette_.accent, FromDIP(2)));
    gc.StrokePath(path);
    gc.SetBrush(wxBrush(palette_.accent));
    gc.SetPen(wxPen(palette_.surface, FromDIP(1)));
    for (const auto& p : week_.feelings) {
        const wxPoint2DDouble c = point(p);
        const double r = p.first >= week_.monday && p.first <= week_.monday + 6 ? FromDIP(5) : FromDIP(3);
        gc.DrawEllipse(c.m_x - r, c.m_y - r, 2 * r, 2 * r);
    }
}

wxString FeelingChart::describe() const {
    wxString text;
    for (const auto& [day, feeling] : week_.feelings) {
        if (day < week_.monday || day > week_.monday + 6)
            continue;
        if (!text.empty())
            text += ", ";
        text += weekday_name(day - week_.monday) + ": " + feeling_name(feeling);
    }
    return text.empty() ? _("No check-in this week.") : text;
}

} // namespace respite::ui
