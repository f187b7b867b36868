#include "core/engine.h"

namespace respite {
Engine::Engine(Settings settings, const LocalTime& local_time, Now now)
    : settings_(std::move(settings)), local_(&local_time) {
    state_.last = now;
}
Engine::Engine(Settings settings, const LocalTime& local_time, Now, EngineState restored)
    : settings_(std::move(settings)), local_(&local_time), state_(std::move(restored)) {}
std::vector<Effect> Engine::advance(Now) {
    return {};
}
std::vector<Effect> Engine::handle(Now, const Event&) {
    return {};
}
std::optional<WallTime> Engine::next_deadline() const {
    return std::nullopt;
}
Status Engine::status() const {
    return {};
}
} // namespace respite
