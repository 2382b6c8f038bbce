// The gazetteer: a generated text file (docs/places.md), memory-mapped.
//
//   #dyad-places 1
//   #source <where the data came from>
//   C <tab> ISO2 <tab> ISO3 <tab> name <tab> lat <tab> lon              one per country
//   A <tab> ISO2 <tab> code <tab> name <tab> lat <tab> lon              one per division
//   %%
//   key <tab> kind <tab> name <tab> ISO2 <tab> admin1 <tab> lat <tab> lon <tab> population
//       <tab> geonames_id <tab> capital                                 sorted by key
//
// `kind` is k (country), a (first-level division) or c (city); `key` is
// FoldPlaceName(name) or of another name of the place. The country and
// division tables are read into maps at load; the name lines stay in the
// mapped file and are found by binary search over an index of line starts,
// so loading costs one pass over the bytes.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "absl/status/status.h"
#include "dyad/places.h"
#include "util/strings.h"

namespace dyad {
namespace {

constexpr std::string_view kMagic = "#dyad-places 1";

struct CountryRow {
  std::string iso2;
  std::string iso3;
  std::string name;
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
};

struct Admin1Row {
  std::string name;
};

// The bytes of a file mapped read-only, or of a string.
class Bytes {
 public:
  Bytes() = default;
  Bytes(const Bytes&) = delete;
  Bytes& operator=(const Bytes&) = delete;
  ~Bytes() {
    if (map_ != nullptr) munmap(map_, size_);
  }

  absl::Status Map(const std::string& path) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      if (err == ENOENT) return absl::NotFoundError(util::Cat(path, ": no such file"));
      return absl::UnavailableError(util::Cat(path, ": ", std::strerror(err)));
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      close(fd);
      return absl::InvalidArgumentError(util::Cat(path, ": not a regular file"));
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      void* m = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (m == MAP_FAILED) {
        const int err = errno;
        close(fd);
        return absl::UnavailableError(util::Cat(path, ": cannot map: ", std::strerror(err)));
      }
      map_ = m;
      madvise(map_, size_, MADV_RANDOM);
    }
    close(fd);
    return absl::OkStatus();
  }
  void Own(std::string text) {
    owned_ = std::move(text);
    size_ = owned_.size();
  }
  std::string_view view() const {
    if (map_ != nullptr) return std::string_view(static_cast<const char*>(map_), size_);
    return owned_;
  }

 private:
  void* map_ = nullptr;
  size_t size_ = 0;
  std::string owned_;
};

std::string_view KeyOf(std::string_view line) { return line.substr(0, line.find('\t')); }

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

