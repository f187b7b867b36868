// Entry point of `respite-app.exe`, the tray app on Windows (DESIGN.md §6): started by `respite.exe`, the Start
// menu shortcut or the Run key. A GUI-subsystem program (wx-config links -mwindows): no console window opens.
// A second start tells the running one to show its menu and exits 0.
#include "app/respite_app.h"

int main(int argc, char** argv) {
    return respite::app::run_tray_app(argc, argv);
}
