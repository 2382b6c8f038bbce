// The store: opening, writing, replacing, grouping and the whole-article
// view, on hand-made records (query_test.cc has the questions).
#include "dyad/store.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "dyad/input.h"
#include "dyad/output.h"
#include "e2e/test_support.h"
#include "store/store_impl.h"
#include "store/test_records.h"

namespace dyad {
namespace {

using testing::Art;
using testing::Ev;
using testing::TempStore;

TEST(StoreTest, CreatesAndReopens) {
  TempStore t("reopen");
  {
    auto store = Store::Open(t.path, StoreMode::kReadWrite);
    ASSERT_TRUE(store.ok()) << store.status();
    std::vector<StoredArticle> batch = {Art("a1", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042")})};
    ASSERT_TRUE((*store)->Write(batch, nullptr).ok());
  }
  auto store = Store::Open(t.path, StoreMode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status();
  auto summary = (*store)->Summary();
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->articles, 1u);
  EXPECT_EQ(summary->events, 1u);
  EXPECT_EQ(summary->groups, 1u);
  EXPECT_GT(summary->bytes, 0u);
  EXPECT_TRUE((*store)->Check().ok());
  std::vector<StoredArticle> batch = {Art("a2", "2024-04-16", {})};
  EXPECT_EQ((*store)->Write(batch, nullptr).code(), absl::StatusCode::kFailedPrecondition);
}

TEST(StoreTest, OpenErrorsNameThePath) {
  TempStore missing("missing");
  auto none = Store::Open(missing.path, StoreMode::kReadOnly);
  EXPECT_EQ(none.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(std::string(none.status().message()).find(missing.path), std::string::npos);

  TempStore garbage("garbage");
  std::ofstream(garbage.path) << "this is not a database, just some text that goes on for a while\n";
  for (StoreMode mode : {StoreMode::kReadOnly, StoreMode::kReadWrite}) {
    auto bad = Store::Open(garbage.path, mode);
    EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument) << bad.status();
    EXPECT_NE(std::string(bad.status().message()).find("not a dyad store"), std::string::npos) << bad.status();
  }
  EXPECT_EQ(Store::Open(std::filesystem::temp_directory_path().string(), StoreMode::kReadWrite).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(StoreTest, ArticleRoundTripsWithSpansAndMentions) {
  TempStore t("roundtrip");
  auto store = t.Open();
  StoredArticle a = Art("a1", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042")});
  a.title = "A title";
  a.url = "https://example.org/a1";
  a.source = "Wire";
  StoredMention m;
  m.sentence = 0;
  m.begin = 0;
  m.end = 6;
  m.code = "CHNGOV";
  m.country = "CHN";
  m.role = "GOV";
  m.kind = "country";
  m.entry = "China";
  m.dict = "actors/countries.txt:12";
  a.mentions.push_back(m);
  StoredPlace place;
  place.name = "Pyongyang";
  place.country = "PRK";
  place.lat = 39.03;
  place.lon = 125.75;
  a.events[0].place = place;
  std::vector<StoredArticle> batch = {a};
  WriteStats stats;
  ASSERT_TRUE(store->Write(batch, &stats).ok());
  EXPECT_EQ(stats.added, 1u);
  EXPECT_EQ(stats.events, 1u);
  EXPECT_EQ(stats.mentions, 1u);

  auto got = store->GetArticle("a1");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->title, "A title");
  EXPECT_EQ(got->url, "https://example.org/a1");
  EXPECT_EQ(got->source, "Wire");
  EXPECT_EQ(got->text, a.text);
  EXPECT_EQ(got->date->ToString(), "2024-04-16");
  ASSERT_EQ(got->events.size(), 1u);
  const StoredEvent& e = got->events[0];
  EXPECT_EQ(e.Id(), "a1:0:0");
  EXPECT_EQ(e.source.text, "CHNGOV");  // the test texts name each actor by its code
  EXPECT_EQ(e.target.text, "PRKGOV");
  EXPECT_EQ(e.verb_text, "042");
  EXPECT_EQ(e.sentence_text, a.events[0].sentence_text);
  EXPECT_EQ(e.label, "label 042");
  EXPECT_EQ(e.quad_class, 1);
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->name, "Pyongyang");
  EXPECT_DOUBLE_EQ(*e.place->lat, 39.03);
  EXPECT_EQ(e.group.reports, 1u);
  ASSERT_EQ(got->mentions.size(), 1u);
  EXPECT_EQ(got->mentions[0].text, "CHNGOV");
  EXPECT_EQ(got->mentions[0].dict, "actors/countries.txt:12");

  std::string json;
  AppendStoredArticleJson(*got, &json);
  EXPECT_NE(json.find("\"location\":{\"name\":\"Pyongyang\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"sentence_span\":["), std::string::npos) << json;
  EXPECT_EQ(store->GetArticle("nope").status().code(), absl::StatusCode::kNotFound);
}

TEST(StoreTest, ReingestReplacesAndNeverDuplicates) {
  TempStore t("reingest");
  auto store = t.Open();
  std::vector<StoredArticle> first = {
      Art("a1", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042"), Ev("PRKGOV", "CHNGOV", "043")})};
  ASSERT_TRUE(store->Write(first, nullptr).ok());

  // The same content again: skipped.
  WriteStats same;
  std::vector<StoredArticle> again = first;
  ASSERT_TRUE(store->Write(again, &same).ok());
  EXPECT_EQ(same.unchanged, 1u);
  EXPECT_TRUE(again[0].unchanged);

  // New content under the same id: replaced.
  std::vector<StoredArticle> second = {Art("a1", "2024-04-17", {Ev("CHNGOV", "USAGOV", "111")})};
  WriteStats replaced;
  ASSERT_TRUE(store->Write(second, &replaced).ok());
  EXPECT_EQ(replaced.replaced, 1u);
  auto summary = store->Summary();
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->articles, 1u);
  EXPECT_EQ(summary->events, 1u);
  EXPECT_EQ(summary->groups, 1u);
  auto series = store->DyadSeries({.a = "CHNGOV", .b = "PRKGOV"});
  ASSERT_TRUE(series.ok());
  EXPECT_TRUE(series->empty()) << "the replaced events left the daily counts";
  auto hits = store->SearchArticles("042");
  ASSERT_TRUE(hits.ok());
  EXPECT_TRUE(hits->empty()) << "the old text left the full-text index";

  // Forced: replaced even when unchanged.
  WriteStats forced;
  ASSERT_TRUE(store->Write(second, &forced, /*force=*/true).ok());
  EXPECT_EQ(forced.replaced, 1u);
  EXPECT_EQ(store->Summary()->events, 1u);
  EXPECT_TRUE(store->Check().ok());
}

TEST(StoreTest, SameEventFromSeveralReportsIsOneGroup) {
  TempStore t("group");
  auto store = t.Open();
  std::vector<StoredArticle> batch = {
      // Two reports in one article, one in another: 3 reports, 2 articles.
      Art("a1", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042"), Ev("CHNGOV", "PRKGOV", "042", 1)}),
      Art("a2", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042")}),
      // Another code, another day, another direction: groups of their own.
      Art("a3", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "043"), Ev("PRKGOV", "CHNGOV", "042")}),
      Art("a4", "2024-04-17", {Ev("CHNGOV", "PRKGOV", "042")}),
  };
  ASSERT_TRUE(store->Write(batch, nullptr).ok());
  EventFilter dyad;
  dyad.source = "CHNGOV";
  dyad.target = "PRKGOV";
  auto counts = store->CountEvents(dyad);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->reports, 5u);
  EXPECT_EQ(counts->events, 3u);

  auto grouped = store->QueryEvents(dyad, {.sort = EventSort::kDateAsc, .mode = CountMode::kEvents});
  ASSERT_TRUE(grouped.ok());
  ASSERT_EQ(grouped->events.size(), 3u);
  const StoredEvent& first = grouped->events[0];
  EXPECT_EQ(first.article, "a1") << "a group is shown by its first report";
  EXPECT_EQ(first.cameo, "042");
  EXPECT_EQ(first.group.reports, 3u);
  EXPECT_EQ(first.group.articles, 2u);

  auto day = store->DyadSeries({.a = "CHNGOV", .b = "PRKGOV", .mode = CountMode::kEvents});
  ASSERT_TRUE(day.ok());
  ASSERT_EQ(day->size(), 2u);
  EXPECT_EQ((*day)[0].a_to_b.total, 2u);
  EXPECT_EQ((*day)[0].b_to_a.total, 1u);
  auto reports = store->DyadSeries({.a = "CHNGOV", .b = "PRKGOV", .mode = CountMode::kReports});
  ASSERT_TRUE(reports.ok());
  EXPECT_EQ((*reports)[0].a_to_b.total, 4u);

  // Taking a1 away leaves one report of the first group.
  ASSERT_TRUE(store->DeleteArticle("a1").ok());
  auto after = store->QueryEvents(dyad, {.sort = EventSort::kDateAsc, .mode = CountMode::kEvents});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->events.size(), 3u);
  EXPECT_EQ(after->events[0].article, "a2");
  EXPECT_EQ(after->events[0].group.reports, 1u);
  EXPECT_EQ(after->events[0].group.articles, 1u);
  EXPECT_EQ(store->DeleteArticle("a1").code(), absl::StatusCode::kNotFound);
}

TEST(StoreTest, FlaggedEventsAreStoredButNotCountedOrGrouped) {
  TempStore t("flagged");
  auto store = t.Open();
  StoredEvent negated = Ev("CHNGOV", "PRKGOV", "042");
  negated.negated = true;
  StoredEvent hedged = Ev("CHNGOV", "PRKGOV", "043", 1);
  hedged.modality = Modality::kHedged;
  StoredEvent past = Ev("CHNGOV", "PRKGOV", "190", 2);
  past.historical = true;
  std::vector<StoredArticle> batch = {
      Art("a1", "2024-04-16", {negated, hedged, past, Ev("CHNGOV", "PRKGOV", "111", 3)})};
  ASSERT_TRUE(store->Write(batch, nullptr).ok());
  EventFilter f;
  EXPECT_EQ(store->CountEvents(f)->reports, 1u);
  f.include_historical = true;
  EXPECT_EQ(store->CountEvents(f)->reports, 2u);
  f.include_flagged = true;
  auto all = store->CountEvents(f);
  EXPECT_EQ(all->reports, 4u);
  EXPECT_EQ(all->events, 1u) << "only counted events are grouped";
  f.include_historical = false;
  EXPECT_EQ(store->CountEvents(f)->reports, 3u);
  auto series = store->DyadSeries({.a = "CHNGOV", .b = "PRKGOV"});
  ASSERT_EQ(series->size(), 1u);
  EXPECT_EQ((*series)[0].both.total, 1u);
  EXPECT_EQ((*series)[0].both.quad[2], 1u);  // 111 is verbal conflict
}

TEST(StoreTest, TransactionRollbackKeepsNothing) {
  TempStore t("rollback");
  auto store = t.Open();
  ASSERT_TRUE(store->Begin().ok());
  std::vector<StoredArticle> batch = {Art("a1", "2024-04-16", {Ev("CHNGOV", "PRKGOV", "042")})};
  ASSERT_TRUE(store->Write(batch, nullptr).ok());
  // A reader does not see what is not committed.
  auto reader = Store::Open(t.path, StoreMode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->Summary()->articles, 0u);
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_EQ(store->Summary()->articles, 0u);
  EXPECT_EQ(store->Commit().code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Write(batch, nullptr).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ((*reader)->Summary()->articles, 1u);
}

TEST(StoreTest, DayNumbersRoundTrip) {
  EXPECT_EQ(store::DayNumber(Date{1970, 1, 1}), 0);
  EXPECT_EQ(store::DayNumber(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(store::DayNumber(Date{1969, 12, 31}), -1);
  for (int64_t d = -400000; d < 3000000; d += 37) {
    const Date date = store::DateFromDayNumber(d);
    ASSERT_EQ(store::DayNumber(date), d) << date.ToString();
    ASSERT_GE(date.month, 1);
    ASSERT_LE(date.day, DaysInMonth(date.year, date.month));
  }
}

TEST(StoreTest, SearchTextBecomesQuotedTerms) {
  struct Case {
    const char* text;
    const char* fts;
  };
  const Case cases[] = {
      {"uranium enrichment", "\"uranium\" AND \"enrichment\""},
      {"\"nuclear programme\" iran*", "\"nuclear programme\" AND \"iran\"*"},
      {"sanctions OR embargo talks", "(\"sanctions\" OR \"embargo\") AND \"talks\""},
      {"x'; DROP TABLE events; --", "\"x';\" AND \"DROP\" AND \"TABLE\" AND \"events;\""},
      {"NEAR(a b) NOT c", "\"NEAR(a\" AND \"b)\" AND \"NOT\" AND \"c\""},
      {"say \"\"hi", "\"say\" AND \"hi\""},
      {"a\tb\x01" "c", "\"a\" AND \"b\" AND \"c\""},
      {"\"x\ny\"", "\"x y\""},
      {"OR", ""},
      {"  -- ; ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(store::FtsQuery(c.text), c.fts) << c.text;
}

// The stored events of coded articles are those `dyad code --all` writes:
// same ids, codes, spans and sentences.
TEST(StoreTest, CodedArticlesMatchTheCodeOutput) {
  const Pipeline& pipeline = testing::SharedPipeline();
  auto coder = EventCoder::Load(pipeline.data_dir(), [](const Problem&) {});
  ASSERT_TRUE(coder.ok());
  std::vector<Article> articles;
  const std::string examples = std::string(std::getenv("DYAD_EXAMPLES_DIR")) + "/articles.jsonl";
  ASSERT_TRUE(ReadInputs({examples}, {}, [&](Article&& a) { articles.push_back(std::move(a)); return true; },
                         [](const Problem&) {}, nullptr)
                  .ok());
  TempStore t("coded");
  auto store = t.Open();
  std::vector<StoredArticle> batch;
  std::vector<std::string> expected;  // "id cameo source span sentence" of each event
  size_t events = 0;
  for (const Article& article : articles) {
    Analysis analysis;
    pipeline.Analyze(article, &analysis);
    std::vector<Event> found;
    (*coder)->Code(article, analysis, &found);
    uint32_t ordinal = 0, sentence = UINT32_MAX;
    for (const Event& e : found) {
      ordinal = e.sentence == sentence ? ordinal + 1 : 0;
      sentence = e.sentence;
      std::string line;
      AppendEventJson(article, analysis, e, ordinal, &line);
      expected.push_back(line);
    }
    events += found.size();
    batch.push_back(MakeStoredArticle(article, analysis, found));
  }
  ASSERT_GT(events, 20u);
  ASSERT_TRUE(store->Write(batch, nullptr).ok());
  size_t k = 0;
  for (const Article& article : articles) {
    auto got = store->GetArticle(article.id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->mentions.size(), batch[&article - &articles[0]].mentions.size());
    for (const StoredEvent& e : got->events) {
      ASSERT_LT(k, expected.size());
      const std::string& line = expected[k++];
      for (std::string field :
           {"\"id\":\"" + e.Id() + "\"", "\"cameo\":\"" + e.cameo + "\"",
            "\"source\":{\"code\":\"" + e.source.code + "\"",
            "\"span\":[" + std::to_string(e.source.begin) + "," + std::to_string(e.source.end) + "]",
            "\"verb\":{\"text\":\"" + e.verb_text + "\""}) {
        EXPECT_NE(line.find(field), std::string::npos) << field << "\n" << line;
      }
      std::string sentence;
      AppendJsonString(e.sentence_text, &sentence);
      EXPECT_NE(line.find("\"sentence_text\":" + sentence), std::string::npos) << line;
    }
  }
  EXPECT_EQ(k, expected.size());
}

}  // namespace
}  // namespace dyad
