// Benchmarks of the tokenizer and sentence splitter (dyad::Tokenize).
//
// Workloads:
//   BM_Tokenize           every article of the Wikinews corpus, one after
//                         another into one reused Document. The corpus is
//                         $DYAD_BENCH_CORPUS, else
//                         $DYAD_SHARED_DIR/corpus/wikinews-politics-2004-2009.jsonl;
//                         without either, generated news-like text of about
//                         the same size.
//   BM_TokenizeSize/N     one generated text of N bytes (1 KiB to 4 MiB), to
//                         show that time grows linearly with size.
//
// Counters: bytes_per_second, sentences/s and tokens/s.
//
//   DYAD_SHARED_DIR=../shared build/text_bench
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "../tests/text/jsonl_text.h"
#include "dyad/document.h"

namespace {

// Deterministic news-like text: sentences with names, abbreviations,
// numbers, quotes, possessives and the odd paragraph break.
std::string GeneratedText(size_t bytes, uint32_t seed) {
  static const char* const kPieces[] = {
      "North Korea",
      "fired",
      "two",
      "missiles",
      "on Sunday",
      "said",
      "Gen. Smith",
      "the U.S.",
      "Kim Jong-Un",
      "’s",
      "regime",
      "(CCP)",
      "90%",
      "of trade",
      "in 1950-1953",
      "“the hermit kingdom”",
      "Mr. Tanaka",
      "and",
      "with",
      "officials",
      "long-term",
      "relations",
      "$5 million",
      "1,200 troops",
      "don't",
      "China's",
      "allies'",
      "at 9 a.m.",
      "Washington",
      "the talks",
      "— reluctantly —",
      "Beijing",
      "Pyongyang",
      "Zhao Leji",
      "condemned",
  };
  constexpr size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string text;
  text.reserve(bytes + 64);
  uint32_t state = seed;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  while (text.size() < bytes) {
    const int words = 6 + static_cast<int>(next() % 20);
    text += "The";
    for (int w = 0; w < words; ++w) {
      text += ' ';
      text += kPieces[next() % kCount];
    }
    text += next() % 8 == 0 ? ".\n\n" : ". ";
  }
  return text;
}

const std::vector<std::string>& CorpusTexts() {
  static const std::vector<std::string>* const texts = [] {
    std::string path;
    if (const char* p = std::getenv("DYAD_BENCH_CORPUS")) {
      path = p;
    } else if (const char* dir = std::getenv("DYAD_SHARED_DIR")) {
      path = std::string(dir) + "/corpus/wikinews-politics-2004-2009.jsonl";
    }
    auto* out = new std::vector<std::string>;
    if (!path.empty()) *out = dyad::testing::ReadJsonlTexts(path);
    if (out->empty()) {
      // About 4,000 articles of about 2 KiB each.
      for (uint32_t i = 0; i < 4000; ++i) out->push_back(GeneratedText(2200, i + 1));
    }
    return out;
  }();
  return *texts;
}

void ReportCounters(benchmark::State& state, int64_t bytes, int64_t sentences, int64_t tokens) {
  state.SetBytesProcessed(bytes);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State& state) {
  const std::vector<std::string>& texts = CorpusTexts();
  dyad::Document doc;
  int64_t bytes = 0;
  int64_t sentences = 0;
  int64_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      dyad::Tokenize(text, &doc);
      bytes += static_cast<int64_t>(text.size());
      sentences += static_cast<int64_t>(doc.sentences.size());
      tokens += static_cast<int64_t>(doc.tokens.size());
    }
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  ReportCounters(state, bytes, sentences, tokens);
  state.counters["articles"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeSize(benchmark::State& state) {
  const std::string text = GeneratedText(static_cast<size_t>(state.range(0)), 7);
  dyad::Document doc;
  int64_t sentences = 0;
  int64_t tokens = 0;
  for (auto _ : state) {
    dyad::Tokenize(text, &doc);
    sentences += static_cast<int64_t>(doc.sentences.size());
    tokens += static_cast<int64_t>(doc.tokens.size());
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  ReportCounters(state,
                 static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()),
                 sentences, tokens);
}
BENCHMARK(BM_TokenizeSize)->RangeMultiplier(8)->Range(1 << 10, 4 << 20);

}  // namespace

BENCHMARK_MAIN();
