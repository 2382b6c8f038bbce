#include "tag/pod_array.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/strings.h"

namespace dyad::tag {

void* MapZeroedPages(size_t bytes) {
  if (bytes == 0) bytes = 1;
  int flags = MAP_PRIVATE | MAP_ANONYMOUS;
#ifdef MAP_POPULATE
  flags |= MAP_POPULATE;
#endif
  void* pages = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, flags, -1, 0);
  return pages == MAP_FAILED ? nullptr : pages;
}

void UnmapPages(void* pages, size_t bytes) {
  if (pages != nullptr) munmap(pages, bytes == 0 ? 1 : bytes);
}

MappedFile::~MappedFile() {
  if (mapped_) munmap(const_cast<char*>(data_), size_);
}

absl::Status MappedFile::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(util::Cat(path, ": cannot open: ", std::strerror(errno)));
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    size_ = static_cast<size_t>(st.st_size);
    if (size_ == 0) {
      ::close(fd);
      data_ = "";
      return absl::OkStatus();
    }
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    flags |= MAP_POPULATE;
#endif
    void* p = mmap(nullptr, size_, PROT_READ, flags, fd, 0);
    if (p != MAP_FAILED) {
      ::close(fd);
      data_ = static_cast<const char*>(p);
      mapped_ = true;
      return absl::OkStatus();
    }
  }
  // Not a regular file, or mapping failed: read it.
  char buffer[65536];
  ssize_t got;
  while ((got = ::read(fd, buffer, sizeof buffer)) > 0) fallback_.append(buffer, static_cast<size_t>(got));
  const int err = errno;
  ::close(fd);
  if (got < 0) return absl::NotFoundError(util::Cat(path, ": cannot read: ", std::strerror(err)));
  data_ = fallback_.data();
  size_ = fallback_.size();
  return absl::OkStatus();
}

}  // namespace dyad::tag
