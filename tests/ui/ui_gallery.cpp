// ui_gallery <window> [--lang de] [--dark]: opens one Respite window with sample data and stays
// until killed (or until the window closes). Used for screenshots and the `ui` CTest tests.
#include "platform/fake/fake_sound.h"
#include "sample_stats.h"
#include "ui/about_dialog.h"
#include "ui/break_window.h"
#include "ui/breathing_dialog.h"
#include "ui/checkin_window.h"
#include "ui/cutoff_dialog.h"
#include "ui/i18n.h"
#include "ui/messages.h"
#include "ui/notification_popup.h"
#include "ui/setting_control.h"
#include "ui/settings_dialog.h"
#include "ui/stats_window.h"
#include "ui/theme.h"
#include "ui/welcome_dialog.h"

#include <wx/app.h>
#include <wx/timer.h>
#include <wx/translation.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace respite;
using namespace respite::ui;
using namespace std::chrono_literals;

namespace {
std::string window_name;
std::string language;
} // namespace

class GalleryApp : public wxApp {
public:
    bool OnInit() override {
        init_i18n(window_name == "settings-strings" ? std::string() : language);
        SetExitOnFrameDelete(false);
        auto log = [](const char* what) { std::cout << "action: " << what << std::endl; };
        if (window_name.rfind("break-", 0) == 0) {
            BreakView view;
            view.kind = window_name == "break-micro" ? BreakKind::micro : BreakKind::rest;
            view.length = view.kind == BreakKind::micro ? 20s : 5min;
            view.done = view.kind == BreakKind::micro ? 6s : 48s;
            view.postpones_left = 2;
            view.skips_left = 1;
            view.can_postpone = view.can_skip = true;
            if (window_name == "break-strict") {
                view.strict = true;
                view.can_postpone = view.can_skip = false;
                view.can_present = true;
            }
            if (window_name == "break-typing")
                view.running = false;
            // A fixed idea (the presenter would pick one at random), so screenshots compare with their reference.
            view.idea =
                wxGetTranslation(view.kind == BreakKind::micro ? "Look at something far away and let your eyes soften."
                                                               : "Stand up, stretch, and get a glass of water.")
                    .utf8_string();
            breaks_ = std::make_unique<BreakPresenter>(
                BreakActions{[=] { log("postpone"); }, [=] { log("skip"); }, [=] { log("presenting"); }});
            breaks_->show(view);
        } else if (window_name.rfind("breathing", 0) == 0) {
            BreathingPlan plan = with_pattern(
                BreathingPlan{}, window_name == "breathing-follow" ? BreathingPattern::follow : BreathingPattern::box);
            plan.length = 3min;
            plan.reduced_motion = window_name == "breathing-reduced";
            if (window_name == "breathing-short") {
                plan.length = 2500ms;
                plan.inhale = plan.exhale = 1s;
                plan.hold_in = plan.hold_out = 0s;
                plan.chime = true;
            }
            breathing_ = std::make_unique<BreathingPresenter>(&sound_, [this](Duration elapsed, bool completed) {
                std::cout << "breathing finished: " << elapsed.count() << " ms, completed=" << completed
                          << ", chimes=" << sound_.played.size() << std::endl;
                if (window_name == "breathing-short")
                    CallAfter([this] { ExitMainLoop(); });
            });
            breathing_->show(plan);
        } else if (window_name == "cutoff") {
            cutoff_ = std::make_unique<CutoffPresenter>(
                CutoffActions{[=](Duration) { log("wrap_up"); }, [=] { log("done_for_today"); }});
            cutoff_->show(CutoffView{17h + 30min, false, 10min});
        } else if (window_name == "checkin") {
            checkin_ = std::make_unique<CheckinPresenter>(
                CheckinActions{[](std::optional<respite::Feeling> feeling, const std::string& note) {
                    std::cout << "action: checkin " << (feeling ? to_string(*feeling) : "not_today") << " \"" << note
                              << "\"" << std::endl;
                }});
            checkin_->show();
        } else if (window_name == "popup") {
            popup_ = std::make_unique<NotificationPopup>();
            const MessageText text = heads_up_message(BreakKind::micro, 10s);
            popup_->show(PopupMessage{text.title,
                                      text.body,
                                      {{action_label("Start now"), [=] { log("start_now"); }},
                                       {action_label("Postpone"), [=] { log("postpone"); }}},
                                      0s});
        } else if (window_name == "settings") {
            // A private config tree: one user value and one key locked by an admin policy.
            const auto dir = std::filesystem::temp_directory_path() / ("respite-gallery-" + std::to_string(getpid()));
            std::filesystem::create_directories(dir / "xdg/respite");
            std::filesystem::create_directories(dir / "home/respite");
            std::ofstream(dir / "xdg/respite/policy.toml") << "[micro_break]\nduration = \"30s\"\n";
            std::ofstream(dir / "home/respite/config.toml") << "# my settings\n[micro_break]\nevery = \"25m\"\n";
            settings_ = std::make_unique<SettingsPresenter>(config_paths({dir / "xdg"}, dir / "home"), SaveFile{},
                                                            [=] { log("saved"); });
            // The Startup page's switch over the same private tree, with the package's entry for every user.
            std::filesystem::create_directories(dir / "xdg/autostart");
            std::ofstream(dir / "xdg/autostart/respite.desktop") << "[Desktop Entry]\nType=Application\nExec=x\n";
            const platform::UserDirs dirs{{dir / "xdg"}, dir / "home", dir / "state", {}};
            settings_->set_autostart({[dirs] { return platform::read_autostart(dirs); },
                                      [dirs](bool starts) { return platform::write_autostart(dirs, starts, "x"); }});
            settings_->show();
            std::cout << "config: " << (dir / "home/respite/config.toml").string() << std::endl;
        } else if (window_name == "stats") {
            // A realistic week; the arrows and day keys are logged (the app answers them with another week).
            stats_ = std::make_unique<StatsPresenter>(
                StatsActions{[=](int monday) { std::cout << "action: show_week " << monday << std::endl; },
                             [=](int monday, int index) {
                                 std::cout << "action: show_day " << monday << " " << index << std::endl;
                             }});
            stats_->show(sample_week());
        } else if (window_name == "welcome") {
            welcome_ = std::make_unique<WelcomePresenter>(
                WelcomeActions{[=] { log("open_settings"); }, [=] { log("welcome_closed"); }});
            welcome_->show(WelcomeFacts{Settings{}, true, "/home/you/.config/respite/config.toml"});
        } else if (window_name == "about") {
            show_about(AboutInfo{"0.1.0", "XScreenSaver (X11)", "StatusNotifierItem", {}});
        } else if (window_name == "messages") {
            for (int nth = 1; nth <= 4; ++nth) {
                const MessageText m = overtime_message(nth * 25min, 1h + nth * 40min, nth);
                std::cout << m.title << ": " << m.body << "\n";
            }
            CallAfter([this] { ExitMainLoop(); });
        } else if (window_name == "settings-strings") {
            // Every settings label and help line has a translation (a key added without one is caught here).
            std::vector<std::pair<wxString, wxString>> english;
            for (const auto& info : settings_table())
                english.emplace_back(setting_label(info), wxString::FromUTF8(info.doc.data(), info.doc.size()));
            init_i18n(language);
            int missing = 0;
            for (const auto& [label, doc] : english)
                for (const wxString& msgid : {label, doc})
                    if (wxTranslations::Get()->GetTranslatedString(msgid, "respite") == nullptr) {
                        std::cout << "untranslated: " << msgid.utf8_string() << "\n";
                        ++missing;
                    }
            std::cout << english.size() << " settings checked, " << missing << " strings untranslated" << std::endl;
            exit_code_ = missing == 0 ? 0 : 1;
            CallAfter([this] { ExitMainLoop(); });
        } else {
            std::cerr << "ui_gallery: unknown window '" << window_name << "'\n";
            return false;
        }
        return true;
    }

