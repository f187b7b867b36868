#include "ui/theme.h"

#include <wx/settings.h>

namespace respite::ui {

namespace {
std::optional<bool> forced_dark;

Palette light_palette() {
    Palette p;
    p.dark = false;
    p.background = wxColour(0xF3, 0xF0, 0xE9);
    p.surface = wxColour(0xFF, 0xFE, 0xFB);
    p.text = wxColour(0x2B, 0x36, 0x36);
    p.muted = wxColour(0x5E, 0x6B, 0x6A);
    p.accent = wxColour(0x3F, 0x86, 0x78);
    p.accent_soft = wxColour(0xCB, 0xE2, 0xDA);
    p.track = wxColour(0xE0, 0xDB, 0xD0);
    p.dim = wxColour(0x2A, 0x30, 0x30);
    return p;
}

Palette dark_palette() {
    Palette p;
    p.dark = true;
    p.background = wxColour(0x1B, 0x20, 0x22);
    p.surface = wxColour(0x25, 0x2C, 0x2F);
    p.text = wxColour(0xE4, 0xE8, 0xE4);
    p.muted = wxColour(0x9C, 0xA8, 0xA5);
    p.accent = wxColour(0x7B, 0xC3, 0xB1);
    p.accent_soft = wxColour(0x2C, 0x47, 0x42);
    p.track = wxColour(0x33, 0x3C, 0x3D);
    p.dim = wxColour(0x0C, 0x0F, 0x10);
    return p;
}
} // namespace

Palette current_palette() {
    const bool dark = forced_dark ? *forced_dark : wxSystemSettings::GetAppearance().IsDark();
    return dark ? dark_palette() : light_palette();
}

void force_dark(std::optional<bool> dark) {
    forced_dark = dark;
}

wxFont scaled_font(double scale, wxFontWeight weight) {
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
    font.SetWeight(weight);
    return font;
}

} // namespace respite::ui
