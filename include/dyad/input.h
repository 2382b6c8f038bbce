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
//   a directory           every file above, below it, in sorted path order;
//                         other files are skipped silently.
//
// Bad input (bad JSON, invalid UTF-8, a NUL byte, a line over the size
// limit, nesting too deep, a binary file, no text) is reported to the
// ProblemSink as FILE:LINE: reason, skipped and counted; reading goes on.
// Files are streamed in large chunks: memory stays bounded by the longest
// line, not the size of the input. A UTF-8 byte order mark and CRLF line
// ends are accepted; blank lines are skipped.
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
  // a valid "date"). May stay empty.
  std::optional<Date> default_date;
  // A JSON line (or a .txt / .html file) longer than this is a problem, not
  // an article. Memory use is bounded by about this much plus 1 MiB.
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

// Reads every input in order: "-" (standard input, JSON Lines), a file, or
// a directory. Each problem is reported to `problems` as FILE:LINE: reason
// (LINE is 0 for a whole file; standard input is named "stdin") and counted
// in stats->problems; the line or file is skipped and reading goes on.
// Articles are handed to `sink` as they are read; `stats` may be null.
//
// Returns OkStatus when every input was read, whatever problems were
// skipped. Returns NotFound for a path that does not exist (after reporting
// it as a problem and reading the other inputs). With options.strict,
// stops at the first problem and returns InvalidArgument with its text
// (NotFound if the problem was a missing path).
//
// Ids: a JSON line without "id" gets "NAME:LINE" (NAME is the file name
// without directories, or "stdin"); a .txt or .html article gets the file
// name without its extension.
absl::Status ReadInputs(const std::vector<std::string>& inputs,
                        const ReadOptions& options, const ArticleSink& sink,
                        const ProblemSink& problems, InputStats* stats);

// Reads JSON Lines held in memory, exactly as ReadInputs reads a file whose
// content is `content` and whose path is `name` (for problems, ids and
// Article::origin_file). Counts one file in `stats` (which may be null).
// Returns OkStatus, or InvalidArgument with options.strict after a problem.
absl::Status ReadJsonLines(std::string_view content, std::string_view name,
                           const ReadOptions& options, const ArticleSink& sink,
                           const ProblemSink& problems, InputStats* stats);

// Parses one JSON Lines record. `file` and `line` name it in problems and
// make its id when it has none ("NAME:LINE", NAME being `file` without
// directories). Returns the article, or nullopt after reporting why to
// `problems`. Thread-safe (each thread reuses its own parser).
std::optional<Article> ParseJsonLine(std::string_view record,
                                     std::string_view file, uint64_t line,
                                     const ReadOptions& options,
                                     const ProblemSink& problems);

// Extracts the readable main text of an HTML page: the title (<title>, else
// the first <h1>) and the text of the main content (the <article> or <main>
// with the most text, else <body>), with scripts, styles, navigation, page
// headers, footers, asides, forms and elements named like boilerplate
// (id or class "nav", "menu", "footer", "sidebar", "cookie", "share",
// "related", "comment", "advert", "ad-...") dropped. Each block element
// (paragraph, heading, list item, ...) becomes one line; whitespace runs
// become one space; entities are decoded. The result is valid UTF-8.
// Never fails and never takes long: broken or hostile HTML yields what can
// be recovered (possibly nothing). Thread-safe.
struct HtmlText {
  std::string title;
  std::string text;  // byte spans of later stages refer to this text
};
HtmlText ExtractHtmlText(std::string_view html);

}  // namespace dyad

#endif  // DYAD_INPUT_H_
