// Sound on Linux through libcanberra (PulseAudio/ALSA, the freedesktop sound theme).
#include "platform/sound.h"

#include <canberra.h>

#include <string>
#include <system_error>

namespace respite {

namespace {
class CanberraSound : public Sound {
public:
    explicit CanberraSound(const std::filesystem::path& sounds_dir) {
        if (ca_context_create(&ctx_) != CA_SUCCESS)
            ctx_ = nullptr;
        std::error_code ec;
        for (const char* name : {"chime.oga", "chime.ogg", "chime.wav"}) {
            if (!sounds_dir.empty() && std::filesystem::is_regular_file(sounds_dir / name, ec)) {
                chime_file_ = (sounds_dir / name).string();
                break;
            }
        }
        if (ctx_ != nullptr)
            ca_context_change_props(ctx_, CA_PROP_APPLICATION_NAME, "Respite", CA_PROP_APPLICATION_ID,
                                    "org.respite.Respite", nullptr);
    }
    ~CanberraSound() override {
        if (ctx_ != nullptr)
            ca_context_destroy(ctx_);
    }
    CanberraSound(const CanberraSound&) = delete;
    CanberraSound& operator=(const CanberraSound&) = delete;

    void play(SoundId id) override {
        if (ctx_ == nullptr)
            return;
        const auto slot = static_cast<uint32_t>(id) + 1;
        ca_context_cancel(ctx_, slot);
        // Quieter than the theme's default: the chime paces breathing, it should not startle.
        if (id == SoundId::phase_change && !chime_file_.empty())
            ca_context_play(ctx_, slot, CA_PROP_MEDIA_FILENAME, chime_file_.c_str(), CA_PROP_MEDIA_ROLE, "event",
                            CA_PROP_CANBERRA_VOLUME, "-6", nullptr);
        else
            ca_context_play(ctx_, slot, CA_PROP_EVENT_ID, id == SoundId::phase_change ? "message" : "complete",
                            CA_PROP_MEDIA_ROLE, "event", CA_PROP_CANBERRA_VOLUME, "-10", nullptr);
    }

private:
    ca_context* ctx_ = nullptr;
    std::string chime_file_;
};
} // namespace

std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir) {
    return std::make_unique<CanberraSound>(sounds_dir);
}

} // namespace respite
