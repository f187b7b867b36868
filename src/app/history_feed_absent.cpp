// A build without the history store (the Windows cross build for now): nothing is recorded.
#include "app/history_sink.h"

namespace respite::app {

std::unique_ptr<HistorySink> make_history_sink(const LocalTime&, TellProblem, std::filesystem::path) {
    return nullptr;
}

} // namespace respite::app
