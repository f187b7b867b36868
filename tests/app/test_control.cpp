// Control commands over a driver: status JSON fields, argument checks, unknown commands, reload.
#include "app/cli/reply_text.h"
#include "app/cli/status_text.h"
#include "app/control.h"
#include "app/status_json.h"

#include <doctest/doctest.h>

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

struct Rig {
    std::vector<std::string> calls;
    ReloadOutcome next_reload{Settings{}, {}};
    EngineDriver driver{Settings{}, make_tz_local_time("UTC"), fixed_now, [](auto fn) { fn(); }, {}};
    Control control{driver,
                    {[this] { return next_reload; }, [this](const std::string& e) { calls.push_back("invalid:" + e); },
                     [this](const Settings&) { calls.push_back("applied"); }, [this] { calls.push_back("quit"); },
                     [this] { calls.push_back("show"); }, [this](BreathingPattern) { calls.push_back("pattern"); }}};
    Rig() { driver.start(); }
    ~Rig() { driver.stop(); }
    IpcReply ask(json request) {
        return driver.request([this, request](EngineDriver&) { return control.handle(request); }).get();
    }
};
} // namespace

TEST_CASE("status returns every documented field") {
    Rig rig;
    const auto reply = rig.ask({{"cmd", "status"}});
    CHECK(reply.body["ok"] == true);
    const json& s = reply.body["status"];
    for (const char* key : {"schema",
                            "version",
                            "at",
                            "at_local",
                            "timezone",
                            "presence",
                            "busy",
                            "busy_reason",
                            "paused",
                            "paused_until",
                            "paused_until_local",
                            "micro",
                            "rest",
                            "prompt",
                            "break_running",
                            "break_left_s",
                            "deferred",
                            "deferred_reason",
                            "skips_left",
                            "focus",
                            "breathing",
                            "today",
                            "week",
                            "idle_backend",
                            "idle_detected",
                            "prompt_reason",
                            "can_skip",
                            "can_postpone",
                            "reading"})
        CHECK_MESSAGE(s.contains(key), key);
    CHECK(s["micro"].contains("due_in_s"));
    CHECK(s["today"].contains("workday_end_local"));
    CHECK(s["timezone"] == "UTC");
}

TEST_CASE("status shows reading mode: off, on by the toggle until when, or on by an inhibitor") {
    const auto local = make_tz_local_time("Europe/Berlin");
    Status s;
    s.at = fixed_now().wall;
    json j = status_to_json(s, *local);
    CHECK(j["reading"] ==
          json{{"on", false}, {"why", nullptr}, {"until", nullptr}, {"until_local", nullptr}, {"inhibitor", false}});
    s.reading = true;
    s.reading_cause = ReadingCause::toggle;
    s.reading_until = s.at + 2h;
    j = status_to_json(s, *local);
    CHECK(j["reading"]["on"] == true);
    CHECK(j["reading"]["why"] == "toggle");
    CHECK(j["reading"]["until"] == "2026-11-24T12:00:00Z");
    CHECK(j["reading"]["until_local"] == "2026-11-24T13:00:00");
    s.reading_cause = ReadingCause::inhibitor;
    s.reading_until.reset();
    s.reading_inhibitor = true;
    j = status_to_json(s, *local);
    CHECK(j["reading"]["why"] == "inhibitor");
    CHECK(j["reading"]["until"] == nullptr);
    CHECK(j["reading"]["inhibitor"] == true);
}

TEST_CASE("status names the idle backend the app set") {
    Rig rig;
    rig.driver
        .request([&rig](EngineDriver&) {
            rig.control.set_idle_backend({"always-present", false});
            return 0;
        })
        .get();
    const json s = rig.ask({{"cmd", "status"}}).body["status"];
    CHECK(s["idle_backend"] == "always-present");
    CHECK(s["idle_detected"] == false);
}

TEST_CASE("unknown commands and requests without cmd close the client") {
    Rig rig;
    CHECK(rig.ask({{"cmd", "explode"}}).close);
    CHECK(rig.ask({{"nothing", 1}}).close);
    CHECK(rig.ask({{"cmd", 42}}).close);
}

TEST_CASE("bad arguments are usage errors that keep the client") {
    Rig rig;
    for (const json& req :
         {json{{"cmd", "pause"}}, json{{"cmd", "pause"}, {"seconds", -5}}, json{{"cmd", "pause"}, {"until", "25:00"}},
          json{{"cmd", "break"}, {"kind", "nap"}}, json{{"cmd", "breathe"}, {"minutes", 0}},
          json{{"cmd", "breathe"}, {"pattern", "x"}}, json{{"cmd", "focus"}, {"action", "maybe"}}}) {
        const auto reply = rig.ask(req);
        CHECK_MESSAGE(reply.body["ok"] == false, req.dump());
        CHECK_FALSE(reply.close);
    }
}

TEST_CASE("actions reply ok with their effects, hooks run") {
    Rig rig;
    for (const json& req :
         {json{{"cmd", "pause"}, {"seconds", 60}}, json{{"cmd", "pause"}, {"until", "14:30"}},
          json{{"cmd", "pause"}, {"tomorrow", true}}, json{{"cmd", "resume"}}, json{{"cmd", "break"}, {"kind", "rest"}},
          json{{"cmd", "breathe"}, {"minutes", 1}, {"pattern", "4-7-8"}}, json{{"cmd", "focus"}, {"action", "start"}},
          json{{"cmd", "focus"}, {"action", "stop"}}, json{{"cmd", "show"}}, json{{"cmd", "quit"}}}) {
        const auto reply = rig.ask(req);
        CHECK_MESSAGE((reply.body["ok"] == true || reply.body.value("refused", false)), req.dump());
        CHECK_FALSE(reply.close);
    }
    CHECK(rig.calls == std::vector<std::string>{"pattern", "show", "quit"});
}

