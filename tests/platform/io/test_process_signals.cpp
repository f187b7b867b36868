// The process-signals port on POSIX: SIGHUP asks for a reload (again and again), SIGTERM for a clean quit.
#include "platform/process_signals.h"

#include <doctest/doctest.h>

#include <csignal>

using namespace respite;

TEST_CASE("process signals: SIGHUP reloads each time, SIGTERM quits once, stop() ends listening") {
    boost::asio::io_context io;
    auto signals = make_process_signals(io);
    int reloads = 0;
    int quits = 0;
    signals->on_reload = [&] {
        ++reloads;
        io.stop();
    };
    signals->on_quit = [&] {
        ++quits;
        io.stop();
    };
    for (int expected = 1; expected <= 2; ++expected) {
        std::raise(SIGHUP);
        io.restart();
        io.run();
        CHECK(reloads == expected);
    }
    std::raise(SIGTERM);
    io.restart();
    io.run();
    CHECK(quits == 1);
    CHECK(reloads == 2);
    signals->stop();
    io.restart();
    CHECK(io.poll() == 0); // nothing pending after stop()
}
