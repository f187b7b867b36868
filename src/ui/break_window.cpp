#include "ui/break_window.h"

#include "ui/break_frame.h"
#include "ui/callback_timer.h"
#include "ui/ideas.h"

#include <wx/display.h>
#include <wx/weakref.h>

#include <chrono>
#include <vector>

namespace respite::ui {

struct BreakPresenter::Impl {
    explicit Impl(BreakActions a) : actions(std::move(a)), timer([this] { tick(); }) {}

    BreakActions actions;
    BreakView view;
    std::chrono::steady_clock::time_point updated;
    wxWeakRef<BreakFrame> main;
    std::vector<wxWeakRef<BreakFrame>> frames;
    unsigned displays = 0;
    CallbackTimer timer;

    bool visible() const { return main && !main->IsBeingDeleted(); }

    Duration done_now() const {
        Duration done = view.done;
        if (view.running)
            done += std::chrono::duration_cast<Duration>(std::chrono::steady_clock::now() - updated);
        return std::min(done, view.length);
    }

    void tick() {
        if (!visible()) {
            close();
            return;
        }
        const Duration done = done_now();
        for (auto& frame : frames)
            if (frame)
                frame->tick(done);
    }

    void open() {
        displays = wxDisplay::GetCount();
        int primary = 0;
        for (unsigned i = 0; i < displays; ++i)
            if (wxDisplay(i).IsPrimary())
                primary = static_cast<int>(i);
        if (view.kind == BreakKind::micro) {
            main =
                new BreakFrame(wxDisplay(static_cast<unsigned>(primary)).GetClientArea(), false, true, view, actions);
            frames.push_back(main);
        } else {
            // A rest break covers every monitor: the content on the primary, a calm veil elsewhere.
            for (unsigned i = 0; i < displays; ++i) {
                auto* frame =
                    new BreakFrame(wxDisplay(i).GetGeometry(), true, static_cast<int>(i) == primary, view, actions);
                frames.push_back(frame);
                if (static_cast<int>(i) == primary)
                    main = frame;
            }
        }
        for (auto& frame : frames) {
            if (!frame)
                continue;
            frame->Show();
            if (view.kind != BreakKind::micro)
                frame->ShowFullScreen(true, wxFULLSCREEN_ALL);
        }
        main->Raise();
        main->focus_ring();
        timer.Start(100);
    }

    void close() {
        timer.Stop();
        for (auto& frame : frames)
            if (frame && !frame->IsBeingDeleted())
                frame->Destroy();
        frames.clear();
        main = nullptr;
    }
};

BreakPresenter::BreakPresenter(BreakActions actions) : impl_(std::make_unique<Impl>(std::move(actions))) {}

BreakPresenter::~BreakPresenter() {
    impl_->close();
}

void BreakPresenter::show(const BreakView& view) {
    const bool reopen = !impl_->visible() || view.kind != impl_->view.kind || wxDisplay::GetCount() != impl_->displays;
    const std::string idea = impl_->view.idea;
    impl_->view = view;
    if (impl_->view.idea.empty())
        impl_->view.idea = reopen ? next_idea(view.kind) : idea;
    impl_->updated = std::chrono::steady_clock::now();
    if (reopen) {
        impl_->close();
        impl_->open();
        return;
    }
    for (auto& frame : impl_->frames)
        if (frame)
            frame->update(impl_->view, impl_->done_now());
}

void BreakPresenter::close() {
    impl_->close();
}

bool BreakPresenter::visible() const {
    return impl_->visible();
}

} // namespace respite::ui
