#include "ui/tray_menu.h"

#include "core/breathing_patterns.h"
#include "ui/i18n.h"

#include "ui/callback_timer.h"
#include "ui/tray_fallback_window.h"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/weakref.h>

#include <cstdio>
#include <utility>

namespace respite::ui {
namespace {

using namespace std::chrono_literals;

enum MenuId : int {
    id_status = wxID_HIGHEST + 700,
    id_micro,
    id_rest,
    id_meditate_1,
    id_meditate_3,
    id_meditate_5,
    id_stop_breathing,
    id_pattern_first, // one radio item per entry of breathing_patterns, in order
    id_focus = id_pattern_first + static_cast<int>(breathing_patterns.size()),
    id_reading,
    id_pause_30,
    id_pause_60,
    id_pause_120,
    id_pause_tomorrow,
    id_resume,
    id_statistics,
    id_settings,
    id_about,
    id_quit,
};

// Menu handlers may destroy the tray (Quit); run the action after the current event instead.
void run_later(std::function<void()> fn) {
    if (fn)
        wxTheApp->CallAfter([fn = std::move(fn)] { fn(); });
}

template <class F, class... A> void call_later(const F& fn, A... args) {
    if (fn)
        run_later([fn, args...] { fn(args...); });
}

const char* icon_description(TrayIconState state) {
    switch (state) {
    case TrayIconState::break_soon:
        return wxTRANSLATE("Respite: a break is near");
    case TrayIconState::paused:
        return wxTRANSLATE("Respite: paused");
    case TrayIconState::after_hours:
        return wxTRANSLATE("Respite: after hours");
    case TrayIconState::focus:
        return wxTRANSLATE("Respite: focus session");
    case TrayIconState::normal:
        break;
    }
    return "Respite";
}

std::string utf8(const wxString& s) {
    return std::string(s.utf8_str());
}

} // namespace

struct TrayMenu::Impl {
    TrayActions actions;
    std::string icon_path;
    wxMenu* menu = nullptr;
    wxMenuItem* status_item = nullptr;
    wxMenuItem* focus_item = nullptr;
    wxMenuItem* reading_item = nullptr;        // check item: reading mode on (by the toggle or an inhibitor)
    wxMenuItem* pause_item = nullptr;          // the Pause ▸ submenu item
    wxMenuItem* resume_item = nullptr;         // swapped in for pause_item while paused
    wxMenuItem* meditate_item = nullptr;       // the Quick meditation ▸ submenu item
    wxMenuItem* stop_breathing_item = nullptr; // inserted before meditate_item while a breathing session runs
    wxMenuItem* statistics_item = nullptr;     // Statistics…; says so when history is off
    bool history_shown = true;
    std::unique_ptr<Tray> tray;           // none: the status window is the app's face
    wxWeakRef<TrayFallbackWindow> window; // wx may destroy it first at exit
    CallbackTimer timer{[this] { tick(); }};
    std::function<void()> on_shown;
    bool registered = false; // the tray item reached its host
    CallbackTimer shown_timer{[this] { fire_shown(); }};
    Status status;
    Settings settings;
    bool have_status = false;
    std::string line;
    TrayIconState icon = TrayIconState::normal;
    bool paused_shown = false;
    bool focus_shown = false;
    bool breathing_shown = false;

