// What the tokenizer tells the sentence splitter about each token beyond
// dyad::Token: the space before it and the part it can play at a sentence
// boundary. Private to src/text/.
#ifndef DYAD_TEXT_TOKEN_INFO_H_
#define DYAD_TEXT_TOKEN_INFO_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"

namespace dyad::text {

// The space between a token and the one before it.
enum class Gap : uint8_t {
  kTouching,   // no space: "said." has a gap of kTouching before "."
  kSpace,      // spaces or tabs only (or the start of the text)
  kNewline,    // exactly one line break
  kBlankLine,  // two or more line breaks, or a paragraph separator
};

// The part a token can play when sentences are split.
enum class Role : uint8_t {
  kPlain,         // words, numbers, symbols: nothing special
  kTerminal,      // . ! ? (and runs such as ?!): ends a sentence before an opener
  kEllipsis,      // ... or …: ends a sentence only before a typical opener
  kAbbrevFinal,   // U.S., Inc., J.: ends a sentence only before a typical opener
  kAbbrevInner,   // Mr., Gen., Jan., e.g.: never ends a sentence
  kOpenQuote,     // an opening quotation mark
  kCloseQuote,    // a closing quotation mark (or a stray one)
  kOpenBracket,   // ( [ {
  kCloseBracket,  // ) ] }
  kJoiner,        // , ; : / & and the like: a line ending here continues
  kDash,          // - -- – —
  kCurrency,      // $ £ €: may open a sentence ("$5 million was ...")
  // The splitter treats the roles from here on apart (keep them last).
  kBullet,     // • and friends, a "*" after a space: opens a list item
  kHeading,    // a run of two or more "=": marks a wiki heading (==See also==)
  kTableMark,  // wiki table markup ({| |- || |}) or a lone "|" between cells
};

struct TokenInfo {
  Gap gap = Gap::kSpace;
  Role role = Role::kPlain;
  // For a token after a single line break: the line before is short and
  // could not have been broken by wrapping (it looks like a headline).
  bool short_line_before = false;
};

// Splits doc->tokens into sentences (doc->sentences), recognises an
// opening dateline and sets kSentenceStart and kDateline. `info` has one
// entry per token.
void SplitSentences(const std::vector<TokenInfo>& info, Document* doc);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKEN_INFO_H_
