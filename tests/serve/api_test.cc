// The API's answers without a socket (HandleRequest on a small store): the
// values of every route, each kind of bad parameter, hostile strings in
// every string parameter, the country table and the static files with
// every way out of the web folder.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "dyad/serve.h"
#include "serve/serve_test_store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing::TempStore;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempStore("serve_api");
    {
      auto writer = temp_->Open(StoreMode::kReadWrite);
      ASSERT_NE(writer, nullptr);
      testing::FillServeTestStore(*writer);
    }
    auto table = ParseCountryTable(testing::kTestIsoJson);
    ASSERT_TRUE(table.ok()) << table.status();
    countries_ = new CountryTable(std::move(*table));
  }
  static void TearDownTestSuite() {
    delete temp_;
    delete countries_;
  }
  void SetUp() override {
    store_ = temp_->Open(StoreMode::kReadOnly);
    ASSERT_NE(store_, nullptr);
    context_.countries = countries_;
  }

  HttpReply Get(const std::string& path, QueryParams params = {}) {
    return HandleRequest({.method = "GET", .path = path, .params = std::move(params)}, store_.get(), context_);
  }

  // The answer parsed; fails the test unless the status is `status` and
  // the body JSON.
  simdjson::dom::element Json(const std::string& path, QueryParams params, int status = 200) {
    last_ = Get(path, std::move(params));
    EXPECT_EQ(last_.status, status) << path << ": " << last_.body;
    EXPECT_EQ(last_.content_type, "application/json; charset=utf-8");
    simdjson::dom::element root;
    auto error = parser_.parse(last_.body).get(root);
    EXPECT_EQ(error, simdjson::SUCCESS) << last_.body;
    return root;
  }

  // The error message of a 400 answer.
  std::string Error400(const std::string& path, QueryParams params) {
    simdjson::dom::element root = Json(path, std::move(params), 400);
    std::string_view message;
    if (root["error"].get(message) != simdjson::SUCCESS) return "(no error field) " + last_.body;
    return std::string(message);
  }

  static TempStore* temp_;
  static CountryTable* countries_;
  std::unique_ptr<Store> store_;
  ServeContext context_;
  simdjson::dom::parser parser_;
  HttpReply last_;
};

TempStore* ApiTest::temp_ = nullptr;
CountryTable* ApiTest::countries_ = nullptr;

int64_t IntAt(simdjson::dom::element e, std::string_view pointer) {
  int64_t v = -1;
  EXPECT_EQ(e.at_pointer(pointer).get(v), simdjson::SUCCESS) << pointer;
  return v;
}
std::string TextAt(simdjson::dom::element e, std::string_view pointer) {
  std::string_view v;
  EXPECT_EQ(e.at_pointer(pointer).get(v), simdjson::SUCCESS) << pointer;
  return std::string(v);
}
size_t SizeAt(simdjson::dom::element e, std::string_view pointer) {
  simdjson::dom::array a;
  EXPECT_EQ(e.at_pointer(pointer).get(a), simdjson::SUCCESS) << pointer;
  return a.size();
}

TEST_F(ApiTest, Summary) {
  auto s = Json("/api/summary", {});
  EXPECT_EQ(IntAt(s, "/articles"), 7);
  EXPECT_EQ(IntAt(s, "/events"), 12);
  EXPECT_EQ(IntAt(s, "/counted"), 11);
  EXPECT_EQ(TextAt(s, "/first"), "2024-03-01");
  EXPECT_EQ(TextAt(s, "/last"), "2024-06-01");
}

