// The store's questions: each event filter, dyad series by day, week and
// month, top actors and dyads, full-text search, hostile strings and bad
// arguments; and the pre-counted tables checked against a plain recount.
#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "dyad/store.h"
#include "store/test_records.h"

namespace dyad {
namespace {

using testing::Art;
using testing::Ev;
using testing::TempStore;

// A small store:
//   a1 2024-04-15 (Mon)  CHNGOV 042 PRKGOV, PRKGOV 043 CHNGOV
//   a2 2024-04-21 (Sun)  CHNGOV 042 PRKGOV
//   a3 2024-04-22 (Mon)  USAGOV 111 CHNGOV, CHNMIL 190 TWNMIL
//   a4 2024-05-02        USAMIL 195 IRNMIL (place Tehran, IRN), IGOUNO 036 IRNGOV
class StoreQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = temp_.Open();
    StoredEvent strike = Ev("USAMIL", "IRNMIL", "195");
    strike.place = StoredPlace{"Tehran", "IRN", 35.69, 51.39};
    StoredEvent un = Ev("IGOUNO", "IRNGOV", "036", 1);
    un.source.country = "";
    un.source.role = "";
    std::vector<StoredArticle> batch = {
        Art("a1", "2024-04-15", {Ev("CHNGOV", "PRKGOV", "042"), Ev("PRKGOV", "CHNGOV", "043")},
            "Officials held talks in Pyongyang about the enrichment of uranium."),
        Art("a2", "2024-04-21", {Ev("CHNGOV", "PRKGOV", "042")}, "A second visit to Pyongyang."),
        Art("a3", "2024-04-22", {Ev("USAGOV", "CHNGOV", "111"), Ev("CHNMIL", "TWNMIL", "190", 1)},
            "Washington criticised Beijing; sanctions were discussed."),
        Art("a4", "2024-05-02", {strike, un}, "Strikes near Tehran; the sanctioning body met."),
    };
    ASSERT_TRUE(store_->Write(batch, nullptr).ok());
  }

  // "SOURCE>TARGET" of each event a filter finds, sorted.
  std::vector<std::string> Find(const EventFilter& f) {
    auto page = store_->QueryEvents(f, {.limit = 0});
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> out;
    if (!page.ok()) return out;
    for (const StoredEvent& e : page->events) out.push_back(e.source.code + ">" + e.target.code);
    std::sort(out.begin(), out.end());
    return out;
  }

  TempStore temp_{"query"};
  std::unique_ptr<Store> store_;
};

using Found = std::vector<std::string>;

