#include "platform/memory_trim.h"

#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace respite {
namespace {

struct Range {
    unsigned long begin = 0;
    unsigned long end = 0;
};

struct Mapping {
    Range range;
    bool candidate = false;  // read-only, regular file
    std::size_t rss = 0;     // bytes
    std::size_t changed = 0; // anonymous (copy-on-write), private dirty or locked bytes
};

// Only regular files: device, memfd and SysV mappings may hold data that exists nowhere else.
bool regular_file(std::string_view path) {
    return path.starts_with('/') && !path.starts_with("/dev/") && !path.starts_with("/memfd:") &&
           !path.starts_with("/SYSV");
}

std::size_t kib_field(const char* line, const char* key) {
    const std::size_t n = std::strlen(key);
    if (std::strncmp(line, key, n) != 0)
        return 0;
    return std::strtoul(line + n, nullptr, 10) * 1024;
}

void finish(const Mapping& m, std::vector<Range>& out, std::size_t& bytes) {
    if (m.candidate && m.rss > 0 && m.changed == 0) {
        out.push_back(m.range);
        bytes += m.rss;
    }
}

// The mappings whose resident pages are all clean copies of their file, from /proc/self/smaps.
std::vector<Range> clean_file_mappings(std::size_t& bytes) {
    std::vector<Range> out;
    FILE* f = std::fopen("/proc/self/smaps", "re");
    if (!f)
        return out;
    char line[4096];
    Mapping cur;
    bool have = false;
    while (std::fgets(line, sizeof line, f)) {
        unsigned long begin = 0, end = 0;
        char perms[8] = {};
        int path_at = 0;
        if (std::sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &begin, &end, perms, &path_at) == 3 && path_at > 0) {
            if (have)
                finish(cur, out, bytes);
            std::string_view path(line + path_at);
            while (!path.empty() && (path.back() == '\n' || path.back() == ' '))
                path.remove_suffix(1);
            cur = Mapping{{begin, end}, perms[0] == 'r' && perms[1] == '-' && regular_file(path), 0, 0};
            have = true;
            continue;
        }
        cur.rss += kib_field(line, "Rss:");
        cur.changed += kib_field(line, "Anonymous:") + kib_field(line, "Private_Dirty:") +
                       kib_field(line, "Shared_Dirty:") + kib_field(line, "Locked:");
    }
    if (have)
        finish(cur, out, bytes);
    std::fclose(f);
    return out;
}

} // namespace

std::size_t minor_page_faults() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<std::size_t>(u.ru_minflt);
}

TrimReport trim_idle_memory() {
    TrimReport report;
    // MADV_DONTNEED only drops this process's page-table entries of these pages: they are unmodified file
    // pages, so the next touch maps them again from the page cache. (MADV_PAGEOUT would evict them and make
    // the next touch wait for the disk.)
    for (const Range& r : clean_file_mappings(report.file_bytes)) {
        if (madvise(reinterpret_cast<void*>(r.begin), r.end - r.begin, MADV_DONTNEED) == 0)
            ++report.mappings;
    }
    report.heap_trimmed = malloc_trim(0) != 0;
    report.minor_faults = minor_page_faults();
    return report;
}

} // namespace respite
