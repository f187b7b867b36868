#pragma once
// RESPITE_TRACE: "respite: trace: ..." lines on stderr for bench/footprint.sh and a person profiling the app.
#include <string>

namespace respite::app {

/// Whether RESPITE_TRACE is set (read once).
bool tracing();
/// Writes "respite: trace: <line>" to stderr when tracing; build the line only `if (tracing())`.
void trace(const std::string& line);

} // namespace respite::app
