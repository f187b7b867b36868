// Test helper: `write FILE` records history in a loop (virtual time, a batch per iteration) until killed;
// `check FILE` opens the file as the app would and checks it: no problem, PRAGMA integrity_check ok, rows there.
#include "history/history_recorder.h"
#include "history/history_store.h"

#include <iostream>
#include <string>

using namespace respite;
using namespace respite::history;

int main(int argc, char** argv) {
    if (argc != 3)
        return 2;
    const std::string mode = argv[1];
    auto opened = HistoryStore::open(argv[2], OpenMode::write);
    if (!opened.store || !opened.problem.empty()) {
        std::cerr << "open: " << opened.problem << "\n";
        return 1;
    }
    if (mode == "check") {
        const auto verdict = opened.store->db().text("PRAGMA integrity_check");
        const auto effects = opened.store->db().scalar("SELECT COUNT(*) FROM effects").value_or(0);
        std::cout << "integrity " << verdict.value_or("?") << " effects " << effects << "\n";
        return verdict == "ok" && effects > 0 ? 0 : 1;
    }
    const auto local = make_tz_local_time("UTC");
    HistoryWriter writer(*opened.store, *local, WorkdaySettings{}, std::chrono::hours(24 * 400));
    WallTime t = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    for (long i = 0;; ++i) {
        t += std::chrono::seconds(7);
        const Effect e{
            .at = t, .kind = i % 2 ? EffectKind::break_prompt : EffectKind::break_finished, .brk = BreakKind::micro};
        writer.record({e, e, e}, t, i % 3 ? SpanState::active : SpanState::idle, t);
        if (i == 10)
            std::cout << "writing" << std::endl;
    }
}
