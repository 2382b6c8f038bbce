// Benchmarks of the input readers.
//
// Workloads:
//   BM_ReadJsonl          ReadInputs over the Wikinews corpus file
//                         ($DYAD_BENCH_CORPUS, else
//                         $DYAD_SHARED_DIR/corpus/wikinews-politics-2004-2009.jsonl;
//                         without either, a generated file of about 10 MB
//                         written to the temporary directory).
//   BM_ReadJsonLines/N    ReadJsonLines over N MiB of generated JSON Lines
//                         held in memory (the reader without the disk).
//   BM_ParseJsonLine      ParseJsonLine on one generated record.
//   BM_ExtractHtmlText/N  ExtractHtmlText on a generated news page with N
//                         paragraphs.
//
// Counters: bytes_per_second and articles/s.
//
//   DYAD_SHARED_DIR=../shared build/input_bench
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/input.h"

namespace {

std::string Paragraph(uint32_t seed) {
  static const char* const kWords[] = {
      "North",     "Korea", "fired",           "missiles", "on",      "Sunday,",
      "said",      "the",   "ministry",        "talks",    "with",    "China",
      "\u2019s",   "envoy", "\\\"resumed\\\"", "in",       "Geneva.", "Officials",
      "condemned", "the",   "attack",          "and",      "urged",   "restraint."};
  std::string text;
  for (int k = 0; k < 80; ++k) {
    seed = seed * 1103515245u + 12345u;
    if (!text.empty()) text += ' ';
    text += kWords[(seed >> 16) % (sizeof kWords / sizeof kWords[0])];
  }
  return text;
}

// About `bytes` of JSON Lines shaped like the corpus (2-3 KB a record).
std::string GeneratedJsonl(size_t bytes) {
  std::string out;
  for (uint32_t n = 0; out.size() < bytes; ++n) {
    out += "{\"id\": \"gen-" + std::to_string(n) + "\", \"title\": \"Generated " +
           std::to_string(n) +
           "\", \"date\": \"2006-09-14\", \"url\": null, \"source\": " + "\"bench\", \"text\": \"";
    for (uint32_t p = 0; p < 4; ++p) out += Paragraph(n * 7 + p) + "\\n";
    out += "\"}\n";
  }
  return out;
}

std::string CorpusPath() {
  if (const char* path = std::getenv("DYAD_BENCH_CORPUS")) return path;
  if (const char* shared = std::getenv("DYAD_SHARED_DIR")) {
    std::string path = std::string(shared) + "/corpus/wikinews-politics-2004-2009.jsonl";
    if (std::filesystem::exists(path)) return path;
  }
  std::filesystem::path generated =
      std::filesystem::temp_directory_path() / "dyad_input_bench.jsonl";
  if (!std::filesystem::exists(generated)) {
    std::ofstream(generated, std::ios::binary) << GeneratedJsonl(10 << 20);
  }
  return generated.string();
}

void BM_ReadJsonl(benchmark::State& state) {
  const std::string path = CorpusPath();
  uint64_t bytes = 0, articles = 0;
  for (auto _ : state) {
    dyad::InputStats stats;
    absl::Status status = dyad::ReadInputs(
        {path}, dyad::ReadOptions(),
        [](dyad::Article&& a) {
          benchmark::DoNotOptimize(a.text.data());
          return true;
        },
        [](const dyad::Problem&) {}, &stats);
    if (!status.ok()) state.SkipWithError("cannot read the corpus");
    bytes += stats.bytes;
    articles += stats.articles;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_ReadJsonLines(benchmark::State& state) {
  const std::string content = GeneratedJsonl(static_cast<size_t>(state.range(0)) << 20);
  uint64_t articles = 0;
  for (auto _ : state) {
    dyad::InputStats stats;
    (void)dyad::ReadJsonLines(
        content, "bench.jsonl", dyad::ReadOptions(),
        [](dyad::Article&& a) {
          benchmark::DoNotOptimize(a.text.data());
          return true;
        },
        [](const dyad::Problem&) {}, &stats);
    articles += stats.articles;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * content.size()));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadJsonLines)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_ParseJsonLine(benchmark::State& state) {
  std::string record = GeneratedJsonl(1);
  record.pop_back();  // the newline
  for (auto _ : state) {
    auto article = dyad::ParseJsonLine(record, "bench.jsonl", 1, dyad::ReadOptions(),
                                       [](const dyad::Problem&) {});
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * record.size()));
}
BENCHMARK(BM_ParseJsonLine);

void BM_ExtractHtmlText(benchmark::State& state) {
  std::string html =
      "<!DOCTYPE html><html><head><title>Generated page</title>"
      "<script>var a = 1 < 2;</script></head><body><nav><ul><li><a href=/>Home</a></li>"
      "</ul></nav><article><h1>Headline</h1>";
  for (int64_t p = 0; p < state.range(0); ++p) {
    std::string text = Paragraph(static_cast<uint32_t>(p));
    // Undo the JSON escapes of the generator.
    for (size_t at; (at = text.find("\\\"")) != std::string::npos;) text.erase(at, 1);
    html += "<p>" + text + " <a href=\"/x\">link</a> &amp; more.</p>\n";
  }
  html += "</article><footer>Copyright</footer></body></html>";
  for (auto _ : state) {
    dyad::HtmlText page = dyad::ExtractHtmlText(html);
    benchmark::DoNotOptimize(page.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExtractHtmlText)->Arg(10)->Arg(100)->Arg(1000);

// Pages that keep elements open ("<div>" repeated N times): the time must
// grow with N, not with its square.
void BM_ExtractHtmlDeepNesting(benchmark::State& state) {
  std::string html;
  for (int64_t k = 0; k < state.range(0); ++k) html += "<div><b>";
  html += "<p>hello</p>";
  for (auto _ : state) {
    dyad::HtmlText page = dyad::ExtractHtmlText(html);
    benchmark::DoNotOptimize(page.text.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractHtmlDeepNesting)->RangeMultiplier(4)->Range(1 << 10, 1 << 16)->Complexity()->Unit(
    benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