    void build();
    void bind(wxMenu* m);
    void on_menu(wxCommandEvent& event);
    Duration pause_length(Duration more) const;
    void refresh(WallTime now);
    void schedule(WallTime now);
    void tick();
    void ensure_window();
    void fire_shown();
};

void TrayMenu::Impl::build() {
    menu = new wxMenu;
    status_item = menu->Append(id_status, wxString::FromUTF8(tr("Respite is starting…")));
    status_item->Enable(false);
    menu->AppendSeparator();

    auto* take = new wxMenu;
    take->Append(id_micro, _("Micro-break"));
    take->Append(id_rest, _("Rest break"));
    menu->AppendSubMenu(take, _("Take a break now"));

    auto* meditate = new wxMenu;
    meditate->Append(id_meditate_1, _("1 min"));
    meditate->Append(id_meditate_3, _("3 min"));
    meditate->Append(id_meditate_5, _("5 min"));
    meditate_item = menu->AppendSubMenu(meditate, _("Quick meditation"));
    stop_breathing_item = new wxMenuItem(nullptr, id_stop_breathing, _("Stop breathing"));

    auto* pattern = new wxMenu;
    for (std::size_t i = 0; i < breathing_patterns.size(); ++i) {
        const std::string_view label = breathing_patterns[i].label;
        pattern->AppendRadioItem(id_pattern_first + static_cast<int>(i),
                                 wxGetTranslation(wxString::FromUTF8(label.data(), label.size())));
    }
    menu->AppendSubMenu(pattern, _("Breathing pattern"));

    focus_item = menu->Append(id_focus, _("Start focus session"));
    reading_item = menu->AppendCheckItem(id_reading, _("Reading or watching"));

    auto* pause = new wxMenu;
    pause->Append(id_pause_30, _("30 min"));
    pause->Append(id_pause_60, _("1 hour"));
    pause->Append(id_pause_120, _("2 hours"));
    pause->Append(id_pause_tomorrow, _("Until tomorrow"));
    pause_item = menu->AppendSubMenu(pause, _("Pause"));
    resume_item = new wxMenuItem(nullptr, id_resume, _("Resume"));

    menu->AppendSeparator();
    if (actions.statistics)
        statistics_item = menu->Append(id_statistics, wxString::FromUTF8(tr("Statistics…")));
    menu->Append(id_settings, wxString::FromUTF8(tr("Settings…")));
    menu->Append(id_about, _("About"));
    menu->Append(id_quit, _("Quit"));
    for (wxMenu* m : {menu, take, meditate, pattern, pause})
        bind(m);
}

// Bound on every (sub)menu: without an invoking window, wx delivers submenu clicks to the submenu itself.
void TrayMenu::Impl::bind(wxMenu* m) {
    m->Bind(wxEVT_MENU, [this](wxCommandEvent& e) { on_menu(e); });
}

// A pause of `more` from now, or, while paused, `more` beyond the pause's current end ("Pause longer").
Duration TrayMenu::Impl::pause_length(Duration more) const {
    if (!status.paused_until)
        return more;
    const auto now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    return std::max(Duration::zero(), std::chrono::duration_cast<Duration>(*status.paused_until - now)) + more;
}

void TrayMenu::Impl::on_menu(wxCommandEvent& event) {
    const TrayActions& a = actions;
    if (const int i = event.GetId() - id_pattern_first; i >= 0 && i < static_cast<int>(breathing_patterns.size()))
        return call_later(a.set_pattern, breathing_patterns[static_cast<std::size_t>(i)].value);
    switch (event.GetId()) {
    case id_micro:
        return call_later(a.take_break, BreakKind::micro);
    case id_rest:
        return call_later(a.take_break, BreakKind::rest);
    case id_meditate_1:
        return call_later(a.meditate, 1);
    case id_meditate_3:
        return call_later(a.meditate, 3);
    case id_meditate_5:
        return call_later(a.meditate, 5);
    case id_stop_breathing:
        return run_later(a.stop_breathing);
    case id_focus:
        return run_later(a.toggle_focus);
    case id_reading:
        return run_later(a.toggle_reading);
    case id_pause_30:
        return call_later(a.pause_for, pause_length(30min));
    case id_pause_60:
        return call_later(a.pause_for, pause_length(1h));
    case id_pause_120:
        return call_later(a.pause_for, pause_length(2h));
    case id_pause_tomorrow:
        return run_later(a.pause_until_tomorrow);
    case id_resume:
        return run_later(a.resume);
    case id_statistics:
        return run_later(a.statistics);
    case id_settings:
        return run_later(a.settings);
    case id_about:
        return run_later(a.about);
    case id_quit:
        return run_later(a.quit);
    default:
        event.Skip();
    }
}

void TrayMenu::Impl::refresh(WallTime now) {
    if (!have_status)
        return;
    // Touch only what changed: every label change is a D-Bus signal that wakes the tray host.
    const std::string text = format_status_line(status, settings, now);
    const TrayIconState state = tray_icon_state(status, now);
    if (text != line) {
        line = text;
        status_item->SetItemLabel(wxString::FromUTF8(text));
    }
    const bool paused = status.paused_until.has_value();
    if (paused != paused_shown) {
        // While paused, Resume comes first and the Pause submenu stays as "Pause longer" to extend the pause.
        paused_shown = paused;
        size_t pos = 0;
        menu->FindChildItem(pause_item->GetId(), &pos);
        if (paused)
            menu->Insert(pos, resume_item);
        else
            menu->Remove(resume_item);
        pause_item->SetItemLabel(paused ? _("Pause longer") : _("Pause"));
    }
    if (status.breathing != breathing_shown) {
        // Whatever started the session (menu, CLI, a restart), the menu can end it.
        breathing_shown = status.breathing;
        size_t pos = 0;
        menu->FindChildItem(meditate_item->GetId(), &pos);
        if (breathing_shown)
            menu->Insert(pos, stop_breathing_item);
        else
            menu->Remove(stop_breathing_item);
    }
    if (statistics_item && settings.history.enabled != history_shown) {
        // History off (the user's choice or a policy): nothing is recorded, and the menu says so.
        history_shown = settings.history.enabled;
        statistics_item->SetItemLabel(history_shown ? wxString::FromUTF8(tr("Statistics…"))
                                                    : wxString::FromUTF8(tr("Statistics (history is off)…")));
    }
    if (status.focus_active != focus_shown) {
        focus_shown = status.focus_active;
        focus_item->SetItemLabel(focus_shown ? _("Stop focus session") : _("Start focus session"));
    }
    // Checked while idle time counts as screen time, by either cause; also re-set after a click (GTK toggled it
    // already). On by an inhibitor alone, the menu cannot end it: the item is dimmed and the status line says why.
    if (reading_item->IsChecked() != status.reading)
        reading_item->Check(status.reading);
    const bool reading_toggleable = !status.reading || status.reading_cause == ReadingCause::toggle;
    if (reading_item->IsEnabled() != reading_toggleable)
        reading_item->Enable(reading_toggleable);
    // Also re-checks after a click the app did not apply (GTK moved the radio already).
    const int pattern_id = id_pattern_first + static_cast<int>(settings.breathing.pattern);
    if (!menu->IsChecked(pattern_id))
        menu->Check(pattern_id, true);
    const bool icon_changed = state != icon;
    icon = state;
    if (tray) {
        if (icon_changed)
            tray->set_state(state, utf8(wxGetTranslation(icon_description(state))));
        tray->set_status(text);
    }
    if (window)
        window->set_status(text, paused);
}

// One pending timer at the next instant the shown text can change (a minute boundary of the soonest countdown),
// so the tray wakes the CPU at most once a minute and not at all while the text is static.
void TrayMenu::Impl::schedule(WallTime now) {
    timer.Stop();
    if (!have_status)
        return;
    if (const auto wait = next_status_change(status, now))
        timer.StartOnce(static_cast<int>((*wait + 20ms).count()));
}

void TrayMenu::Impl::tick() {
    const auto now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    // The line is extrapolated from the last Status; asking the engine would wake its thread every minute too.
    refresh(now);
    schedule(now);
}

void TrayMenu::Impl::ensure_window() {
    if (!window) {
        window = new TrayFallbackWindow(menu, actions, icon_path);
        window->set_tray_present(tray != nullptr);
        if (have_status)
            window->set_status(line, paused_shown);
    }
}

// Outside the appindicator's signal emission, where a C++ exception must not unwind through C frames.
void TrayMenu::Impl::fire_shown() {
    shown_timer.Stop();
    if (on_shown)
        run_later(std::exchange(on_shown, {}));
}

TrayMenu::TrayMenu(TrayActions actions, const TrayFactory& make_tray, std::string icon_theme_path)
    : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.actions = std::move(actions);
    d.icon_path = std::move(icon_theme_path);
    d.build();
    d.tray = make_tray(d.menu, d.icon_path);
    if (d.tray) {
        d.tray->set_title(utf8(_("Respite")));
        d.tray->set_state(TrayIconState::normal, utf8(wxGetTranslation(icon_description(TrayIconState::normal))));
        d.tray->on_connection_changed = [&d](bool reachable) {
            d.registered = d.registered || reachable;
            // The tray went away with nothing to fall back on: show the window.
            if (!reachable) {
                d.ensure_window();
                d.window->set_tray_present(false);
                d.window->present();
            }
            d.fire_shown();
        };
        d.tray->show();
    } else {
        d.ensure_window();
        d.window->present();
    }
    std::fprintf(stderr, "respite: tray: %s\n", tray_name().c_str());
}

