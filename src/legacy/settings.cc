// TABARI's coding settings (.options commands and the option records of a
// validation file), PETRARCH's configuration options, and the agent
// conversion and new actors they can turn on.
#include <algorithm>
#include <charconv>

#include "legacy/common.h"
#include "util/strings.h"

namespace dyad::legacy {
namespace {

// TRUE, T, FALSE, F (TABARI reads the first letter).
std::optional<bool> Logical(std::string_view value) {
  value = util::Strip(value);
  if (value.empty()) return std::nullopt;
  if (value[0] == 'T') return true;
  if (value[0] == 'F') return false;
  return std::nullopt;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER (colons after SOURCE and
// TARGET allowed); DEFAULT: OFF clears every default actor (the other
// settings DefaultActors carries stay).
bool ApplyDefault(std::string_view rest, DefaultActors* defaults) {
  if (StartsWith(rest, "OFF")) {
    defaults->source.clear();
    defaults->target.clear();
    defaults->prior = defaults->after = false;
    return true;
  }
  std::string* slot = nullptr;
  bool any = false;
  size_t pos = 0;
  while (pos < rest.size()) {
    if (rest[pos] == ' ' || rest[pos] == ':') {
      ++pos;
      continue;
    }
    if (rest[pos] == '[') {
      const size_t close = rest.find(']', pos);
      if (close == std::string_view::npos) break;
      if (slot != nullptr) *slot = Squeeze(rest.substr(pos + 1, close - pos - 1));
      slot = nullptr;
      any = true;
      pos = close + 1;
      continue;
    }
    size_t end = rest.find_first_of(" :[", pos);
    if (end == std::string_view::npos) end = rest.size();
    const std::string_view word = rest.substr(pos, end - pos);
    if (word == "SOURCE") slot = &defaults->source;
    else if (word == "TARGET") slot = &defaults->target;
    else if (word == "PRIOR") defaults->prior = any = true;
    else if (word == "AFTER") defaults->after = any = true;
    pos = end;
  }
  return any;
}

// The agent phrases that start with `word`, longest first.
std::pair<std::vector<Converted::AgentPhrase>::const_iterator, std::vector<Converted::AgentPhrase>::const_iterator>
PhrasesFor(const Converted& converted, std::string_view word) {
  const auto& phrases = converted.agent_phrases;
  auto from = std::lower_bound(phrases.begin(), phrases.end(), word,
                               [](const Converted::AgentPhrase& p, std::string_view w) { return p.words[0] < w; });
  auto to = from;
  while (to != phrases.end() && to->words[0] == word) ++to;
  return {from, to};
}

// The mention that starts at token t, or null.
ActorMention* MentionAt(std::vector<ActorMention>* mentions, uint32_t t) {
  for (ActorMention& m : *mentions)
    if (m.token_begin == t) return &m;
  return nullptr;
}

// Appends `code` to the actors that follow token `at` ("from X", "of X and
// Y", "in X", or an actor right there); false when none does.
bool Qualify(const std::string& code, uint32_t at, const Sentence& sentence, const Document& doc,
             std::vector<ActorMention>* mentions) {
  if (at >= sentence.token_end) return false;
  uint32_t q = at;
  const std::string_view w = doc.tokens[q].lower;
  if (w == "from" || w == "of" || w == "in") ++q;
  if (q < sentence.token_end && doc.tokens[q].lower == "the") ++q;
  ActorMention* m = MentionAt(mentions, q);
  if (m == nullptr) return false;
  // Right after the agent, only a bare actor (a person, a country named
  // alone) takes it.
  if (q == at && m->code.size() != 3) return false;
  std::vector<ActorMention*> list{m};
  while (list.size() < 12) {
    uint32_t next = list.back()->token_end;
    if (next < sentence.token_end && doc.tokens[next].norm == ",") ++next;
    if (next < sentence.token_end && doc.tokens[next].lower == "and") ++next;
    if (next == list.back()->token_end) break;
    ActorMention* other = MentionAt(mentions, next);
    if (other == nullptr) break;
    list.push_back(other);
  }
  for (ActorMention* a : list) {
    if (a->code.size() > code.size() && a->code.compare(a->code.size() - code.size(), code.size(), code) == 0)
      continue;  // "USAGOV" stays, not "USAGOVGOV"
    a->code += code;
    if (a->role.empty()) a->role = code;
  }
  return true;
}

// True when `code` holds `agent` at a 3-letter boundary: TABARI adds an
// agent's code only when it is not there already ("USAGOV" takes no second
// GOV, "GMWGOV" takes WGO: GMWGOVWGO).
bool HoldsAligned(std::string_view code, std::string_view agent) {
  for (size_t k = 0; k + agent.size() <= code.size(); k += 3)
    if (code.compare(k, agent.size(), agent) == 0) return true;
  return false;
}

bool IsFormer(const Document& doc, const Sentence& sentence, uint32_t t) {
  return t >= sentence.token_begin && t < sentence.token_end && doc.tokens[t].lower == "former";
}

// True when the mention's code ends with its role: an agent's code was
// appended to the actor's ("ARNGOV" with role GOV), so the code without it
// is the actor's own.
bool CodeEndsWithRole(const ActorMention& m) {
  return !m.role.empty() && m.code.size() > m.role.size() &&
         m.code.compare(m.code.size() - m.role.size(), m.role.size(), m.role) == 0;
}

// The tokens some actor mention covers.
std::vector<bool> CoveredTokens(const Document& doc, const std::vector<ActorMention>& mentions) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const ActorMention& m : mentions)
    for (uint32_t t = m.token_begin; t < m.token_end && t < covered.size(); ++t) covered[t] = true;
  return covered;
}

// True when the agent phrase's words stand at token `i` of `sentence`, none
// of them covered by an actor.
bool PhraseAt(const Document& doc, const std::vector<bool>& covered, const Sentence& sentence, uint32_t i,
              const Converted::AgentPhrase& phrase) {
  if (i + phrase.words.size() > sentence.token_end) return false;
  for (uint32_t k = 0; k < phrase.words.size(); ++k)
    if (covered[i + k] || doc.tokens[i + k].lower != phrase.words[k]) return false;
  return true;
}

// The mention of `s` that starts at token `at`, or right after an "in" or
// "of" there; null when none does.
ActorMention* ActorAtOrAfterPreposition(std::vector<ActorMention>* mentions, const Document& doc,
                                        const Sentence& sentence, uint32_t s, uint32_t at) {
  if (at >= sentence.token_end) return nullptr;
  ActorMention* m = MentionAt(mentions, at);
  if (m == nullptr && (doc.tokens[at].lower == "in" || doc.tokens[at].lower == "of"))
    m = MentionAt(mentions, at + 1);
  return m != nullptr && m->sentence == s ? m : nullptr;
}

// TABARI's agents (LegacySettings::tabari_agents). The actor names already
// joined the agents written next to an actor ("Gondor prosecutors"); here
// "former" turns those into ELI, and the agents they left alone join an
// actor as TABARI's do: right before the agent, right after it, or after an
// "in" or "of" that follows it.
void CombineTabariAgents(const Converted& converted, Analysis* analysis) {
  const Document& doc = analysis->doc;
  std::vector<ActorMention>& mentions = analysis->actors;
  // "Arnor former security officials", "former Gondor prosecutors": a
  // country with a role word, "former" before it or among its words.
  for (ActorMention& m : mentions) {
    if (m.role_origin.line == 0 || m.country.size() != 3 || m.code != m.country + m.role) continue;
    if (m.sentence >= doc.sentences.size()) continue;
    const Sentence& sentence = doc.sentences[m.sentence];
    bool former = m.token_begin > sentence.token_begin && IsFormer(doc, sentence, m.token_begin - 1);
    for (uint32_t t = m.token_begin; t < m.token_end && !former; ++t) former = IsFormer(doc, sentence, t);
    if (!former) continue;
    m.role = "ELI";
    m.code = m.country + m.role;
  }
  if (converted.agent_phrases.empty()) return;
  std::vector<bool> covered = CoveredTokens(doc, mentions);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      if (covered[i]) continue;
      const auto [from, to] = PhrasesFor(converted, doc.tokens[i].lower);
      for (auto it = from; it != to; ++it) {
        const Converted::AgentPhrase& phrase = *it;
        if (!PhraseAt(doc, covered, sentence, i, phrase)) continue;
        const uint32_t end = i + static_cast<uint32_t>(phrase.words.size());
        // The actor: right before the agent, else right after it or after
        // an "in" or "of" (an agent placed before the code looks only after).
        ActorMention* actor = nullptr;
        if (!phrase.prefix && i > sentence.token_begin)
          for (ActorMention& m : mentions)
            if (m.sentence == s && m.token_end == i) actor = &m;
        const bool before = actor != nullptr;
        if (actor == nullptr) actor = ActorAtOrAfterPreposition(&mentions, doc, sentence, s, end);
        if (actor == nullptr) break;  // left to CONVERT AGENTS
        const bool former = i > sentence.token_begin && IsFormer(doc, sentence, i - 1);
        const std::string code = former ? "ELI" : phrase.code;
        if (!HoldsAligned(actor->code, code)) {
          actor->code = phrase.prefix ? code + actor->code : actor->code + code;
          if (!phrase.prefix) actor->role = code;
        }
        // The actor's words now take in the agent's, as TABARI's do.
        if (before) {
          actor->token_end = end;
          actor->end = doc.tokens[end - 1].end;
        } else {
          actor->token_begin = i;
          actor->begin = doc.tokens[i].begin;
        }
        for (uint32_t k = i; k < end; ++k) covered[k] = true;
        i = end - 1;
        break;
      }
    }
  }
}

