// Finding the places a sentence names, and the place of each event.
//
// A place is a name after a locative preposition, possibly through a
// description ("near the border town of Kaesong", "in the capital, Kyiv",
// "in eastern Ukraine"), or the destination of a visit ("a visit to
// Pyongyang", "visited Seoul"). The name is the longest gazetteer key at
// that token, or an actor mention of a country (a country's name or its
// capital). Everything else is left alone: a name must be capitalized, must
// not be a month or a day, must not run on into a longer proper name
// ("in Washington Post reporting") and must not be another actor (a
// person, an organisation). Datelines are never places. docs/places.md
// has the rules with examples.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"
#include "place/locate.h"

namespace dyad {
namespace {

bool In(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Prepositions after which a name is where something happened.
bool IsLocative(std::string_view w) {
  return In({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "into",
             "nearby", "beside"},
            w);
}
// Prepositions that take a place only through a description:
// "on the outskirts of", "off the coast of", "along the border with".
bool IsLocativeWithDescription(std::string_view w) { return In({"on", "off", "along"}, w); }

// Nouns that describe a place before its name.
bool IsPlaceNoun(std::string_view lemma) {
  return In({"town", "city", "village", "capital", "province", "region", "district", "port", "county",
             "state", "area", "enclave", "territory", "suburb", "outskirts", "neighbourhood",
             "neighborhood", "camp", "border", "island", "municipality", "governorate", "oblast",
             "prefecture", "coast", "settlement", "hub", "stronghold", "base", "strip", "republic",
             "country", "nation", "kingdom", "emirate", "seaport", "harbour", "harbor", "heartland",
             "frontier", "edge", "resort"},
            lemma);
}
// Words that place an area inside a named one: "in eastern Ukraine".
bool IsDirection(std::string_view w) {
  return In({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
             "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
             "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast",
             "southwest", "coastal", "rural", "downtown", "occupied", "war-torn", "restive", "remote",
             "neighboring", "neighbouring", "besieged", "embattled", "mountainous", "border"},
            w);
}
// Nouns after a possessive that keep the name a place: "in Syria's north".
bool IsAreaNoun(std::string_view lemma) {
  return In({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "center",
             "centre", "capital", "outskirts", "suburb", "border", "part", "region", "province", "coast",
             "heart", "interior", "territory", "city", "port"},
            lemma);
}

// Capitalized words that are not places in running text, though some
// town is so named somewhere.
bool IsStopName(std::string_view folded) {
  return In({"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday", "congress", "parliament", "government", "senate", "court", "office",
             "council", "summit", "state", "church", "university", "hospital", "school", "prison",
             "reuters", "ap", "afp", "christmas", "easter", "ramadan", "time", "order", "power", "action",
             "progress", "support", "force", "control", "public", "general", "north", "south", "east",
             "west", "the north", "the south", "the east", "the west", "central", "press", "media",
             "president", "minister", "union", "house", "the house", "police", "army", "navy", "asia",
             "europe", "africa", "oceania", "pacific", "atlantic", "arctic", "mediterranean", "caribbean",
             "balkans", "gulf", "the gulf", "middle east", "the middle east", "internet", "court"},
            folded);
}

bool IsCapitalized(const Token& t) { return t.Has(kCapitalized) || t.Has(kAllCaps); }
bool IsNounTag(Tag t) { return t == Tag::kNN || t == Tag::kNNS; }
bool IsProperTag(Tag t) { return t == Tag::kNNP || t == Tag::kNNPS; }

// A country-actor mention names a city only when the gazetteer's city is
// the capital or a large one: "Pyongyang" yes, "the White House" (a town in
// Tennessee) no.
constexpr uint64_t kSeatCityPopulation = 100000;
constexpr uint32_t kMaxNameTokens = 8;
constexpr double kActorCountryWeight = 20;
constexpr uint32_t kMaxDescriptionTokens = 6;

// The places of one sentence.
class SentencePlaces {
 public:
  SentencePlaces(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence)
      : gazetteer_(gazetteer),
        analysis_(analysis),
        doc_(analysis.doc),
        sentence_index_(sentence),
        sentence_(analysis.doc.sentences[sentence]) {
    const auto& actors = analysis.actors;
    const auto first = std::partition_point(actors.begin(), actors.end(), [&](const ActorMention& m) {
      return m.token_end <= sentence_.token_begin;
    });
    const uint32_t n = sentence_.token_end - sentence_.token_begin;
    starting_.assign(n, -1);
    covering_.assign(n, -1);
    for (auto it = first; it != actors.end() && it->token_begin < sentence_.token_end; ++it) {
      if (it->token_begin < sentence_.token_begin || it->token_end > sentence_.token_end) continue;
      const auto m = static_cast<int32_t>(it - actors.begin());
      starting_[it->token_begin - sentence_.token_begin] = m;
      for (uint32_t t = it->token_begin; t < it->token_end; ++t) covering_[t - sentence_.token_begin] = m;
      if (!it->country.empty() &&
          std::find(countries_.begin(), countries_.end(), it->country) == countries_.end())
        countries_.push_back(it->country);
    }
  }

  // Every place after a locative preposition or "to", in text order.
  void FindAll(std::vector<PlaceMention>* out) {
    for (uint32_t i = sentence_.token_begin; i + 1 < sentence_.token_end; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.Has(kDateline) || t.kind != TokenKind::kWord) continue;
      const std::string_view w = t.lower;
      const bool locative = IsLocative(w);
      const bool described = IsLocativeWithDescription(w);
      const bool destination = w == "to";
      if (!locative && !described && !destination) continue;
      PlaceMention m;
      if (!PlaceAfter(i + 1, /*need_description=*/described, &m)) continue;
      m.locative = !destination;
      out->push_back(m);
      i = m.token_end - 1;
    }
  }

  // A place whose description or name starts at token `pos`.
  bool PlaceAfter(uint32_t pos, bool need_description, PlaceMention* out) {
    if (pos >= sentence_.token_end) return false;
    uint32_t p = pos;
    const bool the = doc_.tokens[p].lower == "the";
    // "The Hague", "the Gaza Strip", "the United States": names with "the".
    if (the && !need_description && Name(p, /*cities=*/true, /*with_the=*/true, out)) return true;
    if (the) ++p;
    // "the border town of", "the capital,", "eastern": a description.
    uint32_t after = 0;
    bool apposition = false;
    if (Description(p, &after, &apposition)) {
      if (!Name(after, /*cities=*/true, false, out)) return false;
      if (!apposition || out->token_end >= sentence_.token_end) return true;
      const Token& next = doc_.tokens[out->token_end];
      return next.norm == "," || next.tag == Tag::kPeriod || next.norm == ";" || next.norm == ")";
    }
    if (need_description) return false;
    // After "the" only a division or a country: "at the White House" is
    // not the town of White House.
    return Name(p, /*cities=*/!the, false, out);
  }

 private:
  int32_t MentionStarting(uint32_t t) const { return starting_[t - sentence_.token_begin]; }
  int32_t MentionCovering(uint32_t t) const { return covering_[t - sentence_.token_begin]; }

  // A description ending before a name: adjectives, directions, actor
  // adjectives and nouns ending in a place noun, then "of", a comma or
  // the name ("the southern port city of", "the Syrian city of", "the
  // capital,"); or directions alone ("eastern Ukraine"). Sets *name_pos.
  bool Description(uint32_t p, uint32_t* name_pos, bool* apposition) const {
    *apposition = false;
    uint32_t q = p;
    bool place_noun = false, direction = false;
    for (uint32_t n = 0; q < sentence_.token_end && n < kMaxDescriptionTokens; ++n) {
      const Token& t = doc_.tokens[q];
      if (IsPlaceNoun(t.lemma) && (IsNounTag(t.tag) || t.lower == "capital")) {
        place_noun = true;
        ++q;
        continue;
      }
      if (place_noun) break;
      if (const int32_t m = MentionStarting(q); m >= 0) {
        // "the Syrian city of", "the southern Gaza city of": an actor
        // before a place noun.
        const uint32_t end = analysis_.actors[m].token_end;
        if (end < sentence_.token_end && IsPlaceNoun(doc_.tokens[end].lemma) &&
            IsNounTag(doc_.tokens[end].tag)) {
          q = end;
          continue;
        }
        break;
      }
      if (IsDirection(t.lower)) {
        direction = true;
        ++q;
        continue;
      }
      if (t.tag == Tag::kJJ || t.tag == Tag::kJJR || t.tag == Tag::kJJS || t.tag == Tag::kVBN ||
          (t.tag == Tag::kNN && !IsCapitalized(t))) {
        ++q;
        continue;
      }
      break;
    }
    if (q >= sentence_.token_end) return false;
    if (place_noun) {
      const Token& noun = doc_.tokens[q - 1];
      const std::string_view w = doc_.tokens[q].norm;
      if (w == "of") {
        ++q;
      } else if (w == ",") {
        // "the capital, Kyiv,": an apposition names one place, so the
        // noun is singular and the name ends at a comma or the sentence.
        if (noun.tag != Tag::kNN && noun.lower != "capital") return false;
        ++q;
        *apposition = true;
      }
      *name_pos = q;
      return true;
    }
    if (direction && q > p) {
      *name_pos = q;
      return true;
    }
    return false;
  }

  // The place named at token p: a country-actor mention, else the longest
  // gazetteer name. `cities` false keeps only divisions and countries.
  // `with_the`: the name must start with "the" (token p).
  bool Name(uint32_t p, bool cities, bool with_the, PlaceMention* out) {
    if (p >= sentence_.token_end) return false;
    const Token& first = doc_.tokens[with_the ? std::min(p + 1, sentence_.token_end - 1) : p];
    if (!IsCapitalized(first) || first.Has(kDateline)) return false;
    if (const int32_t m = MentionStarting(p); m >= 0) return FromMention(analysis_.actors[m], out);
    if (MentionCovering(p) >= 0) return false;
    // The longest gazetteer key from p.
    std::string key;
    uint32_t best_end = 0;
    std::vector<Place> best;
    std::vector<Place> found;
    for (uint32_t q = p; q < sentence_.token_end && q - p < kMaxNameTokens; ++q) {
      const Token& t = doc_.tokens[q];
      if (t.Has(kDateline)) break;
      if (q > p && MentionCovering(q) >= 0) break;
      const std::string word = FoldPlaceName(t.norm);
      if (word.empty()) break;
      if (!key.empty()) key.push_back(' ');
      key += word;
      if (!gazetteer_.HasPrefix(key)) break;
      if (gazetteer_.Find(key, &found) == 0) continue;
      if (!cities) found.erase(std::remove_if(found.begin(), found.end(),
                                              [](const Place& x) { return x.kind == PlaceKind::kCity; }),
                               found.end());
      if (found.empty()) continue;
      best_end = q + 1;
      best.swap(found);
    }
    if (best_end == 0) return false;
    if (best_end - p == 1 + (with_the ? 1 : 0) && IsStopName(FoldPlaceName(doc_.tokens[best_end - 1].norm)))
      return false;
    if (with_the && best_end == p + 1) return false;
    if (!FollowsAsPlace(best_end)) return false;
    // Every word of the name must be a proper noun or inside it ("Rostov
    // on Don"): a capitalized first word followed by lower-case ones that
    // happen to continue some key is not a name.
    if (!IsCapitalized(doc_.tokens[best_end - 1]) && !IsProperTag(doc_.tokens[best_end - 1].tag)) return false;
    Fill(Choose(best), p, best_end, out);
    return true;
  }

  // A country-actor mention as a place: the capital or a large city when
  // the gazetteer knows the mention's words as one in that country, else
  // the country itself.
  bool FromMention(const ActorMention& m, PlaceMention* out) {
    if (m.kind != ActorKind::kCountry || m.country.empty()) return false;
    if (!FollowsAsPlace(m.token_end)) return false;
    // "in Chinese waters": an adjective, not a place.
    if (m.token_end < sentence_.token_end && IsNounTag(doc_.tokens[m.token_end].tag)) return false;
    if (doc_.tokens[m.token_end - 1].tag == Tag::kJJ) return false;
    std::string key;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      const std::string word = FoldPlaceName(doc_.tokens[t].norm);
      if (word.empty()) continue;
      if (!key.empty()) key.push_back(' ');
      key += word;
    }
    std::vector<Place> found;
    gazetteer_.Find(key, &found);
    // "Palestinians", "Afghans": a people, not a place ("the Philippines"
    // is a name of its country).
    if (found.empty() && doc_.tokens[m.token_end - 1].tag == Tag::kNNPS) return false;
    // The country or its capital first ("Washington" is the capital, not
    // the state), then a division or a large city.
    for (int pass = 0; pass < 2; ++pass) {
      for (const Place& p : found) {
        if (p.country != m.country) continue;
        const bool ok = pass == 0 ? p.kind == PlaceKind::kCountry || p.capital
                                  : p.kind == PlaceKind::kAdmin1 || p.population >= kSeatCityPopulation;
        if (!ok) continue;
        Fill(p, m.token_begin, m.token_end, out);
        return true;
      }
    }
    Place country;
    if (!gazetteer_.Country(m.country, &country)) {
      country.kind = PlaceKind::kCountry;
      country.name = std::string(m.entry);
      country.country = m.country;
      country.country_name = std::string(m.entry);
    }
    Fill(country, m.token_begin, m.token_end, out);
    return true;
  }

