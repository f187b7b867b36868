#pragma once
// Test double for Notifier: records notifications; the test clicks actions by hand.
#include "platform/notifier.h"

#include <algorithm>
#include <map>

namespace respite {

/// A Notifier that keeps what was shown; `server`/`actions` choose its capabilities.
class FakeNotifier : public Notifier {
public:
    bool server = true;                          ///< what available() answers
    bool actions = true;                         ///< what supports_actions() answers
    std::vector<Notification> shown;             ///< every show(), in order
    std::vector<std::string> closed;             ///< every close(), in order
    std::map<std::string, Notification> visible; ///< currently shown, by tag

    bool available() override { return server; }
    bool supports_actions() override { return actions; }
    bool show(const Notification& n, std::function<void(const std::string&)> on_action) override {
        if (!server)
            return false;
        shown.push_back(n);
        visible[n.tag] = n;
        callbacks_[n.tag] = std::move(on_action);
        return true;
    }
    void close(const std::string& tag) override {
        closed.push_back(tag);
        visible.erase(tag);
        callbacks_.erase(tag);
    }

    /// Simulates a click on action `key` of notification `tag`; false when it is not shown.
    bool click(const std::string& tag, const std::string& key) {
        auto it = callbacks_.find(tag);
        if (it == callbacks_.end() || !it->second)
            return false;
        auto cb = it->second;
        visible.erase(tag);
        callbacks_.erase(it);
        cb(key);
        return true;
    }

private:
    std::map<std::string, std::function<void(const std::string&)>> callbacks_;
};

} // namespace respite
