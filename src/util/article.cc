// Dates and problems: the small value types of dyad/article.h.
#include "dyad/article.h"

#include <cstdio>

#include "absl/status/status.h"
#include "util/strings.h"

namespace dyad {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeap(year)) return 29;
  return kDays[month - 1];
}

std::string Date::ToString() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

absl::StatusOr<Date> ParseDate(std::string_view text) {
  auto bad = [&] {
    return absl::InvalidArgumentError(
        util::Cat("not a date (want YYYY-MM-DD): \"", text.substr(0, 40), "\""));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      char c = text[starts[f] + i];
      if (c < '0' || c > '9') return bad();
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  Date d{fields[0], fields[1], fields[2]};
  if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month))
    return bad();
  return d;
}

std::string Problem::ToString() const {
  if (line == 0) return util::Cat(file, ": ", reason);
  return util::Cat(file, ":", line, ": ", reason);
}

}  // namespace dyad
