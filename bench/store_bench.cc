// Benchmarks of the event store.
//
// Workloads:
//   BM_IngestCorpus          code and store the Wikinews corpus
//                            ($DYAD_BENCH_CORPUS, else $DYAD_SHARED_DIR/corpus/...,
//                            else ../shared/corpus beside the source tree; skipped
//                            without it) into a fresh store, one thread; articles/s.
//   BM_DyadSeries/B          the time series of one dyad, both directions, over the
//                            whole 20 years of the synthetic store, per day, week
//                            or month; dyads drawn as users would ask (popular
//                            ones more often).
//   BM_DyadSeriesYear        the same per week over one year.
//   BM_Events/KIND           the 100 newest events of a filter: dyad (both ways),
//                            actor (either side), country and root, one month,
//                            quad class in one month, CAMEO code, and a mix of all.
//   BM_TopDyads              the top 20 dyads of one month.
//   BM_CountryCounts/P       counted events per actor country (the dashboard's map) of
//                            one month (P=0) or of all 20 years (P=1).
//   BM_RelatedArticles       the articles that share a dyad with a random article.
//   BM_Api/ROUTE             `dyad serve`'s answers over HTTP on loopback (the server
//                            in this process, one keep-alive client): /api/series of a
//                            dyad per month over 20 years (ROUTE=0), /api/events of a
//                            dyad (1) and of an actor (2), 50 rows with the totals.
//
// The synthetic store holds N events ($DYAD_BENCH_EVENTS or --events=N;
// default 10,000,000) in articles of 1 to 7 events over 2000-2019, with
// about 2,300 actor codes drawn with Zipf-like weights, 60 CAMEO codes and
// some flagged events. It is written once through Store::Write into
// $DYAD_BENCH_STORE (default: the temporary directory) and reused while it
// holds N events. Latency counters: p50_ms and p95_ms over the iterations.
//
//   build/store_bench --events=1000000 --benchmark_filter=Series
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "dyad/events.h"
#include "dyad/input.h"
#include "dyad/pipeline.h"
#include "dyad/serve.h"
#include "dyad/store.h"

#include <httplib.h>

namespace {

uint64_t g_events = 10'000'000;
std::string g_store_path;

// ---------------------------------------------------------------------------
// The synthetic store.

const char* const kCountries[] = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IRN", "ISR", "PSE", "IRQ", "SYR", "AFG", "PAK", "IND",
    "PRK", "KOR", "JPN", "TUR", "UKR", "SAU", "EGY", "LBN", "JOR", "YEM", "SDN", "SOM", "NGA", "KEN",
    "ETH", "ZAF", "BRA", "MEX", "VEN", "COL", "CUB", "ARG", "CAN", "AUS", "IDN", "PHL", "THA", "MMR",
    "VNM", "MYS", "BGD", "LKA", "NPL", "GEO", "ARM", "AZE", "KAZ", "UZB", "BLR", "POL", "ITA", "ESP",
    "GRC", "SRB", "BIH", "HRV", "XKX", "ALB", "ROU", "BGR", "HUN", "CZE", "SWE", "NOR", "FIN", "DNK",
    "NLD", "BEL", "CHE", "AUT", "IRL", "PRT", "MAR", "DZA", "TUN", "LBY", "MLI", "NER", "TCD", "CMR",
    "COD", "COG", "UGA", "RWA", "BDI", "TZA", "MOZ", "ZWE", "ZMB", "AGO", "NAM", "BWA", "SEN", "GHA",
    "CIV", "LBR", "SLE", "GIN", "HTI", "DOM", "JAM", "PER", "CHL", "BOL", "ECU", "PRY", "URY", "NIC",
    "HND", "GTM", "SLV", "PAN", "CRI", "NZL", "PNG", "FJI", "TWN", "MNG", "KGZ", "TJK", "TKM", "QAT",
    "ARE", "KWT", "BHR", "OMN", "CYP", "MLT", "ISL", "EST", "LVA", "LTU", "MDA", "SVK", "SVN", "MKD",
    "MNE", "ERI", "DJI", "SSD", "CAF", "GAB", "GNQ", "BEN", "TGO", "BFA", "MRT", "GMB", "GNB", "CPV",
    "MDG", "MUS", "SYC", "COM", "LSO", "SWZ", "MWI", "KHM", "LAO", "BRN", "SGP", "TLS", "BTN", "MDV",
    "VAT", "LIE", "MCO", "SMR", "AND", "LUX", "SUR", "GUY", "BLZ", "BHS", "BRB", "TTO", "GRD", "LCA",
    "VCT", "ATG", "DMA", "KNA", "TON", "WSM", "VUT", "SLB", "KIR", "TUV", "NRU", "PLW", "FSM", "MHL"};