// An adjective or noun, which may stand between the words of a PETRARCH
// name inside its noun phrase.
bool Modifier(const Token& t) {
  switch (t.tag) {
    case Tag::kJJ: case Tag::kJJR: case Tag::kJJS: case Tag::kNN: case Tag::kNNS: case Tag::kNNP: case Tag::kNNPS:
      return true;
    default:
      return t.norm == "-";
  }
}

// "the evil Arnor awful Gondor": PETRARCH reads the words of one noun
// phrase left to right and codes the phrase by the first actor in it, so an
// actor that follows another after adjectives alone (no determiner, no
// joiner) is part of the first one's phrase, not an actor of its own.
void AbsorbActorsAfterAdjectives(const Document& doc, std::vector<ActorMention>* mentions) {
  for (size_t k = 0; k + 1 < mentions->size();) {
    ActorMention& first = (*mentions)[k];
    const ActorMention& next = (*mentions)[k + 1];
    bool adjectives = next.sentence == first.sentence && next.token_begin > first.token_end;
    for (uint32_t t = first.token_end; t < next.token_begin && adjectives; ++t) {
      const Tag tag = doc.tokens[t].tag;
      adjectives = tag == Tag::kJJ || tag == Tag::kJJR || tag == Tag::kJJS;
    }
    if (!adjectives) {
      ++k;
      continue;
    }
    first.token_end = next.token_end;
    first.end = next.end;
    mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
}

// A common noun or adjective that no actor covers.
bool PlainNoun(const Token& t) {
  return t.tag == Tag::kNN || t.tag == Tag::kNNS || t.tag == Tag::kJJ;
}

// "Ithilen's sheep and goats of Gondor": PETRARCH codes a noun phrase that
// names no actor by its possessive ("Ithilen's sheep" is ITH) or by its
// "of" phrase ("goats of Gondor" is GON), so two such phrases joined by
// "and" are a compound. The actors take in the words of their phrases.
void ConjunctNounPhrases(const Document& doc, std::vector<ActorMention>* mentions) {
  std::vector<bool> covered = CoveredTokens(doc, *mentions);
  for (size_t k = 0; k < mentions->size(); ++k) {
    ActorMention& m = (*mentions)[k];
    if (m.sentence >= doc.sentences.size()) continue;
    const Sentence& sentence = doc.sentences[m.sentence];
    // The possessive's phrase, up to an "and" that a phrase "NOUN of
    // ACTOR" follows.
    uint32_t end = m.token_end;
    if (end >= sentence.token_end || doc.tokens[end].tag != Tag::kPOS) continue;
    ++end;
    while (end < sentence.token_end && !covered[end] && PlainNoun(doc.tokens[end])) ++end;
    if (end == m.token_end + 1 || end >= sentence.token_end || doc.tokens[end].lower != "and") continue;
    uint32_t of = end + 1;
    while (of < sentence.token_end && !covered[of] && PlainNoun(doc.tokens[of])) ++of;
    if (of == end + 1 || of + 1 >= sentence.token_end || doc.tokens[of].lower != "of" || k + 1 >= mentions->size())
      continue;
    ActorMention& next = (*mentions)[k + 1];
    if (next.token_begin != of + 1 || next.sentence != m.sentence) continue;
    m.token_end = end;
    m.end = doc.tokens[end - 1].end;
    next.token_begin = end + 1;
    next.begin = doc.tokens[end + 1].begin;
    for (uint32_t t = m.token_begin; t < next.token_end; ++t) covered[t] = true;
  }
}

}  // namespace

