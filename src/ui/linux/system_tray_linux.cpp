// The Linux tray: StatusNotifierItem (appindicator, exporting the wxMenu's GtkMenu), else the XEmbed tray through
// wxTaskBarIcon, else none. The wxGTK glue (wxMenu::m_menu) stays here.
#include "ui/system_tray.h"

#include "platform/linux/appindicator_tray.h"
#include "platform/linux/tray_probe.h"
#include "ui/tray_fallback_icon.h"

#include <wx/menu.h>

namespace respite::ui {

std::unique_ptr<Tray> make_system_tray(wxMenu* menu, const std::string& icon_theme_path) {
    const TrayHosts hosts = probe_tray_hosts();
    if (hosts.status_notifier)
        return make_appindicator_tray(GTK_MENU(menu->m_menu), icon_theme_path);
    if (hosts.xembed)
        return make_taskbar_tray(menu, icon_theme_path, "XEmbed");
    return nullptr;
}

} // namespace respite::ui
