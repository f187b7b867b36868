#include "app/admx/admx_writer.h"

#include "core/config/duration.h"
#include "core/config/setting_value.h"
#include "core/translatable.h"

#include <chrono>
#include <string>
#include <vector>

namespace respite::admx {
namespace {

constexpr std::string_view policy_key = "Software\\Policies\\Respite";
constexpr std::string_view recommended_key = "Software\\Policies\\Respite\\Recommended";
// The templates' own revision (major.minor, as the schema wants), raised when a policy changes meaning.
constexpr std::string_view template_revision = "1.0";
constexpr std::string_view xmlns = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions";

std::string xml(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// "%1 ... %2" with the arguments put in.
std::string fill(std::string text, const std::vector<std::string>& args) {
    for (std::size_t i = args.size(); i > 0; --i) {
        const std::string mark = "%" + std::to_string(i);
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + args[i - 1].size()))
            text.replace(at, mark.size(), args[i - 1]);
    }
    return text;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string identifier(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            c = '_';
    }
    return out;
}

std::string category_name(std::string_view section, bool recommended) {
    return std::string(recommended ? "respite_recommended_" : "respite_") + identifier(section);
}

std::int64_t seconds(std::int64_t ms) {
    return ms / 1000;
}

// How Group Policy stores the setting: a number (REG_DWORD) or text (REG_SZ).
bool stored_as_number(const SettingInfo& info) {
    return info.type == ValueType::boolean || info.type == ValueType::integer || info.type == ValueType::duration;
}

std::string element(const SettingInfo& info, const std::string& id) {
    const std::string head = "id=\"" + id + "\" valueName=\"" + xml(info.key) + "\"";
    switch (info.type) {
    case ValueType::boolean:
        return "        <boolean " + head +
               ">\n          <trueValue><decimal value=\"1\" /></trueValue>\n"
               "          <falseValue><decimal value=\"0\" /></falseValue>\n        </boolean>\n";
    case ValueType::integer:
        return "        <decimal " + head + " required=\"true\" minValue=\"" + std::to_string(info.min) +
               "\" maxValue=\"" + std::to_string(info.max) + "\" />\n";
    case ValueType::duration:
        return "        <decimal " + head + " required=\"true\" minValue=\"" +
               std::to_string(info.zero_is_off ? 0 : seconds(info.min)) + "\" maxValue=\"" +
               std::to_string(seconds(info.max)) + "\" />\n";
    case ValueType::choice: {
        std::string out = "        <enum " + head + " required=\"true\">\n";
        for (const auto choice : info.choices)
            out += "          <item displayName=\"$(string." + policy_name(info, false) + "_" + identifier(choice) +
                   ")\"><value><string>" + xml(choice) + "</string></value></item>\n";
        return out + "        </enum>\n";
    }
    case ValueType::timezone:
        return "        <text " + head + " maxLength=\"64\" />\n";
    case ValueType::time_of_day:
    case ValueType::weekdays:
        return "        <text " + head + " required=\"true\" maxLength=\"64\" />\n";
    }
    return {};
}

std::string policy(const SettingInfo& info, bool recommended) {
    const std::string name = policy_name(info, recommended);
    const std::string shared = policy_name(info, false);
    return "    <policy name=\"" + name + "\" class=\"Both\" displayName=\"$(string." + shared +
           ")\" explainText=\"$(string." + name + "_Explain)\" presentation=\"$(presentation." + shared + ")\" key=\"" +
           xml(recommended ? recommended_key : policy_key) + "\">\n      <parentCategory ref=\"" +
           category_name(info.section(), recommended) +
           "\" />\n      <supportedOn ref=\"SUPPORTED_RESPITE\" />\n      <elements>\n" + element(info, shared) +
           "      </elements>\n    </policy>\n";
}

// The default value as the policy's control shows it.
std::string default_text(const SettingInfo& info) {
    const Settings defaults;
    const SettingValue v = get_value(info, defaults);
    if (info.type == ValueType::duration)
        return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(std::get<Duration>(v)).count());
    return format_value(info, v);
}