bool ApplyOption(std::string_view command, LegacySettings* settings) {
  const std::string text = Upper(Squeeze(command));
  const size_t colon = text.find(':');
  if (colon == std::string::npos) return false;
  // TABARI reads the first four letters of a command.
  const std::string name = std::string(util::Strip(std::string_view(text).substr(0, colon))).substr(0, 4);
  const std::string_view rest = util::Strip(std::string_view(text).substr(colon + 1));
  if (name == "DEFA") return ApplyDefault(rest, &settings->defaults);
  if (name == "FORW") {
    const std::vector<std::string_view> words = util::Split(rest, ' ', true);
    if (words.empty()) return false;
    const bool off = std::find(words.begin() + 1, words.end(), "OFF") != words.end();
    settings->forward = off ? "" : std::string(words[0]);
    return true;
  }
  if (name == "COMP") {
    // VERBS[n] CONJ[n] NOACTPRIOR; the other conditions are read past.
    LegacySettings::Complex limits;
    for (std::string_view word : util::Split(rest, ' ', true)) {
      const size_t open = word.find('[');
      const std::string_view key = word.substr(0, open);
      int n = 0;
      if (open != std::string_view::npos) {
        const std::string_view digits = word.substr(open + 1, word.find(']') - open - 1);
        if (std::from_chars(digits.data(), digits.data() + digits.size(), n).ec != std::errc()) n = 0;
      }
      if (key == "VERBS") limits.verbs = n;
      else if (key == "CONJ") limits.conjunctions = n;
      else if (key == "NOACTPRIOR") limits.no_actor_prior = true;
    }
    settings->complex = limits;
    return true;
  }
  if (name == "COMM") {
    if (StartsWith(rest, "OFF")) {
      settings->comma.on = false;
      return true;
    }
    std::string packed;  // "MIN=4MAX=6EMIN=3..."
    for (char c : rest)
      if (c != ' ') packed.push_back(c);
    bool any = false;
    size_t pos = 0;
    while (pos < packed.size()) {
      const size_t eq = packed.find('=', pos);
      if (eq == std::string::npos) break;
      const std::string key = packed.substr(pos, eq - pos);
      int value = 0;
      const auto [end, ec] = std::from_chars(packed.data() + eq + 1, packed.data() + packed.size(), value);
      if (ec != std::errc()) break;
      pos = static_cast<size_t>(end - packed.data());
      LegacySettings::Comma& c = settings->comma;
      int* slot = key == "MIN" ? &c.min : key == "MAX" ? &c.max : key == "EMIN" ? &c.emin : key == "EMAX" ? &c.emax
                : key == "BMIN" ? &c.bmin : key == "BMAX" ? &c.bmax : nullptr;
      if (slot != nullptr) {
        *slot = value;
        any = true;
      }
    }
    if (any) settings->comma.on = true;
    return any;
  }
  if (name != "SET") return false;
  const size_t eq = rest.find('=');
  const std::string_view param = util::Strip(rest.substr(0, eq));
  const std::string_view value = eq == std::string_view::npos ? "" : util::Strip(rest.substr(eq + 1));
  if (StartsWith(param, "CODE")) {
    if (param.find("SENTENCE") != std::string_view::npos) settings->code_by = LegacySettings::CodeBy::kSentence;
    else if (param.find("ALL") != std::string_view::npos) settings->code_by = LegacySettings::CodeBy::kAll;
    else if (param.find("CLAUSE") != std::string_view::npos) settings->code_by = LegacySettings::CodeBy::kClause;
    else return false;
    return true;
  }
  if (StartsWith(param, "MINIMUM WORD")) {
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || n < 0) return false;
    settings->minimum_words = n;
    return true;
  }
  std::optional<bool> on = Logical(value);
  if (!on) return false;
  if (StartsWith(param, "TIME SHIFT")) {
    settings->time_shift = *on;
    return true;
  }
  if (StartsWith(param, "CONVERT AGENT")) {
    settings->convert_agents = *on;
    return true;
  }
  return false;
}