  // False when the token after a name shows it is part of something else:
  // a longer proper name ("Washington Post"), or a possessive other than
  // of an area ("Beijing's view", but "Syria's north" is a place).
  bool FollowsAsPlace(uint32_t end) const {
    if (end >= sentence_.token_end) return true;
    const Token& next = doc_.tokens[end];
    if (next.norm == "'s" || next.norm == "'") {
      return end + 1 < sentence_.token_end && IsAreaNoun(doc_.tokens[end + 1].lemma);
    }
    if (next.kind == TokenKind::kWord && IsCapitalized(next) && IsProperTag(next.tag) && MentionStarting(end) < 0)
      return false;
    return true;
  }

  // The best of several places of one name: countries first, then by
  // PlaceWeight, places in a country of the sentence's actors counting
  // twenty times theirs ("US officials met in Paris" is still France's
  // Paris, "Russian troops shelled Donetsk" Ukraine's, but "Trump spoke in
  // Springfield" an American one).
  const Place& Choose(const std::vector<Place>& places) const {
    const Place* best = &places.front();
    double best_score = -1;
    for (const Place& p : places) {
      double score = p.kind == PlaceKind::kCountry ? 1e12 : PlaceWeight(p);
      if (std::find(countries_.begin(), countries_.end(), p.country) != countries_.end()) score *= kActorCountryWeight;
      if (score > best_score) {
        best_score = score;
        best = &p;
      }
    }
    return *best;
  }