template <typename T>
bool ParseUnsigned(std::string_view s, T* out) {
  if (s.empty()) {
    *out = 0;
    return true;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

class FileGazetteer final : public Gazetteer {
 public:
  absl::Status Init(std::string_view name) {
    const std::string_view all = bytes_.view();
    size_t pos = 0;
    uint32_t line_no = 0;
    bool in_names = false;
    bool sorted = true;  // the generator writes the names sorted; other text may not be
    std::string_view previous_key;
    auto bad = [&](std::string_view reason) {
      return absl::InvalidArgumentError(util::Cat(name, ":", line_no, ": ", reason));
    };
    if (all.substr(0, kMagic.size()) != kMagic) {
      line_no = 1;
      return bad(util::Cat("not a dyad gazetteer (the first line must be \"", kMagic, "\")"));
    }
    while (pos < all.size()) {
      size_t nl = all.find('\n', pos);
      if (nl == std::string_view::npos) nl = all.size();
      const std::string_view line = all.substr(pos, nl - pos);
      const uint32_t start = static_cast<uint32_t>(pos);
      pos = nl + 1;
      ++line_no;
      if (line_no == 1) continue;  // the magic line
      if (line.empty()) continue;
      if (in_names) {
        const size_t tab = line.find('\t');
        if (tab == std::string_view::npos) return bad("a name line without fields");
        const std::string_view key = line.substr(0, tab);
        if (key < previous_key) sorted = false;
        previous_key = key;
        lines_.push_back(start);
        continue;
      }
      if (line[0] == '#') {
        if (line.substr(0, 8) == "#source ") source_ = std::string(line.substr(8));
        continue;
      }
      if (line == "%%") {
        in_names = true;
        continue;
      }
      const std::vector<std::string_view> f = util::Split(line, '\t');
      if (f[0] == "C" && f.size() >= 6) {
        CountryRow row{std::string(f[1]), std::string(f[2]), std::string(f[3])};
        row.has_coordinates = ParseDouble(f[4], &row.lat) && ParseDouble(f[5], &row.lon);
        by_iso3_.emplace(row.iso3, countries_.size());
        by_iso2_.emplace(row.iso2, countries_.size());
        countries_.push_back(std::move(row));
      } else if (f[0] == "A" && f.size() >= 4) {
        admin1_.emplace(util::Cat(f[1], ".", f[2]), Admin1Row{std::string(f[3])});
      } else {
        return bad("expected a C or A line, or %%");
      }
    }
    if (!in_names) return bad("no %% line before the end of the file");
    if (!sorted)
      std::stable_sort(lines_.begin(), lines_.end(), [&](uint32_t a, uint32_t b) {
        return KeyOf(LineAt(a)) < KeyOf(LineAt(b));
      });
    return absl::OkStatus();
  }

  Bytes& bytes() { return bytes_; }

  size_t Find(std::string_view folded, std::vector<Place>* out) const override {
    out->clear();
    auto [first, last] = Range(folded);
    for (auto it = first; it != last; ++it) {
      Place p;
      if (Parse(LineAt(*it), &p)) out->push_back(std::move(p));
    }
    std::stable_sort(out->begin(), out->end(), [](const Place& a, const Place& b) {
      const bool ca = a.kind == PlaceKind::kCountry, cb = b.kind == PlaceKind::kCountry;
      if (ca != cb) return ca;
      return PlaceWeight(a) > PlaceWeight(b);
    });
    return out->size();
  }

  bool HasPrefix(std::string_view folded) const override {
    auto it = std::lower_bound(lines_.begin(), lines_.end(), folded,
                               [&](uint32_t line, std::string_view key) { return KeyOf(LineAt(line)) < key; });
    if (it == lines_.end()) return false;
    const std::string_view key = KeyOf(LineAt(*it));
    if (key == folded) return true;
    return key.size() > folded.size() && key.substr(0, folded.size()) == folded && key[folded.size()] == ' ';
  }

  bool Country(std::string_view iso3, Place* out) const override {
    auto it = by_iso3_.find(iso3);
    if (it == by_iso3_.end()) return false;
    const CountryRow& c = countries_[it->second];
    *out = Place();
    out->kind = PlaceKind::kCountry;
    out->name = c.name;
    out->country = c.iso3;
    out->country_iso2 = c.iso2;
    out->country_name = c.name;
    out->has_coordinates = c.has_coordinates;
    out->lat = c.lat;
    out->lon = c.lon;
    return true;
  }

  GazetteerStats Stats() const override {
    return GazetteerStats{lines_.size(), countries_.size(), admin1_.size(), bytes_.view().size()};
  }

  std::string_view Source() const override { return source_; }

 private:
  std::string_view LineAt(uint32_t start) const {
    const std::string_view all = bytes_.view();
    size_t nl = all.find('\n', start);
    if (nl == std::string_view::npos) nl = all.size();
    return all.substr(start, nl - start);
  }

  std::pair<std::vector<uint32_t>::const_iterator, std::vector<uint32_t>::const_iterator> Range(
      std::string_view key) const {
    auto first = std::lower_bound(lines_.begin(), lines_.end(), key,
                                  [&](uint32_t line, std::string_view k) { return KeyOf(LineAt(line)) < k; });
    auto last = first;
    while (last != lines_.end() && KeyOf(LineAt(*last)) == key) ++last;
    return {first, last};
  }

  // Fills *p from a name line; false on a malformed line (skipped).
  bool Parse(std::string_view line, Place* p) const {
    const std::vector<std::string_view> f = util::Split(line, '\t');
    if (f.size() < 10 || f[1].size() != 1) return false;
    switch (f[1][0]) {
      case 'k': p->kind = PlaceKind::kCountry; break;
      case 'a': p->kind = PlaceKind::kAdmin1; break;
      case 'c': p->kind = PlaceKind::kCity; break;
      default: return false;
    }
    p->name = std::string(f[2]);
    p->country_iso2 = std::string(f[3]);
    if (auto it = by_iso2_.find(f[3]); it != by_iso2_.end()) {
      p->country = countries_[it->second].iso3;
      p->country_name = countries_[it->second].name;
    }
    if (p->kind != PlaceKind::kCountry && !f[4].empty()) {
      p->admin1 = std::string(f[4]);
      if (auto it = admin1_.find(util::Cat(f[3], ".", f[4])); it != admin1_.end())
        p->admin1_name = it->second.name;
    }
    p->has_coordinates = ParseDouble(f[5], &p->lat) && ParseDouble(f[6], &p->lon);
    if (!ParseUnsigned(f[7], &p->population) || !ParseUnsigned(f[8], &p->geonames_id)) return false;
    p->capital = f[9] == "1";
    return true;
  }

  Bytes bytes_;
  std::string source_;
  std::vector<uint32_t> lines_;  // starts of the name lines, sorted by key
  std::vector<CountryRow> countries_;
  util::StringMap<size_t> by_iso2_;
  util::StringMap<size_t> by_iso3_;
  util::StringMap<Admin1Row> admin1_;
};

std::filesystem::path ExecutableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCity: return "city";
  }
  return "city";
}

