// release_free_heap: the free pages inside the heap (not only its top) go back to the OS.
#include "platform/memory.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace {

long resident_kib() {
    FILE* f = std::fopen("/proc/self/status", "re");
    REQUIRE(f);
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1)
            break;
    std::fclose(f);
    REQUIRE(kib > 0);
    return kib;
}

} // namespace

TEST_CASE("release_free_heap hands the free pages inside the heap back") {
    constexpr std::size_t block = 2048;      // well below the mmap threshold: served from the heap
    constexpr std::size_t count = 32 * 1024; // 64 MiB
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        blocks.emplace_back(new char[block]);
        std::memset(blocks.back().get(), 0x5a, block);
    }
    auto last = std::move(blocks.back()); // keeps the heap's top in use, so free() cannot shorten it
    blocks.pop_back();
    blocks.clear(); // frees 64 MiB below `last`: free chunks the allocator keeps resident
    blocks.shrink_to_fit();
    const long before = resident_kib();
    respite::release_free_heap();
    const long after = resident_kib();
    MESSAGE("resident before " << before << " KiB, after " << after << " KiB");
    CHECK(before - after > 48 * 1024);
    CHECK(last[0] == 0x5a); // live memory is untouched
}
