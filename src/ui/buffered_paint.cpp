#include "ui/buffered_paint.h"

#include <wx/brush.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <memory>

namespace respite::ui {

void paint_smoothly(wxWindow& window, const std::function<void(wxGraphicsContext&, wxSize)>& paint) {
    wxAutoBufferedPaintDC dc(&window);
    dc.SetBackground(wxBrush(window.GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    paint(*gc, window.GetClientSize());
}

} // namespace respite::ui
