#include "ui/settings_dialog.h"

#include "core/config/cross_checks.h"
#include "core/config/toml_reader.h"
#include "core/config/user_file_writer.h"
#include "ui/accessibility.h"
#include "ui/asset_paths.h"
#include "ui/setting_control.h"
#include "ui/settings_values.h"
#include "ui/theme.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/weakref.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

namespace respite::ui {

namespace {
// The dialog: pages built from the table; OK writes only what changed.
class SettingsDialog : public wxDialog {
public:
    SettingsDialog(const ConfigPaths& paths, SaveFile save, SettingsSaved on_saved, PreviewSound preview,
                   AutostartSwitch autostart)
        : wxDialog(nullptr, wxID_ANY, _("Respite Settings"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          paths_(paths), save_(std::move(save)), on_saved_(std::move(on_saved)), autostart_(std::move(autostart)) {
        SetName("respite-settings");
        SetIcons(app_icons());
        loaded_ = load_config(paths_);
        shown_ = shown_settings(paths_, loaded_);
        // A native list box beside a simple book, not a wxListbook: the generic list inside the latter is
        // invisible to screen readers, a GTK list's rows are read out as the arrow keys move through them.
        sections_ = new wxListBox(this, wxID_ANY);
        sections_->SetName(_("Settings sections"));
        set_accessible_name(sections_, _("Settings sections"));
        sections_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) { book_->ChangeSelection(e.GetSelection()); });
        book_ = new wxSimplebook(this);
        const int gap = FromDIP(8);
        std::string_view current;
        wxScrolledWindow* page = nullptr;
        wxFlexGridSizer* grid = nullptr;
        for (const SettingInfo* entry : page_order()) {
            const SettingInfo& info = *entry;
            // The login switch is the autostart entry itself, as `respite autostart` changes it, never a line in
            // config.toml (app.autostart matters as an administrator's policy lock).
            const bool login_switch = info.key == "app.autostart";
            if (login_switch && !(autostart_.read && autostart_.change))
                continue;
            if (page == nullptr || info.section() != current) {
                current = info.section();
                page = new wxScrolledWindow(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                            wxVSCROLL | wxTAB_TRAVERSAL);
                page->SetScrollRate(0, FromDIP(12));
                grid = new wxFlexGridSizer(2, gap / 2, gap * 2);
                grid->AddGrowableCol(1, 1);
                auto* outer = new wxBoxSizer(wxVERTICAL);
                outer->Add(grid, 1, wxEXPAND | wxALL, gap * 2);
                page->SetSizer(outer);
                book_->AddPage(page, section_title(current));
                sections_->Append(section_title(current));
                pages_.push_back(page);
            }
            const bool locked = loaded_.locked(info.key);
            if (login_switch) {
                add_login_switch(page, grid, info, locked);
                continue;
            }
            std::function<void()> play;
            if (preview && info.section() == "sound" && info.type == ValueType::choice) {
                const std::size_t row = controls_.size();
                play = [this, preview, row] {
                    const auto* volume = control_for("sound.volume");
                    preview(controls_[row]->choice(), volume != nullptr ? volume->number() : 100);
                };
            }
            controls_.push_back(
                std::make_unique<SettingControl>(page, grid, info, get_value(info, shown_), locked, std::move(play)));
            control_page_.push_back(pages_.size() - 1);
        }
        wire_dependencies();
        for (auto* p : pages_)
            p->FitInside();
        show_page(0);

        status_ = new wxStaticText(this, wxID_ANY, wxString());
        status_->SetForegroundColour(current_palette().dark ? wxColour(0xF2, 0x8B, 0x82) : wxColour(0xB3, 0x26, 0x1E));
        if (loaded_.user_file_ignored && show_conflicts(shown_))
            for (auto* p : pages_)
                p->FitInside();
        if (loaded_.user_file_ignored)
            status_->SetLabel(_("Your config file has errors and is not in use. It is shown here as written: fix the "
                                "marked values and save."));
        // Own labels: wx's stock "OK"/"Cancel" come untranslated when the system lacks the locale.
        auto* buttons = new wxStdDialogButtonSizer;
        auto* ok = new wxButton(this, wxID_OK, _("&Save"));
        set_accessible_description(ok, _("Write the changed settings to your config file"));
        ok->SetDefault();
        buttons->AddButton(ok);
        // Created without its id: the translated label equals wx's translated stock label, which makes wxGTK use
        // GTK's own "Cancel", untranslated when GTK's catalog for the language is missing.
        auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel"));
        cancel->SetId(wxID_CANCEL);
        buttons->AddButton(cancel);
        buttons->Realize();
        Bind(wxEVT_BUTTON, &SettingsDialog::on_ok, this, wxID_OK);
        Bind(
            wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); }, wxID_CANCEL);
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });

        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* body = new wxBoxSizer(wxHORIZONTAL);
        body->Add(sections_, 0, wxEXPAND | wxRIGHT, gap);
        body->Add(book_, 1, wxEXPAND);
        sizer->Add(body, 1, wxEXPAND | wxALL, gap);
        sizer->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap * 2);
        sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
        SetSizer(sizer);
        // Wide enough for the widest page (the days row, long help lines): pages scroll only vertically.
        int page_width = 0, page_height = 0;
        for (auto* p : pages_) {
            page_width = std::max(page_width, p->GetSizer()->CalcMin().x);
            page_height = std::max(page_height, p->GetSizer()->CalcMin().y);
        }
        const int chrome = GetSize().x - GetClientSize().x + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
        const int width = sections_->GetBestSize().x + page_width + 3 * gap + chrome;
        // Tall enough for the longest page (GTK's overlay scroll bars hide that a page scrolls), within the screen.
        const int below = status_->GetBestSize().y + buttons->GetMinSize().y + 4 * gap;
        const int chrome_y = GetSize().y - GetClientSize().y;
        const int screen =
            wxDisplay(static_cast<unsigned>(std::max(wxDisplay::GetFromWindow(this), 0))).GetClientArea().GetHeight();
        const int height = std::min(page_height + below + chrome_y + 2 * gap, screen * 9 / 10);
        SetSize(wxSize(std::max(FromDIP(640), width), std::max(FromDIP(600), height)));
        SetMinSize(FromDIP(wxSize(480, 400)));
    }

