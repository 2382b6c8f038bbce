// English inflection and lemma rules for the tagger's lexicon.
//
// The generators build the regular forms of a base word, used to grow the
// lexicon from WordNet's base forms at load time:
//
//   std::string s;
//   AppendRegularPlural("country", &s);      // s == "countries"
//
// The lemma rules undo a suffix by rule alone; callers that know the base
// words (the lexicon) try each candidate against them:
//
//   LemmaCandidates c = RuleLemmas("hoped", Tag::kVBD);
//   // c.size() == 2: "hope" (a single-syllable stem lost its e), then "hop"
//
// All functions take and give lower-case ASCII words; other bytes are kept
// as they are. None allocate except the Append* functions' appends.
#ifndef DYAD_TAG_MORPHOLOGY_H_
#define DYAD_TAG_MORPHOLOGY_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::tag {

// True for a, e, i, o, u.
inline bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
// True for an ASCII lower-case letter that is not a vowel (y counts).
inline bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// Appends the regular plural of a noun: "state" -> "states", "bus" ->
// "buses", "church" -> "churches", "country" -> "countries", "day" ->
// "days", "spokesman" -> "spokesmen". Other irregular plurals come from
// word lists, not from here.
void AppendRegularPlural(std::string_view noun, std::string* out);

// Appends the third person singular present: "attack" -> "attacks",
// "vetoes", "pushes", "tries", "says".
void AppendThirdPerson(std::string_view verb, std::string* out);

// Appends the regular past: "attack" -> "attacked", "hope" -> "hoped",
// "try" -> "tried", "agree" -> "agreed". A final consonant is doubled after
// a single syllable ("stop" -> "stopped"); longer words that double
// ("admitted") come from word lists (WordNet's verb.exc).
void AppendRegularPast(std::string_view verb, std::string* out);

// Appends the present participle: "attack" -> "attacking", "hope" ->
// "hoping", "agree" -> "agreeing", "die" -> "dying", "run" -> "running".
void AppendPresentParticiple(std::string_view verb, std::string* out);

// Appends the comparative (suffix "er") or superlative (suffix "est") of
// an adjective: "large" -> "larger", "early" -> "earliest".
void AppendComparative(std::string_view adjective, std::string_view suffix, std::string* out);

// True when an adjective plausibly takes -er/-est: at most two syllables
// and none of the suffixes that take more/most (-ic, -al, -ous, -ive, ...).
bool TakesComparative(std::string_view adjective);

// Up to three lemma guesses for an inflected word, most likely first. A
// guess either is a prefix of the word (a view into `word`) or a prefix
// plus a short ending ("e", "y", "an"): `view` holds the prefix and
// `append` the ending (empty for none). Text() builds the guess.
struct LemmaGuess {
  std::string_view view;
  std::string_view append;  // a string literal

  size_t size() const { return view.size() + append.size(); }
  // Writes the guess to `buffer` (which must hold size() bytes) and
  // returns a view of it; returns `view` itself when nothing is appended.
  std::string_view Text(char* buffer) const;
};

struct LemmaCandidates {
  std::array<LemmaGuess, 3> guesses;
  int count = 0;

  int size() const { return count; }
  const LemmaGuess& operator[](int index) const { return guesses[index]; }
  void Add(std::string_view view, std::string_view append = {}) {
    if (count < static_cast<int>(guesses.size()) && !view.empty()) guesses[count++] = {view, append};
  }
};

// The rule-based lemma guesses for `word` read as `tag`: plural nouns
// (NNS, NNPS), verb forms (VBZ, VBD, VBN, VBG) and comparatives (JJR,
// JJS, RBR, RBS). Empty for other tags or when no suffix applies.
LemmaCandidates RuleLemmas(std::string_view word, Tag tag);

}  // namespace dyad::tag

#endif  // DYAD_TAG_MORPHOLOGY_H_
