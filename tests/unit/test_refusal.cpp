// The refusal catalogue: every reason has one distinct stable text that parses back (front ends word them).
#include "core/refusal.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using respite::Refusal;

TEST_CASE("every refusal has a distinct text that parses back") {
    std::set<std::string> seen;
    for (const Refusal r : respite::all_refusals()) {
        const auto text = respite::to_string(r);
        CHECK(!text.empty());
        CHECK(seen.insert(std::string(text)).second);
        CHECK(respite::parse_refusal(text) == r);
    }
    CHECK(seen.size() == static_cast<std::size_t>(Refusal::workday_not_ended) + 1);
    CHECK(!respite::parse_refusal("something else"));
    CHECK(respite::to_string(Refusal::no_postpones_left) == "no postpones left");
}