private:
    // The switch shows what the entries on disk say now, not a value kept from before.
    void add_login_switch(wxWindow* page, wxFlexGridSizer* grid, const SettingInfo& info, bool locked) {
        const platform::AutostartReading reading = autostart_.read();
        login_.known = reading.error.empty();
        login_.starts = reading.state.starts;
        login_.locked = locked;
        login_.page = pages_.size() - 1;
        login_.row = std::make_unique<SettingControl>(page, grid, info, SettingValue{login_.starts}, locked);
        login_.row->set_help(_("Respite opens in the tray each time you log in to this computer. This changes it "
                               "for you only."));
        if (!login_.known) {
            login_.row->set_applies(false);
            /* TRANSLATORS: %s is the reason, in English: a file and why it cannot be read */
            login_.row->show_error(wxString::Format(_("Cannot tell whether Respite starts when you log in: %s"),
                                                    wxString::FromUTF8(reading.error)));
        }
    }

    // Turns starting at login on or off when the switch was changed; false (and the reason beside the switch)
    // when that failed, so nothing else is saved.
    bool apply_login_switch() {
        if (!login_.row || login_.locked || !login_.known || login_.row->checked() == login_.starts)
            return true;
        const bool wanted = login_.row->checked();
        if (const std::string error = autostart_.change(wanted); !error.empty()) {
            show_page(login_.page);
            /* TRANSLATORS: %s is the reason, in English, naming the file that could not be written */
            login_.row->show_error(wxString::Format(_("Could not change this: %s"), wxString::FromUTF8(error)));
            pages_[login_.page]->FitInside();
            login_.row->focus_target()->SetFocus();
            status_->SetLabel(_("Nothing was saved; see the highlighted page."));
            Layout();
            return false;
        }
        login_.starts = wanted;
        login_.row->show_error(wxString());
        return true;
    }

    void show_page(std::size_t page) {
        if (page >= pages_.size())
            return;
        sections_->SetSelection(static_cast<int>(page));
        book_->ChangeSelection(page);
    }

    SettingControl* control_for(std::string_view key) {
        for (auto& c : controls_) {
            if (c->info().key == key)
                return c.get();
        }
        return nullptr;
    }

    // Greys out what does not apply: the custom pattern's phases unless the pattern is custom, a break's interval
    // and length while that break is off.
    void wire_dependencies() {
        const auto when = [this](std::string_view on, std::vector<std::string_view> keys,
                                 std::function<bool(const SettingControl&)> applies) {
            auto* source = control_for(on);
            if (source == nullptr)
                return;
            std::vector<SettingControl*> targets;
            for (const auto k : keys) {
                if (auto* t = control_for(k))
                    targets.push_back(t);
            }
            const auto update = [source, targets, applies] {
                for (auto* t : targets)
                    t->set_applies(applies(*source));
            };
            source->on_change(update);
            update();
        };
        const auto checked = [](const SettingControl& c) { return c.checked(); };
        when("micro_break.enabled", {"micro_break.every", "micro_break.duration"}, checked);
        when("rest_break.enabled", {"rest_break.every", "rest_break.duration"}, checked);
        when("breathing.pattern", {"breathing.inhale", "breathing.hold_in", "breathing.exhale", "breathing.hold_out"},
             [](const SettingControl& c) { return c.choice() == "custom"; });
    }

    // Points at the first row with a problem: its page shown, its control focused, the status line saying so.
    void point_at(std::size_t row) {
        show_page(control_page_[row]);
        pages_[control_page_[row]]->FitInside();
        controls_[row]->focus_target()->SetFocus();
        status_->SetLabel(_("Some values need fixing; see the highlighted page."));
        Layout();
    }

    // Shows each cross-field conflict of `candidate` beside its field; the first such row, if any.
    std::optional<std::size_t> show_conflicts(const Settings& candidate) {
        std::optional<std::size_t> first;
        for (const auto& conflict : cross_check(candidate)) {
            auto* control = control_for(conflict.key);
            if (control == nullptr || loaded_.locked(conflict.key))
                control = control_for(conflict.other_key);
            if (control == nullptr)
                continue;
            control->show_error(conflict_text(conflict));
            const auto row = static_cast<std::size_t>(
                std::find_if(controls_.begin(), controls_.end(), [&](const auto& c) { return c.get() == control; }) -
                controls_.begin());
            first = std::min(first.value_or(row), row);
        }
        return first;
    }

    void on_ok(wxCommandEvent&) {
        Settings candidate = shown_;
        std::vector<std::pair<const SettingInfo*, SettingValue>> changes;
        std::optional<std::size_t> first_bad;
        for (std::size_t i = 0; i < controls_.size(); ++i) {
            auto& control = *controls_[i];
            if (loaded_.locked(control.info().key))
                continue;
            const auto value = control.value();
            if (!value) {
                first_bad = first_bad.value_or(i);
                continue;
            }
            set_value(control.info(), candidate, *value);
            if (*value != get_value(control.info(), shown_))
                changes.emplace_back(&control.info(), *value);
        }
        if (first_bad) {
            point_at(*first_bad);
            return;
        }
        // The loader's own rules between fields, before anything is written, each beside the field it is about.
        if (const auto row = show_conflicts(candidate)) {
            point_at(*row);
            return;
        }
        if (!apply_login_switch())
            return;
        if (changes.empty() && !loaded_.user_file_ignored) {
            Destroy();
            return;
        }
        // The same capped, non-blocking read as the loader: a FIFO here must not hang the GUI.
        const FileRead read =
            (paths_.read ? paths_.read : ReadFileFn(read_file_std))(paths_.user_file, max_config_bytes);
        if (const auto problem = describe_read_problem(paths_.user_file, read); !problem.empty()) {
            status_->SetLabel(wxString::FromUTF8(paths_.user_file.string() + ": " + problem));
            Layout();
            return;
        }
        std::string text = read.text;
        for (const auto& [info, value] : changes) {
            const TextEdit edit = set_value_in_text(text, info->key, value);
            if (!edit.ok()) {
                status_->SetLabel(wxString::FromUTF8(edit.error));
                Layout();
                return;
            }
            text = edit.text;
        }
        // The same check `respite config set` makes: the file written must load without an error.
        if (const auto errors = user_text_errors(paths_, text); !errors.empty()) {
            status_->SetLabel(wxString::Format(_("Not saved: %s"), wxString::FromUTF8(errors.front().message)));
            Layout();
            return;
        }
        const auto error = save_ ? save_(paths_.user_file, text) : fallback_save(paths_.user_file, text);
        if (error) {
            status_->SetLabel(wxString::Format(_("Could not save: %s"), wxString::FromUTF8(*error)));
            Layout();
            return;
        }
        if (on_saved_)
            on_saved_();
        Destroy();
    }

    ConfigPaths paths_;
    SaveFile save_;
    SettingsSaved on_saved_;
    LoadedConfig loaded_;
    Settings shown_; ///< what the rows start with: the values in use, or the ignored user file as written
    wxListBox* sections_ = nullptr;
    wxSimplebook* book_ = nullptr;
    wxStaticText* status_ = nullptr;
    std::vector<wxScrolledWindow*> pages_;
    std::vector<std::unique_ptr<SettingControl>> controls_;
    std::vector<std::size_t> control_page_;
    AutostartSwitch autostart_;
    /// The Startup page's switch, apart from controls_: it changes the autostart entry, not the user file.
    struct {
        std::unique_ptr<SettingControl> row;
        bool starts = false; ///< what the entries say (when the dialog opened, or after this dialog changed them)
        bool known = false;  ///< false: they could not be read, the switch is greyed out
        bool locked = false; ///< the administrator's policy sets app.autostart
        std::size_t page = 0;
    } login_;
};
} // namespace

