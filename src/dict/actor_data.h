// The compiled form of the actor dictionary, shared by the loader
// (actor_dictionary.cc) and the matcher (src/match/actor_matcher.cc).
// Derived entirely from the text files; never written back.
#ifndef DYAD_DICT_ACTOR_DATA_H_
#define DYAD_DICT_ACTOR_DATA_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "dyad/actors.h"
#include "util/strings.h"
#include "util/word_table.h"

namespace dyad::dict {

// How a name stands for its entry.
enum class NameKind : uint8_t {
  kName,       // a name of a country, org or person
  kAdjective,  // a country adjective or demonym
  kCapital,    // a capital or seat of government
  kSeat,       // a seat of power with its own role (the Pentagon: MIL)
  kShort,      // a person's short form, valid after a full mention
  kRoleNoun,   // a role word (officials, troops)
};

// A code held over a closed range of dates (YYYYMMDD keys).
struct CodeRange {
  int from = 0;
  int to = 99999999;
  std::string code;
};

struct Entry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;  // country: ISO alpha-3; org: default code; role: ROLE
  std::string name;  // display name
  std::vector<CodeRange> ranges;
  std::string else_code;
  Origin origin;
};

// Conditions written after `|` on a name line.
struct NameOptions {
  std::vector<std::string> context;
  std::vector<std::string> against;
  std::vector<std::string> unless_next;
  std::vector<std::string> unless_prev;
  bool unless_next_name = false;
  bool unless_prev_name = false;
  std::string role;  // role this name stands for, instead of GOV
  // `context` and `against` as indices in ActorData::context_words.
  std::vector<uint32_t> context_ids;
  std::vector<uint32_t> against_ids;
};

struct NameRef {
  uint32_t entry = 0;
  NameKind how = NameKind::kName;
  // The entry's kind, copied here so that matching reads it without
  // touching the (large, scattered) entry.
  ActorKind kind = ActorKind::kCountry;
  int32_t options = -1;  // index in ActorData::options, or -1
  Origin origin;
};

// Word ids: 0 means "not a dictionary word". Exact-case words and folded
// (lower-case) words share one id space.
inline constexpr uint32_t kNoWord = 0;

struct ActorData {
  std::deque<std::string> files;  // file names that Origin::file views
  std::vector<Entry> entries;
  std::vector<NameOptions> options;
  std::vector<NameRef> refs;

  // Word ids by text (WordTable::kMissing for none), looked up for every
  // token of every article.
  util::WordTable exact_words;
  util::WordTable folded_words;
  // Trie over word ids: (node << 32 | word) -> child node. Node 0 is the root.
  absl::flat_hash_map<uint64_t, uint32_t> edges;
  // The root's children by word id, for the lookup nearly every token makes.
  std::vector<uint32_t> root_children;
  std::vector<std::vector<uint32_t>> node_refs;  // node -> indices in refs
  std::vector<uint8_t> node_accepts;             // node -> 1 when node_refs is not empty (compact, for the scan)
  util::StringSet country_codes;
  std::vector<ActorDescription> descriptions;  // `description` blocks, not matched as names
  // Given names: the first word of every person's name of two words or
  // more ("Kenji" of "Kenji Sato"), so that an unknown name starting with
  // one reads as a person's ("Jane Wexler said"). Titles, particles and
  // words that start a country's or organisation's name are left out.
  util::StringSet given_names;
  std::vector<uint64_t> given_filter = std::vector<uint64_t>(kFilterBits / 64);

  ActorDictionaryStats stats;

  // Cheap pre-filters over the word forms above: a clear bit means the
  // word is surely not in that vocabulary, so most tokens cost no hash
  // lookup at all.
  static constexpr size_t kFilterBits = 1 << 16;
  std::vector<uint64_t> exact_filter = std::vector<uint64_t>(kFilterBits / 64);
  std::vector<uint64_t> folded_filter = std::vector<uint64_t>(kFilterBits / 64);
  // Every word a `context` or `against` option names, numbered from 0: an
  // article's words are looked up here once, into a bitset, and the
  // options then test bits.
  util::WordTable context_words;
  std::vector<uint64_t> context_filter = std::vector<uint64_t>(kFilterBits / 64);

  static size_t FilterSlot(std::string_view w) {
    // The first and last (up to) eight bytes and the length, mixed.
    const char* p = w.data();
    const size_t n = w.size();
    uint64_t v = 0;
    if (n >= 8) {
      uint64_t a, b;
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
      v = a ^ ((b << 29) | (b >> 35));
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      v = (uint64_t{a} << 32) | b;
    } else if (n > 0) {
      v = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    uint64_t h = (v ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    return static_cast<size_t>((h >> 17) & (kFilterBits - 1));
  }
  static void FilterAdd(std::vector<uint64_t>& f, std::string_view w) {
    const size_t slot = FilterSlot(w);
    f[slot / 64] |= uint64_t{1} << (slot % 64);
  }
  static bool FilterMayHave(const std::vector<uint64_t>& f, std::string_view w) {
    const size_t slot = FilterSlot(w);
    return (f[slot / 64] >> (slot % 64)) & 1;
  }

  uint32_t Child(uint32_t node, uint32_t word) const {
    if (word == kNoWord) return 0;
    if (node == 0) return word < root_children.size() ? root_children[word] : 0;
    auto it = edges.find((uint64_t{node} << 32) | word);
    return it == edges.end() ? 0 : it->second;
  }
};

// The code an entry has on `date` (YYYYMMDD key, 0 for unknown), or empty
// when it is not an actor on that date.
std::string_view CodeOn(const Entry& entry, int date_key);

// Splits a code into country (when its first three letters are a known
// country code) and role (the rest).
void SplitCode(const ActorData& data, std::string_view code, std::string* country,
               std::string* role);

}  // namespace dyad::dict

#endif  // DYAD_DICT_ACTOR_DATA_H_
