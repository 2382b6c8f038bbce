// Benchmarks of the tagging stage: Tagger::Load, and Tag() (tags, lemmas
// and chunks) over tokenized news text.
//
// Workloads:
//   BM_Load            Tagger::Load with WordNet (the start-up cost)
//   BM_Tag             Tag() over the first 2,000 articles of the Wikinews
//                      corpus ($DYAD_SHARED_DIR/corpus/...), or over generated
//                      news-like sentences when the corpus is absent
//   BM_TagGenerated/N  Tag() over N generated sentences
// Counters: tokens/s and sentences/s (per core; tokenizing is not timed).
//
//   DYAD_DATA_DIR=data DYAD_SHARED_DIR=../shared build/tag_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/tagger.h"

namespace {

std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return env != nullptr && *env != '\0' ? env : "data";
}

const dyad::Tagger& SharedTagger() {
  static std::unique_ptr<dyad::Tagger> tagger = [] {
    auto loaded = dyad::Tagger::Load(DataDir());
    if (!loaded.ok()) {
      std::fprintf(stderr, "tag_bench: %s\n", std::string(loaded.status().message()).c_str());
      std::exit(1);
    }
    return std::move(*loaded);
  }();
  return *tagger;
}

// Appends the code point as UTF-8.
void AppendUtf8(unsigned cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The "text" string of one JSON Lines record (enough JSON for the corpus).
std::string TextField(const std::string& line) {
  const size_t key = line.find("\"text\"");
  if (key == std::string::npos) return {};
  size_t i = line.find('"', line.find(':', key) + 1);
  if (i == std::string::npos) return {};
  std::string out;
  for (++i; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out.push_back(line[i]);
      continue;
    }
    const char e = line[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': case 'f': out.push_back(' '); break;
      case 'u':
        if (i + 4 < line.size()) {
          AppendUtf8(static_cast<unsigned>(std::strtoul(line.substr(i + 1, 4).c_str(), nullptr, 16)), &out);
          i += 4;
        }
        break;
      default: out.push_back(e); break;
    }
  }
  return out;
}

std::vector<std::string> GeneratedArticles(int sentences) {
  static const char* const kSentences[] = {
      "North Korea fired two short-range missiles into the sea on Sunday, officials said.",
      "The United Nations Security Council condemned the attack and called for restraint.",
      "Israeli troops had previously hoped to negotiate a ceasefire with Hamas leaders in Cairo.",
      "Russia's foreign minister will be visiting Beijing next week for talks on trade and energy.",
      "Police arrested dozens of protesters who threw stones at the embassy in Tehran.",
      "The government did not comment on reports that rebels seized the town of Kidal.",
      "Officials say the president plans to meet his Turkish counterpart in Ankara in May.",
  };
  std::vector<std::string> articles;
  std::string text;
  for (int i = 0; i < sentences; ++i) {
    text += kSentences[i % 7];
    text += ' ';
    if (i % 20 == 19) {
      articles.push_back(std::move(text));
      text.clear();
    }
  }
  if (!text.empty()) articles.push_back(std::move(text));
  return articles;
}

std::vector<std::string> CorpusArticles(size_t limit) {
  const char* shared = std::getenv("DYAD_SHARED_DIR");
  std::vector<std::string> articles;
  if (shared != nullptr && *shared != '\0') {
    std::ifstream in(std::string(shared) + "/corpus/wikinews-politics-2004-2009.jsonl");
    std::string line;
    while (articles.size() < limit && std::getline(in, line)) {
      std::string text = TextField(line);
      if (!text.empty()) articles.push_back(std::move(text));
    }
  }
  if (articles.empty()) articles = GeneratedArticles(20000);
  return articles;
}

// Tokenized documents, built once; the texts they point into live with them.
struct Corpus {
  std::vector<std::string> texts;
  std::vector<dyad::Document> docs;
  int64_t tokens = 0;
  int64_t sentences = 0;

  explicit Corpus(std::vector<std::string> articles) : texts(std::move(articles)) {
    docs.resize(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      dyad::Tokenize(texts[i], &docs[i]);
      tokens += static_cast<int64_t>(docs[i].tokens.size());
      sentences += static_cast<int64_t>(docs[i].sentences.size());
    }
  }
};

void RunTag(benchmark::State& state, Corpus& corpus) {
  const dyad::Tagger& tagger = SharedTagger();
  for (auto _ : state) {
    for (dyad::Document& doc : corpus.docs) tagger.Tag(&doc);
    benchmark::DoNotOptimize(corpus.docs.data());
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(corpus.tokens), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(corpus.sentences), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = dyad::Tagger::Load(DataDir());
    if (!tagger.ok()) state.SkipWithError("Tagger::Load failed");
    benchmark::DoNotOptimize(tagger);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_Tag(benchmark::State& state) {
  static Corpus corpus(CorpusArticles(2000));
  RunTag(state, corpus);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TagGenerated(benchmark::State& state) {
  Corpus corpus(GeneratedArticles(static_cast<int>(state.range(0))));
  RunTag(state, corpus);
}
BENCHMARK(BM_TagGenerated)->Arg(100)->Arg(10000)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