TEST_F(ApiTest, EventsOfADyadNewestFirstWithTotals) {
  auto e = Json("/api/events", {{"dyad", "CHNGOV,PRKGOV"}});
  EXPECT_EQ(IntAt(e, "/total/reports"), 5);
  EXPECT_EQ(IntAt(e, "/total/events"), 5);
  EXPECT_EQ(IntAt(e, "/limit"), 50);
  ASSERT_EQ(SizeAt(e, "/events"), 5u);
  EXPECT_EQ(TextAt(e, "/events/0/article"), "a5");
  EXPECT_EQ(TextAt(e, "/events/0/date"), "2024-06-01");
  EXPECT_EQ(TextAt(e, "/events/4/article"), "a6");
  // The spans point into the article text; the sentence comes along.
  EXPECT_EQ(TextAt(e, "/events/0/source/code"), "PRKGOV");
  EXPECT_EQ(TextAt(e, "/events/0/sentence_text"), "PRKGOV 043 CHNGOV.");

  auto page = Json("/api/events", {{"dyad", "chngov,prkgov"}, {"limit", "2"}, {"offset", "1"}, {"sort", "date"}});
  EXPECT_EQ(IntAt(page, "/total/reports"), 5);
  ASSERT_EQ(SizeAt(page, "/events"), 2u);
  EXPECT_EQ(TextAt(page, "/events/0/article"), "a1");
  EXPECT_EQ(IntAt(page, "/offset"), 1);

  // all=1 adds the negated report of a7.
  auto all = Json("/api/events", {{"dyad", "CHNGOV,PRKGOV"}, {"all", "true"}});
  EXPECT_EQ(IntAt(all, "/total/reports"), 6);
  EXPECT_EQ(TextAt(all, "/events/0/article"), "a7");
}

TEST_F(ApiTest, EventFilters) {
  auto root = Json("/api/events", {{"root", "18,19,20"}});
  ASSERT_EQ(SizeAt(root, "/events"), 2u);  // 195 of a4, 190 of a3
  EXPECT_EQ(TextAt(root, "/events/0/target/code"), "IRNMIL");
  EXPECT_EQ(TextAt(root, "/events/1/target/code"), "TWNMIL");
  auto none = Json("/api/events", {{"root", "18,20"}});
  EXPECT_EQ(SizeAt(none, "/events"), 0u);
  auto quad = Json("/api/events", {{"quad", "4"}});
  EXPECT_EQ(IntAt(quad, "/total/reports"), 2);
  auto source = Json("/api/events", {{"source", "USA*"}, {"from", "2024-04-01"}, {"to", "2024-04-30"}});
  ASSERT_EQ(SizeAt(source, "/events"), 1u);
  EXPECT_EQ(TextAt(source, "/events/0/article"), "a3");
  auto country = Json("/api/events", {{"country", "IRN"}, {"side", "target"}});
  EXPECT_EQ(IntAt(country, "/total/reports"), 2);
  auto text = Json("/api/events", {{"text", "sanctions"}});
  EXPECT_EQ(IntAt(text, "/total/reports"), 4);  // a3 and a4, two each
  auto article = Json("/api/events", {{"article", "a5"}, {"cameo", "111"}});
  ASSERT_EQ(SizeAt(article, "/events"), 1u);
  EXPECT_EQ(TextAt(article, "/events/0/target/code"), "USAGOV");
  auto grouped = Json("/api/events", {{"actor", "CHNGOV"}, {"mode", "events"}});
  EXPECT_EQ(IntAt(grouped, "/total/events"), 8);
}

TEST_F(ApiTest, SeriesByMonthWithEmptyBuckets) {
  auto s = Json("/api/series", {{"a", "CHNGOV"}, {"b", "PRKGOV"}});
  EXPECT_EQ(TextAt(s, "/bucket"), "month");
  EXPECT_EQ(TextAt(s, "/mode"), "events");
  ASSERT_EQ(SizeAt(s, "/points"), 4u);
  EXPECT_EQ(TextAt(s, "/points/0/bucket"), "2024-03-01");
  EXPECT_EQ(IntAt(s, "/points/0/a_to_b/total"), 1);
  EXPECT_EQ(IntAt(s, "/points/1/a_to_b/total"), 2);
  EXPECT_EQ(IntAt(s, "/points/1/b_to_a/total"), 1);
  EXPECT_EQ(IntAt(s, "/points/1/both/q1"), 3);
  EXPECT_EQ(IntAt(s, "/points/2/both/total"), 0);
  EXPECT_EQ(IntAt(s, "/points/3/b_to_a/total"), 1);
  double mean = 0;
  ASSERT_EQ(s.at_pointer("/points/1/both/goldstein_mean").get(mean), simdjson::SUCCESS);
  EXPECT_NEAR(mean, (1.9 + 1.9 + 2.8) / 3, 0.001);

  auto days = Json("/api/series", {{"a", "CHNGOV"}, {"b", "PRKGOV"}, {"bucket", "day"},
                                   {"from", "2024-04-15"}, {"to", "2024-04-21"}, {"mode", "reports"}});
  ASSERT_EQ(SizeAt(days, "/points"), 7u);
  EXPECT_EQ(IntAt(days, "/points/0/both/total"), 2);
  EXPECT_EQ(IntAt(days, "/points/6/a_to_b/total"), 1);
}