bool ApplyPetrarchOption(std::string_view name, std::string_view value, LegacySettings* settings) {
  const std::string option = Lower(util::Strip(name));
  const std::string text = Upper(util::Strip(value));
  if (option == "require_dyad") {
    // Python's bool of the text: "True", "TRUE", "true" or their first letter.
    std::optional<bool> on = Logical(text);
    if (!on) return false;
    settings->defaults.null_target = *on ? "" : "---";
    return true;
  }
  if (option == "new_actor_length") {
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0) return false;
    settings->new_actor_length = n;
    return true;
  }
  if (StartsWith(option, "comma_")) {
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0) return false;
    LegacySettings::Comma& c = settings->comma;
    const std::string_view key = std::string_view(option).substr(6);
    int* slot = key == "min" ? &c.min : key == "max" ? &c.max : key == "emin" ? &c.emin : key == "emax" ? &c.emax
              : key == "bmin" ? &c.bmin : key == "bmax" ? &c.bmax : nullptr;
    if (slot == nullptr) return false;
    *slot = n;
    c.on = true;
    return true;
  }
  return false;
}

// The code a spaced name has on `date`, or "" (none, or null-coded then).
std::string CodeOn(const Converted::SpacedName& name, std::optional<Date> date) {
  std::string code = name.code;
  const int key = date ? date->Key() : 99999999;
  bool in_range = false;
  for (const auto& d : name.dated)
    if (key >= d.from && key <= d.to) {
      code = d.code;
      in_range = true;
      break;
    }
  if (!in_range && code.empty() && !name.dated.empty() && !date) code = name.dated.back().code;
  return IsPlainCode(code) ? code : "";
}

