#pragma once
// One row of the settings dialog: the right control for a setting's type, its help line and error line.
#include "core/config/settings_table.h"

#include <wx/string.h>

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
    SettingControl(wxWindow* parent, wxFlexGridSizer* grid, const SettingInfo& info, const SettingValue& value,
                   bool locked);
    /// The value now in the control, or nullopt (and the error shown inline) when it is not valid.
    std::optional<SettingValue> value();
    /// Shows (non-empty) or hides an error under the control.
    void show_error(const wxString& message);
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
    std::vector<wxCheckBox*> days_;
    wxStaticText* error_ = nullptr;
};

/// The translated title of a settings section ("micro_break" -> "Micro-breaks").
wxString section_title(std::string_view section);
/// The translated label of a key ("prompts.max_postpones" -> "Max postpones").
wxString setting_label(const SettingInfo& info);

} // namespace respite::ui
