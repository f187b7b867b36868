#include "ui/stats_window.h"

#include "ui/accessibility.h"
#include "ui/asset_paths.h"
#include "ui/heap_release.h"
#include "ui/messages.h"
#include "ui/theme.h"
#include "ui/week_chart.h"

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/weakref.h>

namespace respite::ui {

namespace {
const char* const month_names[] = {wxTRANSLATE("January"), wxTRANSLATE("February"), wxTRANSLATE("March"),
                                   wxTRANSLATE("April"),   wxTRANSLATE("May"),      wxTRANSLATE("June"),
                                   wxTRANSLATE("July"),    wxTRANSLATE("August"),   wxTRANSLATE("September"),
                                   wxTRANSLATE("October"), wxTRANSLATE("November"), wxTRANSLATE("December")};
const char* const long_weekdays[] = {wxTRANSLATE("Monday"),   wxTRANSLATE("Tuesday"), wxTRANSLATE("Wednesday"),
                                     wxTRANSLATE("Thursday"), wxTRANSLATE("Friday"),  wxTRANSLATE("Saturday"),
                                     wxTRANSLATE("Sunday")};

wxString words(Duration d) {
    return d < std::chrono::minutes(1) ? wxString::Format(_("%d min"), 0) : wxString::FromUTF8(format_duration(d));
}

// The window: navigation and totals on top, the week, the selected day, the check-ins.
class StatsFrame : public wxFrame {
public:
    StatsFrame(const StatsWeek& week, const StatsActions& actions)
        : wxFrame(nullptr, wxID_ANY, _("Respite Statistics")), actions_(actions) {
        SetName("respite-stats");
        release_heap_when_destroyed(*this);
        SetIcons(app_icons());
        const Palette palette = current_palette();
        auto* panel = new wxPanel(this);
        panel->SetBackgroundColour(palette.surface);
        const int space = FromDIP(16);

        previous_ = new wxButton(panel, wxID_ANY, wxString::FromUTF8("\u25C0 ") + _("&Previous week"));
        next_ = new wxButton(panel, wxID_ANY, _("&Next week") + wxString::FromUTF8(" \u25B6"));
        set_accessible_description(previous_, _("Left arrow key"));
        set_accessible_description(next_, _("Right arrow key"));
        heading_ = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                    wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
        heading_->SetFont(scaled_font(1.3));
        heading_->SetForegroundColour(palette.text);
        totals_ = new wxStaticText(panel, wxID_ANY, wxString());
        totals_->SetForegroundColour(palette.text);
        notice_ = new wxStaticText(panel, wxID_ANY, wxString());
        notice_->SetForegroundColour(palette.muted);
        week_chart_ = new WeekChart(panel, [this](int index) { ask_day(index); });
        auto* legend = new wxStaticText(
            panel, wxID_ANY,
            _("Bars: screen time in working hours, overtime on top; dashes: the workday. Under each day: breaks "
              "taken of those due") +
                wxString::FromUTF8(", ✕ ") + _("skipped") + wxString::FromUTF8(", ↷ ") + _("postponed") + ". " +
                _("Click a day, or press 1-7, to see its timeline."));
        legend->SetForegroundColour(palette.muted);
        legend->SetFont(scaled_font(0.85));
        legend->Wrap(FromDIP(620));
        day_heading_ = new wxStaticText(panel, wxID_ANY, wxString());
        day_heading_->SetFont(scaled_font(1.05, wxFONTWEIGHT_BOLD));
        day_heading_->SetForegroundColour(palette.text);
        timeline_ = new DayTimeline(panel);
        auto* feelings_heading = new wxStaticText(panel, wxID_ANY, _("How the days felt"));
        feelings_heading->SetFont(scaled_font(1.05, wxFONTWEIGHT_BOLD));
        feelings_heading->SetForegroundColour(palette.text);
        feelings_ = new FeelingChart(panel);
        // Not wxID_CLOSE: GTK would show its own stock label, in its own translation.
        auto* close = new wxButton(panel, wxID_ANY, _("&Close"));

        previous_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask_week(-7); });
        next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask_week(+7); });
        close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); });
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
        // Left and right move a week, 1-7 pick the day, Esc closes (the buttons keep Tab and Space).
        Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
            const int key = e.GetKeyCode();
            if (key == WXK_ESCAPE)
                Destroy();
            else if (key == WXK_LEFT || key == WXK_PAGEUP)
                ask_week(-7);
            else if (key == WXK_RIGHT || key == WXK_PAGEDOWN)
                ask_week(+7);
            else if (key >= '1' && key <= '7')
                ask_day(key - '1');
            else
                e.Skip();
        });

        auto* nav = new wxBoxSizer(wxHORIZONTAL);
        nav->Add(previous_, 0, wxALIGN_CENTRE_VERTICAL);
        nav->Add(heading_, 1, wxALIGN_CENTRE_VERTICAL | wxLEFT | wxRIGHT, space);
        nav->Add(next_, 0, wxALIGN_CENTRE_VERTICAL);
        auto* bottom = new wxBoxSizer(wxHORIZONTAL);
        bottom->AddStretchSpacer();
        bottom->Add(close, 0);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(nav, 0, wxEXPAND | wxALL, space);
        sizer->Add(totals_, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->Add(notice_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space / 2);
        sizer->Add(week_chart_, 3, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->AddSpacer(space / 2);
        sizer->Add(legend, 0, wxEXPAND | wxLEFT | wxRIGHT, space);
        sizer->Add(day_heading_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->Add(timeline_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space / 2);
        sizer->Add(feelings_heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space);
        sizer->Add(feelings_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, space / 2);
        sizer->Add(bottom, 0, wxEXPAND | wxALL, space);
        panel->SetSizer(sizer);
        update(week);
        sizer->SetSizeHints(this);
        CentreOnScreen();
    }

    void update(const StatsWeek& week) {
        week_ = week;
        heading_->SetLabel(week_heading(week.year, week.month, week.mday));
        totals_->SetLabel(totals_text(week));
        wxString notice;
        if (week.history_off)
            notice = _("History is off (history.enabled = false): Respite records nothing, so there is nothing "
                       "to show.");
        else if (!week.problem.empty())
            notice = wxString::FromUTF8(week.problem);
        notice_->SetLabel(notice);
        notice_->Show(!notice.empty());
        const StatsDay& day = week.days[static_cast<std::size_t>(std::clamp(week.selected, 0, 6))];
        wxString day_text = wxGetTranslation(long_weekdays[std::clamp(week.selected, 0, 6)]) +
                            wxString::Format(" %d", day.day_of_month);
        if (day.recorded) {
            day_text += wxString::FromUTF8(" \u00B7 ") + compliance_text(day);
            if (day.feeling)
                day_text += wxString::FromUTF8(" \u00B7 ") + feeling_name(*day.feeling);
        }
        day_heading_->SetLabel(day_text);
        week_chart_->show(week);
        timeline_->show(week);
        feelings_->show(week);
        SetTitle(_("Respite Statistics") + wxString::FromUTF8(" \u2014 ") + heading_->GetLabel());
        GetChildren().front()->Layout();
    }

private:
    void ask_week(int by_days) {
        if (actions_.show_week)
            actions_.show_week(week_.monday + by_days);
    }
    void ask_day(int index) {
        if (actions_.show_day)
            actions_.show_day(week_.monday, index);
    }

    StatsActions actions_;
    StatsWeek week_;
    wxButton* previous_ = nullptr;
    wxButton* next_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxStaticText* totals_ = nullptr;
    wxStaticText* notice_ = nullptr;
    wxStaticText* day_heading_ = nullptr;
    WeekChart* week_chart_ = nullptr;
    DayTimeline* timeline_ = nullptr;
    FeelingChart* feelings_ = nullptr;
};
} // namespace

