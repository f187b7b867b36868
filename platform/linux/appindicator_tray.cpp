// StatusNotifierItem tray through libayatana-appindicator3.
#include "platform/linux/appindicator_tray.h"

#include "platform/linux/tray_probe.h"

#include <libayatana-appindicator/app-indicator.h>

#include <cstdio>

namespace respite {
namespace {

class AppIndicatorTray : public Tray {
public:
    AppIndicatorTray(GtkMenu* menu, const std::string& icon_theme_path) {
        // The id names the D-Bus object path (/org/ayatana/NotificationItem/respite) and the item's Id property.
        indicator_ = app_indicator_new("respite", tray_icon_name(TrayIconState::normal).c_str(),
                                       APP_INDICATOR_CATEGORY_APPLICATION_STATUS);
        if (!icon_theme_path.empty())
            app_indicator_set_icon_theme_path(indicator_, icon_theme_path.c_str());
        if (menu) {
            // The menu is owned by wx; appindicator only takes a reference and exports it over dbusmenu.
            gtk_widget_show_all(GTK_WIDGET(menu));
            app_indicator_set_menu(indicator_, menu);
        }
        handler_ = g_signal_connect(indicator_, APP_INDICATOR_SIGNAL_CONNECTION_CHANGED,
                                    G_CALLBACK(&AppIndicatorTray::on_connection), this);
    }

    ~AppIndicatorTray() override {
        g_signal_handler_disconnect(indicator_, handler_);
        app_indicator_set_status(indicator_, APP_INDICATOR_STATUS_PASSIVE);
        g_object_unref(indicator_);
    }

    AppIndicatorTray(const AppIndicatorTray&) = delete;
    AppIndicatorTray& operator=(const AppIndicatorTray&) = delete;

    void set_state(TrayIconState state, const std::string& description) override {
        if (state == state_ && description == description_)
            return;
        state_ = state;
        description_ = description;
        app_indicator_set_icon_full(indicator_, tray_icon_name(state).c_str(), description.c_str());
    }

    void set_title(const std::string& title) override {
        if (title == title_)
            return;
        title_ = title;
        app_indicator_set_title(indicator_, title.c_str());
    }

    void show() override { app_indicator_set_status(indicator_, APP_INDICATOR_STATUS_ACTIVE); }

    // The title is the item's tooltip: what comes next, without opening the menu. set_title() skips an unchanged
    // text, and the menu refreshes the line at most once a minute, so the host is not woken more often.
    void set_status(const std::string& line) override { set_title(line.empty() ? "Respite" : "Respite · " + line); }

    bool connected() const override {
        gboolean value = FALSE;
        g_object_get(indicator_, "connected", &value, nullptr);
        return value;
    }

    std::string name() const override { return "StatusNotifierItem"; }

private:
    static void on_connection(AppIndicator*, gboolean connected, gpointer self) {
        auto* tray = static_cast<AppIndicatorTray*>(self);
        // Without a watcher appindicator shows its icon in an XEmbed tray, if the session has one.
        const bool reachable = connected != FALSE || probe_tray_hosts().xembed;
        if (tray->on_connection_changed)
            tray->on_connection_changed(reachable);
    }

    AppIndicator* indicator_ = nullptr;
    gulong handler_ = 0;
    TrayIconState state_ = TrayIconState::normal;
    std::string description_;
    std::string title_;
};

} // namespace

std::unique_ptr<Tray> make_appindicator_tray(GtkMenu* menu, const std::string& icon_theme_path) {
    return std::make_unique<AppIndicatorTray>(menu, icon_theme_path);
}

} // namespace respite
