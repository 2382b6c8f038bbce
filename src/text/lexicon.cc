// The word lists behind lexicon.h. docs/tokenizer.md explains how each
// list is used; keep the two in step.
#include "text/lexicon.h"

#include <cstddef>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "util/strings.h"

namespace dyad::text {

namespace {

// Titles, ranks and months: the next word belongs to the same sentence.
constexpr std::string_view kInnerAbbreviations[] = {
    "Mr",  "Mrs",    "Ms",  "Messrs", "Mmes", "Dr",    "Prof", "Gen",  "Gens", "Lt",   "Col",
    "Sgt", "Cpl",    "Pvt", "Maj",    "Capt", "Cmdr",  "Cdr",  "Adm",  "Brig", "Gov",  "Govs",
    "Sen", "Sens",   "Rep", "Reps",   "Rev",  "Hon",   "Pres", "Supt", "Insp", "Det",  "Amb",
    "Fr",  "Rt",     "Mt",  "Ft",     "Jan",  "Feb",   "Mar",  "Apr",  "Jun",  "Jul",  "Aug",
    "Sep", "Sept",   "Oct", "Nov",    "Dec",  "vs",    "v",    "Vol",  "vol",  "Fig",  "fig",
    "Ph",  "approx", "ca",  "cf",     "viz",  "Lieut", "Cmdt", "Mme",  "Mlle", "Msgr",
};

// Abbreviations that often close a sentence as well: the splitter ends
// the sentence after them only before a typical opener ("Inc. The").
constexpr std::string_view kFinalAbbreviations[] = {
    "Inc",  "Corp", "Ltd",  "Co",   "Cos",  "Bros", "Plc",  "etc",  "Esq",  "St",    "Jr",
    "Sr",   "Ave",  "Blvd", "Rd",   "Dept", "Univ", "Ala",  "Ariz", "Ark",  "Calif", "Colo",
    "Conn", "Fla",  "Ga",   "Ill",  "Ky",   "Md",   "Mass", "Mich", "Minn", "Neb",   "Nev",
    "Okla", "Ore",  "Pa",   "Tenn", "Tex",  "Va",   "Vt",   "Wis",  "Wyo",
};

// A number usually follows: "No. 10".
constexpr std::string_view kNumberAbbreviations[] = {"No", "Nos", "no", "nos"};

constexpr std::string_view kSentenceOpeners[] = {
    "A",         "About",   "According", "Across",  "After",       "Afterwards", "Again",
    "Against",   "Also",    "Although",  "An",      "And",         "Another",    "Any",
    "As",        "At",      "Because",   "Before",  "Both",        "But",        "By",
    "Critics",   "Despite", "During",    "Each",    "Earlier",     "Either",     "Even",
    "Every",     "For",     "From",      "Further", "Furthermore", "He",         "Her",
    "Here",      "His",     "How",       "However", "I",           "If",         "In",
    "Indeed",    "Instead", "It",        "Its",     "Last",        "Later",      "Many",
    "Meanwhile", "More",    "Moreover",  "Most",    "My",          "Neither",    "Nevertheless",
    "No",        "Nor",     "Not",       "Now",     "Officials",   "On",         "Once",
    "One",       "Only",    "Or",        "Other",   "Our",         "Over",       "Several",
    "She",       "Since",   "So",        "Some",    "Still",       "Such",       "That",
    "The",       "Their",   "Then",      "There",   "These",       "They",       "This",
    "Those",     "Though",  "Thus",      "To",      "Today",       "Tomorrow",   "Two",
    "Under",     "Until",   "We",        "What",    "When",        "Where",      "Whether",
    "Which",     "While",   "Who",       "Why",     "With",        "Without",    "Yesterday",
    "Yet",       "You",     "Your",
};

constexpr std::string_view kDomainSuffixes[] = {
    "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "co", "uk",
    "ca",  "au",  "de",  "fr",  "ru",  "cn",  "jp",  "nl",   "es",  "se", "ch",
    "nz",  "ie",  "za",  "br",  "mx",  "kr",  "tv",  "io",   "eu",  "ly", "ac",
};

using AbbrevMap =
    absl::flat_hash_map<std::string_view, AbbrevKind, util::StringHash, util::StringEq>;

const AbbrevMap& Abbreviations() {
  static const AbbrevMap* const map = [] {
    auto* m = new AbbrevMap;
    for (std::string_view w : kInnerAbbreviations) (*m)[w] = AbbrevKind::kInner;
    for (std::string_view w : kFinalAbbreviations) (*m)[w] = AbbrevKind::kFinal;
    for (std::string_view w : kNumberAbbreviations) (*m)[w] = AbbrevKind::kBeforeNumber;
    return m;
  }();
  return *map;
}

const util::ViewSet& Openers() {
  static const util::ViewSet* const set = [] {
    auto* s = new util::ViewSet;
    for (std::string_view w : kSentenceOpeners) s->insert(w);
    return s;
  }();
  return *set;
}

const util::ViewSet& DomainSuffixes() {
  static const util::ViewSet* const set = [] {
    auto* s = new util::ViewSet;
    for (std::string_view w : kDomainSuffixes) s->insert(w);
    return s;
  }();
  return *set;
}

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  constexpr size_t kLongest = 8;
  if (word.empty() || word.size() > kLongest) return AbbrevKind::kNone;
  const AbbrevMap& map = Abbreviations();
  auto it = map.find(word);
  if (it != map.end()) return it->second;
  // "JAN" -> "Jan", "GEN" -> "Gen" for text in capitals.
  if (word.size() < 2) return AbbrevKind::kNone;
  char titled[kLongest];
  titled[0] = word[0];
  for (size_t i = 1; i < word.size(); ++i) {
    const char c = word[i];
    if (c < 'A' || c > 'Z') return AbbrevKind::kNone;
    titled[i] = static_cast<char>(c - 'A' + 'a');
  }
  if (word[0] < 'A' || word[0] > 'Z') return AbbrevKind::kNone;
  it = map.find(std::string_view(titled, word.size()));
  return it == map.end() ? AbbrevKind::kNone : it->second;
}

bool IsSentenceOpener(std::string_view word) {
  if (word.empty() || word.size() > 12) return false;
  return Openers().contains(word);
}

bool IsDomainSuffix(std::string_view suffix) {
  if (suffix.size() < 2 || suffix.size() > 4) return false;
  return DomainSuffixes().contains(suffix);
}

}  // namespace dyad::text
