#pragma once
// One row of the settings dialog: the right control for a setting's type, its help line and error line.
#include "core/config/cross_checks.h"
#include "core/config/settings_table.h"

#include <wx/string.h>

#include <functional>
#include <optional>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxFlexGridSizer;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace respite::ui {

/// The control(s) for one SettingInfo, added as rows to a two-column grid.
class SettingControl {
public:
    /// Creates the label, control, help line and (hidden) error line in `grid` on `parent`.
    /// With `preview`, a Preview button beside the control calls it (the sound choices).
    SettingControl(wxWindow* parent, wxFlexGridSizer* grid, const SettingInfo& info, const SettingValue& value,
                   bool locked, std::function<void()> preview = {});
    /// The value now in the control, or nullopt (and the error shown inline) when it is not valid.
    std::optional<SettingValue> value();
    /// Shows (non-empty) or hides an error under the control.
    void show_error(const wxString& message);
    /// Calls `changed` whenever the user changes the value (to enable or disable the fields that depend on it).
    void on_change(std::function<void()> changed);
    /// Replaces the help line under the control (a row whose table doc would only repeat its label).
    void set_help(const wxString& help);
    /// Enables the row when the setting applies (and policy does not lock it), greys it out when it does not.
    void set_applies(bool applies);
    /// The check box's state, or the chosen choice text; for rows that other rows depend on.
    bool checked() const;
    /// The chosen choice's text ("custom"), empty for other kinds of rows.
    std::string choice() const;
    /// The spin button's number (integer rows), 0 for other kinds.
    int number() const;
    /// The setting this row edits.
    const SettingInfo& info() const { return *info_; }
    /// The window to focus when the row has an error.
    wxWindow* focus_target() const { return main_; }

private:
    const SettingInfo* info_;
    wxWindow* main_ = nullptr;
    wxCheckBox* check_ = nullptr;
    wxSpinCtrl* spin_ = nullptr;
    wxTextCtrl* text_ = nullptr;
    wxChoice* choice_ = nullptr;
    wxWindow* left_ = nullptr;
    bool locked_ = false;
    wxString lock_note_; ///< after the help line of a locked row: who set it
    std::vector<wxCheckBox*> days_;
    wxStaticText* help_ = nullptr;
    wxStaticText* error_ = nullptr;
};

/// "Mon", "Tue"... translated (0 = Monday).
wxString weekday_name(int index);
/// The translated title of a settings section ("micro_break" -> "Micro-breaks").
wxString section_title(std::string_view section);
/// The translated label of a key ("prompts.max_postpones" -> "Max postpones").
wxString setting_label(const SettingInfo& info);
/// A cross-field conflict in words for the row of conflict.key: "Must be shorter than “Every” (5m).", naming the
/// other setting by its label (and its page when it is on another one), never by its key.
wxString conflict_text(const Conflict& conflict);

} // namespace respite::ui
