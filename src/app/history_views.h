#pragma once
// What the tray app shows from the history file (issue 11): the statistics window (tray menu "Statistics…", on
// this week, answering its requests for another week or day) and the weekly summary notification at the end of
// the week's last workday. The file is read on a worker thread, never on the GUI thread (DESIGN.md §2). A build
// without the history store has none (make_history_views).
#include "core/effect.h"
#include "core/settings.h"
#include "ui/messages.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace respite::app {

/// The statistics window and the weekly summary. GUI thread only.
class HistoryViews {
public:
    virtual ~HistoryViews() = default;
    /// Opens the statistics window on the current week with today selected (or raises it).
    virtual void open_statistics() = 0;
    /// A batch of the engine's effects: the cutoff of the week's last workday brings the weekly summary.
    virtual void on_effects(const std::vector<Effect>& effects) = 0;
};

/// How the views reach the rest of the app.
struct HistoryViewsPorts {
    std::function<Settings()> settings;                 ///< the settings now (asked at each use)
    std::function<void(const ui::MessageText&)> notify; ///< shows a notification (the weekly summary)
    std::filesystem::path file;                         ///< the history file; empty: the user's
};

/// The views over the history file; nullptr in a build without the history store (no Statistics item then).
std::unique_ptr<HistoryViews> make_history_views(HistoryViewsPorts ports);

} // namespace respite::app
