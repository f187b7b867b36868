// Fullscreen detection on X11: _NET_ACTIVE_WINDOW on the root and _NET_WM_STATE of that window, both followed
// through PropertyNotify on a private X connection (no polling).
#include "platform/linux/busy_sources.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <glib-unix.h>
#include <glib.h>

#include <unistd.h>

#include <algorithm>
#include <vector>

namespace respite::linux_busy {
namespace {

// The active window may vanish between an event and our query (BadWindow). Xlib's error handler is process
// wide and GDK keeps its own, so ours ignores errors on our connections only and chains the rest.
std::vector<Display*>& our_displays() {
    static std::vector<Display*> displays;
    return displays;
}
XErrorHandler previous_handler = nullptr;

int ignore_our_errors(Display* dpy, XErrorEvent* error) {
    const auto& ours = our_displays();
    if (std::find(ours.begin(), ours.end(), dpy) != ours.end())
        return 0;
    return previous_handler ? previous_handler(dpy, error) : 0;
}

class X11Fullscreen final : public FullscreenWatcher {
public:
    X11Fullscreen(Display* dpy, std::function<void(bool)> changed) : dpy_(dpy), changed_(std::move(changed)) {
        our_displays().push_back(dpy_);
        if (!previous_handler)
            previous_handler = XSetErrorHandler(&ignore_our_errors);
        root_ = DefaultRootWindow(dpy_);
        active_atom_ = XInternAtom(dpy_, "_NET_ACTIVE_WINDOW", False);
        state_atom_ = XInternAtom(dpy_, "_NET_WM_STATE", False);
        fullscreen_atom_ = XInternAtom(dpy_, "_NET_WM_STATE_FULLSCREEN", False);
        pid_atom_ = XInternAtom(dpy_, "_NET_WM_PID", False);
        XSelectInput(dpy_, root_, PropertyChangeMask);
        follow_active();
        fullscreen_ = compute();
        XFlush(dpy_);
        source_ = g_unix_fd_add(ConnectionNumber(dpy_), static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                                &X11Fullscreen::on_fd, this);
    }
    ~X11Fullscreen() override {
        if (source_)
            g_source_remove(source_);
        XCloseDisplay(dpy_);
        auto& ours = our_displays();
        ours.erase(std::remove(ours.begin(), ours.end(), dpy_), ours.end());
    }

    bool fullscreen() const override { return fullscreen_; }

private:
    Window read_active() {
        Atom type = None;
        int format = 0;
        unsigned long count = 0, after = 0;
        unsigned char* data = nullptr;
        Window w = None;
        if (XGetWindowProperty(dpy_, root_, active_atom_, 0, 1, False, XA_WINDOW, &type, &format, &count, &after,
                               &data) == Success &&
            data && type == XA_WINDOW && format == 32 && count == 1)
            w = static_cast<Window>(*reinterpret_cast<unsigned long*>(data));
        if (data)
            XFree(data);
        return w;
    }

    void follow_active() {
        const Window w = read_active();
        if (w == active_)
            return;
        if (active_ != None)
            XSelectInput(dpy_, active_, NoEventMask);
        active_ = w;
        if (active_ != None)
            XSelectInput(dpy_, active_, PropertyChangeMask | StructureNotifyMask);
    }

    bool compute() {
        if (active_ == None)
            return false;
        XWindowAttributes attrs;
        if (!XGetWindowAttributes(dpy_, active_, &attrs) || attrs.map_state != IsViewable)
            return false;
        // Respite's own full-screen break windows are not the user being busy (issue 15 bug 7).
        if (window_pid(active_) == static_cast<unsigned long>(getpid()))
            return false;
        Atom type = None;
        int format = 0;
        unsigned long count = 0, after = 0;
        unsigned char* data = nullptr;
        bool full = false;
        if (XGetWindowProperty(dpy_, active_, state_atom_, 0, 64, False, XA_ATOM, &type, &format, &count, &after,
                               &data) == Success &&
            data && type == XA_ATOM && format == 32) {
            const auto* atoms = reinterpret_cast<unsigned long*>(data);
            full = std::find(atoms, atoms + count, fullscreen_atom_) != atoms + count;
        }
        if (data)
            XFree(data);
        return full;
    }

    unsigned long window_pid(Window w) {
        Atom type = None;
        int format = 0;
        unsigned long count = 0, after = 0;
        unsigned char* data = nullptr;
        unsigned long pid = 0;
        if (XGetWindowProperty(dpy_, w, pid_atom_, 0, 1, False, XA_CARDINAL, &type, &format, &count, &after, &data) ==
                Success &&
            data && type == XA_CARDINAL && format == 32 && count == 1)
            pid = *reinterpret_cast<unsigned long*>(data);
        if (data)
            XFree(data);
        return pid;
    }

    static gboolean on_fd(gint, GIOCondition cond, gpointer self) {
        auto* me = static_cast<X11Fullscreen*>(self);
        if (cond & (G_IO_HUP | G_IO_ERR)) {
            me->source_ = 0;
            return G_SOURCE_REMOVE;
        }
        bool dirty = false;
        while (XPending(me->dpy_) > 0) {
            XEvent ev;
            XNextEvent(me->dpy_, &ev);
            // A destroyed or unmapped active window is not on screen, whatever the WM says of focus yet.
            if ((ev.type == DestroyNotify && ev.xdestroywindow.window == me->active_) ||
                (ev.type == UnmapNotify && ev.xunmap.window == me->active_)) {
                if (ev.type == DestroyNotify)
                    me->active_ = None;
                me->follow_active();
                dirty = true;
                continue;
            }
            if (ev.type != PropertyNotify)
                continue;
            if (ev.xproperty.window == me->root_ && ev.xproperty.atom == me->active_atom_) {
                me->follow_active();
                dirty = true;
            } else if (ev.xproperty.window == me->active_ && ev.xproperty.atom == me->state_atom_) {
                dirty = true;
            }
        }
        if (dirty) {
            const bool full = me->compute();
            XFlush(me->dpy_);
            if (full != me->fullscreen_) {
                me->fullscreen_ = full;
                me->changed_(full);
            }
        }
        return G_SOURCE_CONTINUE;
    }

    Display* dpy_;
    std::function<void(bool)> changed_;
    Window root_ = None;
    Window active_ = None;
    Atom active_atom_ = None;
    Atom state_atom_ = None;
    Atom fullscreen_atom_ = None;
    Atom pid_atom_ = None;
    bool fullscreen_ = false;
    guint source_ = 0;
};

} // namespace

std::unique_ptr<FullscreenWatcher> make_fullscreen_watcher(std::function<void(bool)> changed) {
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy)
        return nullptr;
    return std::make_unique<X11Fullscreen>(dpy, std::move(changed));
}

} // namespace respite::linux_busy
