#pragma once
// The stress check-in (issue 11): a small, calm window at the end of the workday asking "How did today feel?" on
// five steps from calm to very stressed, with an optional one-line note, "Save" and "Not today".
#include "core/effect.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace respite::ui {

/// What the window's buttons do (called on the GUI thread; each may be empty).
struct CheckinActions {
    /// The answer: a feeling and the note (UTF-8, at most max_checkin_note characters); none is "Not today".
    std::function<void(std::optional<respite::Feeling>, const std::string& note)> answer;
};

/// Opens and closes the check-in window. Owned by the app; safe after the user closes it.
class CheckinPresenter {
public:
    /// Keeps the actions; shows nothing yet.
    explicit CheckinPresenter(CheckinActions actions);
    /// Closes the window if open.
    ~CheckinPresenter();
    CheckinPresenter(const CheckinPresenter&) = delete;
    CheckinPresenter& operator=(const CheckinPresenter&) = delete;

    /// Opens (or raises) the window. Closing it with the window button or Esc answers nothing: the day stays
    /// missing.
    void show();
    /// Closes the window.
    void close();
    /// True while the window is open.
    bool visible() const;
    /// The feeling chosen so far (tests), if the window is open and one is chosen.
    std::optional<respite::Feeling> choice() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The word shown for a feeling ("Calm" ... "Very stressed"), translated.
std::string feeling_label(respite::Feeling feeling);

} // namespace respite::ui
