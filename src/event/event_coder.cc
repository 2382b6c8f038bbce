// The event coder. For each word that anchors a pattern (a verb or noun
// whose lemma starts a pattern of data/events/), the rest of the pattern is
// matched against the words that follow, with actors filling $S and $T.
// Then, from the syntax the chunker gives:
//
//  - the source of a verb pattern is the subject: the nearest actor before
//    the verb group, skipping an apposition or relative clause set off by
//    commas ("Zhao Leji, the third-ranked official in the CCP, praised");
//    "X and Y" give one event each;
//  - a passive ("Seoul was attacked by Pyongyang") swaps: the subject is the
//    target and the actor after "by" the source;
//  - a noun pattern's source is $S, else the actor after "by" in the
//    noun's phrase ("the arrest of Y by X", "an attack by X on Y"), else
//    the possessor ("China's visit"), else the subject of the verb
//    governing the noun ("X launched an attack on Y");
//  - pronouns and descriptions ("he", "the two nations", "both sides") stand
//    for actors named before them in the article, and "I" and "we" in a
//    quotation for its speaker;
//  - a reaction to an act the article has told of ("France condemned the
//    attack") is aimed at whoever did it, and a denial after the accusation
//    (", a charge Islamabad denies") at the accuser;
//  - negation, modality and dates come from the verb group and the sentence
//    (event/context.h).
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "event/context.h"
#include "event/event_data.h"
#include "place/locate.h"

namespace dyad {
namespace event {
namespace {

bool IsVerbTag(Tag t) {
  return t == Tag::kVB || t == Tag::kVBD || t == Tag::kVBG || t == Tag::kVBN || t == Tag::kVBP ||
         t == Tag::kVBZ;
}
bool IsNounTag(Tag t) { return t == Tag::kNN || t == Tag::kNNS; }
// A verb pattern's anchor: a verb, or a modal (legacy roots such as SHOULD).
bool IsAnchorVerb(const Token& t) { return IsVerbTag(t.tag) || t.tag == Tag::kMD; }

bool Has(std::initializer_list<std::string_view> list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// True when `text` ends with one of `words` (an actor's text and the noun
// that closes it: "Ugandan troops").
bool EndsWithAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.ends_with(w); });
}
// "spokesman", "spokeswoman", "spokesperson".
bool IsSpokesperson(std::string_view lower) { return Has({"spokesman", "spokeswoman", "spokesperson"}, lower); }

// Words that may stand between the words of a pattern unwritten.
// The CAMEO code for the intent to do an act of cooperation, or "" when the
// act has none (conflict is threatened, not intended; a truce agreed is coded
// as the truce).
std::string_view IntentCode(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kExact[] = {
      {"0841", "0353"}, {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},  {"071", "0331"},
      {"072", "0332"},  {"073", "0333"},  {"074", "0334"},  {"081", "0351"},  {"082", "0352"},
      {"083", "034"},   {"085", "0354"},  {"086", "0355"},  {"087", "0356"},  {"057", "030"}};
  for (const auto& [act, intent] : kExact)
    if (code == act) return intent;
  if (code.rfind("0871", 0) == 0) return "";
  if (code.rfind("04", 0) == 0) return "036";
  if (code.rfind("05", 0) == 0 && code != "051") return "032";
  if (code.rfind("06", 0) == 0) return "031";
  if (code.rfind("07", 0) == 0) return "033";
  if (code.rfind("08", 0) == 0) return "035";
  return "";
}

// The CAMEO code for the threat of an act of force or pressure, or "".
std::string_view ThreatCode(std::string_view code) {
  if (code == "1621" || code == "1622" || code == "1623" || code == "162") return "1311";
  if (code == "163") return "1312";
  if (code == "161" || code == "164") return "1313";
  if (code == "1711" || code == "1712" || code == "171") return "1382";
  if (code == "191") return "1381";
  if (code == "192") return "1382";
  if (code.rfind("20", 0) == 0) return "1385";
  if (code == "180" || code.rfind("18", 0) == 0) return "1383";
  if (code.rfind("19", 0) == 0) return "1384";
  if (code.rfind("17", 0) == 0) return "137";
  return "";
}

// Nouns for what an actor holds or is made of: "bases of the RSF",
// "positions of the army", "leaders of Hamas".
bool IsHolding(std::string_view lemma) {
  static const util::ViewSet kNouns = [] {
    util::ViewSet set;
    for (std::string_view w :
         {"position", "base", "target", "camp", "stronghold", "facility", "headquarters", "installation",
          "outpost", "convoy", "vessel", "ship", "aircraft", "plane", "jet", "drone", "unit", "force", "troop",
          "soldier", "fighter", "member", "leader", "leadership", "commander", "official", "officer",
          "representative", "envoy", "diplomat", "delegation", "embassy", "consulate", "office", "territory",
          "soil", "airspace", "water", "border", "asset", "interest", "infrastructure", "supporter", "ally",
          "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "army",
          "military", "government", "regime", "administration", "authority", "president", "prime"})
      set.insert(w);
    return set;
  }();
  return kNouns.contains(lemma);
}

// Names of days and months, which are proper nouns but never actors.
bool IsDateName(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  static constexpr std::string_view kNames[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."};
  for (std::string_view n : kNames)
    if (w == n) return true;
  return false;
}

bool IsSkippable(const Token& t) {
  switch (t.tag) {
    case Tag::kDT: case Tag::kPDT: case Tag::kPRPS: case Tag::kCD: case Tag::kJJ:
    case Tag::kJJR: case Tag::kJJS: case Tag::kRB: case Tag::kRBR: case Tag::kRBS:
    // Quotation marks around words of the text: vowed a "long war" against.
    case Tag::kOpenQuote: case Tag::kCloseQuote:
      return true;
    default:
      return false;
  }
}

EventActor FromMention(const ActorMention& m) {
  return EventActor{m.code, m.country, m.role, m.begin, m.end};
}

// Per-article state: which mention starts at each token, and the actors
// seen so far for pronouns and descriptions.
struct ArticleView {
  const Document* doc = nullptr;
  const std::vector<ActorMention>* mentions = nullptr;
  std::vector<int32_t> mention_at;  // token -> mention starting there, or -1
  std::vector<int32_t> ending_at;   // token -> mention whose token_end is that token, or -1
  std::vector<int32_t> covering;    // token -> mention covering it, or -1
  std::vector<int32_t> chunk_of;    // token -> chunk index, or -1
  std::vector<uint32_t> lemma_id;   // token -> id of its lemma among the pattern words, or 0
  std::vector<uint32_t> lower_id;   // token -> id of its lower-case form, or 0
  std::vector<uint8_t> present;     // word id -> 1 when the current sentence has it
  // The country the article is about (HomeCountry), or empty; found when
  // a description first needs it.
  mutable std::string home;
  mutable bool home_known = false;
  // The country of the town last read before a description ("the Karachi
  // police"), for GenericAt's caller.
  mutable std::string town_country;
  const Analysis* analysis = nullptr;
  // The events coded so far, this article's from `first_event` on.
  const std::vector<Event>* events = nullptr;
  size_t first_event = 0;
  const DefaultActors* defaults = nullptr;  // the article's default actors
  // The article's quotations, in text order, with the speaker each has
  // (QuoteSpeaker); found when a first-person pronoun in one is first read.
  struct Quotation {
    uint32_t open = 0;      // the opening mark
    uint32_t end = 0;       // one past its last token (the closing mark, when it has one)
    bool closed = false;
    int32_t speaker = -1;   // index in `speakers`, or -1: nobody known
  };
  mutable std::vector<Quotation> quotations;
  mutable std::vector<EventActor> speakers;
  mutable bool quotations_known = false;

  void Build(const Analysis& a) {
    doc = &a.doc;
    SetMentions(a.actors);
    chunk_of.assign(a.doc.tokens.size(), -1);
    for (size_t c = 0; c < a.doc.chunks.size(); ++c)
      for (uint32_t t = a.doc.chunks[c].token_begin; t < a.doc.chunks[c].token_end && t < chunk_of.size(); ++t)
        chunk_of[t] = static_cast<int32_t>(c);
  }

  // Reads `list` as the article's mentions (those of Build, or a copy with
  // names of a title given their country).
  void SetMentions(const std::vector<ActorMention>& list) {
    mentions = &list;
    const size_t n = doc->tokens.size();
    mention_at.assign(n, -1);
    ending_at.assign(n + 1, -1);
    covering.assign(n, -1);
    for (size_t m = 0; m < list.size(); ++m) {
      const ActorMention& x = list[m];
      mention_at[x.token_begin] = static_cast<int32_t>(m);
      ending_at[x.token_end] = static_cast<int32_t>(m);
      for (uint32_t t = x.token_begin; t < x.token_end; ++t) covering[t] = static_cast<int32_t>(m);
    }
  }

};

// Bounds that keep pathological input (a sentence of thousands of actors)
// linear: longer sentences are not coded, compounds and look-backs are cut.
constexpr uint32_t kMaxSentenceTokens = 300;
constexpr size_t kMaxCompound = 12;
constexpr size_t kMaxLookBack = 64;

struct Match {
  std::vector<EventActor> sources;
  std::vector<EventActor> targets;
  uint32_t end = 0;    // one past the last token matched
  uint32_t steps = 0;  // elements tried, bounded by kMaxSteps (** gaps backtrack)
  bool reciprocal = false;  // the target was "each other": the subjects pair up
  // A noun pattern's doer named by "by" inside the match ("an attack by
  // Hamas on Israel"): its source.
  std::vector<EventActor> agent;
};

// Bound on the backtracking of one pattern over one anchor.
constexpr uint32_t kMaxSteps = 20000;

// The length of a time adverbial at token q ("on Sunday", "last week",
// "in March", "yesterday", "on Feb. 14"), or 0.
uint32_t TimeSpanAt(const std::vector<Token>& tokens, uint32_t q, uint32_t end) {
  if (q >= end) return 0;
  const std::string_view w = tokens[q].lower;
  if (w == "yesterday" || w == "today" || w == "tonight" || w == "earlier" || w == "later") return 1;
  // "over the previous 48 hours", "during the past two weeks", "in the last month".
  if ((w == "over" || w == "during" || w == "in") && q + 3 < end && tokens[q + 1].lower == "the" &&
      (tokens[q + 2].lower == "past" || tokens[q + 2].lower == "previous" || tokens[q + 2].lower == "last")) {
    uint32_t len = 3;
    if (tokens[q + len].tag == Tag::kCD && q + len + 1 < end) ++len;
    const std::string_view unit = tokens[q + len].lemma;
    if (unit == "hour" || unit == "day" || unit == "week" || unit == "month" || unit == "year") return len + 1;
    return 0;
  }
  if (w == "overnight") return 1;
  // "for two hours", "for three days", "for hours", "for several weeks".
  if (w == "for" && q + 1 < end) {
    uint32_t len = 1;
    // "for approximately four hours", "for more than two hours".
    if (Has({"about", "approximately", "nearly", "almost", "around", "roughly", "some", "over"}, tokens[q + 1].lower))
      ++len;
    else if (q + 2 < end && Has({"more", "less"}, tokens[q + 1].lower) && tokens[q + 2].lower == "than")
      len += 2;
    if (q + len >= end) return 0;
    if (tokens[q + len].tag == Tag::kCD || Has({"several", "many", "a", "two", "three", "few"}, tokens[q + len].lower))
      ++len;
    if (q + len < end && tokens[q + len].lower == "few") ++len;  // "for a few days"
    if (q + len >= end) return 0;
    const std::string_view unit = tokens[q + len].lemma;
    if (unit == "minute" || unit == "hour" || unit == "day" || unit == "week" || unit == "month") return len + 1;
    return 0;
  }
  const bool since = w == "since";
  if (!(w == "on" || w == "in" || w == "last" || w == "this" || w == "next" || w == "early" || w == "late" || since))
    return 0;
  if (q + 1 >= end) return 0;
  const std::string_view n = tokens[q + 1].lower;
  if (n == "week" || n == "month" || n == "year" || n == "weekend" || n == "night" || n == "morning") return 2;
  if (!IsDateName(n)) return 0;
  uint32_t len = 2;
  if (q + len < end && tokens[q + len].kind == TokenKind::kNumber) ++len;  // "on Feb. 14"
  // "since Saturday night", "on Monday morning".
  if (q + len < end && Has({"night", "morning", "afternoon", "evening"}, tokens[q + len].lower)) ++len;
  return len;
}

// Titles that, after "the", stand for a person the article has named: "the
// prime minister", "the foreign minister", "the cleric". Synonyms share an
// office ("premier" and "taoiseach" are prime ministers, "gen." a general).
// Heads of state and government (`head`) may also stand for a person
// named with no title ("Bush ... the president") and, with no such person,
// for the government of the country the article is about.
struct Title {
  std::string_view words;  // lower case, one token a word
  std::string_view office;
  bool head;
};
constexpr Title kTitles[] = {
    {"president", "president", true},
    {"vice president", "vice president", false},
    {"vice-president", "vice president", false},
    {"prime minister", "prime minister", true},
    {"premier", "prime minister", true},
    {"pm", "prime minister", true},
    {"taoiseach", "prime minister", true},
    {"deputy prime minister", "deputy prime minister", false},
    {"chancellor", "chancellor", true},
    {"king", "monarch", true},
    {"queen", "monarch", true},
    {"emir", "monarch", true},
    {"sultan", "monarch", true},
    {"monarch", "monarch", true},
    {"minister", "minister", false},
    {"secretary", "secretary", false},
    {"secretary of state", "secretary", false},
    {"secretary-general", "secretary-general", false},
    {"secretary general", "secretary-general", false},
    {"spokesman", "spokesman", false},
    {"spokeswoman", "spokesman", false},
    {"spokesperson", "spokesman", false},
    {"envoy", "envoy", false},
    {"ambassador", "envoy", false},
    {"cleric", "cleric", false},
    {"ayatollah", "cleric", false},
    {"imam", "cleric", false},
    {"general", "general", false},
    {"gen.", "general", false},
    {"commander", "general", false},
    {"senator", "senator", false},
    {"sen.", "senator", false},
    {"leader", "leader", false},
    {"governor", "governor", false},
    {"mayor", "mayor", false},
};

// Words before a title that name its portfolio or side ("foreign minister",
// "opposition leader"): a title with one fits only a holder of the same.
std::string_view Portfolio(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "foreign", "defence", "defense", "interior", "home", "finance", "treasury", "justice", "trade",
      "economy", "energy", "oil", "health", "education", "agriculture", "information", "labour", "labor",
      "press", "opposition", "rebel", "party", "army", "military", "police", "security", "deputy"};
  for (std::string_view p : kWords)
    if (w == p) return p == "defense" ? "defence" : p == "home" ? "interior" : p == "labor" ? "labour" : p;
  return {};
}
// A capitalized word that reads as an adjective: "Islamic", "Shiite",
// "Sunni", "Egyptian", "Burmese", "Kurdish".
bool AdjectiveLike(std::string_view w) {
  for (std::string_view ending : {"an", "ese", "ic", "ite", "ish", "ni", "ist"})
    if (w.size() > ending.size() + 2 && w.substr(w.size() - ending.size()) == ending) return true;
  return false;
}
bool IsFormer(std::string_view w) { return w == "former" || w == "ex" || w == "late" || w == "then"; }

// An age written as one word ("62-year-old"): its number, else empty.
std::string_view AgeOf(std::string_view w) {
  constexpr std::string_view kSuffix = "-year-old";
  if (w.size() <= kSuffix.size() || w.substr(w.size() - kSuffix.size()) != kSuffix) return {};
  const std::string_view n = w.substr(0, w.size() - kSuffix.size());
  if (n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
  return n;
}

// The last word of a title, or an age: where a title may end.
bool IsTitleEnd(std::string_view w) {
  static const util::ViewSet kEnds = [] {
    util::ViewSet set;
    for (const Title& title : kTitles) set.insert(title.words.substr(title.words.rfind(' ') + 1));
    return set;
  }();
  return kEnds.contains(w) || !AgeOf(w).empty();
}

// The longest title whose words start at words[i], or null; *len its words.
const Title* TitleAtWord(const std::vector<std::string_view>& words, size_t i, size_t* len) {
  const Title* best = nullptr;
  size_t best_len = 0;
  for (const Title& title : kTitles) {
    size_t k = i, n = 0;
    bool all = true;
    for (std::string_view rest = title.words; all && !rest.empty(); ++n, ++k) {
      const size_t space = rest.find(' ');
      const std::string_view word = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      all = k < words.size() && words[k] == word;
    }
    if (all && n > best_len) best = &title, best_len = n;
  }
  *len = best_len;
  return best;
}

// A title a person is named with, read from the words around their name.
struct Held {
  std::string_view office;
  std::string_view portfolio;
  bool head = false;
  bool former = false;
};

// The titles among `words` (the words of a stretch of text around a name).
void TitlesIn(const std::vector<std::string_view>& words, std::vector<Held>* held) {
  bool former = false;
  for (size_t i = 0; i < words.size();) {
    if (IsFormer(words[i])) former = true;
    size_t len = 0;
    const Title* title = TitleAtWord(words, i, &len);
    if (title == nullptr) {
      ++i;
      continue;
    }
    Held h{title->office, {}, title->head, former};
    // "Foreign Minister", "Foreign Affairs Minister".
    if (i > 0) {
      size_t p = i - 1;
      if (words[p] == "affairs" && p > 0) --p;
      h.portfolio = Portfolio(words[p]);
    }
    held->push_back(h);
    i += len;
  }
}

class Coder final : public EventCoder {
 public:
  Coder(std::unique_ptr<EventData> data, std::shared_ptr<const Gazetteer> places, DefaultActors defaults,
        std::unique_ptr<ActorDictionary> countries = nullptr)
      : data_(std::move(data)), places_(std::move(places)), defaults_(std::move(defaults)),
        countries_(std::move(countries)) {
    // Pattern words become small integers, so that matching a word element
    // compares numbers, not strings.
    for (Pattern& pattern : data_->patterns)
      for (auto* elements : {&pattern.rest, &pattern.before})
        for (Element& e : *elements)
          for (const std::string& w : e.words) {
            auto [it, added] = data_->word_ids.try_emplace(w, static_cast<uint32_t>(data_->word_ids.size() + 1));
            e.ids.push_back(it->second);
          }
    for (const auto& [word, list] : data_->by_anchor) {
      auto [it, added] = data_->word_ids.try_emplace(word, static_cast<uint32_t>(data_->word_ids.size() + 1));
      if (anchors_.size() <= it->second) anchors_.resize(it->second + 1, nullptr);
      anchors_[it->second] = &list;
    }
    anchors_.resize(data_->word_ids.size() + 1, nullptr);
  }

  const CameoCode* Find(std::string_view code) const override {
    auto it = data_->codes.find(code);
    return it == data_->codes.end() ? nullptr : it->second;
  }
  size_t pattern_count() const override { return data_->patterns.size(); }

  void Code(const Article& article, const Analysis& analysis, std::vector<Event>* out,
            std::vector<Rejection>* rejections) const override {
    CodeWithDefaults(article, analysis, defaults_, out, rejections);
  }

  // Where a wiki-style heading of links starts ("== Related news ==",
  // "==Sources==", "== See also ==", "== External links =="): the lines
  // under it are headlines of other stories and citations, not this
  // article's news. npos when there is none.
  static size_t LinksHeading(std::string_view text) {
    // The next search starts past the run of '=' and spaces just read, so
    // a text of many '=' is read once, not once a pair.
    for (size_t at = text.find("=="), p = 0; at != std::string_view::npos; at = text.find("==", p)) {
      p = at + 2;
      while (p < text.size() && (text[p] == ' ' || text[p] == '=')) ++p;
      const std::string_view rest = text.substr(p, 24);
      for (std::string_view heading : {"Related", "Previous related", "See also", "External link", "References",
                                       "Sources", "Source"})
        if (rest.size() >= heading.size() &&
            std::equal(heading.begin(), heading.end(), rest.begin(), [](char a, char b) {
              return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
          return at;
    }
    return std::string_view::npos;
  }

  void CodeWithDefaults(const Article& article, const Analysis& analysis, const DefaultActors& defaults,
                        std::vector<Event>* out, std::vector<Rejection>* rejections) const override {
    thread_local ArticleView view;
    view.Build(analysis);
    view.home.clear();
    view.home_known = !data_->conventions;
    view.analysis = &analysis;
    view.events = out;
    view.first_event = out->size();
    view.defaults = &defaults;
    view.quotations_known = false;
    GiveTitledNamesCountries(view, analysis);
    const size_t token_count = analysis.doc.tokens.size();
    view.lemma_id.assign(token_count, 0);
    view.lower_id.assign(token_count, 0);
    view.present.assign(data_->word_ids.size() + 1, 0);
    for (size_t t = 0; t < token_count; ++t) {
      const Token& token = analysis.doc.tokens[t];
      if (auto it = data_->word_ids.find(token.lemma); it != data_->word_ids.end()) view.lemma_id[t] = it->second;
      if (token.lower == token.lemma) {
        view.lower_id[t] = view.lemma_id[t];
      } else if (auto it = data_->word_ids.find(token.lower); it != data_->word_ids.end()) {
        view.lower_id[t] = it->second;
      }
    }
    const Document& doc = analysis.doc;
    const size_t links = data_->conventions ? LinksHeading(article.text) : std::string_view::npos;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      if (sentence.begin >= links) {
        if (rejections != nullptr)
          rejections->push_back(Rejection{s, sentence.begin, sentence.begin, Origin{},
                                          "under a heading of links (related news, sources, see also): no news "
                                          "of the article"});
        continue;
      }
      if (sentence.token_end - sentence.token_begin > kMaxSentenceTokens) {
        if (rejections != nullptr)
          rejections->push_back(Rejection{s, sentence.begin, sentence.begin, Origin{},
                                          "sentence too long to code (over 300 tokens)"});
        continue;
      }
      // Dates and history cues are read only for sentences with a candidate.
      std::optional<SentenceContext> context;
      const size_t first_event = out->size();
      std::vector<uint32_t> both, forms;
      for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
        view.present[view.lemma_id[i]] = 1;
        view.present[view.lower_id[i]] = 1;
      }
      view.present[0] = 0;
      // Nouns inside what a coded verb pattern matched ("vowed a long war
      // against X", "brought a case against X") are part of that event.
      uint32_t noun_floor = 0;
      for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
        // Patterns anchored on the word as written ("left") come before
        // those on its lemma ("leave"), and win ties.
        const std::vector<uint32_t>* lemma = anchors_[view.lemma_id[i]];
        const std::vector<uint32_t>* written =
            view.lower_id[i] != view.lemma_id[i] ? anchors_[view.lower_id[i]] : nullptr;
        // Anchors on the word as written (TABARI's forms) join the others,
        // all in the order of the patterns.
        forms.clear();
        FormAnchors(doc, i, sentence.token_end, &forms);
        if (!forms.empty()) {
          for (const auto* list : {written, lemma})
            if (list != nullptr) forms.insert(forms.end(), list->begin(), list->end());
          std::sort(forms.begin(), forms.end());
          forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
          TryAnchor(article, view, sentence, s, i, forms, context, &noun_floor, out, rejections);
          continue;
        }
        if (lemma != nullptr && written != nullptr) {
          both = *written;
          both.insert(both.end(), lemma->begin(), lemma->end());
          TryAnchor(article, view, sentence, s, i, both, context, &noun_floor, out, rejections);
          continue;
        }
        if (lemma == nullptr) lemma = written;
        if (lemma == nullptr) continue;
        TryAnchor(article, view, sentence, s, i, *lemma, context, &noun_floor, out, rejections);
      }
      for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
        view.present[view.lemma_id[i]] = 0;
        view.present[view.lower_id[i]] = 0;
      }
      if (data_->conventions) CodeBrokered(article, view, sentence, s, first_event, context, out);
      Deduplicate(out, first_event);
      if (places_ != nullptr) place::LocateEvents(*places_, analysis, s, first_event, out);
    }
  }

 private:
  // Appends to *out the patterns anchored on token i by the word as written
  // (`=word`, `word+`, `word~`: TABARI's words). TABARI's words end at a
  // blank, so an apostrophe glued to the token ("donate's") makes another
  // word: it keeps `=word` and `word+` from matching, not a stem.
  void FormAnchors(const Document& doc, uint32_t i, uint32_t end, std::vector<uint32_t>* out) const {
    if (data_->by_written.empty() && data_->by_ending.empty() && data_->by_stem.empty()) return;
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) return;
    const std::string_view w = t.lower;
    auto add = [&](const util::StringMap<std::vector<uint32_t>>& map, std::string_view key) {
      if (auto it = map.find(key); it != map.end()) out->insert(out->end(), it->second.begin(), it->second.end());
    };
    if (!data_->by_stem.empty())
      for (size_t n = 1; n <= w.size(); ++n) add(data_->by_stem, w.substr(0, n));
    if (i + 1 < end && doc.tokens[i + 1].begin == t.end && !doc.tokens[i + 1].norm.empty() &&
        doc.tokens[i + 1].norm[0] == '\'')
      return;
    add(data_->by_written, w);
    add(data_->by_ending, w);
    // "deplored", "deploring": the ending may take a final e of the word.
    std::string stem;
    for (std::string_view ending : {"s", "es", "ed", "en", "ing"}) {
      if (w.size() <= ending.size() + 1 || w.substr(w.size() - ending.size()) != ending) continue;
      stem.assign(w.substr(0, w.size() - ending.size()));
      add(data_->by_ending, stem);
      if (ending[0] == 'e' || ending[0] == 'i') add(data_->by_ending, stem + "e");
    }
  }

  // Tries every pattern anchored on token i; codes the longest that matches.
  // Noun patterns are not tried before *noun_floor; a coded verb pattern
  // raises it to the end of its match.
  // A participle that describes a noun inside its noun group ("of exiled
  // Thaksin", "the jailed opposition leader", "its ousted president") tells
  // no act of the day: no verb pattern is tried on it.
  static bool AttributiveParticiple(const ArticleView& view, const Sentence& sentence, uint32_t i) {
    const auto& tokens = view.doc->tokens;
    if (tokens[i].tag != Tag::kVBN && tokens[i].tag != Tag::kVBD) return false;
    const int32_t c = view.chunk_of[i];
    if (c < 0) return false;
    const Chunk& chunk = view.doc->chunks[c];
    if (chunk.kind != ChunkKind::kNP || i + 1 >= chunk.token_end) return false;
    const Tag next = tokens[i + 1].tag;
    if (next != Tag::kNN && next != Tag::kNNS && next != Tag::kNNP && next != Tag::kNNPS && next != Tag::kJJ)
      return false;
    if (i <= sentence.token_begin || tokens[i - 1].lower == "that") return false;  // "that arrived on Sunday"
    const Tag before = tokens[i - 1].tag;
    if (i == chunk.token_begin) return before == Tag::kIN || before == Tag::kDT || before == Tag::kPOS;
    return before == Tag::kDT || before == Tag::kPRPS || before == Tag::kPOS || before == Tag::kJJ ||
           before == Tag::kCD;
  }

  // The target of a verb none of whose patterns matched: the first actor
  // after it in its own clause, within a few words, before any other verb,
  // comma, "that" or "who", and not after a preposition ("in Moscow", "the
  // loss of life in the Chinese earthquake").
  std::vector<EventActor> LooseTarget(const ArticleView& view, const Sentence& sentence, uint32_t from,
                                      const std::vector<EventActor>& sources) const {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = from; q < sentence.token_end && q < from + 8; ++q) {
      const Token& t = tokens[q];
      if (view.mention_at[q] >= 0) {
        // Its noun group's first word: "in the Chinese earthquake".
        uint32_t head = q;
        while (head > from && view.mention_at[head - 1] < 0 &&
               (tokens[head - 1].tag == Tag::kDT || tokens[head - 1].tag == Tag::kJJ ||
                tokens[head - 1].tag == Tag::kCD || tokens[head - 1].tag == Tag::kPRPS))
          --head;
        if (head > from && (tokens[head - 1].tag == Tag::kIN || tokens[head - 1].tag == Tag::kTO)) return {};
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (!SlotAt(view, sentence, q, &actors, &end, /*adjective_joins=*/false, /*joined_lists=*/false)) return {};
        std::vector<EventActor> kept;
        for (const EventActor& a : actors)
          if (std::none_of(sources.begin(), sources.end(), [&](const EventActor& s) { return s.code == a.code; }))
            kept.push_back(a);
        return kept;
      }
      if (IsVerbTag(t.tag) || t.tag == Tag::kMD || t.norm == "," || t.norm == ";" || t.norm == ":" ||
          Has({"that", "which", "who", "whom", "whose", "when", "where", "because", "if", "while", "but"}, t.lower))
        return {};
    }
    return {};
  }

  // The dictionary mention whose first token starts at byte `begin`, or null.
  static const ActorMention* MentionAt(const ArticleView& view, const Sentence& sentence, uint32_t begin) {
    for (uint32_t q = sentence.token_begin; q < sentence.token_end; ++q) {
      if (view.doc->tokens[q].begin != begin) continue;
      const int32_t n = view.mention_at[q];
      return n >= 0 ? &(*view.mentions)[n] : nullptr;
    }
    return nullptr;
  }

  // Two actors with one code that are two bodies or people the dictionaries
  // tell apart: "the Liberal Democrats accused Cameron" (both GBROPP), "the
  // Republicans criticised Pelosi". Not a pronoun, a description or two
  // names of one entry ("Cameron ... David Cameron").
  static bool DistinctNamed(const ArticleView& view, const Sentence& sentence, const EventActor& a,
                            const EventActor& b) {
    if (a.begin == b.begin) return false;
    const ActorMention* x = MentionAt(view, sentence, a.begin);
    const ActorMention* y = MentionAt(view, sentence, b.begin);
    if (x == nullptr || y == nullptr || x == y || x->entry.empty() || y->entry.empty()) return false;
    if (x->kind == ActorKind::kCountry || y->kind == ActorKind::kCountry) return false;
    return x->entry != y->entry;
  }

  void TryAnchor(const Article& article, const ArticleView& view, const Sentence& sentence, uint32_t s,
                 uint32_t i, const std::vector<uint32_t>& patterns, std::optional<SentenceContext>& context,
                 uint32_t* noun_floor, std::vector<Event>* out, std::vector<Rejection>* rejections) const {
    const bool nouns = i >= *noun_floor;
    const Document& doc = *view.doc;
    const Token& anchor = doc.tokens[i];
    const Pattern* best = nullptr;
    Match best_match;
    bool passive_best = false;
    bool pairs_only = false;  // sources and targets are one list of partners
    // TABARI's verbs are words, whatever their part of speech: its
    // patterns (`source first`) are tried on any word no actor covers,
    // unless TABARI reads it as a noun: after "the", "a" or "an", or
    // capitalized inside the sentence (then not even when tagged a verb).
    const bool free_anchor =
        anchor.kind == TokenKind::kWord && view.covering[i] < 0 &&
        !(anchor.Has(kCapitalized) && !anchor.Has(kSentenceStart)) &&
        !(i > sentence.token_begin && Has({"the", "a", "an"}, doc.tokens[i - 1].lower));
    // ", with 40 people detained": the absolute clause's passive.
    const bool absolute = data_->conventions && WithAbsolute(view, sentence, i) != UINT32_MAX;
    const bool attributive = !absolute && AttributiveParticiple(view, sentence, i);
    // "journalists detained by Iranian police": a participle after an actor
    // with its agent after "by" is read as the passive.
    const bool reduced = data_->conventions && ReducedPassive(view, sentence, i);
    // "Kataib Hezbollah, which Washington blames for the rocket fire": the
    // relative pronoun is the verb's object, so the antecedent is $T.
    EventActor relative_subject, relative_object;
    const bool relative =
        data_->conventions && !reduced && ObjectRelative(view, sentence, i, &relative_subject, &relative_object);
    bool relative_best = false;
    for (uint32_t p : patterns) {
      const Pattern& pattern = data_->patterns[p];
      if (pattern.noun ? !nouns || !IsNounTag(anchor.tag)
                       : pattern.source_first ? !free_anchor : !IsAnchorVerb(anchor) || attributive)
        continue;
      if (!WordsPresent(view, pattern, pattern.rest.size())) continue;
      // "Two men face charges" (`| target subject`): the subject suffered
      // the act, read as a passive's; not a passive itself.
      // Not "to face charges" (a purpose or a plan).
      if (pattern.target_subject && (IsPassive(doc, i) || reduced || absolute || !data_->conventions ||
                                     (i > sentence.token_begin && doc.tokens[i - 1].lower == "to")))
        continue;
      const bool passive = pattern.target_subject ||
                           (!pattern.noun && (IsPassive(doc, i) || reduced || absolute) &&
                            (pattern.target_first ||
                             (pattern.target_after && !pattern.has_source && pattern.before.empty())));
      const bool as_relative = !pattern.noun && relative && pattern.target_first && !pattern.has_source &&
                               !pattern.source_first && pattern.before.empty();
      Match m;
      // In a passive, $T is the subject; in an object relative, the antecedent.
      const size_t skip = (passive && pattern.target_first) || as_relative ? 1 : 0;
      if (!MatchRest(view, sentence, pattern, skip, i + 1, &m)) continue;
      if (!pattern.before.empty() && !MatchBefore(view, sentence, pattern, 0, i, &m)) continue;
      if (best == nullptr || pattern.rank > best->rank ||
          (pattern.rank == best->rank &&
           (m.end > best_match.end ||
            (m.end == best_match.end && pattern.rest.size() > best->rest.size())))) {
        best = &pattern;
        best_match = std::move(m);
        passive_best = passive;
        relative_best = as_relative;
      }
    }
    if (relative_best) {
      best_match.targets = {relative_object};
      best_match.sources = {relative_subject};
    }
    if (best == nullptr) {
      // "China and Japan met", "the two nations met": a symmetric verb with
      // no object pairs up the actors of its subject.
      // So does one whose partner is left out: "India and Pakistan agreed
      // to a ceasefire", "Modi and Trudeau held talks".
      std::vector<EventActor> subjects;
      bool subjects_read = false;
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (!data_->blocks[pattern.block].symmetric) continue;
        if (pattern.noun ? !nouns || !IsNounTag(anchor.tag) : !IsVerbTag(anchor.tag)) continue;
        // A passive's subject is what was acted on: "Iraq and Palestinian
        // issues were discussed" pairs no one.
        if (!pattern.noun && IsPassive(doc, i)) continue;
        const size_t kept = WithoutPartner(pattern);
        if (kept == 0 && !(pattern.rest.size() == 1 && pattern.target_first)) continue;
        if (!WordsPresent(view, pattern, kept)) continue;
        if (pattern.noun && !MakesTheNoun(view, sentence, i)) continue;
        Match m;
        if (!MatchRest(view, sentence, pattern, 0, i + 1, &m, kept)) continue;
        if (!m.targets.empty()) continue;
        if (!subjects_read) {
          subjects = pattern.noun ? NounSource(view, sentence, i) : Subject(view, sentence, i);
          subjects_read = true;
        }
        if (subjects.size() < 2) break;
        if (best != nullptr && m.end <= best_match.end) continue;
        best = &pattern;
        best_match.sources = subjects;
        best_match.targets = subjects;
        best_match.end = m.end;
        pairs_only = true;
      }
    }
    // "Police arrested three men in Kabul", "Two journalists were detained
    // in Harare": an act only a state does (`by state ROLE`, `verb X $T`)
    // on people the text counts but names by no actor: they are civilians
    // of where it happened (PeopleAt, placed as crowds are).
    EventActor people;
    // "the arrest of three men": a state's act told by its noun (`noun
    // X of $T` with `by state ROLE`) on people the text counts.
    if (best == nullptr && data_->conventions && nouns && IsNounTag(anchor.tag) && i + 1 < sentence.token_end &&
        doc.tokens[i + 1].lower == "of")
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (!pattern.noun || pattern.state_role.empty() || pattern.has_source || !pattern.before.empty() ||
            pattern.rest.size() != 2 || pattern.rest[0].kind != Element::kWord || pattern.rest[0].words.size() != 1 ||
            pattern.rest[0].words[0] != "of" || pattern.rest[1].kind != Element::kTarget ||
            !WordsPresent(view, pattern, 0))
          continue;
        uint32_t from = 0, to = 0;
        if (!PeopleAt(view, sentence, i + 2, &from, &to)) continue;
        people = EventActor{"~CVL", "", "CVL", doc.tokens[from].begin, doc.tokens[to - 1].end};
        best = &pattern;
        best_match.targets = {people};
        best_match.end = to;
        break;
      }
    if (best == nullptr && data_->conventions && IsAnchorVerb(anchor) && !attributive)
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (pattern.noun || pattern.state_role.empty() || pattern.has_source || !pattern.before.empty() ||
            pattern.rest.size() != 1 || pattern.rest[0].kind != Element::kTarget)
          continue;
        const bool passive = IsPassive(doc, i) || absolute;
        uint32_t from = 0, to = 0;
        if (passive ? !PeopleBefore(view, sentence, GroupStart(view, i), &from, &to)
                    : !PeopleAt(view, sentence, i + 1, &from, &to))
          continue;
        people = EventActor{"~CVL", "", "CVL", doc.tokens[from].begin, doc.tokens[to - 1].end};
        best = &pattern;
        best_match.targets = {people};
        best_match.end = passive ? i + 1 : to;
        passive_best = passive;
        break;
      }
    if (best == nullptr && !IsPassive(doc, i)) {
      // "Yerevan denied the charge": the accuser is the source of the latest
      // accusation or criticism of the one who denies it.
      auto accuser_of = [&](const std::vector<EventActor>& deniers) -> const EventActor* {
        for (size_t k = out->size(), looked = 0; k > 0 && looked < kMaxLookBack; --k, ++looked) {
          const Event& earlier = (*out)[k - 1];
          if (earlier.cameo == nullptr || earlier.cameo->code.rfind("11", 0) != 0) continue;
          for (const EventActor& d : deniers)
            if (earlier.target.code == d.code || (!d.country.empty() && earlier.target.country == d.country))
              return &earlier.source;
        }
        return nullptr;
      };
      // "Zardari denied any involvement": a denial of a part in the act
      // answers the accusation too.
      bool denies_part = false;
      if (anchor.lemma == "deny" && IsVerbTag(anchor.tag)) {
        for (uint32_t q = i + 1; q < sentence.token_end && q < i + 4 && !denies_part; ++q) {
          denies_part = Has({"involvement", "role", "responsibility", "complicity", "wrongdoing", "part"},
                            doc.tokens[q].lemma);
          if (!IsSkippable(doc.tokens[q])) break;
        }
      }
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        const Block& block = data_->blocks[pattern.block];
        if (pattern.noun || block.code == nullptr || block.code->code != "016" || !IsAnchorVerb(anchor)) continue;
        const size_t kept = WithoutAccuser(pattern);
        if (kept == 0) continue;
        Match m;
        if (denies_part) {
          m.end = i + 1;
        } else if (!WordsPresent(view, pattern, kept) || !MatchRest(view, sentence, pattern, 0, i + 1, &m, kept) ||
                   !m.targets.empty()) {
          continue;
        }
        std::vector<EventActor> deniers = Subject(view, sentence, i);
        if (deniers.empty()) break;
        const EventActor* accuser = accuser_of(deniers);
        if (accuser == nullptr) break;
        best = &pattern;
        best_match.sources = deniers;
        best_match.targets = {*accuser};
        best_match.end = m.end;
        break;
      }
    }
    if (best == nullptr && data_->conventions && !IsPassive(doc, i) && IsVerbTag(anchor.tag)) {
      // "..., a charge Islamabad rejected", "..., which Paris denied": a
      // denial in a clause that follows the accusation answers the latest
      // accusation or criticism of the one who denies; "..., a demand
      // Kyiv rejected" the latest demand or appeal made of the one who
      // rejects it (coded with the most general rejection, 12x).
      bool demand = false;
      if (const std::optional<EventActor> denier = TrailingDenier(view, sentence, i, &demand)) {
        const EventActor* accuser = nullptr;
        for (size_t k = out->size(), looked = 0; k > view.first_event && looked < kMaxLookBack && accuser == nullptr;
             --k, ++looked) {
          const Event& earlier = (*out)[k - 1];
          if (earlier.cameo == nullptr || earlier.negated) continue;
          const std::string& code = earlier.cameo->code;
          if (demand ? !(code.rfind("10", 0) == 0 || code.rfind("02", 0) == 0) : code.rfind("11", 0) != 0) continue;
          if (earlier.target.code == denier->code ||
              (!denier->country.empty() && earlier.target.country == denier->country))
            accuser = &earlier.source;
        }
        const Pattern* rejection = nullptr;
        for (uint32_t p : patterns) {
          const Pattern& pattern = data_->patterns[p];
          const Block& block = data_->blocks[pattern.block];
          if (accuser == nullptr || pattern.noun || block.code == nullptr || block.symmetric) continue;
          if (demand && block.code->code.rfind("12", 0) == 0 &&
              (rejection == nullptr || block.code->code.size() < data_->blocks[rejection->block].code->code.size()))
            rejection = &pattern;
          if (!demand && block.code->code == "016") rejection = &pattern;
        }
        if (rejection != nullptr) {
          const Pattern& pattern = *rejection;
          best = &pattern;
          best_match.sources = {*denier};
          best_match.targets = {*accuser};
          best_match.end = i + 1;
        }
      }
    }
    if (best == nullptr && data_->conventions && !IsPassive(doc, i) && IsAnchorVerb(anchor)) {
      // "Ban Ki-moon condemned the attack", "Vietnam welcomed the ruling":
      // a reaction to an act the article has told of is aimed at whoever
      // did it (ReferredAct).
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        const Block& block = data_->blocks[pattern.block];
        if (pattern.noun || block.code == nullptr || block.symmetric || !IsReaction(block.code->code)) continue;
        // The act stands where $T is, the pattern's only actor ("condemned
        // $T", "called $T a violation").
        const auto& rest = pattern.rest;
        if (pattern.has_source || !pattern.before.empty() || pattern.partners) continue;
        auto slot_like = [](const Element& e) { return e.kind != Element::kWord && e.kind != Element::kStar; };
        const auto slot = std::find_if(rest.begin(), rest.end(), slot_like);
        if (slot == rest.end() || slot->kind != Element::kTarget || std::any_of(slot + 1, rest.end(), slot_like))
          continue;
        const size_t kept = static_cast<size_t>(slot - rest.begin());
        if (!WordsPresent(view, pattern, rest.size())) continue;
        Match m;
        if (!MatchRest(view, sentence, pattern, 0, i + 1, &m, kept)) continue;
        NamedAct act;
        if (!ActNounAt(view, sentence, m.end, &act) &&
            !(IsJudgement(block.code->code) && JudgedThingAt(view, sentence, m.end, &act)))
          continue;
        const uint32_t named = m.end;
        if (!MatchElement(view, sentence, pattern, kept + 1, act.end, &m, rest.size())) continue;
        std::vector<EventActor> reacting = Subject(view, sentence, i);
        if (reacting.empty()) break;
        std::optional<EventActor> doer = ReferredAct(view, *out, act, reacting, s, i);
        if (!doer && act.recent) doer = LatestDoer(view, sentence, s, GroupStart(view, i), named, act.end, reacting);
        if (!doer) break;
        const uint32_t noun_end = std::max(act.end, m.end);
        doer->begin = doc.tokens[named].begin;
        doer->end = doc.tokens[act.end - 1].end;
        best = &pattern;
        best_match.sources = std::move(reacting);
        best_match.targets = {*doer};
        best_match.end = noun_end;
        break;
      }
    }
    // Not a bare participle ("a man convicted of", "supported by"), nor an
    // infinitive of purpose ("in order to support").
    if (best == nullptr && data_->conventions && IsAnchorVerb(anchor) && !attributive && !IsPassive(doc, i) &&
        anchor.tag != Tag::kVBN && !(i > sentence.token_begin && doc.tokens[i - 1].lower == "to")) {
      const Pattern* loose = nullptr;
      size_t loose_words = 0;
      // Only a verb with one meaning, whatever follows it: every verb
      // pattern on it codes the same root, and none marks a sense that is no event.
      std::string_view root;
      bool one_root = true;
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (pattern.noun) continue;
        const Block& block = data_->blocks[pattern.block];
        if (block.code == nullptr) {
          one_root = false;
          break;
        }
        const std::string_view r = std::string_view(block.code->code).substr(0, 2);
        if (root.empty()) root = r;
        else if (r != root) one_root = false;
      }
      // Not meetings and visits: what follows "landed", "discussed" or "led"
      // is as often a place or a topic as a partner.
      if (root == "04") one_root = false;
      for (uint32_t p : patterns) {
        if (!one_root) break;
        const Pattern& pattern = data_->patterns[p];
        const Block& block = data_->blocks[pattern.block];
        if (pattern.noun || pattern.source_first || pattern.has_source || !pattern.before.empty() ||
            block.code == nullptr || pattern.partners)
          continue;
        if (std::none_of(pattern.rest.begin(), pattern.rest.end(),
                         [](const Element& e) { return e.kind == Element::kTarget; }))
          continue;
        if (!WordsPresent(view, pattern, pattern.rest.size())) continue;
        size_t words = 0;
        for (const Element& e : pattern.rest) words += e.kind == Element::kWord;
        if (loose == nullptr || words > loose_words) {
          loose = &pattern;
          loose_words = words;
        }
      }
      if (loose != nullptr) {
        std::vector<EventActor> sources = Subject(view, sentence, i);
        std::vector<EventActor> targets;
        if (!sources.empty()) targets = LooseTarget(view, sentence, i + 1, sources);
        if (!sources.empty() && !targets.empty()) {
          best = loose;
          best_match.sources = std::move(sources);
          best_match.targets = std::move(targets);
          best_match.end = i + 1;
        }
      }
    }
    if (best == nullptr) {
      if (rejections != nullptr) {
        for (uint32_t p : patterns) {
          const Pattern& pattern = data_->patterns[p];
          if (pattern.noun ? !IsNounTag(anchor.tag) : !IsAnchorVerb(anchor)) continue;
          rejections->push_back(Rejection{s, anchor.begin, anchor.end, pattern.origin,
                                          "no pattern on this word matched the words after it "
                                          "(an actor must stand where $T and $S are)"});
          break;
        }
      }
      return;
    }
    if (best->partners) pairs_only = true;
    const Block& block = data_->blocks[best->block];
    auto reject = [&](std::string reason) {
      if (rejections != nullptr)
        rejections->push_back(Rejection{s, anchor.begin, anchor.end, best->origin, std::move(reason)});
    };
    if (block.code == nullptr) {
      reject("the pattern marks a sense that is not an event");
      return;
    }
    if (best_match.reciprocal && !best->has_source) {
      best_match.sources = Subject(view, sentence, i);
      best_match.targets = best_match.sources;
      if (best_match.sources.size() < 2) best_match.targets.clear();
      pairs_only = true;
    }
    // The source.
    std::vector<EventActor> agent;
    if (passive_best) agent = AgentAfter(view, sentence, i + 1);
    // PETRARCH reads a passive with no "by" actor as an active verb
    // (DefaultActors::passive_as_active).
    if (passive_best && agent.empty() && view.defaults->passive_as_active && !best->target_first)
      passive_best = false;
    bool state_act = false;  // the source is the state where the act happened (StateOfAct)
    uint32_t people_begin = UINT32_MAX;  // where people no actor names begin (PeopleBefore)
    if (passive_best) {
      best_match.targets = Subject(view, sentence, i);
      // "The US faces charges of ...": charges a state faces are
      // accusations, no court's act.
      if (best->target_subject)
        best_match.targets.erase(std::remove_if(best_match.targets.begin(), best_match.targets.end(),
                                                [&](const EventActor& t) {
                                                  const int32_t m =
                                                      view.mention_at[SentenceTokenAt(doc, sentence, t.begin)];
                                                  return m >= 0 && (*view.mentions)[m].kind == ActorKind::kCountry;
                                                }),
                                 best_match.targets.end());
      if (best_match.targets.empty() && !people.code.empty()) {
        best_match.targets = {people};
        people_begin = people.begin;
      }
      // "Two journalists were arrested in Harare" (PeopleBefore).
      uint32_t from = 0, to = 0;
      if (best_match.targets.empty() && agent.empty() && !best->state_role.empty() && data_->conventions &&
          (PeopleBefore(view, sentence, GroupStart(view, i), &from, &to) ||
           NamesBefore(view, sentence, GroupStart(view, i), &from, &to))) {
        best_match.targets = {EventActor{"~CVL", "", "CVL", doc.tokens[from].begin, doc.tokens[to - 1].end}};
        people_begin = doc.tokens[from].begin;
      }
      best_match.sources = std::move(agent);
      // "Two aid workers were arrested in Abeche": an act only a state
      // does, with no agent named, is the state's where it happened.
      if (best_match.sources.empty() && !best->state_role.empty() && data_->conventions &&
          !best_match.targets.empty() && StateActTold(view, sentence, i, best->state_role, &best_match.targets)) {
        const std::string country =
            StateOfAct(view, sentence, s, i, best_match.end, best->state_role, best_match.targets);
        // Soldiers are tried by their own state's courts martial, wherever
        // they serve: a foreign state's court is not read into it.
        if (best->state_role == "JUD")
          best_match.targets.erase(std::remove_if(best_match.targets.begin(), best_match.targets.end(),
                                                  [&](const EventActor& t) {
                                                    return t.role == "MIL" && t.country != country;
                                                  }),
                                   best_match.targets.end());
        if (!country.empty() && !best_match.targets.empty()) {
          best_match.sources = {EventActor{util::Cat(country, best->state_role), country, best->state_role,
                                           anchor.begin, anchor.end}};
          state_act = true;
          // "Five men were arrested": people no actor names are of the
          // state that acted on them, where it happened.
          for (EventActor& t : best_match.targets)
            if (t.code == "~CVL" && t.begin == people_begin) {
              t.country = country;
              t.code = util::Cat(country, "CVL");
            }
        }
      }
    } else if (!best->has_source && !pairs_only) {
      if (best->source_first) best_match.sources = FirstActorOfClause(view, sentence, i);
      // "Falastur noted that Cirith Ungol regretted ..." (`noted ** $T **
      // <regretted>`): with the target matched before the anchor, the verb's
      // own subject is the target; the source is the first actor before it,
      // as the legacy coders take it.
      if (best_match.sources.empty() && !best->noun)
        if (const uint32_t target = TargetBeforeAnchor(view, sentence, i, best_match.targets); target != i)
          best_match.sources = FirstActorBefore(view, sentence, target, best_match.targets);
      // "The West Bank was seized by Israel from Jordan" (`capture *
      // from $T`): a passive verb's subject suffered the act; the actor
      // after "by" did it.
      if (best_match.sources.empty() && data_->conventions && !best->noun && IsPassive(doc, i) &&
          !PurposeBeforeBy(doc, sentence, i + 1)) {
        std::vector<EventActor> by = AgentAfter(view, sentence, i + 1);
        const bool is_target = std::any_of(by.begin(), by.end(), [&](const EventActor& a) {
          return std::any_of(best_match.targets.begin(), best_match.targets.end(),
                             [&](const EventActor& t) { return t.code == a.code && t.begin == a.begin; });
        });
        if (!is_target) best_match.sources = std::move(by);
      }
      // "an attack by Hamas on Israel", "the arrest of the aid workers by
      // Chad": a noun's doer named by "by".
      if (best_match.sources.empty() && best->noun && data_->conventions && !best->source_first && !block.reversed) {
        best_match.sources = best_match.agent;
        if (best_match.sources.empty() && !best_match.targets.empty())
          best_match.sources = AgentAfterNoun(view, sentence, best_match.end);
      }
      if (best_match.sources.empty() && (best->before.empty() || !best->noun || best->state_role.empty()))
        best_match.sources = best->noun ? NounSource(view, sentence, i,
                                                     block.code != nullptr && block.code->code.starts_with("04"))
                                        : Subject(view, sentence, i);
      // "the arrest of the opposition leader on Monday sparked protests",
      // "after the detention of two journalists", "Dweik's arrest on
      // Sunday drew protests": a state's act told as news by its noun, with
      // no doer, is the state's where it happened.
      auto state_noun = [&]() {
        if (!best_match.sources.empty() || !best->noun || best->state_role.empty() || !data_->conventions ||
            best_match.targets.empty())
          return;
        uint32_t from = i;
        for (const EventActor& t : best_match.targets) {
          // "Dweik's arrest": a person or a group, not a state ("Russia's arrest").
          const uint32_t tok = SentenceTokenAt(doc, sentence, t.begin);
          const int32_t m = view.mention_at[tok];
          if (tok < i && (m < 0 || (*view.mentions)[m].kind == ActorKind::kCountry || t.role == "GOV" ||
                          t.role == "COP" || t.role == "MIL" || t.role == "JUD"))
            return;
          from = std::min(from, tok);
        }
        if (!NounActTold(view, sentence, from, best_match.end)) return;
        const std::string country =
            StateOfAct(view, sentence, s, i, best_match.end, best->state_role, best_match.targets);
        if (country.empty()) return;
        best_match.sources = {EventActor{util::Cat(country, best->state_role), country, best->state_role,
                                         anchor.begin, anchor.end}};
        state_act = true;
        // "the arrest of three men": people no actor names are of that state.
        for (EventActor& t : best_match.targets)
          if (t.code == "~CVL" && !people.code.empty() && t.begin == people.begin) {
            t.country = country;
            t.code = util::Cat(country, "CVL");
          }
      };
      state_noun();
      // Legacy rule (patterns without $T): else the first actor of the clause before the verb.
      if (best_match.sources.empty() && best->target_after)
        best_match.sources = FirstActorBefore(view, sentence, i, best_match.targets);
    }
    // "They" stands for the pair before only in acts done together
    // (meetings, talks, agreements): elsewhere it is too often someone else.
    // (TABARI's patterns have their own pronoun rule, FirstOfSentence.)
    if (!block.symmetric && !pairs_only && !best->source_first) {
      auto they = [&](const EventActor& a) {
        const std::string_view w = doc.text.substr(a.begin, a.end - a.begin);
        if (w != "they" && w != "They" && w != "them") return false;
        // "The army said they had killed ...": the speaker, kept.
        const auto at = std::lower_bound(doc.tokens.begin() + sentence.token_begin,
                                         doc.tokens.begin() + sentence.token_end, a.begin,
                                         [](const Token& t, uint32_t begin) { return t.begin < begin; });
        return !(data_->conventions && at != doc.tokens.begin() + sentence.token_end && at->begin == a.begin &&
                 !SpeakerOfThey(view, sentence, static_cast<uint32_t>(at - doc.tokens.begin())).empty());
      };
      best_match.sources.erase(std::remove_if(best_match.sources.begin(), best_match.sources.end(), they),
                               best_match.sources.end());
      best_match.targets.erase(std::remove_if(best_match.targets.begin(), best_match.targets.end(), they),
                               best_match.targets.end());
    }
    // Default actors (TABARI's DEFAULT): a missing source is looked for
    // after the verb, unless the default stands for any source missing
    // before it; a missing target before the verb, unless the default
    // stands for any target missing after it.
    const DefaultActors& defaults = *view.defaults;
    const bool use_defaults = !defaults.empty() && !pairs_only;
    auto stand_in = [&](const std::string& code) {
      EventActor a;
      a.code = code;
      a.begin = anchor.begin;
      a.end = anchor.end;
      return a;
    };
    if (use_defaults && best_match.sources.empty()) {
      if (!(defaults.prior && !defaults.source.empty()) && best_match.targets.empty()) {
        std::vector<EventActor> after = ActorAfter(view, sentence, i + 1, {}, !best->source_first);
        if (!after.empty()) {
          best_match.sources.push_back(after.front());
          best_match.targets.assign(after.begin() + 1, after.end());
        }
      }
      if (best_match.sources.empty() && !defaults.source.empty())
        best_match.sources.push_back(stand_in(defaults.source));
    }
    // "Thousands rallied against ...", "protests against the government
    // spread": the crowd of a protest.
    const bool protest = data_->conventions && block.code != nullptr && block.code->code.rfind("14", 0) == 0;
    // Police and troops do not protest: "the police allowed a rally" is
    // the rally's crowd.
    if (protest && best->noun)
      best_match.sources.erase(std::remove_if(best_match.sources.begin(), best_match.sources.end(),
                                              [](const EventActor& a) {
                                                return a.role == "COP" || a.role == "MIL" || a.role == "JUD";
                                              }),
                               best_match.sources.end());
    if (best_match.sources.empty() && protest && !pairs_only)
      best_match.sources = ProtestCrowd(view, sentence, i, best->noun);
    if (best_match.sources.empty()) {
      reject("no source actor found");
      return;
    }
    if (best_match.targets.empty() && best->target_anti) {
      best_match.targets = AntiTarget(view, sentence, i, best->noun);
      // "Demonstrations spread to 12 cities": protests the article told of
      // go on against the same target.
      const bool news = data_->conventions && (NewProtest(view, sentence, i) || ProtestGoesOn(view, sentence, i, best->noun));
      if (best_match.targets.empty() && news) {
        if (std::optional<Event> before = ProtestedBefore(view, *out)) {
          best_match.targets = {before->target};
          // The same crowd, unless the sentence names where.
          if (PlaceCountry(view, sentence, i).empty())
            for (EventActor& a : best_match.sources)
              if (IsLocal(a) && a.code[0] == '~') {
                a.code = before->source.code;
                a.country = before->source.country;
                a.role = before->source.role;
              }
        }
      }
    }
    // "Thousands of protesters marched through Minsk", "protests continued
    // through Monday": a crowd's protest that names no target is aimed at
    // the government of the crowd's country ("^GOV", ResolveLocal). Not a
    // rally in support or a rite ("gathered to mourn"), nor one with an
    // "anti-" word that names no one ("anti-war"); only by crowds,
    // opposition, students or workers.
    if (best_match.targets.empty() && best->target_anti && data_->conventions &&
        (NewProtest(view, sentence, i) || ProtestGoesOn(view, sentence, i, best->noun) ||
         TookPartIn(view, sentence, i, best->noun)) &&
        CrowdProtestsGovernment(view, sentence, i, best->noun, best_match.sources))
      best_match.targets = {EventActor{"^GOV", "", "GOV", anchor.begin, anchor.end}};
    // "Riot police broke up the rally": the rally's crowd.
    // A pattern that names no protest nor crowd-control arms ("security
    // forces opened fire") is aimed at a crowd only after a protest the
    // article told of.
    if (best_match.targets.empty() && best->target_crowd && data_->conventions &&
        (NamesProtestOrRiotGear(doc, i, best_match.end) || ProtestedBefore(view, *out, true)))
      best_match.targets = {EventActor{"~CVL", "", "CVL", doc.tokens[best_match.end - 1].begin,
                                       doc.tokens[best_match.end - 1].end}};
    // "Pakistani troops returned fire" (`target attacker`): at whoever last
    // used force on the source.
    if (best_match.targets.empty() && best->target_attacker)
      best_match.targets = Attacker(view, *out, best_match.sources);
    // "Russia offered to mediate" (`target sides`): between the two sides
    // of the article's latest conflict.
    if (best_match.targets.empty() && best->target_sides)
      best_match.targets = Sides(view, *out, best_match.sources);
    if (best_match.targets.empty() && best->target_after)
      best_match.targets = ActorAfter(view, sentence, i + 1, best_match.sources, !best->source_first);
    // TABARI's target search (`source first` patterns): with no actor after
    // the verb, the first actor of the clause before it whose code is not
    // the (first) source's.
    if ((use_defaults || best->source_first) && !pairs_only && best_match.targets.empty()) {
      if (!(defaults.after && !defaults.target.empty()))
        best_match.targets = TargetBefore(view, sentence, i, best_match.sources);
      if (best_match.targets.empty() && !defaults.target.empty())
        best_match.targets.push_back(stand_in(defaults.target));
    }
    if (best_match.targets.empty() && defaults.pair_subjects && !pairs_only && best_match.sources.size() >= 2) {
      best_match.targets = best_match.sources;
      pairs_only = true;
    }
    if (best_match.targets.empty() && !defaults.null_target.empty() && !pairs_only)
      best_match.targets.push_back(stand_in(defaults.null_target));
    if (best_match.targets.empty()) {
      reject("no target actor found");
      return;
    }
    // People a state arrests, tries or deports that the text names by their
    // nationality alone ("two French aid workers", "three Chadians") are
    // its civilians, not their government. So are people the state named
    // as the doer acts on, when the text counts them as people: a plural
    // ("Iraqi police arrested three Iranians") or one ("detained a
    // Palestinian"); a bare country ("arrested Iran's ...") is no person.
    const bool named_state_act = !state_act && !best->state_role.empty() && data_->conventions;
    if (state_act || named_state_act)
      for (EventActor& t : best_match.targets) {
        const uint32_t tok = SentenceTokenAt(doc, sentence, t.begin);
        const int32_t n = view.mention_at[tok];
        if (n < 0 || t.role != "GOV") continue;
        const ActorMention& m = (*view.mentions)[n];
        if (m.begin != t.begin || m.end != t.end || m.kind != ActorKind::kCountry || m.role_origin.line != 0) continue;
        if (named_state_act) {
          uint32_t last = tok;
          while (last + 1 < sentence.token_end && doc.tokens[last + 1].begin < t.end) ++last;
          const bool plural = doc.tokens[last].tag == Tag::kNNPS || doc.tokens[last].tag == Tag::kNNS;
          const bool one = last == tok && tok > sentence.token_begin &&
                           (doc.tokens[tok - 1].lower == "a" || doc.tokens[tok - 1].lower == "an");
          if (!plural && !one) continue;
        }
        t.role = "CVL";
        t.code = util::Cat(t.country, t.role);
      }
    if (data_->conventions) {
      ResolveLocal(view, sentence, i, &best_match.sources, &best_match.targets,
                   block.code != nullptr ? std::string_view(block.code->code) : std::string_view());
      if (best_match.sources.empty() || best_match.targets.empty()) {
        reject("no country found for the crowd or police (no place, home country or state actor they face)");
        return;
      }
    }
    Verdict verdict = JudgeAnchor(doc, sentence, i, best->noun);
    if (block.code != nullptr && IsJudgement(block.code->code) && JudgementDenied(doc, i + 1, best_match.end))
      verdict.negated = true;
    // A judgement or accusation told as what someone said ("said Tehran was
    // behind the bombing", data/events/claims.txt) is only as firm as the
    // words that tell it: "was not behind" denies it, "may have been
    // behind", "it was unlikely that" and "whether" hedge it. A claim about
    // the speaker's own people ("said its troops were responsible for ...")
    // accuses no one, nor does one that tells what was done to the actor
    // ("said the sailors had been detained illegally").
    if (block.code != nullptr && !best->noun && TellsClaim(block.code->code, anchor)) {
      // The claim is told after its verb, or before it ('"Tehran was behind
      // the attack," Baghdad said'): from the first actor it names up to it.
      uint32_t from = i + 1, to = best_match.end;
      if (!best->before.empty()) {
        from = i;
        for (const EventActor& t : best_match.targets)
          for (uint32_t q = sentence.token_begin; q < i; ++q)
            if (doc.tokens[q].begin == t.begin) from = std::min(from, q);
        to = i;
      }
      if ((block.code->code.rfind("112", 0) == 0 || IsJudgement(block.code->code)) && JudgementDenied(doc, from, to))
        verdict.negated = true;
      if (verdict.modality == Modality::kAsserted && ClaimHedged(doc, from, to, block.code->code.rfind("112", 0) == 0))
        verdict.modality = Modality::kHedged;
      if (block.code->code.rfind("112", 0) == 0) {
        for (const EventActor& t : best_match.targets) {
          if (OwnPeople(doc, sentence, t)) {
            reject("a claim about the speaker's own people is no accusation");
            return;
          }
          if (PassiveAfter(doc, t, i + 1, best_match.end) && PatternHasGap(*best)) {
            reject("the claim tells what was done to the actor, not what it did");
            return;
          }
        }
      }
    }
    // "accusations by Australia that a Fijian journalist was assaulted in
    // Suva": an accusation whose clause begins with the actor after it, told
    // in the passive, names the one wronged, not the one accused ("Venezuela
    // was accused by Colombia" is the passive of the accusation itself).
    if (block.code != nullptr && !block.reversed && block.code->code.rfind("112", 0) == 0 &&
        !best->rest.empty() && best->rest.back().kind == Element::kTarget)
      for (const EventActor& t : best_match.targets)
        if (t.begin >= anchor.end && SuffersAct(doc, sentence, t)) {
          reject("the accusation's clause tells what was done to the actor, not what it did");
          return;
        }
    context = AnalyzeSentence(doc, sentence, article.date, i);
    const CameoCode* code = block.code;
    Modality modality = verdict.modality;
    // "blamed Armenia, saying its forces had shelled the villages": the act
    // is what the accusation says, not a fact the report tells.
    if (modality == Modality::kAsserted && ToldAsAccusation(doc, sentence, i)) modality = Modality::kHedged;
    // A planned or promised act of cooperation is coded as the intent to do
    // it (03x), and asserted: "agreed to meet" (036), "pledged aid" (033),
    // "said it would release the pilot" (0353).
    const bool promised = modality == Modality::kIntended ||
                          (modality == Modality::kHypothetical && verdict.would && !verdict.conditional);
    bool stated_now = false;  // the intent is told now, whatever day the act is set for
    // A threatened act of force or pressure is coded as the threat (13x):
    // "threatened to strike", "warned that it would impose sanctions if ...".
    const bool threat = verdict.threatened || (verdict.would && verdict.conditional);
    if (data_->conventions && threat && !verdict.negated && modality != Modality::kAsserted && !state_act) {
      if (const CameoCode* as_threat = Find(ThreatCode(code->code))) {
        code = as_threat;
        modality = Modality::kAsserted;
      }
    }
    // An agreed ceasefire is the ceasefire (0871), told as done.
    if (data_->conventions && promised && verdict.agreed && !verdict.negated && code->code.rfind("0871", 0) == 0)
      modality = Modality::kAsserted;
    if (data_->conventions && promised && !verdict.negated && code->code.rfind("13", 0) != 0) {
      if (const CameoCode* intent = Find(IntentCode(code->code))) {
        code = intent;
        modality = Modality::kAsserted;
        // A weekday in the sentence is then the day of the act to come, not
        // of the statement: the article's date is the better one.
        stated_now = context->precision == DatePrecision::kDay;
      }
    }
    // One act, one event: nouns inside what a coded pattern matched are part
    // of it ("artillery attacks on Iraq" is 194, not also an attack, 190).
    if (!best->noun || data_->conventions) *noun_floor = std::max(*noun_floor, best_match.end);
    // "urged X to release the sailors and halt the attacks": each act asked
    // for is its own appeal (AskedActs), the first coded here, the others
    // after the loop.
    std::vector<const Pattern*> asked;
    const Pattern* coded = best;
    if (data_->conventions && code == block.code && code->code.rfind("02", 0) == 0) {
      asked = AskedActs(view, sentence, i, patterns, *best, &code);
      if (!asked.empty()) {
        coded = asked.front();
        code = data_->blocks[coded->block].code;
        asked.erase(asked.begin());
      }
    }
    const size_t first_new = out->size();
    for (const EventActor& src : best_match.sources) {
      for (const EventActor& tgt : best_match.targets) {
        if (src.code == tgt.code && !DistinctNamed(view, sentence, src, tgt)) {
          if (!pairs_only) reject("source and target are the same actor");
          continue;
        }
        // "Iran and the big three — Britain, Germany and France — held
        // talks": the actors an aside lists are one party.
        if (pairs_only && SameAside(view, sentence, src, tgt, i)) continue;
        if (data_->conventions && (block.reversed ? NoActorPair(*code, tgt, src) : NoActorPair(*code, src, tgt))) {
          reject("not a political act between these actors");
          continue;
        }
        // A visit told as planned (036) is still made abroad, and by people.
        const CameoCode& visit = block.code != nullptr && code->code == "036" ? *block.code : *code;
        if (data_->conventions && &visit != code &&
            (block.reversed ? NoActorPair(visit, tgt, src) : NoActorPair(visit, src, tgt))) {
          reject("not a political act between these actors");
          continue;
        }
        if (data_->conventions && (visit.code == "042" || visit.code == "043")) {
          // The one who travels: the source of a visit, the target of its hosting.
          const EventActor& visitor = visit.code == "042" ? (block.reversed ? tgt : src) : (block.reversed ? src : tgt);
          // Troops, forces or police that "arrive" somewhere are deployed,
          // not visiting; a defence minister or a general who arrives visits.
          if (ForceNotPerson(view, visitor)) {
            reject("armed forces or police that arrive are deployed, not visiting");
            continue;
          }
          // A person no dictionary knows and no office names (coded with the
          // bare country) travels on private business: "she has traveled to
          // Russia and Paris for her film" is no state visit.
          if (visitor.role.empty() && visitor.country.size() == 3 && visitor.code == visitor.country) {
            reject("a person with no office known travels privately, not on a state visit");
            continue;
          }
        }
        // "Iraqi troops raided militant hideouts in Iraq": force that a
        // state uses on places of its own land is aimed at whoever holds
        // them, not at the state the place name stands for.
        if (data_->conventions && IsForceOnOwnLand(view, sentence, *code, block.reversed ? tgt : src,
                                                   block.reversed ? src : tgt)) {
          reject("force on places of the doer's own country is not aimed at its state");
          continue;
        }
        Event e;
        e.sentence = s;
        e.source = src;
        e.target = tgt;
        e.cameo = code;
        // A state's armed forces or police using force on its own people
        // (civilians, protesters, the opposition) repress them: "security
        // forces killed 12 protesters" is 175, not a battle. Not artillery
        // or air strikes, nor clashes told as mutual.
        if (data_->conventions && !block.symmetric && IsRepression(*code, src, tgt))
          if (const CameoCode* repression = Find("175")) e.cameo = repression;
        // Only states arrest: an armed group, a gang or a crowd that
        // captures or seizes people abducts them ("militants captured an
        // Israeli soldier" is 181, not 173). A group that "arrested" or
        // "detained" people keeps its word: it acts as an authority.
        if (data_->conventions && !block.reversed && code->code == "173" && IsNonStateForce(src) &&
            Has({"capture", "seize", "grab", "snatch"}, view.doc->tokens[i].lemma))
          if (const CameoCode* abduction = Find("181")) e.cameo = abduction;
        // A crowd that seizes or occupies a building, a square or a city
        // protests by force: "protesters seized the governor's office" is
        // 145, not a military occupation (192). Armed groups keep 192; a
        // party that gains control of a chamber wins a vote.
        if (data_->conventions && !block.reversed && code->code.rfind("192", 0) == 0 &&
            Has({"CVL", "OPP", "EDU", "LAB"}, src.role) && src.country.size() == 3 &&
            !Has({"gain", "win", "regain", "retain"}, view.doc->tokens[i].lemma))
          if (const CameoCode* riot = Find("145")) e.cameo = riot;
        // A politician's or a party's "attack" on a rival is words, not
        // force: "Howard attacked the Opposition's front bench" is 111.
        if (data_->conventions && !block.reversed && IsVerbalAttack(view, sentence, i, *code, src, tgt))
          if (const CameoCode* criticism = Find("111")) e.cameo = criticism;
        // A state or an international body that "protested" complained
        // officially (114); crowds, parties and groups demonstrate (14x).
        if (data_->conventions && !best->noun && IsOfficialProtest(*e.cameo, src))
          if (const CameoCode* complaint = Find("114")) e.cameo = complaint;
        e.negated = verdict.negated;
        e.modality = modality;
        e.historical = context->historical;
        e.date = context->date && !stated_now ? context->date : article.date;
        e.date_precision = context->date && !stated_now ? context->precision : DatePrecision::kArticle;
        e.verb_begin = anchor.begin;
        e.verb_end = anchor.end;
        e.pattern = coded->origin;
        e.pattern_text = coded->text;
        if (block.reversed) std::swap(e.source, e.target);
        out->push_back(e);
        // "Russia dismissed claims by Georgia that ...": the claims denied
        // are the accuser's accusation of the one who denies (112).
        if (data_->conventions && !block.reversed && code->code == "016" && !best->noun && !e.negated &&
            e.modality == Modality::kAsserted && DeniesAccusationOf(doc, i, best_match.end))
          if (const CameoCode* accuse = Find("112")) {
            Event accusation = e;
            std::swap(accusation.source, accusation.target);
            accusation.cameo = accuse;
            out->push_back(std::move(accusation));
          }
        if (block.symmetric && !pairs_only) {
          std::swap(e.source, e.target);
          out->push_back(std::move(e));
        } else if (block.paired != nullptr && code == block.code) {
          // "X visits Y": Y also hosts X (unless the visit was only planned).
          std::swap(e.source, e.target);
          e.cameo = block.paired;
          out->push_back(std::move(e));
        }
      }
    }
    // The other acts of the list, each once, with the events' actors.
    const size_t coded_end = out->size();
    for (const Pattern* other : asked) {
      const CameoCode* other_code = data_->blocks[other->block].code;
      for (size_t k = first_new; k < coded_end; ++k) {
        Event e = (*out)[k];
        e.cameo = other_code;
        e.pattern = other->origin;
        e.pattern_text = other->text;
        out->push_back(std::move(e));
      }
    }
  }

  // The acts an appeal asks for after "X to" ("called on the government to
  // offer an amnesty, release the detainees and stop the raids"): the
  // infinitive after "to" and those joined to it by a comma, "and" or "or"
  // in the same clause. Each is matched by the anchor's patterns that read
  // "... $T to ..." (with the same words up to "to"), inside its own stretch
  // of the list, so one act's words do not lend their code to another; a
  // pattern whose `*` skips the act's verb to start on another verb loses
  // to any other ("free the detained sailors" is "to * release", not "to *
  // detain"; "lift China's ban on imports" is still "to * ban on * import").
  // An act with no code of its own is a bare appeal
  // (020). Returns the patterns to code, one a code, in the order of the
  // acts; empty to keep `best`. An act asked not to be done ("urged
  // Israel not to use the weapons") is no appeal for that act, unless the
  // pattern says "not" itself: with no other act, *code falls back to the
  // bare appeal, 020.
  std::vector<const Pattern*> AskedActs(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                        const std::vector<uint32_t>& patterns, const Pattern& best,
                                        const CameoCode** code) const {
    const auto& tokens = view.doc->tokens;
    // The index of "to" after $T in a pattern, or 0.
    auto to_of = [](const Pattern& p) -> size_t {
      for (size_t k = 1; k < p.rest.size(); ++k)
        if (p.rest[k - 1].kind == Element::kTarget && p.rest[k].kind == Element::kWord &&
            std::find(p.rest[k].words.begin(), p.rest[k].words.end(), "to") != p.rest[k].words.end())
          return k;
      return 0;
    };
    auto says_not = [](const Pattern& p) {
      return std::any_of(p.rest.begin(), p.rest.end(), [](const Element& e) {
        return e.kind == Element::kWord && std::find(e.words.begin(), e.words.end(), "not") != e.words.end();
      });
    };
    const size_t best_to = to_of(best);
    if (best_to == 0) return {};
    Match head;
    if (!MatchRest(view, sentence, best, 0, i + 1, &head, best_to + 1)) return {};
    const uint32_t after_to = head.end;
    const uint32_t end = sentence.token_end;
    auto negation = [&](uint32_t q) { return tokens[q].lower == "not" || tokens[q].lower == "never"; };
    // The acts: where each starts, whether it is negated, and where its
    // stretch ends (the comma or conjunction before the next act).
    struct Act {
      uint32_t begin, stop;
      bool negated;
    };
    std::vector<Act> acts;
    uint32_t q = after_to;
    // "urged Israel not to use", "urged Israel to never use".
    bool negated = after_to >= 2 && negation(after_to - 2);
    if (q < end && negation(q)) negated = true, ++q;
    while (q < end && tokens[q].tag == Tag::kRB) ++q;  // "to immediately release"
    if (q >= end || tokens[q].tag != Tag::kVB) return {};
    acts.push_back(Act{q, end, negated});
    for (++q; q < end && q < after_to + 40; ++q) {
      const Token& t = tokens[q];
      // A finite verb, a colon or a word that opens another clause ends the
      // list: "urged Iran to free the sailors, Britain said".
      if (t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP || t.tag == Tag::kMD || t.norm == ";" ||
          t.norm == ":" ||
          Has({"saying", "while", "but", "because", "after", "before", "who", "which", "if", "unless", "when",
               "adding", "so"},
              t.lower))
        break;
      if (!(t.norm == "," || t.lower == "and" || t.lower == "or")) continue;
      uint32_t v = q + 1;
      if (v < end && (tokens[v].lower == "and" || tokens[v].lower == "or")) ++v;  // ", and"
      bool neg = false;
      if (v < end && negation(v)) neg = true, ++v;
      if (v < end && tokens[v].lower == "to") ++v;  // "and to stop"
      if (v < end && negation(v)) neg = true, ++v;
      if (v + 1 >= end) break;
      // The tagger often reads a verb after a comma as a noun ("release
      // detainees"): a noun counts when an object follows it.
      const Tag vt = tokens[v].tag, next = tokens[v + 1].tag;
      const bool object = next == Tag::kDT || next == Tag::kPRPS || next == Tag::kNNS || next == Tag::kNNP ||
                          next == Tag::kNNPS || next == Tag::kJJ || next == Tag::kCD || next == Tag::kTO;
      if (!(vt == Tag::kVB || (vt == Tag::kNN && object))) continue;
      acts.back().stop = q;
      acts.push_back(Act{v, end, neg});
      q = v;
    }
    // The best pattern for each act.
    const Pattern* bare = nullptr;  // a 020 pattern that matched here, for acts with no code of their own
    std::vector<const Pattern*> found;
    bool any_negated = false;
    for (const Act& act : acts) {
      any_negated = any_negated || act.negated;
      const Pattern* chosen = nullptr;
      uint32_t chosen_end = 0;
      bool chosen_skips = false;
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (pattern.noun != best.noun || pattern.source_first || pattern.has_source) continue;
        const Block& block = data_->blocks[pattern.block];
        if (block.code == nullptr || block.code->code.rfind("02", 0) != 0) continue;
        const size_t k = to_of(pattern);
        if (bare == nullptr && block.code->code == "020" && k == 0) {
          Match m;
          if (MatchRest(view, sentence, pattern, 0, i + 1, &m)) bare = &pattern;
        }
        if (act.negated && !says_not(pattern)) continue;
        if (k == 0 || !WordsPresent(view, pattern, pattern.rest.size())) continue;
        Match m;
        if (!MatchRest(view, sentence, pattern, 0, i + 1, &m, k + 1) || m.end != after_to) continue;
        if (bare == nullptr && block.code->code == "020") bare = &pattern;
        Match rest;
        if (!MatchRest(view, sentence, pattern, k + 1, act.begin, &rest) || rest.end > act.stop) continue;
        // A `*` after "to" that skips the act's verb to start on another
        // verb names another act: "to free the detained sailors" is no
        // "to * detain".
        bool skips = false;
        const size_t first = k + 1;
        if (first + 1 < pattern.rest.size() && pattern.rest[first].kind == Element::kStar &&
            pattern.rest[first + 1].kind == Element::kWord) {
          Match direct;
          if (!MatchRest(view, sentence, pattern, first + 1, act.begin, &direct))
            for (uint32_t q = act.begin + 1; q < rest.end; ++q) {
              Match from_q;
              // ("to be arrested": an auxiliary is no act of its own.)
              if (MatchRest(view, sentence, pattern, first + 1, q, &from_q) && from_q.end <= act.stop) {
                while (q + 1 < from_q.end && IsSkippable(tokens[q])) ++q;  // the word the match starts on
                skips = IsVerbTag(tokens[q].tag) && !Has({"be", "get", "have"}, tokens[act.begin].lemma);
                break;
              }
            }
        }
        if (chosen == nullptr || skips < chosen_skips ||
            (skips == chosen_skips &&
             (pattern.rank > chosen->rank ||
              (pattern.rank == chosen->rank &&
               (rest.end > chosen_end || (rest.end == chosen_end && pattern.rest.size() > chosen->rest.size())))))) {
          chosen = &pattern;
          chosen_end = rest.end;
          chosen_skips = skips;
        }
      }
      // An act asked for with no code of its own is a bare appeal, 020;
      // not one asked not to be done.
      if (chosen == nullptr && !act.negated) chosen = bare;
      found.push_back(chosen);
    }
    std::vector<const Pattern*> asked;
    std::vector<std::string_view> codes;
    for (const Pattern* p : found) {
      if (p == nullptr) continue;
      const std::string_view c = data_->blocks[p->block].code->code;
      if (std::find(codes.begin(), codes.end(), c) != codes.end()) continue;
      codes.push_back(c);
      asked.push_back(p);
    }
    // "urged Israel not to use the weapons": the weapons are not asked for.
    if (asked.empty() && any_negated && !says_not(best))
      if (const CameoCode* bare_code = Find("020")) *code = bare_code;
    return asked;
  }

  // True when the words a denial matched from i to end name an accusation
  // and its maker after "by" or "from" ("dismissed the allegations made by
  // Kyiv"), or as a possessor ("rejected Canada's allegations").
  static bool DeniesAccusationOf(const Document& doc, uint32_t i, uint32_t end) {
    bool accusation = false, owner = false;
    for (uint32_t q = i + 1; q < end && q < doc.tokens.size(); ++q) {
      const Token& t = doc.tokens[q];
      if (Has({"accusation", "allegation", "charge", "claim"}, t.lemma)) accusation = true;
      else if (!accusation && (t.norm == "'s" || t.norm == "'")) owner = true;
      else if (accusation && (t.lower == "by" || t.lower == "from")) owner = true;
    }
    return accusation && owner;
  }

  // "An Egyptian-brokered truce between Israel and Islamic Jihad", "a
  // second day of U.S.-brokered talks": the actor glued to "-brokered" or
  // "-mediated" before a truce, talks or a deal mediates (045) between the
  // parties named after "between", else the two the sentence has coded a
  // joint act of (its talks, its truce), else the sides of the article's
  // latest conflict.
  void CodeBrokered(const Article& article, const ArticleView& view, const Sentence& sentence, uint32_t s,
                    size_t first_event, std::optional<SentenceContext>& context, std::vector<Event>* out) const {
    const auto& tokens = view.doc->tokens;
    const CameoCode* code = nullptr;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const int32_t n = view.mention_at[t];
      if (n < 0) continue;
      const ActorMention& m = (*view.mentions)[n];
      const std::string_view last = tokens[m.token_end - 1].lower;
      if (!last.ends_with("-brokered") && !last.ends_with("-mediated")) continue;
      uint32_t noun = m.token_end;
      while (noun < sentence.token_end && noun < m.token_end + 2 && tokens[noun].tag == Tag::kJJ) ++noun;
      if (noun >= sentence.token_end ||
          !Has({"truce", "ceasefire", "cease-fire", "armistice", "talk", "negotiation", "deal", "agreement",
                "accord"},
               tokens[noun].lemma))
        continue;
      if (code == nullptr && (code = Find("045")) == nullptr) return;
      const EventActor mediator = FromMention(m);
      std::vector<EventActor> parties;
      uint32_t end = 0;
      if (noun + 2 < sentence.token_end && tokens[noun + 1].lower == "between")
        SlotAt(view, sentence, noun + 2, &parties, &end);
      for (size_t k = first_event; parties.empty() && k < out->size(); ++k) {
        const Event& e = (*out)[k];
        if (e.cameo != nullptr && e.cameo->quad_class <= 2 && !e.negated && e.source.code != mediator.code &&
            e.target.code != mediator.code && (e.cameo->code.rfind("04", 0) == 0 || e.cameo->code.rfind("08", 0) == 0))
          parties = {e.source, e.target};
      }
      if (parties.empty()) parties = Sides(view, *out, {mediator});
      if (!context) context = AnalyzeSentence(view.doc[0], sentence, article.date, noun);
      for (const EventActor& party : parties) {
        if (party.code == mediator.code) continue;
        Event e;
        e.sentence = s;
        e.source = mediator;
        e.target = party;
        e.cameo = code;
        e.historical = context->historical;
        e.date = context->date ? context->date : article.date;
        e.date_precision = context->date ? context->precision : DatePrecision::kArticle;
        e.verb_begin = tokens[t].begin;
        e.verb_end = tokens[m.token_end - 1].end;
        e.pattern = Origin{"conventions", 0};
        e.pattern_text = "X-brokered (X-mediated) truce, talks or deal";
        out->push_back(std::move(e));
      }
      t = m.token_end - 1;
    }
  }

  // Matches pattern.rest[from..] starting at token `pos`.
  bool MatchRest(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, size_t from,
                 uint32_t pos, Match* m, size_t limit = SIZE_MAX) const {
    // 'The minister said: "Syria must withdraw ..."', 'Rice said, "Syria
    // must ..."': what a verb of saying says may follow it after a colon or
    // a comma that opens a quotation, as it follows "said" or "said that".
    const auto& tokens = view.doc->tokens;
    if (from == 0 && pos > sentence.token_begin && pos + 1 < sentence.token_end &&
        (tokens[pos].norm == ":" || tokens[pos].norm == ",") && tokens[pos + 1].tag == Tag::kOpenQuote &&
        IsVerbTag(tokens[pos - 1].tag) &&
        Has({"say", "state", "declare", "insist", "add", "claim", "assert", "charge", "allege", "maintain"},
            tokens[pos - 1].lemma))
      ++pos;
    return MatchElement(view, sentence, pattern, from, pos, m, std::min(limit, pattern.rest.size()));
  }

  // True when the verb that governs the noun at i brings the act about
  // ("agreed a ceasefire", "held talks", "signed a deal"), not when it only
  // refers to it ("urged both sides to respect the ceasefire").
  static bool MakesTheNoun(const ArticleView& view, const Sentence& sentence, uint32_t i) {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = i; q > sentence.token_begin && i - q < 7; --q) {
      const Token& t = tokens[q - 1];
      if (IsVerbTag(t.tag))
        return Has({"agree", "sign", "reach", "announce", "declare", "conclude", "hold", "begin", "start",
                    "open", "strike", "broker", "seal", "accept", "finalize", "finalise", "launch", "resume",
                    "have", "conduct", "stage", "ink", "initial", "clinch", "negotiate", "forge", "wrap"},
                   t.lemma);
      if (t.norm == "," || t.lower == "and" || t.lower == "that") return false;
    }
    return false;
  }

  // False when a word element among the first `limit` has none of its
  // words in the sentence: the pattern cannot match there.
  static bool WordsPresent(const ArticleView& view, const Pattern& pattern, size_t limit) {
    auto missing = [&](const Element& e) {
      return e.kind == Element::kWord && e.stems.empty() &&
             std::none_of(e.ids.begin(), e.ids.end(), [&](uint32_t id) { return view.present[id] != 0; });
    };
    for (size_t k = 0; k < limit && k < pattern.rest.size(); ++k)
      if (missing(pattern.rest[k])) return false;
    for (const Element& e : pattern.before)
      if (missing(e)) return false;
    return true;
  }

  // The elements of a pattern without its final "by/from $T" ("denied the
  // accusations by $T" -> "denied the accusations"), or 0.
  static size_t WithoutAccuser(const Pattern& pattern) {
    const auto& rest = pattern.rest;
    if (rest.size() < 2 || rest.back().kind != Element::kTarget || pattern.has_source) return 0;
    const Element& before = rest[rest.size() - 2];
    if (before.kind != Element::kWord) return 0;
    for (const auto* words : {&before.words, &before.stems})
      for (const std::string& w : *words)
        if (w == "by" || w == "from") return rest.size() - 2;
    return 0;
  }

  // The elements of a symmetric pattern without its final partner ("hold
  // talks with $T" -> "hold talks"), or 0 when it has none to drop.
  static size_t WithoutPartner(const Pattern& pattern) {
    const auto& rest = pattern.rest;
    if (rest.empty() || rest.back().kind != Element::kTarget || pattern.has_source) return 0;
    size_t n = rest.size() - 1;
    if (n > 0 && rest[n - 1].kind == Element::kWord) {
      for (const auto* words : {&rest[n - 1].words, &rest[n - 1].stems}) {
        if (std::any_of(words->begin(), words->end(), [](const std::string& w) {
              return w == "with" || w == "between" || w == "alongside" || w == "and";
            })) {
          --n;
          break;
        }
      }
    }
    return n;
  }

  // The doer of the latest act of force (quad class 4) in the article so
  // far whose target is one of `sources` (the same actor or country) and
  // who is none of them, or nothing.
  static std::vector<EventActor> Attacker(const ArticleView& view, const std::vector<Event>& events,
                                          const std::vector<EventActor>& sources) {
    auto key = [](const EventActor& a) { return a.country.empty() ? a.code : a.country; };
    for (size_t k = events.size(), looked = 0; k > view.first_event && looked < kMaxLookBack; --k, ++looked) {
      const Event& e = events[k - 1];
      if (e.cameo == nullptr || e.cameo->quad_class != 4 || e.negated || e.modality != Modality::kAsserted) continue;
      const bool at_source = std::any_of(sources.begin(), sources.end(),
                                         [&](const EventActor& s) { return key(s) == key(e.target); });
      const bool by_source = std::any_of(sources.begin(), sources.end(),
                                         [&](const EventActor& s) { return key(s) == key(e.source); });
      if (at_source && !by_source) return {e.source};
    }
    return {};
  }

  // The two actors of the latest act of conflict (quad class 3 or 4) in the
  // article so far, neither an international body nor one of `sources`
  // (the same actor or country), or none.
  static std::vector<EventActor> Sides(const ArticleView& view, const std::vector<Event>& events,
                                       const std::vector<EventActor>& sources) {
    auto key = [](const EventActor& a) { return a.country.empty() ? a.code : a.country; };
    auto is_source = [&](const EventActor& a) {
      return std::any_of(sources.begin(), sources.end(), [&](const EventActor& s) { return key(s) == key(a); });
    };
    // Fighting first (quad class 4), else words of conflict (3): a truce
    // is brokered between those who fought, not those who argued since.
    for (int quad = 4; quad >= 3; --quad)
      for (size_t k = events.size(), looked = 0; k > view.first_event && looked < kMaxLookBack; --k, ++looked) {
        const Event& e = events[k - 1];
        if (e.cameo == nullptr || e.cameo->quad_class != quad || e.negated) continue;
        if (e.source.code.rfind("IGO", 0) == 0 || e.target.code.rfind("IGO", 0) == 0) continue;
        if (is_source(e.source) || is_source(e.target)) continue;
        return {e.source, e.target};
      }
    return {};
  }

  // The actor who denies at the verb i in a clause that follows an
  // accusation and has no object of its own: ", a charge Islamabad
  // rejected", ", an accusation that Tehran denies", ", which Paris
  // denied"; or who rejects a demand so (", a demand Kyiv has rejected",
  // *demand set). Empty when the verb is not such a denial.
  static std::optional<EventActor> TrailingDenier(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                                  bool* demand) {
    const auto& tokens = view.doc->tokens;
    if (!Has({"deny", "reject", "dismiss", "refute", "dispute", "refuse"}, tokens[i].lemma)) return std::nullopt;
    // Nothing after the verb but the end of the clause ("as baseless" and
    // "on Monday" too).
    if (i + 1 < sentence.token_end && tokens[i + 1].kind == TokenKind::kWord && tokens[i + 1].lower != "as" &&
        tokens[i + 1].tag != Tag::kRB && TimeSpanAt(tokens, i + 1, sentence.token_end) == 0)
      return std::nullopt;
    uint32_t q = i;
    while (q > sentence.token_begin && (tokens[q - 1].tag == Tag::kRB || tokens[q - 1].tag == Tag::kMD ||
                                        Has({"have", "do", "be"}, tokens[q - 1].lemma)))
      --q;
    const int32_t m = view.ending_at[q];
    if (m < 0) return std::nullopt;
    const ActorMention& mention = (*view.mentions)[m];
    if (mention.token_begin < sentence.token_begin + 2) return std::nullopt;
    uint32_t b = mention.token_begin;
    if (Has({"that", "which"}, tokens[b - 1].lower)) {
      if (tokens[b - 1].lower == "which" && tokens[b - 2].norm == ",") return FromMention(mention);
      --b;
    }
    if (b < sentence.token_begin + 3) return std::nullopt;
    const bool charge = Has({"charge", "claim", "accusation", "allegation", "assertion"}, tokens[b - 1].lemma);
    *demand = Has({"demand", "request", "call", "ultimatum"}, tokens[b - 1].lemma) && tokens[i].lemma != "deny";
    const bool opened = Has({"a", "an", "the"}, tokens[b - 2].lower) && tokens[b - 3].norm == ",";
    if ((charge || *demand) && opened) return FromMention(mention);
    return std::nullopt;
  }

  // Codes of reactions to what another actor did: statements about it,
  // praise, criticism, protest and rejection. Their target may be named by
  // the act alone ("condemned the attack").
  static bool IsReaction(std::string_view code) {
    return code == "010" || code == "012" || code == "013" || code.rfind("051", 0) == 0 ||
           code.rfind("111", 0) == 0 || code == "114" || code.rfind("12", 0) == 0;
  }

  // An act named by a definite noun phrase ("the attack", "these air
  // strikes", "the ruling"): the CAMEO roots of the coded events it may
  // stand for (empty: any), and whether its doer must be a court.
  struct NamedAct {
    std::vector<std::string_view> roots;
    bool court = false;
    bool recent = false;             // only acts of this sentence or the one before ("the move")
    std::optional<EventActor> doer;  // "the exercises that Azerbaijan held": named with the act
    uint32_t end = 0;                // one past the noun
    std::optional<EventActor> aimed;  // "the attack on Israel": whom the act was aimed at
  };

  // The act named at token q: "the/this/these" and up to four modifiers
  // (no actor among them), then the act noun, the last of its noun group,
  // and perhaps "on/against/of" and the actor it was aimed at, or a
  // relative clause that names its doer ("(the) exercises that Azerbaijan
  // held", where the determiner may be left out). False when there is none.
  bool ActNounAt(const ArticleView& view, const Sentence& sentence, uint32_t q, NamedAct* act) const {
    struct Noun {
      std::string_view lemma;
      std::initializer_list<std::string_view> roots;
      bool court;
      bool recent = false;
    };
    static const Noun kNouns[] = {
        {"attack", {"18", "19", "20"}, false},   {"strike", {"18", "19", "20"}, false},
        {"airstrike", {"19"}, false},            {"bombing", {"18", "19"}, false},
        {"bombardment", {"19"}, false},          {"shelling", {"19"}, false},
        {"raid", {"17", "18", "19"}, false},     {"invasion", {"19"}, false},
        {"incursion", {"19"}, false},            {"offensive", {"19"}, false},
        {"assault", {"18", "19"}, false},        {"annexation", {"19"}, false},
        {"occupation", {"19"}, false},           {"killing", {"18", "19", "20"}, false},
        {"massacre", {"18", "20"}, false},       {"assassination", {"18"}, false},
        {"murder", {"18", "19", "20"}, false},   {"kidnapping", {"18"}, false},
        {"abduction", {"18"}, false},            {"shooting", {"18", "19"}, false},
        {"launch", {"15", "19"}, false},         {"test", {"15"}, false},
        {"drill", {"15"}, false},                {"exercise", {"15"}, false},
        {"deployment", {"15"}, false},           {"buildup", {"15"}, false},
        {"build-up", {"15"}, false},             {"crackdown", {"17", "18", "19", "20"}, false},
        {"arrest", {"17"}, false},               {"detention", {"17"}, false},
        {"expulsion", {"16", "17"}, false},      {"sanction", {"16"}, false},
        {"blockade", {"19"}, false},             {"demand", {"10", "13"}, false, true},
        {"ultimatum", {"13"}, false, true},      {"request", {"02"}, false, true},
        {"proposal", {"03", "05"}, false, true}, {"offer", {"03", "05"}, false, true},
        // Yielding: "Israel pulled its troops out of Gaza. Abbas welcomed the
        // withdrawal", "welcomed the release".
        {"withdrawal", {"08"}, false},           {"pullout", {"08"}, false},
        {"release", {"08"}, false},              {"handover", {"08"}, false},
        {"ruling", {}, true},                    {"verdict", {}, true},
        {"warrant", {}, true},
        // Decisions that act on another: cooperation given, yielding,
        // rejection, threats, reductions of ties, coercion, force.
        {"decision", {"06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"move", {"06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"measure", {"06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"step", {"06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        // Announcements and plans: what an actor said it did or would do.
        {"announcement", {"01", "03", "06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"declaration", {"01", "03", "06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"plan", {"03", "06", "07", "08", "12", "13", "15", "16", "17", "19"}, false, true},
        {"initiative", {"03", "05"}, false, true},
    };
    const auto& tokens = view.doc->tokens;
    if (q >= sentence.token_end) return false;
    const bool definite = Has({"the", "this", "these", "that", "those"}, tokens[q].lower);
    for (uint32_t p = definite ? q + 1 : q; p < sentence.token_end && p < q + 6; ++p) {
      const Token& t = tokens[p];
      if (view.covering[p] >= 0) return false;
      if (IsNounTag(t.tag)) {
        // The head of the group: the last noun ("the missile tests", not
        // "the ruling party").
        if (p + 1 < sentence.token_end && (IsNounTag(tokens[p + 1].tag) || tokens[p + 1].tag == Tag::kNNP)) continue;
        const Noun* noun = nullptr;
        for (const Noun& n : kNouns)
          if (t.lemma == n.lemma || t.lower == n.lemma) noun = &n;
        if (noun == nullptr) return false;
        act->roots.assign(noun->roots.begin(), noun->roots.end());
        act->court = noun->court;
        act->recent = noun->recent;
        act->end = p + 1;
        act->aimed.reset();
        act->doer.reset();
        if (p + 2 < sentence.token_end && Has({"on", "against", "of", "in", "into"}, tokens[p + 1].lower)) {
          std::vector<EventActor> actors;
          uint32_t end = 0;
          if (view.mention_at[p + 2] >= 0 && SlotAt(view, sentence, p + 2, &actors, &end)) act->aimed = actors.front();
        }
        // "the move by Kosovo's parliament".
        if (p + 2 < sentence.token_end && tokens[p + 1].lower == "by" && view.mention_at[p + 2] >= 0) {
          act->doer = FromMention((*view.mentions)[view.mention_at[p + 2]]);
          return definite;
        }
        // "(the) exercises that Azerbaijan held last week".
        uint32_t r = p + 1;
        if (r < sentence.token_end && Has({"that", "which"}, tokens[r].lower)) ++r;
        if (r < sentence.token_end && view.mention_at[r] >= 0) {
          const ActorMention& m = (*view.mentions)[view.mention_at[r]];
          uint32_t v = m.token_end;
          while (v < sentence.token_end && (tokens[v].tag == Tag::kRB || Has({"have", "be"}, tokens[v].lemma))) ++v;
          if (v < sentence.token_end &&
              (tokens[v].tag == Tag::kVBD || tokens[v].tag == Tag::kVBN || tokens[v].tag == Tag::kVBZ ||
               tokens[v].tag == Tag::kVBP))
            act->doer = FromMention(m);
        }
        return definite || act->doer.has_value();
      }
      if (!(t.tag == Tag::kJJ || t.tag == Tag::kJJS || t.tag == Tag::kVBN || t.tag == Tag::kCD ||
            t.tag == Tag::kRB))
        return false;
    }
    return false;
  }

  // Whoever did the act named: the doer named with it, else the doer of
  // such an act that the article has coded so far (in sentence `sentence`
  // or, for "the move", the one before), told as done, and not by those
  // who react to it: of several, the one who did most such acts, then the
  // one told first (news leads with its main act); for a ruling no event
  // told of, the latest court named before token `anchor`. Empty when
  // there is none.
  static std::optional<EventActor> ReferredAct(const ArticleView& view, const std::vector<Event>& events,
                                               const NamedAct& act, const std::vector<EventActor>& reacting,
                                               uint32_t sentence, uint32_t anchor) {
    auto own = [&](const EventActor& doer) {
      for (const EventActor& r : reacting) {
        if (r.code == doer.code) return true;
        // A state does not react to its own act, but a government may to
        // its rebels' or opposition's.
        const bool apart = r.role == "REB" || r.role == "OPP" || doer.role == "REB" || doer.role == "OPP";
        if (!r.country.empty() && r.country == doer.country && !apart) return true;
      }
      return false;
    };
    if (act.doer) return own(*act.doer) ? std::nullopt : act.doer;
    auto key = [](const EventActor& a) { return a.country.empty() ? a.code : a.country; };
    std::vector<std::pair<const Event*, int>> doers;  // first act of each doer, and how many
    const size_t from = events.size() - std::min(events.size() - view.first_event, kMaxLookBack);
    for (size_t k = from; k < events.size(); ++k) {
      const Event& e = events[k];
      if (e.cameo == nullptr || e.negated || e.modality != Modality::kAsserted) continue;
      if (!act.roots.empty() &&
          std::none_of(act.roots.begin(), act.roots.end(),
                       [&](std::string_view root) { return e.cameo->code.rfind(root, 0) == 0; }))
        continue;
      if (act.court && e.source.role != "JUD" && e.source.code.rfind("IGOJUD", 0) != 0) continue;
      if (act.recent && e.sentence + 1 < sentence) continue;
      if (act.aimed && key(e.target) != key(*act.aimed)) continue;
      if (own(e.source)) continue;
      auto it = std::find_if(doers.begin(), doers.end(),
                             [&](const auto& d) { return key(d.first->source) == key(e.source); });
      if (it == doers.end()) doers.emplace_back(&e, 1);
      else ++it->second;
    }
    if (doers.empty() && act.court) {
      // A ruling no coded event told of is the latest court's the
      // article has named.
      for (size_t n = view.mentions->size(); n > 0; --n) {
        const ActorMention& m = (*view.mentions)[n - 1];
        if (m.token_end > anchor) continue;
        if (m.role == "JUD" || m.code.rfind("IGOJUD", 0) == 0) {
          EventActor court = FromMention(m);
          return own(court) ? std::nullopt : std::optional<EventActor>(court);
        }
      }
    }
    if (doers.empty()) return std::nullopt;
    std::stable_sort(doers.begin(), doers.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return doers.front().first->source;
  }

  // Whoever made the move no coded event told of ("Kosovo declared
  // independence on Sunday. Serbia condemned the move"): the actor that is
  // the subject of every clause of the sentence before sentence `s`. The
  // act is named at tokens [named, noun_end) by a determiner, adjectives
  // and its noun alone (not "the government policy", "the statement of
  // the chairman"), and nobody but those who react is named in
  // sentence `s` before its verb at `before`. Empty unless one actor (one country,
  // one organisation) is that subject, it is not among those who react, and
  // the sentence before does not itself name the act (then it reacts too).
  std::optional<EventActor> LatestDoer(const ArticleView& view, const Sentence& current, uint32_t s,
                                       uint32_t before, uint32_t named, uint32_t noun_end,
                                       const std::vector<EventActor>& reacting) const {
    if (s == 0) return std::nullopt;
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = named + 1; q + 1 < noun_end; ++q)
      if (IsNounTag(tokens[q].tag) || tokens[q].tag == Tag::kPOS) return std::nullopt;
    if (noun_end < current.token_end && Has({"of", "by", "from"}, tokens[noun_end].lower)) return std::nullopt;
    auto key = [](const EventActor& a) { return a.country.empty() ? a.code : a.country; };
    for (uint32_t q = current.token_begin; q < before; ++q) {
      if (view.mention_at[q] < 0) continue;
      const EventActor a = FromMention((*view.mentions)[view.mention_at[q]]);
      if (std::none_of(reacting.begin(), reacting.end(), [&](const EventActor& r) { return key(r) == key(a); }))
        return std::nullopt;
    }
    const Sentence& sentence = view.doc->sentences[s - 1];
    std::optional<EventActor> doer;
    for (uint32_t q = sentence.token_begin; q < sentence.token_end; ++q) {
      if (tokens[q].lemma == tokens[noun_end - 1].lemma) return std::nullopt;
      const Tag tag = tokens[q].tag;
      if (tag != Tag::kVBD && tag != Tag::kVBZ && tag != Tag::kVBP) continue;
      if (IsPassive(*view.doc, q)) continue;
      for (const EventActor& a : SubjectOf(view, sentence, q)) {
        for (const EventActor& r : reacting)
          if (key(r) == key(a)) return std::nullopt;
        if (doer && key(*doer) != key(a)) return std::nullopt;
        if (!doer) doer = a;
      }
    }
    return doer;
  }

  // Codes of judgements of another actor or its act: praise, disapproval,
  // criticism, pessimism and optimism (data/events/judgements.txt).
  static bool IsJudgement(std::string_view code) {
    return code == "012" || code == "013" || code == "051" || code == "110" || code.rfind("111", 0) == 0;
  }

  // True when the words a judgement pattern matched after its verb deny the
  // judgement: "said Tokyo's decision was not a mistake", "called the plan
  // neither wise nor fair" ("not only" does not).
  static bool JudgementDenied(const Document& doc, uint32_t from, uint32_t end) {
    for (uint32_t q = from; q < end && q < doc.tokens.size(); ++q) {
      const std::string_view w = doc.tokens[q].lower;
      if ((w == "not" || w == "n't") && !(q + 1 < doc.tokens.size() && doc.tokens[q + 1].lower == "only")) return true;
      if (w == "never" || w == "neither" || w == "hardly" || w == "no") return true;
    }
    return false;
  }

  // True when a judgement or accusation (root 11 or a judgement code) is
  // told by a neutral verb of saying, whose clause says what is claimed.
  // "alleged" and "charged" accuse by themselves, whatever their clause says.
  static bool TellsClaim(std::string_view code, const Token& anchor) {
    return (code.rfind("11", 0) == 0 || IsJudgement(code)) && IsVerbTag(anchor.tag) &&
           Has({"say", "state", "declare", "insist", "add", "claim", "maintain", "assert", "tell", "argue", "complain",
                "write", "stress", "contend"},
               anchor.lemma);
  }

  // True when the words of a claim hedge it: "said Tehran may have been
  // behind", "said it was unlikely that Tehran was behind", "said he
  // believed that ...". With `modals`, for accusations, any modal does
  // ("said Kabul would arm the rebels" tells no act done).
  static bool ClaimHedged(const Document& doc, uint32_t from, uint32_t end, bool modals) {
    for (uint32_t q = from; q < end && q < doc.tokens.size(); ++q) {
      if (modals && doc.tokens[q].tag == Tag::kMD) return true;
      if (Has({"may", "might", "could", "perhaps", "possibly", "possible", "probably", "likely", "unlikely",
               "unclear", "whether", "if", "doubt", "doubted", "doubts", "believe", "believed", "believes",
               "think", "thought", "thinks", "suspect", "suspected", "suspects", "seem", "seemed", "seems",
               "appear", "appeared", "appears", "apparently", "reportedly", "allegedly", "maybe"},
              doc.tokens[q].lower))
        return true;
    }
    return false;
  }

  // True when the actor is the speaker's own, named with a possessive
  // pronoun: "its troops", "their fighters", "his government".
  static bool OwnPeople(const Document& doc, const Sentence& sentence, const EventActor& a) {
    for (uint32_t q = sentence.token_begin; q < sentence.token_end; ++q) {
      if (doc.tokens[q].begin < a.begin) continue;
      if (doc.tokens[q].begin > a.begin) return false;
      return doc.tokens[q].tag == Tag::kPRPS || (q > sentence.token_begin && doc.tokens[q - 1].tag == Tag::kPRPS);
    }
    return false;
  }

  // True when a passive participle follows the actor within the match:
  // "said the sailors had been detained illegally" (`**` patterns).
  static bool PassiveAfter(const Document& doc, const EventActor& a, uint32_t from, uint32_t end) {
    for (uint32_t q = from; q < end && q < doc.tokens.size(); ++q)
      if (doc.tokens[q].begin >= a.end && doc.tokens[q].tag == Tag::kVBN && IsPassive(doc, q)) return true;
    return false;
  }

  // True when the verb group right after the actor is passive: "that a
  // Fijian journalist was badly beaten". Participles that tell a part
  // in an act ("was involved in", "was implicated in") are not.
  static bool SuffersAct(const Document& doc, const Sentence& sentence, const EventActor& a) {
    uint32_t q = sentence.token_begin;
    while (q < sentence.token_end && doc.tokens[q].begin < a.end) ++q;
    // An apposition after the actor (", Kazemi,") is skipped.
    if (q < sentence.token_end && doc.tokens[q].lower == ",") {
      uint32_t c = q + 1;
      while (c < sentence.token_end && c < q + 6 && doc.tokens[c].lower != ",") ++c;
      if (c < sentence.token_end && doc.tokens[c].lower == ",") q = c + 1;
    }
    bool be = false;
    for (; q < sentence.token_end; ++q) {
      const Token& t = doc.tokens[q];
      if (t.tag == Tag::kRB || t.tag == Tag::kMD) continue;
      if (!IsVerbTag(t.tag)) return false;
      if (t.lemma == "be" || t.lemma == "get") {
        be = true;
        continue;
      }
      if (t.lemma == "have") continue;
      return be && t.tag == Tag::kVBN && !Has({"involve", "implicate"}, t.lemma);
    }
    return false;
  }

  static bool PatternHasGap(const Pattern& p) {
    return std::any_of(p.rest.begin(), p.rest.end(), [](const Element& e) { return e.kind == Element::kGap; });
  }

  // A thing an actor said or decided, named by a definite noun phrase, that
  // a judgement may be about: "the remarks", "this plan", "the new policy".
  // It stands for an act of any kind that the article has coded in this
  // sentence or the one before ("Japan unveiled a plan to ... China called
  // the plan dangerous"); with none, it has no owner and makes no event.
  // Words said ("the remarks", "the statement") are the speaker's of the
  // sentence before, when it has one ("X said ... . Y called the remarks
  // irresponsible").
  bool JudgedThingAt(const ArticleView& view, const Sentence& sentence, uint32_t q, NamedAct* act) const {
    if (!JudgedNounAt(view, sentence, q, act)) return false;
    const auto& tokens = view.doc->tokens;
    if (!Has({"remark", "comment", "statement", "speech", "word", "rhetoric", "announcement"},
             tokens[act->end - 1].lemma))
      return true;
    const auto& sentences = view.doc->sentences;
    auto prev = std::find_if(sentences.begin(), sentences.end(),
                             [&](const Sentence& x) { return x.token_end == sentence.token_begin; });
    if (prev == sentences.end()) return true;
    for (uint32_t v = prev->token_end; v > prev->token_begin; --v) {
      const Token& t = tokens[v - 1];
      if (!IsVerbTag(t.tag) || view.covering[v - 1] >= 0 ||
          !Has({"say", "tell", "state", "declare", "announce", "claim", "insist", "remark", "write", "speak"},
               t.lemma))
        continue;
      std::vector<EventActor> speakers = Subject(view, *prev, v - 1);
      if (speakers.size() == 1) act->doer = speakers.front();
      break;
    }
    return true;
  }

  bool JudgedNounAt(const ArticleView& view, const Sentence& sentence, uint32_t q, NamedAct* act) const {
    const auto& tokens = view.doc->tokens;
    if (q >= sentence.token_end || !Has({"the", "this", "these", "those", "such"}, tokens[q].lower)) return false;
    for (uint32_t p = q + 1; p < sentence.token_end && p < q + 6; ++p) {
      const Token& t = tokens[p];
      if (view.covering[p] >= 0) return false;
      if (IsNounTag(t.tag)) {
        if (p + 1 < sentence.token_end && IsNounTag(tokens[p + 1].tag)) continue;
        if (!Has({"remark", "comment", "statement", "speech", "word", "rhetoric", "announcement", "plan",
                  "proposal", "policy", "programme", "program", "bill", "law", "scheme", "idea", "initiative",
                  "action", "operation", "choice", "stance", "position", "approach", "conduct", "behaviour",
                  "behavior", "response", "reaction"},
                 t.lemma))
          return false;
        *act = NamedAct{};
        act->recent = true;
        act->end = p + 1;
        return true;
      }
      if (!(t.tag == Tag::kJJ || t.tag == Tag::kJJS || t.tag == Tag::kVBN || t.tag == Tag::kCD ||
            t.tag == Tag::kRB || t.tag == Tag::kOpenQuote || t.tag == Tag::kCloseQuote))
        return false;
    }
    return false;
  }

  bool MatchElement(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, size_t k,
                    uint32_t pos, Match* m, size_t limit) const {
    if (k == limit) {
      m->end = pos;
      return true;
    }
    if (++m->steps > kMaxSteps) return false;
    const auto& tokens = view.doc->tokens;
    const Element& e = pattern.rest[k];
    // "criticised — in a rare move — Britain", "the visit of Lavrov (the
    // foreign minister) to Poland": an aside set off by dashes or brackets
    // may stand before any element.
    if (pos < sentence.token_end && (tokens[pos].tag == Tag::kLRB || IsDash(*view.doc, tokens[pos])))
      if (const uint32_t close = AsideClose(view, sentence, pos);
          close != pos && MatchElement(view, sentence, pattern, k, close + 1, m, limit))
        return true;
    switch (e.kind) {
      case Element::kWord: {
        const uint32_t most = e.joined ? 0 : 4;  // unwritten words allowed before it
        for (uint32_t q = pos, skipped = 0; q < sentence.token_end && skipped <= most; ++q, ++skipped) {
          const Token& t = tokens[q];
          const uint32_t lemma = e.exact ? 0 : view.lemma_id[q], lower = view.lower_id[q];
          if (((lemma != 0 || lower != 0) &&
               std::any_of(e.ids.begin(), e.ids.end(), [&](uint32_t id) { return id == lemma || id == lower; })) ||
              (!e.stems.empty() && e.Stem(t.lower))) {
            if (MatchElement(view, sentence, pattern, k + 1, q + 1, m, limit)) return true;
          }
          // "asked Russia on Saturday to send troops".
          if (const uint32_t span = TimeSpanAt(tokens, q, sentence.token_end); span > 0) {
            q += span - 1;
            continue;
          }
          // "an attack by Hamas on Israel", "the seizure by Iran of British
          // sailors": a noun pattern's doer after "by", before its next word.
          // So is the maker of a call, demand, criticism, threat or offer of
          // help after "from": "calls from Washington for Pyongyang to return".
          if ((t.lower == "by" || (t.lower == "from" && FromGivesDoer(pattern))) && pattern.noun &&
              !pattern.has_source && !pattern.source_first && !data_->blocks[pattern.block].reversed &&
              m->agent.empty() && data_->conventions) {
            std::vector<EventActor> agent;
            uint32_t after = 0;
            if (NounAgentAt(view, sentence, q, &agent, &after)) {
              m->agent = std::move(agent);
              if (MatchElement(view, sentence, pattern, k, after, m, limit)) return true;
              m->agent.clear();
            }
            break;
          }
          if (!IsSkippable(t) || view.mention_at[q] >= 0) break;
        }
        return false;
      }
      case Element::kStar: {
        // Up to three words, besides the determiners, numbers, adjectives
        // and adverbs that may stand anywhere ("held nearly three hours of
        // talks").
        for (uint32_t q = pos, words = 0; q <= sentence.token_end && q <= pos + 8; ++q) {
          if (MatchElement(view, sentence, pattern, k + 1, q, m, limit)) return true;
          if (q < sentence.token_end && (!IsSkippable(tokens[q]) || view.mention_at[q] >= 0) && ++words > 3) break;
        }
        return false;
      }
      case Element::kGap: {
        for (uint32_t q = pos; q <= sentence.token_end; ++q) {
          if (MatchElement(view, sentence, pattern, k + 1, q, m, limit)) return true;
          if (q < sentence.token_end && EndsClause(view, sentence, q, !pattern.source_first)) break;
        }
        return false;
      }
      case Element::kSkip: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        return SlotAt(view, sentence, pos, &actors, &end) &&
               MatchElement(view, sentence, pattern, k + 1, end, m, limit);
      }
      case Element::kPartners: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (!SlotAt(view, sentence, pos, &actors, &end, /*adjective_joins=*/false, pattern.source_first) ||
            actors.size() < 2)
          return false;
        m->sources = actors;
        m->targets = std::move(actors);
        if (MatchElement(view, sentence, pattern, k + 1, end, m, limit)) return true;
        m->sources.clear();
        m->targets.clear();
        return false;
      }
      case Element::kSource:
      case Element::kTarget: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        // "each side accused the other": "the other" alone, not "the
        // other party's".
        const bool the_other = pos + 1 < sentence.token_end && tokens[pos].lower == "the" &&
                               tokens[pos + 1].lower == "other" &&
                               (pos + 2 >= sentence.token_end ||
                                !(IsNounTag(tokens[pos + 2].tag) || tokens[pos + 2].tag == Tag::kJJ ||
                                  tokens[pos + 2].tag == Tag::kPOS || tokens[pos + 2].norm == "'s"));
        if (e.kind == Element::kTarget && pos + 1 < sentence.token_end &&
            ((tokens[pos].lower == "each" && tokens[pos + 1].lower == "other") ||
             (tokens[pos].lower == "one" && tokens[pos + 1].lower == "another") || the_other)) {
          m->reciprocal = true;  // "Armenia and Azerbaijan accused each other"
          if (MatchElement(view, sentence, pattern, k + 1, pos + 2, m, limit)) return true;
          m->reciprocal = false;
          return false;
        }
        if (!SlotAt(view, sentence, pos, &actors, &end, /*adjective_joins=*/false, pattern.source_first,
                    /*object=*/e.kind == Element::kTarget && !pattern.noun && pos > sentence.token_begin &&
                        tokens[pos - 1].lower != "that") &&
            !(e.kind == Element::kTarget && VisitedPlaceAt(view, sentence, pattern, pos, &actors, &end)))
          return false;
        auto& list = e.kind == Element::kSource ? m->sources : m->targets;
        const size_t before = list.size();
        // All the coordinated actors first ("X and Y"), else the first
        // alone (when the pattern itself goes on with "and").
        list.insert(list.end(), actors.begin(), actors.end());
        if (MatchElement(view, sentence, pattern, k + 1, end, m, limit)) return true;
        // "shadowed the Russian bombers" for "shadow $T * bombers": the role
        // noun that ends the actor ("Russian bombers", MIL) is also the
        // word the pattern names after it.
        if (k + 1 < limit && (pattern.rest[k + 1].kind == Element::kWord ||
                              pattern.rest[k + 1].kind == Element::kStar) &&
            end > pos + 1 && view.covering[end - 1] >= 0) {
          const ActorMention& last = (*view.mentions)[static_cast<size_t>(view.covering[end - 1])];
          if (last.kind == ActorKind::kRole && last.token_end == end && last.token_end > last.token_begin + 1 &&
              MatchElement(view, sentence, pattern, k + 1, end - 1, m, limit))
            return true;
        }
        // "the visit of Sergey Lavrov, Russia's foreign minister, to Poland":
        // an apposition between the actor and the rest of the pattern.
        if (k + 1 < limit && end < sentence.token_end && tokens[end].norm == ",") {
          // The apposition may already be in the slot ("X, Russia's foreign minister,").
          if (actors.size() > 1 && MatchElement(view, sentence, pattern, k + 1, end + 1, m, limit)) return true;
          for (uint32_t c = end + 1; c < sentence.token_end && c < end + 12; ++c) {
            if (IsVerbTag(tokens[c].tag) && view.covering[c] < 0) break;
            if (tokens[c].norm != ",") continue;
            if (MatchElement(view, sentence, pattern, k + 1, c + 1, m, limit)) return true;
            break;
          }
        }
        list.resize(before);
        if (actors.size() > 1 && view.mention_at[pos] >= 0) {
          const ActorMention& first = (*view.mentions)[view.mention_at[pos]];
          list.push_back(FromMention(first));
          if (MatchElement(view, sentence, pattern, k + 1, first.token_end, m, limit)) return true;
          list.resize(before);
        } else if (actors.size() > 1) {
          // The slot began after skipped words: find the first mention.
          for (uint32_t q = pos; q < end; ++q)
            if (view.mention_at[q] >= 0) {
              const ActorMention& first = (*view.mentions)[view.mention_at[q]];
              list.push_back(FromMention(first));
              if (MatchElement(view, sentence, pattern, k + 1, first.token_end, m, limit)) return true;
              list.resize(before);
              break;
            }
        }
        return false;
      }
    }
    return false;
  }

  // A visit's destination that no actor names but the gazetteer places
  // ("visited Srebrenica", "arrived in Basra", "his visit to Bangalore",
  // "attended the memorial in the town of Srebrenica"): the government of
  // the country the place is in hosts the visit. Only for visits (042,
  // whose reverse is the hosting), and only a town or region no actor
  // covers ("the Basra police" is an actor already); "visited the
  // Srebrenica memorial" visits the town too. A visit at home is rejected
  // later, as for any visit.
  bool VisitedPlaceAt(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, uint32_t pos,
                      std::vector<EventActor>* actors, uint32_t* end) const {
    if (places_ == nullptr || !data_->conventions || pos >= sentence.token_end || view.covering[pos] >= 0)
      return false;
    const Block& block = data_->blocks[pattern.block];
    if (block.code == nullptr || block.code->code != "042" || block.reversed) return false;
    PlaceMention p;
    if (!PlaceAt(*places_, *view.analysis, SentenceIndex(*view.doc, sentence), pos, &p) ||
        p.place.country.size() != 3 || view.covering[p.token_begin] >= 0)
      return false;
    // "visited South Carolina" is no Carolina found after a direction:
    // words before the name are a description only when written small.
    for (uint32_t q = pos; q < p.token_begin; ++q)
      if (view.doc->tokens[q].Has(kCapitalized) && !view.doc->tokens[q].Has(kSentenceStart)) return false;
    actors->assign(1, EventActor{util::Cat(p.place.country, "GOV"), p.place.country, "GOV", p.begin, p.end});
    *end = p.token_end;
    return true;
  }

  // True when token q ends the clause for ** gaps and the default target: a
  // semicolon or colon, or a comma or conjunction that does not join actors.
  // With `comma_ends` false (TABARI's patterns, whose matches and actor
  // searches go on across commas), a comma never ends it.
  static bool EndsClause(const ArticleView& view, const Sentence& sentence, uint32_t q, bool comma_ends = true) {
    const Token& t = view.doc->tokens[q];
    if (t.norm == ";" || t.norm == ":") return true;
    if (!comma_ends && t.norm == ",") return false;
    // "complete, full diplomatic ties": a comma between adjectives.
    if (t.norm == "," && q > sentence.token_begin && q + 1 < sentence.token_end &&
        view.doc->tokens[q - 1].tag == Tag::kJJ && view.doc->tokens[q + 1].tag == Tag::kJJ)
      return false;
    const bool joiner = t.norm == "," || t.lower == "and" || t.lower == "or" || t.lower == "but" ||
                        t.lower == "nor";
    if (!joiner) return false;
    // TABARI's compounds are joined by "and" (or commas), never by "but".
    if (!comma_ends && t.lower == "but") return true;
    // "death and injury toll", "bombs and rockets", "heavily and unjustly":
    // a conjunction between common nouns (or a noun and an adjective) or
    // between adverbs joins words, not clauses. (Not between adjectives:
    // TABARI keeps "easy or pleasant place to visit" apart.)
    if (t.norm != "," && !comma_ends && view.defaults != nullptr && view.defaults->listed_joins &&
        q > sentence.token_begin && q + 1 < sentence.token_end) {
      if (JoinsListedWords(view, sentence, q)) return false;
    } else if (t.norm != "," && q > sentence.token_begin && q + 1 < sentence.token_end &&
               view.covering[q - 1] < 0) {
      const Tag before = view.doc->tokens[q - 1].tag, after = view.doc->tokens[q + 1].tag;
      if ((before == Tag::kNN || before == Tag::kNNS) &&
          (after == Tag::kNN || after == Tag::kNNS || after == Tag::kJJ))
        return false;
      if (before == Tag::kRB && after == Tag::kRB) return false;
    }
    // "X, Y and Z": an actor ends before and another starts after; "X, Y,
    // and Z": before the comma in front of the conjunction.
    uint32_t left = q;
    if (t.norm != "," && q > sentence.token_begin + 1 && view.doc->tokens[q - 1].norm == ",") left = q - 1;
    if (q == sentence.token_begin || view.ending_at[left] < 0) return true;
    uint32_t next = q + 1;
    while (next < sentence.token_end && next < q + 3 &&
           (view.doc->tokens[next].lower == "and" || view.doc->tokens[next].lower == "the"))
      ++next;
    // "X and the evil awful Y".
    for (uint32_t k = 0; k < 3 && next < sentence.token_end && view.doc->tokens[next].tag == Tag::kJJ &&
                         view.covering[next] < 0;
         ++k)
      ++next;
    return next >= sentence.token_end || view.mention_at[next] < 0;
  }

  // TABARI's compound noun and adjective phrases (DefaultActors::
  // listed_joins): true when the conjunction at q stands between two listed
  // nouns, listed adjectives allowed before the second ("sheep and evil
  // goats"), or between two listed adjectives ("awful and evil").
  static bool JoinsListedWords(const ArticleView& view, const Sentence& sentence, uint32_t q) {
    const auto& tokens = view.doc->tokens;
    auto listed = [&](const std::vector<std::string>& words, uint32_t k) {
      return view.covering[k] < 0 && ListedWord(words, tokens[k].lower);
    };
    const DefaultActors& lists = *view.defaults;
    if (listed(lists.joining_adjectives, q - 1) && listed(lists.joining_adjectives, q + 1)) return true;
    if (!listed(lists.joining_nouns, q - 1)) return false;
    uint32_t k = q + 1;
    while (k + 1 < sentence.token_end && listed(lists.joining_adjectives, k)) ++k;
    return listed(lists.joining_nouns, k);
  }

  // Matches pattern.before[k..] (elements before the anchor, nearest first)
  // backwards over the tokens before `pos`.
  bool MatchBefore(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, size_t k,
                   uint32_t pos, Match* m) const {
    if (k == pattern.before.size()) return true;
    if (++m->steps > kMaxSteps) return false;
    const auto& tokens = view.doc->tokens;
    const Element& e = pattern.before[k];
    switch (e.kind) {
      case Element::kWord: {
        // The element nearer the anchor, written after this one, may have
        // to follow it directly.
        const uint32_t most = k > 0 && pattern.before[k - 1].joined ? 0 : 4;
        for (uint32_t q = pos, skipped = 0; q > sentence.token_begin && skipped <= most; --q, ++skipped) {
          const Token& t = tokens[q - 1];
          if ((!e.exact && std::find(e.words.begin(), e.words.end(), t.lemma) != e.words.end()) ||
              std::find(e.words.begin(), e.words.end(), t.lower) != e.words.end() || e.Stem(t.lower)) {
            if (MatchBefore(view, sentence, pattern, k + 1, q - 1, m)) return true;
          }
          if (!IsSkippable(t) || view.covering[q - 1] >= 0) break;
        }
        return false;
      }
      case Element::kStar: {
        for (uint32_t q = pos; q + 3 >= pos && q >= sentence.token_begin; --q) {
          if (MatchBefore(view, sentence, pattern, k + 1, q, m)) return true;
          if (q == sentence.token_begin) break;
        }
        return false;
      }
      case Element::kGap: {
        for (uint32_t q = pos; q >= sentence.token_begin; --q) {
          if (MatchBefore(view, sentence, pattern, k + 1, q, m)) return true;
          if (q == sentence.token_begin) break;
          if (EndsClause(view, sentence, q - 1, !pattern.source_first)) {
            // ", centre of a row between X and Y, called": a phrase set off
            // by commas before the anchor is passed over, not a boundary.
            const uint32_t open = AppositionStart(view, sentence, q - 1);
            if (open == q - 1) break;
            q = open + 1;
          }
        }
        return false;
      }
      case Element::kSource:
      case Element::kTarget:
      case Element::kSkip:
      case Element::kPartners: {
        // An actor (or "X and Y") ending at `pos`, after at most two skippable words.
        uint32_t q = pos;
        for (int skipped = 0; q > sentence.token_begin && view.ending_at[q] < 0 && skipped < 2 &&
                              IsSkippable(tokens[q - 1]);
             ++skipped)
          --q;
        const int32_t last = view.ending_at[q];
        if ((last < 0 || (*view.mentions)[last].token_begin < sentence.token_begin) && pattern.source_first &&
            q > sentence.token_begin && tokens[q - 1].tag == Tag::kPRP) {
          // A pronoun, for TABARI-style patterns.
          std::vector<EventActor> referred = FirstOfSentence(view, sentence, q - 1);
          if (referred.empty()) return false;
          if (e.kind == Element::kSkip) return MatchBefore(view, sentence, pattern, k + 1, q - 1, m);
          if (e.kind == Element::kPartners) return false;
          auto& list = e.kind == Element::kSource ? m->sources : m->targets;
          const size_t before = list.size();
          list.insert(list.end(), referred.begin(), referred.end());
          if (MatchBefore(view, sentence, pattern, k + 1, q - 1, m)) return true;
          list.resize(before);
          return false;
        }
        if (last < 0 || (*view.mentions)[last].token_begin < sentence.token_begin) return false;
        std::vector<EventActor> actors{FromMention((*view.mentions)[last])};
        uint32_t b = (*view.mentions)[last].token_begin;
        while (b > sentence.token_begin + 1 && actors.size() < kMaxCompound) {
          // "X and the evil Y": a determiner and adjectives before Y.
          uint32_t c = b;
          for (int adjectives = 0; adjectives < 3 && c > sentence.token_begin + 1 && tokens[c - 1].tag == Tag::kJJ &&
                                   view.covering[c - 1] < 0;
               ++adjectives)
            --c;
          if (tokens[c - 1].lower == "the" && c > sentence.token_begin + 1) --c;
          const Token& joiner = tokens[c - 1];
          if (joiner.lower != "and" && joiner.norm != ",") break;
          const int32_t o = view.ending_at[c - 1];
          if (o < 0 || (*view.mentions)[o].token_begin < sentence.token_begin) break;
          actors.insert(actors.begin(), FromMention((*view.mentions)[o]));
          b = (*view.mentions)[o].token_begin;
        }
        if (e.kind == Element::kSkip) return MatchBefore(view, sentence, pattern, k + 1, b, m);
        if (e.kind == Element::kPartners) {
          if (actors.size() < 2) return false;
          m->sources = actors;
          m->targets = std::move(actors);
          if (MatchBefore(view, sentence, pattern, k + 1, b, m)) return true;
          m->sources.clear();
          m->targets.clear();
          return false;
        }
        auto& list = e.kind == Element::kSource ? m->sources : m->targets;
        const size_t before = list.size();
        list.insert(list.end(), actors.begin(), actors.end());
        if (MatchBefore(view, sentence, pattern, k + 1, b, m)) return true;
        list.resize(before);
        return false;
      }
    }
    return false;
  }
  // The first token of the first target that stands before the anchor i,
  // or i when there is none.
  static uint32_t TargetBeforeAnchor(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                     const std::vector<EventActor>& targets) {
    const auto& tokens = view.doc->tokens;
    uint32_t first = i;
    for (const EventActor& t : targets) {
      if (t.end > tokens[i].begin) continue;
      for (uint32_t q = sentence.token_begin; q < i; ++q)
        if (tokens[q].begin == t.begin) first = std::min(first, q);
    }
    return first;
  }

  // `source first` (TABARI's rule): the first actor of the clause before
  // token i, the clause starting after a semicolon, a colon or a
  // conjunction that does not join actors. A pronoun stands for the
  // sentence's first actor.
  // A clause with no actor after a conjunction ("... or assail Arnor")
  // keeps the source of the clause before it.
  std::vector<EventActor> FirstActorOfClause(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                             int depth = 0) const {
    const auto& tokens = view.doc->tokens;
    uint32_t start = i;
    while (start > sentence.token_begin) {
      const Token& t = tokens[start - 1];
      if (t.norm != "," && EndsClause(view, sentence, start - 1, /*comma_ends=*/false)) break;
      --start;
    }
    // TABARI keeps the source of a clause with a verb across a conjunction
    // unless an actor (or a pronoun) follows the conjunction right away:
    // "Gondor launched a bombing and shelling offensive against Osgiliath"
    // is Gondor's. A clause with no verb before it keeps nothing ("Ithilen's
    // sheep and pigs of Gondor warned" is Gondor's).
    bool keeps_source =
        start > sentence.token_begin + 1 && Has({"and", "but", "or", "nor"}, tokens[start - 1].lower);
    if (keeps_source) {
      bool verb = false;
      for (uint32_t q = start - 1; q > sentence.token_begin && !verb; --q) {
        const Token& t = tokens[q - 1];
        if (t.norm != "," && EndsClause(view, sentence, q - 1, /*comma_ends=*/false)) break;
        verb = IsVerbTag(t.tag) && view.covering[q - 1] < 0;
      }
      keeps_source = verb;
    }
    uint32_t first = start;
    if (first < i && Has({"the", "a", "an"}, tokens[first].lower)) ++first;
    const bool actor_next = first < i && (view.mention_at[first] >= 0 || tokens[first].tag == Tag::kPRP);
    std::vector<EventActor> found;
    if (!keeps_source || actor_next) found = FirstActorIn(view, sentence, start, i);
    if (found.empty() && depth < 4 && start > sentence.token_begin + 1 && tokens[start - 1].norm != ";" &&
        tokens[start - 1].norm != ":")
      return FirstActorOfClause(view, sentence, start - 1, depth + 1);
    return found;
  }

  // The first actor in [start, i) (with the actors joined to it), or the
  // actors a pronoun there stands for.
  std::vector<EventActor> FirstActorIn(const ArticleView& view, const Sentence& sentence, uint32_t start,
                                       uint32_t i) const {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = start; q < i; ++q) {
      if (const int32_t m = view.mention_at[q]; m >= 0) {
        if ((*view.mentions)[m].token_end > i) break;
        // With the actors joined to it ("X, Y and Z").
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (SlotAt(view, sentence, q, &actors, &end, /*adjective_joins=*/true, /*joined_lists=*/true) && end <= i)
          return actors;
        return {FromMention((*view.mentions)[m])};
      }
      if (tokens[q].tag == Tag::kPRP) {
        std::vector<EventActor> first = FirstOfSentence(view, sentence, q);
        if (!first.empty()) return first;
      }
    }
    return {};
  }

  // TABARI's pronoun rule: the first actor of the sentence (before token
  // q); "they", "them" and "their" stand for its first compound ("X and
  // Y") when it has one before q.
  std::vector<EventActor> FirstOfSentence(const ArticleView& view, const Sentence& sentence, uint32_t q) const {
    std::vector<EventActor> out;
    if (Has({"they", "them", "their"}, view.doc->tokens[q].lower)) {
      for (uint32_t p = sentence.token_begin; p < q && out.empty(); ++p) {
        if (view.mention_at[p] < 0) continue;
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (SlotAt(view, sentence, p, &actors, &end) && actors.size() >= 2 && end <= q) out = std::move(actors);
        else if (end > p) p = end - 1;
      }
    }
    for (uint32_t p = sentence.token_begin; p < q && out.empty(); ++p)
      if (const int32_t m = view.mention_at[p]; m >= 0) out.push_back(FromMention((*view.mentions)[m]));
    for (EventActor& a : out) {
      a.begin = view.doc->tokens[q].begin;
      a.end = view.doc->tokens[q].end;
    }
    return out;
  }

  // When token `comma` closes a phrase set off by commas (another comma at
  // most 16 tokens before it, no semicolon, colon or verb between), the
  // opening comma's index; else `comma`.
  static uint32_t AppositionStart(const ArticleView& view, const Sentence& sentence, uint32_t comma) {
    const auto& tokens = view.doc->tokens;
    if (tokens[comma].norm != ",") return comma;
    for (uint32_t q = comma; q > sentence.token_begin && comma - q < 16; --q) {
      const Token& t = tokens[q - 1];
      if (t.norm == ",") return q - 1 > sentence.token_begin ? q - 1 : comma;
      if (t.norm == ";" || t.norm == ":" || (IsVerbTag(t.tag) && view.covering[q - 1] < 0)) return comma;
    }
    return comma;
  }

  // A dash between words: "—" or "--", or a hyphen or en dash with spaces
  // around it (the tokenizer folds them all to "-"); not a hyphen glued to
  // the next word ("the U.S. -backed").
  static bool IsDash(const Document& doc, const Token& t) {
    if (t.tag != Tag::kColon || t.norm != "-") return false;
    const std::string_view written = doc.text.substr(t.begin, t.end - t.begin);
    if (written == "--" || written == "\u2014" || written == "&mdash;" || written == "&#8212;") return true;
    auto space = [&](uint32_t at) { return at < doc.text.size() && (doc.text[at] == ' ' || doc.text[at] == '\n'); };
    return t.begin > 0 && space(t.begin - 1) && space(t.end);
  }

  // Asides set off by brackets or by a pair of dashes: "Iran — which
  // denies the charge — said", "the big three (Britain, Germany and
  // France)". The dashes of a sentence pair up in order, the first of a
  // pair opening an aside; a dash left over ends a part of the sentence
  // ("... the attack — blamed on X") and opens nothing. A dash that starts
  // the sentence (a list item) is not counted. An aside spans at most
  // kMaxAside tokens.
  static constexpr uint32_t kMaxAside = 30;

  // The token that opens the aside closed by token `close`, or `close`.
  static uint32_t AsideOpen(const ArticleView& view, const Sentence& sentence, uint32_t close) {
    const auto& tokens = view.doc->tokens;
    if (tokens[close].tag == Tag::kRRB) {
      for (uint32_t q = close; q > sentence.token_begin && close - q < kMaxAside; --q) {
        if (tokens[q - 1].tag == Tag::kRRB) break;
        if (tokens[q - 1].tag == Tag::kLRB) return q - 1;
      }
      return close;
    }
    if (!IsDash(*view.doc, tokens[close])) return close;
    uint32_t dashes = 0, last = close;
    for (uint32_t q = sentence.token_begin + 1; q < close; ++q)
      if (IsDash(*view.doc, tokens[q])) {
        ++dashes;
        last = q;
      }
    return dashes % 2 == 1 && close - last <= kMaxAside ? last : close;
  }

  // The token that closes the aside opened by token `open`, or `open`.
  static uint32_t AsideClose(const ArticleView& view, const Sentence& sentence, uint32_t open) {
    const auto& tokens = view.doc->tokens;
    if (tokens[open].tag == Tag::kLRB) {
      for (uint32_t q = open + 1; q < sentence.token_end && q - open <= kMaxAside; ++q) {
        if (tokens[q].tag == Tag::kLRB) break;
        if (tokens[q].tag == Tag::kRRB) return q;
      }
      return open;
    }
    if (!IsDash(*view.doc, tokens[open]) || open == sentence.token_begin) return open;
    uint32_t dashes = 0;
    for (uint32_t q = sentence.token_begin + 1; q < open; ++q) dashes += IsDash(*view.doc, tokens[q]) ? 1 : 0;
    if (dashes % 2 == 1) return open;  // it closes one
    for (uint32_t q = open + 1; q < sentence.token_end && q - open <= kMaxAside; ++q)
      if (IsDash(*view.doc, tokens[q])) return q;
    return open;
  }

  // The token that opens the aside holding token t, or `t` when t stands in none.
  static uint32_t AsideHolding(const ArticleView& view, const Sentence& sentence, uint32_t t) {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = t; q > sentence.token_begin; --q) {
      const Token& mark = tokens[q - 1];
      if (mark.tag != Tag::kLRB && mark.tag != Tag::kRRB && !IsDash(*view.doc, mark)) continue;
      if (const uint32_t open = AsideOpen(view, sentence, q - 1); open != q - 1) {
        q = open + 1;  // an aside closed before t
        continue;
      }
      if (AsideClose(view, sentence, q - 1) != q - 1) return q - 1;
    }
    return t;
  }

  // The actors an aside lists and nothing else ("— Britain, Germany and
  // France —", "(the US and Britain)"), between its marks `open` and
  // `close`; empty otherwise.
  std::vector<EventActor> AsideList(const ArticleView& view, uint32_t open, uint32_t close) const {
    const auto& tokens = view.doc->tokens;
    std::vector<EventActor> listed;
    uint32_t q = open + 1;
    while (q < close && listed.size() < kMaxCompound) {
      if (tokens[q].lower == "the") ++q;
      if (q >= close || view.mention_at[q] < 0) return {};
      const ActorMention& m = (*view.mentions)[view.mention_at[q]];
      if (m.token_end > close) return {};
      listed.push_back(FromMention(m));
      q = m.token_end;
      if (q < close && tokens[q].norm == ",") ++q;
      if (q < close && tokens[q].lower == "and") ++q;
    }
    if (q != close) return {};
    return listed;
  }

  // True when actors a and b stand in one aside and the anchor at i does
  // not.
  static bool SameAside(const ArticleView& view, const Sentence& sentence, const EventActor& a, const EventActor& b,
                        uint32_t i) {
    const Document& doc = *view.doc;
    const uint32_t ta = SentenceTokenAt(doc, sentence, a.begin), tb = SentenceTokenAt(doc, sentence, b.begin);
    const uint32_t aside = AsideHolding(view, sentence, ta);
    return aside != ta && aside == AsideHolding(view, sentence, tb) && aside != AsideHolding(view, sentence, i);
  }

  // The start of the noun group that ends before the aside opened at
  // `open` and that the aside's list names ("the big three", "the three
  // European powers", "its neighbours"): determiners, numbers, adjectives
  // and common nouns, no actor, ending on a noun or number. `open` when
  // there is none.
  static uint32_t ListedGroupStart(const ArticleView& view, const Sentence& sentence, uint32_t open) {
    const auto& tokens = view.doc->tokens;
    uint32_t b = open;
    while (b > sentence.token_begin && open - b < 6 && view.covering[b - 1] < 0) {
      const Tag tag = tokens[b - 1].tag;
      if (tag != Tag::kDT && tag != Tag::kPRPS && tag != Tag::kCD && tag != Tag::kJJ && tag != Tag::kNN &&
          tag != Tag::kNNS)
        break;
      --b;
    }
    // "the European Union's big three powers": a possessor before the group.
    if (b < open && b > sentence.token_begin + 1 && tokens[b - 1].tag == Tag::kPOS && view.ending_at[b - 1] >= 0) {
      b = (*view.mentions)[view.ending_at[b - 1]].token_begin;
      if (b > sentence.token_begin && tokens[b - 1].lower == "the") --b;
    }
    if (b == open) return open;
    const Tag last = tokens[open - 1].tag;
    return last == Tag::kNN || last == Tag::kNNS || last == Tag::kCD ? b : open;
  }

  // The legacy default source: the first actor of the clause that holds
  // token i, before i, whose code no target has.
  std::vector<EventActor> FirstActorBefore(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                           const std::vector<EventActor>& targets) const {
    uint32_t start = i;
    while (start > sentence.token_begin && view.doc->tokens[start - 1].norm != ";" &&
           view.doc->tokens[start - 1].norm != ":")
      --start;
    for (uint32_t q = start; q < i; ++q) {
      const int32_t m = view.mention_at[q];
      if (m < 0) continue;
      const ActorMention& mention = (*view.mentions)[m];
      if (mention.token_end > i) break;
      bool same = false;
      for (const EventActor& t : targets) same |= t.code == mention.code;
      if (!same) return {FromMention(mention)};
    }
    return {};
  }

  // The first actor of the clause before token i whose code is none of the
  // sources' ("Elrond and Gondor urged Bree to assist them": BRE); when
  // there is none, the first whose code is not the first source's ("Bree
  // and Arnor are to restore ties": ARN, of BRE).
  std::vector<EventActor> TargetBefore(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                       const std::vector<EventActor>& sources) const {
    std::vector<EventActor> found = TargetBefore(view, sentence, i, sources, sources.size());
    if (found.empty() && sources.size() > 1) found = TargetBefore(view, sentence, i, sources, 1);
    return found;
  }
  // The same, with the codes of the first `excluded` sources left out.
  std::vector<EventActor> TargetBefore(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                       const std::vector<EventActor>& sources, size_t excluded) const {
    uint32_t start = i;
    while (start > sentence.token_begin) {
      const Token& t = view.doc->tokens[start - 1];
      if (t.norm != "," && EndsClause(view, sentence, start - 1)) break;
      --start;
    }
    for (uint32_t q = start; q < i; ++q) {
      const int32_t m = view.mention_at[q];
      if (m < 0) continue;
      const ActorMention& mention = (*view.mentions)[m];
      if (mention.token_end > i) break;
      if (std::none_of(sources.begin(), sources.begin() + static_cast<std::ptrdiff_t>(excluded),
                       [&](const EventActor& a) { return a.code == mention.code; }))
        return {FromMention(mention)};
    }
    return {};
  }

  // The default target of a `target after` pattern: the first actor (or
  // "X and Y") after `from` in the clause whose code no source has. For
  // TABARI's patterns (`comma_ends` false), an object pronoun ("asked him",
  // "urged them") stands for the first actor of the sentence, as there.
  std::vector<EventActor> ActorAfter(const ArticleView& view, const Sentence& sentence, uint32_t from,
                                     const std::vector<EventActor>& sources, bool comma_ends = true) const {
    for (uint32_t q = from; q < sentence.token_end; ++q) {
      if (!comma_ends && view.mention_at[q] < 0 && Has({"him", "her", "them"}, view.doc->tokens[q].lower)) {
        std::vector<EventActor> referent = FirstOfSentence(view, sentence, q);
        referent.erase(std::remove_if(referent.begin(), referent.end(),
                                      [&](const EventActor& a) {
                                        return std::any_of(sources.begin(), sources.end(),
                                                           [&](const EventActor& s) { return s.code == a.code; });
                                      }),
                       referent.end());
        if (!referent.empty()) return referent;
      }
      if (view.mention_at[q] >= 0) {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (SlotAt(view, sentence, q, &actors, &end, /*adjective_joins=*/false, /*joined_lists=*/!comma_ends)) {
          std::vector<EventActor> kept;
          for (const EventActor& a : actors) {
            bool same = false;
            for (const EventActor& s : sources) same |= s.code == a.code;
            if (!same) kept.push_back(a);
          }
          // TABARI's patterns (no comma ends the search) keep a member that
          // is also a source: it is the target of the other sources ("Arnor
          // and Gondor ... between Calenardhon and Gondor": ARN/GON), and
          // the pair with itself is not coded.
          if (!kept.empty()) return actors;
          q = end - 1;
          continue;
        }
      }
      if (EndsClause(view, sentence, q, comma_ends)) break;
    }
    return {};
  }

  // An actor (or several joined by "and" / commas) starting at `pos`, after
  // at most two skippable words. With `adjective_joins` (TABARI's clause
  // search), a member of a compound followed by adjectives and another actor
  // takes that actor in as well: "X and the evil Y awful Z" is X, Y and Z.
  // With `joined_lists` (TABARI's patterns), "X and Y, and Z and W" is one
  // compound; otherwise it ends at the comma.
  //
  // With `object` (a verb pattern's target, not one opening a clause after
  // "that"), a compound followed right away by a finite verb ends before its
  // last member, which is that verb's subject: "opposes Peru, and Bolivia and
  // Paraguay oppose Ecuador" is Peru alone.
  bool SlotAt(const ArticleView& view, const Sentence& sentence, uint32_t pos,
              std::vector<EventActor>* actors, uint32_t* end, bool adjective_joins = false,
              bool joined_lists = false, bool object = false) const {
    const auto& tokens = view.doc->tokens;
    if (pos >= sentence.token_end) return false;
    // "both countries", "the two nations" before their determiners are skipped.
    if (view.mention_at[pos] < 0) {
      std::vector<EventActor> referred = Refer(view, sentence, pos, end);
      if (referred.empty()) referred = Generic(view, sentence, pos, end);
      if (!referred.empty()) {
        *actors = std::move(referred);
        return true;
      }
      // "talks with the big three — Britain, Germany and France —": the
      // actors an aside lists after the noun group that stands for them.
      uint32_t open = pos;
      while (open < sentence.token_end && open - pos < 6 && view.covering[open] < 0 && tokens[open].tag != Tag::kLRB &&
             !IsDash(*view.doc, tokens[open]))
        ++open;
      if (open > pos && open < sentence.token_end && ListedGroupStart(view, sentence, open) <= pos) {
        const uint32_t close = AsideClose(view, sentence, open);
        std::vector<EventActor> listed = close == open ? std::vector<EventActor>() : AsideList(view, open, close);
        if (!listed.empty()) {
          *actors = std::move(listed);
          *end = close + 1;
          return true;
        }
      }
    }
    uint32_t q = pos;
    // Determiners, adjectives and numbers ("more than 60 Houthi targets",
    // "at least 300 Afghan refugees") may stand before the actor.
    auto quantifier = [&](uint32_t k) {
      const std::string_view w = tokens[k].lower;
      if (w == "than") return k > pos && (tokens[k - 1].tag == Tag::kJJR || tokens[k - 1].tag == Tag::kRBR);
      if (w == "at") return k + 1 < sentence.token_end && tokens[k + 1].lower == "least";
      if (w == "least") return k > pos && tokens[k - 1].lower == "at";
      // "about 100 civilians", "nearly 300 people", "up to 50 soldiers":
      // a word that only rounds the number after it.
      if (k + 1 < sentence.token_end && tokens[k + 1].tag == Tag::kCD &&
          Has({"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "to"}, w))
        return w != "to" || (k > pos && tokens[k - 1].lower == "up");
      if (w == "up") return k + 2 < sentence.token_end && tokens[k + 1].lower == "to" && tokens[k + 2].tag == Tag::kCD;
      // "dozens of protesters", "tens of thousands of refugees".
      auto many = [](std::string_view x) {
        return x == "dozens" || x == "scores" || x == "tens" || x == "hundreds" || x == "thousands" || x == "millions";
      };
      if (many(w)) return k + 1 < sentence.token_end && tokens[k + 1].lower == "of";
      if (w == "of") return k > pos && many(tokens[k - 1].lower);
      return false;
    };
    for (int skipped = 0; q < sentence.token_end && view.mention_at[q] < 0 && skipped < 6 &&
                          (IsSkippable(tokens[q]) || tokens[q].tag == Tag::kVBG || tokens[q].tag == Tag::kVBN ||
                           quantifier(q));
         ++skipped)
      ++q;
    // "pounded bases of the Rapid Support Forces", "the leaders of Hamas":
    // a noun for something an actor has stands for the actor.
    // "condemned the decision by Russia": the agent of the act named.
    if (q + 2 < sentence.token_end && view.mention_at[q] < 0 && IsNounTag(tokens[q].tag) &&
        ((tokens[q + 1].lower == "of" && IsHolding(tokens[q].lemma)) ||
         (tokens[q + 1].lower == "by" && view.mention_at[q + 2] >= 0))) {
      q += 2;
      // "members of the opposition": a description after "of".
      if (view.mention_at[q] < 0) {
        std::vector<EventActor> described = Generic(view, sentence, q, end);
        if (!described.empty()) {
          *actors = std::move(described);
          return true;
        }
      }
      for (int skipped = 0; q < sentence.token_end && view.mention_at[q] < 0 && skipped < 3 &&
                            (IsSkippable(tokens[q]) || tokens[q].tag == Tag::kVBN || tokens[q].tag == Tag::kNN);
           ++skipped)
        ++q;
    }
    if (q >= sentence.token_end) return false;
    // "accused the Taoiseach Bertie Ahern", "met party chairman Li Wei": a
    // title the dictionaries do not know, written before a person's name.
    // So may common nouns that say what kind of body an organisation is:
    // "met coalition ally Social Democratic Alliance", "blamed militant
    // group Hamas".
    if (view.mention_at[q] < 0) {
      uint32_t t = q;
      bool common = true;
      while (t < sentence.token_end && t < q + 3 && view.mention_at[t] < 0 &&
             (tokens[t].tag == Tag::kNN || tokens[t].tag == Tag::kNNP)) {
        if (tokens[t].tag != Tag::kNN) common = false;
        ++t;
      }
      if (t > q && t < sentence.token_end && view.mention_at[t] >= 0 &&
          ((*view.mentions)[view.mention_at[t]].kind == ActorKind::kPerson ||
           (common && (*view.mentions)[view.mention_at[t]].kind == ActorKind::kOrg)))
        q = t;
    }
    if (view.mention_at[q] < 0) {
      std::vector<EventActor> referred = Refer(view, sentence, q, end);
      if (referred.empty()) referred = Generic(view, sentence, q, end);
      if (referred.empty()) return false;
      *actors = std::move(referred);
      return true;
    }
    const ActorMention* m = &(*view.mentions)[view.mention_at[q]];
    actors->push_back(FromMention(*m));
    uint32_t after = m->token_end;
    // "X and Y", "X, Y and Z", "neither X nor Y".
    bool conjoined = false;  // a conjunction joined a member already
    // Where a new clause may start: the members before the last ", and"
    // (else the last "and") and the token after them.
    size_t clause_members = 0;
    uint32_t clause_after = 0;
    bool clause_comma = false;
    while (after + 1 < sentence.token_end && actors->size() < kMaxCompound) {
      uint32_t next = after;
      const bool comma = tokens[next].norm == ",";
      if (comma) ++next;
      if (next < sentence.token_end &&
          (tokens[next].lower == "and" || tokens[next].lower == "or" || tokens[next].lower == "nor")) {
        // "between X and Y, and Y and Z": after a list closed by its
        // conjunction, a comma and another one start something else.
        if (comma && conjoined && !joined_lists) break;
        conjoined = true;
        if (tokens[next].lower == "and" && (comma || !clause_comma)) {
          clause_members = actors->size();
          clause_after = after;
          clause_comma = comma;
        }
        ++next;
      }
      if (next == after && adjective_joins && actors->size() >= 2 && tokens[next].tag == Tag::kJJ &&
          view.covering[next] < 0) {
        uint32_t k = next;
        for (int adjectives = 0; adjectives < 3 && k < sentence.token_end && tokens[k].tag == Tag::kJJ &&
                                 view.covering[k] < 0;
             ++adjectives)
          ++k;
        if (k < sentence.token_end && view.mention_at[k] >= 0) next = k;
      }
      if (next == after || next >= sentence.token_end) break;
      if (next < sentence.token_end && tokens[next].lower == "the") ++next;
      // "X and the evil awful Y": adjectives before the next actor.
      for (int adjectives = 0; adjectives < 3 && next < sentence.token_end && tokens[next].tag == Tag::kJJ &&
                               view.covering[next] < 0;
           ++adjectives)
        ++next;
      if (next >= sentence.token_end || view.mention_at[next] < 0) break;
      m = &(*view.mentions)[view.mention_at[next]];
      actors->push_back(FromMention(*m));
      after = m->token_end;
    }
    if (object && clause_members > 0 && actors->size() > clause_members && after < sentence.token_end &&
        view.covering[after] < 0 &&
        (tokens[after].tag == Tag::kVBZ || tokens[after].tag == Tag::kVBP || tokens[after].tag == Tag::kVBD ||
         tokens[after].tag == Tag::kMD)) {
      actors->resize(clause_members);
      after = clause_after;
    }
    *end = after;
    return true;
  }

  // The country the article is about: the country its actors belong to
  // most often (a dateline place of it counts twice), when it clearly
  // leads: it is the only country named, or it has at least three mentions
  // and half as many again as the next. When none leads so, the towns and
  // regions the text places things in ("in Alexandria") count too. Empty
  // when no country leads (an international story).
  std::string HomeCountry(const ArticleView& view, const Analysis& analysis) const {
    std::vector<std::pair<std::string_view, int>> counts;
    auto add = [&](std::string_view country, int weight) {
      if (country.size() != 3) return;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == country; });
      if (it == counts.end()) counts.emplace_back(country, weight);
      else it->second += weight;
    };
    auto leader = [&]() -> std::string_view {
      std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      if (counts.empty()) return {};
      const int top = counts[0].second, next = counts.size() > 1 ? counts[1].second : 0;
      if (next == 0 || (top >= 3 && top * 2 >= next * 3)) return counts[0].first;
      return {};
    };
    for (const ActorMention& m : *view.mentions) add(m.country, 1);
    std::string dateline_country;
    if (places_ != nullptr) {
      const auto& tokens = view.doc->tokens;
      std::string name;
      for (const Token& t : tokens) {
        if (!t.Has(kDateline)) break;
        if (t.kind != TokenKind::kWord) break;
        if (!name.empty()) name.push_back(' ');
        name.append(t.norm);
      }
      std::vector<Place> found;
      if (!name.empty() && places_->Lookup(name, &found) > 0) dateline_country = found[0].country;
      add(dateline_country, 2);
    }
    std::string_view home = leader();
    if (home.empty() && places_ != nullptr) {
      std::vector<PlaceMention> places;
      for (uint32_t s = 0; s < view.doc->sentences.size(); ++s) FindPlaces(*places_, analysis, s, &places);
      for (const PlaceMention& p : places)
        if (p.place.kind != PlaceKind::kCountry) add(p.place.country, 1);
      home = leader();
    }
    return std::string(home);
  }

  // A description at token q (data/actors/descriptions.txt): "the
  // government", "security forces", "police", "rebels". Sets *end and *role;
  // false when there is none. Not after a possessive ("its fighters") nor
  // before an actor ("the government of Sudan" is that actor's).
  // "the government in Chad", "officials from the U.S.": *country is set to
  // that country's code when `country` is given. *on_scene, when given, is
  // the description's Description::on_scene (crowds 2, police and
  // civilians 1), whose country ResolveLocal gives.
  bool GenericAt(const ArticleView& view, const Sentence& sentence, uint32_t q, uint32_t* end,
                 std::string_view* role, std::string_view* country = nullptr, int* on_scene = nullptr) const {
    const auto& tokens = view.doc->tokens;
    if (q >= sentence.token_end || data_->descriptions.empty()) return false;
    uint32_t p = q;
    // "the" at q, or just before it when a caller has skipped it.
    bool the = tokens[p].lower == "the";
    if (the) ++p;
    else the = q > sentence.token_begin && tokens[q - 1].lower == "the";
    // "anti-government protesters", "the anti-war demonstrators": what they
    // are against is read with the act (AntiTarget).
    if (p + 1 < sentence.token_end && tokens[p].lower.starts_with("anti-") && view.covering[p] < 0) ++p;
    if (p >= sentence.token_end || view.covering[p] >= 0) return false;
    auto it = data_->descriptions.find(tokens[p].lower);
    // "the Karachi police", "a Lahore court": a town before the description
    // stands for "the" and gives its country.
    std::string_view town;
    // "the interim government", "the new military court": up to two
    // adjectives after "the". Not one that makes it another country's or
    // another time's ("the neighbouring government", "the former regime").
    if (it == data_->descriptions.end() && the && q < p) {
      uint32_t k = p;
      while (k < sentence.token_end && k < p + 2 && tokens[k].tag == Tag::kJJ && view.covering[k] < 0 &&
             !tokens[k].Has(kCapitalized) && !IsFormer(tokens[k].lower) &&
             !Has({"foreign", "international", "western", "overseas", "visiting", "expatriate", "neighbouring",
                   "neighboring", "previous", "other", "outgoing", "old", "first", "second", "last"},
                  tokens[k].lower))
        ++k;
      if (k > p && k < sentence.token_end && view.covering[k] < 0) {
        auto found = data_->descriptions.find(tokens[k].lower);
        if (found != data_->descriptions.end()) {
          it = found;
          p = k;
        }
      }
    }
    if (it == data_->descriptions.end()) {
      const uint32_t after = TownAt(view, sentence, p);
      if (after == p) return false;
      it = data_->descriptions.find(tokens[after].lower);
      if (it == data_->descriptions.end()) return false;
      town = view.town_country;
      p = after;
      the = true;
    }
    if (q > sentence.token_begin) {
      const Token& prev = tokens[q - 1];
      if (prev.tag == Tag::kPRPS || prev.tag == Tag::kWPS || prev.tag == Tag::kPOS || prev.norm == "'s" ||
          view.ending_at[q] >= 0)
        return false;
      // "foreign troops", "Western journalists": not the country's own.
      if (Has({"foreign", "international", "western", "overseas", "visiting", "expatriate"}, prev.lower))
        return false;

      // "Brazilian farmers and students": the country before the first
      // noun is the second's too.
      if ((prev.lower == "and" || prev.lower == "or") && q >= sentence.token_begin + 3 &&
          IsNounTag(tokens[q - 2].tag) && view.covering[q - 2] < 0 && view.ending_at[q - 2] >= 0)
        return false;
    }
    // "coalition troops", "aid workers": a noun before a description of
    // officials or bodies makes it another thing ("army soldiers", two
    // descriptions, stay; so do people on a scene: "war protesters").
    const bool compound = !the && q == p && q > sentence.token_begin && IsNounTag(tokens[q - 1].tag) &&
                          tokens[q - 1].tag != Tag::kNNP && tokens[q - 1].tag != Tag::kNNPS &&
                          view.covering[q - 1] < 0 && !data_->descriptions.contains(tokens[q - 1].lower);
    for (const Description& d : it->second) {
      if (d.needs_the && !the) continue;
      if (compound && d.on_scene == 0) continue;
      uint32_t e = p + 1;
      bool same = e + d.rest.size() <= sentence.token_end;
      for (size_t k = 0; same && k < d.rest.size(); ++k) same = tokens[e + k].lower == d.rest[k];
      if (!same) continue;
      e += static_cast<uint32_t>(d.rest.size());
      if (e < sentence.token_end && view.mention_at[e] >= 0) return false;
      // "a police station", "the Police Service": a modifier of another
      // noun. A possessor stays ("against the government's reform").
      if (e < sentence.token_end) {
        const Token& next = tokens[e];
        if ((IsNounTag(next.tag) || next.tag == Tag::kNNP || next.tag == Tag::kNNPS) && !IsDateName(next.lower))
          return false;
      }
      if (e + 1 < sentence.token_end && tokens[e].lower == "of" && view.mention_at[e + 1] >= 0) return false;
      if (country != nullptr && e + 1 < sentence.token_end && (tokens[e].lower == "in" || tokens[e].lower == "from")) {
        const uint32_t k = tokens[e + 1].lower == "the" ? e + 2 : e + 1;
        if (k < sentence.token_end && view.mention_at[k] >= 0 &&
            (*view.mentions)[view.mention_at[k]].kind == ActorKind::kCountry)
          *country = (*view.mentions)[view.mention_at[k]].country;
      }
      if (country != nullptr && town.size() == 3 && country->size() != 3) *country = town;
      *end = e;
      *role = d.role;
      if (on_scene != nullptr) *on_scene = d.on_scene;
      return true;
    }
    return false;
  }

  // The token after a town named at p ("Karachi", "San Diego") that the
  // gazetteer knows as a city of 100,000 or more or a province, read
  // by no actor, in capitals; p when there is none. Sets view.town_country.
  uint32_t TownAt(const ArticleView& view, const Sentence& sentence, uint32_t p) const {
    if (places_ == nullptr) return p;
    const auto& tokens = view.doc->tokens;
    std::string name;
    std::vector<Place> found;
    uint32_t best = p;
    for (uint32_t k = p; k < sentence.token_end && k < p + 2; ++k) {
      const Token& t = tokens[k];
      if (view.covering[k] >= 0 || t.tag != Tag::kNNP || t.norm.empty() || !std::isupper(static_cast<unsigned char>(t.norm[0])))
        break;
      if (!name.empty()) name.push_back(' ');
      name.append(t.norm);
      if (k + 1 >= sentence.token_end || !data_->descriptions.contains(tokens[k + 1].lower) ||
          places_->Lookup(name, &found) == 0)
        continue;
      const Place& place = found[0];
      if (place.country.size() != 3 || place.kind == PlaceKind::kCountry) continue;
      if (place.kind == PlaceKind::kCity && place.population < 100000) continue;
      view.town_country = place.country;
      best = k + 1;
    }
    return best < sentence.token_end ? best : p;
  }

  // The article's home country (HomeCountry), worked out when first asked.
  const std::string& Home(const ArticleView& view) const {
    if (!view.home_known) {
      view.home = HomeCountry(view, *view.analysis);
      view.home_known = true;
    }
    return view.home;
  }

  // The country of a description of role `role` at token q: the country of
  // the same institution named in this or the two sentences before, when
  // only one country's is ("Egyptian riot police ... Police"); else the
  // article's home country; else the country of every earlier mention of
  // that institution, when they are all one country's. Empty when none.
  // With `near_only`, only the first of these: the institution just named.
  std::string_view DescribedCountry(const ArticleView& view, const Sentence& current, uint32_t q,
                                    std::string_view role, bool near_only = false) const {
    const auto& mentions = *view.mentions;
    const uint32_t sentence = SentenceIndex(*view.doc, current);
    const size_t before = static_cast<size_t>(
        std::partition_point(mentions.begin(), mentions.end(),
                             [&](const ActorMention& m) { return m.token_end <= q; }) -
        mentions.begin());
    std::string_view near, earlier;
    bool near_mixed = false, earlier_mixed = false;
    for (size_t n = before, seen = 0; n > 0 && seen < kMaxLookBack * 4; --n, ++seen) {
      const ActorMention& m = mentions[n - 1];
      if (m.role != role || m.country.size() != 3) continue;
      if (m.sentence + 2 >= sentence) {
        if (near.empty()) near = m.country;
        else near_mixed |= near != m.country;
      }
      if (earlier.empty()) earlier = m.country;
      else earlier_mixed |= earlier != m.country;
    }
    if (!near.empty() && !near_mixed) return near;
    if (near_only) return {};
    if (!Home(view).empty()) return view.home;
    if (!earlier.empty() && !earlier_mixed) return earlier;
    return {};
  }

  // Names written with a title and no country ("Senator John Smith",
  // "Lord Levy": ActorMention::needs_country) take the country a
  // description of their role would get at their first mention
  // (DescribedCountry: the same institution's just before, else the
  // article's home country; an officer's only the former); later mentions
  // of the name keep it. A name with none is no actor. A person's name
  // with no title ("Peter Kamau said": no role) takes the home country.
  // The view then reads a copy of the mentions.
  void GiveTitledNamesCountries(ArticleView& view, const Analysis& analysis) const {
    const auto& actors = analysis.actors;
    if (std::none_of(actors.begin(), actors.end(), [](const ActorMention& m) { return m.needs_country; })) return;
    thread_local std::vector<ActorMention> resolved;
    absl::flat_hash_map<const char*, std::string> given;  // a name's first text -> its country
    resolved.clear();
    for (const ActorMention& m : actors) {
      if (!m.needs_country) {
        resolved.push_back(m);
        continue;
      }
      auto [it, first] = given.try_emplace(m.entry.data());
      if (first && m.role.empty()) {
        // "Jane Wexler said": a name with no office written (no role) is
        // one of the article's home country's people, unless it names a
        // place ("Santa Rosa").
        std::vector<Place> found;
        if (places_ == nullptr || places_->Lookup(m.entry, &found) == 0) it->second = Home(view);
      } else if (first) {
        // Officers often serve abroad ("Gen. X" in a war far from home):
        // only the country of the forces named just before is theirs.
        it->second = std::string(DescribedCountry(view, view.doc->sentences[m.sentence], m.token_begin, m.role,
                                                  /*near_only=*/m.role == "MIL"));
      }
      if (it->second.size() != 3) continue;
      ActorMention& r = resolved.emplace_back(m);
      r.country = it->second;
      r.code = util::Cat(r.country, r.role);
    }
    view.SetMentions(resolved);
  }

  // The description at q as an actor of the country after it ("police in
  // Cairo"); people on a scene (crowds, police) are left for ResolveLocal to
  // place: their code is the role after "~" (crowds) or "@" (others), with
  // no country; else an actor of DescribedCountry.
  std::vector<EventActor> Generic(const ArticleView& view, const Sentence& sentence, uint32_t q, uint32_t* end) const {
    std::string_view role;
    uint32_t e = 0;
    std::string_view country;
    int on_scene = 0;
    if (!GenericAt(view, sentence, q, &e, &role, &country, &on_scene)) return {};
    const auto& tokens = view.doc->tokens;
    // "Egyptian riot police ... Police": the same people named just before.
    if (country.size() != 3 && on_scene > 0) country = DescribedCountry(view, sentence, q, role, /*near_only=*/true);
    if (country.size() != 3 && on_scene > 0 && data_->conventions) {
      *end = e;
      return {EventActor{util::Cat(on_scene == 2 ? "~" : "@", role), "", std::string(role), tokens[q].begin,
                         tokens[e - 1].end}};
    }
    if (country.size() != 3) country = DescribedCountry(view, sentence, q, role);
    if (country.empty()) {
      // "protests against the government": the government of where the
      // protest is (ResolveLocal).
      if (!data_->conventions || role != "GOV") return {};
      *end = e;
      return {EventActor{util::Cat("^", role), "", std::string(role), tokens[q].begin, tokens[e - 1].end}};
    }
    *end = e;
    return {EventActor{util::Cat(country, role), std::string(country), std::string(role), tokens[q].begin,
                       tokens[e - 1].end}};
  }

  // True when the actor is a description left for ResolveLocal.
  static bool IsLocal(const EventActor& a) {
    return !a.code.empty() && (a.code[0] == '~' || a.code[0] == '@' || a.code[0] == '^');
  }

  // The country of the first place the sentence names for where things
  // happen: a country or capital after "in", "across", "throughout",
  // "through", "inside" or "around" ("in Cairo", "across Egypt", "in 12 Afghan
  // cities", "the streets of Kabul"). Not a place that belongs to an
  // actor's noun ("the US presence in Iraq"), nor "in front of". Empty when
  // there is none.
  std::string PlaceCountry(const ArticleView& view, const Sentence& sentence, uint32_t anchor) const {
    const auto& tokens = view.doc->tokens;
    // Not past the anchor's clause: "..., argued that products harvested in
    // the United States" is not where the farmers shouted.
    uint32_t limit = anchor;
    while (limit < sentence.token_end && tokens[limit].norm != "," && tokens[limit].norm != ";" &&
           tokens[limit].norm != ":")
      ++limit;
    for (uint32_t t = sentence.token_begin; t < limit; ++t) {
      const int32_t n = view.mention_at[t];
      if (n < 0) continue;
      const ActorMention& m = (*view.mentions)[n];
      t = m.token_end - 1;
      if (m.kind != ActorKind::kCountry || m.role_origin.line != 0 || m.country.empty()) continue;
      uint32_t p = m.token_begin;
      int walked = 0;
      // "in 12 Afghan cities", "the streets of Kabul", "in Jalalabad and
      // Kabul": determiners, numbers, adjectives, nouns, "of" and "and"
      // between.
      auto between = [&](const Token& x) {
        return x.tag == Tag::kDT || x.tag == Tag::kCD || x.tag == Tag::kJJ || x.tag == Tag::kNN ||
               x.tag == Tag::kNNS || x.tag == Tag::kNNP || x.lower == "of" || x.lower == "and";
      };
      while (p > sentence.token_begin && walked < 4 && view.covering[p - 1] < 0 && between(tokens[p - 1])) {
        --p;
        ++walked;
      }
      // "in Cairo, Egypt", "In Istanbul, Turkey,": a country after a
      // place and a comma names where too.
      if (p == m.token_begin && p > sentence.token_begin + 1 && tokens[p - 1].norm == ",") {
        uint32_t r = p - 1;
        while (r > sentence.token_begin && p - 1 - r < 3 &&
               (tokens[r - 1].tag == Tag::kNNP || tokens[r - 1].tag == Tag::kNNPS))
          --r;
        if (r < p - 1 && r > sentence.token_begin && Has({"in", "at", "near"}, tokens[r - 1].lower)) return m.country;
        continue;
      }
      if (p <= sentence.token_begin) continue;
      const std::string_view prep = tokens[p - 1].lower;
      if (!Has({"in", "across", "throughout", "inside", "around", "through"}, prep)) continue;
      if (p < m.token_begin && tokens[p].lower == "front") continue;
      // "the US presence in Iraq": a noun right after an actor owns the place.
      if (p >= sentence.token_begin + 3 && IsNounTag(tokens[p - 2].tag) && view.covering[p - 2] < 0 &&
          view.ending_at[p - 2] >= 0 && !Has({"embassy", "consulate", "mission", "office"}, tokens[p - 2].lemma))
        continue;
      return m.country;
    }
    return {};
  }

  // Gives the descriptions left for later (Generic) their country: for
  // crowds, the sentence's place, else the home country, else the state
  // actor they face (a leader, a government, its police or troops; not a
  // bare country name: "protested against France" says nothing of who
  // protested), else the place of the article's lead; for civilians and
  // police, the home country, else the place. "^GOV", the government an
  // "anti-government" act is aimed at, is the government of the crowd's
  // country. Drops those with none.
  void ResolveLocal(const ArticleView& view, const Sentence& sentence, uint32_t anchor,
                    std::vector<EventActor>* sources, std::vector<EventActor>* targets,
                    std::string_view code) const {
    const bool protest_scene = code.starts_with("14") || code.starts_with("17");
    auto any_local = [](const std::vector<EventActor>& list) {
      return std::any_of(list.begin(), list.end(), [](const EventActor& a) { return IsLocal(a); });
    };
    if (!any_local(*sources) && !any_local(*targets)) return;
    std::string place = PlaceCountry(view, sentence, anchor);
    // Else a place the gazetteer knows in the verb's clause: "opened fire on
    // protesters in Rangoon".
    if (place.empty() && places_ != nullptr) {
      std::vector<PlaceMention> places;
      FindPlaces(*places_, *view.analysis, SentenceIndex(*view.doc, sentence), &places);
      const uint32_t clause_end = ClauseAfterEnd(*view.doc, sentence, anchor);
      for (const PlaceMention& p : places)
        if (place.empty() && p.locative && p.token_begin < clause_end && p.place.country.size() == 3)
          place = p.place.country;
    }
    // A state that represses a crowd (17x) represses its own: "Syria's
    // crackdown on protesters".
    auto state_actor = [&](const std::vector<EventActor>& others, bool repressed) -> std::string {
      for (const EventActor& o : others) {
        if (IsLocal(o) || o.country.empty()) continue;
        if (!Has({"GOV", "COP", "MIL", "LEG", "JUD"}, o.role)) continue;
        // A bare country name or capital.
        const ActorMention* m = nullptr;
        for (const ActorMention& x : *view.mentions)
          if (x.begin == o.begin && x.end == o.end) m = &x;
        if (m == nullptr || (m->kind == ActorKind::kCountry && m->role_origin.line == 0 && !repressed)) continue;
        return o.country;
      }
      return {};
    };
    auto resolve = [&](std::vector<EventActor>* list, const std::vector<EventActor>& others, bool repressed) {
      for (EventActor& a : *list) {
        if (!IsLocal(a) || a.code[0] == '^') continue;
        // A crowd is where it gathers; civilians and police are mostly the
        // home country's, wherever the sentence also names.
        std::string country = a.code[0] == '~' ? (!place.empty() ? place : Home(view))
                                               : (!Home(view).empty() ? Home(view) : place);
        // "Protesters rallied against France": a home country named only
        // by what the crowd is against says nothing of who they are.
        if (a.code[0] == '~' && place.empty() && !country.empty() && !repressed) {
          size_t named = 0, faced = 0;
          for (const ActorMention& m : *view.mentions) {
            if (m.country != country) continue;
            ++named;
            for (const EventActor& o : others) faced += o.begin == m.begin && o.end == m.end;
          }
          if (named == faced) country.clear();
        }
        if (country.empty() && a.code[0] == '~') country = state_actor(others, repressed);
        // Else where the article's lead puts its news ("shot dead in Myanmar").
        if (country.empty() && a.code[0] == '~' && !view.doc->sentences.empty()) {
          const Sentence& lead = view.doc->sentences[0];
          if (&lead != &sentence && lead.token_end > lead.token_begin)
            country = PlaceCountry(view, lead, lead.token_end - 1);
        }
        a.country = country;
        a.code = country.empty() ? std::string() : util::Cat(country, a.role);
      }
    };
    resolve(sources, *targets, false);
    resolve(targets, *sources, code.starts_with("17"));
    // "^GOV" (an "anti-government" act, or "the government" with no home
    // country), only in protests and their repression.
    auto resolve_state = [&](std::vector<EventActor>* list, const std::vector<EventActor>& others) {
      for (EventActor& a : *list) {
        if (a.code.empty() || a.code[0] != '^') continue;
        std::string country;
        for (const EventActor& o : others)
          if (country.empty() && !o.country.empty() && (o.role == "CVL" || o.role == "OPP")) country = o.country;
        if (country.empty()) country = !place.empty() ? place : Home(view);
        if (!protest_scene) country.clear();
        a.country = country;
        a.code = country.empty() ? std::string() : util::Cat(country, a.role);
      }
    };
    resolve_state(targets, *sources);
    resolve_state(sources, *targets);
    for (auto* list : {sources, targets})
      list->erase(std::remove_if(list->begin(), list->end(), [](const EventActor& a) { return a.code.empty(); }),
                  list->end());
  }

  // The index of `sentence`, one of the document's own sentences.
  static uint32_t SentenceIndex(const Document& doc, const Sentence& sentence) {
    return static_cast<uint32_t>(&sentence - doc.sentences.data());
  }

  // The token of the sentence that starts at byte `begin` (or the
  // sentence's first token).
  static uint32_t SentenceTokenAt(const Document& doc, const Sentence& sentence, uint32_t begin) {
    uint32_t q = sentence.token_begin;
    while (q + 1 < sentence.token_end && doc.tokens[q].begin < begin) ++q;
    return q;
  }

  // True when the passive at i may take the state's act (StateOfAct):
  // no "by" phrase names its agent; not an infinitive ("likely to be
  // arrested"); for a court's act (JUD), no international court or tribunal
  // named in the article so far, which may be the one that acted. Drops
  // the targets that are no subject of the verb: "it", an actor inside a
  // phrase ("handed himself into police and was charged", "in the centre
  // of an Iraqi scandal") unless it is what the people belong to ("members
  // of Kifaya"), soldiers of another state than the one that tries them.
  bool StateActTold(const ArticleView& view, const Sentence& sentence, uint32_t i, std::string_view role,
                    std::vector<EventActor>* targets) const {
    const auto& tokens = view.doc->tokens;
    if (AgentPhraseAfter(*view.doc, sentence, i + 1)) return false;
    const uint32_t group = GroupStart(view, i);
    // "None of the protesters was arrested", "no one was charged".
    for (uint32_t q = group; q > sentence.token_begin && q + 8 > group; --q) {
      const std::string_view w = tokens[q - 1].lower;
      if (w == "," || w == ";") break;
      if (w == "none" || w == "no" || w == "neither" || w == "nobody") return false;
    }
    for (uint32_t q = i; q > sentence.token_begin && q + 4 > i; --q)
      if (tokens[q - 1].lemma == "be" && q >= sentence.token_begin + 2 && tokens[q - 2].lower == "to") return false;
    if (role == "JUD")
      for (const ActorMention& m : *view.mentions) {
        if (m.token_begin >= i) break;
        if (m.code.rfind("IGO", 0) != 0) continue;
        const std::string_view entry = m.entry;
        if (m.code.find("JUD") != std::string::npos || entry.find("Court") != std::string_view::npos ||
            entry.find("Tribunal") != std::string_view::npos)
          return false;
      }
    auto in_phrase = [&](const EventActor& t) {
      if (t.begin >= tokens[group].begin) return false;  // after the verb: not a subject read here
      uint32_t q = SentenceTokenAt(*view.doc, sentence, t.begin);
      if (q >= i || tokens[q].tag == Tag::kPRP) return false;
      // Back over the words of its noun group, and a count before it
      // ("about 700", "more than 60", "dozens of", "some of the").
      while (q > sentence.token_begin) {
        const Token& b = tokens[q - 1];
        const bool count_of = b.lower == "of" && q >= sentence.token_begin + 2 &&
                              (tokens[q - 2].tag == Tag::kCD || tokens[q - 2].tag == Tag::kDT ||
                               Has({"dozen", "hundred", "thousand", "million", "score", "number", "group", "many",
                                    "several", "some", "most", "all", "each", "one", "two", "three"},
                                   tokens[q - 2].lemma));
        if (b.tag != Tag::kDT && b.tag != Tag::kJJ && b.tag != Tag::kJJR && b.tag != Tag::kCD &&
            b.tag != Tag::kPRPS && b.tag != Tag::kRB && b.tag != Tag::kRBR && !count_of &&
            !Has({"about", "around", "over", "nearly", "almost", "some", "than", "least", "at", "up", "to", "roughly",
                  "approximately", "under", "dozens", "hundreds", "thousands"},
                 b.lower))
          break;
        --q;
      }
      if (q <= sentence.token_begin) return false;
      const Token& b = tokens[q - 1];
      if (b.lower == "of" && q >= sentence.token_begin + 2 &&
          (IsHolding(tokens[q - 2].lemma) ||
           Has({"citizen", "national", "member", "activist", "supporter", "worker", "journalist", "people", "man",
                "woman", "student"},
               tokens[q - 2].lemma)))
        return false;
      // "Melbourne, Australia": a place's country.
      if (b.norm == ",") return q >= sentence.token_begin + 2 && tokens[q - 2].tag == Tag::kNNP;
      // ", with two opposition leaders detained": the absolute clause's subject.
      if (b.lower == "with" && WithAbsolute(view, sentence, i) == q - 1) return false;
      return (b.tag == Tag::kIN || b.tag == Tag::kTO) && !Has({"that", "whether", "if", "because"}, b.lower);
    };
    targets->erase(std::remove_if(targets->begin(), targets->end(),
                                  [&](const EventActor& t) {
                                    const std::string_view w = view.doc->text.substr(t.begin, t.end - t.begin);
                                    return w == "it" || w == "It" || in_phrase(t);
                                  }),
                   targets->end());
    return !targets->empty();
  }

  // True when the noun of a state's act at i, its match ending at `end`,
  // tells of the act as something that happened: after "after", "since",
  // "following" or "amid" ("came after the arrest of ..."), or as the subject of a
  // past verb ("The detention of the editor on Friday drew protests"). Not
  // the object of another verb or preposition ("condemned the arrest of",
  // "called for the release of", "a warrant for the arrest of").
  static bool NounActTold(const ArticleView& view, const Sentence& sentence, uint32_t i, uint32_t end) {
    const auto& tokens = view.doc->tokens;
    uint32_t q = i;
    while (q > sentence.token_begin &&
           (Has({"the", "a", "recent", "brief", "latest", "sudden", "arbitrary", "continued", "continuing",
                 "ongoing", "violent", "brutal", "mass", "police", "government"},
                tokens[q - 1].lower) ||
            tokens[q - 1].tag == Tag::kCD))
      --q;
    if (q > sentence.token_begin && Has({"after", "since", "following", "amid"}, tokens[q - 1].lower)) return true;
    // "Protests followed the arrest of ...".
    if (q > sentence.token_begin && tokens[q - 1].lemma == "follow" &&
        (tokens[q - 1].tag == Tag::kVBD || tokens[q - 1].tag == Tag::kVBZ))
      return true;
    const bool opens = q == sentence.token_begin || tokens[q - 1].norm == "," || tokens[q - 1].norm == ";";
    if (!opens) return false;
    // The clause's verb after the noun group: past, not a modal's.
    for (uint32_t k = end; k < sentence.token_end && k < end + 12; ++k) {
      const Token& t = tokens[k];
      if (t.norm == "," || t.norm == ";" || t.tag == Tag::kMD) return false;
      if (t.tag == Tag::kVBD) return !Has({"said", "told"}, t.lower);
      if (t.tag == Tag::kVBZ || t.tag == Tag::kVBP)
        return (t.lemma == "have" && k + 1 < sentence.token_end && tokens[k + 1].tag == Tag::kVBN);
      if (t.tag == Tag::kVB || t.tag == Tag::kVBG) return false;
    }
    return false;
  }

  // True when a "by" phrase follows the passive verb in its clause ("was
  // arrested on Sunday by the police", "by unknown gunmen"): the agent is
  // named, whether or not it is an actor.
  static bool AgentPhraseAfter(const Document& doc, const Sentence& sentence, uint32_t from) {
    for (uint32_t q = from; q < sentence.token_end && q < from + 10; ++q) {
      const Token& t = doc.tokens[q];
      if (t.norm == "," || t.norm == ";" || t.norm == ":") return false;
      if (t.lower == "by") return true;
    }
    return false;
  }

  // The clause of a passive verb at i ends before a comma, semicolon or
  // colon, or a word that opens another clause ("after they were
  // caught", "who ..."), at most 15 words on.
  static uint32_t ClauseAfterEnd(const Document& doc, const Sentence& sentence, uint32_t i) {
    uint32_t q = i + 1;
    for (; q < sentence.token_end && q < i + 16; ++q) {
      const Token& t = doc.tokens[q];
      if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "(" ||
          Has({"after", "before", "when", "while", "because", "since", "who", "which", "whom", "where", "but",
               "although", "though", "until", "as", "amid", "following"},
              t.lower))
        break;
    }
    return q;
  }

  // The country of the state that did an act only a state does (a
  // pattern's `by state ROLE`), told in the passive at token i with no
  // agent, the match ending at `end`: a country the act is "from"
  // ("deported from Britain"); else the place its clause names ("in
  // Abeche", "at Cairo airport") or the sentence opens with ("In Cairo,
  // ..."); else a state that tells of it in the sentence ("..., officials
  // in Chad say", "Egyptian police said"), unless it is the country of the
  // people it was done to, whose government speaks for them abroad; else
  // the country of the article's dateline or lead (LeadCountry); else its
  // home country. Never the country they were sent to ("deported to
  // Egypt"). Empty when there is none, or when the act
  // is "from" a body that is no place ("expelled from the party", "banned
  // from the Olympics": that body did it).
  std::string StateOfAct(const ArticleView& view, const Sentence& sentence, uint32_t s, uint32_t i, uint32_t end,
                         std::string_view role, const std::vector<EventActor>& targets) const {
    const auto& tokens = view.doc->tokens;
    const auto& mentions = *view.mentions;
    // A bare country or capital named at token k ("Egypt", "Cairo").
    auto country_at = [&](uint32_t k) -> std::string {
      if (k < sentence.token_end && tokens[k].lower == "the") ++k;
      if (k >= sentence.token_end || view.mention_at[k] < 0) return {};
      const ActorMention& m = mentions[view.mention_at[k]];
      if (m.kind != ActorKind::kCountry || m.role_origin.line != 0) return {};
      return m.country;
    };
    std::vector<PlaceMention> places;
    if (places_ != nullptr) FindPlaces(*places_, *view.analysis, s, &places);
    auto place_at = [&](uint32_t k) -> std::string {
      if (k < sentence.token_end && tokens[k].lower == "the") ++k;
      for (const PlaceMention& p : places)
        if (p.token_begin == k && p.place.country.size() == 3) return p.place.country;
      return country_at(k);
    };
    const uint32_t clause_end = ClauseAfterEnd(*view.doc, sentence, i);
    // "deported to Egypt", "extradited to the United States": where they
    // were sent did not send them.
    std::string sent_to;
    for (uint32_t k = i + 1; k + 1 < clause_end && sent_to.empty(); ++k)
      if (tokens[k].lower == "to") sent_to = place_at(k + 1);
    auto target_country = [&](std::string_view c) {
      return std::any_of(targets.begin(), targets.end(), [&](const EventActor& t) { return t.country == c; });
    };
    // Set when the clause names a place nobody can place ("in Abeche" with
    // no gazetteer): the people it was done to may have been held abroad,
    // so their own country is not taken from what follows.
    bool unplaced = false;
    auto fits = [&](const std::string& country) {
      return !country.empty() && country != sent_to && !(unplaced && target_country(country));
    };
    // "from Britain"; "from the country" says nothing more.
    uint32_t q = end;
    if (q < sentence.token_end) q += TimeSpanAt(tokens, q, sentence.token_end);
    if (q + 1 < sentence.token_end && tokens[q].lower == "from") {
      std::string from = place_at(q + 1);
      if (!from.empty()) return fits(from) ? from : std::string();
      const uint32_t k = tokens[q + 1].lower == "the" ? q + 2 : q + 1;
      if (k >= sentence.token_end || !Has({"country", "nation", "territory", "kingdom", "state"}, tokens[k].lemma))
        return {};
    }
    // The place the verb's clause names.
    for (const PlaceMention& p : places)
      if (p.locative && p.token_begin > i && p.token_begin < clause_end && p.place.country.size() == 3)
        if (fits(p.place.country)) return p.place.country;
    for (uint32_t k = i + 1; k + 1 < clause_end; ++k)
      if (Has({"in", "at", "near", "inside", "outside"}, tokens[k].lower)) {
        if (std::string c = country_at(k + 1); fits(c)) return c;
        const uint32_t name = tokens[k + 1].lower == "the" ? k + 2 : k + 1;
        unplaced |= name < clause_end && tokens[name].tag == Tag::kNNP && view.covering[name] < 0 &&
                    !IsDateName(tokens[name].lower);
      }
    // "Libya, where he was sentenced to death": the place before "where".
    for (uint32_t k = i; k > sentence.token_begin + 1 && k + 10 > i; --k) {
      if (tokens[k - 1].lower != "where") continue;
      uint32_t b = k - 1;
      if (tokens[b - 1].norm == ",") --b;
      if (b > sentence.token_begin && view.ending_at[b] >= 0) {
        const ActorMention& m = mentions[view.ending_at[b]];
        if (m.kind == ActorKind::kCountry && m.role_origin.line == 0 && fits(m.country)) return m.country;
      }
      for (const PlaceMention& p : places)
        if (p.token_end == b && p.place.country.size() == 3 && fits(p.place.country)) return p.place.country;
      break;
    }
    // "In Cairo, ...": the place the sentence opens with.
    if (sentence.token_end > sentence.token_begin + 2 && Has({"in", "at"}, tokens[sentence.token_begin].lower)) {
      uint32_t k = sentence.token_begin + 1;
      std::string at = place_at(k);
      while (k < sentence.token_end && k < sentence.token_begin + 6 && tokens[k].norm != ",") ++k;
      if (fits(at) && k < sentence.token_end && tokens[k].norm == "," && k < i) return at;
    }
    // A state that tells of it: "Chad officials say", "officials in Chad
    // said", ", said the Egyptian interior ministry", "according to Syrian
    // police".
    auto state_speaker = [&](const ActorMention& m) {
      return m.country.size() == 3 && Has({"GOV", "COP", "JUD", "MIL", "SPY"}, m.role) &&
             !target_country(m.country) && !(m.token_begin <= i && i < m.token_end);
    };
    for (uint32_t v = sentence.token_begin; v < sentence.token_end; ++v) {
      const Token& t = tokens[v];
      const bool according = t.lower == "according" && v + 1 < sentence.token_end && tokens[v + 1].lower == "to";
      if (!according && !(IsVerbTag(t.tag) && Has({"say", "tell", "report", "announce", "confirm", "state"}, t.lemma)))
        continue;
      if (view.covering[v] >= 0) continue;
      // The speaker before the verb ("Chad officials say", "officials in
      // Chad say"), or after it (", said the ministry", "according to").
      const uint32_t after = according ? v + 2 : v + 1;
      int32_t n = -1;
      if (!according && view.ending_at[v] >= 0) n = view.ending_at[v];
      if (n < 0 && after < sentence.token_end) {
        const uint32_t k = tokens[after].lower == "the" ? after + 1 : after;
        if (k < sentence.token_end && view.mention_at[k] >= 0) n = view.mention_at[k];
      }
      if (n >= 0 && state_speaker(mentions[n]) && fits(mentions[n].country)) return mentions[n].country;
    }
    // Else the country whose police or court was named just before
    // ("Singapore police ... was charged").
    if (role == "COP" || role == "JUD")
      if (const std::string near(DescribedCountry(view, sentence, i, role, /*near_only=*/true)); fits(near))
        return near;
    // Else where the article's news happens: the country of its dateline
    // or lead, else its home country.
    if (const std::string lead = LeadCountry(view); !lead.empty()) return fits(lead) ? lead : std::string();
    return fits(Home(view)) ? Home(view) : std::string();
  }

  // The country of the article's dateline place, else of the first place
  // its lead sentence names for where things happen; empty when none.
  std::string LeadCountry(const ArticleView& view) const {
    if (view.doc->sentences.empty()) return {};
    if (places_ == nullptr) {
      const Sentence& lead = view.doc->sentences[0];
      return lead.token_end > lead.token_begin ? PlaceCountry(view, lead, lead.token_end - 1) : std::string();
    }
    const auto& tokens = view.doc->tokens;
    std::string name;
    for (const Token& t : tokens) {
      if (!t.Has(kDateline) || t.kind != TokenKind::kWord) break;
      if (!name.empty()) name.push_back(' ');
      name.append(t.norm);
    }
    std::vector<Place> found;
    if (!name.empty() && places_->Lookup(name, &found) > 0 && found[0].country.size() == 3) return found[0].country;
    std::vector<PlaceMention> places;
    FindPlaces(*places_, *view.analysis, 0, &places);
    for (const PlaceMention& p : places)
      if (p.locative && p.place.country.size() == 3) return p.place.country;
    return {};
  }

  // The protesters of a protest (roots 14) whose pattern found no source:
  // a crowd before the anchor in its clause ("Thousands rallied",
  // "hundreds of thousands demonstrated", "15,000 people marched", "the
  // students staged a sit-in"); for a noun, the protest itself stands for
  // its crowd ("Protests against the government spread"). A crowd left
  // for ResolveLocal to place, or none.
  std::vector<EventActor> ProtestCrowd(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                       bool noun) const {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = i; q > sentence.token_begin && i - q < 16; --q) {
      const Token& t = tokens[q - 1];
      if (t.norm == ";" || t.norm == ":") break;
      if (view.covering[q - 1] >= 0) continue;
      if (IsVerbTag(t.tag) && Has({"say", "tell", "report", "add", "announce"}, t.lemma)) break;
      if (!IsNounTag(t.tag) && t.kind != TokenKind::kNumber) continue;
      if (!Has({"people", "thousand", "hundred", "dozen", "million", "crowd", "protester", "protestor",
                "demonstrator", "marcher", "activist", "student", "worker", "supporter", "striker", "rioter",
                "youth", "resident", "citizen", "farmer", "teacher", "villager"},
               t.lemma) &&
          !(t.kind == TokenKind::kNumber && q < i && tokens[q].tag != Tag::kNN && tokens[q].tag != Tag::kNNS))
        continue;
      // "thousands of X's supporters", "supporters of X": the actor's.
      if (q < sentence.token_end && tokens[q].lower == "of" && q + 1 < sentence.token_end &&
          view.mention_at[q + 1] >= 0)
        return {};
      // "hundreds of militants": a count of armed men, not a crowd.
      if (q + 1 < i && tokens[q].lower == "of" && Has({"thousand", "hundred", "dozen", "million"}, t.lemma)) {
        uint32_t head = q + 1;
        while (head + 1 < i && tokens[head].tag == Tag::kJJ) ++head;
        if (Has({"militant", "fighter", "soldier", "troop", "police", "policeman", "rebel", "insurgent",
                 "gunman", "militiaman", "guerrilla", "terrorist", "officer"},
                tokens[head].lemma))
          return {};
      }
      const bool opposition = q >= sentence.token_begin + 2 && tokens[q - 2].lower == "opposition";
      return {EventActor{opposition ? "~OPP" : "~CVL", "", opposition ? "OPP" : "CVL", t.begin, t.end}};
    }
    if (!noun) return {};
    return {EventActor{"~CVL", "", "CVL", tokens[i].begin, tokens[i].end}};
  }

  // The article's latest protest by a crowd (an asserted event of root 14
  // whose source is CVL or OPP), or none.
  static std::optional<Event> ProtestedBefore(const ArticleView& view, const std::vector<Event>& events,
                                              bool any_target = false) {
    for (size_t k = events.size(), looked = 0; k > view.first_event && looked < kMaxLookBack; --k, ++looked) {
      const Event& e = events[k - 1];
      if (e.cameo == nullptr || e.negated || e.modality != Modality::kAsserted || e.cameo->code.rfind("14", 0) != 0)
        continue;
      if (e.source.role != "CVL" && e.source.role != "OPP") continue;
      // A crowd's own government read for a protest that named none (its
      // target spans the protest word) is no target another crowd shares.
      if (!any_target && e.target.begin == e.verb_begin && e.target.end == e.verb_end) continue;
      return e;
    }
    return std::nullopt;
  }

  // True when the protest word at i tells of protests as news ("Protests
  // spread to ten cities", "demonstrators gathered"), not of one named
  // before ("the rally", "this demonstration", "such protests", "Monday's
  // rally", "days of protests") nor of one in support ("a pro-Mubarak rally")
  // or of a campaign ("an election rally").
  static bool NewProtest(const ArticleView& view, const Sentence& sentence, uint32_t i) {
    const auto& tokens = view.doc->tokens;
    auto named_before = [](const Token& t) {
      return Has({"the", "this", "that", "these", "those", "such", "its", "their", "his", "her", "of", "'s", "'",
                  "all", "any", "no", "every", "in"},
                 t.lower) ||
             t.tag == Tag::kPOS || t.tag == Tag::kPRPS;
    };
    uint32_t q = i;
    while (q > sentence.token_begin && (tokens[q - 1].tag == Tag::kJJ || tokens[q - 1].tag == Tag::kCD ||
                                        tokens[q - 1].tag == Tag::kNN || tokens[q - 1].tag == Tag::kVBN)) {
      if (tokens[q - 1].lower.starts_with("pro-") || named_before(tokens[q - 1]) ||
          Has({"election", "electoral", "campaign", "victory", "memorial", "peace"}, tokens[q - 1].lower))
        return false;
      --q;
    }
    return q == sentence.token_begin || !named_before(tokens[q - 1]);
  }

  // People the text counts but names by no actor, as the object of an act
  // only a state does: "three men", "two journalists", "dozens of
  // people", "a student", "at least 20 suspects" at q (after the
  // determiners, numbers and adjectives that may stand before them). Not
  // people of someone ("members of Hamas", "his supporters"), nor a noun
  // that qualifies another ("a student union"). Sets [*from, *to).
  static bool PeopleAt(const ArticleView& view, const Sentence& sentence, uint32_t q, uint32_t* from,
                       uint32_t* to) {
    const auto& tokens = view.doc->tokens;
    const uint32_t start = q;
    bool counted = false;  // a number, "a"/"an" or a count of many before the noun
    for (; q < sentence.token_end && q < start + 6; ++q) {
      const Token& t = tokens[q];
      if (view.covering[q] >= 0) return false;
      if (t.tag == Tag::kCD || Has({"a", "an", "several", "some", "many", "dozens", "hundreds", "thousands", "scores"},
                                   t.lower)) {
        counted = true;
        continue;
      }
      if (Has({"at", "least", "about", "around", "nearly", "almost", "more", "than", "over", "up", "to", "of",
               "other", "another"},
              t.lower) ||
          t.tag == Tag::kJJ)
        continue;
      break;
    }
    if (q >= sentence.token_end || view.covering[q] >= 0 || !counted) return false;
    const Token& head = tokens[q];
    if (!Has({"man", "woman", "people", "person", "suspect", "journalist", "reporter", "blogger", "dissident",
              "lawyer", "monk", "worker", "resident", "youth", "teenager", "farmer", "defendant", "prisoner",
              "detainee", "inmate", "civilian", "citizen", "villager", "student", "activist", "migrant",
              "immigrant", "foreigner", "refugee", "protester", "protestor", "demonstrator", "tourist"},
             head.lemma))
      return false;
    if (q + 1 < sentence.token_end) {
      const Token& next = tokens[q + 1];
      if (IsNounTag(next.tag) || next.tag == Tag::kNNP || next.tag == Tag::kPOS) return false;
      // "convicted three defendants of planning an attack": the charge,
      // not whose people they are ("citizens of Denmark").
      const bool charge_of = next.lower == "of" && q + 2 < sentence.token_end && view.covering[q + 2] < 0 &&
                             (tokens[q + 2].tag == Tag::kVBG || IsNounTag(tokens[q + 2].tag));
      if ((next.lower == "of" && !charge_of) || next.lower == "from") return false;
    }
    *from = start;
    *to = q + 1;
    return true;
  }

  // The same people as the subject of a passive whose verb group starts
  // at `group`: "Three men were arrested", "Two journalists have been
  // detained". The noun group must open the clause (the sentence or a
  // comma before it).
  static bool PeopleBefore(const ArticleView& view, const Sentence& sentence, uint32_t group, uint32_t* from,
                           uint32_t* to) {
    const auto& tokens = view.doc->tokens;
    for (uint32_t b = group; b > sentence.token_begin && group - b < 7; --b) {
      const uint32_t s = b - 1;
      if (s == sentence.token_begin || tokens[s - 1].norm == "," ||
          (tokens[s - 1].kind != TokenKind::kWord && tokens[s - 1].kind != TokenKind::kNumber) ||
          WithAbsolute(view, sentence, group) == s - 1) {
        uint32_t f = 0, t = 0;
        if (PeopleAt(view, sentence, s, &f, &t) && t == group) {
          *from = f;
          *to = t;
          return true;
        }
      }
    }
    // "The three were found guilty", "All four were sentenced", "The other
    // two were released": a bare count of people told of before, opening
    // the sentence.
    group = CountedGroupStart(view, sentence, group);
    uint32_t q = sentence.token_begin;
    if (q < group && Has({"the", "all"}, tokens[q].lower)) ++q;
    if (q > sentence.token_begin && q < group && tokens[q].lower == "other") ++q;
    if (q > sentence.token_begin && q + 1 == group && tokens[q].tag == Tag::kCD && view.covering[q] < 0 &&
        (tokens[group].lemma == "be" || tokens[group].lemma == "have")) {
      *from = sentence.token_begin;
      *to = group;
      return true;
    }
    return false;
  }

  // The auxiliary of a verb group split by "each", "both" or "all" ("were
  // each sentenced"), or `group`.
  static uint32_t CountedGroupStart(const ArticleView& view, const Sentence& sentence, uint32_t group) {
    const auto& tokens = view.doc->tokens;
    if (group >= sentence.token_begin + 2 && Has({"each", "both", "all"}, tokens[group - 1].lower) &&
        tokens[group - 2].lemma == "be")
      return group - 2;
    return group;
  }

  // People named by names no dictionary holds, opening the sentence as
  // the subject of a passive whose verb group starts at `group`: "Omar
  // Haddad was charged with fraud", "Haddad and Karimi were each sentenced
  // to ten years". A name is one to three capitalized words no actor
  // covers, or a person named before whom no dictionary knows; a lone
  // one-word name is too little to tell a person by.
  static bool NamesBefore(const ArticleView& view, const Sentence& sentence, uint32_t group, uint32_t* from,
                          uint32_t* to) {
    const auto& tokens = view.doc->tokens;
    group = CountedGroupStart(view, sentence, group);
    if (group >= sentence.token_end || (tokens[group].lemma != "be" && tokens[group].lemma != "have"))
      return false;
    uint32_t q = sentence.token_begin;
    int names = 0;
    bool long_name = false;
    while (q < group) {
      uint32_t n = 0;
      if (const int32_t c = view.covering[q]; c >= 0) {
        // A person the article named before, whom no dictionary knows
        // ("Mohammad Haddad ... Haddad was charged").
        const ActorMention& m = (*view.mentions)[c];
        if (m.kind != ActorKind::kPerson || !m.needs_country || !m.role.empty() || m.token_begin != q ||
            m.token_end > group)
          return false;
        q = m.token_end;
        n = 2;
      }
      for (; q < group && tokens[q].tag == Tag::kNNP && tokens[q].Has(kCapitalized) && view.covering[q] < 0; ++q)
        ++n;
      if (n == 0 || n > 3) return false;
      ++names;
      long_name |= n >= 2;
      if (q == group) break;
      if (tokens[q].lower != "and" && tokens[q].norm != ",") return false;
      ++q;
    }
    if (names == 0 || (!long_name && names < 2)) return false;
    *from = sentence.token_begin;
    *to = group;
    return true;
  }

  // True when the protest noun at i goes on as news told now: "the
  // protests continued through Monday", "the demonstrations spread to
  // Basra", "the ongoing protests". For a verb, false.
  static bool ProtestGoesOn(const ArticleView& view, const Sentence& sentence, uint32_t i, bool noun) {
    const auto& tokens = view.doc->tokens;
    if (!noun || tokens[i].tag != Tag::kNNS) return false;
    if (i > sentence.token_begin &&
        Has({"ongoing", "continuing", "current", "latest", "renewed", "fresh"}, tokens[i - 1].lower))
      return true;
    for (uint32_t q = i + 1; q < sentence.token_end && q < i + 5; ++q) {
      const Token& t = tokens[q];
      if (t.lemma == "have" || t.lemma == "be" || t.tag == Tag::kRB) continue;
      if (!IsVerbTag(t.tag)) return false;
      if (Has({"continue", "spread", "escalate", "intensify", "resume", "persist", "swell", "rage", "erupt",
               "spill"},
              t.lemma))
        return true;
      return t.lemma == "go" && q + 1 < sentence.token_end && tokens[q + 1].lower == "on";
    }
    return false;
  }

  // The token before the noun group of the noun at i (its determiners,
  // adjectives, numbers, quotation marks and modifying nouns), or i.
  static uint32_t NounGroupStart(const ArticleView& view, const Sentence& sentence, uint32_t i) {
    const auto& tokens = view.doc->tokens;
    uint32_t g = i;
    while (g > sentence.token_begin && i - g < 6 &&
           (tokens[g - 1].tag == Tag::kDT || tokens[g - 1].tag == Tag::kJJ || tokens[g - 1].tag == Tag::kCD ||
            tokens[g - 1].tag == Tag::kNN || tokens[g - 1].tag == Tag::kNNP || tokens[g - 1].tag == Tag::kVBN ||
            tokens[g - 1].tag == Tag::kPRPS || tokens[g - 1].tag == Tag::kOpenQuote ||
            tokens[g - 1].tag == Tag::kCloseQuote))
      --g;
    return g;
  }

  // True when the protest noun at i is one taken part in, told as news:
  // "took part in an unsanctioned rally", "participated in protests" (not
  // "the rally", one named before).
  static bool TookPartIn(const ArticleView& view, const Sentence& sentence, uint32_t i, bool noun) {
    const auto& tokens = view.doc->tokens;
    if (!noun) return false;
    const uint32_t g = NounGroupStart(view, sentence, i);
    if (g < sentence.token_begin + 2 || tokens[g - 1].lower != "in") return false;
    if (!Has({"part", "participate"}, tokens[g - 2].lemma)) return false;
    for (uint32_t q = g; q < i; ++q)
      if (tokens[q].tag == Tag::kDT && !Has({"a", "an"}, tokens[q].lower)) return false;
    return true;
  }

  // True when a protest with no target at i may be aimed at the crowd's own
  // government: its sources are crowds, opposition, students or workers;
  // a verb's subject is a crowd the text names as protesters (not "hundreds
  // gathered" alone); no "anti-" word names what it is against; and no
  // word of support or rite stands in its clause ("rallied in support of",
  // "gathered to mourn", "marched to welcome").
  static bool CrowdProtestsGovernment(const ArticleView& view, const Sentence& sentence, uint32_t i, bool noun,
                                      const std::vector<EventActor>& sources) {
    const auto& tokens = view.doc->tokens;
    if (sources.empty()) return false;
    for (const EventActor& a : sources)
      if (!(IsLocal(a) && a.code[0] == '~') && !Has({"CVL", "OPP", "EDU", "LAB"}, a.role)) return false;
    const uint32_t from = noun ? i : GroupStart(view, i);
    for (uint32_t q = from; q > sentence.token_begin && from - q < 6; --q) {
      const std::string_view w = tokens[q - 1].lower;
      if (w == "," || w == ";") break;
      if (w.starts_with("anti-") || w.starts_with("pro-")) return false;
    }
    if (noun) {
      // "travelling to a rally", "the site of a demonstration", "a march and
      // rally" (told by the first noun), "an April 13 demonstration" (a
      // past one named by its date): no protest told as news.
      uint32_t g = i;
      while (g > sentence.token_begin && i - g < 6 &&
             (tokens[g - 1].tag == Tag::kDT || tokens[g - 1].tag == Tag::kJJ || tokens[g - 1].tag == Tag::kCD ||
              tokens[g - 1].tag == Tag::kNN || tokens[g - 1].tag == Tag::kNNP || tokens[g - 1].tag == Tag::kVBN ||
              tokens[g - 1].tag == Tag::kPRPS)) {
        if (tokens[g - 1].tag == Tag::kNNP &&
            Has({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december"},
                tokens[g - 1].lower))
          return false;
        --g;
      }
      // Only a protest that is the clause's subject ("Protests erupted") or
      // what a verb of holding or causing tells of ("staged a protest",
      // "sparked protests"): not one after a preposition ("during
      // protests", "despite protests from"), nor one banned, allowed or
      // judged ("banned protests", "protests are forbidden").
      if (g > sentence.token_begin && !TookPartIn(view, sentence, i, noun)) {
        const Token& b = tokens[g - 1];
        if (b.tag == Tag::kIN || b.tag == Tag::kTO || Has({"and", "or"}, b.lower)) return false;
        if (IsVerbTag(b.tag) &&
            !Has({"stage", "hold", "organise", "organize", "lead", "launch", "join", "spark", "trigger", "prompt",
                  "provoke", "begin", "start", "have", "see", "mount", "attend"},
                 b.lemma))
          return false;
      }
      // "a protest group", "protest organisers": a modifier; "sparked
      // protest", "advocates peaceful protest": protest in general.
      if (i + 1 < sentence.token_end && (IsNounTag(tokens[i + 1].tag) || tokens[i + 1].tag == Tag::kNNP))
        return false;
      if (tokens[i].tag == Tag::kNN && !(g < i && tokens[g].tag == Tag::kDT)) return false;
      for (uint32_t q = i + 1; q + 1 < sentence.token_end && q < i + 4; ++q)
        if (tokens[q].lemma == "be" &&
            Has({"ban", "forbid", "prohibit", "outlaw", "allow", "permit", "plan", "schedule", "cancel", "call"},
                tokens[q + 1].lemma))
          return false;
    } else {
      // "fined for demonstrating without a permit".
      const uint32_t g = GroupStart(view, i);
      if (g > sentence.token_begin && (tokens[g - 1].tag == Tag::kIN || tokens[g - 1].tag == Tag::kTO) &&
          tokens[i].tag == Tag::kVBG)
        return false;
    }
    // "The committee protests that they ...": a complaint in words (not
    // "protests that erupted", a relative clause).
    if (i + 2 < sentence.token_end && tokens[i + 1].lower == "that" && !IsVerbTag(tokens[i + 2].tag) &&
        tokens[i + 2].tag != Tag::kMD && tokens[i + 2].tag != Tag::kRB)
      return false;
    // Told as a protest: by the word ("protested", "demonstrations"), by
    // its crowd ("protesters marched") or by what it is against ("rallied
    // against", "marched to protest", "chanting"). Not "people marched
    // through Sydney", "a rally was held in Springfield".
    bool marked = Has({"protest", "demonstrate", "demonstration"}, tokens[i].lemma);
    for (const EventActor& a : sources) {
      std::string w(view.doc->text.substr(a.begin, a.end - a.begin));
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (std::string_view kind : {"protest", "demonstrat", "striker", "opposition"})
        marked |= w.find(kind) != std::string::npos;
    }
    for (uint32_t q = i + 1, end = ClauseAfterEnd(*view.doc, sentence, i); q < end && !marked; ++q)
      marked = Has({"against", "protest", "demand", "denounce", "chant", "oppose", "condemn"}, tokens[q].lemma);
    if (!marked) return false;
    // A crowd of one country only: with actors of another in the sentence
    // or the one before ("gathered to protest a visit by Bush") the protest
    // may be aimed at them.
    const uint32_t here = SentenceIndex(*view.doc, sentence);
    const uint32_t first = here > 0 ? view.doc->sentences[here - 1].token_begin : sentence.token_begin;
    std::string_view one;
    for (uint32_t q = first; q < sentence.token_end; ++q) {
      if (view.mention_at[q] < 0) continue;
      const ActorMention& m = (*view.mentions)[view.mention_at[q]];
      if (m.country.size() != 3) continue;
      if (one.empty()) one = m.country;
      else if (one != m.country) return false;
    }
    for (uint32_t q = i + 1; q < sentence.token_end; ++q) {
      const Token& t = tokens[q];
      if (t.lower.starts_with("pro-") ||
          Has({"support", "welcome", "celebrate", "mourn", "pray", "commemorate", "honour", "honor", "favour",
               "favor", "solidarity", "greet", "cheer", "see", "hear", "watch", "listen", "vote", "funeral", "vigil",
               "memorial", "mark", "anniversary", "remember", "wedding", "ceremony", "festival", "celebration",
               "prayer", "worship"},
              t.lemma))
        return false;
      // "rallies by government supporters", not "opposition supporters".
      if (t.lemma == "supporter" && !(q > sentence.token_begin && tokens[q - 1].lower == "opposition")) return false;
    }
    return true;
  }

  // The target an "anti-" word names (`| target anti`): in the noun group
  // of the anchor ("anti-American protests", "an anti-Syrian rally") or of
  // the verb's subject ("anti-government protesters marched"). "anti-
  // government" and "anti-regime" name the government of the crowd's
  // country ("^GOV", for ResolveLocal); a country ("anti-U.S.",
  // "anti-Syrian") is its government, read with the actor dictionary's
  // countries; "anti-war" names no one.
  std::vector<EventActor> AntiTarget(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                     bool noun) const {
    const auto& tokens = view.doc->tokens;
    uint32_t from = noun ? i : GroupStart(view, i);
    for (uint32_t q = from, seen = 0; q > sentence.token_begin && seen < 5; --q, ++seen) {
      const Token& t = tokens[q - 1];
      if (t.norm == "," || t.norm == ";" || (IsVerbTag(t.tag) && !t.lower.starts_with("anti-"))) break;
      if (!t.lower.starts_with("anti-") || t.lower.size() <= 5) continue;
      const std::string_view what = t.lower.substr(5);
      if (what == "government" || what == "regime" || what == "junta")
        return {EventActor{"^GOV", "", "GOV", t.begin, t.end}};
      if (countries_ == nullptr) return {};
      thread_local Document small;
      thread_local std::vector<ActorMention> found;
      small.Clear();
      found.clear();
      const std::string_view written = t.norm.substr(5);
      Tokenize(written, &small);
      countries_->Match(small, std::nullopt, &found);
      if (found.size() != 1 || found[0].token_begin != 0 || found[0].token_end != small.tokens.size() ||
          found[0].country.empty())
        return {};
      return {EventActor{util::Cat(found[0].country, "GOV"), found[0].country, "GOV", t.begin, t.end}};
    }
    return {};
  }

  // True when tokens [from, to) hold a title of a person ("Mr", "Mrs",
  // "Ms", "Dr") before a capitalized name that no actor covers.
  static bool UnknownTitledNameBetween(const ArticleView& view, uint32_t from, uint32_t to) {
    const auto& tokens = view.doc->tokens;
    for (uint32_t t = from; t + 1 < to; ++t) {
      const std::string_view w = tokens[t].lower;
      if (!(w == "mr" || w == "mr." || w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "dr" ||
            w == "dr."))
        continue;
      if (view.covering[t] < 0 && view.covering[t + 1] < 0 && tokens[t + 1].tag == Tag::kNNP) return true;
    }
    return false;
  }

  // Verbs that give words to a speaker: "said", "told reporters", "added",
  // "insisted", "was quoted as saying".
  static bool IsSpeechVerb(std::string_view lemma) {
    static const util::ViewSet kVerbs = [] {
      util::ViewSet set;
      for (std::string_view w :
           {"say", "tell", "add", "state", "declare", "insist", "warn", "stress", "explain", "announce", "note",
            "continue", "reply", "respond", "comment", "write", "claim", "argue", "remark", "acknowledge", "admit",
            "affirm", "assert", "emphasize", "emphasise", "observe", "complain", "conclude", "vow", "pledge",
            "promise", "maintain", "reiterate", "repeat", "predict", "caution", "recall", "allege", "concede",
            "confirm", "urge", "ask", "answer", "quip", "proclaim", "joke", "boast", "protest"})
        set.insert(w);
      return set;
    }();
    return kVerbs.contains(lemma);
  }

  // The sentence that holds token t.
  static const Sentence& SentenceOf(const Document& doc, uint32_t t) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                               [](uint32_t x, const Sentence& s) { return x < s.token_begin; });
    return it == doc.sentences.begin() ? *it : *(it - 1);
  }

  // What an attribution says of a quotation's speaker: none is given, one
  // is given whom the coder does not know ("said Mr Karim", "a resident
  // said"), or a known actor.
  enum class Attribution { kNone, kUnknown, kKnown };

  // The speaker `actors` name, when it is one actor the coder knows: not a
  // crowd or a description it cannot place, nor an actor in a phrase of
  // someone else ("a resident of Gaza said"; "the head of the IAEA" speaks
  // for it).
  Attribution Speaker(const ArticleView& view, const Sentence& part, const std::vector<EventActor>& actors,
                      EventActor* out) const {
    // "X, the Georgian president," may be read as a list of one actor.
    if (actors.empty() || std::any_of(actors.begin(), actors.end(),
                                      [&](const EventActor& x) { return x.code != actors[0].code; }))
      return Attribution::kUnknown;
    const EventActor& a = actors[0];
    if (a.code.empty() || IsLocal(a) || a.role == "CVL") return Attribution::kUnknown;
    const auto& tokens = view.doc->tokens;
    uint32_t t = static_cast<uint32_t>(
        std::lower_bound(tokens.begin() + part.token_begin, tokens.begin() + part.token_end, a.begin,
                         [](const Token& x, uint32_t b) { return x.begin < b; }) -
        tokens.begin());
    // "Jimmy Wales told reporters": a country read in a name no dictionary
    // knows is nobody.
    if (t < part.token_end && view.covering[t] >= 0 &&
        (*view.mentions)[view.covering[t]].kind == ActorKind::kCountry && t > 0 && view.covering[t - 1] < 0 &&
        tokens[t - 1].tag == Tag::kNNP && tokens[t - 1].Has(kCapitalized))
      return Attribution::kUnknown;
    if (t > part.token_begin && tokens[t - 1].lower == "the") --t;
    if (t > part.token_begin + 1 && tokens[t - 1].lower == "of" && !IsHolding(tokens[t - 2].lemma))
      return Attribution::kUnknown;
    *out = a;
    return Attribution::kKnown;
  }

  // The speaker an attribution after a quotation names, in the sentence of
  // its closing mark `close` up to `limit`: '"...," said X', '"...," X
  // said', '"...," the minister told reporters', '"...," he added',
  // '"...," according to X'.
  Attribution SpeakerAfter(const ArticleView& view, const Sentence& sentence, uint32_t close, uint32_t limit,
                           EventActor* out) const {
    const auto& tokens = view.doc->tokens;
    uint32_t t = close + 1;
    // A comma (or a stop, question or exclamation mark) ends a quotation
    // its attribution follows: in '... drove them back" The UN said that
    // "...', the words after it open a sentence of their own.
    const bool comma = t < limit && tokens[t].norm == ",";
    if (comma) ++t;
    if (t >= limit) return Attribution::kNone;
    const bool ends = comma || (close > 0 && Has({",", ".", "?", "!", "-"}, tokens[close - 1].norm));
    Sentence part = sentence;
    part.token_begin = t;
    part.token_end = limit;
    std::vector<EventActor> actors;
    uint32_t end = 0;
    if (t + 2 < limit && tokens[t].lower == "according" && tokens[t + 1].lower == "to") {
      if (!SlotAt(view, part, t + 2, &actors, &end)) return Attribution::kUnknown;
      return Speaker(view, part, actors, out);
    }
    // '"...," said X': the speaker after the verb (also where the comma
    // was left out).
    if (IsVerbTag(tokens[t].tag) && view.covering[t] < 0) {
      if (!IsSpeechVerb(tokens[t].lemma)) return Attribution::kNone;
      // '"...," said a spokesman for the Syrian army': the body he speaks for.
      uint32_t who = t + 1;
      if (who < limit && Has({"a", "an", "the"}, tokens[who].lower)) ++who;
      if (who + 1 < limit && IsSpokesperson(tokens[who].lower) &&
          tokens[who + 1].lower == "for")
        who += 2;
      else
        who = t + 1;
      if (!SlotAt(view, part, who, &actors, &end)) return Attribution::kUnknown;
      return Speaker(view, part, actors, out);
    }
    if (!ends) return Attribution::kNone;
    // '"...," X said', '"...," X later told reporters': the subject of the
    // first verb group, past an apposition or a relative clause set off by
    // commas (", who heads the group,"), when it gives words.
    bool aside = false;
    for (uint32_t v = t; v < limit && v < t + 20; ++v) {
      const Token& tok = tokens[v];
      if (tok.tag == Tag::kPeriod || tok.norm == ";" || tok.norm == ":") break;
      if (tok.norm == ",") aside = !aside;
      if (!IsVerbTag(tok.tag) || view.covering[v] >= 0 || aside) continue;
      // The group's last verb: "has said", "was quoted".
      while (v + 1 < limit && IsVerbTag(tokens[v + 1].tag) && view.covering[v + 1] < 0) ++v;
      // "Reuters quoted X as saying": X.
      if (tokens[v].lemma == "quote" && v + 1 < limit && !IsPassive(*view.doc, v)) {
        if (!SlotAt(view, part, v + 1, &actors, &end)) return Attribution::kUnknown;
        if (end >= limit || tokens[end].lower != "as") return Attribution::kNone;
        return Speaker(view, part, actors, out);
      }
      const bool quoted_as = tokens[v].lemma == "quote" && v + 1 < limit && tokens[v + 1].lower == "as";
      if (!quoted_as && !IsSpeechVerb(tokens[v].lemma)) return Attribution::kNone;
      return Speaker(view, part, Subject(view, part, v), out);
    }
    return Attribution::kNone;
  }

  // The speaker an attribution before a quotation names, in the sentence of
  // its opening mark `open`, from `from` on: 'X said: "...', 'X told
  // reporters in Tehran that "...', 'X was quoted as saying "...',
  // 'according to X, "...', and '..., said X, "...' (a quotation taken up
  // again after its speaker).
  Attribution SpeakerBefore(const ArticleView& view, const Sentence& sentence, uint32_t open, uint32_t from,
                            EventActor* out) const {
    const auto& tokens = view.doc->tokens;
    const auto& mentions = *view.mentions;
    Sentence part = sentence;
    part.token_begin = from;
    part.token_end = open;
    uint32_t t = open;
    if (t > from && (tokens[t - 1].norm == ":" || tokens[t - 1].norm == ",")) {
      --t;
      // 'According to X, "...', 'According to X, head of the inquiry, "...'.
      for (uint32_t k = t; tokens[t].norm == "," && k > from + 1 && t - k < 16; --k) {
        const Token& w = tokens[k - 1];
        if ((IsVerbTag(w.tag) && view.covering[k - 1] < 0) || w.norm == ";" || w.norm == ":") break;
        if (w.lower != "to" || tokens[k - 2].lower != "according") continue;
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (!SlotAt(view, part, k, &actors, &end)) return Attribution::kUnknown;
        return Speaker(view, part, actors, out);
      }
    }
    if (t > from && tokens[t - 1].lower == "that") --t;
    // Back to the verb over an object, places and times: "told reporters",
    // "said in a statement on Sunday", "told Israel Radio".
    uint32_t v = t;
    bool verb = false;
    for (int words = 0; v > from && words < 8 && !verb; ++words) {
      const uint32_t x = v - 1;
      if (const int32_t m = view.covering[x]; m >= 0) {
        if (mentions[m].token_begin < from) return Attribution::kNone;
        v = mentions[m].token_begin;
        continue;
      }
      const Tag tag = tokens[x].tag;
      verb = IsVerbTag(tag);
      if (!verb && tag != Tag::kIN && tag != Tag::kTO && tag != Tag::kDT && tag != Tag::kNN && tag != Tag::kNNS &&
          tag != Tag::kNNP && tag != Tag::kNNPS && tag != Tag::kJJ && tag != Tag::kCD && tag != Tag::kRB &&
          tag != Tag::kPRP && tag != Tag::kPOS)
        return Attribution::kNone;
      v = x;
    }
    const bool quoted_as = tokens[v].lemma == "quote" && v + 2 < open && tokens[v + 1].lower == "as" &&
                           tokens[v + 2].lower == "saying";
    if (!verb || !(quoted_as || IsSpeechVerb(tokens[v].lemma))) return Attribution::kNone;
    // "was quoted as saying": the subject of "quoted".
    if (tokens[v].lower == "saying" && v >= from + 2 && tokens[v - 1].lower == "as" && tokens[v - 2].lemma == "quote")
      v -= 2;
    std::vector<EventActor> actors;
    uint32_t first = from;
    if (first < v && tokens[first].norm == ",") ++first;
    if (first == v) {
      // ', said X, "...': the speaker after the verb.
      uint32_t end = 0;
      if (!SlotAt(view, part, v + 1, &actors, &end)) return Attribution::kUnknown;
    } else {
      actors = Subject(view, part, v);
    }
    return Speaker(view, part, actors, out);
  }

  // The article's quotations and their speakers. A quotation runs from an
  // opening mark to the closing mark of its kind (a mark of the other kind
  // inside it is nested), or, left open, to the end of its paragraph or
  // the next opening mark of its kind. Its speaker is the one its
  // attributions name, before it or after it, when they name one actor the
  // coder knows and do not disagree. A quotation with no attribution, that
  // starts its sentence (but for a conjunction or adverb) in the sentence
  // where the quotation before it ended or the next one, goes on with that
  // one's speaker.
  void FindQuotations(const ArticleView& view) const {
    using Quotation = ArticleView::Quotation;
    view.quotations_known = true;
    view.quotations.clear();
    view.speakers.clear();
    const Document& doc = *view.doc;
    if (doc.sentences.empty()) return;
    const auto& tokens = doc.tokens;
    int64_t open = -1;
    char kind = 0;
    auto add = [&](uint32_t end, bool closed) {
      view.quotations.push_back(Quotation{static_cast<uint32_t>(open), end, closed, -1});
      open = -1;
    };
    for (uint32_t t = 0; t < tokens.size(); ++t) {
      const Token& tok = tokens[t];
      const char mark = tok.norm.empty() ? 0 : tok.norm[0];
      if (tok.tag == Tag::kOpenQuote) {
        if (open >= 0 && mark != kind) continue;
        if (open >= 0) add(t, false);
        open = t;
        kind = mark;
      } else if (tok.tag == Tag::kCloseQuote) {
        if (open >= 0 && mark == kind) add(t + 1, true);
      } else if (open >= 0 && !tok.Has(kQuoted)) {
        // The tokenizer closes quotations left open at a paragraph's end.
        add(t, false);
      }
    }
    if (open >= 0) add(static_cast<uint32_t>(tokens.size()), false);
    auto& quotations = view.quotations;
    for (size_t k = 0; k < quotations.size(); ++k) {
      Quotation& q = quotations[k];
      const Sentence& opening = SentenceOf(doc, q.open);
      uint32_t from = opening.token_begin;
      if (k > 0 && quotations[k - 1].end > from) from = quotations[k - 1].end;
      EventActor before_actor, after_actor;
      const Attribution before = SpeakerBefore(view, opening, q.open, from, &before_actor);
      Attribution after = Attribution::kNone;
      if (q.closed) {
        const Sentence& closing = SentenceOf(doc, q.end - 1);
        uint32_t limit = closing.token_end;
        if (k + 1 < quotations.size() && quotations[k + 1].open < limit) limit = quotations[k + 1].open;
        after = SpeakerAfter(view, closing, q.end - 1, limit, &after_actor);
      }
      if (before == Attribution::kKnown || after == Attribution::kKnown) {
        if (before == Attribution::kUnknown || after == Attribution::kUnknown ||
            (before == after && before_actor.code != after_actor.code))
          continue;
        view.speakers.push_back(before == Attribution::kKnown ? before_actor : after_actor);
        q.speaker = static_cast<int32_t>(view.speakers.size() - 1);
        continue;
      }
      if (before != Attribution::kNone || after != Attribution::kNone || k == 0) continue;
      const Quotation& p = quotations[k - 1];
      if (p.speaker < 0 || &opening - &SentenceOf(doc, p.end - 1) > 1) continue;
      // Not when words are given to someone after it in ways not read
      // above ('"..." The ministry said ...').
      if (q.closed) {
        const Sentence& closing = SentenceOf(doc, q.end - 1);
        const uint32_t limit = k + 1 < quotations.size() ? std::min(closing.token_end, quotations[k + 1].open)
                                                         : closing.token_end;
        bool said = false;
        for (uint32_t t = q.end; t < limit && !said; ++t)
          said = IsVerbTag(tokens[t].tag) && view.covering[t] < 0 && IsSpeechVerb(tokens[t].lemma);
        if (said) continue;
      }
      // Only conjunctions and adverbs between ("And", "But then").
      bool clear = true;
      for (uint32_t t = std::max(from, opening.token_begin); t < q.open && clear; ++t)
        clear = view.covering[t] < 0 && (tokens[t].tag == Tag::kCC || tokens[t].tag == Tag::kRB ||
                                          tokens[t].norm == "," || tokens[t].norm == "-");
      if (clear) q.speaker = p.speaker;
    }
  }

  // The speaker of the quotation that holds token q ("I", "we", "me", "us"
  // in it stand for the speaker), or nobody.
  std::vector<EventActor> QuoteSpeaker(const ArticleView& view, uint32_t q) const {
    const Token& token = view.doc->tokens[q];
    if (!token.Has(kQuoted)) return {};
    if (!view.quotations_known) FindQuotations(view);
    const auto& quotations = view.quotations;
    auto it = std::partition_point(quotations.begin(), quotations.end(),
                                   [&](const ArticleView::Quotation& x) { return x.open < q; });
    if (it == quotations.begin()) return {};
    --it;
    if (q >= it->end || it->speaker < 0) return {};
    EventActor speaker = view.speakers[it->speaker];
    speaker.begin = token.begin;
    speaker.end = token.end;
    return {speaker};
  }

  // Pronouns and descriptions at token q that stand for earlier actors.
  // For a pronoun at token q right after a verb of saying ("said they",
  // "said that they"): the token after that verb; else 0.
  static uint32_t SaidBefore(const Document& doc, const Sentence& sentence, uint32_t q) {
    const auto& tokens = doc.tokens;
    uint32_t said = q;
    if (said > sentence.token_begin && tokens[said - 1].lower == "that") --said;
    if (said > sentence.token_begin + 1 && IsVerbTag(tokens[said - 1].tag) &&
        Has({"say", "announce", "claim", "state", "confirm", "admit", "acknowledge", "insist", "report", "deny"},
            tokens[said - 1].lemma))
      return said;
    return 0;
  }

  // "they" right after a verb of saying ("Israeli officials said they had
  // struck ...") is its subject, a group or a state standing right before
  // the verb (not a person, not one found further back); else nobody.
  std::vector<EventActor> SpeakerOfThey(const ArticleView& view, const Sentence& sentence, uint32_t q) const {
    const auto& tokens = view.doc->tokens;
    const uint32_t said = SaidBefore(*view.doc, sentence, q);
    if (said == 0) return {};
    uint32_t k = said - 1;  // the speaker's last word is before the verb group
    while (k > sentence.token_begin && (tokens[k - 1].tag == Tag::kRB || tokens[k - 1].tag == Tag::kVBZ ||
                                        tokens[k - 1].tag == Tag::kVBP || tokens[k - 1].tag == Tag::kVBD))
      --k;
    if (k <= sentence.token_begin || tokens[k - 1].tag == Tag::kPRP) return {};  // "he said they"
    if (view.covering[k - 1] >= 0 && (*view.mentions)[view.covering[k - 1]].kind == ActorKind::kPerson) return {};
    std::vector<EventActor> speaker = Subject(view, sentence, said - 1);
    if (speaker.empty() || speaker.back().end != tokens[k - 1].end) return {};
    for (EventActor& a : speaker) {
      a.begin = tokens[q].begin;
      a.end = tokens[q].end;
    }
    return speaker;
  }

  std::vector<EventActor> Refer(const ArticleView& view, const Sentence& sentence, uint32_t q,
                                uint32_t* end) const {
    const auto& tokens = view.doc->tokens;
    const auto& mentions = *view.mentions;
    const std::string_view w = tokens[q].lower;
    std::vector<EventActor> out;
    // "I", "we", "me", "us" inside a quotation: its speaker.
    if (data_->conventions && (w == "we" || w == "i" || w == "us" || w == "me") && tokens[q].tag == Tag::kPRP) {
      *end = q + 1;
      // "let us commit ourselves" is no one's act on anyone.
      if (w == "us" && q > sentence.token_begin && tokens[q - 1].lemma == "let") return out;
      return QuoteSpeaker(view, q);
    }
    // "The army said they had killed 11 militants": the speaker.
    if (data_->conventions && w == "they") {
      out = SpeakerOfThey(view, sentence, q);
      if (!out.empty()) {
        *end = q + 1;
        return out;
      }
    }
    auto before = [&](uint32_t token) {
      // Mentions are in text order and do not overlap: [0, n) end before `token`.
      return static_cast<size_t>(
          std::partition_point(mentions.begin(), mentions.end(),
                               [&](const ActorMention& m) { return m.token_end <= token; }) -
          mentions.begin());
    };
    if (w == "it") {
      // "Hungary warned that it would ...": the nearest country or
      // organisation before it.
      for (size_t n = before(q), seen = 0; n > 0 && seen < 8; --n, ++seen) {
        const ActorMention& m = mentions[n - 1];
        if (m.token_begin < sentence.token_begin) break;  // across sentences "it" is mostly a thing
        if (m.kind == ActorKind::kPerson) continue;
        out.push_back(FromMention(m));
        out.back().begin = tokens[q].begin;
        out.back().end = tokens[q].end;
        break;
      }
      *end = q + 1;
      return out;
    }
    if (w == "he" || w == "she" || w == "him" || w == "her") {
      // "Kishida praised him": an object pronoun is not its clause's
      // subject, an actor before the verb that is not in a prepositional
      // phrase ("held talks with Li and pressed him" is Li).
      uint32_t verb = q;
      if (w == "him" || w == "her") {
        for (uint32_t t = q; t > sentence.token_begin; --t)
          if (IsVerbTag(tokens[t - 1].tag) && view.covering[t - 1] < 0) {
            verb = t - 1;
            break;
          }
      }
      auto clause_subject = [&](const ActorMention& m) {
        if (verb == q || m.token_begin < sentence.token_begin || m.token_end > verb) return false;
        if (m.token_begin > sentence.token_begin &&
            (tokens[m.token_begin - 1].tag == Tag::kIN || tokens[m.token_begin - 1].tag == Tag::kTO))
          return false;
        // A subject stands right before its verb group ("Kishida also
        // praised"); "telephoned Olmert and urged him" is the object's.
        uint32_t after = m.token_end;
        while (after < verb && (tokens[after].tag == Tag::kRB || tokens[after].tag == Tag::kMD)) ++after;
        return after < sentence.token_end && (IsVerbTag(tokens[after].tag) || tokens[after].tag == Tag::kMD);
      };
      // A person named inside a quotation is not the one "he" outside
      // it stands for ('"We condemn Bush," he said').
      auto quoted = [&](const ActorMention& m) {
        return data_->conventions && tokens[m.token_begin].Has(kQuoted) && !tokens[q].Has(kQuoted);
      };
      // A role that names one person stands for "he" as a name does: "The
      // Russian foreign minister spoke on Monday. He warned Kyiv ..."; not
      // "Iranian officials" nor "the Russian army".
      auto one_person = [&](const ActorMention& m) {
        // A name no dictionary holds, named with no office, stands for
        // "he" only where it is no object of a preposition: in "the
        // poisoning of Jane Doe. She ...", "she" is someone named before.
        if (m.kind == ActorKind::kPerson && m.learned && m.role.empty() && m.token_begin > 0 &&
            (tokens[m.token_begin - 1].tag == Tag::kIN || tokens[m.token_begin - 1].tag == Tag::kTO))
          return false;
        if (m.kind == ActorKind::kPerson) return true;
        if (m.kind != ActorKind::kRole) return false;
        const Token& last = tokens[m.token_end - 1];
        return last.tag == Tag::kNN &&
               Has({"minister", "president", "spokesman", "spokeswoman", "premier", "chancellor", "ambassador",
                    "envoy", "secretary", "king", "queen", "prince", "emir", "governor", "mayor", "negotiator"},
                   last.lower);
      };
      for (size_t n = before(q), seen = 0; n > 0 && seen < kMaxLookBack; --n, ++seen)
        if (one_person(mentions[n - 1]) && !clause_subject(mentions[n - 1]) && !quoted(mentions[n - 1])) {
          // "... said Mr Bashir. He dismissed ...": a person no dictionary
          // knows, named with a title after the candidate, is more likely
          // the one meant; then nobody is.
          if (UnknownTitledNameBetween(view, mentions[n - 1].token_end, q)) break;
          out.push_back(FromMention(mentions[n - 1]));
          out.back().begin = tokens[q].begin;
          out.back().end = tokens[q].end;
          break;
        }
      *end = q + 1;
      return out;
    }
    // "They agreed to ...": the two actors of the sentence before, when it
    // names exactly two, or the three or four it lists together ("the
    // leaders of South Korea, China and Japan met ...").
    if (w == "they" || w == "them") {
      // Not when a plural noun of this sentence comes first ("forty
      // militants died when they fought with ...").
      bool plural_before = false;
      for (uint32_t t = sentence.token_begin; t < q; ++t)
        if ((tokens[t].tag == Tag::kNNS || tokens[t].tag == Tag::kNNPS) && view.covering[t] < 0) plural_before = true;
      size_t n = plural_before ? 0 : before(sentence.token_begin);
      // Only two people, or two governments: "They also train" after a
      // sentence on an army and a militia is about neither.
      auto person_or_government = [](const EventActor& a) { return a.role == "GOV" || a.role.empty(); };
      // The distinct actors of the sentence before, last first; with
      // `listing`, only those of one list ("X, Y and Z"), places left out.
      auto gather = [&](bool listing) {
        std::vector<EventActor> found;
        std::vector<std::string> keys;
        uint32_t next_begin = 0;  // where the mention after the current one starts
        const uint32_t previous = mentions[n - 1].sentence;
        for (size_t k = n; k > 0 && mentions[k - 1].sentence == previous && keys.size() <= 4; --k) {
          const ActorMention& m = mentions[k - 1];
          if (listing) {
            // Places ("met in Seoul") are not the ones who met.
            if (m.token_begin > 0 && Has({"in", "at", "near"}, tokens[m.token_begin - 1].lower)) continue;
            if (!keys.empty())
              for (uint32_t t = m.token_end; t < next_begin; ++t)
                if (tokens[t].norm != "," && tokens[t].lower != "and") return std::vector<EventActor>();
            next_begin = m.token_begin;
          }
          std::string key = m.country.empty() ? m.code : m.country;
          if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
          keys.push_back(std::move(key));
          found.push_back(FromMention(m));
          found.back().begin = tokens[q].begin;
          found.back().end = tokens[q].end;
        }
        if (!std::all_of(found.begin(), found.end(), person_or_government)) found.clear();
        return found;
      };
      if (n > 0) {
        out = gather(false);
        if (out.size() != 2) {
          out = gather(true);
          if (out.size() < 3 || out.size() > 4) out.clear();
        }
        std::reverse(out.begin(), out.end());
      }
      *end = q + 1;
      return out;
    }
    // "the prime minister", "the former president": a person named before.
    if (w == "the") {
      std::vector<EventActor> titled = ReferTitle(view, sentence, q, end);
      if (!titled.empty()) return titled;
    }
    // "the bloc", "the alliance", "the agency", "the court": the
    // international body (or court) the article has named most so far, of
    // equals the latest.
    if (w == "the" && q + 1 < sentence.token_end) {
      const std::string_view noun = tokens[q + 1].lemma;
      const bool court = noun == "court" || noun == "tribunal";
      if (court || Has({"bloc", "alliance", "agency"}, noun)) {
        // Not "the alliance's" (a possessor heads a longer phrase) nor "the
        // court of appeal".
        if (q + 2 < sentence.token_end && (tokens[q + 2].lower == "of" || view.mention_at[q + 2] >= 0)) return out;
        const ActorMention* best = nullptr;
        int best_count = 0;
        for (size_t n = before(q), seen = 0; n > 0 && seen < kMaxLookBack; --n, ++seen) {
          const ActorMention& m = mentions[n - 1];
          const bool body = m.code.rfind("IGO", 0) == 0;
          const bool judicial = m.role == "JUD" || m.code.rfind("IGOJUD", 0) == 0;
          if (court ? !judicial : !body || judicial) continue;
          int count = 0;
          for (size_t k = n, looked = seen; k > 0 && looked < kMaxLookBack; --k, ++looked)
            count += mentions[k - 1].code == m.code;
          if (count > best_count) best = &m, best_count = count;
        }
        if (best != nullptr) {
          out.push_back(FromMention(*best));
          out.back().begin = tokens[q].begin;
          out.back().end = tokens[q + 1].end;
          *end = q + 2;
        }
        return out;
      }
    }
    // "the two nations", "both sides", "each side", "the two countries", "both governments".
    uint32_t p = q;
    if (tokens[p].lower == "the" && p + 1 < sentence.token_end) ++p;
    // "both Koreas", "the two Sudans": the two states of a divided country.
    if (p + 1 < sentence.token_end && (tokens[p].lower == "two" || tokens[p].lower == "both")) {
      static constexpr std::array<std::array<std::string_view, 3>, 3> kDivided = {{
          {"koreas", "KOR", "PRK"}, {"sudans", "SDN", "SSD"}, {"congos", "COD", "COG"}}};
      for (const auto& divided : kDivided) {
        if (tokens[p + 1].lower != divided[0]) continue;
        for (size_t k = 1; k < 3; ++k) {
          const std::string country(divided[k]);
          out.push_back(EventActor{util::Cat(country, "GOV"), country, "GOV", tokens[q].begin, tokens[p + 1].end});
        }
        *end = p + 2;
        return out;
      }
    }
    // "urged all sides to show restraint": the sides of the conflict.
    const bool all_sides = p == q && tokens[p].lower == "all" && p + 1 < sentence.token_end &&
                           tokens[p + 1].lower == "sides";
    if (p + 1 < sentence.token_end && (tokens[p].lower == "two" || tokens[p].lower == "both" || all_sides ||
                                       (tokens[p].lower == "each" && p == q))) {
      // "The two discussed the dispute", "Both condemned the attack": the
      // number alone before a verb stands for the two as "the two sides" does.
      const Token& after = tokens[p + 1];
      // Only as a clause's subject: at its start, after a comma or a
      // conjunction ("looking for the two arrested soldiers" is no subject).
      const bool opens = q == sentence.token_begin || tokens[q - 1].norm == "," ||
                         Has({"and", "but", "as", "that", "while", "when", "after", "before"}, tokens[q - 1].lower);
      const bool bare = opens && ((tokens[p].lower == "two" && p > q) || (tokens[p].lower == "both" && p == q)) &&
                        (IsVerbTag(after.tag) || after.tag == Tag::kMD ||
                         (after.tag == Tag::kRB && p + 2 < sentence.token_end && IsVerbTag(tokens[p + 2].tag)));
      const std::string_view noun = bare ? std::string_view() : after.lemma;
      const uint32_t group_end = bare ? p + 1 : p + 2;  // past the group
      const bool states = noun == "nation" || noun == "country" || noun == "state" || noun == "neighbor" ||
                          noun == "neighbour";
      if (bare || states || noun == "side" || noun == "government" || noun == "leader" || noun == "party" ||
          noun == "man" || noun == "delegation") {
        // The two actors the article has spoken of most, lately: mentions
        // before this one, but not this clause's own subject ("China and
        // Russia urged both countries ...").
        // The stretch between the verb before this one and the verb that
        // governs the description holds that verb's subject.
        uint32_t subject_begin = sentence.token_begin, subject_end = sentence.token_begin;
        for (uint32_t t = q; t > sentence.token_begin; --t) {
          if (!IsVerbTag(tokens[t - 1].tag) || view.covering[t - 1] >= 0) continue;
          subject_end = GroupStart(view, t - 1);
          for (uint32_t u = subject_end; u > sentence.token_begin; --u)
            if (IsVerbTag(tokens[u - 1].tag) && view.covering[u - 1] < 0) {
              subject_begin = u;
              break;
            }
          break;
        }
        size_t n = before(q);
        struct Seen {
          std::string key;
          size_t count = 0;
          size_t last = 0;  // position in the look-back, 0 = nearest
          const ActorMention* mention = nullptr;
        };
        std::vector<Seen> seen;
        for (size_t looked = 0; n > 0 && looked < kMaxLookBack; --n, ++looked) {
          const ActorMention& m = mentions[n - 1];
          if (m.token_begin >= subject_begin && m.token_end <= subject_end) continue;
          if (states && (m.country.empty() || m.code.rfind("IGO", 0) == 0)) continue;
          // Sides and parties are the ones at odds, not the mediators.
          if ((noun == "side" || noun == "party") &&
              (m.code.rfind("IGO", 0) == 0 || m.code.rfind("NGO", 0) == 0))
            continue;
          // Places ("talks in Abu Dhabi") are not parties.
          if (m.token_begin > 0 && Has({"in", "at", "near"}, tokens[m.token_begin - 1].lower)) continue;
          // Countries count by country; sides by actor (an army and a militia
          // of one country are two sides).
          const std::string key = states && !m.country.empty() ? m.country : m.code;
          auto it = std::find_if(seen.begin(), seen.end(), [&](const Seen& x) { return x.key == key; });
          if (it == seen.end()) {
            seen.push_back(Seen{key, 1, looked, &m});
          } else {
            ++it->count;
          }
        }
        std::stable_sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
          return a.count != b.count ? a.count > b.count : a.last < b.last;
        });
        // The sides of a conflict are the two actors of its latest act of
        // conflict in the article ("fighting between the army and the RSF
        // ... called on the two sides"), not its mediators.
        if (noun == "side" || noun == "party") {
          for (size_t k = view.events->size(); k > view.first_event; --k) {
            const Event& e = (*view.events)[k - 1];
            if (e.cameo == nullptr || e.cameo->quad_class < 3 || e.negated) continue;
            if (e.source.code.rfind("IGO", 0) == 0 || e.target.code.rfind("IGO", 0) == 0) continue;
            out.push_back(e.source);
            out.push_back(e.target);
            for (EventActor& a : out) {
              a.begin = tokens[q].begin;
              a.end = tokens[group_end - 1].end;
            }
            *end = group_end;
            return out;
          }
        }
        if (seen.size() >= 2) {
          for (int k = 0; k < 2; ++k) {
            out.push_back(FromMention(*seen[k].mention));
            out.back().begin = tokens[q].begin;
            out.back().end = tokens[group_end - 1].end;
          }
        }
        *end = group_end;
      }
    }
    return out;
  }

  // A title after "the" at q that may stand for a person named before:
  // "the prime minister", "the former president", "the foreign minister",
  // "the Islamic cleric", "the 62-year-old". Not when it is part of a
  // longer phrase: a name or another noun after it ("the prime minister
  // Jean Dupont", "the general election", "the president's office"), "of"
  // after it ("the president of France", "the leader of the party"), or
  // an actor inside it ("the Iraqi president" is that actor already).
  struct TitleRef {
    const Title* title = nullptr;  // null for an age alone
    std::string_view portfolio;
    std::string_view age;  // "62" in "the 62-year-old"
    bool former = false;
    uint32_t end = 0;
  };
  static bool TitleRefAt(const ArticleView& view, const Sentence& sentence, uint32_t q, TitleRef* ref) {
    const auto& tokens = view.doc->tokens;
    if (tokens[q].lower != "the" || q + 1 >= sentence.token_end) return false;
    const uint32_t last = std::min(sentence.token_end, q + 8);
    bool ends = false;  // a title's last word is near: most "the" are no title
    for (uint32_t t = q + 1; t < last && t < q + 6 && !ends; ++t) ends = IsTitleEnd(tokens[t].lower);
    if (!ends) return false;
    std::vector<std::string_view> words;
    for (uint32_t t = q + 1; t < last && view.covering[t] < 0; ++t) words.push_back(tokens[t].lower);
    for (size_t i = 0; i < words.size() && i < 4; ++i) {
      size_t len = 0;
      const Title* title = TitleAtWord(words, i, &len);
      const std::string_view age = title == nullptr ? AgeOf(words[i]) : std::string_view();
      if (title == nullptr && age.empty()) {
        // Modifiers: "the new prime minister", "the Shiite cleric", "the
        // Foreign Minister"; a capitalized word only when it reads as an
        // adjective ("the Hon Annette King" is a name).
        const Tag tag = tokens[q + 1 + i].tag;
        if (!Portfolio(words[i]).empty() || IsFormer(words[i])) continue;
        if (tag == Tag::kNNP && !AdjectiveLike(words[i])) return false;
        if (tag != Tag::kJJ && tag != Tag::kVBN && tag != Tag::kNNP) return false;
        continue;
      }
      if (title == nullptr) len = 1;
      const uint32_t e = q + 1 + static_cast<uint32_t>(i + len);
      if (e < sentence.token_end) {
        const Token& next = tokens[e];
        if (view.mention_at[e] >= 0 || next.lower == "of" || next.tag == Tag::kPOS || next.norm == "'s" ||
            next.tag == Tag::kNN || next.tag == Tag::kNNS || next.tag == Tag::kNNP || next.tag == Tag::kNNPS ||
            next.tag == Tag::kCD || next.norm == "-")
          return false;
      }
      ref->title = title;
      ref->age = age;
      ref->end = e;
      for (size_t k = 0; k < i; ++k) ref->former |= IsFormer(words[k]);
      if (i > 0) {
        size_t p = i - 1;
        if (words[p] == "affairs" && p > 0) --p;
        ref->portfolio = Portfolio(words[p]);
      }
      return true;
    }
    return false;
  }

  // The titles and ages the text gives mention m's person (or role phrase)
  // where it names them: inside the mention ("Prime Minister John Howard"),
  // in the words just before it ("radical cleric Moqtada al-Sadr", "the
  // 62-year-old"), and in an apposition after it (", the foreign
  // minister,", ", 62,").
  static void TitlesOf(const ArticleView& view, const ActorMention& m, std::vector<Held>* held,
                       std::vector<std::string_view>* ages) {
    const auto& tokens = view.doc->tokens;
    const Sentence& sentence = view.doc->sentences[m.sentence];
    std::vector<std::string_view> words;
    uint32_t b = m.token_begin;
    for (int k = 0; k < 4 && b > sentence.token_begin && view.covering[b - 1] < 0; ++k) {
      const Tag tag = tokens[b - 1].tag;
      if (tag != Tag::kJJ && tag != Tag::kNN && tag != Tag::kNNP && tag != Tag::kVBN) break;
      --b;
    }
    for (uint32_t t = b; t < m.token_end; ++t) {
      const std::string_view w = tokens[t].lower;
      if (w.substr(0, 3) == "ex-" && w.size() > 3) {
        words.push_back("former");
        words.push_back(w.substr(3));
        continue;
      }
      if (const std::string_view age = AgeOf(w); !age.empty()) ages->push_back(age);
      words.push_back(w);
    }
    TitlesIn(words, held);
    uint32_t a = m.token_end;
    if (a + 1 >= sentence.token_end || tokens[a].norm != ",") return;
    ++a;
    if (a + 1 < sentence.token_end && tokens[a].kind == TokenKind::kNumber && tokens[a + 1].norm == ",") {
      ages->push_back(tokens[a].lower);
      return;
    }
    words.clear();
    for (uint32_t t = a; t < sentence.token_end && t < a + 8; ++t) {
      const Token& tok = tokens[t];
      if (tok.norm == "," || tok.norm == "." || tok.norm == ";" || IsVerbTag(tok.tag) || tok.tag == Tag::kMD ||
          Has({"who", "which", "and", "but"}, tok.lower))
        break;
      if (const int32_t n = view.mention_at[t]; n >= 0 && (*view.mentions)[n].kind == ActorKind::kPerson) break;
      words.push_back(tok.lower);
    }
    TitlesIn(words, held);
  }

  // "The prime minister", "the former president", "the opposition leader"
  // at token q (its "the"): the person named before whom the article has
  // given that title, nearest first, within the look-back. A person named
  // with no title may stand for a head of state or government (and an
  // opposition or rebel leader for one with that role). Two such people of
  // different codes leave the title unresolved ("Bush met Putin. The
  // president said ..."), and so does a person named with no title nearer
  // than the one with it. People named in the sentence itself are not
  // the title's. With nobody fitting, a head of state or government is the
  // government of the country the article is about, when it names that
  // government.
  std::vector<EventActor> ReferTitle(const ArticleView& view, const Sentence& sentence, uint32_t q,
                                     uint32_t* end) const {
    TitleRef ref;
    if (!TitleRefAt(view, sentence, q, &ref)) return {};
    const auto& tokens = view.doc->tokens;
    const auto& mentions = *view.mentions;
    const size_t before = static_cast<size_t>(
        std::partition_point(mentions.begin(), mentions.end(),
                             [&](const ActorMention& m) { return m.token_end <= q; }) -
        mentions.begin());
    const bool head = ref.title != nullptr && ref.title->head && !ref.former && ref.portfolio.empty();
    std::string_view untitled_role = head ? "GOV" : std::string_view();
    if (ref.title != nullptr && ref.title->office == "leader" && !ref.former) {
      if (ref.portfolio == "opposition") untitled_role = "OPP";
      if (ref.portfolio == "rebel") untitled_role = "REB";
    }
    auto fits = [&](const Held& h) {
      if (ref.title == nullptr || h.former != ref.former) return false;
      if (h.office != ref.title->office && !(ref.title->office == "leader" && h.head)) return false;
      return ref.portfolio.empty() || ref.portfolio == h.portfolio;
    };
    struct Candidate {
      const ActorMention* mention;
      int score;  // 2: named with the title; 1: named with none
    };
    std::vector<Candidate> candidates;
    std::vector<std::string_view> keys;
    std::vector<Held> held;
    std::vector<std::string_view> ages;
    for (size_t n = before, seen = 0; n > 0 && seen < kMaxLookBack; --n, ++seen) {
      const ActorMention& m = mentions[n - 1];
      if (m.kind != ActorKind::kPerson && m.kind != ActorKind::kRole) continue;
      const std::string_view key = m.kind == ActorKind::kPerson ? m.entry : std::string_view(m.code);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(key);
      // Everything the article has said of the person so far.
      held.clear();
      ages.clear();
      bool here = false;  // named in this sentence
      for (size_t k = 0; k < before; ++k) {
        const ActorMention& other = mentions[k];
        const bool same = m.kind == ActorKind::kPerson ? other.kind == ActorKind::kPerson && other.entry == key
                                                       : &other == &m;
        if (!same) continue;
        here |= other.token_begin >= sentence.token_begin;
        TitlesOf(view, other, &held, &ages);
      }
      if (here) continue;
      int score = 0;
      if (!ref.age.empty()) {
        score = std::find(ages.begin(), ages.end(), ref.age) != ages.end() ? 2 : 0;
      } else if (std::any_of(held.begin(), held.end(), fits)) {
        score = 2;
      } else if (held.empty() && m.kind == ActorKind::kPerson && !untitled_role.empty() && m.role == untitled_role) {
        score = 1;
      }
      if (score > 0) candidates.push_back(Candidate{&m, score});
    }
    std::vector<EventActor> out;
    const Candidate* chosen = nullptr;
    for (const Candidate& c : candidates)
      if (chosen == nullptr || c.score > chosen->score) chosen = &c;
    if (chosen != nullptr) {
      for (const Candidate& c : candidates) {
        if (c.mention->code == chosen->mention->code) continue;
        if (c.score == chosen->score) return out;  // two fit equally
        if (head && &c < chosen) return out;         // an untitled leader of another country is nearer
      }
      out.push_back(FromMention(*chosen->mention));
    } else if (head && !view.home.empty()) {
      const std::string government = util::Cat(view.home, "GOV");
      if (std::none_of(mentions.begin(), mentions.begin() + before,
                       [&](const ActorMention& m) { return m.code == government; }))
        return out;
      out.push_back(EventActor{government, view.home, "GOV", 0, 0});
    } else {
      return out;
    }
    out.back().begin = tokens[q].begin;
    out.back().end = tokens[ref.end - 1].end;
    *end = ref.end;
    return out;
  }

  // True when the actor is an armed group, a gang, a crowd or an
  // international militant group: one that holds no state's power to arrest.
  static bool IsNonStateForce(const EventActor& a) {
    return a.role == "REB" || a.role == "CRM" || a.role == "CVL" || a.role == "UAF" ||
           a.code.rfind("IMG", 0) == 0;
  }

  // True when an act of force coded `code` from `source` to `target` is
  // one of a state's forces against its own civilians, opposition or media.
  static bool IsRepression(const CameoCode& code, const EventActor& source, const EventActor& target) {
    if (code.code != "190" && code.code != "193") return false;
    if (source.country.empty() || source.country != target.country) return false;
    // "police attacked journalists with batons": the media too.
    return (source.role == "MIL" || source.role == "COP") &&
           (target.role == "CVL" || target.role == "OPP" || target.role == "MED");
  }

  // True when the words [i, end) name a protest or arms of crowd control
  // ("broke up the rally", "fired tear gas", "fired rubber bullets").
  static bool NamesProtestOrRiotGear(const Document& doc, uint32_t i, uint32_t end) {
    for (uint32_t k = i; k < end && k < doc.tokens.size(); ++k)
      if (Has({"tear", "water", "rubber", "plastic", "protest", "demonstration", "rally", "march", "gathering",
               "sit-in", "riot", "unrest"},
              doc.tokens[k].lemma))
        return true;
    return false;
  }

  // True when an "attack" coded as force (190) is one politician's or
  // party's verbal attack on another: "Howard attacked the Opposition's
  // front bench", "Papandreou stepped up his attack on the government's
  // response", "continued his attack on Mr Beazley". Both ends must be
  // people, parties or bodies of government named as such, not a state by
  // its name or capital (a state attacks with arms: "Israel attacked
  // Beirut"), nor forces, police, rebels or crowds; and the sentence must
  // tell of no weapon, wound or fighters ("gunmen attacked the minister").
  static bool IsVerbalAttack(const ArticleView& view, const Sentence& sentence, uint32_t anchor, const CameoCode& code,
                             const EventActor& source, const EventActor& target) {
    if (code.code != "190") return false;
    const Document& doc = *view.doc;
    if (doc.tokens[anchor].lemma != "attack") return false;
    auto political = [&](const EventActor& a) {
      if (a.role != "GOV" && a.role != "OPP" && a.role != "LEG" && a.role != "ELI" && a.role != "JUD") return false;
      const int32_t m = view.mention_at[SentenceTokenAt(doc, sentence, a.begin)];
      if (m >= 0 && (*view.mentions)[m].kind == ActorKind::kCountry) return false;
      // A crowd or a building of the party ("opposition supporters", "the
      // party's offices") is attacked with fists and stones.
      const std::string_view text = doc.text.substr(a.begin, a.end - a.begin);
      if (EndsWithAny(text, {"supporters", "members", "activists", "office", "offices", "headquarters", "convoy",
                             "home", "residence", "palace", "building", "compound", "embassy"}))
        return false;
      // Nor is one whose followers did it: "Mugabe's supporters attacked",
      // "supporters of Mugabe attacked" (the actor found is their leader).
      if (m >= 0) {
        const ActorMention& x = (*view.mentions)[m];
        auto followers = [&](uint32_t q) {
          return q >= sentence.token_begin && q < sentence.token_end &&
                 Has({"supporter", "follower", "loyalist", "militia", "militiaman", "guard", "bodyguard", "youth",
                      "thug", "man", "gang", "mob", "partisan", "militant", "activist"},
                     doc.tokens[q].lemma);
        };
        if (x.token_end < sentence.token_end && doc.tokens[x.token_end].tag == Tag::kPOS && followers(x.token_end + 1))
          return false;
        if (x.token_begin >= sentence.token_begin + 2 && doc.tokens[x.token_begin - 1].lower == "of" &&
            followers(x.token_begin - 2))
          return false;
      }
      return true;
    };
    if (!political(source) || !political(target)) return false;
    for (uint32_t q = sentence.token_begin; q < sentence.token_end; ++q) {
      const std::string_view w = doc.tokens[q].lemma;
      for (std::string_view force :
           {"kill", "wound", "injure", "injury", "shoot", "shot", "gun", "gunman", "gunmen", "gunfire", "bomb",
            "bombing", "grenade", "rocket", "missile", "mortar", "weapon", "armed", "troop", "soldier", "militia",
            "militant", "knife", "stab", "beat", "assassinate", "assassination", "bullet", "explosive", "ambush",
            "suicide", "airstrike", "insurgent", "rebel", "mob", "thug", "stone", "dead", "death", "hospital"})
        if (w == force) return false;
    }
    return true;
  }

  // True when the actor is armed forces or police named as a body ("Australian
  // troops", "the army"), not a person who holds an office in them.
  static bool ForceNotPerson(const ArticleView& view, const EventActor& a) {
    if (a.role != "MIL" && a.role != "COP") return false;
    const auto& tokens = view.doc->tokens;
    const auto at = std::lower_bound(tokens.begin(), tokens.end(), a.begin,
                                     [](const Token& t, uint32_t begin) { return t.begin < begin; });
    if (at == tokens.end() || at->begin != a.begin) return false;
    const int32_t m = view.covering[static_cast<size_t>(at - tokens.begin())];
    if (m >= 0 && (*view.mentions)[m].kind == ActorKind::kPerson) return false;
    // A body of troops or police ("Ugandan troops", "the soldiers"), not
    // "an Iraqi general", "the two men" or a pronoun.
    // "agents of the FBI", "soldiers of the National Guard": a body of it.
    size_t k = static_cast<size_t>(at - tokens.begin());
    // Over "the" and a country's name: "agents of the U.S. FBI".
    for (int n = 0; n < 3 && k > 0 && (tokens[k - 1].lower == "the" ||
                                       (view.covering[k - 1] >= 0 &&
                                        (*view.mentions)[view.covering[k - 1]].kind == ActorKind::kCountry));
         ++n)
      k = view.covering[k - 1] >= 0 ? (*view.mentions)[view.covering[k - 1]].token_begin : k - 1;
    if (k >= 2 && tokens[k - 1].lower == "of" &&
        Has({"agents", "officers", "troops", "soldiers", "units", "policemen", "investigators"}, tokens[k - 2].lower))
      return true;
    const std::string_view text = view.doc->text.substr(a.begin, a.end - a.begin);
    return EndsWithAny(text, {"troops", "forces", "soldiers", "police", "army", "military", "marines",
                              "peacekeepers", "policemen", "battalion", "contingent", "Army", "Forces",
                              "Guard", "guards"});
  }

  // True when a state's own government, forces or police use force (roots
  // 18 to 20) on a target that is their own country named as a place
  // ("raided hideouts in Iraq" by Iraqi troops).
  static bool IsForceOnOwnLand(const ArticleView& view, const Sentence& sentence, const CameoCode& code,
                               const EventActor& source, const EventActor& target) {
    const std::string_view root = std::string_view(code.code).substr(0, 2);
    if (root != "18" && root != "19" && root != "20") return false;
    if (source.country.empty() || source.country != target.country) return false;
    if (source.role != "GOV" && source.role != "MIL" && source.role != "COP") return false;
    if (target.role != "GOV" || target.begin >= target.end) return false;
    const Document& doc = *view.doc;
    const int32_t m = view.mention_at[SentenceTokenAt(doc, sentence, target.begin)];
    return m >= 0 && (*view.mentions)[m].kind == ActorKind::kCountry;
  }

  static bool IsOfficialProtest(const CameoCode& code, const EventActor& source) {
    if (code.code != "140" && code.code != "141") return false;
    return source.role == "GOV" || source.role == "LEG" || source.role == "JUD" || source.role == "SPY" ||
           source.code.rfind("IGO", 0) == 0;
  }

  // True when the pair cannot hold the act. The media are no political
  // actor ("German tabloid Bild attacked ..."); police or troops "meeting"
  // protesters or civilians confront them: "protesters were met by riot
  // police" is no meeting. A visit is made abroad: "arrived in Tonga" of a
  // Tongan coming home, or a minister "visiting" a laboratory of her own
  // country, is no visit.
  static bool NoActorPair(const CameoCode& code, const EventActor& source, const EventActor& target) {
    if (source.role == "MED") return true;
    if (code.code.rfind("04", 0) != 0) return false;
    if ((code.code == "042" || code.code == "043") && !source.country.empty() && source.country == target.country)
      return true;
    // Army chiefs do hold talks with opposition leaders; police do not.
    auto confronts = [](const EventActor& force, const EventActor& people) {
      return (force.role == "COP" && (people.role == "CVL" || people.role == "OPP")) ||
             (force.role == "MIL" && people.role == "CVL");
    };
    return confronts(source, target) || confronts(target, source);
  }

  // True when the anchor at i stands in what an accusation says: "X
  // accused (blamed) Y ..., saying (claiming) ...".
  static bool ToldAsAccusation(const Document& doc, const Sentence& sentence, uint32_t i) {
    bool accused = false;
    for (uint32_t q = sentence.token_begin; q < i; ++q) {
      const Token& t = doc.tokens[q];
      if (IsVerbTag(t.tag) && Has({"accuse", "blame", "allege"}, t.lemma)) accused = true;
      else if (accused && Has({"saying", "claiming", "alleging"}, t.lower)) return true;
    }
    return false;
  }

  // True when the active verb at i has a relative pronoun for its object:
  // "Kataib Hezbollah, which Washington blames for ...", "the minister,
  // whom Rudd criticised". Sets the verb's subject (the actor between the
  // pronoun and the verb) and the antecedent (the actor before the pronoun,
  // a comma between or not). Not "that", which opens reported speech as
  // often; nor a verb that has an actor for its object after it.
  static bool ObjectRelative(const ArticleView& view, const Sentence& sentence, uint32_t i, EventActor* subject,
                             EventActor* antecedent) {
    const auto& tokens = view.doc->tokens;
    const Tag tag = tokens[i].tag;
    if (tag != Tag::kVBD && tag != Tag::kVBZ && tag != Tag::kVBP && tag != Tag::kVBN) return false;
    if (IsPassive(*view.doc, i) || view.covering[i] >= 0) return false;
    uint32_t object = i + 1;
    if (object < sentence.token_end && tokens[object].tag == Tag::kDT) ++object;
    if (object < sentence.token_end && view.covering[object] >= 0) return false;
    // Back over adverbs and "has", "had": "which Chavez has accused".
    uint32_t q = i;
    while (q > sentence.token_begin && view.covering[q - 1] < 0 &&
           (tokens[q - 1].tag == Tag::kRB || Has({"has", "have", "had"}, tokens[q - 1].lower)))
      --q;
    if (tag == Tag::kVBN && q == i) return false;  // a participle needs its "has"
    if (q <= sentence.token_begin + 2) return false;
    const int32_t s = view.ending_at[q];
    if (s < 0) return false;
    const ActorMention& who = (*view.mentions)[s];
    if (who.token_begin <= sentence.token_begin + 1) return false;
    uint32_t r = who.token_begin - 1;
    if (r > sentence.token_begin && tokens[r].lower == "the") --r;
    if (!Has({"which", "whom", "who"}, tokens[r].lower) || r <= sentence.token_begin) return false;
    uint32_t a = r;
    if (tokens[a - 1].norm == ",") --a;
    if (a <= sentence.token_begin) return false;
    const int32_t t = view.ending_at[a];
    if (t < 0 || (*view.mentions)[t].token_begin <= sentence.token_begin) return false;
    // "reunification with China, which the DPP opposes": after a preposition
    // other than "of" the actor only qualifies the thing the pronoun stands for.
    const Token& before = tokens[(*view.mentions)[t].token_begin - 1];
    if (before.tag == Tag::kIN && before.lower != "of") return false;
    *subject = FromMention(who);
    *antecedent = FromMention((*view.mentions)[t]);
    return subject->code != antecedent->code;
  }

  // The "with" that opens an absolute clause whose participle is at i:
  // ", with 40 people detained", ", with dozens of them being arrested".
  // Its noun group stands between them; a comma comes before it. Else
  // UINT32_MAX.
  static uint32_t WithAbsolute(const ArticleView& view, const Sentence& sentence, uint32_t i) {
    const auto& tokens = view.doc->tokens;
    if (tokens[i].lower == "being" && i + 1 < sentence.token_end && tokens[i + 1].tag == Tag::kVBN) ++i;
    if (tokens[i].tag != Tag::kVBN && tokens[i].tag != Tag::kVBD) return UINT32_MAX;
    uint32_t q = i;
    if (q > sentence.token_begin && tokens[q - 1].lower == "being") --q;
    const uint32_t group_end = q;
    while (q > sentence.token_begin && group_end - q < 10 && tokens[q - 1].lower != "with") {
      const Token& t = tokens[q - 1];
      const bool noun_word = view.covering[q - 1] >= 0 || t.tag == Tag::kDT || t.tag == Tag::kJJ ||
                             t.tag == Tag::kCD || t.tag == Tag::kNN || t.tag == Tag::kNNS || t.tag == Tag::kNNP ||
                             t.tag == Tag::kNNPS || t.tag == Tag::kPRPS || t.tag == Tag::kPRP ||
                             Has({"of", "over", "about", "around", "more", "than", "at", "least", "nearly"}, t.lower);
      if (!noun_word) return UINT32_MAX;
      --q;
    }
    if (q == group_end || q <= sentence.token_begin + 1 || tokens[q - 1].lower != "with" ||
        tokens[q - 2].norm != ",")
      return UINT32_MAX;
    return q - 1;
  }

  // True when the verb at i is a passive participle: "was attacked".
  static bool IsPassive(const Document& doc, uint32_t i) {
    if (doc.tokens[i].tag != Tag::kVBN) return false;
    for (uint32_t q = i; q > 0 && i - q < 4; --q) {
      const Token& t = doc.tokens[q - 1];
      if (t.lemma == "be" || t.lemma == "get") return true;
      // "were each sentenced", "were both charged".
      if (t.tag != Tag::kRB && t.tag != Tag::kRBR && !Has({"each", "both", "all"}, t.lower)) return false;
    }
    return false;
  }

  // True when the participle at i follows an actor (or an actor and a
  // comma) and has its agent right after it: an actor after "by" that heads
  // its phrase. "Two British journalists detained by Iranian police were
  // released", "Kurdish rebels, backed by Iran, attacked"; not "a plan
  // backed by the UN" (no actor before) nor "backed by the UN resolution".
  // With `people`, a noun for armed men or people in a group may stand
  // before it in place of the actor ("Hamas militants backed by Iran"), not
  // a thing ("a mine laid by the PKK killed", where the PKK killed).
  // After a comma the actor must not stand in a prepositional phrase
  // ("a law drafted by Obama, endorsed by Biden").
  bool ReducedPassive(const ArticleView& view, const Sentence& sentence, uint32_t i, bool people = false) const {
    static const util::ViewSet kPeople = [] {
      util::ViewSet set;
      for (std::string_view w : {"militant", "fighter", "gunman", "soldier", "troop", "rebel", "insurgent", "militia",
                                 "militiaman", "guerrilla", "force", "group", "faction", "official", "leader",
                                 "delegation", "protester", "demonstrator", "activist", "policeman", "member"})
        set.insert(w);
      return set;
    }();
    const auto& tokens = view.doc->tokens;
    if (tokens[i].tag != Tag::kVBN || view.covering[i] >= 0 || i <= sentence.token_begin + 1) return false;
    if (IsPassive(*view.doc, i)) return false;
    const bool comma = tokens[i - 1].norm == ",";
    const uint32_t before = comma ? i - 1 : i;
    if (before <= sentence.token_begin) return false;
    const int32_t n = view.ending_at[before];
    const bool noun = people && view.covering[before - 1] < 0 && IsNounTag(tokens[before - 1].tag) &&
                      kPeople.contains(tokens[before - 1].lemma);
    if (!noun && (n < 0 || (*view.mentions)[n].token_begin < sentence.token_begin)) return false;
    if (comma && !noun) {
      uint32_t b = (*view.mentions)[n].token_begin;
      while (b > sentence.token_begin && (tokens[b - 1].tag == Tag::kDT || tokens[b - 1].tag == Tag::kJJ)) --b;
      if (b > sentence.token_begin && (tokens[b - 1].tag == Tag::kIN || tokens[b - 1].tag == Tag::kTO)) return false;
    }
    uint32_t by = i + 1;
    while (by < sentence.token_end && tokens[by].tag == Tag::kRB) ++by;
    if (by + 1 >= sentence.token_end || tokens[by].lower != "by") return false;
    std::vector<EventActor> agent;
    uint32_t end = 0;
    if (!SlotAt(view, sentence, by + 1, &agent, &end)) return false;
    return end >= sentence.token_end ||
           !(IsNounTag(tokens[end].tag) || tokens[end].tag == Tag::kPOS || tokens[end].norm == "'s");
  }

  // True when a purpose phrase comes before the next "by": "imported from
  // Egypt for collection by UNRWA" (UNRWA collects, it did not import).
  static bool PurposeBeforeBy(const Document& doc, const Sentence& sentence, uint32_t from) {
    for (uint32_t q = from; q < sentence.token_end && q < from + 8; ++q) {
      if (doc.tokens[q].lower == "by") return false;
      if (doc.tokens[q].lower == "for") return true;
    }
    return false;
  }

  // True when the actor (mention n) stands in a prepositional phrase: "in
  // an interview with the United Kingdom's ITV".
  static bool AfterPreposition(const ArticleView& view, const Sentence& sentence, int32_t n) {
    const auto& tokens = view.doc->tokens;
    uint32_t d = (*view.mentions)[n].token_begin;
    if (d > sentence.token_begin + 1 && tokens[d - 1].lower == "the") --d;
    return d > sentence.token_begin && (tokens[d - 1].tag == Tag::kIN || tokens[d - 1].tag == Tag::kTO);
  }

  // True when the actor starting at `begin` follows "according to".
  static bool AfterAccordingTo(const std::vector<Token>& tokens, const Sentence& sentence, uint32_t begin) {
    uint32_t p = begin;
    if (p > sentence.token_begin && tokens[p - 1].lower == "the") --p;
    return p >= sentence.token_begin + 2 && tokens[p - 1].lower == "to" && tokens[p - 2].lower == "according";
  }

  // The start of the verb group that holds token i (or i).
  // An actor the chunker put in the group ("[VP Trump called]", the name
  // read as the verb "trump") is not part of it.
  static uint32_t GroupStart(const ArticleView& view, uint32_t i) {
    const int32_t c = view.chunk_of[i];
    if (c < 0 || view.doc->chunks[c].kind != ChunkKind::kVP) return i;
    uint32_t start = view.doc->chunks[c].token_begin;
    while (start < i && view.covering[start] >= 0) ++start;
    if (start == view.doc->chunks[c].token_begin && start == i) start = AuxiliaryBefore(view, start);
    return start;
  }

  // "Ghana has in the past accused Togo", "Russia had, on Tuesday, warned":
  // a phrase of time or a comma aside between an auxiliary and its verb.
  // The start of the auxiliary's group, or `start` when there is none.
  static uint32_t AuxiliaryBefore(const ArticleView& view, uint32_t start) {
    const auto& tokens = view.doc->tokens;
    bool phrase = false;
    for (uint32_t q = start, steps = 0; q > 0 && steps < 6; --q, ++steps) {
      const Token& t = tokens[q - 1];
      const int32_t c = view.chunk_of[q - 1];
      if (c >= 0 && view.doc->chunks[c].kind == ChunkKind::kVP) {
        // The verb must be what the auxiliary takes, and only a perfect: a
        // participle after "have" ("was intent on striking" is no such
        // pair; a passive's or a modal's auxiliary there would hide the
        // voice or the mood from the checks that read them).
        const Tag v = tokens[start].tag;
        const bool finite = t.tag == Tag::kVBZ || t.tag == Tag::kVBP || t.tag == Tag::kVBD;
        const bool fits = finite && t.lemma == "have" && (v == Tag::kVBN || v == Tag::kVBD);
        if (!phrase || !fits) return start;
        const Chunk& aux = view.doc->chunks[c];
        for (uint32_t k = aux.token_begin; k < q; ++k)
          if (tokens[k].lemma != "have" && !(tokens[k].tag == Tag::kRB && !Has({"not", "never", "n't"}, tokens[k].lower)))
            return start;
        return aux.token_begin;
      }
      if (view.covering[q - 1] >= 0) return start;
      if (t.tag == Tag::kIN || t.norm == ",") phrase = true;
      else if (t.tag != Tag::kDT && t.tag != Tag::kNN && t.tag != Tag::kNNS && t.tag != Tag::kNNP &&
               t.tag != Tag::kCD && t.tag != Tag::kJJ && t.tag != Tag::kRB)
        return start;
    }
    return start;
  }

  // The subject of the verb at i (SubjectOf), with the companions an aside
  // set off by commas joins to it: "France, along with Germany, criticised
  // Iran", "Iran, as well as Syria, condemned" are acts of both.
  std::vector<EventActor> Subject(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                  int depth = 0) const {
    std::vector<EventActor> subjects = SubjectOf(view, sentence, i, depth);
    if (subjects.empty()) return subjects;
    const auto& tokens = view.doc->tokens;
    uint32_t start = GroupStart(view, i);
    while (start > sentence.token_begin && tokens[start - 1].tag == Tag::kRB) --start;
    if (start < sentence.token_begin + 4 || tokens[start - 1].norm != ",") return subjects;
    for (uint32_t q = start - 2; q > sentence.token_begin && start - q < 14; --q) {
      if (tokens[q].norm != ",") continue;
      // The aside opens with its joiner, right after an actor of the subject.
      uint32_t k = q + 1;
      if (k + 2 < start && tokens[k].lower == "as" && tokens[k + 1].lower == "well" && tokens[k + 2].lower == "as")
        k += 3;
      else if (k + 1 < start && Has({"along", "together"}, tokens[k].lower) && tokens[k + 1].lower == "with")
        k += 2;
      else
        return subjects;
      if (tokens[q - 1].end != subjects.back().end) return subjects;
      std::vector<EventActor> companions;
      uint32_t end = 0;
      if (SlotAt(view, sentence, k, &companions, &end) && end == start - 1)
        subjects.insert(subjects.end(), companions.begin(), companions.end());
      return subjects;
    }
    return subjects;
  }

  // The subject of the verb at i: the nearest actor before its verb group
  // in the same clause, skipping a comma-delimited apposition.
  // After "and", an actor or a description right after a verb (its
  // determiners and adjectives between) is that verb's object: the subject
  // sought is that verb's ("troops engaged in training the Iraqi military
  // and guarding ...", "promised to represent all voters and thanked ...").
  // Empty when no such verb stands before `begin`; counts the try.
  std::vector<EventActor> SubjectOfVerbBefore(const ArticleView& view, const Sentence& sentence, uint32_t begin,
                                              int depth, int* tries) const {
    const auto& tokens = view.doc->tokens;
    uint32_t b = begin;
    while (b > sentence.token_begin + 1 &&
           (tokens[b - 1].tag == Tag::kDT || tokens[b - 1].tag == Tag::kPDT || tokens[b - 1].tag == Tag::kPRPS ||
            tokens[b - 1].tag == Tag::kJJ || tokens[b - 1].tag == Tag::kCD))
      --b;
    if (b <= sentence.token_begin || !IsVerbTag(tokens[b - 1].tag) || view.covering[b - 1] >= 0 ||
        Has({"be", "have", "do"}, tokens[b - 1].lemma))
      return {};
    ++*tries;
    return Subject(view, sentence, b - 1, depth + 1);
  }

  std::vector<EventActor> SubjectOf(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                    int depth = 0) const {
    const auto& tokens = view.doc->tokens;
    uint32_t start = GroupStart(view, i);
    // "the row deepened, with Adams accusing Ahern of ...": the actor
    // between "with" and its participle does the act.
    if (tokens[i].tag == Tag::kVBG && start == i && view.ending_at[i] >= 0) {
      const ActorMention& m = (*view.mentions)[view.ending_at[i]];
      // Not "met with Lavrov, discussing ...", where "with" belongs to a verb.
      const uint32_t w = m.token_begin - 1;
      if (m.token_begin > sentence.token_begin + 1 && tokens[w].lower == "with" && !IsVerbTag(tokens[w - 1].tag))
        return {FromMention(m)};
    }
    // "Japan issued a statement condemning the launch", "said in a
    // statement accusing Kabul": a participle right after a statement,
    // letter or resolution that the clause's subject issued, sent or passed
    // tells what that subject said. Not one it vetoed, rejected or drafted.
    if (tokens[i].tag == Tag::kVBG && start == i && i > sentence.token_begin + 1 && depth < 3 &&
        Has({"statement", "communique", "communiqué", "declaration", "resolution", "letter", "note", "notice",
             "message", "report", "release"},
            tokens[i - 1].lemma)) {
      uint32_t q = i - 1;
      while (q > sentence.token_begin &&
             Has({"a", "an", "the", "its", "his", "her", "their", "official", "joint", "written", "brief", "short",
                  "new", "press", "formal", "public", "strongly-worded", "strongly", "worded", "separate"},
                 tokens[q - 1].lower))
        --q;
      if (q > sentence.token_begin && tokens[q - 1].lower == "in") --q;  // "said in a statement"
      if (q > sentence.token_begin && view.covering[q - 1] < 0 && IsVerbTag(tokens[q - 1].tag) &&
          Has({"issue", "release", "publish", "send", "adopt", "pass", "deliver", "post", "put", "say", "read",
               "make"},
              tokens[q - 1].lemma)) {
        std::vector<EventActor> issuer = Subject(view, sentence, q - 1, depth + 1);
        if (!issuer.empty()) return issuer;
      }
    }
    // "The court issued a warrant for Putin, accusing him of ...": a
    // participle after a comma has the subject of the clause before it.
    // So does one after "while", "after", "before", "by" or "when" ("offers
    // a truce while also making threats", "responded by expelling"), and
    // one after "joined ... in" ("joined the opposition in demanding that
    // he resign"); not after another "in" ("his role in exporting", "efforts
    // in negotiating"), whose act is the noun's.
    uint32_t before_group = start;
    while (before_group > sentence.token_begin + 1 && tokens[before_group - 1].tag == Tag::kRB) --before_group;
    auto joined_in = [&]() {
      if (tokens[before_group - 1].lower != "in") return false;
      for (uint32_t q = before_group - 1; q > sentence.token_begin && before_group - q < 8; --q)
        if (tokens[q - 1].lemma == "join" && IsVerbTag(tokens[q - 1].tag)) return true;
      return false;
    };
    const bool adverbial = before_group > sentence.token_begin + 1 &&
                           (Has({"while", "after", "before", "by", "when"}, tokens[before_group - 1].lower) ||
                            joined_in());
    if (tokens[i].tag == Tag::kVBG && (start == i || adverbial) && start > sentence.token_begin + 1 &&
        (tokens[start - 1].norm == "," || adverbial) && depth < 3) {
      for (uint32_t q = start - 1; q > sentence.token_begin; --q) {
        const Token& t = tokens[q - 1];
        if (t.norm == ";" || t.norm == ":") break;
        // ("responded by expelling": the tagger may read a past tense
        // before "by" as a participle.)
        const bool finite = t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP ||
                            (adverbial && t.tag == Tag::kVBN);
        if (finite && view.covering[q - 1] < 0) {
          std::vector<EventActor> shared = Subject(view, sentence, q - 1, depth + 1);
          // ", said Berlusconi after arriving in Libya": a subject after its
          // verb is found the usual way.
          const bool inverted = q >= sentence.token_begin + 2 &&
                                (tokens[q - 2].norm == "," || tokens[q - 2].tag == Tag::kCloseQuote);
          if (!shared.empty() || !adverbial || !inverted) return shared;
          break;
        }
      }
    }
    // A verb in a chain ("agreed to visit", "decided to attack"): the
    // subject of the first verb.
    for (;;) {
      // The "to" before the verb, inside its group ("[to halt]") or just before it.
      uint32_t to = start;
      if (tokens[to].lower != "to") {
        if (start <= sentence.token_begin + 1 || tokens[start - 1].lower != "to") break;
        to = start - 1;
      }
      if (to <= sentence.token_begin) break;
      uint32_t prev = to - 1;
      // "agreed in Moscow on Tuesday to halt", "agreed at a summit in
      // Warsaw on Friday to deploy": places, times and meetings between.
      // They must start with a preposition: in "urged Iran to attack",
      // Iran is the one who would attack.
      for (int skipped = 0; skipped < 9 && prev > sentence.token_begin && !IsVerbTag(tokens[prev].tag); ++skipped) {
        const Tag tag = tokens[prev].tag;
        if (view.covering[prev] >= 0) {
          prev = (*view.mentions)[view.covering[prev]].token_begin;
          if (prev <= sentence.token_begin) break;
          --prev;
          continue;
        }
        if (tag != Tag::kIN && tag != Tag::kDT && tag != Tag::kCD && tag != Tag::kNNP && tag != Tag::kNNPS &&
            tag != Tag::kNN && tag != Tag::kJJ)
          break;
        --prev;
      }
      if (prev + 1 < to && tokens[prev + 1].tag != Tag::kIN) break;
      if (!IsVerbTag(tokens[prev].tag) || view.covering[prev] >= 0) break;
      // "called on Canada to put pressure on ...", "pleaded with Seoul to
      // send aid": the one appealed to is the one who would act, as in
      // "urged Iran to attack".
      if (prev + 1 < to && AppealsTo(*view.doc, prev)) {
        std::vector<EventActor> appealed;
        uint32_t end = 0;
        if (SlotAt(view, sentence, prev + 2, &appealed, &end)) return appealed;
        break;
      }
      start = GroupStart(view, prev);
    }
    // Adverbs just before the verb group ("apparently praised").
    while (start > sentence.token_begin && (tokens[start - 1].tag == Tag::kRB)) --start;
    // "Pakistan has, in the past, blamed India": an aside set off by commas
    // between "have" and its participle; the subject stands before the
    // auxiliary. Not after "was, in fact," (the verb may be a passive) nor
    // after a modal, whose mood the comma would hide ("Iran would, in that
    // case, reject" is no rejection).
    if (start > sentence.token_begin + 3 && tokens[start - 1].norm == ",") {
      for (uint32_t q = start - 2; q > sentence.token_begin + 1 && start - q < 9; --q) {
        const Token& t = tokens[q];
        if (view.covering[q] >= 0 || IsVerbTag(t.tag) || t.tag == Tag::kMD || t.norm == ";" || t.norm == ":")
          break;
        if (t.norm != ",") continue;
        const Token& aux = tokens[q - 1];
        const Tag verb = tokens[GroupStart(view, i)].tag;
        const bool have = Has({"has", "have", "had"}, aux.lower) && (verb == Tag::kVBN || verb == Tag::kVBD);
        if (have && view.covering[q - 1] < 0 && q + 1 < start - 1) {
          start = q - 1;
          while (start > sentence.token_begin && tokens[start - 1].tag == Tag::kRB) --start;
        }
        break;
      }
    }
    uint32_t limit = start;
    bool past_aside = false;
    // "Iran — which denies the charge — criticised", "Iran (which denies
    // it) criticised": an aside set off by dashes or brackets is stepped
    // over. One that only lists the actors a noun group before it stands
    // for gives them as the subject, with the actors joined to the group by
    // "and": "Iran and the big three — Britain, Germany and France — held
    // talks" (the listed ones are one party: TryAnchor pairs no two of them).
    if (limit > sentence.token_begin + 1) {
      if (const uint32_t open = AsideOpen(view, sentence, limit - 1); open != limit - 1) {
        std::vector<EventActor> listed = AsideList(view, open, limit - 1);
        const uint32_t group = listed.empty() ? open : ListedGroupStart(view, sentence, open);
        // "the Direccion Nacional (DINA) said": a name the dictionaries
        // lack, with its short form in brackets, stands for it.
        // So does one after a pronoun: "you (Qatar) have offered".
        if (listed.size() == 1 && tokens[open].tag == Tag::kLRB && view.covering[open - 1] < 0 &&
            (tokens[open - 1].tag == Tag::kNNP || tokens[open - 1].tag == Tag::kNNPS ||
             tokens[open - 1].tag == Tag::kPRP))
          return listed;
        if (group < open && !(group > sentence.token_begin &&
                              (tokens[group - 1].tag == Tag::kIN || tokens[group - 1].tag == Tag::kTO))) {
          std::vector<EventActor> subjects;
          if (group > sentence.token_begin + 1 && tokens[group - 1].lower == "and" &&
              view.ending_at[group - 1] >= 0 && depth < 3)
            subjects = Subject(view, sentence, group - 1, depth + 1);  // the actors before "and"
          subjects.insert(subjects.end(), listed.begin(), listed.end());
          return subjects;
        }
        limit = open;
        past_aside = true;
      }
    }
    // ", the third-ranked official in the CCP, praised": skip the apposition
    // (a relative clause in it too: ", a former leader of X who was elected
    // president by parliament in January, accused").
    // Two appositions in a row are skipped the same way when the first
    // holds no verb: "Lien Chan, chairman of the KMT, the main opposition
    // party, met Hu Jintao".
    if (limit > sentence.token_begin && tokens[limit - 1].norm == ",") {
      uint32_t closing = limit - 1;
      for (int hop = 0; hop < 2; ++hop) {
        uint32_t opening = closing;
        bool verb = false;
        for (uint32_t q = closing; q > sentence.token_begin && closing - q < 24; --q) {
          if (tokens[q - 1].norm == ",") {
            opening = q - 1;
            break;
          }
          // (Participles may qualify a noun: "the leading opposition party".)
          const Tag tag = tokens[q - 1].tag;
          if ((tag == Tag::kVBD || tag == Tag::kVBZ || tag == Tag::kVBP || tag == Tag::kMD) &&
              view.covering[q - 1] < 0)
            verb = true;
        }
        if (opening == closing) break;
        // "the Kuomintang (KMT),": an actor with its short form in brackets.
        const uint32_t before = opening > sentence.token_begin + 1 && tokens[opening - 1].tag == Tag::kRRB &&
                                        view.ending_at[opening - 1] >= 0
                                    ? opening - 1
                                    : opening;
        const int32_t before_comma = view.ending_at[before];
        if (before_comma >= 0 && (*view.mentions)[before_comma].token_begin >= sentence.token_begin) {
          limit = opening;
          break;
        }
        // Only past an apposition that is a noun group of its own ("the
        // main opposition party"), not "including X" or an age.
        if (verb || opening <= sentence.token_begin || opening + 1 >= closing ||
            (tokens[opening + 1].tag != Tag::kDT && tokens[opening + 1].tag != Tag::kPRPS))
          break;
        closing = opening;
      }
    }
    // The nearest actor before `limit`, not across another verb group.
    bool passed_and = false;  // "X called the raid a massacre and accused Y"
    bool passed_relative = false;  // "which", "who"
    const Tag first_tag = tokens[GroupStart(view, i)].tag;
    const bool finite = first_tag == Tag::kVBD || first_tag == Tag::kVBZ || first_tag == Tag::kVBP ||
                        first_tag == Tag::kMD;
    // "Kenya thanked Japan for its help, praised China and urged Britain
    // to act": a verb after a comma that closes another verb's clause
    // shares that verb's subject; the actor before the comma is its object.
    // Not after a relative or adverbial word ("Japan, which thanked Kenya,
    // praised") nor a quotation, and not for verbs of saying, whose subject
    // may follow them.
    if (finite && depth < 3 && limit == start && start > sentence.token_begin + 3 &&
        tokens[start - 1].norm == "," && !Has({"say", "tell", "add", "state", "declare"}, tokens[i].lemma)) {
      for (uint32_t q = start - 1; q > sentence.token_begin && start - q < 16; --q) {
        const Token& t = tokens[q - 1];
        if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.tag == Tag::kOpenQuote ||
            t.tag == Tag::kCloseQuote || t.tag == Tag::kLRB || t.tag == Tag::kRRB || IsDash(*view.doc, t) ||
            Has({"which", "who", "whom", "whose", "that", "when", "while", "after", "before", "if", "as",
                 "because", "since", "although", "though", "where", "until", "once", "unless"},
                t.lower))
          break;
        if ((t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP) && view.covering[q - 1] < 0 &&
            !Has({"be", "have", "do"}, t.lemma)) {
          if (q - 1 + 1 < start - 1) {  // the verb has words after it: "thanked Japan"
            std::vector<EventActor> shared = Subject(view, sentence, q - 1, depth + 1);
            if (!shared.empty()) return shared;
          }
          break;
        }
      }
    }
    int tries = 0;
    for (uint32_t q = limit; q > sentence.token_begin; --q) {
      const uint32_t t = q - 1;
      const Token& tok = tokens[t];
      if (tok.norm == ";" || tok.norm == ":") break;
      if ((tok.lower == "which" || tok.lower == "who") && view.covering[t] < 0) passed_relative = true;
      // An aside closed here is stepped over; a dash that pairs with no
      // other ends the clause ("... the attack — blamed on X").
      if (IsDash(*view.doc, tok) || tok.tag == Tag::kRRB) {
        if (const uint32_t open = AsideOpen(view, sentence, t); open != t) {
          q = open + 1;  // the loop goes on before the aside
          continue;
        }
        if (IsDash(*view.doc, tok) && AsideClose(view, sentence, t) == t) break;
      }
      // "agrees with X that territorial disputes should be resolved": a
      // "that" with words between it and the verb opens the clause whose
      // subject they are ("the troops that attacked" is a relative clause).
      // So does a question word: "asked the police why the page was
      // blocked".
      if ((tok.lower == "that" || Has({"why", "how", "whether"}, tok.lower)) && t + 1 < limit &&
          view.covering[t] < 0)
        break;
      // Only an "and" that joins verbs ("condemned the launch and urged"),
      // not one inside a compound subject ("aircraft and 13 warships crossed").
      if (tok.lower == "and" || tok.lower == "but") {
        uint32_t next = t + 1;
        while (next < sentence.token_end && (tokens[next].tag == Tag::kRB || tokens[next].tag == Tag::kMD)) ++next;
        if (next < sentence.token_end && IsVerbTag(tokens[next].tag) && view.covering[next] < 0) passed_and = true;
      }
      // "The prime minister later met", "the former president said": a
      // title for a person named before (not in a prepositional phrase).
      if (view.covering[t] < 0 && IsTitleEnd(tok.lower)) {
        uint32_t the = t;
        while (the > sentence.token_begin && t - the < 5 && view.covering[the - 1] < 0 &&
               tokens[the - 1].lower != "the")
          --the;
        if (the > sentence.token_begin && tokens[the - 1].lower == "the") {
          --the;
          const bool in_phrase = the > sentence.token_begin &&
                                 (tokens[the - 1].tag == Tag::kIN || tokens[the - 1].tag == Tag::kTO);
          uint32_t end = 0;
          std::vector<EventActor> titled = in_phrase ? std::vector<EventActor>() : ReferTitle(view, sentence, the, &end);
          if (!titled.empty() && end == t + 1) return titled;
        }
      }
      // A name the dictionaries lack ("Mufid Walweel, 22, was shot"): the
      // subject is no known actor, unless a title they know comes before
      // it ("Kyrgyz President Sadyr Japarov") or it sits in a prepositional
      // phrase ("on Sunday", "in Gaza City").
      // "both Koreas agreed": the two states of a divided country.
      if (t > sentence.token_begin && (tokens[t - 1].lower == "both" || tokens[t - 1].lower == "two") &&
          view.covering[t] < 0 && (tok.tag == Tag::kNNP || tok.tag == Tag::kNNPS) && t + 1 == limit) {
        uint32_t end = 0;
        const uint32_t from = t > sentence.token_begin + 1 && tokens[t - 2].lower == "the" ? t - 2 : t - 1;
        std::vector<EventActor> divided = Refer(view, sentence, from, &end);
        if (!divided.empty() && end == t + 1) return divided;
      }
      if ((tok.tag == Tag::kNNP || tok.tag == Tag::kNNPS) && view.covering[t] < 0 && !IsDateName(tok.lower)) {
        uint32_t r = t;
        while (r > sentence.token_begin && (tokens[r - 1].tag == Tag::kNNP || tokens[r - 1].tag == Tag::kNNPS) &&
               view.covering[r - 1] < 0)
          --r;
        // ("of the Associated Press (AP)": the name before an aside.)
        const uint32_t lead = r > sentence.token_begin + 1 && tokens[r - 1].lower == "the" && past_aside ? r - 1 : r;
        const bool in_phrase = lead > sentence.token_begin &&
                               (tokens[lead - 1].tag == Tag::kIN || tokens[lead - 1].tag == Tag::kTO);
        // The actor that owns the name: one right before it, or its
        // possessor ("Australia's Foreign Affairs Department has warned",
        // "Sweden's Foreign Minister Anna Berg said": the body or official
        // speaks for the actor).
        auto owned_from = [&](uint32_t p) {
          bool possessor = false;
          if (p > sentence.token_begin + 1 && (tokens[p - 1].norm == "'s" || tokens[p - 1].norm == "'") &&
              view.covering[p - 1] < 0) {
            --p;
            possessor = true;
          }
          const int32_t n = view.ending_at[p];
          if (n < 0 || (*view.mentions)[n].token_begin < sentence.token_begin) return false;
          // Not one in a prepositional phrase: "in an interview with the
          // United Kingdom's ITV" names no subject.
          return !possessor || !AfterPreposition(view, sentence, n);
        };
        bool titled = owned_from(r);
        // A post between the actor and the name ("Iranian Foreign Ministry
        // spokesman Abbas Mousavi", "Kremlin spokesman Dmitry Peskov"):
        // the person speaks for the actor.
        if (!titled && r > sentence.token_begin + 1 && view.covering[r - 1] < 0 &&
            Has({"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "envoy", "ambassador",
                 "negotiator", "adviser", "advisor", "commander", "official"},
                tokens[r - 1].lower)) {
          uint32_t p = r - 1;
          // "foreign ministry spokesman", "press secretary": lower-case words of the post.
          for (int words = 0; words < 2 && p > sentence.token_begin + 1 && view.covering[p - 1] < 0 &&
                              (tokens[p - 1].tag == Tag::kNN || tokens[p - 1].tag == Tag::kJJ) &&
                              tokens[p - 1].lower == tokens[p - 1].norm;
               ++words)
            --p;
          titled = owned_from(p);
        }
        // Only a name right before the verb, or before its age (", 22,").
        const bool heads_subject =
            t + 1 == limit || (t + 4 <= limit && tokens[t + 1].norm == "," && tokens[t + 2].kind == TokenKind::kNumber &&
                               tokens[t + 3].norm == "," && t + 4 == limit);
        // "Milinkevich and Kalyakin were jailed": a name the dictionaries
        // lack, joined by "and" to an actor before it, leaves that actor
        // the subject.
        const bool joined = r > sentence.token_begin + 1 && tokens[r - 1].lower == "and" &&
                            view.covering[r - 1] < 0 && view.ending_at[r - 1] >= 0 &&
                            (*view.mentions)[view.ending_at[r - 1]].token_begin >= sentence.token_begin &&
                            !(*view.mentions)[view.ending_at[r - 1]].role.empty();
        if (heads_subject && !in_phrase && !titled && !passed_and && !joined) {
          // "the official news agency WFNA said": an actor inside the
          // name's own noun phrase stands for it.
          const int32_t chunk = view.chunk_of[t];
          if (chunk >= 0) {
            for (uint32_t k = view.doc->chunks[chunk].token_begin; k < r; ++k)
              if (const int32_t n = view.mention_at[k]; n >= 0 && (*view.mentions)[n].token_end <= r)
                return {FromMention((*view.mentions)[n])};
          }
          return {};
        }
        q = r + 1;
        continue;
      }
      if (IsVerbTag(tok.tag) && view.mention_at[t] < 0) {
        // "said" and similar verbs end the subject clause.
        const bool inside_mention = view.covering[t] >= 0;
        if (!inside_mention) {
          // Past a joining "and" or "but", a verb inside its group ("said
          // the matter could be deemed concluded but warned") leads on to
          // the group's first verb.
          if (passed_and && t > sentence.token_begin &&
              (IsVerbTag(tokens[t - 1].tag) || tokens[t - 1].tag == Tag::kMD) && view.covering[t - 1] < 0)
            continue;
          // Coordinated verbs share the first verb's subject.
          // "X said the ruling was binding and urged Y": the verb before
          // "and" may sit in a clause of its own; then try the one before.
          if (passed_and && depth < 3 && tries < 2 && !Has({"be", "have", "do"}, tok.lemma)) {
            ++tries;
            std::vector<EventActor> shared = Subject(view, sentence, t, depth + 1);
            if (!shared.empty()) return shared;
            continue;
          }
          if (!passed_and || !Has({"be", "have", "do"}, tok.lemma)) break;
        }
      }
      if (const int32_t n = view.ending_at[q]; n >= 0) {
        const ActorMention& m = (*view.mentions)[n];
        // An actor in a prepositional phrase ("a Hamas spokesman in
        // Lebanon", "the ambassador to the United Nations") is not the
        // subject.
        uint32_t head = m.token_begin;
        // "in south Ithilen", "in the north of": adjectives before the actor.
        // Not a time that ends a fronted phrase: in "Later in the day Sarkozy
        // met", Sarkozy is the subject.
        for (int adjectives = 0; adjectives < 2 && head > sentence.token_begin + 1 &&
                                 (tokens[head - 1].tag == Tag::kJJ || tokens[head - 1].tag == Tag::kNN) &&
                                 !tokens[head - 1].Has(kCapitalized) && view.covering[head - 1] < 0 &&
                                 !Has({"day", "week", "month", "year", "morning", "afternoon", "evening", "night",
                                       "weekend", "meantime", "meanwhile", "past", "end"},
                                      tokens[head - 1].lower);
             ++adjectives)
          --head;
        if (head > sentence.token_begin + 1 && tokens[head - 1].lower == "the") --head;
        const bool after_preposition =
            head > sentence.token_begin && (tokens[head - 1].tag == Tag::kIN || tokens[head - 1].tag == Tag::kTO);
        // "journalists detained by Iranian police were released": the agent
        // of a participle after a noun is not the subject.
        // Only for a finite verb, and not across a relative pronoun ("a
        // team led by X, which will fly"; "a text drafted by X calling for
        // talks").
        if (finite && !passed_relative && head > sentence.token_begin + 2 && tokens[head - 1].lower == "by" &&
            ReducedPassive(view, sentence, head - 2, /*people=*/true)) {
          q = head - 1;  // the loop goes on before the participle
          continue;
        }
        // "A spokesman for the Iranian Foreign Ministry said": the
        // spokesman speaks for the actor, which is the one who says it.
        const bool speaks_for = after_preposition && tokens[head - 1].lower == "for" &&
                                head > sentence.token_begin + 1 &&
                                IsSpokesperson(tokens[head - 2].lower);
        // "Israel's bombing of Lebanon drew condemnation": the actor after
        // "of" belongs to a noun whose owner stands before it; the owner is
        // the subject. ("The leader of Hamas said", with no owner, keeps
        // Hamas.)
        if (after_preposition && tokens[head - 1].lower == "of" && head > sentence.token_begin + 3) {
          uint32_t p = head - 1;
          while (p > sentence.token_begin + 1 && head - 1 - p < 4 && view.covering[p - 1] < 0 &&
                 (tokens[p - 1].tag == Tag::kNN || tokens[p - 1].tag == Tag::kNNS || tokens[p - 1].tag == Tag::kJJ ||
                  tokens[p - 1].tag == Tag::kVBG))
            --p;
          if (p < head - 1 && p > sentence.token_begin + 1 && tokens[p - 1].tag == Tag::kPOS &&
              view.ending_at[p - 1] >= 0 &&
              (*view.mentions)[view.ending_at[p - 1]].token_begin >= sentence.token_begin) {
            q = head;  // the loop goes on before the phrase, to the owner
            continue;
          }
        }
        if (after_preposition && !speaks_for &&
            Has({"in", "at", "from", "on", "near", "inside", "outside", "across", "into", "for", "against",
                 "toward", "towards", "around", "throughout", "within", "over", "to", "with"},
                tokens[head - 1].lower)) {
          q = head;  // the loop goes on before the phrase
          continue;
        }
        // "In Istanbul, Turkey, some 20,000 people marched": a country
        // after a place names where, not who.
        if (head > sentence.token_begin + 2 && tokens[head - 1].norm == "," && view.covering[head - 2] < 0 &&
            m.token_end < limit && tokens[m.token_end].norm == ",") {
          uint32_t p = head - 1;
          while (p > sentence.token_begin + 1 && head - 1 - p < 3 &&
                 (tokens[p - 1].tag == Tag::kNNP || tokens[p - 1].tag == Tag::kNNPS))
            --p;
          if (p < head - 1 && p > sentence.token_begin && Has({"in", "at", "near", "from"}, tokens[p - 1].lower)) {
            q = p;
            continue;
          }
        }
        // Past a joining "and", any prepositional phrase belongs to the
        // clause before ("condemned the launch as a violation of UN
        // resolutions and urged ...").
        if (passed_and && after_preposition) {
          q = head;
          continue;
        }
        // "troops engaged in training the Iraqi military and guarding ...":
        // after "and", an actor right after a verb is that verb's object;
        // the subject is that verb's.
        if (passed_and && depth < 3 && tries < 2 && m.token_begin > sentence.token_begin) {
          std::vector<EventActor> shared = SubjectOfVerbBefore(view, sentence, m.token_begin, depth, &tries);
          if (!shared.empty()) return shared;
        }
        if (m.token_begin >= sentence.token_begin) {
          // Walk back over "X and Y" / "X, Y and".
          std::vector<EventActor> subjects{FromMention(m)};
          uint32_t b = m.token_begin;
          while (b > sentence.token_begin + 1) {
            b = TitleStart(view, sentence, b);
            if (b <= sentence.token_begin + 1) break;
            // "X and the EU", "X and the evil awful Y".
            uint32_t c = b;
            while (c - 1 > sentence.token_begin + 1 && tokens[c - 1].tag == Tag::kJJ && view.covering[c - 1] < 0) --c;
            if (tokens[c - 1].lower == "the" && c - 1 > sentence.token_begin + 1) b = c - 1;
            else if (tokens[b - 1].lower == "the" && b - 1 > sentence.token_begin + 1) --b;
            else if (c < b && (tokens[c - 1].lower == "and" || tokens[c - 1].norm == ",")) b = c;  // "and good Y"
            // "Russia as well as China blocked", "Iran along with Syria
            // condemned": a companion is a subject too. The joiner is read
            // as "and".
            if (b > sentence.token_begin + 3 && tokens[b - 1].lower == "as" && tokens[b - 2].lower == "well" &&
                tokens[b - 3].lower == "as")
              b -= 2;
            else if (b > sentence.token_begin + 2 && tokens[b - 1].lower == "with" &&
                     Has({"along", "together"}, tokens[b - 2].lower))
              --b;
            const Token& joiner = tokens[b - 1];
            const bool companion = Has({"as", "along", "together"}, joiner.lower);
            // "neither X nor Y", "X or Y".
            if (!companion && joiner.lower != "and" && joiner.lower != "nor" && joiner.lower != "or" &&
                joiner.norm != ",")
              break;
            // "X, Y, and Z": the comma before the "and".
            const bool comma_and = joiner.lower == "and" && b - 1 > sentence.token_begin + 1 &&
                                   tokens[b - 2].norm == "," && view.ending_at[b - 1] < 0;
            if (comma_and) --b;
            int32_t o = view.ending_at[b - 1];
            // "Kyrgyz President Sadyr Japarov and ...": a name the
            // dictionaries lack may follow the role that they know.
            for (uint32_t k = b - 1, names = 0; o < 0 && names < 3 && k > sentence.token_begin + 1; ++names) {
              const Token& name = tokens[k - 1];
              if ((name.tag != Tag::kNNP && name.tag != Tag::kNNPS) || view.covering[k - 1] >= 0) {
                o = view.ending_at[k];
                break;
              }
              --k;
              o = view.ending_at[k];
            }
            if (o < 0 || (*view.mentions)[o].token_begin < sentence.token_begin || subjects.size() >= kMaxCompound)
              break;
            // "According to the UN, the Israeli offensive killed ...": who
            // tells of the act is no part of its subject.
            if (AfterAccordingTo(tokens, sentence, (*view.mentions)[o].token_begin)) break;
            // "On Sunday in Kabul, NATO troops attacked": an actor in a
            // fronted phrase of place, set off by a comma, names where.
            // (Not a list after "between", "of" or "with": "talks between
            // China, Japan and Russia".)
            if (joiner.norm == ",") {
              uint32_t d = (*view.mentions)[o].token_begin;
              if (d > sentence.token_begin + 1 && tokens[d - 1].lower == "the") --d;
              if (d > sentence.token_begin &&
                  Has({"in", "at", "near", "inside", "outside", "across", "throughout", "into", "to"},
                      tokens[d - 1].lower))
                break;
            }
            // "Chile opposes Peru, and Bolivia and Paraguay oppose Ecuador":
            // an actor right after a verb, before ", and", is that verb's
            // object, and a new clause starts after it.
            if (comma_and) {
              uint32_t d = (*view.mentions)[o].token_begin;
              while (d > sentence.token_begin + 1 && (tokens[d - 1].tag == Tag::kDT || tokens[d - 1].tag == Tag::kJJ))
                --d;
              if (d > sentence.token_begin && IsVerbTag(tokens[d - 1].tag) && view.covering[d - 1] < 0) break;
            }
            subjects.insert(subjects.begin(), FromMention((*view.mentions)[o]));
            b = (*view.mentions)[o].token_begin;
          }
          return subjects;
        }
      }
      // "Azerbaijan said its troops had captured", "one of its jets had
      // shot down": armed forces owned by the actor before them. Up to two
      // words may describe the force: "its fighter jets", "their special forces".
      if (t + 1 == limit && t > sentence.token_begin && view.covering[t] < 0 && IsNounTag(tok.tag)) {
        uint32_t p = t;
        while (p > sentence.token_begin + 1 && t - p < 2 && view.covering[p - 1] < 0 &&
               (IsNounTag(tokens[p - 1].tag) || tokens[p - 1].tag == Tag::kJJ))
          --p;
        if (tokens[p - 1].lower == "its" || tokens[p - 1].lower == "their") {
          std::vector<EventActor> forces = OwnForces(view, sentence, p - 1, t + 1);
          if (!forces.empty()) return forces;
        }
      }
      // "the bloc imposed", "the alliance agreed": an international body
      // (or court) named before.
      if (view.covering[t] < 0 && IsNounTag(tok.tag) && t > sentence.token_begin && tokens[t - 1].lower == "the") {
        uint32_t end = 0;
        std::vector<EventActor> body = Refer(view, sentence, t - 1, &end);
        if (!body.empty() && end == t + 1) return body;
      }
      // A description of a country's people: "Protesters blocked
      // streets", "the army shelled".
      if (view.covering[t] < 0) {
        // The longest description first: "opposition activists" before "activists".
        for (uint32_t back = 4; back-- > 0;) {
          if (t < sentence.token_begin + back) continue;
          uint32_t e = 0;
          std::string_view role;
          if (!GenericAt(view, sentence, t - back, &e, &role) || e != t + 1) continue;
          // "promised to represent all voters and thanked ...": after "and",
          // a description right after a verb is that verb's object, as a
          // name is (above).
          if (passed_and && depth < 3 && tries < 2) {
            std::vector<EventActor> shared = SubjectOfVerbBefore(view, sentence, t - back, depth, &tries);
            if (!shared.empty()) return shared;
          }
          std::vector<EventActor> generic = Generic(view, sentence, t - back, &e);
          if (!generic.empty()) return generic;
        }
      }
      // A pronoun subject.
      if (tok.tag == Tag::kPRP || tok.lower == "both" || tok.lower == "two" || tok.lower == "each") {
        uint32_t end = 0;
        uint32_t from = t;
        if (tok.lower == "two" && t > sentence.token_begin && tokens[t - 1].lower == "the") from = t - 1;
        std::vector<EventActor> referred = Refer(view, sentence, from, &end);
        if (!referred.empty()) return referred;
        if (tok.tag == Tag::kPRP) break;
      }
    }
    return {};
  }

  // "its troops", "their fighters", "its outposts" (the possessive at
  // `pronoun`, the noun group ending before `end`): the armed forces of the
  // nearest actor before them in the sentence that is no person. A state's
  // forces are its military (MIL); a rebel group's or an organisation's
  // are the group itself. Empty when the noun names no force.
  std::vector<EventActor> OwnForces(const ArticleView& view, const Sentence& sentence, uint32_t pronoun,
                                    uint32_t end) const {
    static const util::ViewSet kForces = [] {
      util::ViewSet set;
      for (std::string_view w : {"troop", "force", "soldier", "fighter", "jet", "warplane", "aircraft", "plane",
                                 "warship", "ship", "navy", "army", "unit", "artillery", "drone", "helicopter",
                                 "militiaman", "guard", "outpost", "position", "base", "tank", "gunboat"})
        set.insert(w);
      return set;
    }();
    const auto& tokens = view.doc->tokens;
    if (!kForces.contains(tokens[end - 1].lemma)) return {};
    for (uint32_t q = pronoun; q > sentence.token_begin && pronoun - q < kMaxLookBack; --q) {
      const int32_t n = view.ending_at[q];
      if (n < 0) continue;
      const ActorMention& m = (*view.mentions)[n];
      if (m.token_begin < sentence.token_begin) break;
      if (m.kind == ActorKind::kPerson) continue;
      EventActor owner = FromMention(m);
      if (!owner.country.empty() && (owner.role.empty() || owner.role == "GOV" || owner.role == "MIL")) {
        owner.code = util::Cat(owner.country, "MIL");
        owner.role = "MIL";
      }
      owner.begin = tokens[pronoun].begin;
      owner.end = tokens[end - 1].end;
      return {owner};
    }
    return {};
  }

  // Where the title before a name starts when an actor owns it: "EU
  // foreign policy chief [Catherine Ashton]", "Russia's foreign minister
  // [Sergei Lavrov]" give the owner's first token; otherwise `b`.
  uint32_t TitleStart(const ArticleView& view, const Sentence& sentence, uint32_t b) const {
    const auto& tokens = view.doc->tokens;
    uint32_t k = b;
    int words = 0;
    while (k > sentence.token_begin && words < 4) {
      const Token& t = tokens[k - 1];
      const bool title_word = t.kind == TokenKind::kWord && !t.Has(kCapitalized) &&
                              (t.tag == Tag::kJJ || t.tag == Tag::kNN || t.tag == Tag::kNNS);
      if (!title_word || view.covering[k - 1] >= 0) break;
      --k;
      ++words;
    }
    if (words == 0 || k <= sentence.token_begin) return b;
    if (tokens[k - 1].norm == "'s" && k - 1 > sentence.token_begin) --k;
    const int32_t owner = view.ending_at[k];
    if (owner < 0 || (*view.mentions)[owner].token_begin < sentence.token_begin) return b;
    return (*view.mentions)[owner].token_begin;
  }

  // The actor after "by" following a passive verb.
  std::vector<EventActor> AgentAfter(const ArticleView& view, const Sentence& sentence, uint32_t from) const {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = from; q < sentence.token_end && q < from + 8; ++q) {
      if (tokens[q].lower != "by") continue;
      std::vector<EventActor> actors;
      uint32_t end = 0;
      if (SlotAt(view, sentence, q + 1, &actors, &end)) return actors;
      // "by officers of the Egyptian police", "by the Specialist Crime
      // Directorate of London's Metropolitan police": a unit or its people,
      // of an actor. Not "by supporters (relatives, critics) of X".
      uint32_t k = q + 1;
      if (k < sentence.token_end && tokens[k].tag == Tag::kDT) ++k;
      bool unit = false;
      while (k < sentence.token_end && k < q + 7 && view.mention_at[k] < 0 &&
             (tokens[k].tag == Tag::kNN || tokens[k].tag == Tag::kNNS || tokens[k].tag == Tag::kNNP ||
              tokens[k].tag == Tag::kJJ)) {
        unit |= tokens[k].tag == Tag::kNNP ||
                Has({"officer", "agent", "member", "unit", "force", "troop", "soldier", "official", "personnel",
                     "division", "directorate", "department", "squad", "branch", "wing", "brigade", "battalion",
                     "commando", "guard", "policeman", "detective", "investigator", "operative"},
                    tokens[k].lemma);
        ++k;
      }
      if (!unit || k + 1 >= sentence.token_end || tokens[k].lower != "of") return {};
      if (SlotAt(view, sentence, k + 1, &actors, &end)) return actors;
      if (tokens[k + 1].lower == "the" && SlotAt(view, sentence, k + 2, &actors, &end)) return actors;
      return {};
    }
    return {};
  }

  // True when "from X" after the noun of the pattern names its doer: words
  // said or given (statements, appeals, intents, praise, aid, demands,
  // disapproval, rejections, threats: "calls from Washington", "aid from
  // Japan to Haiti"), not acts of force or moves, where "from" names a place
  // ("rocket fire from Lebanon", "a withdrawal from Iraq").
  bool FromGivesDoer(const Pattern& pattern) const {
    const Block& block = data_->blocks[pattern.block];
    if (block.code == nullptr || block.symmetric || block.reversed) return false;
    const std::string_view code = block.code->code;
    for (std::string_view root : {"01", "02", "03", "05", "07", "10", "11", "12", "13"})
      if (code.rfind(root, 0) == 0) return true;
    return false;
  }

  // The doer of an act told by a noun, named after the "by" (or "from") at
  // q: "the arrest of the aid workers by Chad", "an attack by Hamas on
  // Israel", "by Israeli jets", "by police". The actor must head its
  // phrase: not "by the Iraqi border" nor "by a Russian-made missile", where
  // it only qualifies a place or a thing. Sets *end past the phrase.
  bool NounAgentAt(const ArticleView& view, const Sentence& sentence, uint32_t q, std::vector<EventActor>* actors,
                   uint32_t* end) const {
    static const util::ViewSet kDoers = [] {
      util::ViewSet set;
      for (std::string_view w :
           {"troop", "force", "soldier", "jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "drone",
            "warship", "ship", "navy", "army", "unit", "artillery", "tank", "militant", "fighter", "gunman",
            "guard", "agent", "official", "authority", "police", "policeman", "officer", "commando", "marine",
            "sailor", "rebel", "insurgent", "militia", "militiaman", "personnel", "paratrooper", "sniper",
            "settler", "bomber", "gunboat", "coastguard", "government", "court", "judge", "prosecutor"})
        set.insert(w);
      return set;
    }();
    const auto& tokens = view.doc->tokens;
    if (q + 1 >= sentence.token_end || (tokens[q].lower != "by" && tokens[q].lower != "from")) return false;
    // "by the end of 2008", "by Friday", "by far": no actor.
    if (IsDateName(tokens[q + 1].lower)) return false;
    std::vector<EventActor> found;
    uint32_t after = 0;
    if (!SlotAt(view, sentence, q + 1, &found, &after) || found.empty()) return false;
    // What follows the actor: nouns of its phrase must name the doer.
    uint32_t k = after;
    uint32_t last_noun = 0;
    while (k < sentence.token_end && view.covering[k] < 0 &&
           (IsNounTag(tokens[k].tag) || tokens[k].tag == Tag::kJJ || tokens[k].tag == Tag::kNNP)) {
      if (IsNounTag(tokens[k].tag) || tokens[k].tag == Tag::kNNP) last_noun = k + 1;
      ++k;
    }
    if (last_noun > 0 && !kDoers.contains(tokens[last_noun - 1].lemma)) return false;
    if (last_noun > after) after = last_noun;
    *actors = std::move(found);
    *end = after;
    return true;
  }

  // The doer of an act told by a noun pattern matched up to `from`, named
  // after it by "by" in the noun's own phrase: "the arrest of the French aid
  // workers by Chad", "the shelling of Kurdish villages in Iraq on Sunday by
  // Turkey". The rest of the target's noun group, a phrase of place, a time
  // and an apposition may stand between; a verb ends the search, so the
  // agent of a later passive ("the arrest of X was ordered by Y") is not the
  // doer.
  std::vector<EventActor> AgentAfterNoun(const ArticleView& view, const Sentence& sentence, uint32_t from) const {
    const auto& tokens = view.doc->tokens;
    bool in_phrase = false;  // inside a phrase of place: an actor may stand there
    for (uint32_t q = from; q < sentence.token_end && q < from + 12; ++q) {
      const Token& t = tokens[q];
      if (t.lower == "by" && view.covering[q] < 0) {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (NounAgentAt(view, sentence, q, &actors, &end)) return actors;
        return {};
      }
      if (const uint32_t span = TimeSpanAt(tokens, q, sentence.token_end); span > 0) {
        q += span - 1;
        continue;
      }
      if (view.covering[q] >= 0) {
        if (!in_phrase) return {};
        q = (*view.mentions)[view.covering[q]].token_end - 1;
        continue;
      }
      if (Has({"in", "near", "at", "off", "along", "inside", "outside", "across", "of", "from", "into", "around",
               "on"},
              t.lower)) {
        in_phrase = true;
        continue;
      }
      // "15 sailors and marines": nouns joined within the group.
      if (t.lower == "and" && q + 1 < sentence.token_end && view.covering[q + 1] < 0 &&
          IsNounTag(tokens[q + 1].tag))
        continue;
      // ", a French citizen,": an apposition before "by".
      if (t.norm == ",") {
        uint32_t c = q + 1;
        while (c < sentence.token_end && c < q + 9 && tokens[c].norm != "," && !IsVerbTag(tokens[c].tag) &&
               tokens[c].tag != Tag::kMD && tokens[c].tag != Tag::kWDT && tokens[c].tag != Tag::kWP)
          ++c;
        if (c + 1 < sentence.token_end && tokens[c].norm == "," && tokens[c + 1].lower == "by") {
          q = c;
          continue;
        }
        return {};
      }
      if (IsSkippable(t) || IsNounTag(t.tag) || t.tag == Tag::kNNP || t.tag == Tag::kNNPS || t.tag == Tag::kPOS ||
          t.norm == "'s")
        continue;
      return {};
    }
    return {};
  }

  // The source of a noun pattern: the possessor, else the subject of the
  // governing verb ("X launched an attack on Y").
  // `shared` is set for acts done with someone (consultations, root 04),
  // which the subject of a clause takes part in when they are told after
  // "after", "following" or "during" in it (below).
  std::vector<EventActor> NounSource(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                     bool shared = false) const {
    const auto& tokens = view.doc->tokens;
    auto in_mention = [&](uint32_t t) { return view.covering[t] >= 0; };
    // "Turkish artillery attacks on Iraq": the anchor ends an actor (a
    // force named by its arm) that stands for the doer.
    if (const int32_t m = view.covering[i];
        m >= 0 && (*view.mentions)[m].token_begin < i && (*view.mentions)[m].token_end == i + 1 &&
        (*view.mentions)[m].token_begin >= sentence.token_begin)
      return {FromMention((*view.mentions)[m])};
    uint32_t q = i;
    while (q > sentence.token_begin && !in_mention(q - 1) &&
           (IsSkippable(tokens[q - 1]) || tokens[q - 1].tag == Tag::kNN) && tokens[q - 1].tag != Tag::kPRPS)
      --q;
    // "Israeli air strikes", "Russia's military buildup": an actor right
    // before the noun group is its source.
    if (const int32_t m = view.ending_at[q]; m >= 0 && (*view.mentions)[m].token_begin >= sentence.token_begin)
      return {FromMention((*view.mentions)[m])};
    if (q > sentence.token_begin && (tokens[q - 1].norm == "'s" || tokens[q - 1].norm == "'")) {
      if (const int32_t m = view.ending_at[q - 1]; m >= 0) return {FromMention((*view.mentions)[m])};
    }
    // A noun group in a phrase set off from its clause: "Joe Biden, on a
    // visit to Warsaw, warned" (the actor before the comma), "During his
    // visit to Seoul, Biden agreed" (the subject after it).
    uint32_t group = q;
    if (group > sentence.token_begin && tokens[group - 1].tag == Tag::kPRPS) --group;
    if (group > sentence.token_begin && Has({"on", "during", "in", "after", "before"}, tokens[group - 1].lower)) {
      const uint32_t preposition = group - 1;
      if (preposition > sentence.token_begin + 1 && tokens[preposition - 1].norm == ",") {
        if (const int32_t m = view.ending_at[preposition - 1];
            m >= 0 && (*view.mentions)[m].token_begin >= sentence.token_begin)
          return {FromMention((*view.mentions)[m])};
      } else if (preposition == sentence.token_begin) {
        for (uint32_t c = i + 1; c + 1 < sentence.token_end && c < i + 12; ++c) {
          if (tokens[c].norm != ",") continue;
          const int32_t m = view.mention_at[c + 1];
          if (m < 0) break;
          const uint32_t after = (*view.mentions)[m].token_end;
          if (after < sentence.token_end && (IsVerbTag(tokens[after].tag) || tokens[after].tag == Tag::kMD ||
                                             tokens[after].tag == Tag::kRB))
            return {FromMention((*view.mentions)[m])};
          break;
        }
      }
    }
    // A meeting, talks or a visit told after "after", "following" or
    // "during" (or "on a", "on his") in the run of a clause, not set off by
    // a comma: "Ban spoke in Beirut following talks with Siniora", "Merkel
    // said so during her visit to Tbilisi". The clause's subject took part:
    // the subject of the nearest finite verb before it. Only for acts done
    // with someone; "Israel struck Gaza after the attack on Sderot" names
    // another's act.
    // ("during her Sunday visit": a day's name may stand in the group.)
    if (shared && q > sentence.token_begin && IsDateName(tokens[q - 1].lower)) {
      group = q - 1;
      if (group > sentence.token_begin && tokens[group - 1].tag == Tag::kPRPS) --group;
    }
    if (shared && group > sentence.token_begin + 1 && tokens[group - 2].norm != ",") {
      const Token& prep = tokens[group - 1];
      const bool on_one = prep.lower == "on" && (tokens[group].tag == Tag::kPRPS || tokens[group].lower == "a" ||
                                                 tokens[group].lower == "an");
      if (on_one || Has({"after", "following", "during"}, prep.lower)) {
        for (uint32_t p = group - 1; p > sentence.token_begin && group - p < 16; --p) {
          const Token& t = tokens[p - 1];
          if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.lower == "that" || t.tag == Tag::kWDT ||
              t.tag == Tag::kWP || t.tag == Tag::kOpenQuote || t.tag == Tag::kCloseQuote)
            break;
          if ((t.tag == Tag::kVBD || t.tag == Tag::kVBZ || t.tag == Tag::kVBP) && view.covering[p - 1] < 0)
            return Subject(view, sentence, p - 1);
        }
      }
    }
    // The governing verb: the nearest verb before the noun group. One that
    // judges, reports or suffers the act ("France condemned the attacks on
    // Lebanon") does not make its subject the doer.
    for (uint32_t p = q; p > sentence.token_begin && q - p < 6; --p) {
      const Token& t = tokens[p - 1];
      if (IsVerbTag(t.tag)) {
        if (Has({"condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "blast", "protest",
                 "blame", "deny", "reject", "dismiss", "welcome", "praise", "hail", "applaud", "investigate",
                 "probe", "report", "mourn", "survive", "suffer", "witness", "fear", "repel", "repulse", "foil",
                 "thwart", "prevent", "avert", "oppose", "regret", "lament", "resist", "condone", "avenge",
                 "commemorate", "note", "document", "cite", "explain", "justify", "describe"},
                t.lemma))
          return {};
        return Subject(view, sentence, p - 1);
      }
      // "stepped up its fight against X": a phrasal verb's particle. Not
      // "that": "Olmert said that the killing of ..." tells of the act.
      if (t.lower == "that" ||
          (!IsSkippable(t) && t.tag != Tag::kPRPS && t.tag != Tag::kIN && t.tag != Tag::kTO && t.tag != Tag::kRP))
        break;
    }
    // "Hu arrived in Seoul on Tuesday. His talks with Roh ...": "his" or
    // "her" before a noun group no clause governs, opening the sentence or
    // after "in", "on", "at", "during", "after" or "following", stands for
    // the one person named in this sentence before it, else in the
    // sentence before. Not "ahead of his trip" (planned), "for her protests".
    if (q > sentence.token_begin && Has({"his", "her"}, tokens[q - 1].lower) &&
        (q - 1 == sentence.token_begin ||
         Has({"in", "on", "at", "during", "after", "following"}, tokens[q - 2].lower)))
      return OnePerson(view, sentence, q - 1);
    return {};
  }

  // The one person named before token `pronoun` in its sentence, or when
  // it names none, in the sentence before: empty when none or several.
  std::vector<EventActor> OnePerson(const ArticleView& view, const Sentence& sentence, uint32_t pronoun) const {
    const auto& tokens = view.doc->tokens;
    const auto& sentences = view.doc->sentences;
    const uint32_t s = SentenceIndex(*view.doc, sentence);
    for (uint32_t k = s + 1; k-- > 0 && k + 2 > s;) {
      std::optional<EventActor> person;
      const uint32_t end = k == s ? pronoun : sentences[k].token_end;
      for (uint32_t q = sentences[k].token_begin; q < end; ++q) {
        if (view.mention_at[q] < 0) continue;
        const ActorMention& m = (*view.mentions)[view.mention_at[q]];
        if (m.kind != ActorKind::kPerson) continue;
        if (tokens[q].Has(kQuoted)) return {};
        if (person && person->code != m.code) return {};
        person = FromMention(m);
      }
      if (person) {
        person->begin = tokens[pronoun].begin;
        person->end = tokens[pronoun].end;
        return {*person};
      }
    }
    return {};
  }

  // Removes events repeated within one sentence (same pair and code), keeping
  // the first.
  static void Deduplicate(std::vector<Event>* events, size_t from) {
    size_t kept = from;
    for (size_t k = from; k < events->size(); ++k) {
      const Event& e = (*events)[k];
      bool repeated = false;
      for (size_t j = from; j < kept; ++j) {
        const Event& o = (*events)[j];
        if (o.cameo == e.cameo && o.source.code == e.source.code && o.target.code == e.target.code &&
            o.negated == e.negated && o.modality == e.modality) {
          repeated = true;
          break;
        }
      }
      if (repeated) continue;
      if (kept != k) (*events)[kept] = std::move((*events)[k]);
      ++kept;
    }
    events->resize(kept);
  }

  std::unique_ptr<EventData> data_;
  std::vector<const std::vector<uint32_t>*> anchors_;  // word id -> the patterns anchored on it
  std::shared_ptr<const Gazetteer> places_;  // or null: no places
  DefaultActors defaults_;                   // EventCoderOptions::defaults
  // The countries of the actor dictionary, to read "anti-" words (AntiTarget); may be null.
  std::unique_ptr<ActorDictionary> countries_;
};


}  // namespace
}  // namespace event

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kHedged: return "hedged";
    case Modality::kIntended: return "intended";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

bool ListedWord(const std::vector<std::string>& sorted, std::string_view w) {
  if (std::binary_search(sorted.begin(), sorted.end(), w)) return true;
  for (std::string_view ending : {"s", "es"})  // regular plurals
    if (w.size() > ending.size() && w.substr(w.size() - ending.size()) == ending &&
        std::binary_search(sorted.begin(), sorted.end(), w.substr(0, w.size() - ending.size())))
      return true;
  return false;
}

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kArticle: return "article";
  }
  return "article";
}

absl::StatusOr<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& data_dir,
                                                             const ProblemSink& problems,
                                                             const EventCoderOptions& options) {
  namespace fs = std::filesystem;
  auto data = std::make_unique<event::EventData>();
  data->conventions = options.conventions;
  absl::Status s = event::LoadCodebook((fs::path(data_dir) / "cameo" / "codebook.txt").string(),
                                       "cameo/codebook.txt", data.get(), problems);
  if (!s.ok()) return s;
  if (options.builtin_patterns) {
    s = event::LoadPatternDir((fs::path(data_dir) / "events").string(), data.get(), problems);
    if (!s.ok()) return s;
  }
  if (!options.extra_pattern_texts.empty())
    event::LoadPatternTexts(options.extra_pattern_texts, data.get(), problems);
  // With its conventions the coder reads two actor files as the actor
  // dictionary reads them, in one dictionary: the descriptions ("the
  // government", "police"), and, with the built-in patterns, the countries
  // an "anti-" word names ("anti-American protests"). The actor dictionary
  // itself reports their problems.
  std::unique_ptr<ActorDictionary> countries;
  if (options.conventions) {
    std::vector<std::pair<std::string, std::string>> texts;
    for (const char* name : {"descriptions.txt", "countries.txt"}) {
      if (std::string_view(name) == "countries.txt" && !options.builtin_patterns) continue;
      std::ifstream in(fs::path(data_dir) / "actors" / name, std::ios::binary);
      if (!in) continue;
      std::ostringstream text;
      text << in.rdbuf();
      texts.emplace_back(util::Cat("actors/", name), text.str());
    }
    auto dict = ActorDictionary::FromTexts(texts, [](const Problem&) {});
    if (dict.ok()) {
      event::AddDescriptions((*dict)->Descriptions(), data.get());
      if (options.builtin_patterns) countries = std::move(*dict);
    }
  }
  return std::unique_ptr<EventCoder>(
      new event::Coder(std::move(data), options.places, options.defaults, std::move(countries)));
}

}  // namespace dyad
