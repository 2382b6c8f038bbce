// Pieces shared by the legacy dictionary readers (src/legacy/*.cc): lines
// with their comments removed, code blocks in [...], legacy dates, and the
// reporting of problems as FILE:LINE: reason.
#ifndef DYAD_LEGACY_COMMON_H_
#define DYAD_LEGACY_COMMON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/legacy.h"

namespace dyad::legacy {

// Which comment conventions a file follows.
enum class CommentStyle : uint8_t {
  kTabari,    // ";" to the end of the line; lines starting with "#" or "/"
  kPetrarch,  // "#" to the end of the line, "<!-- ... -->" (also across lines), ";"
};

// One line of a file after comment removal.
struct Line {
  uint32_t number = 0;      // 1-based
  std::string_view raw;     // as in the file, without the line break
  std::string text;         // comments removed, right-trimmed (left kept)
  bool indented = false;    // starts with a space or a tab
};

// Splits `text` into lines with comments removed; blank results are dropped.
// TABARI files end at a line starting with "~~" (the end-of-file mark).
std::vector<Line> ReadLines(std::string_view text, CommentStyle style);

// Reports problems of one file and counts them.
class Reporter {
 public:
  Reporter(Dictionary* dict, uint32_t file, const ProblemSink& sink)
      : dict_(dict), file_(file), sink_(sink) {}
  void operator()(uint32_t line, std::string reason) const;
  Where At(uint32_t line) const { return Where{file_, line}; }
  Dictionary* dict() const { return dict_; }

 private:
  Dictionary* dict_;
  uint32_t file_;
  const ProblemSink& sink_;
};

// Parses a legacy date: YYMMDD (years 00-30 are 2000-2030, as in TABARI) or
// YYYYMMDD. Returns the YYYYMMDD key, or 0 with *error set.
int ParseLegacyDate(std::string_view text, std::string* error);

// Parses the inside of one code block ("USAGOV 991201-010114", "HOB < 950601",
// " ~GOV"): the code and an optional date restriction. Repaired quirks are
// appended to *notes; returns false with *error set on a block that cannot
// be used.
bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::vector<std::string>* notes,
                    std::string* error);

// Splits "PHRASE [A] [B <D] rest" into the phrase, the insides of the
// brackets and what follows the last bracket.
struct Bracketed {
  std::string_view phrase;
  std::vector<std::string_view> blocks;
  std::string_view rest;
  bool unclosed = false;  // a "[" without its "]"
};
Bracketed SplitBrackets(std::string_view text);

// True for a code of letters and digits, or one of the special codes.
bool IsSpecialCode(std::string_view code);
bool IsPlainCode(std::string_view code);

std::string Upper(std::string_view s);
std::string Lower(std::string_view s);
// Collapses runs of blanks and tabs into one blank and trims.
std::string Squeeze(std::string_view s);

}  // namespace dyad::legacy

#endif  // DYAD_LEGACY_COMMON_H_