TEST_F(StoreQueryTest, ActorFilters) {
  EventFilter f;
  f.actor = "CHNGOV";
  EXPECT_EQ(Find(f), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV", "PRKGOV>CHNGOV", "USAGOV>CHNGOV"}));
  f.side = Side::kSource;
  EXPECT_EQ(Find(f), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV"}));
  f.side = Side::kTarget;
  EXPECT_EQ(Find(f), (Found{"PRKGOV>CHNGOV", "USAGOV>CHNGOV"}));

  EventFilter prefix;
  prefix.actor = "usa*";  // upper-cased
  EXPECT_EQ(Find(prefix), (Found{"USAGOV>CHNGOV", "USAMIL>IRNMIL"}));

  EventFilter country;
  country.country = "CHN";
  country.role = "MIL";
  EXPECT_EQ(Find(country), (Found{"CHNMIL>TWNMIL"}));
  country.role = "";
  country.side = Side::kTarget;
  EXPECT_EQ(Find(country), (Found{"PRKGOV>CHNGOV", "USAGOV>CHNGOV"}));

  EventFilter role;
  role.role = "MIL";
  EXPECT_EQ(Find(role), (Found{"CHNMIL>TWNMIL", "USAMIL>IRNMIL"}));
}

TEST_F(StoreQueryTest, DyadFilters) {
  EventFilter f;
  f.source = "CHNGOV";
  f.target = "PRKGOV";
  EXPECT_EQ(Find(f), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV"}));
  f.both_directions = true;
  EXPECT_EQ(Find(f), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV", "PRKGOV>CHNGOV"}));
  EventFilter to_china;
  to_china.target = "CHN*";
  EXPECT_EQ(Find(to_china), (Found{"PRKGOV>CHNGOV", "USAGOV>CHNGOV"}));
}

TEST_F(StoreQueryTest, CodeQuadDatePlaceTextAndArticleFilters) {
  EventFilter cameo;
  cameo.cameo = {"042", "111"};
  EXPECT_EQ(Find(cameo), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV", "USAGOV>CHNGOV"}));
  EventFilter root;
  root.root = {"19"};
  EXPECT_EQ(Find(root), (Found{"CHNMIL>TWNMIL", "USAMIL>IRNMIL"}));
  root.root = {"03", "04"};
  EXPECT_EQ(Find(root).size(), 4u);
  EventFilter quad;
  quad.quad_class = 4;
  EXPECT_EQ(Find(quad), (Found{"CHNMIL>TWNMIL", "USAMIL>IRNMIL"}));

  EventFilter dates;
  dates.from = Date{2024, 4, 21};
  dates.to = Date{2024, 4, 22};
  EXPECT_EQ(Find(dates), (Found{"CHNGOV>PRKGOV", "CHNMIL>TWNMIL", "USAGOV>CHNGOV"}));

  EventFilter place;
  place.place = "tehran";
  EXPECT_EQ(Find(place), (Found{"USAMIL>IRNMIL"}));
  place.place = "";
  place.place_country = "IRN";
  EXPECT_EQ(Find(place), (Found{"USAMIL>IRNMIL"}));

  EventFilter text;
  text.text = "pyongyang";
  EXPECT_EQ(Find(text), (Found{"CHNGOV>PRKGOV", "CHNGOV>PRKGOV", "PRKGOV>CHNGOV"}));
  text.text = "sanction";  // stemmed: finds "sanctions" and "sanctioning"
  EXPECT_EQ(Find(text), (Found{"CHNMIL>TWNMIL", "IGOUNO>IRNGOV", "USAGOV>CHNGOV", "USAMIL>IRNMIL"}));
  text.actor = "USA*";
  EXPECT_EQ(Find(text), (Found{"USAGOV>CHNGOV", "USAMIL>IRNMIL"}));

  EventFilter article;
  article.article = "a3";
  EXPECT_EQ(Find(article), (Found{"CHNMIL>TWNMIL", "USAGOV>CHNGOV"}));
}

TEST_F(StoreQueryTest, SortsAndPages) {
  EventFilter all;
  auto newest = store_->QueryEvents(all, {.limit = 2});
  ASSERT_TRUE(newest.ok());
  ASSERT_EQ(newest->events.size(), 2u);
  EXPECT_EQ(newest->events[0].article, "a4");
  EXPECT_EQ(newest->events[0].cameo, "036") << "same date: the last written first";
  auto next = store_->QueryEvents(all, {.limit = 2, .offset = 2});
  EXPECT_EQ(next->events[0].article, "a3");
  auto oldest = store_->QueryEvents(all, {.limit = 1, .sort = EventSort::kDateAsc});
  EXPECT_EQ(oldest->events[0].article, "a1");
  auto conflict = store_->QueryEvents(all, {.limit = 1, .sort = EventSort::kGoldsteinAsc});
  EXPECT_DOUBLE_EQ(conflict->events[0].goldstein, -10.0);
  auto cooperation = store_->QueryEvents(all, {.limit = 1, .sort = EventSort::kGoldsteinDesc});
  EXPECT_EQ(cooperation->events[0].cameo, "036");
  auto past = store_->QueryEvents(all, {.limit = 5, .offset = 100});
  EXPECT_TRUE(past->events.empty());
}

TEST_F(StoreQueryTest, SeriesByDayWeekAndMonth) {
  auto day = store_->DyadSeries({.a = "CHNGOV", .b = "PRKGOV"});
  ASSERT_TRUE(day.ok()) << day.status();
  ASSERT_EQ(day->size(), 7u) << "2024-04-15 to 2024-04-21, empty days included";
  EXPECT_EQ((*day)[0].start.ToString(), "2024-04-15");
  EXPECT_EQ((*day)[0].a_to_b.total, 1u);
  EXPECT_EQ((*day)[0].b_to_a.total, 1u);
  EXPECT_EQ((*day)[0].both.quad[0], 2u);
  EXPECT_NEAR((*day)[0].both.goldstein_total, 4.7, 1e-9);
  EXPECT_NEAR((*day)[0].both.goldstein_mean, 2.35, 1e-9);
  EXPECT_EQ((*day)[1].both.total, 0u);
  EXPECT_EQ((*day)[6].both.total, 1u);

  // 2024-04-15 is a Monday; 2024-04-21 the Sunday of the same week.
  auto week = store_->DyadSeries({.a = "PRKGOV", .b = "CHNGOV", .bucket = Bucket::kWeek});
  ASSERT_TRUE(week.ok());
  ASSERT_EQ(week->size(), 1u);
  EXPECT_EQ((*week)[0].start.ToString(), "2024-04-15");
  EXPECT_EQ((*week)[0].b_to_a.total, 2u) << "a is PRKGOV here";
  EXPECT_EQ((*week)[0].a_to_b.total, 1u);

  auto month = store_->DyadSeries({.a = "CHNGOV",
                                   .b = "PRKGOV",
                                   .bucket = Bucket::kMonth,
                                   .from = Date{2024, 3, 10},
                                   .to = Date{2024, 5, 31}});
  ASSERT_TRUE(month.ok());
  ASSERT_EQ(month->size(), 3u);
  EXPECT_EQ((*month)[0].start.ToString(), "2024-03-01");
  EXPECT_EQ((*month)[1].start.ToString(), "2024-04-01");
  EXPECT_EQ((*month)[1].both.total, 3u);
  EXPECT_EQ((*month)[2].both.total, 0u);

  auto cut = store_->DyadSeries({.a = "CHNGOV", .b = "PRKGOV", .from = Date{2024, 4, 16}, .to = Date{2024, 4, 21}});
  ASSERT_TRUE(cut.ok());
  ASSERT_EQ(cut->size(), 6u);
  EXPECT_EQ(cut->back().both.total, 1u);

  auto none = store_->DyadSeries({.a = "CHNGOV", .b = "USAMIL"});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(StoreQueryTest, SeriesWeeksAcrossYearsAndMonthsAcrossLeapDays) {
  std::vector<StoredArticle> batch = {
      Art("w1", "2020-12-31", {Ev("RUSGOV", "UKRGOV", "111")}),  // Thursday: week of 2020-12-28
      Art("w2", "2021-01-03", {Ev("RUSGOV", "UKRGOV", "111")}),  // Sunday, same week
      Art("w3", "2021-01-04", {Ev("UKRGOV", "RUSGOV", "111")}),  // Monday: next week
      Art("w4", "2024-02-29", {Ev("UKRGOV", "RUSGOV", "190")}),
  };
  ASSERT_TRUE(store_->Write(batch, nullptr).ok());
  auto week = store_->DyadSeries({.a = "RUSGOV", .b = "UKRGOV", .bucket = Bucket::kWeek, .to = Date{2021, 1, 10}});
  ASSERT_TRUE(week.ok());
  ASSERT_EQ(week->size(), 2u);
  EXPECT_EQ((*week)[0].start.ToString(), "2020-12-28");
  EXPECT_EQ((*week)[0].a_to_b.total, 2u);
  EXPECT_EQ((*week)[1].start.ToString(), "2021-01-04");
  EXPECT_EQ((*week)[1].b_to_a.total, 1u);
  auto month = store_->DyadSeries({.a = "RUSGOV", .b = "UKRGOV", .bucket = Bucket::kMonth});
  ASSERT_TRUE(month.ok());
  EXPECT_EQ(month->size(), 39u);  // 2020-12 .. 2024-02
  EXPECT_EQ(month->back().start.ToString(), "2024-02-01");
  EXPECT_EQ(month->back().both.quad[3], 1u);
}

TEST_F(StoreQueryTest, TopActorsAndDyads) {
  auto actors = store_->TopActors({});
  ASSERT_TRUE(actors.ok()) << actors.status();
  ASSERT_GE(actors->size(), 3u);
  EXPECT_EQ((*actors)[0].code, "CHNGOV");
  EXPECT_EQ((*actors)[0].count, 4u);
  EXPECT_EQ((*actors)[1].code, "PRKGOV");
  EXPECT_EQ((*actors)[1].count, 3u);

  auto sources = store_->TopActors({.side = Side::kSource, .limit = 1});
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].code, "CHNGOV");
  EXPECT_EQ((*sources)[0].count, 2u);

  auto april = store_->TopActors({.from = Date{2024, 4, 22}, .to = Date{2024, 4, 30}});
  ASSERT_EQ(april->size(), 4u);  // CHNGOV, CHNMIL, TWNMIL, USAGOV: one each, by code
  EXPECT_EQ((*april)[0].code, "CHNGOV");
  EXPECT_EQ((*april)[3].code, "USAGOV");

  auto dyads = store_->TopDyads({});
  ASSERT_TRUE(dyads.ok()) << dyads.status();
  EXPECT_EQ((*dyads)[0].a, "CHNGOV");
  EXPECT_EQ((*dyads)[0].b, "PRKGOV");
  EXPECT_EQ((*dyads)[0].count, 3u);
  EXPECT_EQ((*dyads)[0].a_to_b, 2u);
  EXPECT_EQ((*dyads)[0].b_to_a, 1u);

  auto directed = store_->TopDyads({.directed = true, .limit = 2});
  ASSERT_EQ(directed->size(), 2u);
  EXPECT_EQ((*directed)[0].count, 2u);
  EXPECT_EQ((*directed)[1].a, "CHNMIL");

  auto partners = store_->TopDyads({.actor = "CHNGOV"});
  ASSERT_EQ(partners->size(), 2u);
  EXPECT_EQ((*partners)[0].a, "CHNGOV");
  EXPECT_EQ((*partners)[0].b, "PRKGOV");
  EXPECT_EQ((*partners)[1].b, "USAGOV");
  EXPECT_EQ((*partners)[1].a_to_b, 0u);
  EXPECT_EQ((*partners)[1].b_to_a, 1u);

  auto conflict = store_->TopDyads({.quad_class = 4});
  ASSERT_EQ(conflict->size(), 2u);
  EXPECT_DOUBLE_EQ((*conflict)[0].goldstein_mean, -10.0);

  auto reports = store_->TopActors({.mode = CountMode::kReports, .limit = 1});
  EXPECT_EQ((*reports)[0].count, 4u);
}

TEST_F(StoreQueryTest, FullTextSearch) {
  auto hits = store_->SearchArticles("uranium enrichment");
  ASSERT_TRUE(hits.ok()) << hits.status();
  ASSERT_EQ(hits->size(), 1u);
  const ArticleHit& h = (*hits)[0];
  EXPECT_EQ(h.id, "a1");
  EXPECT_EQ(h.events, 2u);
  ASSERT_EQ(h.highlights.size(), 2u);
  for (auto [begin, end] : h.highlights) {
    const std::string word = h.snippet.substr(begin, end - begin);
    EXPECT_TRUE(word == "uranium" || word == "enrichment") << word;
  }
  EXPECT_EQ(store_->SearchArticles("\"visit to Pyongyang\"")->size(), 1u);
  EXPECT_EQ(store_->SearchArticles("Pyongyang")->size(), 2u);
  EXPECT_EQ(store_->SearchArticles("Pyong*")->size(), 2u);
  EXPECT_EQ(store_->SearchArticles("Tehran OR Washington")->size(), 2u);
  EXPECT_EQ(store_->SearchArticles("sanction")->size(), 2u);
  EXPECT_EQ(store_->SearchArticles("Pyongyang", 1, 1)->size(), 1u);
  EXPECT_EQ(store_->SearchArticles("nothing-like-this")->size(), 0u);
  EXPECT_EQ(store_->SearchArticles(" -- ").status().code(), absl::StatusCode::kInvalidArgument);
}

// Strings an attacker might send: each is bound as a value or refused as
// a bad argument, and the store is the same afterwards.
TEST_F(StoreQueryTest, InjectionStringsAreHarmless) {
  const std::string hostile[] = {
      "'; DROP TABLE events; --",
      "\" OR 1=1 --",
      "x') OR ('1'='1",
      "CHNGOV' UNION SELECT * FROM articles --",
      "*",
      "%",
      "_",
      "NEAR(a b)",
      "a\" OR \"b",
      std::string("nul\0byte", 8),
      "-1; DELETE FROM articles",
      "\\",
      "text:pyongyang",
      "') ; ATTACH DATABASE '/tmp/x.db' AS x; --",
  };
  auto before = store_->Summary();
  ASSERT_TRUE(before.ok());
  for (const std::string& s : hostile) {
    EventFilter fields[10];
    fields[0].actor = s;
    fields[1].country = s;
    fields[2].role = s;
    fields[3].source = s;
    fields[4].target = s;
    fields[5].place = s;
    fields[6].place_country = s;
    fields[7].text = s;
    fields[8].article = s;
    fields[9].cameo = {s};
    for (const EventFilter& f : fields) {
      auto page = store_->QueryEvents(f, {.limit = 0});
      if (page.ok()) {
        // Only a text search may match, and only as words.
        for (const StoredEvent& e : page->events) EXPECT_FALSE(f.text.empty()) << s << " " << e.Id();
      } else {
        EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument) << s << ": " << page.status();
      }
      auto counts = store_->CountEvents(f);
      EXPECT_TRUE(counts.ok() || counts.status().code() == absl::StatusCode::kInvalidArgument) << counts.status();
    }
    auto search = store_->SearchArticles(s);
    EXPECT_TRUE(search.ok() || search.status().code() == absl::StatusCode::kInvalidArgument) << search.status();
    EXPECT_EQ(store_->GetArticle(s).status().code(), absl::StatusCode::kNotFound) << s;
    auto series = store_->DyadSeries({.a = s, .b = "CHNGOV"});
    EXPECT_EQ(series.status().code(), absl::StatusCode::kInvalidArgument) << s;
    auto partners = store_->TopDyads({.actor = s});
    EXPECT_EQ(partners.status().code(), absl::StatusCode::kInvalidArgument) << s;
  }
  auto after = store_->Summary();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->articles, before->articles);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->groups, before->groups);
  EXPECT_TRUE(store_->Check().ok());
  EXPECT_FALSE(std::filesystem::exists("/tmp/x.db"));
}

TEST_F(StoreQueryTest, BadArgumentsSayWhatIsWrong) {
  struct Case {
    EventFilter filter;
    const char* message;
  };
  std::vector<Case> cases(8);
  cases[0].filter.quad_class = 5;
  cases[0].message = "bad quad class 5";
  cases[1].filter.root = {"21"};
  cases[1].message = "bad CAMEO root \"21\"";
  cases[2].filter.cameo = {"04"};
  cases[2].message = "--root 04";
  cases[3].filter.from = Date{2024, 5, 1};
  cases[3].filter.to = Date{2024, 4, 1};
  cases[3].message = "from 2024-05-01 is after to 2024-04-01";
  cases[4].filter.country = "CHINA";
  cases[4].message = "bad country \"CHINA\"";
  cases[5].filter.actor = "CHN GOV";
  cases[5].message = "bad actor code \"CHN GOV\"";
  cases[6].filter.text = "   ";
  cases[6].message = "no word to search for";
  cases[7].filter.role = "G";
  cases[7].message = "bad role \"G\"";
  for (const Case& c : cases) {
    auto page = store_->QueryEvents(c.filter);
    EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument) << c.message;
    EXPECT_NE(std::string(page.status().message()).find(c.message), std::string::npos) << page.status();
  }
  auto series = store_->DyadSeries({.a = "CHNGOV", .b = "PRKGOV", .from = Date{1000, 1, 1}, .to = Date{9999, 1, 1}});
  EXPECT_EQ(series.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(series.status().message()).find("too many days"), std::string::npos) << series.status();
  EXPECT_EQ(store_->DyadSeries({.a = "", .b = "PRKGOV"}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->DyadSeries({.a = "CHN*", .b = "PRKGOV"}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->TopActors({.limit = 0}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->TopDyads({.quad_class = -1}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseBucket("year").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(ParseBucket("year").status().message()).find("day, week or month"), std::string::npos);
  EXPECT_EQ(ParseCountMode("all").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseSide("left").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseEventSort("size").status().code(), absl::StatusCode::kInvalidArgument);
}

// The grouped and daily tables are kept up to date by each write and
// delete; after many random ones they must equal a plain recount of the
// stored events.
TEST(StoreConsistencyTest, PrecountedTablesEqualARecount) {
  TempStore temp("recount");
  auto store = temp.Open();
  const std::vector<std::string> actors = {"CHNGOV", "PRKGOV", "USAGOV", "RUSMIL", "IGOUNO"};
  const std::vector<std::string> codes = {"042", "043", "111", "190", "057", "036"};
  std::mt19937 random(7);
  auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
  std::set<std::string> ids;
  for (int round = 0; round < 60; ++round) {
    std::vector<StoredArticle> batch;
    for (int k = 0; k < 8; ++k) {
      const std::string id = "r" + std::to_string(pick(120));
      std::vector<StoredEvent> events;
      const size_t n = pick(5);
      for (size_t i = 0; i < n; ++i) {
        StoredEvent e = Ev(actors[pick(actors.size())], actors[pick(actors.size())], codes[pick(codes.size())],
                           static_cast<uint32_t>(pick(3)));
        if (pick(10) == 0) e.negated = true;
        if (pick(10) == 0) e.date = Date{2024, 1, 1 + static_cast<int>(pick(28))};
        events.push_back(std::move(e));
      }
      std::sort(events.begin(), events.end(),
                [](const StoredEvent& a, const StoredEvent& b) { return a.sentence < b.sentence; });
      batch.push_back(Art(id, "2024-01-" + std::string(pick(2) ? "0" : "1") + std::to_string(1 + pick(9)),
                          std::move(events), "round " + std::to_string(round)));
      ids.insert(id);
    }
    ASSERT_TRUE(store->Write(batch, nullptr).ok());
    if (pick(3) == 0) {
      const std::string victim = *std::next(ids.begin(), static_cast<long>(pick(ids.size())));
      ASSERT_TRUE(store->DeleteArticle(victim).ok());
      ids.erase(victim);
    }
  }
  auto all = store->QueryEvents({}, {.limit = 0});
  ASSERT_TRUE(all.ok());
  ASSERT_GT(all->events.size(), 100u);
  // Recount: per group key the reports and articles; per dyad and day the events.
  struct Group {
    uint32_t reports = 0;
    std::set<std::string> articles;
  };
  std::map<std::string, Group> groups;
  std::map<std::pair<std::string, std::string>, uint64_t> dyad_events, dyad_reports;
  for (const StoredEvent& e : all->events) {
    Group& g = groups[e.source.code + "|" + e.target.code + "|" + e.date->ToString() + "|" + e.cameo];
    ++g.reports;
    g.articles.insert(e.article);
    ++dyad_reports[{e.source.code, e.target.code}];
  }
  for (const auto& [key, g] : groups) {
    const size_t bar = key.find('|');
    ++dyad_events[{key.substr(0, bar), key.substr(bar + 1, key.find('|', bar + 1) - bar - 1)}];
  }
  for (const StoredEvent& e : all->events) {
    const Group& g = groups[e.source.code + "|" + e.target.code + "|" + e.date->ToString() + "|" + e.cameo];
    ASSERT_EQ(e.group.reports, g.reports) << e.Id();
    ASSERT_EQ(e.group.articles, g.articles.size()) << e.Id();
  }
  EXPECT_EQ(store->CountEvents({})->events, groups.size());
  for (const std::string& a : actors) {
    for (const std::string& b : actors) {
      if (a >= b) continue;
      for (CountMode mode : {CountMode::kEvents, CountMode::kReports}) {
        auto series = store->DyadSeries({.a = a, .b = b, .bucket = Bucket::kMonth, .mode = mode});
        ASSERT_TRUE(series.ok());
        uint64_t ab = 0, ba = 0;
        for (const SeriesPoint& p : *series) {
          ab += p.a_to_b.total;
          ba += p.b_to_a.total;
        }
        auto& expected = mode == CountMode::kEvents ? dyad_events : dyad_reports;
        EXPECT_EQ(ab, expected[std::make_pair(a, b)]) << a << " " << b << " " << CountModeName(mode);
        EXPECT_EQ(ba, expected[std::make_pair(b, a)]) << b << " " << a << " " << CountModeName(mode);
      }
    }
  }
  EXPECT_TRUE(store->Check().ok());
}

}  // namespace
}  // namespace dyad
