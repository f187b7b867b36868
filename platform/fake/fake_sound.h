#pragma once
// A Sound that records what it was asked to play (tests, gallery).
#include "platform/sound.h"

#include <vector>

namespace respite {

/// Records every play() call.
class FakeSound : public Sound {
public:
    /// Appends `id` to played.
    void play(SoundId id) override { played.push_back(id); }
    std::vector<SoundId> played; ///< in order
};

} // namespace respite
