#include "core/local_time.h"

#include <date/tz.h>

namespace respite {
namespace {

const date::time_zone* find_zone(const std::string& name) {
    if (!name.empty()) {
        try {
            return date::locate_zone(name);
        } catch (const std::exception&) {
            // Unknown name: fall through to the system zone, as for an empty name.
        }
    }
    try {
        return date::current_zone();
    } catch (const std::exception&) {
        return date::locate_zone("UTC");
    }
}

class TzLocalTime final : public LocalTime {
public:
    explicit TzLocalTime(std::function<std::string()> source) : source_(std::move(source)) {}

    LocalInstant to_local(WallTime utc) const override { return zone()->to_local(utc); }

    WallTime to_utc(LocalInstant local) const override {
        const auto* z = zone();
        const auto info = z->get_info(local);
        switch (info.result) {
        case date::local_info::unique:
            return WallTime{local.time_since_epoch() - info.first.offset};
        case date::local_info::ambiguous:
            // Fall back: the earlier instant, i.e. still on the first (pre-transition) offset.
            return WallTime{local.time_since_epoch() - info.first.offset};
        case date::local_info::nonexistent:
        default:
            // Spring forward: the first instant after the gap is the transition itself.
            return std::chrono::time_point_cast<std::chrono::milliseconds>(info.second.begin);
        }
    }

    std::string zone_name() const override { return std::string(zone()->name()); }

private:
    const date::time_zone* zone() const { return find_zone(source_()); }
    std::function<std::string()> source_;
};

} // namespace

std::unique_ptr<LocalTime> make_tz_local_time(std::function<std::string()> zone_source) {
    return std::make_unique<TzLocalTime>(std::move(zone_source));
}

std::unique_ptr<LocalTime> make_tz_local_time(std::string zone) {
    return make_tz_local_time([zone = std::move(zone)] { return zone; });
}

} // namespace respite
