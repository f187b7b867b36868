// Accessible names on wxGTK: wxUSE_ACCESSIBILITY is off in wxGTK 3.2, so this sets the widget's ATK object,
// which the AT-SPI bridge exposes.
#include "ui/accessibility.h"

#include <wx/window.h>

#include <gtk/gtk.h>

namespace respite::ui {

namespace {
// The GTK widget that takes the keyboard focus for a wx window: its outer widget, or for the windows wx wraps
// in a scrolled window (list boxes, multi-line text, scrolled panels) the widget inside.
GtkWidget* focus_widget(wxWindow* window) {
    auto* widget = window != nullptr ? static_cast<GtkWidget*>(window->GetHandle()) : nullptr;
    if (widget != nullptr && GTK_IS_SCROLLED_WINDOW(widget) && gtk_bin_get_child(GTK_BIN(widget)) != nullptr)
        widget = gtk_bin_get_child(GTK_BIN(widget));
    return widget;
}

AtkObject* atk_of(wxWindow* window) {
    GtkWidget* widget = focus_widget(window);
    return widget != nullptr ? gtk_widget_get_accessible(widget) : nullptr;
}
} // namespace

void set_accessible_name(wxWindow* window, const wxString& name) {
    if (AtkObject* atk = atk_of(window))
        atk_object_set_name(atk, name.utf8_str());
}

void set_accessible_description(wxWindow* window, const wxString& description) {
    if (window == nullptr)
        return;
    window->SetHelpText(description);
    if (AtkObject* atk = atk_of(window))
        atk_object_set_description(atk, description.utf8_str());
}

void set_label_for(wxWindow* label, wxWindow* control) {
    GtkWidget* widget = focus_widget(label);
    GtkWidget* target = focus_widget(control);
    if (widget != nullptr && target != nullptr && GTK_IS_LABEL(widget))
        gtk_label_set_mnemonic_widget(GTK_LABEL(widget), target);
}

} // namespace respite::ui