wxString week_heading(int year, int month, int mday) {
    // TRANSLATORS: a date: day of month, month name, year ("23 November 2026").
    const wxString date =
        wxString::Format(_("%d %s %d"), mday, wxGetTranslation(month_names[std::clamp(month, 1, 12) - 1]), year);
    return wxString::Format(_("Week of %s"), date);
}

wxString totals_text(const StatsWeek& week) {
    const StatsTotals t = totals(week);
    wxString text = wxString::Format(_("%s this week"), words(t.work + t.overtime)) + ", " +
                    wxString::Format(_("%s overtime"), words(t.overtime));
    if (week.weekly_overtime_cap)
        text += " " + wxString::Format(_("(cap %s)"), words(*week.weekly_overtime_cap));
    if (const auto percent = t.percent_taken())
        text += ", " + wxString::Format(_("%d %% of breaks taken"), *percent);
    else
        text += ", " + _("no breaks due");
    return text;
}

struct StatsPresenter::Impl {
    StatsActions actions;
    wxWeakRef<StatsFrame> frame;
};

StatsPresenter::StatsPresenter(StatsActions actions) : impl_(std::make_unique<Impl>()) {
    impl_->actions = std::move(actions);
}

StatsPresenter::~StatsPresenter() {
    close();
}

void StatsPresenter::show(const StatsWeek& week) {
    if (!impl_->frame) {
        impl_->frame = new StatsFrame(week, impl_->actions);
        impl_->frame->Show();
    } else {
        impl_->frame->update(week);
    }
    impl_->frame->Raise();
}

void StatsPresenter::update(const StatsWeek& week) {
    if (impl_->frame)
        impl_->frame->update(week);
}

void StatsPresenter::close() {
    if (impl_->frame)
        impl_->frame->Destroy();
}

bool StatsPresenter::visible() const {
    return impl_->frame != nullptr;
}

} // namespace respite::ui
