// dyad/article.h: the unit of input (an article) and the report of a
// problem found while reading outside input.
//
//   dyad::Article a;
//   a.id = "seed";
//   a.date = dyad::ParseDate("2024-04-16").value();
//   a.text = "North Korea fired missiles on Sunday.";
//
// Every byte span that later stages produce points into `Article::text`.
#ifndef DYAD_ARTICLE_H_
#define DYAD_ARTICLE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace dyad {

// A calendar date as a plain value: year, month (1-12) and day (1-31).
// Ordered and comparable; `Key()` gives YYYYMMDD as an integer.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  int Key() const { return year * 10000 + month * 100 + day; }
  // YYYY-MM-DD.
  std::string ToString() const;
  friend bool operator==(const Date& a, const Date& b) { return a.Key() == b.Key(); }
  friend bool operator<(const Date& a, const Date& b) { return a.Key() < b.Key(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.Key() <= b.Key(); }
};

// Days in a month (1-12) of a year, with leap years.
int DaysInMonth(int year, int month);

// Parses YYYY-MM-DD (a real calendar date, years 1000-9999). Returns
// InvalidArgument naming the text on anything else.
absl::StatusOr<Date> ParseDate(std::string_view text);

// One news article. Only `text` is required; `id` is filled by the reader
// (file name, or file name and line) when the input has none.
struct Article {
  std::string id;
  std::string title;
  std::optional<Date> date;  // publication date
  std::string url;
  std::string source;
  std::string text;

  // Where the article came from, for messages: a path (or "-") and a
  // 1-based line (0 for a whole file).
  std::string origin_file;
  uint64_t origin_line = 0;
};

// A piece of outside input that could not be used: `file:line: reason`.
// `line` is 1-based; 0 means the whole file.
struct Problem {
  std::string file;
  uint64_t line = 0;
  std::string reason;

  // "FILE:LINE: reason" (or "FILE: reason" when line is 0).
  std::string ToString() const;
};

// Receives problems as they are found. The sink decides whether to print,
// count or stop; readers never print on their own.
using ProblemSink = std::function<void(const Problem&)>;

}  // namespace dyad

#endif  // DYAD_ARTICLE_H_
