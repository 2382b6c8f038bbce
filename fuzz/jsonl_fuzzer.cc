// Fuzzes the JSON Lines record parser: each line of the input is parsed
// as an article record. Inputs are capped at 1 MB; problems are counted.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t problems = 0;
  uint64_t line_no = 0;
  while (!input.empty()) {
    const size_t nl = input.find('\n');
    const std::string_view line = input.substr(0, nl);
    auto article = dyad::ParseJsonLine(line, "fuzz.jsonl", ++line_no, dyad::ReadOptions(),
                                       [&](const dyad::Problem&) { ++problems; });
    if (article && article->text.empty()) __builtin_trap();  // empty text must be a problem
    if (nl == std::string_view::npos) break;
    input.remove_prefix(nl + 1);
  }
  return 0;
}
