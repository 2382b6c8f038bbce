// Hand-made store records for the store's tests: an article's text names
// each event as "SOURCE CODE TARGET." so that every span is easy to check.
#ifndef DYAD_TESTS_STORE_TEST_RECORDS_H_
#define DYAD_TESTS_STORE_TEST_RECORDS_H_

#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/store.h"

namespace dyad::testing {

// Quad class of a CAMEO code by its root.
inline int QuadOf(const std::string& cameo) {
  const int root = std::stoi(cameo.substr(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
}

inline double GoldsteinOf(const std::string& cameo) {
  static const std::map<std::string, double> known = {
      {"036", 4.0}, {"042", 1.9}, {"043", 2.8}, {"057", 8.0}, {"111", -2.0}, {"112", -2.0},
      {"173", -5.0}, {"190", -10.0}, {"193", -10.0}, {"195", -10.0}, {"070", 7.0}};
  auto it = known.find(cameo);
  if (it != known.end()) return it->second;
  const int quad = QuadOf(cameo);
  return quad == 1 ? 3.0 : quad == 2 ? 6.0 : quad == 3 ? -4.0 : -9.0;
}

// An event of `source` to `target` with `cameo`, in sentence `sentence`;
// its date is the article's (see Art) unless set.
inline StoredEvent Ev(const std::string& source, const std::string& target, const std::string& cameo,
                      uint32_t sentence = 0) {
  StoredEvent e;
  e.sentence = sentence;
  e.source.code = source;
  e.source.country = source.substr(0, 3);
  e.source.role = source.size() >= 6 ? source.substr(3, 3) : "";
  e.target.code = target;
  e.target.country = target.substr(0, 3);
  e.target.role = target.size() >= 6 ? target.substr(3, 3) : "";
  e.cameo = cameo;
  e.label = "label " + cameo;
  e.goldstein = GoldsteinOf(cameo);
  e.quad_class = QuadOf(cameo);
  e.pattern = "events/test.txt:1";
  return e;
}

// An article dated `date` (YYYY-MM-DD) whose text tells its events, one
// "SOURCE CODE TARGET." piece each; spans, ordinals, dates and the
// fingerprint are filled in.
inline StoredArticle Art(const std::string& id, const std::string& date, std::vector<StoredEvent> events,
                         const std::string& extra_text = "") {
  StoredArticle a;
  a.id = id;
  a.title = "Article " + id;
  a.date = ParseDate(date).value();
  a.source = "test";
  std::map<uint32_t, uint32_t> ordinals;
  for (StoredEvent& e : events) {
    if (!a.text.empty()) a.text += ' ';
    const uint32_t begin = static_cast<uint32_t>(a.text.size());
    e.article = id;
    e.ordinal = ordinals[e.sentence]++;
    if (!e.date) e.date = a.date;
    e.source.begin = begin;
    e.source.end = begin + static_cast<uint32_t>(e.source.code.size());
    e.verb_begin = e.source.end + 1;
    e.verb_end = e.verb_begin + static_cast<uint32_t>(e.cameo.size());
    e.target.begin = e.verb_end + 1;
    e.target.end = e.target.begin + static_cast<uint32_t>(e.target.code.size());
    a.text += e.source.code + " " + e.cameo + " " + e.target.code + ".";
    e.sentence_begin = begin;
    e.sentence_end = static_cast<uint32_t>(a.text.size());
    e.source.text = e.source.code;
    e.target.text = e.target.code;
    e.verb_text = e.cameo;
    e.sentence_text = a.text.substr(begin);
  }
  if (!extra_text.empty()) a.text += (a.text.empty() ? "" : " ") + extra_text;
  if (a.text.empty()) a.text = "Nothing happened.";
  a.events = std::move(events);
  Article plain;
  plain.id = a.id;
  plain.title = a.title;
  plain.date = a.date;
  plain.source = a.source;
  plain.text = a.text;
  a.fingerprint = ArticleFingerprint(plain);
  return a;
}

// A store file in the temporary directory, removed with its WAL files.
struct TempStore {
  explicit TempStore(const std::string& name)
      : path((std::filesystem::temp_directory_path() /
              ("dyad_store_test_" + name + "_" + std::to_string(::getpid()) + ".db"))
                 .string()) {
    Remove();
  }
  ~TempStore() { Remove(); }
  void Remove() const {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
  }
  std::unique_ptr<Store> Open(StoreMode mode = StoreMode::kReadWrite) const {
    auto store = Store::Open(path, mode);
    if (!store.ok()) {
      ADD_FAILURE() << store.status();
      return nullptr;
    }
    return std::move(*store);
  }
  std::string path;
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_STORE_TEST_RECORDS_H_
