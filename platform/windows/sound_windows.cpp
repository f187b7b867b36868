// Sound on Windows: PlaySound (winmm) from memory, asynchronously. PlaySound has no volume, so the bundled WAV is
// read once per choice and its samples scaled (windows_sound::scale_wav); one sound plays at a time, a new one
// replaces it. Without a bundled file, the system's "asterisk"/"notification" sounds play.
#include "platform/file_io.h"
#include "platform/sound.h"
#include "platform/windows/wav_volume.h"

#include <windows.h>

#include <mmsystem.h>

#include <array>
#include <utility>

namespace respite {
namespace {

class WinmmSound final : public Sound {
public:
    explicit WinmmSound(std::filesystem::path dir) : dir_(std::move(dir)) {
        choose(SoundId::phase_change, "chime", 60);
    }
    ~WinmmSound() override { PlaySoundW(nullptr, nullptr, 0); } // stop before the buffer goes
    WinmmSound(const WinmmSound&) = delete;
    WinmmSound& operator=(const WinmmSound&) = delete;

    void play(SoundId id) override {
        const auto i = static_cast<std::size_t>(id);
        if (volume_ <= 0)
            return;
        if (scaled_[i].empty()) {
            PlaySoundW(id == SoundId::phase_change ? L"SystemAsterisk" : L"SystemNotification", nullptr,
                       SND_ALIAS | SND_ASYNC | SND_NODEFAULT);
            return;
        }
        play_memory(scaled_[i]);
    }

    void choose(SoundId id, const std::string& name, int volume_percent) override {
        volume_ = volume_percent;
        const auto i = static_cast<std::size_t>(id);
        PlaySoundW(nullptr, nullptr, 0); // the buffer may be playing
        scaled_[i] = load(name, volume_percent);
    }

    void preview(const std::string& name, int volume_percent) override {
        if (volume_percent <= 0)
            return;
        PlaySoundW(nullptr, nullptr, 0);
        preview_ = load(name, volume_percent);
        if (!preview_.empty())
            play_memory(preview_);
    }

private:
    static void play_memory(const std::string& wav) {
        PlaySoundW(reinterpret_cast<LPCWSTR>(wav.data()), nullptr, SND_MEMORY | SND_ASYNC | SND_NODEFAULT);
    }

    // The bundled `name`.wav at `percent`, or "" (unknown name, unreadable or not 16-bit PCM).
    std::string load(const std::string& name, int percent) const {
        if (dir_.empty() || name.empty() || name.find_first_of("/\\:") != std::string::npos)
            return {};
        const FileRead read = platform::read_regular_file_capped(dir_ / (name + ".wav"), kMaxSoundBytes);
        if (read.status != ReadStatus::ok)
            return {};
        return windows_sound::scale_wav(read.text, percent);
    }

    static constexpr std::size_t kMaxSoundBytes = 4 * 1024 * 1024;

    std::filesystem::path dir_;
    std::array<std::string, 2> scaled_; ///< per SoundId; "" = the system's sound
    std::string preview_;
    int volume_ = 60;
};

} // namespace

std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir) {
    return std::make_unique<WinmmSound>(sounds_dir);
}

} // namespace respite