TEST_F(ApiTest, TopActorsDyadsAndNetwork) {
  auto actors = Json("/api/top-actors", {{"limit", "2"}});
  ASSERT_EQ(SizeAt(actors, "/actors"), 2u);
  EXPECT_EQ(TextAt(actors, "/actors/0/code"), "CHNGOV");
  EXPECT_EQ(IntAt(actors, "/actors/0/count"), 8);
  EXPECT_EQ(TextAt(actors, "/actors/1/code"), "PRKGOV");
  EXPECT_EQ(IntAt(actors, "/actors/1/count"), 5);
  auto sources = Json("/api/top-actors", {{"side", "source"}, {"quad", "3"}});
  ASSERT_EQ(SizeAt(sources, "/actors"), 2u);  // USAGOV and CHNGOV, one 111 each

  auto dyads = Json("/api/top-dyads", {{"limit", "1"}});
  EXPECT_EQ(TextAt(dyads, "/dyads/0/a"), "CHNGOV");
  EXPECT_EQ(TextAt(dyads, "/dyads/0/b"), "PRKGOV");
  EXPECT_EQ(IntAt(dyads, "/dyads/0/count"), 5);
  EXPECT_EQ(IntAt(dyads, "/dyads/0/a_to_b"), 3);
  EXPECT_EQ(IntAt(dyads, "/dyads/0/b_to_a"), 2);
  auto partners = Json("/api/top-dyads", {{"actor", "USAGOV"}, {"directed", "0"}});
  ASSERT_EQ(SizeAt(partners, "/dyads"), 1u);
  EXPECT_EQ(TextAt(partners, "/dyads/0/b"), "CHNGOV");
  EXPECT_EQ(IntAt(partners, "/dyads/0/count"), 3);

  auto net = Json("/api/network", {{"limit", "2"}});
  ASSERT_EQ(SizeAt(net, "/edges"), 2u);
  ASSERT_EQ(SizeAt(net, "/nodes"), 3u);
  EXPECT_EQ(TextAt(net, "/nodes/0/code"), "CHNGOV");
  EXPECT_EQ(IntAt(net, "/nodes/0/count"), 8);  // 5 with PRKGOV + 3 with USAGOV
  EXPECT_EQ(IntAt(net, "/nodes/1/count"), 5);
}

TEST_F(ApiTest, CountriesCountEachCountryOncePerEvent) {
  auto c = Json("/api/countries", {});
  std::map<std::string, int64_t> counts;
  simdjson::dom::array list;
  ASSERT_EQ(c["countries"].get(list), simdjson::SUCCESS);
  for (simdjson::dom::element e : list) counts[TextAt(e, "/country")] = IntAt(e, "/count");
  EXPECT_EQ(counts, (std::map<std::string, int64_t>{{"CHN", 9}, {"PRK", 5}, {"USA", 4}, {"IRN", 2}, {"TWN", 1}}));
  EXPECT_EQ(TextAt(c, "/countries/0/country"), "CHN");
  EXPECT_EQ(TextAt(c, "/countries/0/numeric"), "156");
  EXPECT_EQ(TextAt(c, "/countries/0/name"), "China");
  // TWN is not in the test's table: null numeric and name.
  EXPECT_NE(last_.body.find(R"({"country":"TWN","numeric":null,"name":null,"count":1)"), std::string::npos)
      << last_.body;
  auto conflict = Json("/api/countries", {{"quad", "4"}});
  EXPECT_EQ(SizeAt(conflict, "/countries"), 4u);  // 190: CHN, TWN; 195: USA, IRN
}

