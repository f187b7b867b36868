#pragma once
// The Windows boundary: Win32 speaks UTF-16, Respite UTF-8. Conversions and error texts shared by the ports of
// platform/windows/.
#include <windows.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace respite::platform::windows {

/// UTF-8 to UTF-16 (invalid sequences become U+FFFD).
std::wstring widen(std::string_view utf8);
/// UTF-16 to UTF-8 (unpaired surrogates become U+FFFD).
std::string narrow(std::wstring_view utf16);
/// A path as UTF-8 text, for messages.
std::string display(const std::filesystem::path& path);
/// The system's text for a Win32 error code, one line without the final period ("The system cannot find...").
std::string error_text(DWORD error);
/// The running program's own file (GetModuleFileNameW), empty when Windows cannot say.
std::filesystem::path this_program();

/// Owns a HANDLE (CloseHandle on destruction); INVALID_HANDLE_VALUE and nullptr are "none".
class Handle {
public:
    Handle() = default;
    explicit Handle(HANDLE h) : h_(h) {}
    ~Handle() { reset(); }
    Handle(Handle&& other) noexcept : h_(other.release()) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            h_ = other.release();
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    HANDLE get() const { return h_; }
    bool valid() const { return h_ != nullptr && h_ != INVALID_HANDLE_VALUE; }
    HANDLE release() {
        HANDLE h = h_;
        h_ = INVALID_HANDLE_VALUE;
        return h;
    }
    void reset() {
        if (valid())
            CloseHandle(h_);
        h_ = INVALID_HANDLE_VALUE;
    }

private:
    HANDLE h_ = INVALID_HANDLE_VALUE;
};

} // namespace respite::platform::windows
