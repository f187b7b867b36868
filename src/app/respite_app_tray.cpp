// RespiteApp's tray menu: what each item does (the composition root itself is respite_app.cpp).
#include "app/cli/user_config_file.h"
#include "app/effect_router.h"
#include "app/history_views.h"
#include "app/respite_app.h"
#include "core/config/settings_table.h"
#include "platform/idle_monitor.h"
#include "ui/about_dialog.h"
#include "ui/settings_dialog.h"
#include "ui/tray_menu.h"

#include <boost/asio/post.hpp>
#include <wx/intl.h>

#include <iostream>

namespace respite::app {

namespace {
std::string idle_backend_label(const IdleMonitor* idle) {
    if (!idle)
        return std::string(_("not started").utf8_str());
    if (idle->always_present())
        return idle->backend_name() + " — " +
               std::string(_("idle is not detected; breaks count down while shown").utf8_str());
    return idle->backend_name();
}

} // namespace

void RespiteApp::build_tray() {
    ui::TrayActions actions;
    actions.take_break = [this](BreakKind k) { driver_->post(ev::StartBreak{k}); };
    actions.meditate = [this](int minutes) {
        if (router_)
            router_->next_is_quick_meditation();
        driver_->post(ev::StartBreathing{std::chrono::minutes(minutes)});
    };
    actions.stop_breathing = [this] { driver_->post(ev::StopBreathing{}); };
    actions.set_pattern = [this](BreathingPattern p) {
        // The choice is the user's breathing.pattern setting: saved (comments kept, written atomically) and
        // reloaded, so the menu's tick, the sessions and the next start all agree.
        if (router_)
            router_->use_pattern(p);
        settings_.breathing.pattern = p;
        Settings chosen = settings_;
        const auto* info = find_setting("breathing.pattern");
        if (const auto error = set_user_value(current_config_paths(), info->key, get_value(*info, chosen));
            !error.empty())
            std::cerr << "respite: cannot save the breathing pattern: " << error << "\n";
        else
            boost::asio::post(driver_->io(), [this] {
                if (control_)
                    control_->reload();
            });
        if (router_)
            router_->settings_changed();
    };
    actions.toggle_focus = [this] {
        if (router_ && router_->status().focus_active)
            driver_->post(ev::FocusStop{});
        else
            driver_->post(ev::FocusStart{});
    };
    actions.toggle_reading = [this] {
        // Only the toggle can be turned off here; on by an inhibitor alone, the item is dimmed (tray_menu.cpp).
        if (router_ && router_->status().reading_until)
            driver_->post(ev::ReadingOff{});
        else
            driver_->post(ev::ReadingOn{ReadingSource::tray});
    };
    actions.pause_for = [this](Duration d) { driver_->post(ev::PauseFor{d}); };
    actions.pause_until_tomorrow = [this] { driver_->post(ev::PauseUntilNextWorkday{}); };
    actions.resume = [this] { driver_->post(ev::Resume{}); };
    history_views_ = make_history_views({[this] { return settings_; },
                                         [this](const ui::MessageText& text) {
                                             if (router_)
                                                 router_->notify("weekly-summary", text);
                                         },
                                         {}});
    if (history_views_)
        actions.statistics = [this] { history_views_->open_statistics(); };
    actions.settings = [this] {
        if (settings_dialog_)
            settings_dialog_->show();
    };
    actions.about = [this] {
        ui::show_about({RESPITE_VERSION, idle_backend_label(idle_.get()), tray_ ? tray_->tray_name() : std::string(),
                        std::string()});
    };
    actions.quit = [this] { request_exit(); };
    tray_ = std::make_unique<ui::TrayMenu>(std::move(actions), ui::make_system_tray);
}

} // namespace respite::app
