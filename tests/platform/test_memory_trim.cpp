// trim_idle_memory: releases clean read-only file pages, keeps their contents, and never touches pages that
// differ from their file (relocated RELRO data) or writable mappings.
#include "platform/memory_trim.h"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

constexpr std::size_t kSize = 64 * 4096;

// A temporary file of kSize bytes, byte i = i % 251, removed at the end.
struct TempFile {
    std::string path;
    int fd = -1;
    TempFile() {
        char name[] = "/tmp/respite-trim-XXXXXX";
        fd = mkstemp(name);
        REQUIRE(fd >= 0);
        path = name;
        std::string bytes(kSize, '\0');
        for (std::size_t i = 0; i < kSize; ++i)
            bytes[i] = static_cast<char>(i % 251);
        REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
        REQUIRE(fdatasync(fd) == 0); // clean page-cache pages, like a library's (dirty ones are left alone)
    }
    ~TempFile() {
        close(fd);
        unlink(path.c_str());
    }
};

// Resident bytes of the mapping that starts at `at`, from /proc/self/smaps.
std::size_t rss_of(const void* at) {
    FILE* f = std::fopen("/proc/self/smaps", "re");
    REQUIRE(f);
    char line[4096];
    bool in = false;
    std::size_t rss = 0;
    while (std::fgets(line, sizeof line, f)) {
        unsigned long begin = 0, end = 0;
        if (std::sscanf(line, "%lx-%lx ", &begin, &end) == 2 && std::strchr(line, ' ') > std::strchr(line, '-'))
            in = begin == reinterpret_cast<unsigned long>(at);
        else if (in && std::strncmp(line, "Rss:", 4) == 0)
            rss = std::strtoul(line + 4, nullptr, 10) * 1024;
    }
    std::fclose(f);
    return rss;
}

unsigned touch(const unsigned char* p) {
    unsigned sum = 0;
    for (std::size_t i = 0; i < kSize; i += 4096)
        sum += p[i];
    return sum;
}

} // namespace

TEST_CASE("a read-only file mapping is released and reads back unchanged") {
    TempFile file;
    auto* p = static_cast<const unsigned char*>(mmap(nullptr, kSize, PROT_READ, MAP_PRIVATE, file.fd, 0));
    REQUIRE(p != MAP_FAILED);
    const unsigned before = touch(p);
    REQUIRE(rss_of(p) == kSize);

    const respite::TrimReport r = respite::trim_idle_memory();
    CHECK(rss_of(p) == 0);
    CHECK(r.mappings >= 1);
    CHECK(r.file_bytes >= kSize);
    CHECK(r.minor_faults > 0);
    CHECK(r.minor_faults <= respite::minor_page_faults());

    CHECK(touch(p) == before);
    for (std::size_t i = 0; i < kSize; i += 997)
        REQUIRE(p[i] == i % 251);
    munmap(const_cast<unsigned char*>(p), kSize);
}

TEST_CASE("relocated read-only pages (like RELRO) and writable mappings keep their contents") {
    TempFile file;
    // RELRO: a private mapping written after load, then made read-only. Its pages are copies that differ from
    // the file; dropping them would bring back the unrelocated bytes.
    auto* relro = static_cast<unsigned char*>(mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE, file.fd, 0));
    REQUIRE(relro != MAP_FAILED);
    relro[4096] = 0xAB;
    REQUIRE(mprotect(relro, kSize, PROT_READ) == 0);
    // A writable private mapping with one page written and the others only read.
    auto* data = static_cast<unsigned char*>(mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE, file.fd, 0));
    REQUIRE(data != MAP_FAILED);
    touch(data);
    data[8192] = 0xCD;
    const std::size_t data_rss = rss_of(data);

    respite::trim_idle_memory();
    CHECK(relro[4096] == 0xAB);
    CHECK(relro[4097] == 4097 % 251);
    CHECK(data[8192] == 0xCD);
    CHECK(rss_of(data) == data_rss);
    munmap(relro, kSize);
    munmap(data, kSize);
}

TEST_CASE("anonymous memory is never released") {
    auto* p =
        static_cast<unsigned char*>(mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    REQUIRE(p != MAP_FAILED);
    std::memset(p, 0x5A, kSize);
    REQUIRE(mprotect(p, kSize, PROT_READ) == 0);
    respite::trim_idle_memory();
    for (std::size_t i = 0; i < kSize; i += 4096)
        REQUIRE(p[i] == 0x5A);
    munmap(p, kSize);
}