std::string presentation(const Language& lang, const SettingInfo& info) {
    const std::string id = policy_name(info, false);
    const std::string label = xml(lang.label(info));
    std::string out = "      <presentation id=\"" + id + "\">\n";
    switch (info.type) {
    case ValueType::boolean:
        out += "        <checkBox refId=\"" + id + "\" defaultChecked=\"" +
               (default_text(info) == "true" ? "true" : "false") + "\">" + label + "</checkBox>\n";
        break;
    case ValueType::integer:
        out += "        <decimalTextBox refId=\"" + id + "\" defaultValue=\"" + default_text(info) + "\">" + label +
               "</decimalTextBox>\n";
        break;
    case ValueType::duration:
        out += "        <decimalTextBox refId=\"" + id + "\" defaultValue=\"" + default_text(info) + "\" spinStep=\"" +
               (info.min >= 60'000 ? "60" : "1") + "\">" +
               xml(fill(lang.translate(translatable("%1 (seconds)")), {lang.label(info)})) + "</decimalTextBox>\n";
        break;
    case ValueType::choice: {
        const auto value = default_text(info);
        std::size_t index = 0;
        for (std::size_t i = 0; i < info.choices.size(); ++i) {
            if (info.choices[i] == value)
                index = i;
        }
        out += "        <dropdownList refId=\"" + id + "\" noSort=\"true\" defaultItem=\"" + std::to_string(index) +
               "\">" + label + "</dropdownList>\n";
        break;
    }
    case ValueType::time_of_day:
    case ValueType::timezone:
    case ValueType::weekdays:
        out += "        <textBox refId=\"" + id + "\">\n          <label>" + label +
               "</label>\n          <defaultValue>" + xml(default_text(info)) + "</defaultValue>\n        </textBox>\n";
        break;
    }
    return out + "      </presentation>\n";
}

// What the administrator may enter, in the explain text.
std::string allowed(const Language& lang, const SettingInfo& info) {
    const auto t = [&](std::string_view msgid) { return lang.translate(msgid); };
    switch (info.type) {
    case ValueType::boolean:
        return t(translatable("Check the box to turn it on, clear it to turn it off."));
    case ValueType::integer:
        return fill(t(translatable("A whole number from %1 to %2.")),
                    {std::to_string(info.min), std::to_string(info.max)});
    case ValueType::duration: {
        const std::vector<std::string> args{std::to_string(seconds(info.min)), std::to_string(seconds(info.max)),
                                            format_duration(Duration{info.min}), format_duration(Duration{info.max})};
        return info.zero_is_off
                   ? fill(t(translatable("In seconds: 0 turns it off, else from %1 to %2 (%3 to %4).")), args)
                   : fill(t(translatable("In seconds, from %1 to %2 (%3 to %4).")), args);
    }
    case ValueType::time_of_day: {
        if (info.choices.empty())
            return t(translatable("A time of day as HH:MM, 24-hour clock."));
        std::string words;
        for (const auto c : info.choices)
            words += (words.empty() ? "" : ", ") + std::string(c);
        return fill(t(translatable("A time of day as HH:MM, 24-hour clock, or: %1.")), {words});
    }
    case ValueType::timezone:
        return t(translatable("An IANA time zone name such as Europe/Berlin; empty means the system's time zone."));
    case ValueType::weekdays:
        return t(translatable("Days from mon to sun, separated by commas."));
    case ValueType::choice: {
        std::string list;
        for (const auto c : info.choices)
            list += (list.empty() ? "" : ", ") + std::string(c);
        return fill(t(translatable("One of: %1.")), {list});
    }
    }
    return {};
}

std::string explain(const Language& lang, const SettingInfo& info, bool recommended) {
    const auto t = [&](std::string_view msgid) { return lang.translate(msgid); };
    std::string out = capitalised(t(info.doc)) + ".\n\n" + allowed(lang, info) + "\n" +
                      fill(t(translatable("Default: %1.")), {default_text(info)}) + "\n\n" +
                      fill(t(translatable("Registry value %1 (%2) under %3.")),
                           {std::string(info.key), stored_as_number(info) ? "REG_DWORD" : "REG_SZ",
                            std::string(recommended ? recommended_key : policy_key)}) +
                      "\n\n";
    out += recommended ? t(translatable("Enabled: the value is the default, which users may change in Settings or "
                                        "with respite config set. Disabled or not configured: Respite's own default "
                                        "applies."))
                       : t(translatable("Enabled: the value is locked; the user's settings cannot change it. Disabled "
                                        "or not configured: users choose it themselves."));
    return out;
}

std::string string_entry(const std::string& id, const std::string& text) {
    return "      <string id=\"" + id + "\">" + xml(text) + "</string>\n";
}

} // namespace

