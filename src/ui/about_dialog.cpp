#include "ui/about_dialog.h"

#include "ui/asset_paths.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>

namespace respite::ui {

void show_about(const AboutInfo& info) {
    wxAboutDialogInfo about;
    about.SetName("Respite");
    about.SetVersion(wxString::FromUTF8(info.version));
    wxString description = _("Gentle breaks, guided breathing and a kind end to the workday.");
    description += "\n\n";
    description += wxString::Format(_("Idle detection: %s"), wxString::FromUTF8(info.idle_backend));
    description += "\n";
    description += wxString::Format(_("Tray: %s"), wxString::FromUTF8(info.tray_backend));
    about.SetDescription(description);
    if (const wxIconBundle icons = app_icons(); !icons.IsEmpty())
        about.SetIcon(icons.GetIcon(wxSize(128, 128), wxIconBundle::FALLBACK_NEAREST_LARGER));
    if (!info.website.empty())
        about.SetWebSite(wxString::FromUTF8(info.website), _("Project website"));
    // The GTK about box is non-modal, so the tray keeps working while it is open.
    wxAboutBox(about);
}

} // namespace respite::ui
