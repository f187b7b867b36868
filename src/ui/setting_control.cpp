#include "ui/setting_control.h"

#include "core/breathing_patterns.h"
#include "core/config/duration.h"
#include "core/config/setting_value.h"
#include "ui/accessibility.h"
#include "ui/theme.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <date/tz.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace respite::ui {

namespace {
wxString from(std::string_view s) {
    return wxString::FromUTF8(s.data(), s.size());
}

// Friendlier names for choice values; unknown values are shown as written in the config file.
wxString choice_label(std::string_view raw) {
    if (raw == "screen")
        return _("While I am at the screen");
    if (raw == "input")
        return _("Only while I type or move the mouse");
    if (const auto pattern = parse_breathing_pattern(raw))
        return wxGetTranslation(from(breathing_pattern_info(*pattern).label));
    if (raw == "chime")
        return _("Soft chime");
    if (raw == "bowl")
        return _("Singing bowl");
    if (raw == "bell")
        return _("Small bell");
    return from(raw);
}

// Every IANA zone name, sorted, for the time-zone choice; empty when the system has no tz database.
wxArrayString zone_names() {
    wxArrayString out;
    try {
        std::vector<std::string> names;
        for (const auto& z : date::get_tzdb().zones)
            names.push_back(z.name());
        std::sort(names.begin(), names.end());
        for (const auto& n : names)
            out.Add(wxString::FromUTF8(n));
    } catch (const std::exception&) {
        // No database: the entry still takes a typed name, checked on save.
    }
    return out;
}

} // namespace

