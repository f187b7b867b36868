#pragma once
// What screen readers announce for a control. The toolkit glue is per OS: src/ui/linux/accessibility_gtk.cpp
// sets the GTK widget's ATK object (wxUSE_ACCESSIBILITY is off in wxGTK 3.2).
#include <wx/string.h>

class wxWindow;

namespace respite::ui {

/// Sets the accessible name of a control that has no visible label of its own (a custom-drawn panel, an
/// entry next to a label). Do not use it on buttons or check boxes: their label is their name and stays live.
void set_accessible_name(wxWindow* window, const wxString& name);

/// Sets the longer description a screen reader reads after the name (also the window's wx help text).
void set_accessible_description(wxWindow* window, const wxString& description);

/// Ties a visible label to the control it names: screen readers relate the two, and the label's
/// mnemonic (if any) moves the keyboard focus to the control.
void set_label_for(wxWindow* label, wxWindow* control);

} // namespace respite::ui
