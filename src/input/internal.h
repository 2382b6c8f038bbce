// Private pieces of the input readers (src/input/), shared by the readers,
// their tests and benchmarks. Not part of the public API: see dyad/input.h.
//
// The JSON Lines reader pulls bytes from a ByteSource in large chunks, so a
// file, standard input and a memory buffer all go through the same code:
//
//   input::MemorySource source(content);
//   input::Reporter reporter(&problems, /*strict=*/false, &stats);
//   input::ReadContext context{options, sink, &reporter, &stats};
//   input::ReadJsonlStream(&source, input::SourceName::ForPath("a.jsonl"),
//                          &context);
#ifndef DYAD_INPUT_INTERNAL_H_
#define DYAD_INPUT_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dyad/article.h"
#include "dyad/input.h"

namespace dyad::input {

// ---------------------------------------------------------------- UTF-8

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Returns the byte offset of the first byte that does not start a well-formed
// UTF-8 sequence (overlong forms, surrogates and code points above U+10FFFF
// are ill-formed), or kValidUtf8 when all of `text` is valid.
size_t FindInvalidUtf8(std::string_view text);

// Fast yes/no check (SIMD where available).
bool IsValidUtf8(std::string_view text);

// 1-based line and column (in bytes) of `offset` within `text`.
struct LineColumn {
  uint64_t line = 1;
  uint64_t column = 1;
};
LineColumn LocateOffset(std::string_view text, size_t offset);

// ---------------------------------------------------------------- problems

// Counts problems, forwards them to the caller's sink and, in strict mode,
// remembers the first one so that reading can stop. Not thread-safe.
class Reporter {
 public:
  // `sink` and `stats` may be null; they must outlive the reporter.
  Reporter(const ProblemSink* sink, bool strict, InputStats* stats)
      : sink_(sink), strict_(strict), stats_(stats) {}

  void Report(std::string_view file, uint64_t line, std::string reason);

  // True once a problem was reported in strict mode.
  bool stopped() const { return stopped_; }
  // The first problem as text ("FILE:LINE: reason"), or empty.
  const std::string& first_problem() const { return first_problem_; }

 private:
  const ProblemSink* sink_;
  bool strict_;
  InputStats* stats_;
  bool stopped_ = false;
  std::string first_problem_;
};

// ---------------------------------------------------------------- sources

// A stream of bytes read in chunks.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `size` bytes into `buffer`. Returns how many were read
  // (0 only at the end of the stream), or an error.
  virtual absl::StatusOr<size_t> Read(char* buffer, size_t size) = 0;
  // How many bytes are probably left, or 0 if unknown; sizes buffers.
  virtual uint64_t SizeHint() const { return 0; }
};

// Reads from memory that must outlive the source.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override;
  uint64_t SizeHint() const override { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// Reads from a POSIX file descriptor, which it closes when `owned`.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override;
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override;
  uint64_t SizeHint() const override;  // the size of a regular file

 private:
  int fd_;
  bool owned_;
};

// Reads from a stdio stream (used for standard input); does not close it.
class StdioSource : public ByteSource {
 public:
  explicit StdioSource(std::FILE* file) : file_(file) {}
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override;

 private:
  std::FILE* file_;
};

// ---------------------------------------------------------------- reading

// How a source is named: `display` in problems, `origin` in
// Article::origin_file, `id_prefix` (the file name without directories) in
// made-up ids. Standard input is "stdin" in problems and ids, "-" as origin.
struct SourceName {
  std::string display;
  std::string origin;
  std::string id_prefix;

  static SourceName ForPath(std::string_view path);
  static SourceName ForStdin() { return {"stdin", "-", "stdin"}; }
};

// Everything a reader needs; `stopped` is set when the article sink asks to
// stop or the reporter stopped in strict mode.
struct ReadContext {
  const ReadOptions& options;
  const ArticleSink& sink;
  Reporter* reporter;
  InputStats* stats;  // never null
  bool stopped = false;

  // Hands an article to the sink and counts it; false when reading must stop.
  bool Emit(Article&& article);
  // Reports a problem; false when reading must stop.
  bool Problem(std::string_view file, uint64_t line, std::string reason);
};

// Bytes read at a time, and the initial buffer size.
inline constexpr size_t kChunkBytes = 1 << 20;

// Reads JSON Lines from `source` until its end (or until `context` stops).
// Every problem is reported through the context; never fails otherwise.
void ReadJsonlStream(ByteSource* source, const SourceName& name, ReadContext* context);

// ---------------------------------------------------------------- HTML

// Upper bounds on the element nesting handed to the HTML parser, whose cost
// grows with the square of the depth.
inline constexpr size_t kMaxHtmlDepth = 256;
inline constexpr size_t kMaxHtmlFormatting = 16;

// Estimates, from above, the stack of open elements an HTML parser would
// build for `html`, and turns each start tag that would push it past
// `max_depth` elements (or `max_formatting` unclosed formatting elements
// such as <b> or <font>) into spaces (or, when its end is not within 4 KB,
// just its '<', which leaves the rest as text).
// Returns false and leaves `*out` alone when nothing had to change.
bool LimitHtmlNesting(std::string_view html, size_t max_depth, size_t max_formatting,
                      std::string* out);

// What one HTML parse may spend before it is abandoned.
struct HtmlBudget {
  double seconds = 2.0;             // plus seconds_per_byte times the size
  double seconds_per_byte = 1e-7;   // 0.1 s a MB
  size_t bytes = size_t{64} << 20;  // live memory, plus bytes_per_byte times the size
  size_t bytes_per_byte = 48;
};

// ExtractHtmlText with a chosen budget (for tests). When the parse of the
// page goes over budget, the page is flattened (FlattenHtml) and parsed
// again under the same budget; if that fails too, the result is empty.
HtmlText ExtractHtmlTextWithBudget(std::string_view html, const HtmlBudget& budget);

// Rewrites `html` as plain text for a second, cheap parse after the first
// one ran over its budget: comments and the content of script-like elements
// go, block tags become <br>, every other tag goes, a stray '<' is escaped,
// and the <title> survives. The result's nesting depth is constant.
std::string FlattenHtml(std::string_view html);

}  // namespace dyad::input

#endif  // DYAD_INPUT_INTERNAL_H_