SettingControl::SettingControl(wxWindow* parent, wxFlexGridSizer* grid, const SettingInfo& info,
                               const SettingValue& value, bool locked, std::function<void()> preview)
    : info_(&info) {
    const Palette palette = current_palette();
    const wxString label = setting_label(info);
    // The table's doc lines start lower-case (they follow the key in `config show`); a label starts upper-case.
    wxString doc = wxGetTranslation(from(info.doc));
    if (!doc.empty())
        doc[0] = wxToupper(doc[0]);
    wxStaticText* left = nullptr;
    if (info.type != ValueType::boolean)
        left = new wxStaticText(parent, wxID_ANY, label + ":");
    switch (info.type) {
    case ValueType::boolean:
        main_ = check_ = new wxCheckBox(parent, wxID_ANY, label);
        check_->SetValue(std::get<bool>(value));
        break;
    case ValueType::integer:
        main_ = spin_ = new wxSpinCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                       static_cast<int>(info.min), static_cast<int>(info.max), std::get<int>(value));
        break;
    case ValueType::duration:
        main_ = text_ =
            new wxTextCtrl(parent, wxID_ANY, wxString::FromUTF8(respite::format_duration(std::get<Duration>(value))));
        break;
    case ValueType::time_of_day: {
        // A time that may be a word instead ("cutoff") shows the word as written in the config file.
        const auto* word = std::get_if<std::string>(&value);
        main_ = text_ = new wxTextCtrl(
            parent, wxID_ANY,
            wxString::FromUTF8(word != nullptr ? *word : respite::format_time_of_day(std::get<TimeOfDay>(value))));
        break;
    }
    case ValueType::timezone:
        // The tz database's zones complete as the user types (a combo box's inner entry has no accessible name
        // under GTK); empty means the system's zone.
        main_ = text_ = new wxTextCtrl(parent, wxID_ANY, wxString::FromUTF8(std::get<std::string>(value)));
        text_->SetHint(_("System time zone"));
        text_->AutoComplete(zone_names());
        break;
    case ValueType::choice: {
        main_ = choice_ = new wxChoice(parent, wxID_ANY);
        const std::string& current = std::get<std::string>(value);
        for (std::size_t i = 0; i < info.choices.size(); ++i) {
            choice_->Append(choice_label(info.choices[i]));
            if (info.choices[i] == current)
                choice_->SetSelection(static_cast<int>(i));
        }
        break;
    }
    case ValueType::weekdays: {
        auto* box = new wxPanel(parent);
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        const Weekdays& days = std::get<Weekdays>(value);
        for (int d = 0; d < 7; ++d) {
            auto* cb = new wxCheckBox(box, wxID_ANY, weekday_name(d));
            cb->SetValue(days[static_cast<std::size_t>(d)]);
            cb->SetName(weekday_name(d));
            cb->Enable(!locked);
            days_.push_back(cb);
            row->Add(cb, 0, wxRIGHT, parent->FromDIP(6));
        }
        box->SetSizer(row);
        main_ = box;
        break;
    }
    }
    left_ = left;
    locked_ = locked;
    main_->SetName(label);
    // A check box is named by its own label; entries, spin buttons, choices and the days row by the one beside them.
    if (check_ == nullptr)
        set_accessible_name(main_, label);
    if (left != nullptr && days_.empty())
        set_label_for(left, main_);
    // A locked row's help line says who set it.
    lock_note_ = locked ? wxString::FromUTF8(" \u2014 ") + _("Set by your administrator") : wxString();
    const wxString help_text = doc + lock_note_;
    set_accessible_description(main_, help_text);
    main_->Enable(!locked);

    grid->Add(left != nullptr ? static_cast<wxWindow*>(left) : new wxStaticText(parent, wxID_ANY, wxString()), 0,
              wxALIGN_CENTRE_VERTICAL | wxALIGN_RIGHT);
    const bool stretch = info.type == ValueType::timezone || info.type == ValueType::choice;
    if (text_ != nullptr && !stretch)
        text_->SetMinSize(wxSize(parent->FromDIP(140), -1));
    if (preview) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(main_, 1, wxALIGN_CENTRE_VERTICAL);
        auto* play = new wxButton(parent, wxID_ANY, _("Preview"));
        /* TRANSLATORS: %s is the setting's label, e.g. "Chime" */
        set_accessible_description(play, wxString::Format(_("Play the sound chosen for %s"), label));
        play->Bind(wxEVT_BUTTON, [preview](wxCommandEvent&) { preview(); });
        play->Enable(!locked);
        row->Add(play, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, parent->FromDIP(6));
        grid->Add(row, 0, wxEXPAND);
    } else {
        grid->Add(main_, 0,
                  stretch ? static_cast<int>(wxEXPAND) : static_cast<int>(wxALIGN_CENTRE_VERTICAL | wxALIGN_LEFT));
    }
    auto* help = help_ = new wxStaticText(parent, wxID_ANY, help_text);
    help->SetFont(scaled_font(0.85));
    help->SetForegroundColour(palette.muted);
    // Long help lines (and translations) wrap rather than widen the dialog past the screen.
    help->Wrap(parent->FromDIP(400));
    error_ = new wxStaticText(parent, wxID_ANY, wxString());
    error_->SetForegroundColour(palette.dark ? wxColour(0xF2, 0x8B, 0x82) : wxColour(0xB3, 0x26, 0x1E));
    error_->Hide();
    auto* under = new wxBoxSizer(wxVERTICAL);
    under->Add(help);
    under->Add(error_);
    grid->AddSpacer(0);
    grid->Add(under, 0, wxBOTTOM, parent->FromDIP(8));
}

