// The Windows tray, notifier and accessible names under wine + Xvfb (wine's notification area takes the icon and
// shows balloons): real wxTaskBarIcon, real wxNotificationMessage. A balloon click is the event wx makes of
// NIN_BALLOONUSERCLICK, sent to the icon as Windows would.
#define DOCTEST_CONFIG_IMPLEMENT
#include "platform/notifier.h"
#include "ui/accessibility.h"
#include "ui/system_tray.h"
#include "ui/tray_menu.h"
#include "ui/windows/balloon_icon.h"
#include "wx_doctest_main.h"

#include <wx/access.h>
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/taskbar.h>
#include <wx/textctrl.h>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {
void settle() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
    }
}
} // namespace

TEST_CASE("windows tray: an icon in the notification area with the menu, title and status as its tooltip") {
    wxMenu menu;
    menu.Append(wxID_ANY, "Status");
    auto tray = respite::ui::make_system_tray(&menu, RESPITE_ICON_DIR);
    REQUIRE(tray);
    CHECK(tray->name() == "notification area");
    tray->set_title("Respite");
    tray->set_status("Micro-break in 12 min");
    tray->set_state(respite::TrayIconState::break_soon, "Break soon");
    CHECK(respite::ui::balloon_icon() == nullptr); // not before show()
    tray->show();
    CHECK(tray->connected());
    CHECK(respite::ui::balloon_icon() != nullptr);
    tray.reset();
    CHECK(respite::ui::balloon_icon() == nullptr); // gone with the tray: no balloon hangs from a dead icon
}

TEST_CASE("windows tray: the tray menu uses it (no status window)") {
    respite::ui::TrayMenu tray_menu({}, respite::ui::make_system_tray, RESPITE_ICON_DIR);
    CHECK(tray_menu.has_tray_icon());
    CHECK(tray_menu.tray_name() == "notification area");
    bool shown = false;
    tray_menu.when_shown([&] { shown = true; }, std::chrono::milliseconds(200));
    CHECK(shown);
}

TEST_CASE("windows notifier: without a tray icon there are no balloons (the app shows its own popup)") {
    auto notifier = respite::make_notifier();
    CHECK_FALSE(notifier->available());
    CHECK_FALSE(notifier->show({"heads-up", "Micro-break in 10 s", "Look away"}, nullptr));
}

TEST_CASE("windows notifier: a balloon on the tray icon, a click runs its first action") {
    wxMenu menu;
    auto tray = respite::ui::make_system_tray(&menu, RESPITE_ICON_DIR);
    tray->set_title("Respite");
    tray->show();
    auto notifier = respite::make_notifier();
    REQUIRE(notifier->available());
    CHECK(notifier->supports_actions());
    std::vector<std::string> keys;
    respite::Notification n{"heads-up", "Micro-break in 10 s", "Look away for a moment"};
    n.actions = {{"a0", "Start now"}, {"a1", "Postpone"}};
    CHECK(notifier->show(n, [&](const std::string& key) { keys.push_back(key); }));
    wxTaskBarIconEvent click(wxEVT_TASKBAR_BALLOON_CLICK, respite::ui::balloon_icon());
    respite::ui::balloon_icon()->ProcessEvent(click);
    settle();
    CHECK(keys == std::vector<std::string>{"a0"});

    // A replaced balloon no longer answers; the new one does, once.
    CHECK(notifier->show({"cutoff", "Workday ends in 10 min", "Wrap up"},
                         [&](const std::string& k) { keys.push_back("cutoff:" + k); }));
    CHECK(notifier->show(n, [&](const std::string& key) { keys.push_back("again:" + key); }));
    respite::ui::balloon_icon()->ProcessEvent(click);
    settle();
    CHECK(keys == std::vector<std::string>{"a0", "again:a0"});
    notifier->close("heads-up");
    respite::ui::balloon_icon()->ProcessEvent(click); // closed: nothing shows, nothing runs
    settle();
    CHECK(keys.size() == 2);
    notifier.reset();
}

TEST_CASE("windows accessibility: names and descriptions reach MSAA through wxAccessible") {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "a11y");
    auto* panel = new wxPanel(frame);
    auto* label = new wxStaticText(panel, wxID_ANY, "&Breathing pattern");
    auto* entry = new wxTextCtrl(panel, wxID_ANY);
    respite::ui::set_accessible_name(panel, "Countdown");
    respite::ui::set_accessible_description(panel, "Time left in the break");
    respite::ui::set_label_for(label, entry);
    wxString name, description;
    REQUIRE(panel->GetAccessible());
    CHECK(panel->GetAccessible()->GetName(wxACC_SELF, &name) == wxACC_OK);
    CHECK(name == "Countdown");
    CHECK(panel->GetAccessible()->GetDescription(wxACC_SELF, &description) == wxACC_OK);
    CHECK(description == "Time left in the break");
    REQUIRE(entry->GetAccessible());
    CHECK(entry->GetAccessible()->GetName(wxACC_SELF, &name) == wxACC_OK);
    CHECK(name == "Breathing pattern");
    // The rest is the standard proxy's: the role of a native control is not ours to answer.
    wxAccRole role;
    CHECK(entry->GetAccessible()->GetRole(wxACC_SELF, &role) == wxACC_NOT_IMPLEMENTED);
    frame->Destroy();
    settle();
}

int main(int argc, char** argv) {
    return respite::test::run_doctest_with_wx(argc, argv);
}
