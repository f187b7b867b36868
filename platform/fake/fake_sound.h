#pragma once
// A Sound that records what it was asked to play (tests, gallery).
#include "platform/sound.h"

#include <string>
#include <vector>

namespace respite {

/// Records every play(), choose() and preview() call.
class FakeSound : public Sound {
public:
    /// Appends `id` to played.
    void play(SoundId id) override { played.push_back(id); }
    /// Appends "<id>=<name>@<volume>" to chosen.
    void choose(SoundId id, const std::string& name, int volume_percent) override {
        chosen.push_back(std::to_string(static_cast<int>(id)) + "=" + name + "@" + std::to_string(volume_percent));
    }
    /// Appends "<name>@<volume>" to previewed.
    void preview(const std::string& name, int volume_percent) override {
        previewed.push_back(name + "@" + std::to_string(volume_percent));
    }
    std::vector<SoundId> played;        ///< in order
    std::vector<std::string> chosen;    ///< in order
    std::vector<std::string> previewed; ///< in order
};

} // namespace respite
