// Fuzzes the JSON Lines reader: the input is the content of a .jsonl file,
// read through the same streaming code as files (ReadJsonLines). Each
// result is checked against a slow, obvious reading that splits the lines
// itself and parses each with ParseJsonLine. Inputs are capped at 1 MB.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/input.h"
#include "slow_utf8.h"

namespace {

using dyad::fuzz::ValidUtf8;

struct Result {
  std::vector<dyad::Article> articles;
  std::vector<dyad::Problem> problems;
};

Result Reference(std::string_view content, const dyad::ReadOptions& options) {
  Result result;
  auto sink = [&](const dyad::Problem& p) { result.problems.push_back(p); };
  uint64_t line_number = 0;
  bool any = false;
  while (true) {
    size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    ++line_number;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > options.max_article_bytes ||
        line.find_first_not_of(" \t\r") != std::string_view::npos) {
      any = true;
      auto article = dyad::ParseJsonLine(line, "fuzz.jsonl", line_number, options, sink);
      if (article) result.articles.push_back(std::move(*article));
    }
    if (newline == std::string_view::npos) break;
    content.remove_prefix(newline + 1);
  }
  if (!any) result.problems.push_back({"fuzz.jsonl", 0, "empty file"});
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view content(reinterpret_cast<const char*>(data), size);
  dyad::ReadOptions options;
  // The size of the input picks a small line limit now and then.
  if (size % 3 == 1) options.max_article_bytes = 64;

  Result got;
  dyad::InputStats stats;
  absl::Status status = dyad::ReadJsonLines(
      content, "fuzz.jsonl", options,
      [&](dyad::Article&& a) {
        got.articles.push_back(std::move(a));
        return true;
      },
      [&](const dyad::Problem& p) { got.problems.push_back(p); }, &stats);
  if (!status.ok()) __builtin_trap();
  if (stats.articles != got.articles.size() || stats.problems != got.problems.size()) {
    __builtin_trap();
  }
  if (stats.bytes != size) __builtin_trap();
  for (const dyad::Article& a : got.articles) {
    if (a.text.empty() || a.id.empty() || a.origin_line == 0) __builtin_trap();
    if (!ValidUtf8(a.text) || !ValidUtf8(a.id) || !ValidUtf8(a.title)) __builtin_trap();
  }

  Result want = Reference(content, options);
  if (want.articles.size() != got.articles.size()) __builtin_trap();
  if (want.problems.size() != got.problems.size()) __builtin_trap();
  for (size_t k = 0; k < want.articles.size(); ++k) {
    const dyad::Article& a = got.articles[k];
    const dyad::Article& b = want.articles[k];
    if (a.id != b.id || a.text != b.text || a.title != b.title || a.origin_line != b.origin_line) {
      __builtin_trap();
    }
  }
  for (size_t k = 0; k < want.problems.size(); ++k) {
    if (want.problems[k].line != got.problems[k].line) __builtin_trap();
  }

  // Strict mode stops at the first problem.
  options.strict = true;
  size_t strict_problems = 0;
  status = dyad::ReadJsonLines(
      content, "fuzz.jsonl", options, [](dyad::Article&&) { return true; },
      [&](const dyad::Problem&) { ++strict_problems; }, nullptr);
  if (strict_problems > 1 || status.ok() != (strict_problems == 0)) __builtin_trap();
  return 0;
}
