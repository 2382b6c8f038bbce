// dyad/input.h: reading articles from JSON Lines, text and HTML files,
// directories and standard input.
//
//   dyad::ReadOptions options;
//   dyad::InputStats stats;
//   absl::Status s = dyad::ReadInputs(
//       {"news/", "extra.jsonl"}, options,
//       [](dyad::Article&& a) { Process(a); return true; },
//       [](const dyad::Problem& p) { std::cerr << p.ToString() << "\n"; },
//       &stats);
//
// Formats (see docs/input.md):
//   .jsonl .ndjson .json  one JSON object a line; only "text" is required.
//   "-"                   standard input, read as JSON Lines.
//   .txt                  one article; its id is the file name without the
//                         extension, its date ReadOptions::default_date.
//   .html .htm            one article; the main text is extracted with an
//                         HTML parser, scripts, navigation and footers dropped.
//   a directory           every file above, below it, in sorted path order.
//
// Bad input (bad JSON, invalid UTF-8, a NUL byte, a line over the size
// limit, nesting too deep, a binary file, no text) is reported to the
// ProblemSink as FILE:LINE: reason, skipped and counted; reading goes on.
#ifndef DYAD_INPUT_H_
#define DYAD_INPUT_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dyad/article.h"

namespace dyad {

struct ReadOptions {
  // Date given to articles whose input has none (.txt, .html, JSON without
  // "date").
  std::optional<Date> default_date;
  // A line (or file) longer than this is a problem, not an article.
  uint64_t max_article_bytes = 32ull << 20;
  // Stop at the first problem: ReadInputs returns InvalidArgument with the
  // problem's text, after reporting it to the sink.
  bool strict = false;
};

struct InputStats {
  uint64_t files = 0;     // files opened (standard input counts as one)
  uint64_t articles = 0;  // articles handed to the sink
  uint64_t problems = 0;  // problems reported (each skipped line or file)
  uint64_t bytes = 0;     // bytes read
};

// Receives each article in input order. Return false to stop reading
// early (ReadInputs then returns OkStatus).
using ArticleSink = std::function<bool(Article&&)>;

// Reads every input in order. Returns NotFound for a path that does not
// exist (after reporting it as a problem, so a tolerant caller may go on
// with the other inputs: ReadInputs itself goes on unless options.strict).
// Returns OkStatus when every input was read, whatever problems were
// skipped (see stats->problems).
absl::Status ReadInputs(const std::vector<std::string>& inputs,
                        const ReadOptions& options, const ArticleSink& sink,
                        const ProblemSink& problems, InputStats* stats);

// Parses one JSON Lines record. `file` and `line` name it in problems and
// make its id when it has none ("file:line"). Returns the article, or
// nullopt after reporting why to `problems`.
std::optional<Article> ParseJsonLine(std::string_view record,
                                     std::string_view file, uint64_t line,
                                     const ReadOptions& options,
                                     const ProblemSink& problems);

// Extracts the readable main text of an HTML page: the title and the
// paragraphs of its body, with scripts, styles, navigation, headers, footers,
// asides and forms dropped; block elements become line breaks. Never fails:
// broken HTML yields what the parser recovers (possibly empty).
struct HtmlText {
  std::string title;
  std::string text;
};
HtmlText ExtractHtmlText(std::string_view html);

}  // namespace dyad

#endif  // DYAD_INPUT_H_