size_t MatchSpacedNames(const Converted& converted, std::optional<Date> date, Analysis* analysis) {
  const auto& names = converted.spaced_names;
  if (names.empty()) return 0;
  const Document& doc = analysis->doc;
  std::vector<ActorMention>& mentions = analysis->actors;
  size_t added = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      const std::string_view first = doc.tokens[i].lower;
      auto it = std::lower_bound(names.begin(), names.end(), first,
                                 [](const Converted::SpacedName& n, std::string_view w) { return n.words[0] < w; });
      for (; it != names.end() && it->words[0] == first; ++it) {
        const Converted::SpacedName& name = *it;
        // The other words in order, each within three words of the one
        // before (right after it when joined by "_").
        uint32_t at = i + 1;
        bool gap = false, found = true;
        for (size_t k = 1; k < name.words.size() && found; ++k) {
          found = false;
          const uint32_t most = name.joined[k] ? 0 : 3;
          for (uint32_t q = at, skipped = 0; q < sentence.token_end && skipped <= most; ++q, ++skipped) {
            if (doc.tokens[q].lower == name.words[k]) {
              gap |= q > at;
              at = q + 1;
              found = true;
              break;
            }
            if (doc.tokens[q].kind == TokenKind::kPunct && doc.tokens[q].norm != "-") break;
            if (name.noun_phrase && !Modifier(doc.tokens[q])) break;
          }
        }
        if (!found || !gap) continue;  // a name written together is dyad's own match
        const std::string code = CodeOn(name, date);
        if (code.empty()) continue;
        // It replaces the mentions inside it, not one that reaches out of it.
        bool crosses = false;
        for (const ActorMention& m : mentions)
          crosses |= m.token_begin < at && m.token_end > i && (m.token_begin < i || m.token_end > at);
        if (crosses) continue;
        mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                      [&](const ActorMention& m) { return m.token_begin >= i && m.token_end <= at; }),
                       mentions.end());
        ActorMention m;
        m.sentence = s;
        m.token_begin = i;
        m.token_end = at;
        m.begin = doc.tokens[i].begin;
        m.end = doc.tokens[at - 1].end;
        m.code = code;
        m.country = code.substr(0, 3);
        m.role = code.size() > 3 ? code.substr(3) : "";
        mentions.insert(std::upper_bound(mentions.begin(), mentions.end(), m,
                                         [](const ActorMention& x, const ActorMention& y) {
                                           return x.token_begin < y.token_begin;
                                         }),
                        std::move(m));
        ++added;
        i = at - 1;
        break;
      }
    }
  }
  return added;
}