double PlaceWeight(const Place& p) {
  const double weight = p.capital ? 10.0 : p.kind == PlaceKind::kAdmin1 ? 0.25 : 1.0;
  return static_cast<double>(p.population) * weight;
}

std::string Place::FullName() const {
  std::string out = name;
  if (kind != PlaceKind::kAdmin1 && kind != PlaceKind::kCountry && !admin1_name.empty() &&
      admin1_name != name)
    util::Append(&out, ", ", admin1_name);
  if (kind != PlaceKind::kCountry && !country_name.empty() && country_name != name)
    util::Append(&out, ", ", country_name);
  return out;
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  auto g = std::make_unique<FileGazetteer>();
  absl::Status s = g->bytes().Map(path);
  if (!s.ok()) return s;
  if (g->bytes().view().size() > UINT32_MAX)
    return absl::InvalidArgumentError(util::Cat(path, ": larger than 4 GiB"));
  s = g->Init(path);
  if (!s.ok()) return s;
  return std::unique_ptr<Gazetteer>(std::move(g));
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromText(std::string text, std::string_view name) {
  auto g = std::make_unique<FileGazetteer>();
  if (text.size() > UINT32_MAX) return absl::InvalidArgumentError(util::Cat(name, ": larger than 4 GiB"));
  g->bytes().Own(std::move(text));
  absl::Status s = g->Init(name);
  if (!s.ok()) return s;
  return std::unique_ptr<Gazetteer>(std::move(g));
}

absl::StatusOr<std::string> FindGazetteerFile(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("DYAD_PLACES"); env != nullptr && *env != '\0') return std::string(env);
  std::vector<std::filesystem::path> candidates;
  const auto exe_dir = ExecutableDir();
  if (!exe_dir.empty()) {
    candidates.push_back(exe_dir / "data" / "places.tsv");
    candidates.push_back(exe_dir / ".." / "share" / "dyad" / "places.tsv");
  }
#ifdef DYAD_BUILD_PLACES_FILE
  candidates.emplace_back(DYAD_BUILD_PLACES_FILE);
#endif
  std::string tried;
  for (const auto& c : candidates) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(c, ec)) return c.lexically_normal().string();
    util::Append(&tried, tried.empty() ? "" : ", ", c.lexically_normal().string());
  }
  return absl::NotFoundError(util::Cat("no gazetteer (places.tsv) found; tried ", tried));
}

}  // namespace dyad
