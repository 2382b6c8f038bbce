// Finds actors in a document in two steps per sentence:
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
#include "match/actor_matcher.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "util/strings.h"

namespace dyad::match {
namespace {

using dict::ActorData;
using dict::Entry;
using dict::NameKind;
using dict::NameRef;
using dict::NameOptions;

struct Atom {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t ref = 0;
  std::string_view person_code;  // for people: the code on the date
};

// Per-article working state (Match() is const; this lives on its stack).
struct ArticleState {
  const Document* doc = nullptr;
  int date_key = 0;
  std::vector<uint32_t> exact;   // word id of each token's exact form
  std::vector<uint32_t> folded;  // word id of each token's lower form
  std::vector<uint32_t> prefix;  // word id of the name in "Saudi-led" (LeaderPrefix)
  std::vector<uint32_t> mentioned_people;  // entry ids, in order of mention
  // Scratch space of FindAtoms, kept across sentences.
  std::vector<std::pair<uint32_t, uint32_t>> accepting;
  std::vector<uint32_t> frontier;
  std::vector<uint32_t> next;
  bool words_ready = false;
  // Bit i: the article holds context word i (ActorData::context_words);
  // filled lazily, when a name's options first ask.
  std::vector<uint64_t> context_present;
};

// Surnames so common that alone they do not name one office holder.
bool IsCommonSurname(std::string_view w) {
  static const util::ViewSet kCommon = [] {
    util::ViewSet set;
    for (std::string_view n :
         {"smith", "jones", "johnson", "williams", "taylor", "davis", "miller", "wilson", "anderson", "thomas",
          "jackson", "white", "harris", "martin", "thompson", "garcia", "martinez", "robinson", "clark", "lewis",
          "walker", "young", "allen", "king", "wright", "scott", "green", "baker", "adams", "nelson", "hill",
          "campbell", "mitchell", "roberts", "carter", "phillips", "evans", "turner", "parker", "collins",
          "edwards", "stewart", "morris", "murphy", "cook", "rogers", "morgan", "cooper", "gray", "james",
          "watson", "kelly", "price", "wood", "ross", "powell", "hughes", "washington", "moore", "howard",
          "lee", "kim", "park", "chung", "choi", "chen", "wang", "li", "zhang", "liu", "yang", "huang", "zhao",
          "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "chang", "nguyen", "tran",
          "pham", "singh", "kumar", "patel", "shah", "khan", "ali", "ahmed", "hassan", "hussein", "mohammed",
          "muhammad", "abdullah", "ibrahim", "omar", "rahman", "aziz", "karim", "said", "saleh", "yusuf",
          "mahmoud", "ahmad", "sharif", "gandhi", "yadav", "silva", "santos", "lopez", "gonzalez", "rodriguez",
          "hernandez", "perez", "sanchez", "ramirez", "torres", "flores", "diaz", "moreno", "fischer",
          "schmidt", "schneider", "meyer", "weber", "wagner", "becker", "hoffmann", "petrov", "ivanov",
          "popov", "wade", "diallo", "traore", "kone", "mensah", "okafor"})
      set.insert(n);
    return set;
  }();
  return kCommon.contains(w);
}

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

// Titles before a name ("President Chen", "Gen. Jones").
bool IsTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "president", "minister", "premier", "chancellor", "secretary", "general", "gen.", "mr.", "mrs.",
      "ms.", "mr", "mrs", "ms", "senator", "sen.", "king", "queen", "sheikh", "ambassador", "governor",
      "admiral", "adm.", "marshal", "commander", "chairman", "speaker", "leader", "envoy"};
  return std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles);
}

// Other capitalized words that may stand right before a name as part of a
// title ("Prime Minister", "Crown Prince", "Dr."), unlike a first name.
bool IsTitlePart(std::string_view w) {
  static constexpr std::string_view kParts[] = {"prince", "emir", "dr.", "dr",   "prime", "vice", "foreign",
                                                "defence", "defense", "chief", "gov.", "rep.", "lt.", "col.",
                                                "capt."};
  return std::find(std::begin(kParts), std::end(kParts), w) != std::end(kParts);
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
  explicit ActorMatcher(std::unique_ptr<ActorData> data) : data_(std::move(data)) {}

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
      Combine(state, s, atoms, out);
    }
  }

 private:
  const Entry& EntryOf(const Atom& a) const { return data_->entries[data_->refs[a.ref].entry]; }
  NameKind HowOf(const Atom& a) const { return data_->refs[a.ref].how; }
  ActorKind KindOf(const Atom& a) const { return data_->refs[a.ref].kind; }

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
    // Not a modifier: "60 Ukrainian positions".
    if (a.token_end < state.doc->sentences[sentence].token_end) {
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
                                                   "scores", "many", "several", "ordinary", "fellow"};
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
      if (o.unless_next_name && IsName(next, /*allow_sentence_start=*/false)) return false;
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
    if (in_office == 1 && ShortNameStandsAlone(state, begin, end, s)) {
      *atom = office_atom;
      return true;
    }
    return false;
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
      if (!found) ++i;
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
    const Entry& entry = EntryOf(main);
    const NameRef& ref = data_->refs[main.ref];
    ActorMention m;
    m.sentence = sentence;
    m.token_begin = token_begin;
    m.token_end = token_end;
    m.begin = state.doc->tokens[token_begin].begin;
    m.end = state.doc->tokens[token_end - 1].end;
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
          k = j;
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
        ++k;  // a role with no country is not an actor
        continue;
      }
      if (IsPerson(a) && PossessedRole(state, sentence, atoms, k, a.token_begin, out)) {
        k += 2;
        continue;
      }
      Emit(state, sentence, a.token_begin, a.token_end, a, nullptr, "", out);
      ++k;
    }
  }

  std::unique_ptr<ActorData> data_;
};

}  // namespace

std::unique_ptr<ActorDictionary> MakeActorMatcher(std::unique_ptr<dict::ActorData> data) {
  return std::make_unique<ActorMatcher>(std::move(data));
}

}  // namespace dyad::match