  void Fill(const Place& place, uint32_t token_begin, uint32_t token_end, PlaceMention* out) const {
    out->place = place;
    out->sentence = sentence_index_;
    out->token_begin = token_begin;
    out->token_end = token_end;
    out->begin = doc_.tokens[token_begin].begin;
    out->end = doc_.tokens[token_end - 1].end;
  }

  const Gazetteer& gazetteer_;
  const Analysis& analysis_;
  const Document& doc_;
  const uint32_t sentence_index_;
  const Sentence& sentence_;
  std::vector<int32_t> starting_;  // sentence token -> actor mention starting there, or -1
  std::vector<int32_t> covering_;  // sentence token -> actor mention covering it, or -1
  std::vector<std::string> countries_;  // of the sentence's actors
};

// Visits (and hosting them) happen at their destination.
bool IsVisit(const Event& e, const Token& anchor) {
  if (e.cameo != nullptr && (e.cameo->code == "042" || e.cameo->code == "043")) return true;
  return In({"visit", "trip", "travel", "tour", "arrive", "fly"}, anchor.lemma);
}

}  // namespace

void FindPlaces(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence,
                std::vector<PlaceMention>* out) {
  if (sentence >= analysis.doc.sentences.size()) return;
  const Sentence& s = analysis.doc.sentences[sentence];
  if (s.token_end <= s.token_begin || s.token_end > analysis.doc.tokens.size()) return;
  SentencePlaces(gazetteer, analysis, sentence).FindAll(out);
}

