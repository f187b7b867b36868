// PlaySound has no volume control: the Windows sound adapter scales a WAV's 16-bit PCM samples
// (platform/windows/wav_volume.h). Checked on hand-made files and on the bundled sounds.
#include "platform/windows/wav_volume.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using respite::windows_sound::scale_wav;

namespace {
std::string le(std::uint32_t v, int bytes) {
    std::string s;
    for (int i = 0; i < bytes; ++i)
        s += static_cast<char>((v >> (8 * i)) & 0xff);
    return s;
}
std::string wav(std::uint16_t format, std::uint16_t bits, const std::string& data, const std::string& extra = {}) {
    std::string fmt = le(format, 2) + le(1, 2) + le(22050, 4) + le(44100, 4) + le(2, 2) + le(bits, 2);
    std::string body = "WAVE" + std::string("fmt ") + le(16, 4) + fmt + extra + "data" + le(data.size(), 4) + data;
    return "RIFF" + le(body.size(), 4) + body;
}
std::int16_t sample(const std::string& w, std::size_t i) {
    const std::size_t at = w.find("data") + 8 + 2 * i;
    return static_cast<std::int16_t>(static_cast<unsigned char>(w[at]) | static_cast<unsigned char>(w[at + 1]) << 8);
}
} // namespace

TEST_CASE("windows sound: samples scale with the volume, the header stays") {
    const std::string data = le(static_cast<std::uint16_t>(10000), 2) + le(static_cast<std::uint16_t>(-20000), 2);
    const std::string in = wav(1, 16, data);
    const std::string half = scale_wav(in, 50);
    REQUIRE(half.size() == in.size());
    CHECK(half.substr(0, half.find("data") + 8) == in.substr(0, in.find("data") + 8));
    CHECK(sample(half, 0) == 5000);
    CHECK(sample(half, 1) == -10000);
    CHECK(scale_wav(in, 100) == in);
    CHECK(sample(scale_wav(in, 0), 1) == 0);
    CHECK(sample(scale_wav(in, 250), 0) == 10000); // clamped to 100 %
}

TEST_CASE("windows sound: chunks before fmt/data are skipped, odd sizes padded") {
    const std::string list = "LIST" + le(3, 4) + "abc" + std::string(1, '\0');
    std::string in = wav(1, 16, le(4000, 2));
    in.insert(12, list);
    CHECK(sample(scale_wav(in, 25), 0) == 1000);
}

TEST_CASE("windows sound: anything but 16-bit PCM WAV is left to PlaySound as it is") {
    CHECK(scale_wav("", 50).empty());
    CHECK(scale_wav("RIFF1234AVI LIST", 50).empty());
    CHECK(scale_wav(wav(3, 32, le(0, 4)), 50).empty()); // IEEE float
    CHECK(scale_wav(wav(1, 8, "ab"), 50).empty());
    std::string truncated = wav(1, 16, le(1, 2) + le(2, 2));
    truncated.resize(truncated.size() - 2);
    CHECK(scale_wav(truncated, 50).empty());
}

TEST_CASE("windows sound: the bundled sounds are 16-bit PCM that the adapter can scale") {
    for (const char* name : {"chime", "bowl", "bell"}) {
        std::ifstream f(std::string(RESPITE_SOUNDS_DIR) + "/" + name + ".wav", std::ios::binary);
        REQUIRE(f);
        std::ostringstream bytes;
        bytes << f.rdbuf();
        CHECK_MESSAGE(scale_wav(bytes.str(), 60).size() == bytes.str().size(), name);
    }
}
