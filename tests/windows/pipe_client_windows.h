#pragma once
// A raw named-pipe client for the tests (blocking Win32 calls, no Asio), to play clients the CLI never would:
// garbage, oversized lines, silence.
#include <windows.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

namespace respite::test {

class RawPipeClient {
public:
    explicit RawPipeClient(const std::filesystem::path& name) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            h_ = CreateFileW(name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
            if (h_ != INVALID_HANDLE_VALUE || GetLastError() != ERROR_PIPE_BUSY)
                break;
            WaitNamedPipeW(name.c_str(), 100);
        }
    }
    ~RawPipeClient() { close(); }
    RawPipeClient(const RawPipeClient&) = delete;
    RawPipeClient& operator=(const RawPipeClient&) = delete;

    bool connected() const { return h_ != INVALID_HANDLE_VALUE; }
    void close() {
        if (h_ != INVALID_HANDLE_VALUE)
            CloseHandle(h_);
        h_ = INVALID_HANDLE_VALUE;
    }
    /// Writes all of `data`; false when the server dropped us part way.
    bool send(const std::string& data) {
        for (std::size_t sent = 0; sent < data.size();) {
            DWORD n = 0;
            if (!WriteFile(h_, data.data() + sent, static_cast<DWORD>(data.size() - sent), &n, nullptr) || n == 0)
                return false;
            sent += n;
        }
        return true;
    }
    /// Reads until `lines` newlines, the end of the pipe (`eof`) or `wait`; returns the text.
    std::string read_lines(int lines, bool* eof = nullptr, std::chrono::milliseconds wait = std::chrono::seconds(3)) {
        std::string out;
        const auto deadline = std::chrono::steady_clock::now() + wait;
        while (std::count(out.begin(), out.end(), '\n') < lines && std::chrono::steady_clock::now() < deadline) {
            DWORD available = 0;
            if (!PeekNamedPipe(h_, nullptr, 0, nullptr, &available, nullptr)) {
                if (eof)
                    *eof = true;
                break;
            }
            if (available == 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            std::string chunk(available, '\0');
            DWORD n = 0;
            if (!ReadFile(h_, chunk.data(), available, &n, nullptr)) {
                if (eof)
                    *eof = true;
                break;
            }
            out.append(chunk, 0, n);
        }
        return out;
    }
    /// True when the server closed its end within 3 s.
    bool closed_by_server() {
        bool eof = false;
        read_lines(1000, &eof);
        return eof;
    }

private:
    HANDLE h_ = INVALID_HANDLE_VALUE;
};

} // namespace respite::test
