#pragma once
// The settings dialog, generated from the settings table (src/core/config): a list of sections beside one
// page per section, the right control per type, the key's doc line as help, locked keys disabled.
#include "core/config/config_loader.h"
#include "platform/autostart.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace respite::ui {

/// Called after OK wrote changed keys to the user file (the app then reloads, as on `respite reload`).
using SettingsSaved = std::function<void()>;
/// Writes `text` to `file` atomically (the app passes platform::write_file_atomic); returns an error line or nullopt.
using SaveFile = std::function<std::optional<std::string>(const std::filesystem::path& file, const std::string& text)>;

/// Plays a bundled sound by name at a volume in percent (the sound rows' Preview buttons).
using PreviewSound = std::function<void(const std::string& name, int volume_percent)>;

/// The "Start Respite when I log in" switch of the Startup page. `read` says what the entries on disk say when the
/// dialog opens; `change` turns it on or off on Save, as `respite autostart on|off` does (the app passes
/// change_autostart()), and returns why it could not, or "".
struct AutostartSwitch {
    std::function<platform::AutostartReading()> read;
    std::function<std::string(bool starts)> change;
};

/// Opens and closes the settings dialog. Owned by the app; safe after the user closes it.
class SettingsPresenter {
public:
    /// `paths` are the layer files (config_paths() over the XDG dirs); edits go to paths.user_file through `save`.
    SettingsPresenter(ConfigPaths paths, SaveFile save, SettingsSaved on_saved);
    /// Closes the dialog if open (discarding edits).
    ~SettingsPresenter();
    SettingsPresenter(const SettingsPresenter&) = delete;
    SettingsPresenter& operator=(const SettingsPresenter&) = delete;

    /// Opens the dialog with the current layered values (re-read now), or raises the open one.
    void show();
    /// Closes the dialog, discarding edits.
    void close();
    /// Gives the sound rows a Preview button (for dialogs opened from now on).
    void set_preview(PreviewSound preview);
    /// Gives dialogs opened from now on the Startup page with the login switch (without it, there is no such page).
    void set_autostart(AutostartSwitch autostart);
    /// True while the dialog is open.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
