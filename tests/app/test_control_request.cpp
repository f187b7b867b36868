// Control requests: decoding answers every type error in words (no exception text), numbers are bounded before
// any arithmetic, and a refusal answered to a control client is not shown by the GUI as well (issue 15).
#include "app/control.h"
#include "app/control_request.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <mutex>

using namespace respite;
using namespace respite::app;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {
Now fixed_now() {
    Now n;
    n.awake = 1h;
    n.since_boot = 1h;
    n.wall = std::chrono::time_point_cast<Duration>(date::sys_days(date::year{2026} / 11 / 24) + 10h);
    return n;
}

std::string error_of(const json& request) {
    const auto decoded = decode_request(request);
    const auto* e = std::get_if<RequestError>(&decoded);
    REQUIRE_MESSAGE(e != nullptr, request.dump());
    return e->message;
}
} // namespace

TEST_CASE("mistyped request members are answered in words") {
    const std::pair<json, const char*> cases[] = {
        {json{{"cmd", "break"}, {"kind", 42}}, "kind must be micro or rest"},
        {json{{"cmd", "focus"}, {"action", json::array()}}, "action must be start or stop"},
        {json{{"cmd", "pause"}, {"seconds", "30m"}}, "seconds must be a whole number of seconds from 1 to 86400"},
        {json{{"cmd", "pause"}, {"seconds", 1.5}}, "seconds must be a whole number"},
        {json{{"cmd", "pause"}, {"until", 1430}}, "until must be a time like \"14:30\""},
        {json{{"cmd", "pause"}, {"tomorrow", "yes"}}, "tomorrow must be true or false"},
        {json{{"cmd", "breathe"}, {"minutes", "three"}}, "minutes must be a whole number of minutes from 1 to 60"},
        {json{{"cmd", "breathe"}, {"pattern", false}}, "pattern must be box, 4-7-8, coherent, custom or follow"},
        {json::array({1, 2}), "a request is a JSON object"},
        {json{{"cmd", 42}}, "request lacks \"cmd\""},
    };
    for (const auto& [request, words] : cases) {
        const std::string message = error_of(request);
        CHECK_MESSAGE(message.find(words) != std::string::npos, std::string(request.dump() + " -> " + message));
        CHECK_MESSAGE(message.find("type_error") == std::string::npos, message);
    }
}

TEST_CASE("pause lengths are bounded before any arithmetic") {
    CHECK(error_of({{"cmd", "pause"}, {"seconds", 86401}}).find("at most 24 hours") != std::string::npos);
    CHECK(error_of({{"cmd", "pause"}, {"seconds", std::numeric_limits<long long>::max()}}).find("at most 24 hours") !=
          std::string::npos);
    CHECK(error_of({{"cmd", "pause"}, {"seconds", std::numeric_limits<unsigned long long>::max()}})
              .find("from 1 to 86400") != std::string::npos);
    CHECK(error_of({{"cmd", "pause"}, {"seconds", std::numeric_limits<long long>::min()}}).find("from 1 to 86400") !=
          std::string::npos);
    const auto ok = decode_request({{"cmd", "pause"}, {"seconds", 86400}});
    REQUIRE(std::holds_alternative<ControlRequest>(ok));
    CHECK(std::get<ControlRequest>(ok).pause_for == 24h);
}

TEST_CASE("a refusal answered to a control client does not reach the GUI, a tray action's refusal does") {
    std::mutex mutex;
    std::vector<Effect> shown;
    EngineDriver::Sinks sinks{[&](const std::vector<Effect>& fx, const Status&) {
                                  std::lock_guard lock(mutex);
                                  shown.insert(shown.end(), fx.begin(), fx.end());
                              },
                              {}};
    EngineDriver driver{Settings{}, make_tz_local_time("UTC"), fixed_now, [](auto fn) { fn(); }, sinks};
    Control control{driver, {}};
    driver.start();
    const auto refused = [&] {
        std::lock_guard lock(mutex);
        return std::count_if(shown.begin(), shown.end(),
                             [](const Effect& e) { return e.kind == EffectKind::action_refused; });
    };
    const auto reply = driver.request([&](EngineDriver&) { return control.handle({{"cmd", "resume"}}); }).get();
    CHECK(reply.body["ok"] == false);
    CHECK(reply.body["refused"] == true);
    CHECK(reply.body["error"] == "refused: not paused");
    CHECK(refused() == 0);
    // The same refusal from the tray (driver.post) is the GUI's to show.
    driver.post(ev::Resume{});
    driver.request([](EngineDriver&) { return 0; }).get();
    CHECK(refused() == 1);
    // A control client's successful action still reaches the GUI (the pause shows in the tray).
    driver.request([&](EngineDriver&) { return control.handle({{"cmd", "pause"}, {"seconds", 60}}); }).get();
    {
        std::lock_guard lock(mutex);
        CHECK(std::any_of(shown.begin(), shown.end(),
                          [](const Effect& e) { return e.kind == EffectKind::pause_started; }));
    }
    driver.stop();
}

TEST_CASE("reading: on and off decode, anything else is answered in words") {
    const auto on = decode_request({{"cmd", "reading"}, {"action", "on"}});
    REQUIRE(std::holds_alternative<ControlRequest>(on));
    CHECK(std::get<ControlRequest>(on).command == ControlCommand::reading_on);
    const auto off = decode_request({{"cmd", "reading"}, {"action", "off"}});
    REQUIRE(std::holds_alternative<ControlRequest>(off));
    CHECK(std::get<ControlRequest>(off).command == ControlCommand::reading_off);
    CHECK(error_of({{"cmd", "reading"}}) == "reading action must be on or off");
    CHECK(error_of({{"cmd", "reading"}, {"action", "maybe"}}) == "reading action must be on or off");
    CHECK(error_of({{"cmd", "reading"}, {"action", 1}}) == "action must be on or off");
}
