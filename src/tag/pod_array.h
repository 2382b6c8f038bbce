// A growable array of trivially copyable values in memory mapped all at
// once, and a read-only view of a whole file mapped the same way.
//
// The lexicon fills tens of megabytes at start-up; touching fresh pages one
// fault at a time costs more than building the lexicon itself on some
// virtual machines, so these ask the kernel to map every page up front
// (MAP_POPULATE where there is one).
#ifndef DYAD_TAG_POD_ARRAY_H_
#define DYAD_TAG_POD_ARRAY_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"

namespace dyad::tag {

// Raw memory: Map(bytes) returns zeroed pages or null; Unmap frees them.
void* MapZeroedPages(size_t bytes);
void UnmapPages(void* pages, size_t bytes);

template <typename T>
class PodArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodArray() = default;
  PodArray(const PodArray&) = delete;
  PodArray& operator=(const PodArray&) = delete;
  ~PodArray() { Release(); }

  // Makes room for `capacity` values; existing values are kept. Returns
  // false when memory cannot be had.
  bool Reserve(size_t capacity) {
    if (capacity <= capacity_) return true;
    void* fresh = MapZeroedPages(capacity * sizeof(T));
    if (fresh == nullptr) return false;
    if (size_ > 0) std::memcpy(fresh, data_, size_ * sizeof(T));
    Release();
    data_ = static_cast<T*>(fresh);
    capacity_ = capacity;
    return true;
  }
  // Appends `count` zeroed values and returns the index of the first.
  // Grows by doubling; on failure to grow returns SIZE_MAX.
  size_t Grow(size_t count) {
    if (size_ + count > capacity_ && !Reserve(std::max(capacity_ * 2, size_ + count + 1024))) {
      return static_cast<size_t>(-1);
    }
    const size_t first = size_;
    size_ += count;
    return first;
  }
  // Sets every value to zero bytes, keeping the size.
  void Zero() {
    if (data_ != nullptr) std::memset(static_cast<void*>(data_), 0, size_ * sizeof(T));
  }
  void Resize(size_t size) {
    if (size > size_) Grow(size - size_);
    else size_ = size;
  }

  void Swap(PodArray& other) {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
  }

  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  void Release() {
    if (data_ != nullptr) UnmapPages(data_, capacity_ * sizeof(T));
    data_ = nullptr;
    capacity_ = 0;
  }

  T* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// A whole file, read-only, for as long as the object lives.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Maps `path`. Returns NotFound when it cannot be opened or read.
  absl::Status Open(const std::string& path);
  std::string_view text() const { return std::string_view(data_, size_); }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
  std::string fallback_;  // used when mapping fails (pipes, special files)
};

}  // namespace dyad::tag

#endif  // DYAD_TAG_POD_ARRAY_H_
