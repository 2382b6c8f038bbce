// Fuzzes the store's questions with arbitrary values: the input is split
// on newlines into the fields of an event filter, a search text and a
// series query, asked of a small store in memory. Every answer must be a
// result or InvalidArgument, and the store must be unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

dyad::Store& SmallStore() {
  static dyad::Store* store = [] {
    auto opened = dyad::Store::Open(":memory:", dyad::StoreMode::kReadWrite);
    if (!opened.ok()) __builtin_trap();
    dyad::StoredArticle a;
    a.id = "a1";
    a.title = "Talks";
    a.date = dyad::Date{2024, 4, 16};
    a.text = "CHNGOV 042 PRKGOV.";
    a.fingerprint = 1;
    dyad::StoredEvent e;
    e.article = "a1";
    e.date = a.date;
    e.source = {"CHNGOV", "CHN", "GOV", 0, 6, ""};
    e.target = {"PRKGOV", "PRK", "GOV", 11, 17, ""};
    e.cameo = "042";
    e.label = "Make a visit";
    e.goldstein = 1.9;
    e.quad_class = 1;
    e.verb_begin = 7;
    e.verb_end = 10;
    e.sentence_end = 18;
    a.events.push_back(e);
    std::vector<dyad::StoredArticle> batch = {a};
    if (!(*opened)->Write(batch, nullptr).ok()) __builtin_trap();
    return opened->release();
  }();
  return *store;
}

void Expect(const absl::Status& s) {
  if (!s.ok() && s.code() != absl::StatusCode::kInvalidArgument) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> f;
  size_t start = 0;
  while (f.size() < 12) {
    const size_t end = input.find('\n', start);
    f.push_back(input.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  f.resize(12);
  dyad::Store& store = SmallStore();
  dyad::EventFilter filter;
  filter.actor = f[0];
  filter.country = f[1];
  filter.role = f[2];
  filter.source = f[3];
  filter.target = f[4];
  filter.both_directions = !f[5].empty();
  if (!f[5].empty()) filter.cameo = {f[5]};
  if (!f[6].empty()) filter.root = {f[6]};
  filter.place = f[7];
  filter.text = f[8];
  filter.article = f[9];
  filter.side = static_cast<dyad::Side>(size % 3);
  for (dyad::CountMode mode : {dyad::CountMode::kReports, dyad::CountMode::kEvents}) {
    auto page = store.QueryEvents(filter, {.limit = 10, .mode = mode});
    Expect(page.status());
  }
  Expect(store.CountEvents(filter).status());
  Expect(store.SearchArticles(f[10]).status());
  Expect(store.DyadSeries({.a = f[0], .b = f[11], .bucket = dyad::Bucket::kWeek}).status());
  Expect(store.TopDyads({.actor = f[11]}).status());
  auto article = store.GetArticle(f[9]);
  if (!article.ok() && article.status().code() != absl::StatusCode::kNotFound) __builtin_trap();
  auto summary = store.Summary();
  if (!summary.ok() || summary->articles != 1 || summary->events != 1) __builtin_trap();
  return 0;
}
