// Byte sources, the problem reporter and the read context.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "input/internal.h"
#include "util/strings.h"

namespace dyad::input {

void Reporter::Report(std::string_view file, uint64_t line, std::string reason) {
  Problem problem{std::string(file), line, std::move(reason)};
  if (stats_ != nullptr) ++stats_->problems;
  if (sink_ != nullptr && *sink_) (*sink_)(problem);
  if (strict_ && !stopped_) {
    stopped_ = true;
    first_problem_ = problem.ToString();
  }
}

absl::StatusOr<size_t> MemorySource::Read(char* buffer, size_t size) {
  size_t n = std::min(size, data_.size() - pos_);
  if (n > 0) std::memcpy(buffer, data_.data() + pos_, n);
  pos_ += n;
  return n;
}

FdSource::~FdSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

absl::StatusOr<size_t> FdSource::Read(char* buffer, size_t size) {
  while (true) {
    ssize_t n = ::read(fd_, buffer, size);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno == EINTR) continue;
    return absl::ErrnoToStatus(errno, "read failed");
  }
}

uint64_t FdSource::SizeHint() const {
  struct stat info;
  if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0) return 0;
  return static_cast<uint64_t>(info.st_size);
}

absl::StatusOr<size_t> StdioSource::Read(char* buffer, size_t size) {
  size_t n = std::fread(buffer, 1, size, file_);
  if (n == 0 && std::ferror(file_)) {
    int error = errno;
    std::clearerr(file_);
    return absl::ErrnoToStatus(error, "read failed");
  }
  return n;
}

SourceName SourceName::ForPath(std::string_view path) {
  SourceName name;
  name.display = std::string(path);
  name.origin = name.display;
  std::string_view base = path;
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  size_t slash = base.rfind('/');
  if (slash != std::string_view::npos) base.remove_prefix(slash + 1);
  name.id_prefix = std::string(base);
  return name;
}

bool ReadContext::Emit(Article&& article) {
  ++stats->articles;
  if (!sink(std::move(article))) stopped = true;
  return !stopped;
}

bool ReadContext::Problem(std::string_view file, uint64_t line, std::string reason) {
  reporter->Report(file, line, std::move(reason));
  if (reporter->stopped()) stopped = true;
  return !stopped;
}

}  // namespace dyad::input
