#pragma once
// Test double for Tray: records what the UI asked of it.
#include "platform/tray.h"

namespace respite {

/// A Tray that remembers its state instead of showing anything.
class FakeTray : public Tray {
public:
    TrayIconState state = TrayIconState::normal; ///< last state set
    std::string description;                     ///< last icon description
    std::string title;                           ///< last title
    std::string status;                          ///< last status line
    bool shown = false;                          ///< show() was called
    bool host_connected = true;                  ///< what connected() answers

    void set_state(TrayIconState s, const std::string& d) override {
        state = s;
        description = d;
    }
    void set_title(const std::string& t) override { title = t; }
    void set_status(const std::string& line) override { status = line; }
    void show() override { shown = true; }
    bool connected() const override { return host_connected; }
    std::string name() const override { return "fake"; }
};

} // namespace respite
