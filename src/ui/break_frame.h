#pragma once
// One break window frame: the content frame (ring, idea, buttons) or a dimmed cover (time left) for another monitor.
#include "ui/break_window.h"
#include "ui/theme.h"

#include <wx/frame.h>

class wxButton;
class wxStaticText;

namespace respite::ui {

class CountdownRing;

/// A borderless frame covering `area`. With `content` it shows the break; without, it dims and shows the time left.
class BreakFrame : public wxFrame {
public:
    /// Builds the frame for `view`; `fullscreen` covers the area (rest), else a card is centred in it.
    BreakFrame(const wxRect& area, bool fullscreen, bool content, const BreakView& view, const BreakActions& actions);
    /// Applies a new view (buttons, labels) and the locally animated `done`.
    void update(const BreakView& view, Duration done);
    /// Only the ring and countdown texts (called by the presenter's animation timer).
    void tick(Duration done);
    /// Puts keyboard focus on the ring, so keys typed as the window appears press no button.
    void focus_ring();

private:
    void build_content(wxWindow* panel, bool fullscreen);
    void show_left(Duration done);
    void on_size(wxSizeEvent& event);
    void run(const std::function<void()>& action);
    void on_key(wxKeyEvent& event);
    void on_close(wxCloseEvent& event);

    wxRect area_;
    int refits_ = 0;
    BreakView view_;
    BreakActions actions_;
    Palette palette_;
    bool content_ = true;
    CountdownRing* ring_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* idea_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxStaticText* left_ = nullptr; ///< the cover's "9:41 left"
    wxButton* postpone_ = nullptr;
    wxButton* skip_ = nullptr;
    wxButton* presenting_ = nullptr;
    wxButton* end_ = nullptr;
};

} // namespace respite::ui
