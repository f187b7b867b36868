#pragma once
// Helpers for adapter tests: run the GLib main context until a condition holds, run commands against the
// private desktop that run_platform_tests.py set up.
#include <glib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

namespace respite::test {

/// True when run by run_platform_tests.py (Xvfb, openbox, private buses with dbusmock services).
inline bool desktop() {
    return std::getenv("RESPITE_TEST_DESKTOP") != nullptr;
}

/// Iterate the default main context until `done()` or `timeout`; returns done().
inline bool pump_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    bool timed_out = false;
    const guint id = g_timeout_add(
        static_cast<guint>(timeout.count()),
        [](gpointer flag) -> gboolean {
            *static_cast<bool*>(flag) = true;
            return G_SOURCE_REMOVE;
        },
        &timed_out);
    while (!done() && !timed_out && std::chrono::steady_clock::now() < end)
        g_main_context_iteration(nullptr, TRUE);
    if (!timed_out)
        g_source_remove(id);
    return done();
}

/// Iterate the default main context for `d` (lets late events arrive).
inline void pump_for(std::chrono::milliseconds d) {
    pump_until([] { return false; }, d);
}

/// Run a shell command; returns its stdout (stderr passes through).
inline std::string sh(const std::string& cmd) {
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[512];
        while (std::size_t n = std::fread(buf, 1, sizeof buf, p))
            out.append(buf, n);
        pclose(p);
    }
    return out;
}

/// `gdbus call` on the private system or session bus.
inline std::string gdbus(const std::string& bus, const std::string& dest, const std::string& path,
                         const std::string& method, const std::string& args = {}) {
    return sh("gdbus call --" + bus + " --dest " + dest + " --object-path " + path + " --method " + method + " " +
              args + " 2>&1");
}

} // namespace respite::test
