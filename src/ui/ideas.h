#pragma once
// Break ideas ("Look at something 6 metres away for 20 seconds") read from assets/ideas/*.txt.
#include "core/effect.h"

#include <filesystem>
#include <string>
#include <vector>

namespace respite::ui {

/// The ideas for one kind of break, already translated; never empty (a built-in fallback).
std::vector<std::string> load_ideas(BreakKind kind);
/// Reads one ideas file: one idea per line, '#' comments and blank lines skipped (untranslated).
std::vector<std::string> read_ideas_file(const std::filesystem::path& file);
/// A translated idea for this kind of break, rotating so the same one does not repeat soon.
std::string next_idea(BreakKind kind);

} // namespace respite::ui
