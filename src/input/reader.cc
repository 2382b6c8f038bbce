// ReadInputs: paths, directories and standard input to articles.
//
// Each input is "-" (standard input, JSON Lines), a file whose extension
// says its format (.jsonl .ndjson .json: JSON Lines; .txt: one article of
// plain text; .html .htm: one article of HTML), or a directory, whose files
// of those kinds are read recursively in sorted path order (other files are
// skipped silently; symbolic links to directories are not followed).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "dyad/input.h"
#include "input/internal.h"
#include "util/strings.h"

namespace dyad {
namespace input {
namespace {

namespace fs = std::filesystem;

enum class Format { kUnknown, kJsonl, kText, kHtml };

Format FormatOf(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") {
    return Format::kJsonl;
  }
  if (extension == ".txt") return Format::kText;
  if (extension == ".html" || extension == ".htm") return Format::kHtml;
  return Format::kUnknown;
}

bool IsBlankText(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// Reads a whole file (a .txt or .html article) of at most
// max_article_bytes. Returns false after reporting a problem.
bool ReadWhole(int fd, const std::string& display, ReadContext* context, std::string* out) {
  const uint64_t max_bytes = context->options.max_article_bytes;
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
      static_cast<uint64_t>(info.st_size) > max_bytes) {
    context->Problem(display, 0, util::Cat("file longer than ", max_bytes, " bytes"));
    return false;
  }
  FdSource source(fd, /*owned=*/false);
  out->clear();
  size_t used = 0;
  while (true) {
    if (out->size() - used < kChunkBytes / 4) {
      out->resize(std::max<size_t>(kChunkBytes, out->size() * 2));
    }
    absl::StatusOr<size_t> read = source.Read(out->data() + used, out->size() - used);
    if (!read.ok()) {
      context->Problem(display, 0,
                       util::Cat("read error: ", util::FromAbsl(read.status().message())));
      return false;
    }
    if (*read == 0) break;
    used += *read;
    context->stats->bytes += *read;
    if (used > max_bytes) {
      context->Problem(display, 0, util::Cat("file longer than ", max_bytes, " bytes"));
      return false;
    }
  }
  out->resize(used);
  return true;
}

// Checks the bytes of a whole-file article; false after reporting.
bool CheckWhole(std::string_view content, const std::string& display, ReadContext* context) {
  if (IsBlankText(content)) {
    context->Problem(display, 0, "empty file");
    return false;
  }
  const void* nul = std::memchr(content.data(), '\0', content.size());
  if (nul != nullptr) {
    size_t offset = static_cast<const char*>(nul) - content.data();
    context->Problem(display, 0, util::Cat("binary file (NUL byte at offset ", offset, ")"));
    return false;
  }
  if (!IsValidUtf8(content)) {
    size_t offset = FindInvalidUtf8(content);
    LineColumn where = LocateOffset(content, offset);
    context->Problem(display, 0,
                     util::Cat("invalid UTF-8 at line ", where.line, ", column ", where.column));
    return false;
  }
  return true;
}

void ReadWholeFile(int fd, const fs::path& path, const std::string& display, Format format,
                   ReadContext* context) {
  std::string content;
  if (!ReadWhole(fd, display, context, &content)) return;
  std::string_view view = content;
  if (view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
  if (!CheckWhole(view, display, context)) return;

  Article article;
  article.id = path.stem().string();
  article.date = context->options.default_date;
  article.origin_file = display;
  article.origin_line = 0;
  if (format == Format::kHtml) {
    HtmlText html = ExtractHtmlText(view);
    if (html.text.empty()) {
      context->Problem(display, 0, "no text (nothing readable in the page)");
      return;
    }
    article.title = std::move(html.title);
    article.text = std::move(html.text);
  } else {
    if (view.size() != content.size()) content.erase(0, content.size() - view.size());
    article.text = std::move(content);
  }
  context->Emit(std::move(article));
}

// Reads one file of a known format.
void ReadFile(const fs::path& path, const std::string& display, Format format,
              ReadContext* context) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    context->Problem(display, 0, util::Cat("cannot open: ", ErrnoText(errno)));
    return;
  }
  FdSource source(fd, /*owned=*/true);
  ++context->stats->files;
  if (format == Format::kJsonl) {
    SourceName name = SourceName::ForPath(display);
    ReadJsonlStream(&source, name, context);
  } else {
    ReadWholeFile(fd, path, display, format, context);
  }
}

// Every readable file of a known format below `root`, sorted by path.
std::vector<fs::path> CollectFiles(const fs::path& root, ReadContext* context) {
  std::vector<fs::path> files;
  std::vector<fs::path> pending{root};
  while (!pending.empty() && !context->stopped) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      std::error_code type_error;
      fs::file_status status = entry.symlink_status(type_error);
      if (type_error) continue;
      if (fs::is_directory(status)) {
        pending.push_back(entry.path());
        continue;
      }
      if (FormatOf(entry.path()) == Format::kUnknown) continue;
      if (fs::is_symlink(status)) status = entry.status(type_error);
      if (!type_error && fs::is_regular_file(status)) files.push_back(entry.path());
    }
    if (error) {
      context->Problem(dir.string(), 0, util::Cat("cannot read directory: ", error.message()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace
}  // namespace input

absl::Status ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const ArticleSink& sink, const ProblemSink& problems, InputStats* stats) {
  namespace fs = std::filesystem;
  InputStats local_stats;
  if (stats == nullptr) stats = &local_stats;
  input::Reporter reporter(&problems, options.strict, stats);
  input::ReadContext context{options, sink, &reporter, stats};
  absl::Status not_found;

  for (const std::string& item : inputs) {
    if (context.stopped) break;
    if (item == "-") {
      ++stats->files;
      input::StdioSource source(stdin);
      input::ReadJsonlStream(&source, input::SourceName::ForStdin(), &context);
      continue;
    }
    fs::path path(item);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found || item.empty()) {
      Problem problem{item, 0, "no such file or directory"};
      if (not_found.ok()) not_found = absl::NotFoundError(problem.ToString());
      context.Problem(problem.file, 0, problem.reason);
      if (context.stopped) return not_found;
      continue;
    }
    if (error) {
      context.Problem(item, 0, util::Cat("cannot access: ", error.message()));
      continue;
    }
    if (fs::is_directory(status)) {
      for (const fs::path& file : input::CollectFiles(path, &context)) {
        if (context.stopped) break;
        input::ReadFile(file, file.string(), input::FormatOf(file), &context);
      }
      continue;
    }
    input::Format format = input::FormatOf(path);
    if (format == input::Format::kUnknown) {
      context.Problem(item, 0,
                      "unknown kind of file (want .jsonl, .ndjson, .json, .txt, .html or .htm)");
      continue;
    }
    input::ReadFile(path, item, format, &context);
  }
  if (reporter.stopped()) return absl::InvalidArgumentError(reporter.first_problem());
  return not_found;
}

}  // namespace dyad