bool PlaceAt(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence, uint32_t token,
             PlaceMention* out) {
  if (sentence >= analysis.doc.sentences.size()) return false;
  const Sentence& s = analysis.doc.sentences[sentence];
  if (s.token_end <= s.token_begin || s.token_end > analysis.doc.tokens.size()) return false;
  if (token < s.token_begin || token >= s.token_end) return false;
  return SentencePlaces(gazetteer, analysis, sentence).PlaceAfter(token, false, out);
}

namespace place {

void LocateEvents(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence, size_t from,
                  std::vector<Event>* events) {
  if (from >= events->size()) return;
  const Document& doc = analysis.doc;
  if (sentence >= doc.sentences.size()) return;
  const Sentence& s = doc.sentences[sentence];
  if (s.token_end <= s.token_begin || s.token_end > doc.tokens.size()) return;
  SentencePlaces finder(gazetteer, analysis, sentence);
  std::vector<PlaceMention> places;
  finder.FindAll(&places);
  for (size_t k = from; k < events->size(); ++k) {
    Event& e = (*events)[k];
    uint32_t anchor = s.token_begin;
    while (anchor + 1 < s.token_end && doc.tokens[anchor].begin < e.verb_begin) ++anchor;
    const PlaceMention* chosen = nullptr;
    PlaceMention direct;
    if (IsVisit(e, doc.tokens[anchor])) {
      // "visited Pyongyang": the object; "a visit ... to Pyongyang": the
      // first destination or locative place after the word.
      const Tag tag = doc.tokens[anchor].tag;
      const bool verb = tag == Tag::kVB || tag == Tag::kVBD || tag == Tag::kVBG || tag == Tag::kVBN ||
                        tag == Tag::kVBP || tag == Tag::kVBZ;
      if (verb && finder.PlaceAfter(anchor + 1, false, &direct)) {
        chosen = &direct;
      } else {
        for (const PlaceMention& p : places)
          if (p.token_begin > anchor && p.token_begin <= anchor + 12) {
            chosen = &p;
            break;
          }
      }
    }
    if (chosen == nullptr) {
      // The locative place nearest the verb.
      int64_t best = INT64_MAX;
      for (const PlaceMention& p : places) {
        if (!p.locative) continue;
        const int64_t distance = p.token_begin > anchor ? int64_t{p.token_begin} - anchor
                                                        : int64_t{anchor} - p.token_end + 1;
        if (distance < best) {
          best = distance;
          chosen = &p;
        }
      }
    }
    if (chosen != nullptr) e.location = *chosen;
  }
}

}  // namespace place
}  // namespace dyad
