#pragma once
// "Did you mean ...?": the nearest known name to a misspelt one.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace respite {

/// Edit distance between two strings, ignoring ASCII case (insertions, deletions, substitutions, adjacent swaps).
std::size_t edit_distance(std::string_view a, std::string_view b);
/// The candidate nearest to `word` when it is close enough to be a plausible typo (at most max(2, size/3) edits).
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

} // namespace respite
