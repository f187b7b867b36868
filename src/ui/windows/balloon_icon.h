#pragma once
// The tray icon that Windows balloon notifications hang from (wxNotificationMessage::UseTaskBarIcon): set by the
// Windows tray (system_tray_windows.cpp), used by the Windows notifier (notifier_windows.cpp). GUI thread only.
class wxTaskBarIcon;

namespace respite::ui {

/// `icon` (or nullptr when it goes away) carries the balloons from now on.
void set_balloon_icon(wxTaskBarIcon* icon);
/// The icon that carries balloons, or nullptr when the app shows none.
wxTaskBarIcon* balloon_icon();

} // namespace respite::ui
