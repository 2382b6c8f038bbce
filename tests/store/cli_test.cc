// `dyad ingest` and `dyad query` run as a user runs them: the examples
// ingested, then asked for as a table, JSON Lines and CSV; resuming,
// --strict, hostile and bad arguments.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "dyad/store.h"

namespace {

struct Result {
  int status = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_store_cli_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

Result Dyad(const std::string& args) {
  const std::string err_path = TempPath("stderr");
  const std::string command = std::string(std::getenv("DYAD_BINARY")) + " --data " +
                              std::getenv("DYAD_DATA_DIR") + " " + args + " 2>" + err_path;
  Result r;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream text;
  text << err.rdbuf();
  r.err = text.str();
  std::filesystem::remove(err_path);
  return r;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class StoreCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new std::string(TempPath("examples.db"));
    RemoveDb(*db_);
    const std::string examples = std::string(std::getenv("DYAD_EXAMPLES_DIR")) + "/articles.jsonl";
    Result r = Dyad("ingest " + examples + " --db " + *db_);
    ASSERT_EQ(r.status, 0) << r.err;
    ASSERT_NE(r.err.find("added 24"), std::string::npos) << r.err;
  }
  static void TearDownTestSuite() {
    RemoveDb(*db_);
    delete db_;
  }
  static void RemoveDb(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  static std::string* db_;
  std::string db() const { return " --db " + *db_; }
};
std::string* StoreCliTest::db_ = nullptr;

TEST_F(StoreCliTest, EveryCommandHasHelp) {
  for (const char* command : {"ingest", "query", "query events", "query series", "query top-actors",
                              "query top-dyads", "query search", "query article", "query summary"}) {
    Result r = Dyad(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
  }
}

TEST_F(StoreCliTest, EventsAsTableJsonAndCsv) {
  Result table = Dyad("query events" + db() + " --limit 5");
  ASSERT_EQ(table.status, 0) << table.err;
  std::vector<std::string> lines = Lines(table.out);
  ASSERT_EQ(lines.size(), 8u) << table.out;  // header, rule, 5 rows, footer
  EXPECT_EQ(lines[0].rfind("date", 0), 0u) << lines[0];
  EXPECT_NE(lines[7].find("rows 1-5 (reports); more may follow"), std::string::npos) << lines[7];

  Result json = Dyad("query events" + db() + " --limit 0 --format json");
  ASSERT_EQ(json.status, 0) << json.err;
  std::vector<std::string> events = Lines(json.out);
  ASSERT_GT(events.size(), 20u);
  for (const std::string& e : events) {
    EXPECT_EQ(e.rfind("{\"id\":", 0), 0u) << e;
    EXPECT_NE(e.find("\"sentence_text\":"), std::string::npos) << e;
    EXPECT_NE(e.find("\"source\":{\"code\":"), std::string::npos) << e;
    EXPECT_EQ(e.back(), '}');
  }

  Result csv = Dyad("query events" + db() + " -n 0 -f csv");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("id,article,sentence,date,", 0), 0u);
  // One line per event (sentences hold no line breaks in the examples).
  EXPECT_EQ(Lines(csv.out).size(), events.size() + 1);

  Result count = Dyad("query events" + db() + " --count -f json");
  ASSERT_EQ(count.status, 0);
  EXPECT_EQ(count.out, "{\"reports\":" + std::to_string(events.size()) + ",\"events\":" +
                           std::to_string(Lines(Dyad("query events" + db() + " -n 0 -f json --group").out).size()) +
                           "}\n");

  Result filtered = Dyad("query events" + db() + " --actor CHNGOV --root 04 -f json -n 0");
  ASSERT_EQ(filtered.status, 0) << filtered.err;
  ASSERT_FALSE(filtered.out.empty());
  for (const std::string& e : Lines(filtered.out)) {
    EXPECT_NE(e.find("\"code\":\"CHNGOV\""), std::string::npos) << e;
    EXPECT_NE(e.find("\"root\":\"04\""), std::string::npos) << e;
  }
}

TEST_F(StoreCliTest, SeriesTopSearchArticleAndSummary) {
  Result series = Dyad("query series CHNGOV FRAGOV" + db() + " --bucket month");
  ASSERT_EQ(series.status, 0) << series.err;
  EXPECT_NE(series.out.find("CHNGOV>FRAGOV"), std::string::npos) << series.out;
  Result series_json = Dyad("query series CHNGOV FRAGOV" + db() + " -f json");
  ASSERT_EQ(series_json.status, 0);
  EXPECT_EQ(series_json.out.rfind("{\"bucket\":", 0), 0u) << series_json.out;
  Result series_csv = Dyad("query series CHNGOV FRAGOV" + db() + " -f csv --count reports");
  EXPECT_EQ(series_csv.out.rfind("bucket,a_to_b_q1,", 0), 0u) << series_csv.out;

  Result actors = Dyad("query top-actors" + db() + " -n 3");
  ASSERT_EQ(actors.status, 0) << actors.err;
  EXPECT_EQ(Lines(actors.out).size(), 5u) << actors.out;
  Result dyads = Dyad("query top-dyads" + db() + " -n 3 -f json");
  ASSERT_EQ(dyads.status, 0) << dyads.err;
  EXPECT_EQ(Lines(dyads.out).size(), 3u) << dyads.out;

  Result search = Dyad("query search uranium enrichment" + db() + " -f json");
  ASSERT_EQ(search.status, 0) << search.err;
  EXPECT_NE(search.out.find("\"id\":\"ex-01\""), std::string::npos) << search.out;

  Result article = Dyad("query article ex-01" + db() + " -f json");
  ASSERT_EQ(article.status, 0) << article.err;
  EXPECT_NE(article.out.find("\"mentions\":[{"), std::string::npos);
  EXPECT_NE(article.out.find("\"events\":[{"), std::string::npos);
  Result missing = Dyad("query article no-such-article" + db());
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no article \"no-such-article\""), std::string::npos) << missing.err;

