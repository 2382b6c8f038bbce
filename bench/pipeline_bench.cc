// Benchmarks of the actor stage and of the whole analysis per article.
//
// Workloads (each reports sentences/s and tokens/s):
//   BM_LoadPipeline   loading the tagger and the actor dictionaries (start-up)
//   BM_MatchActors    actor matching alone, over pre-tagged articles
//   BM_Analyze        tokenize + tag + match actors, article by article
//
// Input: the shared Wikinews corpus ($DYAD_SHARED_DIR/corpus/...jsonl, or
// the path in $DYAD_BENCH_INPUT); without it, the bundled examples repeated.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/input.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

std::string InputPath() {
  if (const char* p = std::getenv("DYAD_BENCH_INPUT")) return p;
  const char* shared = std::getenv("DYAD_SHARED_DIR");
  std::string corpus = std::string(shared ? shared : "../shared") +
                       "/corpus/wikinews-politics-2004-2009.jsonl";
  if (std::FILE* f = std::fopen(corpus.c_str(), "rb")) {
    std::fclose(f);
    return corpus;
  }
  const char* examples = std::getenv("DYAD_EXAMPLES_DIR");
  return std::string(examples ? examples : "examples") + "/articles.jsonl";
}

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    InputStats stats;
    auto status = ReadInputs({InputPath()}, ReadOptions(),
                             [&](Article&& a) {
                               out.push_back(std::move(a));
                               return true;
                             },
                             nullptr, &stats);
    if (!status.ok() || out.empty()) {
      std::fprintf(stderr, "no benchmark input at %s\n", InputPath().c_str());
      std::exit(1);
    }
    // Few articles (the examples): repeat them to get a stable measure.
    std::vector<Article> base = out;
    while (out.size() < 2000)
      for (const Article& a : base) out.push_back(a);
    return out;
  }();
  return articles;
}

const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Load(PipelineOptions(), nullptr);
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", std::string(p.status().message()).c_str());
      std::exit(1);
    }
    return p->release();
  }();
  return *pipeline;
}

void BM_LoadPipeline(benchmark::State& state) {
  for (auto _ : state) {
    auto p = Pipeline::Load(PipelineOptions(), nullptr);
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond);

void BM_MatchActors(benchmark::State& state) {
  const Pipeline& pipeline = SharedPipeline();
  const auto& articles = Articles();
  std::vector<Analysis> analyses(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) pipeline.Analyze(articles[i], &analyses[i]);
  uint64_t sentences = 0, tokens = 0, mentions = 0;
  std::vector<ActorMention> out;
  for (auto _ : state) {
    for (size_t i = 0; i < articles.size(); ++i) {
      out.clear();
      pipeline.actors().Match(analyses[i].doc, articles[i].date, &out);
      sentences += analyses[i].doc.sentences.size();
      tokens += analyses[i].doc.tokens.size();
      mentions += out.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(sentences, benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(tokens, benchmark::Counter::kIsRate);
  state.counters["actors/sentence"] = sentences ? double(mentions) / sentences : 0;
}
BENCHMARK(BM_MatchActors)->Unit(benchmark::kMillisecond);

void BM_Analyze(benchmark::State& state) {
  const Pipeline& pipeline = SharedPipeline();
  const auto& articles = Articles();
  Analysis analysis;
  uint64_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      pipeline.Analyze(a, &analysis);
      sentences += analysis.doc.sentences.size();
      tokens += analysis.doc.tokens.size();
      bytes += a.text.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(sentences, benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(tokens, benchmark::Counter::kIsRate);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
