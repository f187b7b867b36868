#pragma once
// main() of the doctest programs that need a running wxApp under wine (tray, balloons, the Settings dialog).
#include <wx/app.h>

#include <doctest/doctest.h>

namespace respite::test {

/// Starts wx, runs the doctest cases, stops wx; the exit code of the run (2 when wx cannot start).
inline int run_doctest_with_wx(int argc, char** argv) {
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit())
        return 2;
    doctest::Context context(argc, argv);
    const int rc = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}

} // namespace respite::test