std::string policy_name(const SettingInfo& info, bool recommended) {
    return identifier(info.key) + (recommended ? "_recommended" : "");
}

std::string write_admx() {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<!-- Generated from the settings table by respite-admx (src/app/admx); do not edit. -->\n"
        "<policyDefinitions xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" revision=\"" +
        std::string(template_revision) + "\" schemaVersion=\"1.0\" xmlns=\"" + std::string(xmlns) +
        "\">\n  <policyNamespaces>\n    <target prefix=\"respite\" namespace=\"Respite.Policies.Respite\" "
        "/>\n  </policyNamespaces>\n  <resources minRequiredRevision=\"" +
        std::string(template_revision) +
        "\" />\n  <supportedOn>\n    <definitions>\n      <definition name=\"SUPPORTED_RESPITE\" "
        "displayName=\"$(string.SUPPORTED_RESPITE)\" />\n    </definitions>\n  </supportedOn>\n"
        "  <categories>\n    <category name=\"respite\" displayName=\"$(string.respite)\" />\n"
        "    <category name=\"respite_recommended\" displayName=\"$(string.respite_recommended)\" />\n";
    for (const bool recommended : {false, true}) {
        for (const auto section : setting_sections())
            out += "    <category name=\"" + category_name(section, recommended) +
                   "\" displayName=\"$(string.section_" + identifier(section) + ")\">\n      <parentCategory ref=\"" +
                   (recommended ? "respite_recommended" : "respite") + "\" />\n    </category>\n";
    }
    out += "  </categories>\n  <policies>\n";
    for (const bool recommended : {false, true}) {
        for (const auto& info : settings_table())
            out += policy(info, recommended);
    }
    return out + "  </policies>\n</policyDefinitions>\n";
}

std::string write_adml(const Language& lang, std::string_view version) {
    const auto t = [&](std::string_view msgid) { return lang.translate(msgid); };
    std::string strings =
        string_entry("respite", "Respite") +
        string_entry("respite_recommended", t(translatable("Respite - Default Settings (users can override)"))) +
        string_entry("SUPPORTED_RESPITE", fill(t(translatable("Respite %1 or later")), {std::string(version)}));
    for (const auto section : setting_sections())
        strings += string_entry("section_" + identifier(section), lang.section(section));
    std::string presentations;
    for (const auto& info : settings_table()) {
        const std::string name = policy_name(info, false);
        strings += string_entry(name, capitalised(t(info.doc)));
        for (const auto choice : info.choices)
            strings += string_entry(name + "_" + identifier(choice), std::string(choice));
        strings += string_entry(name + "_Explain", explain(lang, info, false));
        strings += string_entry(policy_name(info, true) + "_Explain", explain(lang, info, true));
        presentations += presentation(lang, info);
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<!-- Generated from the settings table by respite-admx (src/app/admx); do not edit. -->\n"
           "<policyDefinitionResources xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" revision=\"" +
           std::string(template_revision) + "\" schemaVersion=\"1.0\" xmlns=\"" + std::string(xmlns) +
           "\">\n  <displayName>Respite</displayName>\n  <description>" +
           xml(t(translatable("Break reminders, workday limits and their locks for Respite"))) +
           "</description>\n  <resources>\n    <stringTable>\n" + strings +
           "    </stringTable>\n    <presentationTable>\n" + presentations +
           "    </presentationTable>\n  </resources>\n</policyDefinitionResources>\n";
}

} // namespace respite::admx