std::optional<SettingValue> SettingControl::value() {
    SettingValue v;
    const std::string text = text_ != nullptr ? text_->GetValue().Strip(wxString::both).utf8_string() : std::string();
    switch (info_->type) {
    case ValueType::boolean:
        v = check_->GetValue();
        break;
    case ValueType::integer:
        v = spin_->GetValue();
        break;
    case ValueType::duration: {
        const auto d = parse_duration(text);
        if (!d) {
            show_error(_("Write a duration such as 20s, 5m or 1h30m."));
            return std::nullopt;
        }
        v = *d;
        break;
    }
    case ValueType::time_of_day: {
        const auto t = parse_time_of_day(text);
        if (std::find(info_->choices.begin(), info_->choices.end(), text) != info_->choices.end()) {
            v = text;
            break;
        }
        if (!t) {
            show_error(_("Write a time such as 17:30."));
            return std::nullopt;
        }
        v = *t;
        break;
    }
    case ValueType::timezone:
        v = text;
        break;
    case ValueType::choice: {
        const int sel = choice_->GetSelection();
        v = std::string(info_->choices[static_cast<std::size_t>(std::max(sel, 0))]);
        break;
    }
    case ValueType::weekdays: {
        Weekdays days{};
        for (std::size_t d = 0; d < days_.size() && d < 7; ++d)
            days[d] = days_[d]->GetValue();
        v = days;
        break;
    }
    }
    // An empty time zone means "the system's", which the table's check does not need to see.
    const bool system_zone = info_->type == ValueType::timezone && text.empty();
    if (const auto problem = system_zone ? std::nullopt : check_value(*info_, v)) {
        show_error(wxString::FromUTF8(*problem));
        return std::nullopt;
    }
    show_error(wxString());
    return v;
}

void SettingControl::set_help(const wxString& help) {
    const wxString text = help + lock_note_;
    help_->SetLabel(text);
    help_->Wrap(help_->GetParent()->FromDIP(400));
    set_accessible_description(main_, text);
}

void SettingControl::show_error(const wxString& message) {
    error_->SetLabel(message);
    error_->Wrap(error_->GetParent()->FromDIP(400));
    error_->Show(!message.empty());
}

void SettingControl::on_change(std::function<void()> changed) {
    if (check_ != nullptr)
        check_->Bind(wxEVT_CHECKBOX, [changed](wxCommandEvent& e) {
            changed();
            e.Skip();
        });
    if (choice_ != nullptr)
        choice_->Bind(wxEVT_CHOICE, [changed](wxCommandEvent& e) {
            changed();
            e.Skip();
        });
}

void SettingControl::set_applies(bool applies) {
    const bool enable = applies && !locked_;
    main_->Enable(enable);
    for (auto* cb : days_)
        cb->Enable(enable);
    if (left_ != nullptr)
        left_->Enable(applies);
}

bool SettingControl::checked() const {
    return check_ != nullptr && check_->GetValue();
}

std::string SettingControl::choice() const {
    if (choice_ == nullptr || choice_->GetSelection() < 0)
        return {};
    return std::string(info_->choices[static_cast<std::size_t>(choice_->GetSelection())]);
}

int SettingControl::number() const {
    return spin_ != nullptr ? spin_->GetValue() : 0;
}

wxString conflict_text(const Conflict& conflict) {
    const auto* self = find_setting(conflict.key);
    const auto* other = find_setting(conflict.other_key);
    wxString other_name = other == nullptr ? from(conflict.other_key) : setting_label(*other);
    if (self != nullptr && other != nullptr && self->section() != other->section())
        other_name = section_title(other->section()) + wxString::FromUTF8(" \u203a ") + other_name;
    const wxString limit = from(conflict.limit);
    switch (conflict.rule) {
    case ConflictRule::shorter_than:
        /* TRANSLATORS: %1$s names another setting ("Every"), %2$s its value ("5m") */
        return wxString::Format(_("Must be shorter than \"%1$s\" (%2$s)."), other_name, limit);
    case ConflictRule::later_than:
        /* TRANSLATORS: %1$s names another setting ("Start"), %2$s its value ("09:00") */
        return wxString::Format(_("Must be later than \"%1$s\" (%2$s)."), other_name, limit);
    case ConflictRule::outside_hours:
        /* TRANSLATORS: %s is the working hours, "09:00 to 17:00" */
        return wxString::Format(_("Must not fall inside the working hours (%s)."), limit);
    case ConflictRule::shorter_than_workday:
        /* TRANSLATORS: %s is the length of the working day, "8h" */
        return wxString::Format(_("Must be shorter than the working day (%s)."), limit);
    }
    return from(conflict.message);
}

} // namespace respite::ui
