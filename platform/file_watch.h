#pragma once
// Port: tells when a file may have changed (DESIGN.md §1). Linux: inotify on its folder (platform/linux/).
#include <boost/asio/io_context.hpp>

#include <filesystem>
#include <functional>
#include <memory>

namespace respite {

/// A running watch; destroying it (or stop()) ends it. Use on the io_context's thread, or after it stopped.
class FileWatch {
public:
    /// Virtual destructor: owned through std::unique_ptr<FileWatch>.
    virtual ~FileWatch() = default;
    /// Stops watching; `changed` is not called any more.
    virtual void stop() = 0;
};

/// Watches `file`, which need not exist yet (nor its folder): `changed` runs on `io`'s thread each time the file
/// was written, replaced (editors save by rename) or removed, possibly several times for one save. Returns
/// nullptr when the OS offers no watch (the caller then relies on an explicit reload).
std::unique_ptr<FileWatch> watch_file(boost::asio::io_context& io, const std::filesystem::path& file,
                                      std::function<void()> changed);

} // namespace respite
