// Benchmarks of the gazetteer (dyad::Gazetteer) and of place finding.
//
// Workloads:
//   BM_GazetteerLoad        maps and indexes the generated gazetteer
//                           (FindGazetteerFile: <build>/data/places.tsv, or
//                           $DYAD_PLACES); the start-up cost dyad pays.
//   BM_GazetteerLookup      Lookup() of a mix of names: capitals, towns,
//                           names with accents, ambiguous and unknown ones.
//   BM_GazetteerHasPrefix   HasPrefix() of one and two words, as the place
//                           finder extends a name.
//   BM_FindPlaces           FindPlaces() over every sentence of a tagged
//                           news text (the pipeline on the project's data).
//
// Without the generated gazetteer every workload is skipped with a message.
//
//   build/place_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/places.h"

namespace {

const dyad::Gazetteer* SharedGazetteer(std::string* error) {
  static std::string load_error;
  static const dyad::Gazetteer* gazetteer = [] () -> const dyad::Gazetteer* {
    auto path = dyad::FindGazetteerFile("");
    if (!path.ok()) {
      load_error = std::string(path.status().message());
      return nullptr;
    }
    auto g = dyad::Gazetteer::Load(*path);
    if (!g.ok()) {
      load_error = std::string(g.status().message());
      return nullptr;
    }
    return g->release();
  }();
  *error = load_error;
  return gazetteer;
}

void BM_GazetteerLoad(benchmark::State& state) {
  auto path = dyad::FindGazetteerFile("");
  if (!path.ok()) {
    state.SkipWithError(std::string(path.status().message()).c_str());
    return;
  }
  size_t names = 0;
  for (auto _ : state) {
    auto g = dyad::Gazetteer::Load(*path);
    if (!g.ok()) {
      state.SkipWithError(std::string(g.status().message()).c_str());
      return;
    }
    names = (*g)->Stats().names;
    benchmark::DoNotOptimize(names);
  }
  state.counters["names"] = static_cast<double>(names);
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

const char* const kNames[] = {"Pyongyang", "Seoul",     "São Paulo", "Sao Paulo",   "Washington", "Kiev",
                              "Paris",     "Victoria",  "Khan Younis", "Aleppo",    "Gaza Strip", "Georgia",
                              "Nowhere Land", "Springfield", "Donetsk", "The Hague", "Ḩamāh",   "Mosul"};

void BM_GazetteerLookup(benchmark::State& state) {
  std::string error;
  const dyad::Gazetteer* g = SharedGazetteer(&error);
  if (g == nullptr) {
    state.SkipWithError(error.c_str());
    return;
  }
  std::vector<dyad::Place> found;
  size_t i = 0, hits = 0;
  for (auto _ : state) {
    hits += g->Lookup(kNames[i++ % std::size(kNames)], &found) > 0;
    benchmark::DoNotOptimize(found.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["hit_rate"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_GazetteerLookup);

void BM_GazetteerHasPrefix(benchmark::State& state) {
  std::string error;
  const dyad::Gazetteer* g = SharedGazetteer(&error);
  if (g == nullptr) {
    state.SkipWithError(error.c_str());
    return;
  }
  static const char* const kKeys[] = {"new", "new york", "san", "san francisco", "khan", "khan yunis",
                                      "officials", "the", "the hague", "zzz"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(g->HasPrefix(kKeys[i++ % std::size(kKeys)]));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_GazetteerHasPrefix);

void BM_FindPlaces(benchmark::State& state) {
  std::string error;
  const dyad::Gazetteer* g = SharedGazetteer(&error);
  if (g == nullptr) {
    state.SkipWithError(error.c_str());
    return;
  }
  dyad::PipelineOptions options;
  if (const char* d = std::getenv("DYAD_DATA_DIR")) options.data_dir = d;
  auto pipeline = dyad::Pipeline::Load(options, nullptr);
  if (!pipeline.ok()) {
    state.SkipWithError(std::string(pipeline.status().message()).c_str());
    return;
  }
  dyad::Article article;
  article.id = "bench";
  for (int i = 0; i < 20; ++i)
    article.text +=
        "North Korean and Chinese officials met in Pyongyang on Sunday. Israeli forces attacked Hamas "
        "fighters near the southern Gaza city of Khan Younis. Russian troops shelled Kharkiv, in eastern "
        "Ukraine, and the foreign ministry in Moscow said talks in Istanbul would resume in May. "
        "The delegation arrived in the capital, Kyiv, after a visit to Warsaw. ";
  dyad::Analysis analysis;
  (*pipeline)->Analyze(article, &analysis);
  std::vector<dyad::PlaceMention> places;
  size_t found = 0;
  for (auto _ : state) {
    for (uint32_t s = 0; s < analysis.doc.sentences.size(); ++s) {
      places.clear();
      dyad::FindPlaces(*g, analysis, s, &places);
      found += places.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * analysis.doc.sentences.size()), benchmark::Counter::kIsRate);
  state.counters["places/sentence"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * analysis.doc.sentences.size());
}
BENCHMARK(BM_FindPlaces)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
