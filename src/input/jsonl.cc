// JSON Lines: one article a line, parsed with simdjson's DOM parser.
//
// A line is one JSON object:
//   {"id": "a1", "title": "...", "date": "YYYY-MM-DD", "url": "...",
//    "source": "...", "text": "..."}
// Only "text" is required; other keys are ignored, and null stands for
// absent. A missing id becomes "FILE:LINE". Blank lines are skipped, a final
// '\r' is dropped (CRLF files) and a UTF-8 byte order mark before the first
// line is ignored. See docs/input.md for every problem a line can have.
//
// The stream reader reads large chunks into one buffer and parses each line
// in place, so memory stays bounded by the longest accepted line
// (ReadOptions::max_article_bytes) plus one chunk, whatever the file size.
#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dyad/input.h"
#include "input/internal.h"
#include "simdjson.h"
#include "util/strings.h"

namespace dyad {
namespace input {
namespace {

constexpr size_t kPadding = simdjson::SIMDJSON_PADDING;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr uint64_t kSlack = 4;  // a byte order mark and a '\r'

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

std::string_view TypeName(simdjson::dom::element_type type) {
  using simdjson::dom::element_type;
  switch (type) {
    case element_type::ARRAY: return "an array";
    case element_type::OBJECT: return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return "a number";
    case element_type::STRING: return "a string";
    case element_type::BOOL: return "a boolean";
    case element_type::NULL_VALUE: return "null";
  }
  return "a value";
}

// Whether brackets outside strings nest deeper than `limit` somewhere (the
// parser may report an unclosed deep line as a structure error instead).
bool NestsDeeperThan(std::string_view record, size_t limit) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t k = 0; k < record.size(); ++k) {
    char c = record[k];
    if (in_string) {
      if (c == '\\') {
        ++k;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

// A date from "YYYY-MM-DD", also accepting a time after it
// ("2004-11-13T10:00:00Z" or "2004-11-13 10:00").
std::optional<Date> ParseArticleDate(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  if (text.size() != 10) return std::nullopt;
  absl::StatusOr<Date> date = ParseDate(text);
  if (!date.ok()) return std::nullopt;
  return *date;
}

// Parses records into articles, reusing one simdjson parser (and its
// buffers) for every line. Not thread-safe.
class JsonLineParser {
 public:
  // Parses `record`, which must be followed by kPadding readable bytes.
  // `column_base` is added to byte columns in problems (a stripped byte
  // order mark). Returns nullopt after reporting why.
  std::optional<Article> Parse(std::string_view record, const SourceName& name, uint64_t line,
                               uint64_t column_base, const ReadOptions& options,
                               Reporter* reporter);

 private:
  // Explains a parse failure, preferring the byte-level reasons.
  std::string ExplainError(std::string_view record, uint64_t column_base,
                           simdjson::error_code error) const;

  simdjson::dom::parser parser_;
};

std::string JsonLineParser::ExplainError(std::string_view record, uint64_t column_base,
                                         simdjson::error_code error) const {
  const void* nul = std::memchr(record.data(), '\0', record.size());
  size_t nul_at = nul == nullptr ? kValidUtf8 : static_cast<const char*>(nul) - record.data();
  size_t bad_at = FindInvalidUtf8(record);
  if (bad_at != kValidUtf8 && bad_at < nul_at) {
    return util::Cat("invalid UTF-8 at column ", column_base + bad_at + 1);
  }
  if (nul_at != kValidUtf8) {
    return util::Cat("NUL byte at column ", column_base + nul_at + 1);
  }
  if (error == simdjson::DEPTH_ERROR || NestsDeeperThan(record, parser_.max_depth())) {
    return util::Cat("JSON nested too deep (more than ", parser_.max_depth(), " levels)");
  }
  return util::Cat("invalid JSON: ", simdjson::error_message(error));
}

std::optional<Article> JsonLineParser::Parse(std::string_view record, const SourceName& name,
                                             uint64_t line, uint64_t column_base,
                                             const ReadOptions& options, Reporter* reporter) {
  auto problem = [&](std::string reason) {
    reporter->Report(name.display, line, std::move(reason));
    return std::nullopt;
  };
  if (record.size() > options.max_article_bytes) {
    return problem(util::Cat("line longer than ", options.max_article_bytes, " bytes"));
  }
  if (IsBlank(record)) return problem("empty line");
  simdjson::dom::element root;
  simdjson::error_code error = parser_.parse(record.data(), record.size(), false).get(root);
  if (error) return problem(ExplainError(record, column_base, error));
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    return problem(util::Cat("not a JSON object (found ", TypeName(root.type()), ")"));
  }

  Article article;
  std::optional<simdjson::dom::element> text;
  for (simdjson::dom::key_value_pair field : object) {
    std::string_view key = field.key;
    simdjson::dom::element value = field.value;
    if (key == "text") {
      text = value;
    } else if (key == "id") {
      std::string_view s;
      int64_t i;
      uint64_t u;
      if (!value.get_string().get(s)) {
        article.id = std::string(s);
      } else if (!value.get_int64().get(i)) {
        article.id = util::Cat(i);
      } else if (!value.get_uint64().get(u)) {
        article.id = util::Cat(u);
      } else {
        article.id.clear();
      }
    } else if (key == "date") {
      std::string_view s;
      article.date = value.get_string().get(s) ? std::nullopt : ParseArticleDate(s);
    } else if (key == "title" || key == "url" || key == "source") {
      std::string_view s;
      std::string* out = key == "title" ? &article.title
                         : key == "url" ? &article.url
                                        : &article.source;
      if (value.get_string().get(s)) {
        out->clear();
      } else {
        *out = std::string(s);
      }
    }
  }

  if (!text.has_value()) return problem("no text (the object has no \"text\" key)");
  std::string_view text_value;
  if (text->get_string().get(text_value)) {
    if (text->is_null()) return problem("no text (\"text\" is null)");
    return problem(util::Cat("no text (\"text\" is ", TypeName(text->type()), ", not a string)"));
  }
  if (util::Strip(text_value).empty()) return problem("no text (\"text\" is empty)");
  article.text = std::string(text_value);

  if (article.id.empty()) article.id = util::Cat(name.id_prefix, ":", line);
  if (!article.date.has_value()) article.date = options.default_date;
  article.origin_file = name.origin;
  article.origin_line = line;
  return article;
}

// A byte buffer with kPadding readable bytes past its capacity, as simdjson
// wants.
class PaddedBuffer {
 public:
  explicit PaddedBuffer(size_t capacity) { Resize(capacity, 0, 0); }

  char* data() { return data_.get(); }
  size_t capacity() const { return capacity_; }

  // Reallocates to `capacity` bytes, keeping [begin, end) at the front.
  void Resize(size_t capacity, size_t begin, size_t end) {
    std::unique_ptr<char[]> fresh(new char[capacity + kPadding]);
    if (end > begin) std::memcpy(fresh.get(), data_.get() + begin, end - begin);
    std::memset(fresh.get() + capacity, ' ', kPadding);
    data_ = std::move(fresh);
    capacity_ = capacity;
  }

 private:
  std::unique_ptr<char[]> data_;
  size_t capacity_ = 0;
};

}  // namespace

void ReadJsonlStream(ByteSource* source, const SourceName& name, ReadContext* context) {
  const ReadOptions& options = context->options;
  const uint64_t max_line = options.max_article_bytes;
  // The buffer never needs more than the longest line allowed plus a chunk.
  const size_t max_capacity =
      max_line > SIZE_MAX / 4 ? SIZE_MAX / 4 : static_cast<size_t>(max_line) + kSlack + kChunkBytes;
  JsonLineParser parser;
  // Small inputs get a small buffer (one more byte to see the end at once).
  const uint64_t hint = source->SizeHint();
  PaddedBuffer buffer(hint == 0 || hint >= kChunkBytes ? kChunkBytes
                                                       : std::max<size_t>(hint + 1, 4096));

  size_t begin = 0;  // start of the current line in the buffer
  size_t scan = 0;   // where to look for its newline
  size_t end = 0;    // end of the data read
  uint64_t line_number = 1;
  bool eof = false;
  bool skipping = false;  // inside a line already reported as too long
  bool any_content = false;

  auto process = [&](std::string_view line) {
    uint64_t column_base = 0;
    if (line_number == 1 && line.substr(0, kBom.size()) == kBom) {
      line.remove_prefix(kBom.size());
      column_base = kBom.size();
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // Too long is a problem even for a blank line: the reader cannot know it
    // is blank before reading it all.
    if (line.size() > max_line) {
      any_content = true;
      context->Problem(name.display, line_number,
                       util::Cat("line longer than ", max_line, " bytes"));
      return;
    }
    if (IsBlank(line)) return;
    any_content = true;
    std::optional<Article> article =
        parser.Parse(line, name, line_number, column_base, options, context->reporter);
    if (context->reporter->stopped()) context->stopped = true;
    if (article.has_value()) context->Emit(std::move(*article));
  };

  while (!context->stopped) {
    char* data = buffer.data();
    if (skipping) {
      const void* newline = std::memchr(data + begin, '\n', end - begin);
      if (newline != nullptr) {
        skipping = false;
        begin = scan = static_cast<const char*>(newline) - data + 1;
        ++line_number;
        continue;
      }
      begin = scan = end;
    } else {
      const void* newline = std::memchr(data + scan, '\n', end - scan);
      if (newline != nullptr) {
        size_t stop = static_cast<const char*>(newline) - data;
        process(std::string_view(data + begin, stop - begin));
        ++line_number;
        begin = scan = stop + 1;
        continue;
      }
      scan = end;
      // A partial line may still lose a byte order mark and a '\r'; the
      // exact check is made on the whole line.
      if (end - begin > max_line && end - begin - max_line > kSlack) {
        any_content = true;
        context->Problem(name.display, line_number,
                         util::Cat("line longer than ", max_line, " bytes"));
        skipping = true;
        begin = scan = end;
        continue;
      }
    }
    if (eof) {
      if (!skipping && begin < end) process(std::string_view(data + begin, end - begin));
      break;
    }

    // Keep at least a quarter of the buffer (up to kChunkBytes / 4) free
    // for the next read: move the pending line to the front, or grow.
    const size_t need = std::max<size_t>(1, std::min(buffer.capacity(), kChunkBytes) / 4);
    if (begin == end) {
      begin = scan = end = 0;
    } else if (buffer.capacity() - end < need) {
      size_t pending = end - begin;
      if (buffer.capacity() - pending < need) {
        size_t capacity = std::min(buffer.capacity() * 2, max_capacity);
        capacity = std::max(capacity, pending + need);
        buffer.Resize(capacity, begin, end);
      } else {
        std::memmove(buffer.data(), buffer.data() + begin, pending);
      }
      scan -= begin;
      end = pending;
      begin = 0;
      data = buffer.data();
    }
    absl::StatusOr<size_t> read = source->Read(data + end, buffer.capacity() - end);
    if (!read.ok()) {
      context->Problem(name.display, line_number,
                       util::Cat("read error: ", util::FromAbsl(read.status().message())));
      return;
    }
    if (*read == 0) eof = true;
    end += *read;
    context->stats->bytes += *read;
  }
  if (!any_content && !context->stopped) context->Problem(name.display, 0, "empty file");
}

}  // namespace input

std::optional<Article> ParseJsonLine(std::string_view record, std::string_view file, uint64_t line,
                                     const ReadOptions& options, const ProblemSink& problems) {
  thread_local input::JsonLineParser parser;
  thread_local std::vector<char> padded;
  padded.assign(record.begin(), record.end());
  padded.resize(record.size() + input::kPadding, ' ');
  input::Reporter reporter(&problems, /*strict=*/false, nullptr);
  return parser.Parse(std::string_view(padded.data(), record.size()),
                      input::SourceName::ForPath(file), line, 0, options, &reporter);
}

absl::Status ReadJsonLines(std::string_view content, std::string_view name,
                           const ReadOptions& options, const ArticleSink& sink,
                           const ProblemSink& problems, InputStats* stats) {
  InputStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  input::Reporter reporter(&problems, options.strict, stats);
  input::ReadContext context{options, sink, &reporter, stats};
  input::MemorySource source(content);
  ++stats->files;
  input::ReadJsonlStream(&source, input::SourceName::ForPath(name), &context);
  if (reporter.stopped()) return absl::InvalidArgumentError(reporter.first_problem());
  return absl::OkStatus();
}

}  // namespace dyad
