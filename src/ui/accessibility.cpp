#include "ui/accessibility.h"

#include <wx/window.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace respite::ui {

namespace {
#ifdef __WXGTK__
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
#endif
} // namespace

void set_accessible_name(wxWindow* window, const wxString& name) {
#ifdef __WXGTK__
    if (AtkObject* atk = atk_of(window))
        atk_object_set_name(atk, name.utf8_str());
#else
    (void)window;
    (void)name;
#endif
}

void set_accessible_description(wxWindow* window, const wxString& description) {
    if (window == nullptr)
        return;
    window->SetHelpText(description);
#ifdef __WXGTK__
    if (AtkObject* atk = atk_of(window))
        atk_object_set_description(atk, description.utf8_str());
#endif
}

void set_label_for(wxWindow* label, wxWindow* control) {
#ifdef __WXGTK__
    GtkWidget* widget = focus_widget(label);
    GtkWidget* target = focus_widget(control);
    if (widget != nullptr && target != nullptr && GTK_IS_LABEL(widget))
        gtk_label_set_mnemonic_widget(GTK_LABEL(widget), target);
#else
    (void)label;
    (void)control;
#endif
}

} // namespace respite::ui
