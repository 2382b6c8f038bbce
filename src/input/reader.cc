// Readers of outside input: JSON Lines (simdjson), text and HTML files,
// directories and standard input. See dyad/input.h and docs/input.md.
//
// JSON Lines are streamed in 1 MiB chunks, so memory is bounded by the
// longest line accepted (ReadOptions::max_article_bytes), not by the file.
// Each unusable line or file is reported as a Problem and skipped.
#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "dyad/input.h"
#include "dyad/output.h"
#include "util/strings.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

constexpr size_t kChunk = 1 << 20;
constexpr int kMaxJsonDepth = 256;

enum class Kind { kJsonl, kText, kHtml, kOther };

Kind KindOf(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Kind::kJsonl;
  if (ext == ".txt") return Kind::kText;
  if (ext == ".html" || ext == ".htm") return Kind::kHtml;
  return Kind::kOther;
}

// Offset of the first byte that is not valid UTF-8 (s is known invalid).
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size() || !IsValidUtf8(s.substr(i, len))) return i;
    i += len;
  }
  return s.size();
}

// The deepest nesting of [ and { outside strings, stopping early past `limit`.
int JsonDepth(std::string_view s, int limit) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth && (max_depth = depth) > limit) return max_depth;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return max_depth;
}

bool AllSpace(std::string_view s) { return util::StripLeft(s).empty(); }

class Reader {
 public:
  Reader(const ReadOptions& options, const ArticleSink& sink, const ProblemSink& problems,
         InputStats* stats)
      : options_(options), sink_(sink), problems_(problems), stats_(stats) {}

  // False when reading must stop (strict mode problem, or the sink said so).
  bool ok() const { return !stop_; }
  const absl::Status& status() const { return status_; }

  void ReadPath(const std::string& input) {
    if (input == "-") {
      ++stats_->files;
      ReadJsonlStream(stdin, "-", "stdin");
      return;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      Report(input, 0, "no such file or directory");
      if (status_.ok()) status_ = absl::NotFoundError(util::Cat(input, ": no such file or directory"));
      return;
    }
    if (fs::is_directory(st)) {
      ReadDirectory(input);
      return;
    }
    ReadFile(input, KindOf(input) == Kind::kOther ? Kind::kJsonl : KindOf(input));
  }

