#pragma once
// THE threading rule (DESIGN.md §2): every wx, GTK, GLib, libnotify, appindicator and D-Bus call happens on the
// GUI thread. Code on any other thread (the engine's Asio thread) reaches the GUI only through post_to_gui(),
// which queues the task behind the events already pending (wxTheApp->CallAfter, thread-safe, FIFO).
// A task aimed at a window must hold a wxWeakRef to it (a closed dialog never receives one).
#include <wx/app.h>
#include <wx/log.h>

#include <functional>
#include <utility>

namespace respite::ui {

/// Runs `task` later on the GUI thread, in posting order. Safe from any thread; dropped when no wxApp exists.
inline void post_to_gui(std::function<void()> task) {
    if (auto* app = wxTheApp)
        app->CallAfter([task = std::move(task)] {
            try {
                task();
            } catch (const std::exception& e) {
                wxLogDebug("respite: GUI task failed: %s", e.what());
            }
        });
}

} // namespace respite::ui