size_t ConvertAgents(const Converted& converted, const LegacySettings& settings, Analysis* analysis) {
  if (settings.tabari_agents) CombineTabariAgents(converted, analysis);
  if ((!settings.convert_agents && !settings.combine_agents) || converted.agent_phrases.empty()) return 0;
  const Document& doc = analysis->doc;
  if (settings.combine_agents) AbsorbActorsAfterAdjectives(doc, &analysis->actors);
  std::vector<bool> covered = CoveredTokens(doc, analysis->actors);
  // "The ambassadors of Arnor, Osgiliath and Gondor": the agent the actor
  // dictionaries joined to the first actor goes to the others too.
  for (size_t k = 0; settings.combine_agents && k < analysis->actors.size(); ++k) {
    const ActorMention& first = analysis->actors[k];
    if (first.sentence >= doc.sentences.size()) continue;
    const Sentence& sentence = doc.sentences[first.sentence];
    const auto [from, to] = PhrasesFor(converted, doc.tokens[first.token_begin].lower);
    for (auto it = from; it != to; ++it) {
      const Converted::AgentPhrase& phrase = *it;
      if (phrase.prefix) continue;
      const uint32_t of = first.token_begin + static_cast<uint32_t>(phrase.words.size());
      if (of + 1 >= first.token_end) continue;
      bool match = true;
      for (uint32_t w = 0; w < phrase.words.size() && match; ++w)
        match = doc.tokens[first.token_begin + w].lower == phrase.words[w];
      const std::string_view joiner = doc.tokens[of].lower;
      if (!match || !(joiner == "of" || joiner == "from" || joiner == "in")) continue;
      uint32_t after = first.token_end;
      for (size_t n = k + 1; n < analysis->actors.size(); ++n) {
        uint32_t next = after;
        if (next < sentence.token_end && doc.tokens[next].norm == ",") ++next;
        if (next < sentence.token_end && doc.tokens[next].lower == "and") ++next;
        ActorMention& other = analysis->actors[n];
        if (next == after || other.token_begin != next || other.code.size() != 3) break;
        other.code += phrase.code;
        if (other.role.empty()) other.role = phrase.code;
        after = other.token_end;
      }
      break;
    }
  }
  // TABARI's FORMER conversion, which PETRARCH's suite expects: an agent
  // after "former" is coded ELI, an elite out of office, in place of its own
  // code ("Arnor former security officials" ARNELI, "former Gondor
  // prosecutors" GONELI).
  auto former = [&](uint32_t t) { return t < doc.tokens.size() && doc.tokens[t].lower == "former"; };
  for (ActorMention& m : analysis->actors) {
    if (!settings.combine_agents || m.kind != ActorKind::kRole || !CodeEndsWithRole(m)) continue;
    bool after_former = m.token_begin > 0 && former(m.token_begin - 1);
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) after_former |= former(t);
    if (!after_former) continue;
    m.code = m.code.substr(0, m.code.size() - m.role.size()) + "ELI";
    m.role = "ELI";
  }
  std::vector<ActorMention> added;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      if (covered[i]) continue;
      // The longest phrase that starts here and no actor covers.
      const auto [from, to] = PhrasesFor(converted, doc.tokens[i].lower);
      for (auto it = from; it != to; ++it) {
        const Converted::AgentPhrase& phrase = *it;
        if (!PhraseAt(doc, covered, sentence, i, phrase)) continue;
        const uint32_t end = i + static_cast<uint32_t>(phrase.words.size());
        std::string code = phrase.code;
        if (settings.combine_agents && !phrase.prefix && i > sentence.token_begin && former(i - 1))
          code = "ELI";  // the FORMER conversion above
        // PETRARCH's agents placed before the code ("MSF Arnor" NGOARN):
        // the actor right after the phrase takes the code in front.
        if (phrase.prefix) {
          if (!settings.combine_agents) continue;
          ActorMention* next = MentionAt(&analysis->actors, end);
          if (next == nullptr || next->sentence != s) continue;
          next->code = phrase.code + next->code;
          next->token_begin = i;
          next->begin = doc.tokens[i].begin;
          for (uint32_t k = i; k < end; ++k) covered[k] = true;
          i = end - 1;
          break;
        }
        // "Ithilen's awful and evil minister Calimehtar": PETRARCH codes
        // the noun phrase by its possessive country and the agent (ITHGOV),
        // not by the actor named right after the agent.
        if (settings.combine_agents) {
          uint32_t q = i;
          while (q > sentence.token_begin && !covered[q - 1] &&
                 (doc.tokens[q - 1].tag == Tag::kJJ || doc.tokens[q - 1].tag == Tag::kCC))
            --q;
          ActorMention* named = MentionAt(&analysis->actors, end);
          auto owner = analysis->actors.end();
          if (q > sentence.token_begin + 1 && doc.tokens[q - 1].tag == Tag::kPOS)
            owner = std::find_if(analysis->actors.begin(), analysis->actors.end(), [&](const ActorMention& m) {
              return m.token_end == q - 1 && m.sentence == s && m.code.size() == 3;
            });
          if (named != nullptr && named->code.size() == 3 && owner != analysis->actors.end()) {
            owner->code += code;
            owner->role = code;
            owner->token_end = named->token_end;
            owner->end = named->end;
            for (uint32_t k = i; k < named->token_end; ++k) covered[k] = true;
            analysis->actors.erase(analysis->actors.begin() + (named - analysis->actors.data()));
            i = end - 1;
            break;
          }
        }
        // An agent of actors named after it ("soldiers from Gondor",
        // "lawmakers in Fornost and Gondor") or right after it ("Deputy
        // Prime Minister Telemar") gives them its code, as the legacy
        // coders combine an agent with the actors of its phrase.
        if (settings.combine_agents && Qualify(code, end, sentence, doc, &analysis->actors)) {
          i = end - 1;
          break;
        }
        // "Washington security officials": an agent right after an actor
        // is that actor's (its code gains the agent's when it has none).
        if (settings.combine_agents && i > sentence.token_begin) {
          auto before = std::find_if(analysis->actors.begin(), analysis->actors.end(),
                                     [&](const ActorMention& m) { return m.token_end == i && m.sentence == s; });
          if (before != analysis->actors.end()) {
            if (!HoldsAligned(before->code, code)) {
              before->code += code;
              if (before->role.empty()) before->role = code;
            }
            before->token_end = end;
            before->end = doc.tokens[end - 1].end;
            for (uint32_t k = i; k < end; ++k) covered[k] = true;
            i = end - 1;
            break;
          }
        }
        // "Danish media and government": an agent right after an "and"
        // that follows an actor with an agent of its own shares that
        // actor's code before its agent (DNKMED, then DNKGOV), as the
        // conjuncts of one noun phrase share its adjective. With a
        // determiner before the actor ("The Danish media and government"),
        // PETRARCH's parse makes two noun phrases, and the agent stands
        // alone.
        if (settings.combine_agents && i > sentence.token_begin + 1 && doc.tokens[i - 1].lower == "and") {
          auto before = std::find_if(analysis->actors.begin(), analysis->actors.end(), [&](const ActorMention& m) {
            return m.token_end == i - 1 && m.sentence == s && CodeEndsWithRole(m) &&
                   (m.token_begin == sentence.token_begin || doc.tokens[m.token_begin - 1].tag != Tag::kDT);
          });
          if (before != analysis->actors.end()) {
            ActorMention m;
            m.sentence = s;
            m.token_begin = i;
            m.token_end = end;
            m.begin = doc.tokens[i].begin;
            m.end = doc.tokens[end - 1].end;
            m.code = before->code.substr(0, before->code.size() - before->role.size()) + code;
            m.country = before->country;
            m.role = code;
            m.kind = ActorKind::kRole;
            added.push_back(std::move(m));
            i = end - 1;
            break;
          }
        }
        if (!settings.convert_agents) break;
        ActorMention m;
        m.sentence = s;
        m.token_begin = i;
        m.token_end = end;
        m.begin = doc.tokens[i].begin;
        m.end = doc.tokens[end - 1].end;
        m.code = settings.lone_agent + code;
        m.role = code;
        m.kind = ActorKind::kRole;
        added.push_back(std::move(m));
        i = end - 1;
        break;
      }
    }
  }
  const size_t n = added.size();
  for (ActorMention& m : added) analysis->actors.push_back(std::move(m));
  std::stable_sort(analysis->actors.begin(), analysis->actors.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.token_begin < b.token_begin; });
  if (settings.combine_agents) ConjunctNounPhrases(doc, &analysis->actors);
  return n;
}

}  // namespace dyad::legacy

