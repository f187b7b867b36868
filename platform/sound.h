#pragma once
// Short sounds (the soft breathing chime, the end of a break). Calls happen on the GUI thread.
#include <filesystem>
#include <memory>

namespace respite {

/// The sounds Respite plays.
enum class SoundId {
    phase_change, ///< soft chime on a breathing phase change
    break_over,   ///< a break was taken in full
};

/// Plays short sounds; failures (no audio device) are silent.
class Sound {
public:
    virtual ~Sound() = default;
    /// Plays `id` without blocking; a sound still playing for the same id is replaced.
    virtual void play(SoundId id) = 0;
};

/// The platform's sound player (libcanberra on Linux); never null. When `sounds_dir` holds
/// chime.oga / chime.wav (assets/sounds) that file is the phase chime, else a theme sound is used.
std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir = {});

} // namespace respite
