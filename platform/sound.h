#pragma once
// Short sounds (the soft breathing chime, the end of a break). Calls happen on the GUI thread.
#include <filesystem>
#include <memory>
#include <string>

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
    /// Which bundled sound `id` plays (a name in the sounds folder: "chime", "bowl", "bell") and how loud, in
    /// percent (0 = silent). An unknown name falls back to the desktop theme's sound.
    virtual void choose(SoundId id, const std::string& name, int volume_percent) = 0;
    /// Plays a bundled sound once at `volume_percent` (the settings dialog's Preview).
    virtual void preview(const std::string& name, int volume_percent) = 0;
};

/// The platform's sound player (libcanberra on Linux); never null. `sounds_dir` holds the bundled sounds
/// (assets/sounds: chime.wav, bowl.wav, bell.wav); until choose() is called the phase chime is chime.*.
std::unique_ptr<Sound> make_sound(const std::filesystem::path& sounds_dir = {});

} // namespace respite
