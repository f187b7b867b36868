// The fake compositor's server side (only wayland-server here: its protocol header clashes with the client's).
#include "wayland_fake_compositor.h"

#include <unistd.h>
#include <wayland-server-core.h>

#include <vector>

extern "C" {
extern const struct wl_interface wl_seat_interface;
extern const struct wl_interface ext_idle_notifier_v1_interface;
extern const struct wl_interface ext_idle_notification_v1_interface;
}

namespace respite::test {

struct FakeCompositor::Impl {
    struct Notification {
        wl_resource* resource;
        std::uint32_t timeout;
        bool idled;
    };
    FakeCompositor* owner = nullptr;
    wl_display* display = nullptr;
    wl_event_source* commands = nullptr;
    std::vector<Notification> notifications;

    void recount() {
        std::uint64_t sum = 0;
        for (const auto& n : notifications)
            sum += n.timeout;
        owner->count_ = static_cast<int>(notifications.size());
        owner->timeout_sum_ = sum;
    }
};

namespace {

using Impl = FakeCompositor::Impl;

void destroy_resource(wl_client*, wl_resource* resource) {
    wl_resource_destroy(resource);
}

void notification_gone(wl_resource* resource) {
    auto* impl = static_cast<Impl*>(wl_resource_get_user_data(resource));
    std::erase_if(impl->notifications, [&](const Impl::Notification& n) { return n.resource == resource; });
    impl->recount();
}

struct NotificationRequests {
    void (*destroy)(wl_client*, wl_resource*);
};
const NotificationRequests kNotificationRequests{&destroy_resource};

void get_idle_notification(wl_client* client, wl_resource* notifier, std::uint32_t id, std::uint32_t timeout,
                           wl_resource*) {
    auto* impl = static_cast<Impl*>(wl_resource_get_user_data(notifier));
    wl_resource* r = wl_resource_create(client, &ext_idle_notification_v1_interface, 1, id);
    wl_resource_set_implementation(r, &kNotificationRequests, impl, &notification_gone);
    impl->notifications.push_back({r, timeout, false});
    impl->recount();
}

struct NotifierRequests {
    void (*destroy)(wl_client*, wl_resource*);
    void (*get_idle_notification)(wl_client*, wl_resource*, std::uint32_t, std::uint32_t, wl_resource*);
};
const NotifierRequests kNotifierRequests{&destroy_resource, &get_idle_notification};

void bind_notifier(wl_client* client, void* data, std::uint32_t version, std::uint32_t id) {
    wl_resource* r = wl_resource_create(client, &ext_idle_notifier_v1_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(r, &kNotifierRequests, data, nullptr);
}

struct SeatRequests {
    void* get_pointer;
    void* get_keyboard;
    void* get_touch;
    void (*release)(wl_client*, wl_resource*);
};
const SeatRequests kSeatRequests{nullptr, nullptr, nullptr, &destroy_resource};

void bind_seat(wl_client* client, void* data, std::uint32_t version, std::uint32_t id) {
    wl_resource* r = wl_resource_create(client, &wl_seat_interface, static_cast<int>(version), id);
    wl_resource_set_implementation(r, &kSeatRequests, data, nullptr);
}

int on_command(int fd, std::uint32_t, void* data) {
    auto* impl = static_cast<Impl*>(data);
    char buf[5];
    if (read(fd, buf, sizeof buf) != sizeof buf)
        return 0;
    std::uint32_t arg = 0;
    __builtin_memcpy(&arg, buf + 1, sizeof arg);
    if (buf[0] == 'q') {
        wl_display_terminate(impl->display);
    } else if (buf[0] == 'i') {
        for (auto& n : impl->notifications)
            if (!n.idled && n.timeout <= arg) {
                n.idled = true;
                wl_resource_post_event(n.resource, 0); // idled
            }
    } else if (buf[0] == 'r') {
        for (auto& n : impl->notifications)
            if (n.idled) {
                n.idled = false;
                wl_resource_post_event(n.resource, 1); // resumed
            }
    }
    wl_display_flush_clients(impl->display);
    return 0;
}

} // namespace

FakeCompositor::FakeCompositor(const std::string& socket) : impl_(std::make_unique<Impl>()) {
    impl_->owner = this;
    impl_->display = wl_display_create();
    if (pipe(pipe_) != 0 || wl_display_add_socket(impl_->display, socket.c_str()) != 0)
        return;
    wl_global_create(impl_->display, &wl_seat_interface, 1, impl_.get(), &bind_seat);
    wl_global_create(impl_->display, &ext_idle_notifier_v1_interface, 1, impl_.get(), &bind_notifier);
    impl_->commands = wl_event_loop_add_fd(wl_display_get_event_loop(impl_->display), pipe_[0], WL_EVENT_READABLE,
                                           &on_command, impl_.get());
    ok_ = true;
    thread_ = std::thread([this] { wl_display_run(impl_->display); });
}

FakeCompositor::~FakeCompositor() {
    if (thread_.joinable()) {
        command('q');
        thread_.join();
    }
    if (impl_->commands)
        wl_event_source_remove(impl_->commands);
    wl_display_destroy_clients(impl_->display);
    wl_display_destroy(impl_->display);
    for (int fd : pipe_)
        if (fd >= 0)
            close(fd);
}

void FakeCompositor::command(char c, std::uint32_t arg) {
    char buf[5] = {c};
    __builtin_memcpy(buf + 1, &arg, sizeof arg);
    [[maybe_unused]] auto n = write(pipe_[1], buf, sizeof buf);
}

void FakeCompositor::idle(std::uint32_t ms) {
    command('i', ms);
}
void FakeCompositor::resume() {
    command('r');
}

} // namespace respite::test