  Result summary = Dyad("query summary" + db() + " -f csv");
  ASSERT_EQ(summary.status, 0);
  EXPECT_EQ(summary.out.rfind("articles,events,", 0), 0u);
  EXPECT_NE(summary.out.find("\n24,"), std::string::npos) << summary.out;
}

TEST_F(StoreCliTest, BadArgumentsGetClearMessages) {
  struct Case {
    std::string args;
    std::string message;
  };
  const Case cases[] = {
      {"query events" + db() + " --quad 7", "bad quad class 7"},
      {"query events" + db() + " --from 2024-02-30", "--from: not a date"},
      {"query events" + db() + " --dyad CHNGOV", "--dyad: want two actor codes"},
      {"query events" + db() + " --sort size", "bad sort \"size\""},
      {"query events" + db() + " --side left", "bad side \"left\""},
      {"query events" + db() + " --root 4", "bad CAMEO root \"4\""},
      {"query series CHNGOV PRKGOV" + db() + " --bucket year", "want day, week or month"},
      {"query top-actors" + db() + " --count all", "want reports or events"},
      {"query search \" -- \"" + db(), "no word to search for"},
      {"query summary --db " + TempPath("nothing-here.db"), "no such store"},
      {"query events" + db() + " --actor \"x'; DROP TABLE events; --\"", "bad actor code"},
  };
  for (const Case& c : cases) {
    Result r = Dyad(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n" << r.err;
  }
  EXPECT_NE(Dyad("query events" + db() + " --format xml").status, 0);
  EXPECT_NE(Dyad("query events").status, 0) << "--db is required";
  EXPECT_NE(Dyad("query").status, 0) << "a question is required";
  EXPECT_NE(Dyad("ingest x.jsonl").status, 0) << "--db is required";

  // Hostile text is only ever a value.
  Result place = Dyad("query events" + db() + " --place \"x'; DROP TABLE events; --\" --count -f csv");
  EXPECT_EQ(place.status, 0) << place.err;
  EXPECT_EQ(place.out, "reports,events\n0,0\n");
  Result summary = Dyad("query summary" + db() + " -f json");
  EXPECT_NE(summary.out.find("\"articles\":24,"), std::string::npos) << summary.out;
}

TEST_F(StoreCliTest, IngestAgainSkipsUnchangedAndStrictStoresNothing) {
  const std::string examples = std::string(std::getenv("DYAD_EXAMPLES_DIR")) + "/articles.jsonl";
  const std::string db = TempPath("again.db");
  RemoveDb(db);
  ASSERT_EQ(Dyad("ingest -q " + examples + " --db " + db).status, 0);
  Result again = Dyad("ingest " + examples + " --db " + db);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("added 0, replaced 0, unchanged 24"), std::string::npos) << again.err;
  Result forced = Dyad("ingest --force -j 2 " + examples + " --db " + db);
  EXPECT_NE(forced.err.find("added 0, replaced 24, unchanged 0"), std::string::npos) << forced.err;
  EXPECT_EQ(Dyad("query events --count -f json --db " + db).out, Dyad("query events --count -f json" + this->db()).out);

  const std::string bad = TempPath("bad.jsonl");
  std::ofstream(bad) << "{\"id\": \"ok\", \"text\": \"China praised Russia.\"}\n{\"text\": 5}\n";
  const std::string strict_db = TempPath("strict.db");
  RemoveDb(strict_db);
  Result strict = Dyad("ingest --strict " + bad + " --db " + strict_db);
  EXPECT_EQ(strict.status, 1);
  EXPECT_NE(strict.err.find(bad + ":2: "), std::string::npos) << strict.err;
  EXPECT_NE(Dyad("query summary -f csv --db " + strict_db).out.find("\n0,0,"), std::string::npos);
  Result tolerant = Dyad("ingest " + bad + " --db " + strict_db);
  EXPECT_EQ(tolerant.status, 0);
  EXPECT_NE(tolerant.err.find("problems skipped 1"), std::string::npos) << tolerant.err;
  EXPECT_NE(Dyad("query summary -f csv --db " + strict_db).out.find("\n1,"), std::string::npos);
  std::filesystem::remove(bad);
  RemoveDb(db);
  RemoveDb(strict_db);
}

}  // namespace
