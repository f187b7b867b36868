#include "core/file_read.h"

#include <fstream>

namespace respite {

namespace fs = std::filesystem;

std::string describe_file_type(fs::file_type type) {
    switch (type) {
    case fs::file_type::directory:
        return "a directory";
    case fs::file_type::fifo:
        return "a named pipe (FIFO)";
    case fs::file_type::character:
    case fs::file_type::block:
        return "a device";
    case fs::file_type::socket:
        return "a socket";
    default:
        return "not a regular file";
    }
}

FileRead read_file_std(const fs::path& path, std::size_t max_bytes) {
    FileRead out;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return out;
    if (ec) {
        out.status = ReadStatus::unreadable;
        out.detail = ec.message();
        return out;
    }
    if (status.type() != fs::file_type::regular) {
        out.status = ReadStatus::not_regular;
        out.detail = describe_file_type(status.type());
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) {
        out.status = ReadStatus::unreadable;
        out.detail = "cannot open the file";
        return out;
    }
    out.text.resize(max_bytes + 1);
    in.read(out.text.data(), static_cast<std::streamsize>(out.text.size()));
    if (in.bad()) {
        out.status = ReadStatus::unreadable;
        out.detail = "read error";
        out.text.clear();
        return out;
    }
    out.text.resize(static_cast<std::size_t>(in.gcount()));
    if (out.text.size() > max_bytes) {
        out.status = ReadStatus::too_large;
        out.text.clear();
        return out;
    }
    out.status = ReadStatus::ok;
    return out;
}

} // namespace respite
