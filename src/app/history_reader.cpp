#include "app/history_reader.h"

#include "ui/post_to_gui.h"

namespace respite::app {

HistoryReader::~HistoryReader() {
    *alive_ = false;
    if (worker_.joinable())
        worker_.join();
}

void HistoryReader::run(std::function<std::function<void()>()> read) {
    if (worker_.joinable())
        worker_.join(); // the previous read takes milliseconds
    worker_ = std::thread([alive = alive_, read = std::move(read)] {
        std::function<void()> show = read();
        ui::post_to_gui([alive, show = std::move(show)] {
            if (*alive && show)
                show();
        });
    });
}

} // namespace respite::app
