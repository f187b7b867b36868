// Keys and tables too deep for toml++ (issue 16 item 5: ~35,000 parts crashed the app at every start) are
// rejected before parsing, naming the file and line; ordinary TOML with floats, times and strings passes.
#include "core/config/toml_reader.h"
#include "core/config/user_file_writer.h"
#include "test_config_support.h"

using namespace respite;
using namespace respite::test;
using Lines = std::vector<std::string>;

namespace {
std::string parts(int n, const std::string& sep = ".") {
    std::string out = "a";
    for (int i = 1; i < n; ++i)
        out += sep + "a";
    return out;
}
} // namespace

TEST_CASE("regression: a table header of 35,000 parts is an error at its line, not a crash") {
    const std::string text = "# respite\n[micro_break]\nevery = \"20m\"\n\n[" + parts(35'000) + "]\n";
    CHECK(diagnose(text) == Lines{"t.toml:5:2: error: a key or table name of more than 16 dotted parts; the file "
                                  "is not read"});
}

TEST_CASE("regression: a dotted key of 35,000 parts, quoted parts and spaces included, is rejected") {
    CHECK(diagnose("[focus]\n" + parts(35'000, " . \"x\".") + " = 1\n") ==
          Lines{"t.toml:2:1: error: a key or table name of more than 16 dotted parts; the file is not read"});
    CHECK(diagnose("x = {" + parts(40'000) + " = 1}\n").size() == 1);
    CHECK(diagnose("[[" + parts(40'000) + "]]\n").size() == 1);
}

TEST_CASE("regression: arrays and inline tables nested 35,000 deep are rejected before parsing") {
    CHECK(diagnose("x = " + std::string(35'000, '[') + "\n") ==
          Lines{"t.toml:1:37: error: arrays, inline tables or table brackets nested more than 32 deep; the file is "
                "not read"});
    std::string inline_tables = "x = ";
    for (int i = 0; i < 35'000; ++i)
        inline_tables += "{a=";
    CHECK(diagnose(inline_tables).size() == 1);
}

TEST_CASE("keys within the limits, floats, times and dots inside strings and comments are not counted") {
    CHECK(check_toml_depth("[" + parts(16) + "]\n" + parts(16) + " = 1\n", "t.toml") == std::nullopt);
    CHECK(check_toml_depth("[" + parts(17) + "]\n", "t.toml").has_value());
    const std::string busy =
        "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s\n"
        "s = \"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s\"\n"
        "l = 'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s'\n"
        "m = \"\"\"\na.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s \\\"\"\" still inside\n\"\"\"\n"
        "f = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, "
        "17.5]\n"
        "t = 1979-05-27T07:32:00.999999-07:00\n"
        "n = [[[[1]]]]\n";
    CHECK(check_toml_depth(busy, "t.toml") == std::nullopt);
}

TEST_CASE("regression: editing a too-deep file from the command line is refused, not a crash") {
    const auto edit = set_value_in_text("[" + parts(35'000) + "]\n", "micro_break.every",
                                        get_value(*find_setting("micro_break.every"), Settings{}));
    CHECK_FALSE(edit.ok());
    CHECK(edit.error.find("more than 16 dotted parts") != std::string::npos);
    std::string error;
    const auto* info = find_setting("workday.days");
    REQUIRE(info != nullptr);
    CHECK_FALSE(parse_value_text(*info, std::string(35'000, '['), error));
    CHECK(error.find("nested more than 32 deep") != std::string::npos);
}
