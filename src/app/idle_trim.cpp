#include "app/idle_trim.h"

#include "app/trace.h"
#include "platform/memory_trim.h"

#include <string>
#include <utility>

namespace respite::app {
namespace {
// Fewer new faults than this since the last trim (each maps up to 16 pages) means nothing much came back:
// skip reading /proc/self/smaps again.
constexpr std::size_t kFaultsWorthATrim = 64;
} // namespace

IdleTrim::IdleTrim(std::chrono::milliseconds quiet, std::function<bool()> window_open)
    : timer_([this] { fire(); }), quiet_(quiet), window_open_(std::move(window_open)) {}

void IdleTrim::poke() {
    timer_.StartOnce(static_cast<int>(quiet_.count()));
}

void IdleTrim::fire() {
    if (window_open_() || (trimmed_ && minor_page_faults() < faults_after_trim_ + kFaultsWorthATrim))
        return;
    const TrimReport r = trim_idle_memory();
    trimmed_ = true;
    faults_after_trim_ = r.minor_faults;
    if (tracing())
        trace("idle trim released " + std::to_string(r.file_bytes / 1024) + " KiB in " + std::to_string(r.mappings) +
              " mappings" + (r.heap_trimmed ? " and free heap" : ""));
}

} // namespace respite::app
