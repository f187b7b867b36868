#include "ui/ideas.h"

#include "ui/asset_paths.h"

#include <wx/intl.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>

namespace respite::ui {

namespace {
std::string file_name(BreakKind kind) {
    return kind == BreakKind::micro ? "micro.txt" : "rest.txt";
}
} // namespace

std::vector<std::string> read_ideas_file(const std::filesystem::path& file) {
    std::vector<std::string> ideas;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line[start] == '#')
            continue;
        ideas.push_back(line.substr(start));
    }
    return ideas;
}

std::vector<std::string> load_ideas(BreakKind kind) {
    std::vector<std::string> ideas;
    if (const auto file = find_data_file("ideas/" + file_name(kind)); !file.empty())
        ideas = read_ideas_file(file);
    if (ideas.empty())
        ideas.push_back(kind == BreakKind::micro ? wxTRANSLATE("Look at something far away and let your eyes soften.")
                                                 : wxTRANSLATE("Stand up, stretch, and get a glass of water."));
    for (auto& idea : ideas)
        idea = wxGetTranslation(wxString::FromUTF8(idea)).utf8_string();
    return ideas;
}

std::string next_idea(BreakKind kind) {
    struct Deck {
        std::vector<std::string> ideas;
        std::size_t next = 0;
    };
    static std::map<BreakKind, Deck> decks;
    static std::mt19937 rng{std::random_device{}()};
    Deck& deck = decks[kind == BreakKind::focus ? BreakKind::rest : kind];
    if (deck.next >= deck.ideas.size()) {
        deck.ideas = load_ideas(kind);
        std::shuffle(deck.ideas.begin(), deck.ideas.end(), rng);
        deck.next = 0;
    }
    return deck.ideas[deck.next++];
}

} // namespace respite::ui