const char* const kRoles[] = {"GOV", "MIL", "OPP", "REB", "CVL", "BUS", "MED", "JUD", "LEG", "COP", "SPY"};
const double kRoleWeights[] = {40, 15, 8, 6, 8, 5, 4, 4, 4, 4, 2};
const char* const kIgos[] = {"IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOAFRAFU", "IGOARBLEG", "IGOWAFWAS"};
struct Code {
  const char* code;
  double goldstein;
  int quad;
};
const Code kCodes[] = {
    {"010", 0.0, 1},   {"012", -0.1, 1}, {"013", 0.4, 1},  {"014", 0.0, 1},   {"015", 0.0, 1},
    {"017", 0.0, 1},   {"018", 3.4, 1},  {"019", 0.0, 1},  {"020", 3.0, 1},   {"030", 4.0, 1},
    {"036", 4.0, 1},   {"040", 1.0, 1},  {"041", 1.0, 1},  {"042", 1.9, 1},   {"043", 2.8, 1},
    {"046", 7.0, 1},   {"050", 3.5, 1},  {"051", 3.4, 1},  {"057", 8.0, 1},   {"060", 6.0, 2},
    {"061", 6.4, 2},   {"070", 7.0, 2},  {"071", 7.4, 2},  {"073", 7.4, 2},   {"080", 5.0, 2},
    {"0871", 5.0, 2},  {"090", -2.0, 3}, {"100", -5.0, 3}, {"110", -2.0, 3},  {"111", -2.0, 3},
    {"112", -2.0, 3},  {"114", -2.0, 3}, {"120", -4.0, 3}, {"125", -5.0, 3},  {"128", -4.0, 3},
    {"130", -4.4, 3},  {"138", -7.0, 3}, {"1312", -5.8, 3}, {"140", -6.5, 3}, {"141", -6.5, 3},
    {"150", -7.2, 4},  {"160", -4.0, 4}, {"161", -4.0, 4}, {"163", -8.0, 4},  {"170", -5.0, 4},
    {"172", -5.0, 4},  {"173", -5.0, 4}, {"175", -9.0, 4}, {"180", -9.0, 4},  {"181", -9.0, 4},
    {"182", -9.5, 4},  {"183", -10.0, 4}, {"186", -10.0, 4}, {"190", -10.0, 4}, {"191", -9.5, 4},
    {"192", -9.5, 4},  {"193", -10.0, 4}, {"194", -10.0, 4}, {"195", -10.0, 4}, {"200", -10.0, 4}};

// Draws actor codes and CAMEO codes with skewed weights, deterministically.
class Generator {
 public:
  explicit Generator(uint32_t seed) : random_(seed) {
    std::vector<double> weights;
    for (size_t c = 0; c < std::size(kCountries); ++c) {
      for (size_t r = 0; r < std::size(kRoles); ++r) {
        actors_.push_back(std::string(kCountries[c]) + kRoles[r]);
        weights.push_back(kRoleWeights[r] / std::pow(static_cast<double>(c + 1), 1.1));
      }
    }
    for (size_t i = 0; i < std::size(kIgos); ++i) {
      actors_.push_back(kIgos[i]);
      weights.push_back(2.0 / static_cast<double>(i + 1));
    }
    actor_ = std::discrete_distribution<size_t>(weights.begin(), weights.end());
    std::vector<double> code_weights;
    for (size_t i = 0; i < std::size(kCodes); ++i) code_weights.push_back(1.0 / std::sqrt(static_cast<double>(i % 13 + 1)));
    code_ = std::discrete_distribution<size_t>(code_weights.begin(), code_weights.end());
  }

  const std::string& Actor() { return actors_[actor_(random_)]; }
  std::pair<std::string, std::string> Dyad() {
    std::string a = Actor(), b = Actor();
    while (b == a) b = Actor();
    return {a, b};
  }
  const Code& Cameo() { return kCodes[code_(random_)]; }
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(random_() % n); }

 private:
  std::mt19937_64 random_;
  std::vector<std::string> actors_;
  std::discrete_distribution<size_t> actor_, code_;
};

