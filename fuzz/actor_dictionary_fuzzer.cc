// Fuzzes the actor dictionary loader with arbitrary file contents, then
// matches a fixed sentence with whatever loaded. Inputs are capped at 64 KB;
// problems are counted, not printed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dyad/actors.h"
#include "dyad/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64 << 10)) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  size_t problems = 0;
  auto dict = dyad::ActorDictionary::FromTexts({{"actors/fuzz.txt", text}},
                                               [&](const dyad::Problem&) { ++problems; });
  if (!dict.ok()) return 0;
  static const std::string kSentence =
      "Chinese officials met North Korean troops and the Republic of Korea's President in "
      "Pyongyang; Kim Jong-Un said Kim would not go.";
  dyad::Document doc;
  dyad::Tokenize(kSentence, &doc);
  std::vector<dyad::ActorMention> out;
  (*dict)->Match(doc, dyad::Date{2024, 4, 16}, &out);
  (*dict)->Match(doc, std::nullopt, &out);
  // The fuzzed text itself as an article, matched against itself.
  doc.Clear();
  dyad::Tokenize(text, &doc);
  out.clear();
  (*dict)->Match(doc, std::nullopt, &out);
  for (const auto& m : out)
    if (m.end > text.size() || m.begin > m.end) __builtin_trap();
  return 0;
}