TEST_F(ApiTest, SearchArticleAndRelated) {
  auto hits = Json("/api/search", {{"q", "sanctions"}});
  ASSERT_EQ(SizeAt(hits, "/articles"), 2u);
  std::set<std::string> ids = {TextAt(hits, "/articles/0/id"), TextAt(hits, "/articles/1/id")};
  EXPECT_EQ(ids, (std::set<std::string>{"a3", "a4"}));

  auto a1 = Json("/api/article", {{"id", "a1"}});
  EXPECT_EQ(TextAt(a1, "/id"), "a1");
  EXPECT_EQ(SizeAt(a1, "/events"), 2u);
  // Articles with CHNGOV-PRKGOV, newest first; a7's event is negated.
  ASSERT_EQ(SizeAt(a1, "/related"), 3u);
  EXPECT_EQ(TextAt(a1, "/related/0/id"), "a5");
  EXPECT_EQ(TextAt(a1, "/related/1/id"), "a2");
  EXPECT_EQ(TextAt(a1, "/related/2/id"), "a6");
  EXPECT_EQ(IntAt(a1, "/related/0/shared"), 1);

  auto a5 = Json("/api/article", {{"id", "a5"}});
  ASSERT_EQ(SizeAt(a5, "/related"), 4u);
  EXPECT_EQ(TextAt(a5, "/related/0/id"), "a3");
  EXPECT_EQ(TextAt(a5, "/related/3/id"), "a6");
  EXPECT_EQ(IntAt(a5, "/related/3/shared"), 2);  // CHNGOV-PRKGOV and CHNGOV-USAGOV

  auto missing = Json("/api/article", {{"id", "nope"}}, 404);
  EXPECT_NE(last_.body.find("nope"), std::string::npos);
}

TEST_F(ApiTest, ActorsByPrefix) {
  auto all = Json("/api/actors", {});
  EXPECT_EQ(SizeAt(all, "/actors"), 9u);
  EXPECT_EQ(TextAt(all, "/actors/0/code"), "CHNGOV");
  auto usa = Json("/api/actors", {{"q", "us"}});
  ASSERT_EQ(SizeAt(usa, "/actors"), 2u);
  EXPECT_EQ(TextAt(usa, "/actors/0/code"), "USAGOV");
  EXPECT_EQ(IntAt(usa, "/actors/0/count"), 3);
  EXPECT_EQ(TextAt(usa, "/actors/1/code"), "USAMIL");
  auto one = Json("/api/actors", {{"limit", "1"}});
  EXPECT_EQ(SizeAt(one, "/actors"), 1u);
}

