// A build without the history store (the Windows cross build for now): no statistics window, no weekly summary.
#include "app/history_views.h"

namespace respite::app {

std::unique_ptr<HistoryViews> make_history_views(HistoryViewsPorts) {
    return nullptr;
}

} // namespace respite::app
