// Word lists the tokenizer and sentence splitter consult: abbreviations
// that keep their full stop, words that typically open a sentence, and
// domain suffixes that join a word to a web address. The lists are built
// once (thread-safe) and then only read.
//
//   if (LookupAbbreviation("Gen") == AbbrevKind::kInner) ...  // "Gen." never ends a sentence
#ifndef DYAD_TEXT_LEXICON_H_
#define DYAD_TEXT_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace dyad::text {

enum class AbbrevKind : uint8_t {
  kNone,          // not an abbreviation: the full stop is punctuation
  kInner,         // a title or month (Mr., Gen., Jan., vs.): never ends a sentence
  kFinal,         // may end a sentence (Inc., Jr., etc., St.): ends one only
                  // before a typical sentence opener or a line break
  kBeforeNumber,  // No., Nos.: an abbreviation only before a number
};

// Looks up a word without its full stop ("Gen", "etc"). Matching is exact,
// except that an all-capital word also matches its capitalised form
// ("JAN" as "Jan"), for datelines and headlines in capitals.
AbbrevKind LookupAbbreviation(std::string_view word);

// True for capitalised words that usually open a sentence ("The", "He",
// "However"): after "U.S." or "a.m.", such a word starts a new sentence.
bool IsSentenceOpener(std::string_view word);

// True for lower-case domain suffixes ("com", "org", "uk") that make
// "Amazon.com" or "bbc.co.uk" one token. English words ("in", "it") are
// left out so that "end.it" still splits.
bool IsDomainSuffix(std::string_view suffix);

}  // namespace dyad::text

#endif  // DYAD_TEXT_LEXICON_H_