TrayMenu::~TrayMenu() {
    Impl& d = *impl_;
    d.timer.Stop();
    d.shown_timer.Stop();
    d.tray.reset(); // before the menu it shows
    if (d.window)
        d.window->Destroy();
    if (!d.paused_shown)
        delete d.resume_item; // detached while not paused
    if (!d.breathing_shown)
        delete d.stop_breathing_item;
    delete d.menu;
}

void TrayMenu::update(const Status& status, const Settings& settings) {
    Impl& d = *impl_;
    d.status = status;
    d.settings = settings;
    d.have_status = true;
    const auto now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    d.refresh(now);
    d.schedule(now);
}

void TrayMenu::when_shown(std::function<void()> fn, std::chrono::milliseconds timeout) {
    Impl& d = *impl_;
    if (!d.tray || d.registered || d.tray->connected()) {
        if (fn)
            fn();
        return;
    }
    d.on_shown = std::move(fn);
    d.shown_timer.StartOnce(static_cast<int>(timeout.count()));
}

void TrayMenu::popup() {
    impl_->ensure_window();
    impl_->window->present();
}

std::string TrayMenu::tray_name() const {
    return impl_->tray ? impl_->tray->name() : "status window";
}

bool TrayMenu::has_tray_icon() const {
    return impl_->tray != nullptr;
}

std::string TrayMenu::status_line() const {
    return impl_->line;
}

wxMenu* TrayMenu::menu() const {
    return impl_->menu;
}

} // namespace respite::ui
