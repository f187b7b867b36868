// IdleMonitor on Windows: GetLastInputInfo, read by a one-shot timer armed for the instant the user could first
// cross the next threshold (windows_idle::IdleTracker decides; this file only asks Windows and arms the timer).
#include "platform/idle_monitor.h"
#include "platform/windows/hidden_window.h"
#include "platform/windows/idle_tracker.h"

#include <cstdio>
#include <memory>

namespace respite {
namespace {

class WindowsIdleMonitor final : public IdleMonitor {
public:
    void start() override {
        if (window_)
            return;
        window_ = std::make_unique<windows::HiddenWindow>(nullptr);
        look();
    }

    void set_thresholds(std::vector<Duration> thresholds) override {
        tracker_.set_thresholds(std::move(thresholds));
        if (window_)
            look();
    }

    std::string backend_name() const override { return "GetLastInputInfo"; }

private:
    void look() {
        LASTINPUTINFO info{};
        info.cbSize = sizeof(info);
        if (!GetLastInputInfo(&info)) {
            // Said once; looked at again later, as while idle.
            if (!failed_)
                std::fprintf(stderr, "respite: GetLastInputInfo failed (error %lu); trying again every %lld s\n",
                             GetLastError(), static_cast<long long>(windows_idle::kIdleRecheck.count() / 1000));
            failed_ = true;
            window_->start_timer(0, static_cast<unsigned>(windows_idle::kIdleRecheck.count()), [this] { look(); });
            return;
        }
        // dwTime is a GetTickCount value: compare with the same 32-bit counter.
        const auto r = tracker_.look(info.dwTime, GetTickCount());
        if (r.active && on_active)
            on_active();
        for (const Duration idle : r.idle)
            if (on_idle)
                on_idle(idle);
        if (r.next_look == Duration::max())
            window_->stop_timer(0);
        else
            window_->start_timer(0, static_cast<unsigned>(r.next_look.count()), [this] { look(); });
    }

    windows_idle::IdleTracker tracker_;
    std::unique_ptr<windows::HiddenWindow> window_;
    bool failed_ = false;
};

} // namespace

std::unique_ptr<IdleMonitor> make_idle_monitor(std::string_view preferred) {
    if (!preferred.empty() && preferred != "GetLastInputInfo")
        std::fprintf(stderr, "respite: idle backend %.*s requested but unavailable on Windows\n",
                     static_cast<int>(preferred.size()), preferred.data());
    std::fprintf(stderr, "respite: idle detection: GetLastInputInfo\n");
    return std::make_unique<WindowsIdleMonitor>();
}

} // namespace respite