struct SettingsPresenter::Impl {
    ConfigPaths paths;
    SaveFile save;
    SettingsSaved on_saved;
    PreviewSound preview;
    AutostartSwitch autostart;
    wxWeakRef<SettingsDialog> dialog;
    bool visible() const { return dialog && !dialog->IsBeingDeleted(); }
};

SettingsPresenter::SettingsPresenter(ConfigPaths paths, SaveFile save, SettingsSaved on_saved)
    : impl_(std::make_unique<Impl>()) {
    impl_->paths = std::move(paths);
    impl_->save = std::move(save);
    impl_->on_saved = std::move(on_saved);
}

SettingsPresenter::~SettingsPresenter() {
    close();
}

void SettingsPresenter::show() {
    if (!impl_->visible()) {
        impl_->dialog =
            new SettingsDialog(impl_->paths, impl_->save, impl_->on_saved, impl_->preview, impl_->autostart);
        impl_->dialog->Centre();
        impl_->dialog->Show();
    }
    impl_->dialog->Raise();
}

void SettingsPresenter::close() {
    if (impl_->visible())
        impl_->dialog->Destroy();
}

void SettingsPresenter::set_preview(PreviewSound preview) {
    impl_->preview = std::move(preview);
}

void SettingsPresenter::set_autostart(AutostartSwitch autostart) {
    impl_->autostart = std::move(autostart);
}

bool SettingsPresenter::visible() const {
    return impl_->visible();
}

} // namespace respite::ui
