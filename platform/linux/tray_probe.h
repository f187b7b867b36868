#pragma once
// Which tray hosts this session has, to choose between StatusNotifierItem, XEmbed and a plain window.

namespace respite {

/// The tray protocols a host currently serves in this session.
struct TrayHosts {
    bool status_notifier = false; ///< org.kde.StatusNotifierWatcher has an owner on the session bus
    bool xembed = false;          ///< an X client owns the `_NET_SYSTEM_TRAY_S<screen>` selection
};

/// Probes the session bus and the X display (GUI thread; a D-Bus round trip and an X round trip).
/// Env RESPITE_TRAY=sni|xembed|none forces the answer (for tests and broken hosts).
TrayHosts probe_tray_hosts();

} // namespace respite
