// TagName and TagFromName of dyad/document.h.
#include <array>
#include <string_view>

#include "dyad/document.h"

namespace dyad {
namespace {

constexpr int kTagCount = static_cast<int>(Tag::kHash) + 1;

// Indexed by the enum's value; the order must follow enum class Tag.
constexpr std::array<std::string_view, kTagCount> kTagNames = {
    "",     "CC",  "CD",   "DT",  "EX",   "FW",  "IN",  "JJ",   "JJR", "JJS",  "LS",  "MD",
    "NN",   "NNS", "NNP",  "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR",  "RBS", "RP",
    "SYM",  "TO",  "UH",   "VB",  "VBD",  "VBG", "VBN", "VBP",  "VBZ", "WDT",  "WP",  "WP$",
    "WRB",  ",",   ".",    ":",   "-LRB-", "-RRB-", "``", "''", "$",   "#",
};

static_assert(kTagNames[static_cast<int>(Tag::kWRB)] == "WRB");
static_assert(kTagNames[static_cast<int>(Tag::kComma)] == ",");
static_assert(kTagNames[static_cast<int>(Tag::kHash)] == "#");

}  // namespace

std::string_view TagName(Tag tag) {
  const int index = static_cast<int>(tag);
  return index < kTagCount ? kTagNames[index] : std::string_view();
}

Tag TagFromName(std::string_view name) {
  if (name.empty()) return Tag::kNone;
  for (int index = 1; index < kTagCount; ++index) {
    if (kTagNames[index] == name) return static_cast<Tag>(index);
  }
  // The bracket tags are also written as the brackets themselves.
  if (name == "(" || name == "-LCB-" || name == "-LSB-") return Tag::kLRB;
  if (name == ")" || name == "-RCB-" || name == "-RSB-") return Tag::kRRB;
  return Tag::kNone;
}

}  // namespace dyad
