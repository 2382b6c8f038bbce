// Fuzzes the legacy dictionary readers and the converter. The first byte
// picks the syntax (TABARI, PETRARCH-1, PETRARCH-2) and the kind of file
// (actors, agents, verbs, options, discards, issues); the rest is the file.
// Whatever is read is converted, the converted actor texts are loaded and
// matched against the input itself, and, when DYAD_DATA_DIR names dyad's
// data (as in the replay test), the converted patterns are loaded and coded.
// Inputs are capped at 64 KB; problems are counted, not printed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "dyad/actors.h"
#include "dyad/document.h"
#include "dyad/events.h"
#include "dyad/legacy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > (64 << 10)) return 0;
  using dyad::legacy::FileKind;
  using dyad::legacy::Format;
  static constexpr Format kFormats[] = {Format::kTabari, Format::kPetrarch1, Format::kPetrarch2};
  static constexpr FileKind kKinds[] = {FileKind::kActors,   FileKind::kAgents,   FileKind::kVerbs,
                                        FileKind::kOptions,  FileKind::kDiscards, FileKind::kIssues};
  const Format format = kFormats[data[0] % 3];
  const FileKind kind = kKinds[(data[0] / 3) % 6];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  size_t problems = 0;
  auto count = [&](const dyad::Problem& p) {
    ++problems;
    if (p.file.empty()) __builtin_trap();  // every problem names its file
  };
  dyad::legacy::Dictionary dict;
  dyad::legacy::ReadText(format, kind, "fuzz/input", text, &dict, count);
  const dyad::legacy::Converted converted = dyad::legacy::Convert(dict, {}, count);
  // Converted texts always load; a problem there is a converter bug.
  size_t load_problems = 0;
  auto actors = dyad::ActorDictionary::FromTexts(converted.actor_texts,
                                                 [&](const dyad::Problem&) { ++load_problems; });
  if (load_problems != 0) __builtin_trap();
  if (!actors.ok()) return 0;
  dyad::Document doc;
  dyad::Tokenize(text, &doc);
  std::vector<dyad::ActorMention> mentions;
  (*actors)->Match(doc, dyad::Date{1995, 1, 1}, &mentions);
  for (const auto& m : mentions) {
    if (m.end > text.size() || m.begin > m.end) __builtin_trap();
    converted.Resolve(m.origin);
  }
  static const char* data_dir = std::getenv("DYAD_DATA_DIR");
  if (data_dir != nullptr && !converted.pattern_texts.empty()) {
    dyad::EventCoderOptions options;
    options.builtin_patterns = false;
    options.extra_pattern_texts = converted.pattern_texts;
    auto coder = dyad::EventCoder::Load(data_dir, [&](const dyad::Problem&) { ++load_problems; }, options);
    if (load_problems != 0) __builtin_trap();
    if (coder.ok()) {
      dyad::Article article;
      article.text = text;
      dyad::Analysis analysis;
      analysis.doc = std::move(doc);
      analysis.doc.text = article.text;
      dyad::Tokenize(article.text, &analysis.doc);
      (*actors)->Match(analysis.doc, std::nullopt, &analysis.actors);
      std::vector<dyad::Event> events;
      (*coder)->Code(article, analysis, &events);
      dyad::legacy::ApplyLegacyRules(converted, analysis, &events);
    }
  }
  return 0;
}
