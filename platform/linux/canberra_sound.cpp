// Sound on Linux through libcanberra (PulseAudio/ALSA, the freedesktop sound theme). libcanberra is opened with
// dlopen on the first sound, not linked: with its codecs and cache (vorbis, ogg, tdb, ltdl) it costs about
// 0.35 MiB of private memory in the idle tray app, which plays a sound only during breathing exercises.
#include "platform/sound.h"

#include <canberra.h>
#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <system_error>

namespace respite {

namespace {
class CanberraSound : public Sound {
public:
    explicit CanberraSound(const std::filesystem::path& sounds_dir) : dir_(sounds_dir) { files_[0] = find("chime"); }
    ~CanberraSound() override {
        if (ctx_ != nullptr)
            destroy_(ctx_);
        // The library stays loaded: its threads (PulseAudio's) may outlive the context briefly.
    }
    CanberraSound(const CanberraSound&) = delete;
    CanberraSound& operator=(const CanberraSound&) = delete;

    void play(SoundId id) override {
        const auto i = static_cast<std::size_t>(id);
        if (volume_ <= 0 || !open())
            return;
        const auto slot = static_cast<uint32_t>(id) + 1;
        cancel_(ctx_, slot);
        if (!files_[i].empty())
            play_file(slot, files_[i], volume_);
        else
            play_(ctx_, slot, CA_PROP_EVENT_ID, id == SoundId::phase_change ? "message" : "complete",
                  CA_PROP_MEDIA_ROLE, "event", CA_PROP_CANBERRA_VOLUME, decibels(volume_).c_str(), nullptr);
    }

    void choose(SoundId id, const std::string& name, int volume_percent) override {
        files_[static_cast<std::size_t>(id)] = find(name);
        volume_ = volume_percent;
    }

    void preview(const std::string& name, int volume_percent) override {
        const auto file = find(name);
        if (file.empty() || volume_percent <= 0 || !open())
            return;
        cancel_(ctx_, preview_slot);
        play_file(preview_slot, file, volume_percent);
    }

private:
    static constexpr uint32_t preview_slot = 100;

    // canberra's volume is in dB; 100 % is the file as recorded.
    static std::string decibels(int percent) {
        const double db = 20.0 * std::log10(std::clamp(percent, 1, 100) / 100.0);
        return std::to_string(db);
    }

    void play_file(uint32_t slot, const std::string& file, int percent) {
        play_(ctx_, slot, CA_PROP_MEDIA_FILENAME, file.c_str(), CA_PROP_MEDIA_ROLE, "event", CA_PROP_CANBERRA_VOLUME,
              decibels(percent).c_str(), nullptr);
    }

    // The bundled file for a sound's name, or "" (then the theme's sound plays).
    std::string find(const std::string& name) const {
        std::error_code ec;
        if (dir_.empty() || name.empty() || name.find('/') != std::string::npos)
            return {};
        for (const char* ext : {".oga", ".ogg", ".wav"}) {
            const auto file = dir_ / (name + ext);
            if (std::filesystem::is_regular_file(file, ec))
                return file.string();
        }
        return {};
    }

    // Loads libcanberra and creates the context once; false (and no further tries) when either fails.
    bool open() {
        if (ctx_ != nullptr)
            return true;
        if (tried_)
            return false;
        tried_ = true;
        void* lib = dlopen("libcanberra.so.0", RTLD_LAZY | RTLD_LOCAL);
        if (lib == nullptr)
            return false;
        auto create = reinterpret_cast<decltype(&ca_context_create)>(dlsym(lib, "ca_context_create"));
        auto change_props = reinterpret_cast<decltype(&ca_context_change_props)>(dlsym(lib, "ca_context_change_props"));
        destroy_ = reinterpret_cast<decltype(&ca_context_destroy)>(dlsym(lib, "ca_context_destroy"));
        cancel_ = reinterpret_cast<decltype(&ca_context_cancel)>(dlsym(lib, "ca_context_cancel"));
        play_ = reinterpret_cast<decltype(&ca_context_play)>(dlsym(lib, "ca_context_play"));
        if (create == nullptr || change_props == nullptr || destroy_ == nullptr || cancel_ == nullptr ||
            play_ == nullptr || create(&ctx_) != CA_SUCCESS) {
            ctx_ = nullptr;
            return false;
        }
        change_props(ctx_, CA_PROP_APPLICATION_NAME, "Respite", CA_PROP_APPLICATION_ID, "org.respite.Respite", nullptr);
        return true;
    }

    ca_context* ctx_ = nullptr;
    bool tried_ = false;
    decltype(&ca_context_destroy) destroy_ = nullptr;
    decltype(&ca_context_cancel) cancel_ = nullptr;
    decltype(&ca_context_play) play_ = nullptr;
    std::filesystem::path dir_;
    std::array<std::string, 2> files_; ///< per SoundId; "" = the theme's sound
    int volume_ = 60;
};
} // namespace

std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir) {
    return std::make_unique<CanberraSound>(sounds_dir);
}

} // namespace respite
