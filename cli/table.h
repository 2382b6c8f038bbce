// Tables for the terminal and CSV, for `dyad query`.
//
//   Table t({"date", "source", "count"});
//   t.RightAlign(2);
//   t.Add({"2024-04-16", "CHNGOV", "3"});
//   std::string text = t.Text();   // or t.Csv()
#ifndef DYAD_CLI_TABLE_H_
#define DYAD_CLI_TABLE_H_

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dyad::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}

  // Cells beyond the header's width are dropped; missing ones are empty.
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void RightAlign(size_t column) {
    if (right_.size() <= column) right_.resize(column + 1, false);
    right_[column] = true;
  }
  // Cells of this column longer than `width` characters are cut with "…"
  // in Text() (not in Csv()).
  void MaxWidth(size_t column, size_t width) {
    if (max_.size() <= column) max_.resize(column + 1, 0);
    max_[column] = width;
  }
  size_t rows() const { return rows_.size(); }

  // Aligned columns under a header and a rule, one row a line.
  std::string Text() const;
  // CSV (RFC 4180 quoting, newline line ends): a header line, then rows.
  std::string Csv() const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> right_;
  std::vector<size_t> max_;
};

namespace internal {
inline void AppendOne(std::string* out, std::string_view s) { out->append(s); }
inline void AppendOne(std::string* out, char c) { out->push_back(c); }
template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
void AppendOne(std::string* out, T v) {
  out->append(std::to_string(v));
}
}  // namespace internal

// Concatenates strings, characters and integers.
template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (internal::AppendOne(&out, args), ...);
  return out;
}
template <typename... Args>
void Append(std::string* out, const Args&... args) {
  (internal::AppendOne(out, args), ...);
}

// Characters (UTF-8 code points) in `s`.
size_t DisplayWidth(std::string_view s);
// `s` cut to at most `width` characters, ending in "…" when cut; newlines
// and tabs become spaces.
std::string Shorten(std::string_view s, size_t width);
// A number with `decimals` decimals.
std::string Fixed(double v, int decimals);

}  // namespace dyad::cli

#endif  // DYAD_CLI_TABLE_H_