TEST_CASE("reload: an invalid config keeps the settings and tells the user") {
    Rig rig;
    rig.next_reload = {std::nullopt, "config.toml:3:9: error: unknown key"};
    const auto reply = rig.ask({{"cmd", "reload"}});
    CHECK(reply.body["ok"] == false);
    CHECK(reply.body["error"].get<std::string>().find("config.toml:3:9") != std::string::npos);
    REQUIRE(rig.calls.size() == 1);
    CHECK(rig.calls[0] == "invalid:config.toml:3:9: error: unknown key");
    Settings changed;
    changed.micro_break.every = 7min;
    rig.next_reload = {changed, {}};
    CHECK(rig.ask({{"cmd", "reload"}}).body["ok"] == true);
}

TEST_CASE("status text reads like a person wrote it") {
    json s{{"at_local", "2026-11-24T10:00:00"},
           {"paused", true},
           {"paused_until_local", "2026-11-24T14:30:00"},
           {"micro", {{"enabled", true}, {"due_in_s", 700}}},
           {"rest", {{"enabled", true}, {"due_in_s", 2280}}},
           {"skips_left", 3},
           {"today", {{"screen_time_s", 3600}, {"after_hours", false}, {"workday_end_local", "2026-11-24T17:30:00"}}}};
    const std::string text = respite::cli::status_text(s);
    CHECK(text.find("Paused until 14:30") != std::string::npos);
    CHECK(text.find("workday ends 17:30") != std::string::npos);
    s["paused"] = false;
    const std::string running = respite::cli::status_text(s);
    CHECK(running.find("Micro-break in 12 min · Rest in 38 min") == 0);
    CHECK(respite::cli::human_seconds(45) == "45 s");
    CHECK(respite::cli::human_seconds(3900) == "1 h 5 min");
}

TEST_CASE("reading on and off: the reply carries the effect and the state after it, so a no-op is said honestly") {
    Rig rig;
    auto reply = rig.ask({{"cmd", "reading"}, {"action", "on"}});
    REQUIRE(reply.body["ok"] == true);
    REQUIRE(reply.body["effects"].size() == 1);
    CHECK(reply.body["effects"][0]["event"] == "reading_started");
    CHECK(reply.body["reading"]["on"] == true);
    CHECK(reply.body["reading"]["why"] == "toggle");
    CHECK(reply.body["reading"]["until_local"] == "2026-11-24T12:00:00"); // 10:00 UTC + the default 2 h
    CHECK(cli::reply_text("reading on", reply.body) == "Reading mode on until 12:00.\n");
    CHECK(rig.driver.status_now().reading_until.has_value());

    reply = rig.ask({{"cmd", "reading"}, {"action", "on"}});
    CHECK(reply.body["effects"].empty());
    CHECK(cli::reply_text("reading on", reply.body) == "Reading mode is already on until 12:00.\n");

    const json status = rig.ask({{"cmd", "status"}}).body["status"];
    CHECK(cli::status_text(status).find("\nReading mode until 12:00 · idle time counts as screen time\n") !=
          std::string::npos);
    CHECK(cli::reading_status_text(status).rfind("Reading mode is on until 12:00", 0) == 0);

    reply = rig.ask({{"cmd", "reading"}, {"action", "off"}});
    REQUIRE(reply.body["effects"].size() == 1);
    CHECK(reply.body["effects"][0]["event"] == "reading_ended");
    CHECK(reply.body["effects"][0]["reason"] == "user");
    CHECK(reply.body["reading"]["on"] == false);
    CHECK(cli::reply_text("reading off", reply.body) == "Reading mode off.\n");

    reply = rig.ask({{"cmd", "reading"}, {"action", "off"}});
    CHECK(reply.body["effects"].empty());
    CHECK(cli::reply_text("reading off", reply.body) == "Reading mode is already off.\n");
    const json off = rig.ask({{"cmd", "status"}}).body["status"];
    CHECK(cli::status_text(off).find("Reading mode") == std::string::npos);
    CHECK(cli::reading_status_text(off).rfind("Reading mode is off", 0) == 0);
}

TEST_CASE("reading: an inhibitor alone is named, and an off cannot end it") {
    Rig rig;
    rig.driver.request([](EngineDriver& d) { return d.handle_now(ev::InhibitorStarted{}).size(); }).get();
    const json status = rig.ask({{"cmd", "status"}}).body["status"];
    CHECK(status["reading"]["why"] == "inhibitor");
    CHECK(cli::reading_status_text(status).rfind("Reading mode is on while a video or presentation", 0) == 0);
    CHECK(cli::status_text(status).find("Reading mode (video playing)") != std::string::npos);
    const auto reply = rig.ask({{"cmd", "reading"}, {"action", "off"}});
    CHECK(reply.body["effects"].empty());
    CHECK(cli::reply_text("reading off", reply.body).find("still counts as screen time") != std::string::npos);
}
