#pragma once
// The break window: full-screen calm cover for rest breaks (one frame per monitor), a smaller
// centred window for micro-breaks. Driven by a BreakView from the app; never talks to the engine.
#include "core/effect.h"
#include "core/time.h"

#include <functional>
#include <memory>
#include <string>

namespace respite::ui {

/// What the break window shows (filled by the app from effects and status).
struct BreakView {
    BreakKind kind = BreakKind::micro;
    Duration length{};         ///< the break's full length
    Duration done{};           ///< how much of it has been taken
    bool running = true;       ///< false while the user keeps typing (countdown paused)
    bool strict = false;       ///< strict mode: no postpone/skip, "I'm presenting" instead
    int postpones_left = 0;    ///< for this break
    int skips_left = 0;        ///< today
    bool can_postpone = false; ///< show Postpone (and let Esc postpone)
    bool can_skip = false;     ///< show Skip
    bool can_present = false;  ///< offer "I'm presenting" (strict mode's escape)
    bool can_end = false;      ///< a break the user asked for: "End break" instead of Postpone/Skip
    std::string idea;          ///< idea text (translated); empty = the presenter picks one
};

/// What the buttons do (each may be empty; called on the GUI thread).
struct BreakActions {
    std::function<void()> postpone;   ///< Postpone button or Esc (ev::Postpone)
    std::function<void()> skip;       ///< Skip button (ev::Skip)
    std::function<void()> presenting; ///< "I'm presenting" (ev::Presenting)
    std::function<void()> end_break;  ///< "End break" on a break the user asked for (ev::Skip: spends nothing)
};

/// Shows, updates and closes the break window(s). Owned by the app; safe to call at any time
/// (after the user closed a window, after a display change, repeatedly with the same view).
class BreakPresenter {
public:
    /// Keeps the actions; shows nothing yet.
    explicit BreakPresenter(BreakActions actions);
    /// Closes any window still open.
    ~BreakPresenter();
    BreakPresenter(const BreakPresenter&) = delete;
    BreakPresenter& operator=(const BreakPresenter&) = delete;

    /// Opens the window(s) for this view, or updates the open ones (a kind change reopens).
    void show(const BreakView& view);
    /// Closes every break window and stops the presenter's timer.
    void close();
    /// True while a break window is on screen.
    bool visible() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace respite::ui
