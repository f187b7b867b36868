#pragma once
// PlaySound has no volume: the Windows sound adapter scales a 16-bit PCM WAV's samples in memory and plays the
// copy (SND_MEMORY). Free of Win32, so a unit test on any OS checks it.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace respite::windows_sound {

namespace detail {
inline std::uint32_t le32(const std::string& s, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 2])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 3])) << 24;
}
inline std::uint16_t le16(const std::string& s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8);
}
} // namespace detail

/// `wav` with its samples at `percent` (0-100) of their amplitude. Returns "" when `wav` is not a RIFF/WAVE file
/// with a 16-bit PCM "fmt " chunk before its "data" chunk (the caller then plays the file as it is).
inline std::string scale_wav(std::string wav, int percent) {
    using detail::le16;
    using detail::le32;
    if (wav.size() < 12 || wav.compare(0, 4, "RIFF") != 0 || wav.compare(8, 4, "WAVE") != 0)
        return {};
    bool pcm16 = false;
    std::size_t at = 12;
    while (at + 8 <= wav.size()) {
        const std::uint32_t size = le32(wav, at + 4);
        const std::size_t body = at + 8;
        if (size > wav.size() - body)
            return {};
        if (wav.compare(at, 4, "fmt ") == 0) {
            if (size < 16)
                return {};
            pcm16 = le16(wav, body) == 1 && le16(wav, body + 14) == 16;
        } else if (wav.compare(at, 4, "data") == 0) {
            if (!pcm16)
                return {};
            const int scale = std::clamp(percent, 0, 100);
            for (std::size_t i = body; i + 1 < body + size; i += 2) {
                const auto sample = static_cast<std::int16_t>(le16(wav, i));
                const auto scaled = static_cast<std::uint16_t>(static_cast<std::int16_t>(sample * scale / 100));
                wav[i] = static_cast<char>(scaled & 0xff);
                wav[i + 1] = static_cast<char>(scaled >> 8);
            }
            return wav;
        }
        at = body + size + (size & 1); // chunks are word-aligned
    }
    return {};
}

} // namespace respite::windows_sound