  void ReadDirectory(const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      Report(dir, 0, util::Cat("cannot read directory: ", ec.message()));
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        Report(dir, 0, util::Cat("cannot read directory: ", ec.message()));
        break;
      }
      std::error_code fec;
      if (it->is_regular_file(fec) && KindOf(it->path()) != Kind::kOther) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      if (stop_) return;
      ReadFile(f.string(), KindOf(f));
    }
  }

  void ReadFile(const std::string& path, Kind kind) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
      Report(path, 0, util::Cat("cannot open: ", std::strerror(errno)));
      return;
    }
    ++stats_->files;
    if (kind == Kind::kJsonl) {
      ReadJsonlStream(file.get(), path, fs::path(path).filename().string());
      return;
    }
    std::string contents;
    if (!ReadWhole(file.get(), path, &contents)) return;
    if (AllSpace(contents)) {
      Report(path, 0, "empty file");
      return;
    }
    if (const size_t nul = contents.find('\0'); nul != std::string::npos) {
      Report(path, 0, util::Cat("binary file (NUL byte at offset ", nul, ")"));
      return;
    }
    Article article;
    article.id = fs::path(path).stem().string();
    article.date = options_.default_date;
    article.origin_file = path;
    if (kind == Kind::kText) {
      if (!IsValidUtf8(contents)) {
        Report(path, 0, util::Cat("invalid UTF-8 at byte ", FirstInvalidUtf8(contents)));
        return;
      }
      if (contents.size() >= 3 && contents.compare(0, 3, "\xEF\xBB\xBF") == 0) contents.erase(0, 3);
      article.text = std::move(contents);
    } else {
      HtmlText html = ExtractHtmlText(contents);
      if (AllSpace(html.text)) {
        Report(path, 0, "no text found in the HTML page");
        return;
      }
      article.title = std::move(html.title);
      article.text = std::move(html.text);
    }
    Deliver(std::move(article));
  }

  // Reads a whole file, failing (with a problem) past max_article_bytes.
  bool ReadWhole(std::FILE* file, const std::string& path, std::string* out) {
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
      stats_->bytes += n;
      if (out->size() + n > options_.max_article_bytes) {
        Report(path, 0, util::Cat("file longer than ", options_.max_article_bytes, " bytes"));
        return false;
      }
      out->append(buffer, n);
    }
    if (std::ferror(file)) {
      Report(path, 0, util::Cat("read error: ", std::strerror(errno)));
      return false;
    }
    return true;
  }

  void ReadJsonlStream(std::FILE* file, const std::string& path, const std::string& id_base) {
    std::string chunk(kChunk, '\0');
    std::string line;           // the current line when it spans chunks
    bool overlong = false;      // skipping the rest of an overlong line
    uint64_t line_no = 1;
    bool any_content = false;
    size_t n;
    while (!stop_ && (n = std::fread(chunk.data(), 1, kChunk, file)) > 0) {
      stats_->bytes += n;
      std::string_view data(chunk.data(), n);
      while (!data.empty() && !stop_) {
        const size_t nl = data.find('\n');
        const std::string_view piece = data.substr(0, nl);
        if (!overlong) {
          if (line.size() + piece.size() > options_.max_article_bytes) {
            overlong = true;
            line.clear();
            line.shrink_to_fit();
          } else if (nl != std::string_view::npos && line.empty()) {
            // The common case: a whole line inside the chunk, no copy.
            any_content |= !AllSpace(piece);
            Line(piece, path, id_base, line_no);
          } else {
            line.append(piece);
          }
        }
        if (nl == std::string_view::npos) break;
        if (overlong) {
          Report(path, line_no, util::Cat("line longer than ", options_.max_article_bytes, " bytes"));
          any_content = true;
          overlong = false;
        } else if (!line.empty()) {
          any_content |= !AllSpace(line);
          Line(line, path, id_base, line_no);
          line.clear();
        }
        ++line_no;
        data.remove_prefix(nl + 1);
      }
    }
    if (std::ferror(file)) Report(path, line_no, util::Cat("read error: ", std::strerror(errno)));
    if (stop_) return;
    if (overlong) {
      Report(path, line_no, util::Cat("line longer than ", options_.max_article_bytes, " bytes"));
      return;
    }
    if (!line.empty()) {
      any_content |= !AllSpace(line);
      Line(line, path, id_base, line_no);
    }
    if (!any_content) Report(path, 0, "empty file");
  }

  void Line(std::string_view line, const std::string& path, const std::string& id_base,
            uint64_t line_no) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (AllSpace(line)) return;
    std::optional<Article> article = ParseRecord(line, path, id_base, line_no);
    if (article) Deliver(std::move(*article));
  }

  std::optional<Article> ParseRecord(std::string_view line, std::string_view path,
                                     std::string_view id_base, uint64_t line_no) {
    if (const size_t nul = line.find('\0'); nul != std::string_view::npos) {
      Report(path, line_no, util::Cat("NUL byte at column ", nul + 1));
      return std::nullopt;
    }
    if (!IsValidUtf8(line)) {
      Report(path, line_no, util::Cat("invalid UTF-8 at column ", FirstInvalidUtf8(line) + 1));
      return std::nullopt;
    }
    if (JsonDepth(line, kMaxJsonDepth) > kMaxJsonDepth) {
      Report(path, line_no, util::Cat("JSON nested too deep (more than ", kMaxJsonDepth, " levels)"));
      return std::nullopt;
    }
    simdjson::dom::element doc;
    if (auto error = parser_.parse(line.data(), line.size()).get(doc)) {
      Report(path, line_no, util::Cat("invalid JSON: ", simdjson::error_message(error)));
      return std::nullopt;
    }
    simdjson::dom::object object;
    if (doc.get_object().get(object)) {
      Report(path, line_no, "not a JSON object");
      return std::nullopt;
    }
    Article article;
    article.origin_file = std::string(path);
    article.origin_line = line_no;
    article.date = options_.default_date;
    bool has_text = false;
    for (auto [key, value] : object) {
      std::string_view k(key.data(), key.size());
      std::string_view s;
      const bool is_string = !value.get_string().get(s);
      if (k == "text") {
        if (!is_string) {
          Report(path, line_no, value.is_null() ? "no text (\"text\" is null)" : "no text (\"text\" is not a string)");
          return std::nullopt;
        }
        article.text = std::string(s);
        has_text = true;
      } else if (k == "id") {
        if (is_string) {
          article.id = std::string(s);
        } else if (value.is_int64() || value.is_uint64()) {
          article.id = simdjson::to_string(value);
        }
      } else if (k == "title" && is_string) {
        article.title = std::string(s);
      } else if (k == "url" && is_string) {
        article.url = std::string(s);
      } else if (k == "source" && is_string) {
        article.source = std::string(s);
      } else if (k == "date" && is_string) {
        // Dates with a time ("2024-04-16T08:00:00Z") keep their day.
        auto d = ParseDate(s.substr(0, 10));
        if (d.ok()) article.date = *d;
      }
    }
    if (!has_text) {
      Report(path, line_no, "no text (the record has no \"text\" field)");
      return std::nullopt;
    }
    if (AllSpace(article.text)) {
      Report(path, line_no, "no text (\"text\" is empty)");
      return std::nullopt;
    }
    if (article.id.empty()) article.id = util::Cat(id_base, ":", line_no);
    return article;
  }

  void Deliver(Article&& article) {
    ++stats_->articles;
    if (!sink_(std::move(article))) stop_ = true;
  }

  void Report(std::string_view file, uint64_t line, std::string reason) {
    ++stats_->problems;
    Problem p{std::string(file), line, std::move(reason)};
    if (problems_) problems_(p);
    if (options_.strict && !stop_) {
      stop_ = true;
      status_ = absl::InvalidArgumentError(p.ToString());
    }
  }

 private:
  const ReadOptions& options_;
  const ArticleSink& sink_;
  const ProblemSink& problems_;
  InputStats* stats_;
  simdjson::dom::parser parser_;
  bool stop_ = false;
  absl::Status status_;
};

}  // namespace

absl::Status ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const ArticleSink& sink, const ProblemSink& problems, InputStats* stats) {
  InputStats local;
  if (stats == nullptr) stats = &local;
  Reader reader(options, sink, problems, stats);
  for (const std::string& input : inputs) {
    if (!reader.ok()) break;
    reader.ReadPath(input);
  }
  return reader.status();
}

std::optional<Article> ParseJsonLine(std::string_view record, std::string_view file,
                                     uint64_t line, const ReadOptions& options,
                                     const ProblemSink& problems) {
  InputStats stats;
  ArticleSink sink = [](Article&&) { return true; };
  Reader reader(options, sink, problems, &stats);
  if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
  return reader.ParseRecord(record, file, file, line);
}

}  // namespace dyad
