// The Windows policy store (platform/policy_store.h): every value under HKLM, then HKCU, \Software\Policies\Respite
// (locked) and ...\Respite\Recommended (admin defaults), as Group Policy writes them from respite.admx. Only the
// raw values are read here; core/config/stored_values.cpp checks them against the settings table.
#include "platform/policy_store.h"

#include <windows.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace respite::platform {
namespace {

// Far more than the settings table holds; a key stuffed with values is not read past this.
constexpr DWORD max_values = 1000;
// A setting's text is a few bytes; longer data is not a setting Respite reads.
constexpr DWORD max_data_bytes = 64 * 1024;

std::string utf8(const wchar_t* text, std::size_t length) {
    if (length == 0)
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, text, static_cast<int>(length), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n > 0 ? n : 0), '\0');
    if (n > 0)
        WideCharToMultiByte(CP_UTF8, 0, text, static_cast<int>(length), out.data(), n, nullptr, nullptr);
    return out;
}

std::wstring wide(const char* text) {
    std::wstring out;
    for (const char* p = text; *p != '\0'; ++p)
        out += static_cast<wchar_t>(static_cast<unsigned char>(*p)); // the key names are ASCII
    return out;
}

std::string system_message(LONG code) {
    wchar_t* buffer = nullptr;
    const DWORD n =
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                       nullptr, static_cast<DWORD>(code), 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::string out = n > 0 ? utf8(buffer, n) : std::string();
    if (buffer != nullptr)
        LocalFree(buffer);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ' || out.back() == '.'))
        out.pop_back();
    return out.empty() ? "error " + std::to_string(code) : out + " (error " + std::to_string(code) + ")";
}

std::string type_name(DWORD type) {
    switch (type) {
    case REG_SZ:
        return "REG_SZ";
    case REG_EXPAND_SZ:
        return "REG_EXPAND_SZ";
    case REG_MULTI_SZ:
        return "REG_MULTI_SZ";
    case REG_DWORD:
        return "REG_DWORD";
    case REG_QWORD:
        return "REG_QWORD";
    case REG_BINARY:
        return "REG_BINARY";
    case REG_DWORD_BIG_ENDIAN:
        return "REG_DWORD_BIG_ENDIAN";
    case REG_NONE:
        return "REG_NONE";
    default:
        return "registry type " + std::to_string(type);
    }
}

// One value as read: numbers of 4 or 8 bytes, text without its terminating NULs, anything else as "other".
StoredValue stored_value(std::string name, DWORD type, const std::vector<BYTE>& data, DWORD size) {
    StoredValue v{std::move(name), StoredKind::other, 0, {}, type_name(type)};
    if (type == REG_DWORD && size == sizeof(DWORD)) {
        DWORD n = 0;
        std::memcpy(&n, data.data(), sizeof n);
        v.kind = StoredKind::number;
        v.number = n;
    } else if (type == REG_QWORD && size == sizeof(ULONGLONG)) {
        ULONGLONG n = 0;
        std::memcpy(&n, data.data(), sizeof n);
        v.kind = StoredKind::number;
        v.number = n;
    } else if (type == REG_SZ || type == REG_EXPAND_SZ) {
        std::size_t chars = size / sizeof(wchar_t);
        const auto* text = reinterpret_cast<const wchar_t*>(data.data());
        while (chars > 0 && text[chars - 1] == L'\0')
            --chars;
        v.kind = StoredKind::text;
        v.text = utf8(text, chars);
    }
    return v;
}

// Every value of one key, or nothing when the key does not exist.
std::vector<StoredSource> read_key(HKEY root, const char* root_name, const char* path) {
    const std::string name = std::string(root_name) + "\\" + path;
    HKEY key = nullptr;
    // Software\Policies is shared between the 32- and 64-bit views; KEY_WOW64_64KEY keeps a 32-bit build honest.
    const LONG opened = RegOpenKeyExW(root, wide(path).c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &key);
    if (opened == ERROR_FILE_NOT_FOUND || opened == ERROR_PATH_NOT_FOUND)
        return {};
    if (opened != ERROR_SUCCESS)
        return {{name, {}, "cannot open: " + system_message(opened)}};
    StoredSource source{name, {}, {}};
    DWORD count = 0, longest_name = 0, longest_data = 0;
    LONG status = RegQueryInfoKeyW(key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &count, &longest_name,
                                   &longest_data, nullptr, nullptr);
    if (status != ERROR_SUCCESS) {
        RegCloseKey(key);
        return {{name, {}, "cannot read: " + system_message(status)}};
    }
    std::vector<wchar_t> value_name(longest_name + 1);
    std::vector<BYTE> data(std::min(longest_data, max_data_bytes) + sizeof(wchar_t));
    for (DWORD i = 0; i < count && i < max_values; ++i) {
        DWORD name_chars = static_cast<DWORD>(value_name.size());
        DWORD type = 0;
        DWORD size = static_cast<DWORD>(data.size());
        status = RegEnumValueW(key, i, value_name.data(), &name_chars, nullptr, &type, data.data(), &size);
        if (status == ERROR_NO_MORE_ITEMS)
            break;
        const std::string value = utf8(value_name.data(), name_chars);
        if (status == ERROR_MORE_DATA) {
            // Longer than any setting (or grown since the size query): named, so it is reported, not applied.
            source.values.push_back({value, StoredKind::other, 0, {}, "data over 64 KiB"});
            continue;
        }
        if (status != ERROR_SUCCESS) {
            RegCloseKey(key);
            return {{name, {}, "cannot read value " + std::to_string(i) + ": " + system_message(status)}};
        }
        if (value.empty())
            continue; // the key's default value, which Group Policy never writes
        source.values.push_back(stored_value(value, type, data, size));
    }
    RegCloseKey(key);
    return {source};
}

} // namespace

StoredLayers read_stored_policy() {
    StoredLayers out;
    for (const auto& [root, root_name] :
         {std::pair{HKEY_LOCAL_MACHINE, "HKLM"}, std::pair{HKEY_CURRENT_USER, "HKCU"}}) {
        for (auto& s : read_key(root, root_name, policy_key))
            out.policy.push_back(std::move(s));
        for (auto& s : read_key(root, root_name, recommended_key))
            out.defaults.push_back(std::move(s));
    }
    return out;
}

} // namespace respite::platform
