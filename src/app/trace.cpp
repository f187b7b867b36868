#include "app/trace.h"

#include <cstdlib>
#include <iostream>

namespace respite::app {

bool tracing() {
    static const bool on = std::getenv("RESPITE_TRACE") != nullptr;
    return on;
}

void trace(const std::string& line) {
    if (tracing())
        std::cerr << "respite: trace: " << line << std::endl;
}

} // namespace respite::app
