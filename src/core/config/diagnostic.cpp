#include "core/config/diagnostic.h"

#include <algorithm>

namespace respite {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.pos.line > 0)
        out += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace respite
