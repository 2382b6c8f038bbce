// Finds actors in a document in three steps per sentence:
//
//  1. Atoms: at each token, the longest dictionary phrase whose conditions
//     hold (options, the person's office on the date, a short form's earlier
//     full mention) becomes an atom; matching resumes after it.
//  2. Combination: a country atom and a role atom next to it make one actor
//     ("North Korean troops", "China's military", "the army of Sudan"); a
//     title before a person folds into the person ("Chinese president Xi
//     Jinping"); a country adjective coordinated with another that takes a
//     role shares the role ("North Korean and Chinese officials"); a role
//     word with no country is dropped.
//  3. Learning: a name no dictionary holds, written right after an office
//     or in apposition to it, takes the office's code for the rest of the
//     article, as do acronyms in brackets and initials of long names
//     (docs/dictionaries.md, "Names learned in an article"); a name that
//     starts with a given name ("Peter Kamau") is a person with no office.
#include "match/actor_matcher.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "match/name_words.h"
#include "util/strings.h"

namespace dyad::match {
namespace {

using dict::ActorData;
using dict::Entry;
using dict::NameKind;
using dict::NameRef;
using dict::NameOptions;

// The roles of a state's, a party's or an armed group's people, which a
// political title may give a name the dictionaries lack.
bool IsStateRole(std::string_view role) {
  static constexpr std::string_view kStateRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY"};
  return std::find(std::begin(kStateRoles), std::end(kStateRoles), role) != std::end(kStateRoles);
}

struct Atom {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t ref = 0;
  std::string_view person_code;  // for people: the code on the date
  // For a name learned in the article: its index in ArticleState::learned
  // (ref is then unused), its kind, and whether the text is a short form.
  int32_t learned = -1;
  ActorKind learned_kind = ActorKind::kPerson;
  bool learned_short = false;
};

// A name no dictionary holds, learned in the article from the actor
// written with it: "Sudanese Foreign Minister Lam Akol", "Lam Akol, the
// Sudanese foreign minister,", "Reporters Without Borders (RWB)". Later
// mentions of it in the article are that actor.
struct LearnedName {
  uint32_t token_begin = 0;  // the name as first written: its tokens
  uint32_t token_end = 0;    // (none for initials)
  std::string initials;      // "SLA" for "Sudan Liberation Army", when no tokens
  bool person = false;       // a person: also found by surname, after a title
  ActorKind kind = ActorKind::kPerson;  // kPerson or kOrg
  std::string code;
  std::string_view entry;  // the name's text, or the organisation's display name
  Origin origin;
  Origin role_origin;
  // A name learned from a title with no country ("Senator John Smith"):
  // its role, and no code yet (ActorMention::needs_country).
  bool needs_country = false;
  std::string role;
  // Found by its given name alone, with no office (UnknownPeople): its
  // surname before a common noun is no mention ("the Wexler report").
  bool untitled = false;
};

// Per-article working state (Match() is const; this lives on its stack).
// How far NamedOtherwiseBefore has looked for one surname, and the first
// token (after 0) where another full name ends in it, or 0.
struct SurnameScan {
  uint32_t scanned = 0;
  uint32_t found = 0;
};

struct ArticleState {
  const Document* doc = nullptr;
  int date_key = 0;
  std::vector<uint32_t> exact;   // word id of each token's exact form
  std::vector<uint32_t> folded;  // word id of each token's lower form
  std::vector<uint32_t> prefix;  // word id of the name in "Saudi-led" (LeaderPrefix)
  std::vector<uint32_t> mentioned_people;  // entry ids, in order of mention
  std::vector<LearnedName> learned;        // in order of learning
  uint64_t learned_words = 0;              // LearnedBit of every word a learned name is found by
  // Scratch space of FindAtoms, kept across sentences.
  std::vector<std::pair<uint32_t, uint32_t>> accepting;
  std::vector<uint32_t> frontier;
  std::vector<uint32_t> next;
  // NamedOtherwiseBefore's progress for each surname asked about.
  std::unordered_map<std::string_view, SurnameScan> surnames;
  // Scratch space of LearnAroundMentions.
  std::vector<std::pair<size_t, ActorMention>> added;
  std::vector<ActorMention> merged;
  bool words_ready = false;
  // Bit i: the article holds context word i (ActorData::context_words);
  // filled lazily, when a name's options first ask.
  std::vector<uint64_t> context_present;
};

bool IsName(const Token& t, bool allow_sentence_start) {
  if (t.kind != TokenKind::kWord || !t.Has(kCapitalized)) return false;
  if (!t.Has(kSentenceStart)) return true;
  return allow_sentence_start && (t.tag == Tag::kNone || t.tag == Tag::kNNP || t.tag == Tag::kNNPS);
}

bool HasNonAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t high = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    high |= v;
  }
  // The last bytes with overlapping loads, not one by one.
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    high |= a | b;
  } else if (n > 0) {
    high |= static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) |
            static_cast<unsigned char>(p[n - 1]);
  }
  return (high & 0x8080808080808080ull) != 0;
}

