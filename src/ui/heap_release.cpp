#include "ui/heap_release.h"

#include "platform/memory.h"

#include <wx/app.h>
#include <wx/window.h>

namespace respite::ui {

void release_heap_when_destroyed(wxWindow& window) {
    // wxEVT_DESTROY comes at the start of the window's destructor: the release waits for the next task.
    window.Bind(wxEVT_DESTROY, [&window](wxWindowDestroyEvent& e) {
        e.Skip();
        if (e.GetEventObject() == &window && wxTheApp)
            wxTheApp->CallAfter([] { release_free_heap(); });
    });
}

} // namespace respite::ui