TEST_F(ApiTest, BadParametersAre400WithAMessage) {
  EXPECT_NE(Error400("/api/events", {{"from", "2024-13-01"}}).find("from"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"to", "yesterday"}}).find("YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"quad", "5"}}).find("quad"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"quad", "0"}}).find("1 to 4"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"limit", "0"}}).find("limit"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"limit", "1001"}}).find("1 to 1000"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"limit", "-1"}}).find("limit"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"offset", "x"}}).find("offset"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"sort", "random"}}).find("sort"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"side", "left"}}).find("side"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"both", "yes"}}).find("both"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"dyad", "CHNGOV"}}).find("dyad"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"cameo", "4"}}).find("CAMEO"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"root", "21"}}).find("root"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"bogus", "1"}}).find("unknown parameter \"bogus\""), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"limit", "1"}, {"limit", "2"}}).find("twice"), std::string::npos);
  EXPECT_NE(Error400("/api/events", {{"from", "2024-05-01"}, {"to", "2024-04-01"}}).find("2024-05-01"),
            std::string::npos);
  EXPECT_NE(Error400("/api/series", {{"a", "CHNGOV"}}).find("required"), std::string::npos);
  EXPECT_NE(Error400("/api/series", {{"a", "CHNGOV"}, {"b", "PRKGOV"}, {"bucket", "year"}}).find("bucket"),
            std::string::npos);
  EXPECT_NE(Error400("/api/series", {{"a", "CHNGOV"}, {"b", "PRKGOV"}, {"mode", "all"}}).find("mode"),
            std::string::npos);
  EXPECT_NE(Error400("/api/series", {{"a", "CHN*"}, {"b", "PRKGOV"}}).find("CHN*"), std::string::npos);
  EXPECT_NE(Error400("/api/top-actors", {{"limit", "5000"}}).find("limit"), std::string::npos);
  EXPECT_NE(Error400("/api/top-dyads", {{"directed", "2"}}).find("directed"), std::string::npos);
  EXPECT_NE(Error400("/api/network", {{"side", "source"}}).find("unknown parameter"), std::string::npos);
  EXPECT_NE(Error400("/api/countries", {{"limit", "5"}}).find("unknown parameter"), std::string::npos);
  EXPECT_NE(Error400("/api/search", {}).find("q"), std::string::npos);
  EXPECT_NE(Error400("/api/article", {}).find("id"), std::string::npos);
  EXPECT_NE(Error400("/api/actors", {{"q", "US-"}}).find("q"), std::string::npos);
  EXPECT_NE(Error400("/api/summary", {{"x", "1"}}).find("takes none"), std::string::npos);
}

TEST_F(ApiTest, UnknownRoutesAndMethods) {
  EXPECT_EQ(Get("/api/nothing").status, 404);
  EXPECT_EQ(Get("/api").status, 404);
  EXPECT_EQ(Get("/api/events/").status, 404);
  HttpReply post = HandleRequest({.method = "POST", .path = "/api/events"}, store_.get(), context_);
  EXPECT_EQ(post.status, 405);
  ASSERT_EQ(post.headers.size(), 1u);
  EXPECT_EQ(post.headers[0].second, "GET, HEAD");
  EXPECT_EQ(HandleRequest({.method = "DELETE", .path = "/"}, nullptr, context_).status, 405);
  // Without a web folder, / explains itself.
  HttpReply root = Get("/");
  EXPECT_EQ(root.status, 404);
  EXPECT_NE(root.body.find("dashboard is not built"), std::string::npos);
}

// Every string parameter with strings meant to break SQL: the answer is
// normal (200 with nothing found, or 400), and the store is unchanged.
TEST_F(ApiTest, HostileStringsAreOnlyValues) {
  const std::string before = Get("/api/summary").body;
  const std::vector<std::string> hostile = {
      "' OR 1=1 --", "\"; DROP TABLE events; --", "CHNGOV' UNION SELECT id, text FROM articles --",
      "a1' OR '1'='1", "*", "%", "_", "CHNGOV\"", "NEAR(a b)", "x OR 1=1", "\xff\xfe", std::string("a\0b", 3),
      std::string(5000, 'A')};
  const std::vector<std::pair<std::string, std::vector<std::string>>> routes = {
      {"/api/events", {"actor", "country", "role", "side", "source", "target", "dyad", "cameo", "root", "place",
                       "place_country", "text", "article", "sort", "mode"}},
      {"/api/series", {"a", "b", "bucket", "mode"}},
      {"/api/top-actors", {"mode", "side"}},
      {"/api/top-dyads", {"actor", "mode"}},
      {"/api/search", {"q"}},
      {"/api/article", {"id"}},
      {"/api/actors", {"q"}},
  };
  for (const auto& [route, names] : routes) {
    for (const std::string& name : names) {
      for (const std::string& value : hostile) {
        QueryParams params = {{name, value}};
        if (route == "/api/series" && name != "a") params.emplace_back("a", "CHNGOV");
        if (route == "/api/series" && name != "b") params.emplace_back("b", "PRKGOV");
        HttpReply r = Get(route, params);
        SCOPED_TRACE(route + "?" + name + "=" + value.substr(0, 40));
        EXPECT_TRUE(r.status == 200 || r.status == 400 || (route == "/api/article" && r.status == 404))
            << r.status << " " << r.body;
        if (r.status == 200 && route == "/api/events" && name != "text") {
          // No event has these values (full-text search may find a word
          // of them, CHNGOV say, in a text).
          EXPECT_NE(r.body.find("\"total\":{\"reports\":0,"), std::string::npos) << r.body;
        }
      }
    }
  }
  EXPECT_EQ(Get("/api/summary").body, before);
}

