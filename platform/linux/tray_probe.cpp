// Finds which tray hosts the session has: a StatusNotifierWatcher on the session bus, an XEmbed tray on X11.
#include "platform/linux/tray_probe.h"

#include <gdk/gdk.h>
#include <gdk/gdkx.h>
#include <gio/gio.h>

#include <X11/Xlib.h>

#include <cstdlib>
#include <string>
#include <string_view>

namespace respite {
namespace {

bool watcher_present() {
    GError* error = nullptr;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (!bus) {
        g_clear_error(&error);
        return false;
    }
    // NameHasOwner, not activation: a watcher exists only while a panel runs it.
    GVariant* reply =
        g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                    "NameHasOwner", g_variant_new("(s)", "org.kde.StatusNotifierWatcher"),
                                    G_VARIANT_TYPE("(b)"), G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, &error);
    g_object_unref(bus);
    if (!reply) {
        g_clear_error(&error);
        return false;
    }
    gboolean owned = FALSE;
    g_variant_get(reply, "(b)", &owned);
    g_variant_unref(reply);
    return owned != FALSE;
}

bool xembed_present() {
    GdkDisplay* gdk_display = gdk_display_get_default();
    Display* display = nullptr;
    bool own_display = false;
    if (gdk_display && GDK_IS_X11_DISPLAY(gdk_display)) {
        display = gdk_x11_display_get_xdisplay(gdk_display);
    } else if (!gdk_display && std::getenv("DISPLAY")) {
        display = XOpenDisplay(nullptr);
        own_display = display != nullptr;
    }
    if (!display)
        return false; // Wayland has no XEmbed tray
    const std::string name = "_NET_SYSTEM_TRAY_S" + std::to_string(DefaultScreen(display));
    const Atom selection = XInternAtom(display, name.c_str(), False);
    const bool owned = XGetSelectionOwner(display, selection) != None;
    if (own_display)
        XCloseDisplay(display);
    return owned;
}

} // namespace

TrayHosts probe_tray_hosts() {
    if (const char* forced = std::getenv("RESPITE_TRAY")) {
        const std::string_view f = forced;
        if (f == "sni")
            return {true, false};
        if (f == "xembed")
            return {false, true};
        if (f == "none")
            return {false, false};
    }
    return {watcher_present(), xembed_present()};
}

} // namespace respite
