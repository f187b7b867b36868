#include "ui/disc_panel.h"

#include "ui/accessibility.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <memory>

namespace respite::ui {

DiscPanel::DiscPanel(wxWindow* parent, int diameter, const Palette& palette, const wxString& name, const wxString& help)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(diameter, diameter)),
               wxFULL_REPAINT_ON_RESIZE),
      palette_(palette) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(palette.background);
    SetMinSize(GetSize());
    SetName(name);
    set_accessible_name(this, name);
    set_accessible_description(this, help);
    Bind(wxEVT_PAINT, &DiscPanel::on_paint, this);
}

void DiscPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    paint(*gc, GetClientSize());
}

} // namespace respite::ui