TEST(CountryTableTest, ReadsIsoCodes) {
  auto table = ParseCountryTable(testing::kTestIsoJson);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->size(), 4u);
  EXPECT_EQ(table->at("PRK").numeric, "408");
  EXPECT_EQ(table->at("USA").name, "United States");
  EXPECT_FALSE(ParseCountryTable("{\"3166-1\": 5").ok());
  if (fs::exists(kIsoCountriesFile)) {
    auto debian = ReadCountryTable(kIsoCountriesFile);
    ASSERT_TRUE(debian.ok()) << debian.status();
    EXPECT_EQ(debian->at("CHN").numeric, "156");
    EXPECT_EQ(debian->at("FRA").numeric, "250");
    EXPECT_EQ(debian->at("AFG").numeric, "004");  // three digits, as world-atlas's ids
  }
}

// A web folder with a file outside it and symbolic links out of it.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("dyad_serve_static_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    web_ = root_ / "web";
    fs::create_directories(web_ / "js");
    Write(web_ / "index.html", "<!doctype html><title>dyad</title>");
    Write(web_ / "js" / "app.js", "console.log('dyad');");
    Write(web_ / "style.css", "body{}");
    Write(web_ / ".secret", "hidden");
    Write(root_ / "secret.txt", "OUTSIDE");
    fs::create_symlink(root_ / "secret.txt", web_ / "link.txt");
    fs::create_directory_symlink(root_, web_ / "up");
    fs::create_symlink(web_ / "style.css", web_ / "inner.css");  // stays inside: served
  }
  void TearDown() override { fs::remove_all(root_); }
  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  HttpReply Static(std::string_view path) { return ServeStaticFile(path, web_.string()); }

  fs::path root_, web_;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirTypes) {
  HttpReply index = Static("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<!doctype html><title>dyad</title>");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  ASSERT_EQ(index.headers.size(), 1u);
  EXPECT_EQ(index.headers[0], (std::pair<std::string, std::string>{"Cache-Control", "no-cache"}));
  HttpReply js = Static("/js/app.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Static("/style.css").content_type, "text/css; charset=utf-8");
  EXPECT_EQ(Static("/inner.css").body, "body{}");
  EXPECT_EQ(Static("/index.html").status, 200);
  // Through the whole request path too.
  ServeContext context;
  context.web_dir = web_.string();
  EXPECT_EQ(HandleRequest({.method = "GET", .path = "/js/app.js"}, nullptr, context).body, "console.log('dyad');");
}

TEST_F(StaticFilesTest, NothingOutsideTheFolder) {
  for (const std::string& path : std::vector<std::string>{
       std::string("/index.html\0.js", 15), "/../secret.txt", "/js/../../secret.txt", "/js/../index.html", "/./index.html", "/..", "/../",
        "/../../../../etc/passwd", "//etc/passwd", "/\\..\\secret.txt", "/..\\secret.txt", "/js\\..\\..\\secret.txt",
        "/link.txt", "/up/secret.txt", "/.secret", "/js/", "/js", "/missing.html",
        "/C:/Windows/win.ini", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/index.html/"}) {
    HttpReply r = Static(path);
    SCOPED_TRACE(path);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.body.find("OUTSIDE"), std::string::npos);
    EXPECT_EQ(r.body.find("root:"), std::string::npos);
  }
  EXPECT_EQ(Static("/etc/passwd").status, 404);
  // A link that resolves inside the folder is a file of the folder.
  EXPECT_EQ(Static("/up/web/index.html").status, 200);
  EXPECT_EQ(ServeStaticFile("/index.html", (root_ / "none").string()).status, 404);
  EXPECT_EQ(ServeStaticFile("/index.html", "").status, 404);
}

}  // namespace
}  // namespace dyad