constexpr int kFirstYear = 2000;
constexpr int kYears = 20;

std::vector<dyad::Date> AllDays() {
  std::vector<dyad::Date> days;
  dyad::Date d{kFirstYear, 1, 1};
  while (d.year < kFirstYear + kYears) {
    days.push_back(d);
    if (++d.day > dyad::DaysInMonth(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return days;
}

dyad::StoredArticle SyntheticArticle(Generator& gen, uint64_t number, const dyad::Date& date, uint32_t events) {
  dyad::StoredArticle a;
  a.id = "syn-" + std::to_string(number);
  a.title = "Synthetic report " + std::to_string(number);
  a.date = date;
  a.source = "bench";
  for (uint32_t i = 0; i < events; ++i) {
    auto [source, target] = gen.Dyad();
    const Code& code = gen.Cameo();
    dyad::StoredEvent e;
    e.article = a.id;
    e.sentence = i;
    e.date = date;
    e.date_precision = dyad::DatePrecision::kArticle;
    const uint32_t roll = gen.Below(100);
    e.negated = roll < 3;
    e.modality = roll >= 3 && roll < 6 ? dyad::Modality::kHedged : dyad::Modality::kAsserted;
    e.historical = roll >= 6 && roll < 8;
    const uint32_t begin = static_cast<uint32_t>(a.text.size());
    a.text += source + " acted on " + target + " with code " + code.code + ". ";
    e.sentence_begin = begin;
    e.sentence_end = static_cast<uint32_t>(a.text.size() - 1);
    e.source = {source, source.substr(0, 3), source.size() == 6 ? source.substr(3) : "", begin,
                begin + static_cast<uint32_t>(source.size()), ""};
    const uint32_t tb = begin + static_cast<uint32_t>(source.size()) + 10;
    e.target = {target, target.substr(0, 3), target.size() == 6 ? target.substr(3) : "", tb,
                tb + static_cast<uint32_t>(target.size()), ""};
    e.verb_begin = begin + static_cast<uint32_t>(source.size()) + 1;
    e.verb_end = e.verb_begin + 5;
    e.cameo = code.code;
    e.label = std::string("code ") + code.code;
    e.goldstein = code.goldstein;
    e.quad_class = code.quad;
    e.pattern = "events/bench.txt:1";
    a.events.push_back(std::move(e));
  }
  a.fingerprint = number + 1;
  return a;
}

// Builds the synthetic store unless it holds g_events already.
bool PrepareStore() {
  if (const char* path = std::getenv("DYAD_BENCH_STORE")) {
    g_store_path = path;
  } else {
    g_store_path =
        (std::filesystem::temp_directory_path() / ("dyad_store_bench_" + std::to_string(g_events) + ".db")).string();
  }
  {
    auto existing = dyad::Store::Open(g_store_path, dyad::StoreMode::kReadOnly);
    if (existing.ok()) {
      auto summary = (*existing)->Summary();
      if (summary.ok() && summary->events == g_events) {
        std::cerr << "store_bench: reusing " << g_store_path << " (" << summary->events << " events, "
                  << summary->bytes / (1 << 20) << " MiB)\n";
        return true;
      }
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(g_store_path + suffix);
  auto store = dyad::Store::Open(g_store_path, dyad::StoreMode::kReadWrite);
  if (!store.ok()) {
    std::cerr << "store_bench: " << store.status() << "\n";
    return false;
  }
  std::cerr << "store_bench: writing " << g_events << " synthetic events to " << g_store_path << "\n";
  Generator gen(42);
  const std::vector<dyad::Date> days = AllDays();
  const auto start = std::chrono::steady_clock::now();
  uint64_t written = 0, articles = 0;
  std::vector<dyad::StoredArticle> batch;
  // Articles arrive in date order, as news does.
  const uint64_t per_day = g_events / days.size() + 1;
  for (size_t d = 0; d < days.size() && written < g_events; ++d) {
    uint64_t today = 0;
    const uint64_t target = std::min<uint64_t>(per_day, g_events - written);
    while (today < target) {
      const uint32_t n = std::min<uint32_t>(1 + gen.Below(7), static_cast<uint32_t>(target - today));
      batch.push_back(SyntheticArticle(gen, articles++, days[d], n));
      today += n;
    }
    written += today;
    if (batch.size() >= 5000 || written >= g_events || d + 1 == days.size()) {
      absl::Status s = (*store)->Write(batch, nullptr);
      if (!s.ok()) {
        std::cerr << "store_bench: " << s << "\n";
        return false;
      }
      batch.clear();
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::cerr << "\rstore_bench: " << written << " events, " << static_cast<uint64_t>(written / seconds)
                << " events/s   " << std::flush;
    }
  }
  if (absl::Status s = (*store)->Optimize(); !s.ok()) std::cerr << "store_bench: " << s << "\n";
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto summary = (*store)->Summary();
  std::cerr << "\nstore_bench: " << written << " events in " << articles << " articles written in " << seconds
            << " s (" << static_cast<uint64_t>(written / seconds) << " events/s); "
            << summary->bytes / (1 << 20) << " MiB, " << summary->groups << " grouped events\n";
  return true;
}

// ---------------------------------------------------------------------------
// Latency bookkeeping.

class Latencies {
 public:
  void Add(std::chrono::steady_clock::duration d) {
    ms_.push_back(std::chrono::duration<double, std::milli>(d).count());
  }
  void Report(benchmark::State& state) {
    if (ms_.empty()) return;
    std::sort(ms_.begin(), ms_.end());
    auto at = [&](double q) { return ms_[std::min(ms_.size() - 1, static_cast<size_t>(q * ms_.size()))]; };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = ms_.back();
  }

 private:
  std::vector<double> ms_;
};

std::unique_ptr<dyad::Store> OpenBenchStore(benchmark::State& state) {
  static const bool ready = PrepareStore();  // once, before the first timed query
  if (!ready) {
    state.SkipWithError("the synthetic store could not be written");
    return nullptr;
  }
  auto store = dyad::Store::Open(g_store_path, dyad::StoreMode::kReadOnly);
  if (!store.ok()) {
    state.SkipWithError(std::string(store.status().message()).c_str());
    return nullptr;
  }
  return std::move(*store);
}

void BM_DyadSeries(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  const auto bucket = static_cast<dyad::Bucket>(state.range(0));
  Generator gen(7);
  Latencies latencies;
  uint64_t points = 0, events = 0;
  for (auto _ : state) {
    auto [a, b] = gen.Dyad();
    const auto start = std::chrono::steady_clock::now();
    auto series = store->DyadSeries({.a = a, .b = b, .bucket = bucket});
    latencies.Add(std::chrono::steady_clock::now() - start);
    if (!series.ok()) {
      state.SkipWithError(std::string(series.status().message()).c_str());
      return;
    }
    points += series->size();
    for (const auto& p : *series) events += p.both.total;
  }
  latencies.Report(state);
  state.counters["points"] = benchmark::Counter(static_cast<double>(points), benchmark::Counter::kAvgIterations);
  state.counters["events"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_DyadSeries)->Arg(0)->Arg(1)->Arg(2)->ArgName("day0_week1_month2")->Iterations(400)->Unit(benchmark::kMillisecond);

void BM_DyadSeriesYear(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  Generator gen(8);
  Latencies latencies;
  for (auto _ : state) {
    auto [a, b] = gen.Dyad();
    const int year = kFirstYear + static_cast<int>(gen.Below(kYears));
    const auto start = std::chrono::steady_clock::now();
    auto series = store->DyadSeries(
        {.a = a, .b = b, .bucket = dyad::Bucket::kWeek, .from = dyad::Date{year, 1, 1}, .to = dyad::Date{year, 12, 31}});
    latencies.Add(std::chrono::steady_clock::now() - start);
    benchmark::DoNotOptimize(series);
  }
  latencies.Report(state);
}
BENCHMARK(BM_DyadSeriesYear)->Iterations(400)->Unit(benchmark::kMillisecond);

enum FilterKind { kDyad, kActor, kCountryRoot, kMonth, kQuadMonth, kCameo, kMix, kKinds };

dyad::EventFilter MakeFilter(Generator& gen, int kind) {
  if (kind == kMix) kind = static_cast<int>(gen.Below(kMix));
  dyad::EventFilter f;
  const int year = kFirstYear + static_cast<int>(gen.Below(kYears));
  const int month = 1 + static_cast<int>(gen.Below(12));
  switch (kind) {
    case kDyad: {
      auto [a, b] = gen.Dyad();
      f.source = a;
      f.target = b;
      f.both_directions = true;
      break;
    }
    case kActor:
      f.actor = gen.Actor();
      break;
    case kCountryRoot:
      f.country = gen.Actor().substr(0, 3);
      f.root = {std::string(gen.Cameo().code).substr(0, 2)};
      break;
    case kMonth:
      f.from = dyad::Date{year, month, 1};
      f.to = dyad::Date{year, month, dyad::DaysInMonth(year, month)};
      break;
    case kQuadMonth:
      f.quad_class = 1 + static_cast<int>(gen.Below(4));
      f.from = dyad::Date{year, month, 1};
      f.to = dyad::Date{year, month, dyad::DaysInMonth(year, month)};
      break;
    case kCameo:
      f.cameo = {gen.Cameo().code};
      break;
  }
  return f;
}

void BM_Events(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  Generator gen(9);
  Latencies latencies;
  uint64_t rows = 0;
  for (auto _ : state) {
    const dyad::EventFilter f = MakeFilter(gen, static_cast<int>(state.range(0)));
    const auto start = std::chrono::steady_clock::now();
    auto page = store->QueryEvents(f, {.limit = 100});
    latencies.Add(std::chrono::steady_clock::now() - start);
    if (!page.ok()) {
      state.SkipWithError(std::string(page.status().message()).c_str());
      return;
    }
    rows += page->events.size();
  }
  latencies.Report(state);
  state.counters["rows"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Events)
    ->DenseRange(0, kKinds - 1)
    ->ArgName("dyad0_actor1_countryroot2_month3_quadmonth4_cameo5_mix6")
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond);

void BM_TopDyads(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  Generator gen(10);
  Latencies latencies;
  for (auto _ : state) {
    const int year = kFirstYear + static_cast<int>(gen.Below(kYears));
    const int month = 1 + static_cast<int>(gen.Below(12));
    const auto start = std::chrono::steady_clock::now();
    auto top = store->TopDyads({.from = dyad::Date{year, month, 1},
                                .to = dyad::Date{year, month, dyad::DaysInMonth(year, month)}});
    latencies.Add(std::chrono::steady_clock::now() - start);
    benchmark::DoNotOptimize(top);
  }
  latencies.Report(state);
}
BENCHMARK(BM_TopDyads)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_CountryCounts(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  Generator gen(11);
  Latencies latencies;
  uint64_t countries = 0;
  for (auto _ : state) {
    dyad::TopQuery q;
    q.limit = 100000;
    if (state.range(0) == 0) {
      const int year = kFirstYear + static_cast<int>(gen.Below(kYears));
      const int month = 1 + static_cast<int>(gen.Below(12));
      q.from = dyad::Date{year, month, 1};
      q.to = dyad::Date{year, month, dyad::DaysInMonth(year, month)};
    }
    const auto start = std::chrono::steady_clock::now();
    auto counts = store->CountryCounts(q);
    latencies.Add(std::chrono::steady_clock::now() - start);
    if (!counts.ok()) {
      state.SkipWithError(std::string(counts.status().message()).c_str());
      return;
    }
    countries += counts->size();
  }
  latencies.Report(state);
  state.counters["countries"] = benchmark::Counter(static_cast<double>(countries), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_CountryCounts)->Arg(0)->Arg(1)->ArgName("month0_all1")->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_RelatedArticles(benchmark::State& state) {
  auto store = OpenBenchStore(state);
  if (store == nullptr) return;
  auto summary = store->Summary();
  if (!summary.ok() || summary->articles == 0) {
    state.SkipWithError("no articles");
    return;
  }
  Generator gen(12);
  Latencies latencies;
  uint64_t related = 0;
  for (auto _ : state) {
    const std::string id = "syn-" + std::to_string(gen.Below(static_cast<uint32_t>(summary->articles)));
    const auto start = std::chrono::steady_clock::now();
    auto list = store->RelatedArticles(id, 20);
    latencies.Add(std::chrono::steady_clock::now() - start);
    if (!list.ok()) {
      state.SkipWithError(std::string(list.status().message()).c_str());
      return;
    }
    related += list->size();
  }
  latencies.Report(state);
  state.counters["related"] = benchmark::Counter(static_cast<double>(related), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_RelatedArticles)->Iterations(200)->Unit(benchmark::kMillisecond);

void BM_Api(benchmark::State& state) {
  if (OpenBenchStore(state) == nullptr) return;
  dyad::ServeOptions options;
  options.db = g_store_path;
  options.port = 0;
  options.threads = 2;
  options.countries_file.clear();
  auto server = dyad::Server::Bind(options);
  if (!server.ok()) {
    state.SkipWithError(std::string(server.status().message()).c_str());
    return;
  }
  std::thread runner([&] { (void)(*server)->Run(); });
  httplib::Client client("127.0.0.1", (*server)->port());
  client.set_keep_alive(true);
  client.set_read_timeout(60, 0);
  Generator gen(13);
  Latencies latencies;
  uint64_t bytes = 0;
  for (auto _ : state) {
    std::string target;
    auto [a, b] = gen.Dyad();
    switch (state.range(0)) {
      case 0: target = "/api/series?a=" + a + "&b=" + b + "&bucket=month"; break;
      case 1: target = "/api/events?dyad=" + a + "," + b; break;
      default: target = "/api/events?actor=" + a; break;
    }
    const auto start = std::chrono::steady_clock::now();
    auto res = client.Get(target.c_str());
    latencies.Add(std::chrono::steady_clock::now() - start);
    if (!res || res->status != 200) {
      state.SkipWithError(("no answer to " + target).c_str());
      break;
    }
    bytes += res->body.size();
  }
  (*server)->Stop();
  runner.join();
  latencies.Report(state);
  state.counters["bytes"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Api)
    ->DenseRange(0, 2)
    ->ArgName("series0_dyadevents1_actorevents2")
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// ---------------------------------------------------------------------------
// Ingest of the real corpus.

std::string CorpusPath() {
  if (const char* path = std::getenv("DYAD_BENCH_CORPUS")) return path;
  std::vector<std::filesystem::path> candidates;
  if (const char* shared = std::getenv("DYAD_SHARED_DIR")) candidates.emplace_back(shared);
  candidates.push_back(std::filesystem::path(__FILE__).parent_path().parent_path() / ".." / "shared");
  for (const auto& dir : candidates) {
    const auto path = dir / "corpus" / "wikinews-politics-2004-2009.jsonl";
    if (std::filesystem::exists(path)) return path.string();
  }
  return "";
}

void BM_IngestCorpus(benchmark::State& state) {
  const std::string corpus = CorpusPath();
  if (corpus.empty()) {
    state.SkipWithError("no corpus (set DYAD_SHARED_DIR or DYAD_BENCH_CORPUS)");
    return;
  }
  auto pipeline = dyad::Pipeline::Load({}, [](const dyad::Problem&) {});
  if (!pipeline.ok()) {
    state.SkipWithError(std::string(pipeline.status().message()).c_str());
    return;
  }
  auto coder = dyad::EventCoder::Load((*pipeline)->data_dir(), [](const dyad::Problem&) {});
  if (!coder.ok()) {
    state.SkipWithError(std::string(coder.status().message()).c_str());
    return;
  }
  std::vector<dyad::Article> articles;
  (void)dyad::ReadInputs({corpus}, {}, [&](dyad::Article&& a) { articles.push_back(std::move(a)); return true; },
                         [](const dyad::Problem&) {}, nullptr);
  const std::string path = (std::filesystem::temp_directory_path() / "dyad_store_bench_ingest.db").string();
  uint64_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    state.ResumeTiming();
    auto store = dyad::Store::Open(path, dyad::StoreMode::kReadWrite);
    if (!store.ok()) {
      state.SkipWithError(std::string(store.status().message()).c_str());
      return;
    }
    dyad::Analysis analysis;
    std::vector<dyad::Event> events;
    std::vector<dyad::StoredArticle> batch;
    for (const dyad::Article& article : articles) {
      (*pipeline)->Analyze(article, &analysis);
      events.clear();
      (*coder)->Code(article, analysis, &events);
      batch.push_back(dyad::MakeStoredArticle(article, analysis, events));
      if (batch.size() == 500) {
        (void)(*store)->Write(batch, nullptr);
        batch.clear();
      }
    }
    (void)(*store)->Write(batch, nullptr);
    (void)(*store)->Optimize();
    stored += articles.size();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(stored), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_IngestCorpus)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  if (const char* n = std::getenv("DYAD_BENCH_EVENTS")) g_events = std::strtoull(n, nullptr, 10);
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--events=", 0) == 0) {
      g_events = std::strtoull(arg.c_str() + 9, nullptr, 10);
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (g_events == 0) g_events = 1;
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
