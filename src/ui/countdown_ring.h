#pragma once
// A smooth anti-aliased countdown ring with the time left in its centre (wxGraphicsContext).
#include "core/time.h"
#include "ui/disc_panel.h"

namespace respite::ui {

/// The break window's ring: depletes clockwise from the top as the break is taken.
class CountdownRing : public DiscPanel {
public:
    /// A square ring of `diameter` pixels (DIP).
    CountdownRing(wxWindow* parent, int diameter, const Palette& palette);
    /// Sets the state; repaints only when something visible changed.
    void set(Duration length, Duration done, bool running);

private:
    void paint(wxGraphicsContext& gc, wxSize size) override;

    Duration length_{};
    Duration done_{};
    bool running_ = true;
};

} // namespace respite::ui