bool InList(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsAdjectiveLike(const Token& t) {
  return !t.Has(kCapitalized) &&
         (t.tag == Tag::kJJ || t.tag == Tag::kJJR || t.tag == Tag::kJJS || t.tag == Tag::kVBN);
}

class ActorMatcher final : public ActorDictionary {
 public:
  explicit ActorMatcher(std::unique_ptr<ActorData> data) : data_(std::move(data)) {
    // The US Congress's entry, whose code a member named with the party
    // and state ("X (D-Calif.)") takes: the first organisation coded USALEG.
    for (size_t e = 0; e < data_->entries.size(); ++e)
      if (data_->entries[e].kind == ActorKind::kOrg && data_->entries[e].code == "USALEG") {
        us_congress_ = static_cast<int32_t>(e);
        break;
      }
  }

  ActorDictionaryStats Stats() const override { return data_->stats; }
  bool IsCountry(std::string_view code) const override { return data_->country_codes.contains(code); }
  const std::vector<ActorDescription>& Descriptions() const override { return data_->descriptions; }

  void Match(const Document& doc, std::optional<Date> date,
             std::vector<ActorMention>* out) const override {
    // Reused across articles: its vectors keep their capacity.
    thread_local ArticleState state;
    state.doc = &doc;
    state.date_key = date ? date->Key() : 0;
    state.mentioned_people.clear();
    state.learned.clear();
    state.surnames.clear();
    state.learned_words = 0;
    state.words_ready = false;
    state.exact.resize(doc.tokens.size());
    state.folded.resize(doc.tokens.size());
    state.prefix.resize(doc.tokens.size());
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      // Exact-case dictionary words all have a capital or a non-ASCII
      // byte; a plain lower-case token needs only the folded lookup.
      state.exact[i] = dict::kNoWord;
      state.folded[i] = dict::kNoWord;
      state.prefix[i] = dict::kNoWord;
      if ((t.lower.data() != t.norm.data() || HasNonAscii(t.norm)) &&
          ActorData::FilterMayHave(data_->exact_filter, t.norm)) {
        if (const uint32_t id = data_->exact_words.Find(t.norm); id != util::WordTable::kMissing) state.exact[i] = id;
      }
      if (ActorData::FilterMayHave(data_->folded_filter, t.lower)) {
        if (const uint32_t id = data_->folded_words.Find(t.lower); id != util::WordTable::kMissing)
          state.folded[i] = id;
      }
      if (t.Has(kHyphenated)) LeaderPrefix(t, &state, i);
    }
    std::vector<Atom> atoms;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      atoms.clear();
      FindAtoms(state, doc.sentences[s], &atoms);
      const size_t first = out->size();
      Combine(state, s, atoms, out);
      if (out->size() > first) LearnAroundMentions(state, s, first, out);
      LearnPartyAndState(state, s, first, out);
      if (!data_->given_names.empty()) UnknownPeople(state, s, first, out);
    }
  }

 private:
  // Not for learned names (Atom::learned), which have no entry.
  const Entry& EntryOf(const Atom& a) const { return data_->entries[data_->refs[a.ref].entry]; }
  NameKind HowOf(const Atom& a) const { return a.learned >= 0 ? NameKind::kName : data_->refs[a.ref].how; }
  ActorKind KindOf(const Atom& a) const { return a.learned >= 0 ? a.learned_kind : data_->refs[a.ref].kind; }

  bool IsCountryish(const Atom& a) const {
    return KindOf(a) == ActorKind::kCountry;
  }
  bool IsRole(const Atom& a) const { return HowOf(a) == NameKind::kRoleNoun; }
  // "thousands of Venezuelans", "hundreds of Iraqis", "200 Afghans": a
  // demonym counted as people stands for the country's civilians, not for
  // its government.
  bool CountedPeople(const ArticleState& state, uint32_t sentence, const Atom& a) const {
    if (HowOf(a) != NameKind::kAdjective) return false;
    const auto& tokens = state.doc->tokens;
    const uint32_t first = state.doc->sentences[sentence].token_begin;
    // Not a modifier: "60 Ukrainian positions"; but "Lebanese street
    // protests", "Venezuelan demonstrations" are the people's.
    if (a.token_end < state.doc->sentences[sentence].token_end) {
      uint32_t n = a.token_end;
      if (n + 1 < state.doc->sentences[sentence].token_end &&
          (tokens[n].lower == "street" || tokens[n].lower == "mass" || tokens[n].lower == "student"))
        ++n;
      static constexpr std::string_view kProtests[] = {"protest",  "protests", "demonstration", "demonstrations",
                                                       "rally",    "rallies",  "march",         "marches",
                                                       "riots",    "uprising"};  // not "strikes": air strikes
      if (std::find(std::begin(kProtests), std::end(kProtests), tokens[n].lower) != std::end(kProtests)) return true;
      const Tag next = tokens[a.token_end].tag;
      if (next == Tag::kNN || next == Tag::kNNS || next == Tag::kNNP || next == Tag::kNNPS ||
          next == Tag::kJJ || next == Tag::kVBG || next == Tag::kCD)
        return false;
    }
    uint32_t p = a.token_begin;
    if (p == first) return false;
    --p;
    if (tokens[p].lower == "of" && p > first) --p;
    const Token& q = tokens[p];
    if (q.kind == TokenKind::kNumber) return true;
    static constexpr std::string_view kCounts[] = {"thousands", "hundreds", "millions", "dozens", "tens",
                                                   "scores",    "many",     "several",  "ordinary", "fellow",
                                                   "some",      "most",     "few",      "angry",    "young"};
    return std::find(std::begin(kCounts), std::end(kCounts), q.lower) != std::end(kCounts);
  }
  // A country word that can stand before a noun: an adjective ("British"),
  // or a one-word abbreviation ("U.S.", "UK") as in "U.S. and British warships".
  bool Attributive(const ArticleState& state, const Atom& a) const {
    if (HowOf(a) == NameKind::kAdjective) return true;
    if (HowOf(a) != NameKind::kName || a.token_end != a.token_begin + 1) return false;
    const Token& t = state.doc->tokens[a.token_begin];
    return t.Has(kAbbreviation) || t.Has(kAllCaps);
  }
  bool IsPerson(const Atom& a) const { return KindOf(a) == ActorKind::kPerson; }

  const std::vector<uint64_t>& ContextPresent(ArticleState& state) const {
    if (!state.words_ready) {
      auto& bits = state.context_present;
      bits.assign((data_->context_words.size() + 63) / 64, 0);
      for (const Token& t : state.doc->tokens) {
        if (!ActorData::FilterMayHave(data_->context_filter, t.norm)) continue;
        const uint32_t id = data_->context_words.Find(t.norm);
        if (id != util::WordTable::kMissing) bits[id / 64] |= uint64_t{1} << (id % 64);
      }
      state.words_ready = true;
    }
    return state.context_present;
  }

  // Checks a name's options at [begin, end) within sentence `s`.
  bool OptionsHold(ArticleState& state, const NameOptions& o, uint32_t begin, uint32_t end,
                   const Sentence& s) const {
    const auto& tokens = state.doc->tokens;
    if (end < s.token_end) {
      const Token& next = tokens[end];
      if (InList(o.unless_next, next.norm)) return false;
      // "Chad Smith" is someone; "Chad Prime Minister ...", "Chad Government" are the state's.
      if (o.unless_next_name && IsName(next, /*allow_sentence_start=*/false) && !IsTitle(next.lower) &&
          !IsTitlePart(next.lower) && !IsStateBody(next.lower))
        return false;
    }
    if (begin > s.token_begin) {
      const Token& prev = tokens[begin - 1];
      if (InList(o.unless_prev, prev.norm)) return false;
      if (o.unless_prev_name && IsName(prev, /*allow_sentence_start=*/true)) return false;
    }
    if (!o.context_ids.empty()) {
      const std::vector<uint64_t>& present = ContextPresent(state);
      auto has = [&](uint32_t id) { return static_cast<int>((present[id / 64] >> (id % 64)) & 1); };
      int for_count = 0, against_count = 0;
      for (uint32_t id : o.context_ids) for_count += has(id);
      for (uint32_t id : o.against_ids) against_count += has(id);
      if (for_count == 0 || for_count < against_count) return false;
    }
    return true;
  }

  // Picks the usable reference among those of a trie node, or returns false.
  bool Choose(ArticleState& state, const std::vector<uint32_t>& refs, uint32_t begin,
              uint32_t end, const Sentence& s, Atom* atom) const {
    int best_short_rank = -1;
    int in_office = 0;  // people in office on the date whom a short name could mean
    Atom office_atom;
    // A full name that several people share ("George Bush") means the one
    // in office on the date; failing that, the first listed.
    bool have_full = false;
    Atom full_atom;
    for (uint32_t r : refs) {
      const NameRef& ref = data_->refs[r];
      const Entry& entry = data_->entries[ref.entry];  // read for people only
      if (ref.options >= 0 && !OptionsHold(state, data_->options[ref.options], begin, end, s))
        continue;
      std::string_view person_code;
      if (ref.kind == ActorKind::kPerson) {
        person_code = dict::CodeOn(entry, state.date_key);
        if (person_code.empty()) continue;
      }
      if (ref.how == NameKind::kShort) {
        // Valid only after a full mention; the latest mentioned person wins.
        const auto& seen = state.mentioned_people;
        auto it = std::find(seen.rbegin(), seen.rend(), ref.entry);
        if (it == seen.rend()) {
          if (InOffice(entry, state.date_key)) {
            ++in_office;
            office_atom = Atom{begin, end, r, person_code};
          }
          continue;
        }
        const int rank = static_cast<int>(seen.rend() - it);
        if (rank <= best_short_rank) continue;
        best_short_rank = rank;
        *atom = Atom{begin, end, r, person_code};
        continue;
      }
      if (ref.kind == ActorKind::kPerson && !InOffice(entry, state.date_key)) {
        if (!have_full) full_atom = Atom{begin, end, r, person_code};
        have_full = true;
        continue;
      }
      *atom = Atom{begin, end, r, person_code};
      return true;
    }
    if (have_full) {
      *atom = full_atom;
      return true;
    }
    if (best_short_rank >= 0) return true;
    // "President Bush said ...": a short name with no full mention before
    // it, when exactly one person of that name holds an office that day
    // and the word reads as a name (not at a sentence start, not before
    // another capitalized word, not a month).
    if (in_office == 1 && ShortNameStandsAlone(state, begin, end, s) && !NamedOtherwiseBefore(state, begin, end)) {
      *atom = office_atom;
      return true;
    }
    return false;
  }

  // "Abu Bakar Bashir, the cleric, ... Mr Bashir": the article has already
  // given the short name to another, undictionaried full name (capitalized
  // words before it that are no title), so it is not the office holder's.
  // Questions come in text order, so each surname's scan goes on from
  // where it stopped (ArticleState::surnames): linear in the article.
  static bool NamedOtherwiseBefore(ArticleState& state, uint32_t begin, uint32_t end) {
    const auto& tokens = state.doc->tokens;
    if (end != begin + 1) return false;
    const std::string_view surname = tokens[begin].lower;
    SurnameScan& scan = state.surnames[surname];
    if (scan.scanned < 1) scan.scanned = 1;
    for (uint32_t& t = scan.scanned; scan.found == 0 && t < begin; ++t) {
      if (tokens[t].lower != surname) continue;
      const Token& prev = tokens[t - 1];
      if (prev.norm.empty() || !std::isupper(static_cast<unsigned char>(prev.norm[0]))) continue;
      if (IsTitle(prev.lower) || IsTitlePart(prev.lower) || prev.tag != Tag::kNNP) continue;
      scan.found = t;
    }
    return scan.found != 0 && scan.found < begin;
  }

  static bool InOffice(const Entry& entry, int date_key) {
    if (date_key == 0) return false;
    for (const dict::CodeRange& r : entry.ranges)
      if (r.from <= date_key && date_key <= r.to) return true;
    return false;
  }

  static bool ShortNameStandsAlone(const ArticleState& state, uint32_t begin, uint32_t end, const Sentence& s) {
    const auto& tokens = state.doc->tokens;
    const Token& first = tokens[begin];
    // Surnames shared by too many people count alone only after a title
    // ("Gen. Jones", "President Chen").
    if (end == begin + 1 && IsCommonSurname(first.lower)) {
      if (begin == s.token_begin) return false;
      if (!IsTitle(tokens[begin - 1].lower)) return false;
    }
    if (!first.Has(kCapitalized) || first.norm.size() < 3) return false;
    // "Samar Badawi": an unknown first name makes it someone else.
    if (begin > s.token_begin && !tokens[begin - 1].Has(kSentenceStart)) {
      const Token& prev = tokens[begin - 1];
      if (prev.kind == TokenKind::kWord && prev.Has(kCapitalized) && !IsTitle(prev.lower) && !IsTitlePart(prev.lower))
        return false;
    }
    if (first.tag != Tag::kNNP && first.tag != Tag::kNNPS && first.tag != Tag::kNN) return false;  // "He", "Will"
    if (begin == s.token_begin || first.Has(kSentenceStart)) {
      // At a sentence start only before a verb or a possessive ("Bush
      // said", "Rice's visit"), not "Rice prices rose".
      if (end >= s.token_end) return false;
      const Token& next = tokens[end];
      const bool verb = next.tag == Tag::kVBD || next.tag == Tag::kVBZ || next.tag == Tag::kVBP || next.tag == Tag::kMD;
      if (!verb && next.norm != "'s" && next.norm != ",") return false;
    } else if (first.tag != Tag::kNNP && first.tag != Tag::kNNPS) {
      return false;
    }
    static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                   "august", "september", "october", "november", "december"};
    for (std::string_view m : kMonths)
      if (first.lower == m) return false;
    if (end < s.token_end && tokens[end].kind == TokenKind::kWord && tokens[end].Has(kCapitalized)) return false;
    return true;
  }

  // "Saudi-led", "U.S.-brokered", "Egyptian-mediated", "French-drafted":
  // a capitalized name before a participle of leading is the actor who
  // leads, brokers or drafts, and the token may also be read as that name
  // (state->prefix; a longer dictionary phrase such as "Saudi-led
  // coalition" still wins). Not
  // "-backed" or "-sponsored": "Russian-backed separatists" are not Russia.
  void LeaderPrefix(const Token& t, ArticleState* state, size_t i) const {
    const size_t dash = t.norm.rfind('-');
    const size_t lower_dash = t.lower.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || lower_dash == std::string_view::npos ||
        !t.Has(kCapitalized))
      return;
    const std::string_view suffix = t.lower.substr(lower_dash + 1);
    if (suffix != "led" && suffix != "brokered" && suffix != "mediated" && suffix != "drafted") return;
    const std::string_view prefix = t.norm.substr(0, dash);
    const std::string_view lower = t.lower.substr(0, lower_dash);
    if (ActorData::FilterMayHave(data_->exact_filter, prefix))
      if (const uint32_t id = data_->exact_words.Find(prefix); id != util::WordTable::kMissing) {
        state->prefix[i] = id;
        return;
      }
    if (ActorData::FilterMayHave(data_->folded_filter, lower))
      if (const uint32_t id = data_->folded_words.Find(lower); id != util::WordTable::kMissing) state->prefix[i] = id;
  }

  void FindAtoms(ArticleState& state, const Sentence& s, std::vector<Atom>* atoms) const {
    // Accepting (end, node) pairs of the current start, longest last.
    auto& accepting = state.accepting;
    auto& frontier = state.frontier;
    auto& next = state.next;
    uint32_t i = s.token_begin;
    while (i < s.token_end) {
      // Most tokens start no name: nothing to set up for them.
      if (data_->Child(0, state.exact[i]) == 0 && data_->Child(0, state.folded[i]) == 0 &&
          data_->Child(0, state.prefix[i]) == 0) {
        if (MayBeLearned(state, i) && LearnedAt(state, s, i, atoms)) {
          i = atoms->back().token_end;
          continue;
        }
        ++i;
        continue;
      }
      accepting.clear();
      frontier.assign(1, 0);
      for (uint32_t p = i; p < s.token_end && !frontier.empty(); ++p) {
        next.clear();
        for (uint32_t node : frontier) {
          if (uint32_t c = data_->Child(node, state.exact[p]); c != 0) next.push_back(c);
          if (uint32_t c = data_->Child(node, state.folded[p]); c != 0) next.push_back(c);
          if (uint32_t c = data_->Child(node, state.prefix[p]); c != 0) next.push_back(c);
        }
        for (uint32_t node : next)
          if (data_->node_accepts[node]) accepting.emplace_back(p + 1, node);
        frontier.swap(next);
      }
      bool found = false;
      for (auto it = accepting.rbegin(); it != accepting.rend() && !found; ++it) {
        Atom atom;
        if (Choose(state, data_->node_refs[it->second], i, it->first, s, &atom)) {
          atoms->push_back(atom);
          const NameRef& ref = data_->refs[atom.ref];
          if (IsPerson(atom) && ref.how == NameKind::kName) {
            auto& seen = state.mentioned_people;
            seen.erase(std::remove(seen.begin(), seen.end(), ref.entry), seen.end());
            seen.push_back(ref.entry);
          }
          i = it->first;
          found = true;
        }
      }
      if (found) continue;
      // A dictionary word that starts no name here may still start a
      // learned one; a dictionary name always wins over a learned one.
      if (MayBeLearned(state, i) && LearnedAt(state, s, i, atoms)) {
        i = atoms->back().token_end;
        continue;
      }
      ++i;
    }
    // "the Russian-led CSTO": the organisation named right after its
    // leader is the actor ("a U.S.-drafted U.N. resolution" keeps its
    // drafter).
    size_t k = 0;
    while (k + 1 < atoms->size()) {
      const Atom& a = (*atoms)[k];
      const Atom& b = (*atoms)[k + 1];
      if (a.token_end == a.token_begin + 1 && state.prefix[a.token_begin] != dict::kNoWord &&
          state.doc->tokens[a.token_begin].lower.ends_with("-led") && b.token_begin == a.token_end &&
          KindOf(b) == ActorKind::kOrg) {
        atoms->erase(atoms->begin() + static_cast<std::ptrdiff_t>(k));
      } else {
        ++k;
      }
    }
  }

  // True when `b` follows `a` directly, after a possessive ('s), or after at
  // most two lower-case adjectives ("Iranian student protesters" is not
  // covered; "Syrian armed rebels" is).
  bool Adjacent(const ArticleState& state, uint32_t a_end, uint32_t b_begin,
                bool allow_adjectives) const {
    if (b_begin == a_end) return true;
    const auto& tokens = state.doc->tokens;
    uint32_t p = a_end;
    if (p < b_begin && (tokens[p].norm == "'s" || tokens[p].norm == "'")) ++p;
    if (p == b_begin) return true;
    if (!allow_adjectives || b_begin - p > 2) return false;
    for (; p < b_begin; ++p)
      if (!IsAdjectiveLike(tokens[p])) return false;
    return true;
  }

  void Emit(ArticleState& state, uint32_t sentence, uint32_t token_begin, uint32_t token_end,
            const Atom& main, const Atom* role, std::string_view role_code,
            std::vector<ActorMention>* out) const {
    ActorMention m;
    m.sentence = sentence;
    m.token_begin = token_begin;
    m.token_end = token_end;
    m.begin = state.doc->tokens[token_begin].begin;
    m.end = state.doc->tokens[token_end - 1].end;
    if (main.learned >= 0) {
      LearnedName& l = state.learned[static_cast<size_t>(main.learned)];
      // "Jane Wexler ... Senator Wexler": a title written later gives a
      // name learned with no office its role, from then on.
      // Only a title of political office, held now: not "President" (of
      // anything), nor "former President Carter".
      if (l.untitled && l.role.empty() && role != nullptr && !role->learned_short && role->learned < 0 &&
          IsPoliticalTitle(state.doc->tokens[role->token_end - 1].lower) &&
          !Formerly(state, state.doc->sentences[sentence], role->token_begin, role->token_end)) {
        const std::string_view r = EntryOf(*role).code;
        if (IsStateRole(r)) {
          l.role = std::string(r);
          if (!l.needs_country && l.code.size() == 3) l.code = util::Cat(l.code, r);
        }
      }
      m.kind = l.kind;
      m.entry = l.entry;
      m.origin = l.origin;
      m.role_origin = role != nullptr ? data_->refs[role->ref].origin : l.role_origin;
      m.resolved_short = main.learned_short;
      m.learned = true;
      m.code = l.code;
      dict::SplitCode(*data_, m.code, &m.country, &m.role);
      if (l.needs_country) {
        m.needs_country = true;
        m.role = l.role;
      }
      out->push_back(std::move(m));
      return;
    }
    const Entry& entry = EntryOf(main);
    const NameRef& ref = data_->refs[main.ref];
    m.kind = entry.kind;
    m.entry = entry.name;
    m.origin = ref.origin;
    m.resolved_short = ref.how == NameKind::kShort;
    if (role != nullptr) m.role_origin = data_->refs[role->ref].origin;
    if (entry.kind == ActorKind::kCountry) {
      std::string_view r = role_code;
      if (r.empty() && ref.options >= 0) r = data_->options[ref.options].role;
      if (r.empty()) r = "GOV";
      if (r == "-") r = {};  // `role -`: the country's code alone
      m.country = entry.code;
      m.role = std::string(r);
      m.code = util::Cat(entry.code, r);
      if (role == nullptr && !role_code.empty()) m.kind = ActorKind::kRole;
      if (role != nullptr) m.kind = ActorKind::kRole;
    } else {
      m.code = std::string(entry.kind == ActorKind::kPerson ? main.person_code
                                                             : dict::CodeOn(entry, state.date_key));
      dict::SplitCode(*data_, m.code, &m.country, &m.role);
    }
    out->push_back(std::move(m));
  }

  // "Gaddafi's forces", "President Assad's government": the person at
  // atoms[p], a possessive and a role noun (atoms[p + 1]) make one mention
  // from `begin`, that role of the person's country. False, with nothing
  // emitted, when the words do not read so or the person has no country.
  bool PossessedRole(ArticleState& state, uint32_t sentence, const std::vector<Atom>& atoms, size_t p,
                     uint32_t begin, std::vector<ActorMention>* out) const {
    const auto& tokens = state.doc->tokens;
    if (p + 1 >= atoms.size() || !IsRole(atoms[p + 1])) return false;
    const Atom& person = atoms[p];
    const Atom& role = atoms[p + 1];
    if (person.token_end >= role.token_begin) return false;
    const std::string_view mark = tokens[person.token_end].norm;
    if (mark != "'s" && mark != "'") return false;
    if (!Adjacent(state, person.token_end, role.token_begin, true)) return false;
    const size_t before = out->size();
    Emit(state, sentence, begin, role.token_end, person, &role, "", out);
    ActorMention& m = (*out)[before];
    if (m.country.size() != 3 || !data_->country_codes.contains(m.country)) {
      out->resize(before);
      return false;
    }
    m.role = EntryOf(role).code;
    m.code = util::Cat(m.country, m.role);
    m.kind = ActorKind::kRole;
    return true;
  }

  // ---- Names learned in the article ----
  //
  // A name no dictionary holds takes the code of the office written with
  // it, right before it ("Sudanese Foreign Minister Lam Akol", "FARC
  // commander X") or set off by commas beside it ("Lam Akol, the Sudanese
  // foreign minister,"; "the Sudanese foreign minister, Lam Akol,"; "X, a
  // spokesman for the Iraqi government,"), and keeps it for the rest of
  // the article: by its full name, by its last word ("Akol", "Mr Akol"), and
  // a two-word name by its first word too ("Sondhi" for "Sondhi
  // Limthongkul"). An acronym in brackets after an actor ("Reporters
  // Without Borders (RWB)") and the initials of a name of three words or
  // more ("SLA" after "Sudan Liberation Army") are learned the same way.
  // A dictionary name always wins over a learned one.

  static constexpr uint32_t kMaxNameWords = 6;

  // One of 64 bits for a word, so that most tokens are ruled out as
  // learned names without comparing them to each.
  static uint64_t LearnedBit(std::string_view w) {
    if (w.empty()) return 0;
    const size_t h = static_cast<unsigned char>(w[0]) * 7u + w.size() * 13u + static_cast<unsigned char>(w.back());
    return uint64_t{1} << (h & 63);
  }
  static constexpr size_t kMaxLearned = 64;

  // A capitalized word that may be part of a person's name: not a title,
  // an office, a month or a day, a word of an institution's or place's
  // name ("Election", "Committee", "Street"), nor an acronym; at a sentence start only
  // a proper noun (or an untagged word). "al-Bashir" counts too.
  static bool NameWord(const Token& t) {
    if (t.kind != TokenKind::kWord) return false;
    if (!t.Has(kCapitalized)) return !ParticleStem(t.norm).empty();
    if (t.Has(kAllCaps) || t.norm.size() < 2) return false;
    if (IsTitle(t.lower) || IsTitlePart(t.lower) || IsPersonNoun(t.lower) || IsCalendarWord(t.lower) ||
        IsInstitutionWord(t.lower))
      return false;
    switch (t.tag) {
      case Tag::kNone:
      case Tag::kNNP:
      case Tag::kNNPS:
        return true;
      case Tag::kNN:
      case Tag::kNNS:
      case Tag::kJJ:
      case Tag::kFW:
        return !t.Has(kSentenceStart);
      default:
        return false;
    }
  }

  // The last word of an office that one person holds: a person noun
  // ("minister", "spokesman") or a title ("Gen.", "Sen.", "Lord"), as role
  // words end ("U.S. Sen.", "Kenyan Gen.").
  static bool PersonTitle(std::string_view lower) {
    return IsPersonNoun(lower) || IsTitle(lower) || IsPoliticalTitle(lower);
  }

  // A lower-case particle between two name words ("bin" in "Osama bin Laden").
  static bool InnerParticle(const Token& t) { return !t.Has(kCapitalized) && IsNameParticle(t.lower); }

  // Words that end an apposition: "Lam Akol, the Sudanese foreign minister[,]".
  static bool EndsApposition(const Token& t) {
    const std::string_view w = t.norm;
    return w == "," || w == ";" || w == ":" || w == ")" || w == "." || w == "!" || w == "?" || t.tag == Tag::kPeriod;
  }

  // "the former Sudanese foreign minister": no office now, so its code is
  // not the name's.
  static bool Formerly(const ArticleState& state, const Sentence& s, uint32_t begin, uint32_t end) {
    const auto& tokens = state.doc->tokens;
    for (uint32_t p = begin > s.token_begin ? begin - 1 : begin; p < end; ++p) {
      const std::string_view w = tokens[p].lower;
      if (w == "former" || w == "late" || w == "then" || w == "deposed" || w == "ousted" || w == "exiled" ||
          w.starts_with("ex-"))
        return true;
    }
    return false;
  }

  // The end of a name written from token p, before `limit`: two or more
  // name words, with lower-case particles between them (a first mention
  // gives the full name). p when there is none, or when a capitalized word
  // follows it (a longer name that cannot be read whole).
  static uint32_t NameRunAfter(const ArticleState& state, const Sentence& s, uint32_t p, uint32_t limit) {
    const auto& tokens = state.doc->tokens;
    uint32_t q = p;
    uint32_t end = p;
    int words = 0;
    while (q < limit && q - p < kMaxNameWords) {
      const Token& t = tokens[q];
      if (NameWord(t)) {
        if (!t.Has(kAbbreviation)) ++words;
        end = ++q;
        continue;
      }
      if (q > p && InnerParticle(t) && q + 1 < limit && NameWord(tokens[q + 1])) {
        ++q;
        continue;
      }
      break;
    }
    if (words < 2) return p;
    if (end < s.token_end && tokens[end].kind == TokenKind::kWord && tokens[end].Has(kCapitalized)) return p;
    return end;
  }

  // The start of a name of two or more words that ends right before token
  // `end`, not before `floor`: `end` when there is none, when a capitalized word other than
  // a title comes before it, or a preposition other than "with", "by",
  // "of" or "between" ("In Juba, the Sudanese foreign minister said").
  static uint32_t NameRunBefore(const ArticleState& state, const Sentence& s, uint32_t end, uint32_t floor) {
    const auto& tokens = state.doc->tokens;
    uint32_t q = end;
    int words = 0;
    while (q > floor && end - q < kMaxNameWords) {
      const Token& t = tokens[q - 1];
      if (NameWord(t)) {
        if (!t.Has(kAbbreviation)) ++words;
        --q;
        continue;
      }
      if (q < end && q - 1 > floor && InnerParticle(t) && NameWord(tokens[q - 2])) {
        --q;
        continue;
      }
      break;
    }
    if (words < 2 || InnerParticle(tokens[q])) return end;
    if (q > s.token_begin) {
      const Token& before = tokens[q - 1];
      if (before.kind == TokenKind::kWord && before.Has(kCapitalized) && !IsTitle(before.lower) &&
          !IsTitlePart(before.lower))
        return end;
      if ((before.tag == Tag::kIN || before.tag == Tag::kTO) && before.lower != "with" && before.lower != "by" &&
          before.lower != "of" && before.lower != "between")
        return end;
    }
    return q;
  }

  // Remembers tokens [begin, end) as a name of mention m's actor.
  void Learn(ArticleState& state, uint32_t begin, uint32_t end, const ActorMention& m, bool person) const {
    const auto& tokens = state.doc->tokens;
    auto& learned = state.learned;
    const uint32_t n = end - begin;
    // The same name learned again: the newer actor.
    for (size_t k = 0; k < learned.size(); ++k) {
      const LearnedName& l = learned[k];
      if (l.token_end - l.token_begin != n) continue;
      bool same = true;
      for (uint32_t w = 0; same && w < n; ++w) same = tokens[l.token_begin + w].norm == tokens[begin + w].norm;
      if (same) {
        learned.erase(learned.begin() + static_cast<std::ptrdiff_t>(k));
        break;
      }
    }
    if (learned.size() >= kMaxLearned) return;
    LearnedName l;
    l.token_begin = begin;
    l.token_end = end;
    l.person = person;
    l.kind = person || m.kind == ActorKind::kPerson ? ActorKind::kPerson : ActorKind::kOrg;
    l.code = m.code;
    l.entry = person ? state.doc->Slice(begin, end) : m.entry;
    l.origin = m.origin;
    l.role_origin = m.role_origin;
    l.needs_country = m.needs_country;
    if (m.needs_country) l.role = m.role;
    learned.push_back(std::move(l));
    state.learned_words |= LearnedBit(tokens[begin].norm);
    if (person) {
      const std::string_view last = tokens[end - 1].norm;
      state.learned_words |= LearnedBit(last) | LearnedBit(ParticleStem(last));
    }
  }

  // "Sudan Liberation Army" -> "SLA": the initials of the capitalized
  // words of a name of three or more, remembered as another name of it.
  void LearnInitials(ArticleState& state, const ActorMention& m) const {
    if (m.token_end - m.token_begin < 3) return;
    const auto& tokens = state.doc->tokens;
    char letters[8];
    size_t n = 0;
    for (uint32_t p = m.token_begin; p < m.token_end; ++p) {
      const Token& t = tokens[p];
      if (t.kind != TokenKind::kWord) {
        if (t.norm == "'s" || t.norm == "'" || t.norm == "-") continue;
        return;
      }
      if (t.Has(kAllCaps) || t.Has(kAbbreviation) || n == sizeof letters) return;
      if (!t.Has(kCapitalized)) continue;  // "of", "for", "the"
      letters[n++] = t.norm[0];
    }
    if (n < 3) return;
    const std::string_view initials(letters, n);
    for (const LearnedName& l : state.learned)
      if (l.token_begin == l.token_end && l.initials == initials) return;
    if (state.learned.size() >= kMaxLearned) return;
    LearnedName l;
    l.initials = std::string(initials);
    state.learned_words |= LearnedBit(initials);
    l.kind = m.kind == ActorKind::kPerson ? ActorKind::kPerson : ActorKind::kOrg;
    l.code = m.code;
    l.entry = m.entry;
    l.origin = m.origin;
    l.role_origin = m.role_origin;
    state.learned.push_back(std::move(l));
  }

  // A one-word reference to a learned name at token i reads as a name: not
  // before another capitalized word, not after an unknown first name
  // ("Dermot Ahern" is not "Bertie Ahern"), a proper noun at a sentence
  // start.
  static bool LearnedWordStandsAlone(const ArticleState& state, const Sentence& s, uint32_t i) {
    const auto& tokens = state.doc->tokens;
    const Token& t = tokens[i];
    if (i + 1 < s.token_end && tokens[i + 1].kind == TokenKind::kWord && tokens[i + 1].Has(kCapitalized))
      return false;
    if (t.Has(kAllCaps)) return true;
    if (i == s.token_begin || t.Has(kSentenceStart)) {
      if (t.tag == Tag::kNone || t.tag == Tag::kNNP || t.tag == Tag::kNNPS) return true;
      // A surname that is also a common noun ("Boxer", "Baker") is tagged
      // so at a sentence start; before a verb or a possessive it is still
      // the name the article gave ("Boxer urged", not "Boxer shorts").
      if (t.tag != Tag::kNN || i + 1 >= s.token_end) return false;
      const Token& next = tokens[i + 1];
      return next.tag == Tag::kVBD || next.tag == Tag::kVBZ || next.tag == Tag::kMD || next.norm == "'s";
    }
    const Token& prev = tokens[i - 1];
    if (prev.kind == TokenKind::kWord && prev.Has(kCapitalized) && !IsTitle(prev.lower) &&
        !IsTitlePart(prev.lower) && !IsPersonNoun(prev.lower) &&
        (!prev.Has(kSentenceStart) || prev.tag == Tag::kNNP || prev.tag == Tag::kNNPS))
      return false;
    return true;
  }

  // A cheap first test for LearnedAt: a capitalized or hyphenated word
  // whose bit some learned name set.
  static bool MayBeLearned(const ArticleState& state, uint32_t i) {
    if (state.learned_words == 0) return false;
    const Token& t = state.doc->tokens[i];
    return (t.flags & (kCapitalized | kHyphenated)) != 0 && (state.learned_words & LearnedBit(t.norm)) != 0;
  }

  // A learned name at token i: its full form (the longest, then the latest
  // learned), else a person's last word (also without its particle:
  // "Dabbagh" for "Ali al-Dabbagh") or first word of a two-word name, the
  // latest learned. Appends the atom and returns true when found.
  bool LearnedAt(const ArticleState& state, const Sentence& s, uint32_t i, std::vector<Atom>* atoms) const {
    const auto& tokens = state.doc->tokens;
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || (state.learned_words & LearnedBit(t.norm)) == 0) return false;
    if (!t.Has(kCapitalized) && (!t.Has(kHyphenated) || ParticleStem(t.norm).empty())) return false;
    int full = -1;
    uint32_t full_end = 0;
    int part = -1;
    for (size_t k = state.learned.size(); k-- > 0;) {
      const LearnedName& l = state.learned[k];
      if (l.token_begin == l.token_end) {
        if (t.norm == l.initials && full < 0) {
          full = static_cast<int>(k);
          full_end = i + 1;
        }
        continue;
      }
      const uint32_t n = l.token_end - l.token_begin;
      bool same = i + n <= s.token_end;
      for (uint32_t w = 0; same && w < n; ++w) same = tokens[i + w].norm == tokens[l.token_begin + w].norm;
      if (same) {
        if (full < 0 || i + n > full_end) {
          full = static_cast<int>(k);
          full_end = i + n;
        }
        continue;
      }
      if (part >= 0 || !l.person || n < 2 || t.norm.size() < 2) continue;
      const std::string_view last = tokens[l.token_end - 1].norm;
      const Token& first = tokens[l.token_begin];
      if (t.norm == last || t.norm == ParticleStem(last) ||
          (n == 2 && t.norm == first.norm && first.Has(kCapitalized) && !IsCommonSurname(first.lower)))
        part = static_cast<int>(k);
    }
    Atom atom;
    if (full >= 0) {
      atom.token_end = full_end;
      atom.learned = full;
    } else if (part >= 0) {
      atom.token_end = i + 1;
      atom.learned = part;
      atom.learned_short = true;
    } else {
      return false;
    }
    if (atom.token_end == i + 1 && !LearnedWordStandsAlone(state, s, i)) return false;
    if (atom.learned_short && state.learned[static_cast<size_t>(atom.learned)].untitled && i + 1 < s.token_end &&
        (tokens[i + 1].tag == Tag::kNN || tokens[i + 1].tag == Tag::kNNS))
      return false;
    atom.token_begin = i;
    atom.learned_kind = state.learned[static_cast<size_t>(atom.learned)].kind;
    atoms->push_back(atom);
    return true;
  }

  // After the mention just emitted (out->back()) of an office ("Sudanese
  // Foreign Minister"), or of a country or organisation followed by title
  // words (`title_words`: "FARC commander", "Iraqi government spokesman"),
  // a name no dictionary holds is the office's holder: the mention grows
  // over the title words and the name, and the name is learned. Returns
  // the index of the first atom not taken (j when nothing was).
  size_t NameAfter(ArticleState& state, uint32_t sentence, const std::vector<Atom>& atoms, size_t j,
                   bool title_words, std::vector<ActorMention>* out) const {
    ActorMention& m = out->back();
    const auto& tokens = state.doc->tokens;
    const Sentence& s = state.doc->sentences[sentence];
    if (m.token_end >= s.token_end || tokens[m.token_end].kind != TokenKind::kWord) return j;
    // A name needs a capitalized word within the next few.
    bool capital = false;
    for (uint32_t p = m.token_end; p < s.token_end && p < m.token_end + (title_words ? 5 : 1) && !capital; ++p)
      capital = tokens[p].Has(kCapitalized) || tokens[p].Has(kHyphenated);
    if (!capital) return j;
    // A role ending in a plural noun names no one person, so a title after
    // it starts another phrase: "with Russian journalists Prime Minister X
    // said" is not the journalists' man.
    if (m.kind == ActorKind::kRole && tokens[m.token_end - 1].tag == Tag::kNNS &&
        tokens[m.token_end].Has(kCapitalized))
      return j;
    bool person = m.kind != ActorKind::kOrg && PersonTitle(tokens[m.token_end - 1].lower);
    uint32_t p = m.token_end;
    size_t next = j;
    for (int words = 0; title_words && words < 4 && p < s.token_end; ++words) {
      if (next < atoms.size() && atoms[next].token_begin == p) {
        if (!IsRole(atoms[next])) break;
        p = atoms[next].token_end;
        person = PersonTitle(tokens[p - 1].lower);
        ++next;
        continue;
      }
      const Token& t = tokens[p];
      if (t.kind != TokenKind::kWord) break;
      if (IsPersonNoun(t.lower) || IsTitle(t.lower)) {
        person = true;
      } else if (IsTitlePart(t.lower) ||
                 (!t.Has(kCapitalized) && (t.tag == Tag::kNN || t.tag == Tag::kJJ || t.tag == Tag::kNone))) {
        person = false;
      } else {
        break;
      }
      ++p;
    }
    if (!person || p >= s.token_end) return j;
    const uint32_t limit = next < atoms.size() ? atoms[next].token_begin : s.token_end;
    const uint32_t end = NameRunAfter(state, s, p, limit);
    if (end == p || Formerly(state, s, m.token_begin, p)) return j;
    m.token_end = end;
    m.end = tokens[end - 1].end;
    m.kind = ActorKind::kPerson;
    m.entry = state.doc->Slice(p, end);
    m.learned = true;
    Learn(state, p, end, m, /*person=*/true);
    return next;
  }

  // Where the office that mention m names ends, with the title words after
  // it ("a UN [envoy]", "the Iraqi government [spokesman]"), and whether
  // it is one person's office ("the president of Chad", "the Sudanese
  // foreign minister"; not "the Iraqi government").
  static uint32_t OfficeEnd(const ArticleState& state, const Sentence& s, const ActorMention& m, bool* person) {
    const auto& tokens = state.doc->tokens;
    uint32_t head = m.token_end - 1;
    for (uint32_t p = m.token_begin + 1; p < m.token_end; ++p)
      if (tokens[p].lower == "of") {
        head = p - 1;
        break;
      }
    *person = m.kind != ActorKind::kOrg && PersonTitle(tokens[head].lower);
    uint32_t p = m.token_end;
    if (m.kind == ActorKind::kCountry) return p;  // "a Thai tycoon" is not the Thai government
    for (int words = 0; words < 3 && p < s.token_end; ++words, ++p) {
      const Token& t = tokens[p];
      if (t.kind != TokenKind::kWord) break;
      if (IsPersonNoun(t.lower) || IsTitle(t.lower)) {
        *person = true;
      } else if (IsTitlePart(t.lower) ||
                 (!t.Has(kCapitalized) && (t.tag == Tag::kNN || t.tag == Tag::kJJ || t.tag == Tag::kNone))) {
        *person = false;
      } else {
        break;
      }
    }
    return p;
  }

  // True when an apposition that ends its office at token p ends there or
  // after a short phrase with no verb ("the UN envoy to Sudan,").
  static bool AppositionEnds(const ArticleState& state, const Sentence& s, uint32_t p) {
    const auto& tokens = state.doc->tokens;
    for (uint32_t q = p; q < s.token_end && q < p + 8; ++q) {
      const Token& t = tokens[q];
      if (EndsApposition(t) || t.tag == Tag::kWP || t.tag == Tag::kWDT) return true;
      if (t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP || t.tag == Tag::kMD) return false;
      if (q + 1 == s.token_end) return true;
    }
    return p >= s.token_end;
  }

  // After a sentence's mentions are made (those from index `first`):
  // names in apposition to an office, acronyms in brackets after an actor,
  // initials of long names. A name found beside an office becomes a
  // mention of its own, with the office's code.
  void LearnAroundMentions(ArticleState& state, uint32_t sentence, size_t first,
                           std::vector<ActorMention>* out) const {
    const auto& tokens = state.doc->tokens;
    const Sentence& s = state.doc->sentences[sentence];
    // Learned names are collected here and merged into `out` once at the
    // end, each keyed by where it goes: 2q before mention q, 2q + 1 after
    // it. (Inserting one at a time would shift the sentence's mentions for
    // each: quadratic in a very long sentence.)
    std::vector<std::pair<size_t, ActorMention>>& added = state.added;
    added.clear();
    const size_t n = out->size();
    // Where the mention before the current one ends, learned ones included.
    uint32_t previous_end = first > 0 ? (*out)[first - 1].token_end : s.token_begin;
    auto add = [&](size_t key, uint32_t begin, uint32_t end, size_t from) {
      ActorMention m = (*out)[from];
      m.token_begin = begin;
      m.token_end = end;
      m.begin = tokens[begin].begin;
      m.end = tokens[end - 1].end;
      m.kind = ActorKind::kPerson;
      m.entry = state.doc->Slice(begin, end);
      m.resolved_short = false;
      m.learned = true;
      Learn(state, begin, end, m, /*person=*/true);
      added.emplace_back(key, std::move(m));
    };
    for (size_t q = first; q < n; previous_end = added.empty() || added.back().first != 2 * q + 1
                                                      ? (*out)[q].token_end
                                                      : added.back().second.token_end,
                ++q) {
      const ActorMention& m = (*out)[q];
      const uint32_t b = m.token_begin;
      const uint32_t e = m.token_end;
      const uint32_t next_begin = q + 1 < n ? (*out)[q + 1].token_begin : s.token_end;
      // "Reporters Without Borders (RWB)".
      if (e + 2 < s.token_end && tokens[e].norm == "(" && tokens[e + 2].norm == ")" && next_begin > e + 1) {
        const Token& a = tokens[e + 1];
        if (a.kind == TokenKind::kWord && a.Has(kAllCaps) && a.norm.size() <= 10) Learn(state, e + 1, e + 2, m, false);
      }
      if (m.kind == ActorKind::kOrg || m.kind == ActorKind::kCountry) LearnInitials(state, m);
      if (m.kind == ActorKind::kPerson) continue;
      // "Mohammed Qasim of the Islamic Action Front said": a name joined by
      // "of" to an organisation (not to a country: "John Smith of Chad" may
      // be anyone) is one of its people. Not when the organisation is part
      // of a longer name ("of the BBC World Service").
      if (m.kind == ActorKind::kOrg) {
        uint32_t p = b;
        if (p > s.token_begin && tokens[p - 1].lower == "the") --p;
        const uint32_t floor = std::max(s.token_begin, previous_end);
        if (p > floor + 2 && tokens[p - 1].lower == "of" &&
            !(e < s.token_end && tokens[e].kind == TokenKind::kWord && tokens[e].Has(kCapitalized))) {
          const uint32_t start = NameRunBefore(state, s, p - 1, floor);
          if (start < p - 1) {
            add(2 * q, start, p - 1, q);
            continue;
          }
        }
      }
      // Quick tests: a capitalized word before a comma right before the
      // mention (or its article, or a few words and a preposition), or
      // after a comma soon after it; else no apposition.
      bool before = false;
      if (b > s.token_begin + 1) {
        uint32_t w = b - 1 - (IsArticle(tokens[b - 1].lower) ? 1 : 0);
        if (w > s.token_begin && IsOfficePreposition(tokens[w].lower))
          while (w > s.token_begin + 1 && b - w < 7 && tokens[w].norm != ",") --w;
        before = w > s.token_begin && tokens[w].norm == "," && (tokens[w - 1].flags & (kCapitalized | kHyphenated));
      }
      bool after = false;
      for (uint32_t p = e; p + 1 < s.token_end && p < e + 4; ++p)
        if (tokens[p].norm == ",") {
          after = tokens[p + 1].Has(kCapitalized);
          break;
        }
      if (!before && !after) continue;
      bool person = false;
      const uint32_t office_end = OfficeEnd(state, s, m, &person);
      const uint32_t floor = std::max(s.token_begin, previous_end);
      // "Lam Akol, the Sudanese foreign minister,"; "X, a spokesman for the
      // Iraqi government,"; "X, head of the EU delegation,".
      uint32_t p = b;
      bool lead = false;  // the office is named before a preposition
      if (p > s.token_begin && IsArticle(tokens[p - 1].lower)) --p;
      if (p <= s.token_begin || tokens[p - 1].norm != ",") {
        p = b;
        if (p > s.token_begin && tokens[p - 1].lower == "the") --p;
        if (p > floor + 2 && IsOfficePreposition(tokens[p - 1].lower)) {
          const uint32_t words_end = p - 1;
          uint32_t w = words_end;
          while (w > floor && words_end - w < 4 && TitleWord(tokens[w - 1])) --w;
          if (w < words_end && OfficeOf(tokens[words_end - 1].lower, tokens[words_end].lower)) {
            p = w;
            if (p > s.token_begin && IsArticle(tokens[p - 1].lower)) --p;
            lead = true;
          }
        }
        if (!lead) p = b;
      }
      // "a spokesman for USA Today": the actor is only part of a longer name.
      const bool longer_name = office_end < s.token_end && tokens[office_end].kind == TokenKind::kWord &&
                               tokens[office_end].Has(kCapitalized);
      if (longer_name) continue;
      // "Lt. Col. Tom Reed, a U.S. military spokesman,": a name learned from
      // its title with no country takes the code of the office beside it.
      if ((person || lead) && q > first && (*out)[q - 1].needs_country && (*out)[q - 1].token_end + 1 == p &&
          tokens[p - 1].norm == "," && AppositionEnds(state, s, office_end) && !Formerly(state, s, p, office_end)) {
        ActorMention& named = (*out)[q - 1];
        for (LearnedName& l : state.learned)
          if (l.needs_country && l.entry.data() == named.entry.data()) {
            l.needs_country = false;
            l.code = m.code;
          }
        named.needs_country = false;
        named.code = m.code;
        named.country = m.country;
        named.role = m.role;
        continue;
      }
            if ((person || lead) && p > floor + 1 && tokens[p - 1].norm == "," && AppositionEnds(state, s, office_end) &&
          !Formerly(state, s, p, office_end)) {
        const uint32_t start = NameRunBefore(state, s, p - 1, floor);
        if (start < p - 1) {
          add(2 * q, start, p - 1, q);
          continue;
        }
      }
      // "the Sudanese foreign minister, Lam Akol,".
      if (person && office_end + 1 < s.token_end && tokens[office_end].norm == "," &&
          !Formerly(state, s, b, office_end)) {
        uint32_t start = office_end + 1;
        while (start < next_begin && start < office_end + 3 && tokens[start].Has(kCapitalized) &&
               (IsTitle(tokens[start].lower) || IsTitlePart(tokens[start].lower)))
          ++start;
        const uint32_t end = NameRunAfter(state, s, start, next_begin);
        if (end > start && (end == s.token_end || EndsApposition(tokens[end]))) add(2 * q + 1, start, end, q);
      }
    }
    if (added.empty()) return;
    // One merge of the sentence's mentions with the learned ones.
    std::vector<ActorMention>& merged = state.merged;
    merged.clear();
    merged.reserve(n - first + added.size());
    size_t k = 0;
    for (size_t q = first; q < n; ++q) {
      while (k < added.size() && added[k].first <= 2 * q) merged.push_back(std::move(added[k++].second));
      merged.push_back(std::move((*out)[q]));
      while (k < added.size() && added[k].first == 2 * q + 1) merged.push_back(std::move(added[k++].second));
    }
    out->resize(first);
    std::move(merged.begin(), merged.end(), std::back_inserter(*out));
  }

  // "(D-Calif.)", "(R-TX)", "(I-Vt)": the party and state US news writes
  // after a member of Congress. True for the token after "(": D, R or I, a
  // hyphen and a state's postal code or news abbreviation (dots dropped),
  // so that "(D-Day)" is none.
  static bool PartyAndState(const Token& t) {
    const std::string_view w = t.norm;
    if (w.size() < 4 || w.size() > 12 || w[1] != '-') return false;
    if (w[0] != 'D' && w[0] != 'R' && w[0] != 'I') return false;
    if (!std::isupper(static_cast<unsigned char>(w[2]))) return false;
    char state[12];
    size_t n = 0;
    for (size_t k = 2; k < w.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(w[k]);
      if (c == '.') continue;
      if (!std::isalpha(c)) return false;
      state[n++] = static_cast<char>(std::tolower(c));
    }
    const std::string_view s(state, n);
    static constexpr std::string_view kStates[] = {
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
        "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
        "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
        "ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "hawaii", "idaho", "ill",
        "ind", "iowa", "kan", "kans", "maine", "mass", "mich", "minn", "miss", "mont", "neb", "nebr", "nev",
        "ohio", "okla", "ore", "penn", "tenn", "tex", "texas", "utah", "wash", "wis", "wisc", "wyo"};
    return std::find(std::begin(kStates), std::end(kStates), s) != std::end(kStates);
  }

  // "Senator Barbara Boxer (D-Calif.)", "Rep. Henry Waxman (D-CA)": a name
  // no dictionary holds, right before the party and state of US news, is a
  // member of Congress (the US Congress entry's code), learned for the rest
  // of the article like a name beside an office. A name some mention
  // already covers keeps that mention. The sentence's mentions are those
  // from `first`, in text order; the new one goes in its place among them.
  void LearnPartyAndState(ArticleState& state, uint32_t sentence, size_t first,
                          std::vector<ActorMention>* out) const {
    if (us_congress_ < 0) return;
    const auto& tokens = state.doc->tokens;
    const Sentence& s = state.doc->sentences[sentence];
    for (uint32_t p = s.token_begin + 2; p + 2 < s.token_end; ++p) {
      if (tokens[p].norm != "(" || !PartyAndState(tokens[p + 1])) continue;
      const uint32_t close = tokens[p + 2].norm == "." && p + 3 < s.token_end ? p + 3 : p + 2;
      if (tokens[close].norm != ")") continue;
      // Mentions before the name bound it; one reaching into it rules it out.
      uint32_t floor = s.token_begin;
      size_t at = first;
      bool covered = false;
      for (; at < out->size() && (*out)[at].token_begin < p; ++at) {
        if ((*out)[at].token_end > p - 1) covered = true;
        floor = std::max(floor, (*out)[at].token_end);
      }
      if (covered) continue;
      const uint32_t start = NameRunBefore(state, s, p, floor);
      if (start == p) continue;
      const Entry& congress = data_->entries[static_cast<size_t>(us_congress_)];
      ActorMention m;
      m.sentence = sentence;
      m.code = congress.code;
      dict::SplitCode(*data_, m.code, &m.country, &m.role);
      m.origin = congress.origin;
      LearnPerson(state, start, start, p, &m);
      out->insert(out->begin() + static_cast<std::ptrdiff_t>(at), std::move(m));
    }
  }

  // Makes *m, whose code or role is set, the person named by the tokens
  // [name_begin, end) of a mention that spans [begin, end) (a title may
  // open it), and learns the name for the rest of the article.
  void LearnPerson(ArticleState& state, uint32_t begin, uint32_t name_begin, uint32_t end, ActorMention* m) const {
    const auto& tokens = state.doc->tokens;
    m->token_begin = begin;
    m->token_end = end;
    m->begin = tokens[begin].begin;
    m->end = tokens[end - 1].end;
    m->kind = ActorKind::kPerson;
    m->entry = state.doc->Slice(name_begin, end);
    m->learned = true;
    Learn(state, name_begin, end, *m, /*person=*/true);
  }

  // "Senator John Smith", "Lord Levy", "Gen. Tom Reed", "opposition MP
  // Jane Wanjiru", "police spokesman X": role words with no country,
  // ending in a political title (IsPoliticalTitle), right before a name no
  // dictionary holds make the name an actor with the first role word's
  // role and no country yet (ActorMention::needs_country: the event coder
  // gives it the country a description would get), learned for the rest
  // of the article. One capitalized word is a name only after a title that
  // is nothing else ("Lord Levy"; not "General Motors"); a lower-case title
  // needs a name of two words. Only a state's, a party's or an armed
  // group's roles; not after a possessive, a noun or another capitalized
  // word ("the firm's spokesman", "a company spokesman", "a Microsoft
  // spokesman", unless it is a US party: "Republican Senator X"), nor for a
  // former office. Returns the index of the first atom not taken (k when
  // none).
  size_t TitledName(ArticleState& state, uint32_t sentence, const std::vector<Atom>& atoms, size_t k,
                    std::vector<ActorMention>* out) const {
    const auto& tokens = state.doc->tokens;
    const Sentence& s = state.doc->sentences[sentence];
    const std::string_view role = EntryOf(atoms[k]).code;
    if (!IsStateRole(role)) return k;
    // "opposition MP", "police spokesman": role words one after another.
    size_t j = k;
    while (j + 1 < atoms.size() && IsRole(atoms[j + 1]) && atoms[j + 1].token_begin == atoms[j].token_end) ++j;
    const uint32_t begin = atoms[k].token_begin;
    const uint32_t p = atoms[j].token_end;
    if (p >= s.token_end) return k;
    const Token& title = tokens[p - 1];
    if (!IsPoliticalTitle(title.lower)) return k;
    if (begin > s.token_begin) {
      const Token& prev = tokens[begin - 1];
      const bool party = prev.lower == "republican" || prev.lower == "democratic" || prev.lower == "democrat";
      const bool noun = prev.tag == Tag::kNN || prev.tag == Tag::kNNS || prev.tag == Tag::kNNP ||
                        prev.tag == Tag::kNNPS || prev.tag == Tag::kPOS;
      if (!party && (prev.norm == "'s" || prev.norm == "'" || noun ||
                     (prev.kind == TokenKind::kWord && prev.Has(kCapitalized) && !prev.Has(kSentenceStart))))
        return k;
    }
    if (Formerly(state, s, begin, p)) return k;
    const uint32_t limit = j + 1 < atoms.size() ? atoms[j + 1].token_begin : s.token_end;
    uint32_t end = NameRunAfter(state, s, p, limit);
    if (end == p && title.Has(kCapitalized) && IsNameOnlyTitle(title.lower) && p < limit && NameWord(tokens[p]) &&
        tokens[p].Has(kCapitalized) && (tokens[p].tag == Tag::kNNP || tokens[p].tag == Tag::kNone) &&
        !(p + 1 < s.token_end && tokens[p + 1].kind == TokenKind::kWord && tokens[p + 1].Has(kCapitalized)))
      end = p + 1;
    if (end == p) return k;
    // "Senator Ann Wexler (D-Calif.)": a member of Congress (LearnPartyAndState).
    if (end + 1 < s.token_end && tokens[end].norm == "(" && PartyAndState(tokens[end + 1])) return k;
    ActorMention m;
    m.sentence = sentence;
    m.role = std::string(role);
    m.origin = data_->refs[atoms[k].ref].origin;
    m.role_origin = m.origin;
    m.needs_country = true;
    LearnPerson(state, begin, p, end, &m);
    out->push_back(std::move(m));
    return j + 1;
  }

  // "Mr Wexler", "Dr. Okafor": a form of address, which gives no role.
  static bool IsAddress(std::string_view w) {
    return w == "mr" || w == "mr." || w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "dr" ||
           w == "dr.";
  }

  // The last word of a name after a given name that makes it a place's,
  // a paper's or a prize's: "Des Moines Register", "Joe Louis Arena",
  // "Lucas Heights", "Hamilton East", "Roman Catholic".
  static bool EndsNoPersonName(std::string_view lower) {
    static constexpr std::string_view kWords[] = {
        "register", "tribune", "herald",   "gazette",  "journal",   "review",   "magazine", "daily",   "online",
        "live",     "arena",   "stadium",  "trust",    "heights",   "east",     "west",     "north",   "south",
        "avenue",   "road",    "catholic", "memorial", "award",     "awards",   "prize",    "cup",     "airlines",
        "airways",  "report",  "laboratory", "lab",    "reserve",   "county",   "beach",    "bay"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  }

  // True when tokens [begin, end) are a whole name of the dictionary,
  // whatever its conditions.
  bool DictionaryName(const ArticleState& state, uint32_t begin, uint32_t end) const {
    std::vector<uint32_t> frontier{0}, next;
    for (uint32_t p = begin; p < end && !frontier.empty(); ++p) {
      next.clear();
      for (uint32_t node : frontier) {
        if (uint32_t c = data_->Child(node, state.exact[p]); c != 0) next.push_back(c);
        if (uint32_t c = data_->Child(node, state.folded[p]); c != 0) next.push_back(c);
      }
      frontier.swap(next);
    }
    for (uint32_t node : frontier)
      if (data_->node_accepts[node]) return true;
    return false;
  }

  // A word before a name that makes it a thing's: a ship's, a storm's.
  static bool NamesAThing(std::string_view lower) {
    static constexpr std::string_view kWords[] = {
        "carrier", "ship",   "vessel",  "destroyer", "frigate",   "submarine", "cruiser", "warship", "tanker",
        "ferry",   "yacht",  "uss",     "hms",       "hurricane", "storm",     "typhoon", "cyclone", "named",
        "dubbed",  "called", "film",    "novel",     "book",      "song",      "album",   "play"};
    return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
  }

  bool IsGivenName(const Token& t) const {
    return t.kind == TokenKind::kWord && t.Has(kCapitalized) && !t.Has(kAllCaps) &&
           ActorData::FilterMayHave(data_->given_filter, t.norm) && data_->given_names.contains(t.norm);
  }

  // The code of an unknown person at tokens [begin, end) from a country or
  // organisation written with them, set in *m: right before, with at most
  // three words of trade or office between ("Syrian doctor Jane Doe",
  // "the Kenyan Development Minister, Jane Doe", "FARC guerrilla X",
  // "former Kenyan trade minister X"), or after a comma ("Jane Doe, a
  // Kenyan,"). A country gives its code alone (no role) unless the words
  // end in an office of state ("minister", "MP") or the mention has a role
  // ("Kenyan police officer X" is KENCOP); a former office gives no role.
  // `out` holds the sentence's mentions from `first`; q is the first at or
  // after `end`. Returns 1 for a mention before (which the person's then
  // takes in), 2 for one after, 0 when there is none.
  int CountryBeside(const ArticleState& state, const Sentence& s, const std::vector<ActorMention>& out,
                     size_t first, size_t q, uint32_t begin, uint32_t end, ActorMention* m) const {
    const auto& tokens = state.doc->tokens;
    auto set = [&](const ActorMention& from, bool role) {
      if (from.country.size() != 3 && from.kind != ActorKind::kOrg) return false;
      if (from.code.empty()) return false;
      if (from.kind == ActorKind::kOrg) {
        m->code = from.code;
      } else {
        m->code = role ? util::Cat(from.country, from.role) : from.country;
      }
      dict::SplitCode(*data_, m->code, &m->country, &m->role);
      m->origin = from.origin;
      return true;
    };
    if (q > first) {
      const ActorMention& prev = out[q - 1];
      uint32_t gap_end = begin;
      if (gap_end > prev.token_end && tokens[gap_end - 1].norm == ",") --gap_end;
      bool ok = !prev.needs_country && prev.kind != ActorKind::kPerson && gap_end - prev.token_end <= 3 &&
                prev.sentence == m->sentence;
      bool office = false;
      for (uint32_t p = prev.token_end; ok && p < gap_end; ++p) {
        const Token& t = tokens[p];
        if (t.kind != TokenKind::kWord || IsArticle(t.lower)) ok = false;
        else if (t.Has(kCapitalized)) ok = IsTitle(t.lower) || IsTitlePart(t.lower) || IsPersonNoun(t.lower) ||
                                            t.tag == Tag::kNNP || t.tag == Tag::kNone;
        else ok = t.tag == Tag::kNN || t.tag == Tag::kJJ || t.tag == Tag::kVBN || t.tag == Tag::kNone;
        office = IsPoliticalTitle(t.lower) || t.lower == "minister" || t.lower == "secretary";
      }
      // A comma needs words of office before it: "Kenyan, Jane Doe" is a list.
      if (ok && gap_end < begin && gap_end == prev.token_end) ok = false;
      // Right before the name: a country's adjective ("Kenyan Jane Doe"),
      // not its name ("Kenya Jane Doe" starts another phrase), or a
      // country's office that lent the name nothing ("the former Kenyan
      // trade minister Jane Doe"); an organisation's people need a word of
      // trade ("FARC guerrilla X").
      if (ok && gap_end == prev.token_end) {
        const Token& last = tokens[prev.token_end - 1];
        if (prev.kind == ActorKind::kCountry)
          ok = last.tag == Tag::kJJ || last.tag == Tag::kNNPS || last.tag == Tag::kNone;
        else
          ok = prev.kind == ActorKind::kRole && IsPersonNoun(last.lower);
        if (ok && prev.kind == ActorKind::kRole) office = true;
      }
      if (ok) {
        const bool former = Formerly(state, s, prev.token_begin, begin);
        const bool role = !former && (prev.kind == ActorKind::kRole || office);
        if (set(prev, role)) return 1;
      }
    }
    // "Jane Doe, a Kenyan,": a demonym alone after a comma.
    if (end + 2 < s.token_end && tokens[end].norm == "," && q < out.size()) {
      uint32_t p = end + 1;
      if (tokens[p].lower == "a" || tokens[p].lower == "an") ++p;
      const ActorMention& next = out[q];
      if (next.token_begin == p && next.kind == ActorKind::kCountry && next.token_end < s.token_end &&
          tokens[next.token_end].tag != Tag::kNN && tokens[next.token_end].tag != Tag::kNNS &&
          tokens[next.token_end - 1].tag != Tag::kNNP)
        return set(next, false) ? 2 : 0;
    }
    return 0;
  }

  // "Jane Wexler criticised ...", "Mr Wexler said": a person no dictionary
  // holds and no office was written with. A name of two or three words
  // whose first is a given name (ActorData::given_names), or any name after
  // "Mr", "Mrs", "Ms" or "Dr", where no mention of the sentence (those
  // from `first`) lies, not joined to another capitalized word. The mention
  // has no role and no country (needs_country): the event coder gives it
  // the article's home country. It is learned for the rest of the article.
  void UnknownPeople(ArticleState& state, uint32_t sentence, size_t first, std::vector<ActorMention>* out) const {
    const auto& tokens = state.doc->tokens;
    const Sentence& s = state.doc->sentences[sentence];
    const size_t n = out->size();
    size_t q = first;  // the next mention at or after the token looked at
    for (uint32_t i = s.token_begin; i + 1 < s.token_end; ++i) {
      while (q < n && (*out)[q].token_end <= i) ++q;
      if (q < n && (*out)[q].token_begin <= i) {
        i = (*out)[q].token_end - 1;
        continue;
      }
      const Token& t = tokens[i];
      if (t.kind != TokenKind::kWord || !t.Has(kCapitalized)) continue;
      const bool address = IsAddress(t.lower);
      if (!address && !IsGivenName(t)) continue;
      // Part of a longer capitalized name: "Prince Edward Island", "the
      // Jane Doe Foundation"; a mention may end right before it ("Canadian
      // Jane Doe").
      if (i > s.token_begin && !(q > first && (*out)[q - 1].token_end == i)) {
        const Token& prev = tokens[i - 1];
        if (prev.kind == TokenKind::kWord && prev.Has(kCapitalized) && !prev.Has(kSentenceStart)) continue;
      }
      // "the aircraft carrier George Washington", "Hurricane Katrina": a
      // ship's or a storm's name.
      if (i > s.token_begin && NamesAThing(tokens[i - 1].lower)) continue;
      const uint32_t limit = q < n ? (*out)[q].token_begin : s.token_end;
      const uint32_t name_begin = address ? i + 1 : i;
      if (name_begin >= limit) continue;
      uint32_t end = NameRunAfter(state, s, name_begin, limit);
      if (end == name_begin && address && NameWord(tokens[name_begin]) && tokens[name_begin].Has(kCapitalized) &&
          !(name_begin + 1 < s.token_end && tokens[name_begin + 1].kind == TokenKind::kWord &&
            tokens[name_begin + 1].Has(kCapitalized)))
        end = name_begin + 1;
      if (end == name_begin || end - name_begin > 3 || EndsNoPersonName(tokens[end - 1].lower)) continue;
      // A dictionary name that is no actor on this date ("Benazir Bhutto"
      // after her death) stays none.
      if (DictionaryName(state, name_begin, end)) continue;
      // "Jane Doe (D-Calif.)" is a member of Congress (LearnPartyAndState).
      if (end + 1 < s.token_end && tokens[end].norm == "(" && PartyAndState(tokens[end + 1])) continue;
      ActorMention m;
      m.sentence = sentence;
      const int beside = CountryBeside(state, s, *out, first, q, i, end, &m);
      if (beside == 0) m.needs_country = true;
      // "Syrian doctor Jane Doe": one mention, from the country on.
      const uint32_t begin = beside == 1 ? (*out)[q - 1].token_begin : i;
      LearnPerson(state, begin, name_begin, end, &m);
      state.learned.back().untitled = true;
      if (beside == 1) (*out)[q - 1] = std::move(m);
      else out->push_back(std::move(m));
      i = end - 1;
    }
    if (out->size() > n)
      std::inplace_merge(out->begin() + static_cast<std::ptrdiff_t>(first), out->begin() + static_cast<std::ptrdiff_t>(n),
                         out->end(), [](const ActorMention& a, const ActorMention& b) {
                           return a.token_begin < b.token_begin;
                         });
  }

  static bool IsArticle(std::string_view w) { return w == "the" || w == "a" || w == "an"; }
  // A capitalised word after a country's name that makes it the state's
  // body rather than part of a person's name.
  static bool IsStateBody(std::string_view w) {
    static constexpr std::string_view kBodies[] = {"government", "army", "police", "military", "parliament",
                                                   "armed", "forces", "troops", "authorities", "officials"};
    return std::find(std::begin(kBodies), std::end(kBodies), w) != std::end(kBodies);
  }
  static bool IsOfficePreposition(std::string_view w) {
    return w == "of" || w == "for" || w == "at" || w == "to" || w == "with" || w == "in";
  }
  // True when `noun` before `preposition` names an office of what follows:
  // "head of", "a spokesman for", "an adviser to"; not "ambassador to",
  // "envoy for", "representative in", which are sent to it.
  static bool OfficeOf(std::string_view noun, std::string_view preposition) {
    if (!IsPersonNoun(noun)) return false;
    if (preposition == "of" || preposition == "with") return true;
    static constexpr std::string_view kSent[] = {"ambassador", "envoy", "emissary", "representative", "consul",
                                                 "delegate",   "commissioner", "mediator", "negotiator",
                                                 "correspondent", "inspector", "observer"};
    if (std::find(std::begin(kSent), std::end(kSent), noun) != std::end(kSent)) return false;
    if (preposition == "to")
      return noun == "adviser" || noun == "advisor" || noun == "aide" || noun == "spokesman" ||
             noun == "spokeswoman" || noun == "spokesperson" || noun == "secretary";
    return true;
  }
  // A word of a title before a preposition: "a [senior official] in", "[head] of".
  static bool TitleWord(const Token& t) {
    if (t.kind != TokenKind::kWord) return false;
    if (IsPersonNoun(t.lower) || IsTitle(t.lower) || IsTitlePart(t.lower)) return true;
    return !t.Has(kCapitalized) && (t.tag == Tag::kNN || t.tag == Tag::kJJ || t.tag == Tag::kNone) &&
           !IsArticle(t.lower);
  }

  void Combine(ArticleState& state, uint32_t sentence, const std::vector<Atom>& atoms,
               std::vector<ActorMention>* out) const {
    const auto& tokens = state.doc->tokens;
    const size_t n = atoms.size();
    size_t k = 0;
    while (k < n) {
      const Atom& a = atoms[k];
      if (IsCountryish(a)) {
        size_t j = k + 1;
        const Atom* role = nullptr;
        uint32_t last_end = a.token_end;
        if (j < n && IsRole(atoms[j]) && Adjacent(state, a.token_end, atoms[j].token_begin, true)) {
          role = &atoms[j];
          last_end = role->token_end;
          ++j;
        } else if (j + 1 < n && KindOf(atoms[j]) == ActorKind::kOrg && IsRole(atoms[j + 1]) &&
                   Adjacent(state, a.token_end, atoms[j].token_begin, false) &&
                   atoms[j + 1].token_begin == atoms[j].token_end) {
          // "China's U.N. ambassador": the country's envoy to the body.
          role = &atoms[j + 1];
          last_end = role->token_end;
          j += 2;
        }
        if (j < n && IsPerson(atoms[j]) && Adjacent(state, last_end, atoms[j].token_begin, false)) {
          if (PossessedRole(state, sentence, atoms, j, a.token_begin, out)) {
            k = j + 2;
            continue;
          }
          Emit(state, sentence, a.token_begin, atoms[j].token_end, atoms[j], role, "", out);
          k = j + 1;
          continue;
        }
        if (role != nullptr) {
          // "Bree Prime Minister Romendacil", where the name right after the
          // role is one of the same country's: one mention, the country's role.
          uint32_t end = role->token_end;
          if (j < n && IsCountryish(atoms[j]) && HowOf(atoms[j]) == NameKind::kName &&
              atoms[j].token_begin == end && EntryOf(atoms[j]).code == EntryOf(a).code) {
            end = atoms[j].token_end;
            ++j;
          }
          Emit(state, sentence, a.token_begin, end, a, role, EntryOf(*role).code, out);
          k = NameAfter(state, sentence, atoms, j, /*title_words=*/true, out);
          continue;
        }
        // "North Korean and Chinese officials": the role is shared.
        std::string_view shared_role;
        if (Attributive(state, a) && k + 2 < n && IsCountryish(atoms[k + 1]) &&
            Attributive(state, atoms[k + 1]) && IsRole(atoms[k + 2]) &&
            atoms[k + 2].token_begin == atoms[k + 1].token_end) {
          bool joined = true;
          for (uint32_t p = a.token_end; p < atoms[k + 1].token_begin; ++p) {
            const std::string_view w = tokens[p].lower;
            if (w != "and" && w != "or" && w != ",") joined = false;
          }
          if (joined && atoms[k + 1].token_begin > a.token_end)
            shared_role = EntryOf(atoms[k + 2]).code;
        }
        if (shared_role.empty() && CountedPeople(state, sentence, a)) shared_role = "CVL";
        Emit(state, sentence, a.token_begin, a.token_end, a, nullptr, shared_role, out);
        ++k;
        // "the Taoiseach Bertie Ahern": a country's name for one office.
        if (shared_role.empty()) k = NameAfter(state, sentence, atoms, k, /*title_words=*/false, out);
        continue;
      }
      if (IsRole(a)) {
        const size_t j = k + 1;
        if (j < n && IsPerson(atoms[j]) && Adjacent(state, a.token_end, atoms[j].token_begin, false)) {
          if (PossessedRole(state, sentence, atoms, j, a.token_begin, out)) {
            k = j + 2;
            continue;
          }
          Emit(state, sentence, a.token_begin, atoms[j].token_end, atoms[j], &a, "", out);
          k = j + 1;
          continue;
        }
        // "the army of Sudan", "troops of the DPRK".
        if (j < n && IsCountryish(atoms[j]) && HowOf(atoms[j]) != NameKind::kAdjective) {
          uint32_t p = a.token_end;
          if (p < atoms[j].token_begin && tokens[p].lower == "of") {
            ++p;
            if (p < atoms[j].token_begin && tokens[p].lower == "the") ++p;
            if (p == atoms[j].token_begin) {
              Emit(state, sentence, a.token_begin, atoms[j].token_end, atoms[j], &a,
                   EntryOf(a).code, out);
              k = j + 1;
              continue;
            }
          }
        }
        // "Senator John Smith", "Lord Levy": a title before a name.
        if (const size_t next = TitledName(state, sentence, atoms, k, out); next != k) {
          k = next;
          continue;
        }
        ++k;  // a role with no country is not an actor
        continue;
      }
      if (IsPerson(a) && PossessedRole(state, sentence, atoms, k, a.token_begin, out)) {
        k += 2;
        continue;
      }
      Emit(state, sentence, a.token_begin, a.token_end, a, nullptr, "", out);
      ++k;
      // "FARC commander Raul Reyes", "UN envoy Jan Pronk".
      if (KindOf(a) == ActorKind::kOrg) k = NameAfter(state, sentence, atoms, k, /*title_words=*/true, out);
    }
  }

  std::unique_ptr<ActorData> data_;
  int32_t us_congress_ = -1;  // entry of the US Congress, or -1
};

}  // namespace

std::unique_ptr<ActorDictionary> MakeActorMatcher(std::unique_ptr<dict::ActorData> data) {
  return std::make_unique<ActorMatcher>(std::move(data));
}

}  // namespace dyad::match
