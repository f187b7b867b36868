#pragma once
// The effect router wired to platform/fake ports and a fake window presenter, as RespiteApp wires the real ones.
#include "app/effect_router.h"
#include "fake_window_presenter.h"

#include "platform/fake/fake_busy_monitor.h"
#include "platform/fake/fake_idle_monitor.h"
#include "platform/fake/fake_notifier.h"
#include "platform/fake/fake_sound.h"

#include <optional>
#include <vector>

namespace respite::test {

/// One router with its fakes; `posted` holds what it sent the engine. Settings are read at each effect.
struct RouterRig {
    Settings settings;
    FakeWindowPresenter windows;
    FakeNotifier notifier;
    FakeSound sound;
    FakeIdleMonitor idle;
    FakeBusyMonitor busy;
    std::vector<Event> posted;
    app::EffectRouter router{{&windows, &notifier, &sound, &idle, &busy, [this](Event e) { posted.push_back(e); }},
                             settings};

    RouterRig() {
        windows.breathing_closed = [this](bool completed) { router.breathing_window_closed(completed); };
    }
};

/// An effect as the engine emits it (only what the router reads).
inline Effect effect(EffectKind kind, std::optional<BreakKind> brk = std::nullopt, Duration duration = {}) {
    Effect e;
    e.kind = kind;
    e.brk = brk;
    e.duration = duration;
    return e;
}

} // namespace respite::test
