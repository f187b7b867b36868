#pragma once
// The end-of-workday dialog: "Your workday ended at 17:30" with wrap-up and done choices.
#include "core/time.h"

#include <functional>
#include <memory>

namespace respite::ui {

/// What the cutoff dialog shows.
struct CutoffView {
    TimeOfDay end{};                             ///< the workday's end, local time of day
    bool late = false;                           ///< shown on return after the end (effect reason "late")
    Duration wrap_up = std::chrono::minutes(10); ///< offered by the "Wrap up" button
};

/// What its buttons do (called on the GUI thread; each may be empty).
struct CutoffActions {
    std::function<void(Duration)> wrap_up; ///< snooze the cutoff by this long (ev::SnoozeCutoff)
    std::function<void()> done_for_today;  ///< pause until the next workday (ev::PauseUntilNextWorkday)
    std::function<void()> closed;          ///< the dialog is gone, however it closed (called after the event)
};

/// Opens and closes the cutoff dialog. Owned by the app; safe after the user closes it.
class CutoffPresenter {
public:
    /// Keeps the actions; shows nothing yet.
    explicit CutoffPresenter(CutoffActions actions);
    /// Closes the dialog if open.
    ~CutoffPresenter();
    CutoffPresenter(const CutoffPresenter&) = delete;
    CutoffPresenter& operator=(const CutoffPresenter&) = delete;

    /// Opens (or updates and raises) the dialog. Closing it with the window button does nothing.
    void show(const CutoffView& view);
    /// Closes the dialog.
    void close();
    /// True while the dialog is open.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
