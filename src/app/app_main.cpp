// Entry point of `respite-app`, the tray app (DESIGN.md §6): started by `respite`, the desktop entry or autostart.
// A second start tells the running one to show its menu and exits 0.
#include "app/respite_app.h"

#include <cstdlib>

int main(int argc, char** argv) {
    // Respite draws only with cairo, but GTK 3 on X11 would load Mesa/LLVM for GL anyway: about 11 MiB USS,
    // 14 MiB PSS and 40 ms of start-up. Must be set before GTK starts; a user's own GDK_GL wins.
    setenv("GDK_GL", "disable", 0);
    // Desktops know the program as "respite" (WM_CLASS and the desktop entry, screen readers), whatever the file's
    // name: GTK takes it from argv[0].
    static char name[] = "respite";
    argv[0] = name;
    return respite::app::run_tray_app(argc, argv);
}
