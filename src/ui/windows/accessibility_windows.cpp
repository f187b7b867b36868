// Accessible names on wxMSW (wxUSE_ACCESSIBILITY is on): a wxAccessible that answers only the name and the
// description; everything else it leaves to the control's standard MSAA proxy (wxACC_NOT_IMPLEMENTED), so
// native controls keep their role, state and value.
#include "ui/accessibility.h"

#include <wx/access.h>
#include <wx/control.h>
#include <wx/window.h>

namespace respite::ui {

namespace {
class NamedAccessible : public wxAccessible {
public:
    explicit NamedAccessible(wxWindow* window) : wxAccessible(window) {}

    wxAccStatus GetName(int child, wxString* name) override {
        if (child != wxACC_SELF || name_.empty())
            return wxACC_NOT_IMPLEMENTED;
        *name = name_;
        return wxACC_OK;
    }
    wxAccStatus GetDescription(int child, wxString* description) override {
        if (child != wxACC_SELF || description_.empty())
            return wxACC_NOT_IMPLEMENTED;
        *description = description_;
        return wxACC_OK;
    }

    wxString name_;
    wxString description_;
};

// The window's own NamedAccessible, created on first use (the window owns and deletes it).
NamedAccessible* accessible_of(wxWindow* window) {
    if (window == nullptr)
        return nullptr;
    if (auto* own = dynamic_cast<NamedAccessible*>(window->GetAccessible()))
        return own;
    auto* created = new NamedAccessible(window);
    window->SetAccessible(created);
    return created;
}
} // namespace

void set_accessible_name(wxWindow* window, const wxString& name) {
    if (NamedAccessible* acc = accessible_of(window))
        acc->name_ = name;
}

void set_accessible_description(wxWindow* window, const wxString& description) {
    if (window == nullptr)
        return;
    window->SetHelpText(description);
    if (NamedAccessible* acc = accessible_of(window))
        acc->description_ = description;
}

// MSAA has no label-for relation: the control takes the label's text (without its mnemonic) as its name, unless
// it was given one.
void set_label_for(wxWindow* label, wxWindow* control) {
    if (label == nullptr || control == nullptr)
        return;
    NamedAccessible* acc = accessible_of(control);
    if (acc && acc->name_.empty())
        acc->name_ = wxControl::RemoveMnemonics(label->GetLabel());
}

} // namespace respite::ui