namespace dyad::legacy {
namespace {

// A word of a noun phrase: a determiner, adjective, noun, number or
// possessive ending.
bool Nominal(const Token& t) {
  switch (t.tag) {
    case Tag::kDT: case Tag::kJJ: case Tag::kJJR: case Tag::kJJS: case Tag::kNN: case Tag::kNNS:
    case Tag::kNNP: case Tag::kNNPS: case Tag::kCD: case Tag::kPOS:
      return true;
    default:
      return false;
  }
}

// Adds the conjuncts of tokens [from, to) (split at "and" and "or") that no
// actor covers, hold a noun and have at most `length` words, as actors coded
// by their words; a possessive ending is no word.
size_t AddConjuncts(uint32_t s, uint32_t from, uint32_t to, int length, const Document& doc,
                    std::vector<ActorMention>* actors, std::vector<ActorMention>* added) {
  size_t n = 0;
  uint32_t begin = from;
  for (uint32_t t = from; t <= to; ++t) {
    if (t < to && doc.tokens[t].tag != Tag::kCC) continue;
    const uint32_t end = t;
    const uint32_t b = begin;
    begin = t + 1;
    if (end <= b) continue;
    const auto taken = std::find_if(actors->begin(), actors->end(), [&](const ActorMention& m) {
      return m.sentence == s && m.token_begin < end && m.token_end > b;
    });
    if (taken != actors->end()) {
      // "Eriador's death": the phrase of a possessive actor is that actor's,
      // so that it and the next conjunct read as "X and Y".
      if (taken->token_begin == b && taken->token_end < end && doc.tokens[taken->token_end].tag == Tag::kPOS &&
          (to - from) > (end - b)) {
        taken->token_end = end;
        taken->end = doc.tokens[end - 1].end;
      }
      continue;
    }
    std::string code = "\"";
    int words = 0;
    bool noun = false;
    for (uint32_t k = b; k < end; ++k) {
      const Token& w = doc.tokens[k];
      if (w.tag == Tag::kPOS) continue;
      noun |= w.tag == Tag::kNN || w.tag == Tag::kNNS || w.tag == Tag::kNNP || w.tag == Tag::kNNPS;
      if (words++ > 0) code += ' ';
      code += Upper(w.norm);
    }
    if (!noun || words > length) continue;
    ActorMention m;
    m.sentence = s;
    m.token_begin = b;
    m.token_end = end;
    m.begin = doc.tokens[b].begin;
    m.end = doc.tokens[end - 1].end;
    m.code = code + "\"";
    m.kind = ActorKind::kOrg;
    added->push_back(std::move(m));
    ++n;
  }
  return n;
}

}  // namespace

size_t AddNounPhraseActors(const LegacySettings& settings, Analysis* analysis) {
  if (settings.new_actor_length <= 0) return 0;
  const Document& doc = analysis->doc;
  std::vector<ActorMention> added;
  // Which sentence a token is in.
  auto sentence_of = [&](uint32_t t) {
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      if (t >= doc.sentences[s].token_begin && t < doc.sentences[s].token_end) return s;
    return static_cast<uint32_t>(doc.sentences.size());
  };
  for (const Chunk& verb : doc.chunks) {
    if (verb.kind != ChunkKind::kVP) continue;
    const uint32_t s = sentence_of(verb.token_begin);
    if (s >= doc.sentences.size()) continue;
    const Sentence& sentence = doc.sentences[s];
    // The subject: the noun phrases right before the verb, with "of" and
    // the conjunctions between them.
    uint32_t from = verb.token_begin;
    while (from > sentence.token_begin) {
      const Token& t = doc.tokens[from - 1];
      const bool joiner = t.tag == Tag::kCC || t.lower == "of";
      if (!Nominal(t) && !(joiner && from < verb.token_begin)) break;
      --from;
    }
    while (from < verb.token_begin && !Nominal(doc.tokens[from])) ++from;  // no joiner first
    AddConjuncts(s, from, verb.token_begin, settings.new_actor_length, doc, &analysis->actors, &added);
    // The object: the noun phrase right after the verb or after a
    // preposition right after it, with its "of" phrases.
    uint32_t at = verb.token_end;
    if (at < sentence.token_end && (doc.tokens[at].tag == Tag::kIN || doc.tokens[at].tag == Tag::kTO)) ++at;
    uint32_t to = at;
    while (to < sentence.token_end) {
      const Token& t = doc.tokens[to];
      const bool joiner = (t.tag == Tag::kCC || t.lower == "of") && to + 1 < sentence.token_end &&
                          to > at && Nominal(doc.tokens[to + 1]);
      if (!Nominal(t) && !joiner) break;
      ++to;
    }
    // A phrase that goes on with a preposition and an actor ("the dispute
    // with Osgiliath") holds that actor.
    if (to < sentence.token_end && doc.tokens[to].tag == Tag::kIN) {
      uint32_t next = to + 1;
      if (next < sentence.token_end && doc.tokens[next].tag == Tag::kDT) ++next;
      const bool holds = std::any_of(analysis->actors.begin(), analysis->actors.end(),
                                     [&](const ActorMention& m) { return m.sentence == s && m.token_begin == next; });
      if (holds) continue;
    }
    AddConjuncts(s, at, to, settings.new_actor_length, doc, &analysis->actors, &added);
  }
  if (added.empty()) return 0;
  // A phrase both before one verb and after another is added once.
  std::vector<ActorMention>& actors = analysis->actors;
  size_t n = 0;
  for (ActorMention& m : added) {
    const bool twice = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.token_begin == m.token_begin && a.token_end == m.token_end;
    });
    if (twice) continue;
    actors.push_back(std::move(m));
    ++n;
  }
  std::stable_sort(actors.begin(), actors.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.token_begin < b.token_begin; });
  return n;
}

}  // namespace dyad::legacy
