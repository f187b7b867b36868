#pragma once
// A message about a configuration file, located at file:line:column and naming the key.
#include <string>
#include <vector>

namespace respite {

/// 1-based line and column (columns count characters, not bytes); 0 = unknown.
struct SourcePos {
    int line = 0;
    int column = 0;
    friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

/// How bad a diagnostic is: an error makes its file invalid, a warning does not.
enum class Severity { warning, error };

/// One problem found in a configuration file.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;    ///< the file's path as given to the loader
    SourcePos pos;       ///< where in the file; line 0 = the file as a whole
    std::string key;     ///< the setting concerned, e.g. "micro_break.every"; empty when none
    std::string message; ///< one line, naming the key
};

/// "file:line:column: error: message" (or "file: error: message" without a position).
std::string format_diagnostic(const Diagnostic& d);
/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

} // namespace respite
