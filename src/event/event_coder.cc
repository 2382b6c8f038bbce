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
//  - a noun pattern's source is $S, else the possessor ("China's visit"),
//    else the subject of the verb governing the noun ("X launched an
//    attack on Y");
//  - pronouns and descriptions ("he", "the two nations", "both sides") stand
//    for actors named before them in the article;
//  - negation, modality and dates come from the verb group and the sentence
//    (event/context.h).
#include <algorithm>
#include <optional>
#include <filesystem>

#include "event/context.h"
#include "event/event_data.h"

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

// Words that may stand between the words of a pattern unwritten.
bool IsSkippable(const Token& t) {
  switch (t.tag) {
    case Tag::kDT: case Tag::kPDT: case Tag::kPRPS: case Tag::kCD: case Tag::kJJ:
    case Tag::kJJR: case Tag::kJJS: case Tag::kRB: case Tag::kRBR: case Tag::kRBS:
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

  void Build(const Analysis& a) {
    doc = &a.doc;
    mentions = &a.actors;
    const size_t n = a.doc.tokens.size();
    mention_at.assign(n, -1);
    ending_at.assign(n + 1, -1);
    covering.assign(n, -1);
    for (size_t m = 0; m < a.actors.size(); ++m) {
      const ActorMention& x = a.actors[m];
      mention_at[x.token_begin] = static_cast<int32_t>(m);
      ending_at[x.token_end] = static_cast<int32_t>(m);
      for (uint32_t t = x.token_begin; t < x.token_end; ++t) covering[t] = static_cast<int32_t>(m);
    }
    chunk_of.assign(a.doc.tokens.size(), -1);
    for (size_t c = 0; c < a.doc.chunks.size(); ++c)
      for (uint32_t t = a.doc.chunks[c].token_begin; t < a.doc.chunks[c].token_end && t < chunk_of.size(); ++t)
        chunk_of[t] = static_cast<int32_t>(c);
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
};

// Bound on the backtracking of one pattern over one anchor.
constexpr uint32_t kMaxSteps = 20000;

class Coder final : public EventCoder {
 public:
  explicit Coder(std::unique_ptr<EventData> data) : data_(std::move(data)) {}

  const CameoCode* Find(std::string_view code) const override {
    auto it = data_->codes.find(code);
    return it == data_->codes.end() ? nullptr : it->second;
  }
  size_t pattern_count() const override { return data_->patterns.size(); }

  void Code(const Article& article, const Analysis& analysis, std::vector<Event>* out,
            std::vector<Rejection>* rejections) const override {
    ArticleView view;
    view.Build(analysis);
    const Document& doc = analysis.doc;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      if (sentence.token_end - sentence.token_begin > kMaxSentenceTokens) {
        if (rejections != nullptr)
          rejections->push_back(Rejection{s, sentence.begin, sentence.begin, Origin{},
                                          "sentence too long to code (over 300 tokens)"});
        continue;
      }
      // Dates and history cues are read only for sentences with a candidate.
      std::optional<SentenceContext> context;
      words_.clear();  // the sentence's words, filled on first use
      const size_t first_event = out->size();
      std::vector<uint32_t> both;
      for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
        const Token& t = doc.tokens[i];
        auto it = data_->by_anchor.find(t.lemma);
        // Patterns anchored on the word as written ("left") come before
        // those on its lemma ("leave"), and win ties.
        auto as_written = t.lemma != t.lower ? data_->by_anchor.find(t.lower) : data_->by_anchor.end();
        if (it != data_->by_anchor.end() && as_written != data_->by_anchor.end()) {
          both = as_written->second;
          both.insert(both.end(), it->second.begin(), it->second.end());
          TryAnchor(article, view, sentence, s, i, both, context, out, rejections);
          continue;
        }
        if (it == data_->by_anchor.end()) it = as_written;
        if (it == data_->by_anchor.end()) continue;
        TryAnchor(article, view, sentence, s, i, it->second, context, out, rejections);
      }
      Deduplicate(out, first_event);
    }
  }

 private:
  // Tries every pattern anchored on token i; codes the longest that matches.
  void TryAnchor(const Article& article, const ArticleView& view, const Sentence& sentence, uint32_t s,
                 uint32_t i, const std::vector<uint32_t>& patterns, std::optional<SentenceContext>& context,
                 std::vector<Event>* out, std::vector<Rejection>* rejections) const {
    const Document& doc = *view.doc;
    const Token& anchor = doc.tokens[i];
    const Pattern* best = nullptr;
    Match best_match;
    bool passive_best = false;
    bool pairs_only = false;  // sources and targets are one list of partners
    for (uint32_t p : patterns) {
      const Pattern& pattern = data_->patterns[p];
      if (pattern.noun ? !IsNounTag(anchor.tag) : !IsAnchorVerb(anchor)) continue;
      if (!WordsPresent(doc, sentence, pattern)) continue;
      const bool passive = !pattern.noun && IsPassive(doc, i) &&
                           (pattern.target_first ||
                            (pattern.target_after && !pattern.has_source && pattern.before.empty()));
      Match m;
      const size_t skip = passive && pattern.target_first ? 1 : 0;  // in a passive, $T is the subject
      if (!MatchRest(view, sentence, pattern, skip, i + 1, &m)) continue;
      if (!pattern.before.empty() && !MatchBefore(view, sentence, pattern, 0, i, &m)) continue;
      if (best == nullptr || pattern.rank > best->rank ||
          (pattern.rank == best->rank &&
           (m.end > best_match.end ||
            (m.end == best_match.end && pattern.rest.size() > best->rest.size())))) {
        best = &pattern;
        best_match = std::move(m);
        passive_best = passive;
      }
    }
    if (best == nullptr) {
      // "China and Japan met", "the two nations met": a symmetric verb with
      // no object pairs up the actors of its subject.
      for (uint32_t p : patterns) {
        const Pattern& pattern = data_->patterns[p];
        if (pattern.noun || !IsVerbTag(anchor.tag) || !data_->blocks[pattern.block].symmetric ||
            pattern.rest.size() != 1 || !pattern.target_first)
          continue;
        std::vector<EventActor> subjects = Subject(view, sentence, i);
        if (subjects.size() < 2) break;
        best = &pattern;
        best_match.sources = subjects;
        best_match.targets = subjects;
        best_match.end = i + 1;
        pairs_only = true;
        break;
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
    // The source.
    if (passive_best) {
      best_match.targets = Subject(view, sentence, i);
      best_match.sources = AgentAfter(view, sentence, best_match.end > i + 1 ? i + 1 : i + 1);
    } else if (!best->has_source && !pairs_only) {
      if (best->source_first) best_match.sources = FirstActorOfClause(view, sentence, i);
      if (best_match.sources.empty())
        best_match.sources = best->noun ? NounSource(view, sentence, i) : Subject(view, sentence, i);
      // Legacy rule (patterns without $T): else the first actor of the clause before the verb.
      if (best_match.sources.empty() && best->target_after)
        best_match.sources = FirstActorBefore(view, sentence, i, best_match.targets);
    }
    if (best_match.sources.empty()) {
      reject("no source actor found");
      return;
    }
    if (best_match.targets.empty() && best->target_after)
      best_match.targets = ActorAfter(view, sentence, i + 1, best_match.sources);
    if (best_match.targets.empty()) {
      reject("no target actor found");
      return;
    }
    const Verdict verdict = JudgeAnchor(doc, sentence, i, best->noun);
    if (!context) context = AnalyzeSentence(doc, sentence, article.date);
    const CameoCode* code = block.code;
    Modality modality = verdict.modality;
    // A planned meeting or visit is coded as such (036), and asserted.
    if (data_->conventions && modality == Modality::kIntended && code->code.rfind("04", 0) == 0 &&
        !verdict.negated) {
      if (const CameoCode* plan = Find("036")) {
        code = plan;
        modality = Modality::kAsserted;
      }
    }
    for (const EventActor& src : best_match.sources) {
      for (const EventActor& tgt : best_match.targets) {
        if (src.code == tgt.code) {
          if (!pairs_only) reject("source and target are the same actor");
          continue;
        }
        Event e;
        e.sentence = s;
        e.source = src;
        e.target = tgt;
        e.cameo = code;
        e.negated = verdict.negated;
        e.modality = modality;
        e.historical = context->historical;
        e.date = context->date ? context->date : article.date;
        e.date_precision = context->date ? context->precision : DatePrecision::kArticle;
        e.verb_begin = anchor.begin;
        e.verb_end = anchor.end;
        e.pattern = best->origin;
        e.pattern_text = best->text;
        if (block.reversed) std::swap(e.source, e.target);
        out->push_back(e);
        if (block.symmetric && !pairs_only) {
          std::swap(e.source, e.target);
          out->push_back(std::move(e));
        } else if (block.paired != nullptr) {
          std::swap(e.source, e.target);
          e.cameo = block.paired;
          out->push_back(std::move(e));
        }
      }
    }
  }

  // Matches pattern.rest[from..] starting at token `pos`.
  bool MatchRest(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, size_t from,
                 uint32_t pos, Match* m) const {
    return MatchElement(view, sentence, pattern, from, pos, m);
  }

  bool MatchElement(const ArticleView& view, const Sentence& sentence, const Pattern& pattern, size_t k,
                    uint32_t pos, Match* m) const {
    if (k == pattern.rest.size()) {
      m->end = pos;
      return true;
    }
    if (++m->steps > kMaxSteps) return false;
    const auto& tokens = view.doc->tokens;
    const Element& e = pattern.rest[k];
    switch (e.kind) {
      case Element::kWord: {
        for (uint32_t q = pos, skipped = 0; q < sentence.token_end && skipped <= 4; ++q, ++skipped) {
          const Token& t = tokens[q];
          if (std::find(e.words.begin(), e.words.end(), t.lemma) != e.words.end() ||
              std::find(e.words.begin(), e.words.end(), t.lower) != e.words.end()) {
            if (MatchElement(view, sentence, pattern, k + 1, q + 1, m)) return true;
          }
          if (!IsSkippable(t) || view.mention_at[q] >= 0) break;
        }
        return false;
      }
      case Element::kStar: {
        for (uint32_t q = pos; q <= pos + 3 && q <= sentence.token_end; ++q)
          if (MatchElement(view, sentence, pattern, k + 1, q, m)) return true;
        return false;
      }
      case Element::kGap: {
        for (uint32_t q = pos; q <= sentence.token_end; ++q) {
          if (MatchElement(view, sentence, pattern, k + 1, q, m)) return true;
          if (q < sentence.token_end && EndsClause(view, sentence, q)) break;
        }
        return false;
      }
      case Element::kSkip: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        return SlotAt(view, sentence, pos, &actors, &end) &&
               MatchElement(view, sentence, pattern, k + 1, end, m);
      }
      case Element::kPartners: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (!SlotAt(view, sentence, pos, &actors, &end) || actors.size() < 2) return false;
        m->sources = actors;
        m->targets = std::move(actors);
        if (MatchElement(view, sentence, pattern, k + 1, end, m)) return true;
        m->sources.clear();
        m->targets.clear();
        return false;
      }
      case Element::kSource:
      case Element::kTarget: {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (!SlotAt(view, sentence, pos, &actors, &end)) return false;
        auto& list = e.kind == Element::kSource ? m->sources : m->targets;
        const size_t before = list.size();
        // All the coordinated actors first ("X and Y"), else the first
        // alone (when the pattern itself goes on with "and").
        list.insert(list.end(), actors.begin(), actors.end());
        if (MatchElement(view, sentence, pattern, k + 1, end, m)) return true;
        list.resize(before);
        if (actors.size() > 1 && view.mention_at[pos] >= 0) {
          const ActorMention& first = (*view.mentions)[view.mention_at[pos]];
          list.push_back(FromMention(first));
          if (MatchElement(view, sentence, pattern, k + 1, first.token_end, m)) return true;
          list.resize(before);
        } else if (actors.size() > 1) {
          // The slot began after skipped words: find the first mention.
          for (uint32_t q = pos; q < end; ++q)
            if (view.mention_at[q] >= 0) {
              const ActorMention& first = (*view.mentions)[view.mention_at[q]];
              list.push_back(FromMention(first));
              if (MatchElement(view, sentence, pattern, k + 1, first.token_end, m)) return true;
              list.resize(before);
              break;
            }
        }
        return false;
      }
    }
    return false;
  }

  // False when a word of the pattern occurs nowhere in the sentence (a
  // quick test before matching; large converted dictionaries have hundreds
  // of patterns on one verb).
  bool WordsPresent(const Document& doc, const Sentence& sentence, const Pattern& pattern) const {
    if (pattern.rest.size() + pattern.before.size() < 2) return true;
    if (words_.empty()) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        words_.insert(doc.tokens[t].lemma);
        words_.insert(doc.tokens[t].lower);
      }
    }
    for (const auto* elements : {&pattern.rest, &pattern.before}) {
      for (const Element& e : *elements) {
        if (e.kind != Element::kWord) continue;
        bool any = false;
        for (const std::string& w : e.words) {
          if (words_.contains(w)) {
            any = true;
            break;
          }
        }
        if (!any) return false;
      }
    }
    return true;
  }

  // True when token q ends the clause for ** gaps and the default target: a
  // semicolon or colon, or a comma or conjunction that does not join actors.
  static bool EndsClause(const ArticleView& view, const Sentence& sentence, uint32_t q) {
    const Token& t = view.doc->tokens[q];
    if (t.norm == ";" || t.norm == ":") return true;
    const bool joiner = t.norm == "," || t.lower == "and" || t.lower == "or" || t.lower == "but" ||
                        t.lower == "nor";
    if (!joiner) return false;
    // "X, Y and Z": an actor ends before and another starts after.
    if (q == sentence.token_begin || view.ending_at[q] < 0) return true;
    uint32_t next = q + 1;
    while (next < sentence.token_end && next < q + 3 &&
           (view.doc->tokens[next].lower == "and" || view.doc->tokens[next].lower == "the"))
      ++next;
    return next >= sentence.token_end || view.mention_at[next] < 0;
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
        for (uint32_t q = pos, skipped = 0; q > sentence.token_begin && skipped <= 4; --q, ++skipped) {
          const Token& t = tokens[q - 1];
          if (std::find(e.words.begin(), e.words.end(), t.lemma) != e.words.end() ||
              std::find(e.words.begin(), e.words.end(), t.lower) != e.words.end()) {
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
          if (EndsClause(view, sentence, q - 1)) {
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
          const Token& joiner = tokens[b - 1];
          if (joiner.lower != "and" && joiner.norm != ",") break;
          const int32_t o = view.ending_at[b - 1];
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

  // `source first` (TABARI's rule): the first actor of the clause before
  // token i, the clause starting after a semicolon, a colon or a
  // conjunction that does not join actors. A pronoun stands for the
  // sentence's first actor.
  std::vector<EventActor> FirstActorOfClause(const ArticleView& view, const Sentence& sentence, uint32_t i) const {
    const auto& tokens = view.doc->tokens;
    uint32_t start = i;
    while (start > sentence.token_begin) {
      const Token& t = tokens[start - 1];
      if (t.norm != "," && EndsClause(view, sentence, start - 1)) break;
      --start;
    }
    for (uint32_t q = start; q < i; ++q) {
      if (const int32_t m = view.mention_at[q]; m >= 0) {
        if ((*view.mentions)[m].token_end > i) break;
        // With the actors joined to it ("X, Y and Z").
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (SlotAt(view, sentence, q, &actors, &end) && end <= i) return actors;
        return {FromMention((*view.mentions)[m])};
      }
      if (tokens[q].tag == Tag::kPRP) {
        std::vector<EventActor> first = FirstOfSentence(view, sentence, q);
        if (!first.empty()) return first;
      }
    }
    return {};
  }

  // TABARI's pronoun rule: the first actor of the sentence (before token q).
  std::vector<EventActor> FirstOfSentence(const ArticleView& view, const Sentence& sentence, uint32_t q) const {
    for (uint32_t p = sentence.token_begin; p < q; ++p)
      if (const int32_t m = view.mention_at[p]; m >= 0) {
        EventActor a = FromMention((*view.mentions)[m]);
        a.begin = view.doc->tokens[q].begin;
        a.end = view.doc->tokens[q].end;
        return {a};
      }
    return {};
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

  // The default target of a `target after` pattern: the first actor (or
  // "X and Y") after `from` in the clause whose code no source has.
  std::vector<EventActor> ActorAfter(const ArticleView& view, const Sentence& sentence, uint32_t from,
                                     const std::vector<EventActor>& sources) const {
    for (uint32_t q = from; q < sentence.token_end; ++q) {
      if (view.mention_at[q] >= 0) {
        std::vector<EventActor> actors;
        uint32_t end = 0;
        if (SlotAt(view, sentence, q, &actors, &end)) {
          std::vector<EventActor> kept;
          for (EventActor& a : actors) {
            bool same = false;
            for (const EventActor& s : sources) same |= s.code == a.code;
            if (!same) kept.push_back(std::move(a));
          }
          if (!kept.empty()) return kept;
          q = end - 1;
          continue;
        }
      }
      if (EndsClause(view, sentence, q)) break;
    }
    return {};
  }

  // An actor (or several joined by "and" / commas) starting at `pos`, after
  // at most two skippable words.
  bool SlotAt(const ArticleView& view, const Sentence& sentence, uint32_t pos,
              std::vector<EventActor>* actors, uint32_t* end) const {
    const auto& tokens = view.doc->tokens;
    if (pos >= sentence.token_end) return false;
    // "both countries", "the two nations" before their determiners are skipped.
    if (view.mention_at[pos] < 0) {
      std::vector<EventActor> referred = Refer(view, sentence, pos, end);
      if (!referred.empty()) {
        *actors = std::move(referred);
        return true;
      }
    }
    uint32_t q = pos;
    for (int skipped = 0; q < sentence.token_end && view.mention_at[q] < 0 && skipped < 3 &&
                          (IsSkippable(tokens[q]) || tokens[q].tag == Tag::kVBG || tokens[q].tag == Tag::kVBN);
         ++skipped)
      ++q;
    if (q >= sentence.token_end) return false;
    if (view.mention_at[q] < 0) {
      std::vector<EventActor> referred = Refer(view, sentence, q, end);
      if (referred.empty()) return false;
      *actors = std::move(referred);
      return true;
    }
    const ActorMention* m = &(*view.mentions)[view.mention_at[q]];
    actors->push_back(FromMention(*m));
    uint32_t after = m->token_end;
    // "X and Y", "X, Y and Z".
    while (after + 1 < sentence.token_end && actors->size() < kMaxCompound) {
      uint32_t next = after;
      if (tokens[next].norm == ",") ++next;
      if (next < sentence.token_end && (tokens[next].lower == "and" || tokens[next].lower == "or")) ++next;
      if (next == after || next >= sentence.token_end) break;
      if (next < sentence.token_end && tokens[next].lower == "the") ++next;
      if (next >= sentence.token_end || view.mention_at[next] < 0) break;
      m = &(*view.mentions)[view.mention_at[next]];
      actors->push_back(FromMention(*m));
      after = m->token_end;
    }
    *end = after;
    return true;
  }

  // Pronouns and descriptions at token q that stand for earlier actors.
  std::vector<EventActor> Refer(const ArticleView& view, const Sentence& sentence, uint32_t q,
                                uint32_t* end) const {
    const auto& tokens = view.doc->tokens;
    const auto& mentions = *view.mentions;
    const std::string_view w = tokens[q].lower;
    std::vector<EventActor> out;
    auto before = [&](uint32_t token) {
      // Mentions are in text order and do not overlap: [0, n) end before `token`.
      return static_cast<size_t>(
          std::partition_point(mentions.begin(), mentions.end(),
                               [&](const ActorMention& m) { return m.token_end <= token; }) -
          mentions.begin());
    };
    if (w == "he" || w == "she" || w == "him" || w == "her") {
      for (size_t n = before(q), seen = 0; n > 0 && seen < kMaxLookBack; --n, ++seen)
        if (mentions[n - 1].kind == ActorKind::kPerson) {
          out.push_back(FromMention(mentions[n - 1]));
          out.back().begin = tokens[q].begin;
          out.back().end = tokens[q].end;
          break;
        }
      *end = q + 1;
      return out;
    }
    // "the two nations", "both sides", "the two countries", "both governments".
    uint32_t p = q;
    if (tokens[p].lower == "the" && p + 1 < sentence.token_end) ++p;
    if (p + 1 < sentence.token_end && (tokens[p].lower == "two" || tokens[p].lower == "both")) {
      const std::string_view noun = tokens[p + 1].lemma;
      if (noun == "nation" || noun == "country" || noun == "side" || noun == "government" ||
          noun == "state" || noun == "neighbor" || noun == "neighbour" || noun == "leader") {
        std::vector<std::string> seen;
        for (size_t n = before(q), looked = 0; n > 0 && out.size() < 2 && looked < kMaxLookBack; --n, ++looked) {
          const ActorMention& m = mentions[n - 1];
          const std::string key = m.country.empty() ? m.code : m.country;
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          seen.push_back(key);
          out.push_back(FromMention(m));
          out.back().begin = tokens[q].begin;
          out.back().end = tokens[p + 1].end;
        }
        if (out.size() < 2) out.clear();
        *end = p + 2;
      }
    }
    return out;
  }

  // True when the verb at i is a passive participle: "was attacked".
  static bool IsPassive(const Document& doc, uint32_t i) {
    if (doc.tokens[i].tag != Tag::kVBN) return false;
    for (uint32_t q = i; q > 0 && i - q < 4; --q) {
      const Token& t = doc.tokens[q - 1];
      if (t.lemma == "be" || t.lemma == "get") return true;
      if (t.tag != Tag::kRB && t.tag != Tag::kRBR) return false;
    }
    return false;
  }

  // The start of the verb group that holds token i (or i).
  static uint32_t GroupStart(const ArticleView& view, uint32_t i) {
    const int32_t c = view.chunk_of[i];
    if (c >= 0 && view.doc->chunks[c].kind == ChunkKind::kVP) return view.doc->chunks[c].token_begin;
    return i;
  }

  // The subject of the verb at i: the nearest actor before its verb group
  // in the same clause, skipping a comma-delimited apposition.
  std::vector<EventActor> Subject(const ArticleView& view, const Sentence& sentence, uint32_t i,
                                  int depth = 0) const {
    const auto& tokens = view.doc->tokens;
    uint32_t start = GroupStart(view, i);
    // A verb in a chain ("agreed to visit", "decided to attack"): the
    // subject of the first verb.
    while (start > sentence.token_begin + 1 && tokens[start - 1].lower == "to") {
      const uint32_t prev = start - 2;
      if (!IsVerbTag(tokens[prev].tag)) break;
      start = GroupStart(view, prev);
    }
    // Adverbs just before the verb group ("apparently praised").
    while (start > sentence.token_begin && (tokens[start - 1].tag == Tag::kRB)) --start;
    uint32_t limit = start;
    // ", the third-ranked official in the CCP, praised": skip the apposition.
    if (limit > sentence.token_begin && tokens[limit - 1].norm == ",") {
      for (uint32_t q = limit - 1; q > sentence.token_begin && limit - q < 16; --q) {
        if (tokens[q - 1].norm == ",") {
          const int32_t before_comma = view.ending_at[q - 1];
          if (before_comma >= 0 && (*view.mentions)[before_comma].token_begin >= sentence.token_begin)
            limit = q - 1;
          break;
        }
      }
    }
    // The nearest actor before `limit`, not across another verb group.
    bool passed_and = false;  // "X called the raid a massacre and accused Y"
    for (uint32_t q = limit; q > sentence.token_begin; --q) {
      const uint32_t t = q - 1;
      const Token& tok = tokens[t];
      if (tok.norm == ";" || tok.norm == ":") break;
      if (tok.lower == "and" || tok.lower == "but") passed_and = true;
      if (IsVerbTag(tok.tag) && view.mention_at[t] < 0) {
        // "said" and similar verbs end the subject clause.
        const bool inside_mention = view.covering[t] >= 0;
        if (!inside_mention) {
          // Coordinated verbs share the first verb's subject.
          if (passed_and && depth < 3 && !Has({"be", "have", "do"}, tok.lemma))
            return Subject(view, sentence, t, depth + 1);
          if (!passed_and || !Has({"be", "have", "do"}, tok.lemma)) break;
        }
      }
      if (const int32_t n = view.ending_at[q]; n >= 0) {
        const ActorMention& m = (*view.mentions)[n];
        if (m.token_begin >= sentence.token_begin) {
          // Walk back over "X and Y" / "X, Y and".
          std::vector<EventActor> subjects{FromMention(m)};
          uint32_t b = m.token_begin;
          while (b > sentence.token_begin + 1) {
            const Token& joiner = tokens[b - 1];
            if (joiner.lower != "and" && joiner.norm != ",") break;
            const int32_t o = view.ending_at[b - 1];
            if (o < 0 || (*view.mentions)[o].token_begin < sentence.token_begin || subjects.size() >= kMaxCompound)
              break;
            subjects.insert(subjects.begin(), FromMention((*view.mentions)[o]));
            b = (*view.mentions)[o].token_begin;
          }
          return subjects;
        }
      }
      // A pronoun subject.
      if (tok.tag == Tag::kPRP || tok.lower == "both" || tok.lower == "two") {
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

  // The actor after "by" following a passive verb.
  std::vector<EventActor> AgentAfter(const ArticleView& view, const Sentence& sentence, uint32_t from) const {
    const auto& tokens = view.doc->tokens;
    for (uint32_t q = from; q < sentence.token_end && q < from + 8; ++q) {
      if (tokens[q].lower != "by") continue;
      std::vector<EventActor> actors;
      uint32_t end = 0;
      if (SlotAt(view, sentence, q + 1, &actors, &end)) return actors;
      return {};
    }
    return {};
  }

  // The source of a noun pattern: the possessor, else the subject of the
  // governing verb ("X launched an attack on Y").
  std::vector<EventActor> NounSource(const ArticleView& view, const Sentence& sentence, uint32_t i) const {
    const auto& tokens = view.doc->tokens;
    auto in_mention = [&](uint32_t t) { return view.covering[t] >= 0; };
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
    if (q > sentence.token_begin && tokens[q - 1].tag == Tag::kPRPS) {
      // "its attack", "his visit": the subject of the clause.
    }
    // The governing verb: the nearest verb before the noun group.
    for (uint32_t p = q; p > sentence.token_begin && q - p < 6; --p) {
      const Token& t = tokens[p - 1];
      if (IsVerbTag(t.tag)) return Subject(view, sentence, p - 1);
      if (!IsSkippable(t) && t.tag != Tag::kPRPS && t.tag != Tag::kIN && t.tag != Tag::kTO) break;
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
  // Words of the sentence being coded (WordsPresent); Code() is const and
  // thread-safe, so each thread has its own.
  static thread_local util::ViewSet words_;
};

thread_local util::ViewSet Coder::words_;

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
  return std::unique_ptr<EventCoder>(new event::Coder(std::move(data)));
}

}  // namespace dyad
