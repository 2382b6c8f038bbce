#include "table.h"

#include <cstdio>

namespace dyad::cli {

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string Shorten(std::string_view s, size_t width) {
  std::string out;
  size_t chars = 0;
  const size_t total = DisplayWidth(s);
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool starts = (c & 0xC0) != 0x80;
    if (starts) {
      if (total > width && chars + 1 >= width) {
        out += "\xE2\x80\xA6";  // …
        return out;
      }
      ++chars;
    }
    out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : static_cast<char>(c));
  }
  return out;
}

std::string Fixed(double v, int decimals) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string out = buffer;
  if (out[0] == '-' && out.find_first_not_of("-0.") == std::string::npos) out.erase(0, 1);
  return out;
}

std::string Table::Text() const {
  const size_t columns = header_.size();
  std::vector<std::vector<std::string>> cells;
  cells.push_back(header_);
  for (const auto& row : rows_) {
    std::vector<std::string> r(columns);
    for (size_t c = 0; c < columns && c < row.size(); ++c) {
      const size_t max = c < max_.size() ? max_[c] : 0;
      r[c] = max > 0 ? Shorten(row[c], max) : Shorten(row[c], SIZE_MAX);
    }
    cells.push_back(std::move(r));
  }
  std::vector<size_t> width(columns, 0);
  for (const auto& r : cells)
    for (size_t c = 0; c < columns; ++c) width[c] = std::max(width[c], DisplayWidth(r[c]));
  std::string out;
  auto line = [&](const std::vector<std::string>& r) {
    std::string text;
    for (size_t c = 0; c < columns; ++c) {
      const size_t pad = width[c] - DisplayWidth(r[c]);
      const bool right = c < right_.size() && right_[c];
      if (c > 0) text += "  ";
      if (right) text.append(pad, ' ');
      text += r[c];
      if (!right && c + 1 < columns) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  line(cells[0]);
  std::string rule;
  for (size_t c = 0; c < columns; ++c) {
    if (c > 0) rule += "  ";
    rule.append(width[c], '-');
  }
  out += rule + "\n";
  for (size_t r = 1; r < cells.size(); ++r) line(cells[r]);
  return out;
}

namespace {

void CsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

std::string Table::Csv() const {
  std::string out;
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t c = 0; c < header_.size(); ++c) {
      if (c > 0) out.push_back(',');
      if (c < r.size()) CsvField(r[c], &out);
    }
    out += "\n";
  };
  line(header_);
  for (const auto& r : rows_) line(r);
  return out;
}

}  // namespace dyad::cli
