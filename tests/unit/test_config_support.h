#pragma once
// Helpers for the configuration tests: a temporary folder tree that removes itself, and diagnostics as text.
#include "core/config/config_loader.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace respite::test {

/// A fresh folder under the system temp folder, removed with everything in it at scope end.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = std::filesystem::temp_directory_path() /
                ("respite-config-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    /// The folder.
    const std::filesystem::path& path() const { return path_; }
    /// Writes `text` to `relative` (creating folders) and returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& text) const {
        const auto p = path_ / relative;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }

private:
    std::filesystem::path path_;
};

/// Every diagnostic as "file:line:column: severity: message".
inline std::vector<std::string> lines(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(format_diagnostic(d));
    return out;
}

/// The diagnostics of loading `text` as the file "t.toml" over the built-ins.
inline std::vector<std::string> diagnose(const std::string& text) {
    return lines(load_config_text(text, "t.toml").diagnostics);
}

} // namespace respite::test

namespace doctest {
/// Shows a list of diagnostics in failure messages.
template <> struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (const auto& s : v)
            out += "\n  \"" + s + "\"";
        return (out + "}").c_str();
    }
};
} // namespace doctest