    int OnRun() override {
        const int code = wxApp::OnRun();
        return exit_code_ != 0 ? exit_code_ : code;
    }

private:
    int exit_code_ = 0;
    FakeSound sound_;
    std::unique_ptr<BreakPresenter> breaks_;
    std::unique_ptr<BreathingPresenter> breathing_;
    std::unique_ptr<CutoffPresenter> cutoff_;
    std::unique_ptr<CheckinPresenter> checkin_;
    std::unique_ptr<NotificationPopup> popup_;
    std::unique_ptr<SettingsPresenter> settings_;
    std::unique_ptr<WelcomePresenter> welcome_;
    std::unique_ptr<StatsPresenter> stats_;
};

wxIMPLEMENT_APP_NO_MAIN(GalleryApp);

int main(int argc, char** argv) {
    bool dark = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc)
            language = argv[++i];
        else if (arg == "--dark")
            dark = true;
        else if (window_name.empty())
            window_name = arg;
    }
    if (window_name.empty()) {
        std::cerr
            << "usage: ui_gallery <break-micro|break-rest|break-strict|break-typing|breathing|"
               "breathing-reduced|cutoff|checkin|popup|about|settings|welcome|messages|settings-strings> [--lang de] "
               "[--dark]\n";
        return 2;
    }
    if (dark) {
        // Native controls follow GTK's theme; set it before GTK starts so they match our palette.
        setenv("GTK_THEME", "Adwaita:dark", 1);
        force_dark(true);
    }
    int wx_argc = 1;
    return wxEntry(wx_argc, argv);
}
