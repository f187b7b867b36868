// Sound on Linux through libcanberra (PulseAudio/ALSA, the freedesktop sound theme). libcanberra is opened with
// dlopen on the first sound, not linked: with its codecs and cache (vorbis, ogg, tdb, ltdl) it costs about
// 0.35 MiB of private memory in the idle tray app, which plays a sound only during breathing exercises.
#include "platform/sound.h"

#include <canberra.h>
#include <dlfcn.h>

#include <string>
#include <system_error>

namespace respite {

namespace {
class CanberraSound : public Sound {
public:
    explicit CanberraSound(const std::filesystem::path& sounds_dir) {
        std::error_code ec;
        for (const char* name : {"chime.oga", "chime.ogg", "chime.wav"}) {
            if (!sounds_dir.empty() && std::filesystem::is_regular_file(sounds_dir / name, ec)) {
                chime_file_ = (sounds_dir / name).string();
                break;
            }
        }
    }
    ~CanberraSound() override {
        if (ctx_ != nullptr)
            destroy_(ctx_);
        // The library stays loaded: its threads (PulseAudio's) may outlive the context briefly.
    }
    CanberraSound(const CanberraSound&) = delete;
    CanberraSound& operator=(const CanberraSound&) = delete;

    void play(SoundId id) override {
        if (!open())
            return;
        const auto slot = static_cast<uint32_t>(id) + 1;
        cancel_(ctx_, slot);
        // Quieter than the theme's default: the chime paces breathing, it should not startle.
        if (id == SoundId::phase_change && !chime_file_.empty())
            play_(ctx_, slot, CA_PROP_MEDIA_FILENAME, chime_file_.c_str(), CA_PROP_MEDIA_ROLE, "event",
                  CA_PROP_CANBERRA_VOLUME, "-6", nullptr);
        else
            play_(ctx_, slot, CA_PROP_EVENT_ID, id == SoundId::phase_change ? "message" : "complete",
                  CA_PROP_MEDIA_ROLE, "event", CA_PROP_CANBERRA_VOLUME, "-10", nullptr);
    }

private:
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
    std::string chime_file_;
};
} // namespace

std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir) {
    return std::make_unique<CanberraSound>(sounds_dir);
}

} // namespace respite
