// The readers: every kind of bad input is reported as FILE:LINE: reason,
// skipped and counted, and the rest of the input is still read.
#include "dyad/input.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_reader_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& contents) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << contents;
    return path.string();
  }

  // Reads inputs, collecting articles and problems.
  absl::Status Read(const std::vector<std::string>& inputs, ReadOptions options = {}) {
    articles_.clear();
    problems_.clear();
    stats_ = {};
    return ReadInputs(
        inputs, options,
        [&](Article&& a) {
          articles_.push_back(std::move(a));
          return true;
        },
        [&](const Problem& p) { problems_.push_back(p); }, &stats_);
  }

  fs::path dir_;
  std::vector<Article> articles_;
  std::vector<Problem> problems_;
  InputStats stats_;
};

struct BadCase {
  const char* name;
  std::string file;      // file name
  std::string contents;  // the file, with a good line after the bad one where it applies
  uint64_t line;         // the line reported (0: the whole file)
  const char* reason;    // part of the reason
  size_t good_after;     // articles still read
};

std::string Nested(int depth) {
  std::string s = "{\"text\": \"x\", \"a\": ";
  s.append(depth, '[');
  s.append(depth, ']');
  s += "}";
  return s;
}

TEST_F(ReaderTest, BadInputIsReportedSkippedAndCounted) {
  const std::string good = "{\"id\": \"ok\", \"text\": \"China praised Russia.\"}\n";
  std::string binary(4096, '\0');
  std::mt19937 rng(7);
  for (char& c : binary) {
    c = static_cast<char>(rng());
    if (c == '\n') c = ' ';
  }
  binary[10] = '\0';
  const BadCase cases[] = {
      {"empty jsonl", "a.jsonl", "", 0, "empty file", 0},
      {"blank jsonl", "a.jsonl", "\n  \n\n", 0, "empty file", 0},
      {"empty text file", "a.txt", "", 0, "empty file", 0},
      {"invalid utf8", "a.jsonl", "{\"text\": \"caf\xC3\x28\"}\n" + good, 1, "invalid UTF-8 at column 14", 1},
      {"nul byte", "a.jsonl", std::string("{\"text\": \"a\0b\"}\n", 16) + good, 1, "NUL byte at column 12", 1},
      {"deep nesting", "a.jsonl", Nested(100000) + "\n" + good, 1, "nested too deep", 1},
      {"binary txt", "a.txt", binary, 0, "binary file", 0},
      {"binary jsonl", "a.jsonl", binary + "\n" + good, 1, "NUL byte", 1},
      {"no text", "a.jsonl", "{\"id\": \"x\", \"title\": \"t\"}\n" + good, 1, "no text", 1},
      {"text null", "a.jsonl", "{\"text\": null}\n" + good, 1, "no text", 1},
      {"text number", "a.jsonl", "{\"text\": 5}\n" + good, 1, "not a string", 1},
      {"text empty", "a.jsonl", "{\"text\": \"  \"}\n" + good, 1, "empty", 1},
      {"not object", "a.jsonl", "[1, 2]\n" + good, 1, "not a JSON object", 1},
      {"bad json", "a.jsonl", "{\"text\": \"x\"\n" + good, 1, "invalid JSON", 1},
      {"trailing garbage", "a.jsonl", "{\"text\": \"x\"} }\n" + good, 1, "invalid JSON", 1},
      {"third line", "a.jsonl", good + good + "nonsense\n" + good, 3, "invalid JSON", 3},
      {"html without text", "a.html", "<html><script>var x;</script></html>", 0, "no text", 0},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = Write(c.file, c.contents);
    EXPECT_TRUE(Read({path}).ok());
    ASSERT_EQ(problems_.size(), 1u);
    EXPECT_EQ(problems_[0].file, path);
    EXPECT_EQ(problems_[0].line, c.line);
    EXPECT_NE(problems_[0].reason.find(c.reason), std::string::npos) << problems_[0].reason;
    const std::string expected_prefix =
        c.line == 0 ? path + ": " : path + ":" + std::to_string(c.line) + ": ";
    EXPECT_EQ(problems_[0].ToString().rfind(expected_prefix, 0), 0u) << problems_[0].ToString();
    EXPECT_EQ(articles_.size(), c.good_after);
    EXPECT_EQ(stats_.problems, 1u);
  }
}

TEST_F(ReaderTest, HundredMegabyteLineIsSkippedAndTheNextLineRead) {
  std::string big = "{\"text\": \"";
  big.append(100u << 20, 'a');
  big += "\"}\n{\"id\": \"after\", \"text\": \"Iran condemned Israel.\"}\n";
  const std::string path = Write("big.jsonl", big);
  big.clear();
  big.shrink_to_fit();
  ReadOptions options;
  EXPECT_TRUE(Read({path}, options).ok());
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].line, 1u);
  EXPECT_NE(problems_[0].reason.find("line longer than"), std::string::npos);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].id, "after");
  EXPECT_EQ(articles_[0].origin_line, 2u);
}

TEST_F(ReaderTest, FieldsIdsAndDates) {
  const std::string path = Write(
      "news.jsonl",
      "\xEF\xBB\xBF{\"id\": \"a1\", \"title\": \"T\", \"date\": \"2024-04-16\", \"url\": \"u\", "
      "\"source\": \"s\", \"text\": \"One.\"}\r\n"
      "\n"
      "{\"text\": \"Two.\", \"date\": null, \"extra\": {\"x\": [1, 2]}}\n"
      "{\"text\": \"Three.\", \"date\": \"16 April\", \"id\": 42}\n"
      "{\"text\": \"Four.\", \"date\": \"2024-04-16T09:30:00Z\"}");
  ReadOptions options;
  options.default_date = *ParseDate("2000-01-01");
  EXPECT_TRUE(Read({path}, options).ok());
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(articles_.size(), 4u);
  EXPECT_EQ(articles_[0].id, "a1");
  EXPECT_EQ(articles_[0].title, "T");
  EXPECT_EQ(articles_[0].date->ToString(), "2024-04-16");
  EXPECT_EQ(articles_[0].url, "u");
  EXPECT_EQ(articles_[0].source, "s");
  EXPECT_EQ(articles_[0].text, "One.");
  EXPECT_EQ(articles_[1].id, "news.jsonl:3");
  EXPECT_EQ(articles_[1].date->ToString(), "2000-01-01");
  EXPECT_EQ(articles_[2].id, "42");
  EXPECT_EQ(articles_[2].date->ToString(), "2000-01-01");  // unreadable date: the default
  EXPECT_EQ(articles_[3].date->ToString(), "2024-04-16");
  EXPECT_EQ(articles_[3].origin_line, 5u);
}

TEST_F(ReaderTest, StrictStopsAtTheFirstProblem) {
  const std::string path =
      Write("a.jsonl", "{\"text\": \"ok\"}\n{\"text\": 1}\n{\"text\": \"never read\"}\n");
  ReadOptions options;
  options.strict = true;
  absl::Status status = Read({path}, options);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(status.message()).find(path + ":2: "), std::string::npos);
  EXPECT_EQ(problems_.size(), 1u);
  EXPECT_EQ(articles_.size(), 1u);
}

TEST_F(ReaderTest, MissingPathIsNotFoundAndTheRestIsRead) {
  const std::string good = Write("b.jsonl", "{\"text\": \"x\"}\n");
  absl::Status status = Read({(dir_ / "missing.jsonl").string(), good});
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_NE(problems_[0].reason.find("no such file"), std::string::npos);
  EXPECT_EQ(articles_.size(), 1u);
}

TEST_F(ReaderTest, DirectoryIsReadInSortedOrder) {
  Write("d/b.jsonl", "{\"id\": \"b1\", \"text\": \"x\"}\n{\"id\": \"b2\", \"text\": \"y\"}\n");
  Write("d/a.txt", "A text article.\n");
  Write("d/sub/c.html", "<html><body><p>An HTML article.</p></body></html>");
  Write("d/notes.md", "ignored");
  Write("d/image.png", std::string("\x89PNG\0\0", 6));
  EXPECT_TRUE(Read({(dir_ / "d").string()}).ok());
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(articles_.size(), 4u);
  EXPECT_EQ(articles_[0].id, "a");
  EXPECT_EQ(articles_[0].text, "A text article.\n");
  EXPECT_EQ(articles_[1].id, "b1");
  EXPECT_EQ(articles_[2].id, "b2");
  EXPECT_EQ(articles_[3].id, "c");
  EXPECT_EQ(articles_[3].text, "An HTML article.");
  EXPECT_EQ(stats_.files, 3u);
}

TEST_F(ReaderTest, TextFileGetsTheDefaultDate) {
  const std::string path = Write("story.txt", "Japan protested.");
  ReadOptions options;
  options.default_date = *ParseDate("2021-10-25");
  EXPECT_TRUE(Read({path}, options).ok());
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].id, "story");
  EXPECT_EQ(articles_[0].date->ToString(), "2021-10-25");
}

TEST_F(ReaderTest, StandardInput) {
  const std::string path = Write("in.jsonl", "{\"text\": \"From stdin.\"}\n");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  EXPECT_TRUE(Read({"-"}).ok());
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].id, "stdin:1");
  EXPECT_EQ(articles_[0].origin_file, "-");
}

TEST_F(ReaderTest, SinkCanStopEarly) {
  const std::string path = Write("a.jsonl", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n{\"text\": \"3\"}\n");
  int seen = 0;
  EXPECT_TRUE(ReadInputs({path}, {}, [&](Article&&) { return ++seen < 2; }, nullptr, nullptr).ok());
  EXPECT_EQ(seen, 2);
}

TEST(ParseJsonLineTest, ReportsWithTheGivenFileAndLine) {
  std::vector<Problem> problems;
  auto a = ParseJsonLine("{\"text\": \"x\"}", "f.jsonl", 9, {}, nullptr);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->id, "f.jsonl:9");
  auto b = ParseJsonLine("{", "f.jsonl", 9, {}, [&](const Problem& p) { problems.push_back(p); });
  EXPECT_FALSE(b.has_value());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].ToString().rfind("f.jsonl:9: invalid JSON", 0), 0u);
}

TEST(HtmlTextTest, DropsBoilerplateAndKeepsParagraphs) {
  HtmlText t = ExtractHtmlText(
      "<html><head><title>Talks resume</title><script>var a = 'China';</script></head><body>"
      "<nav>Home | World | Sport</nav><header><div class=\"logo\">Example News</div></header>"
      "<article><h1>Talks resume</h1><p>Iran and the <b>IAEA</b> met on Monday.</p>"
      "<div class=\"share-buttons\">Share this</div><p>Both sides  praised\nthe talks.</p>"
      "<aside>Related: other news</aside></article>"
      "<footer>&copy; 2025 Example News. All rights reserved.</footer></body></html>");
  EXPECT_EQ(t.title, "Talks resume");
  EXPECT_EQ(t.text, "Talks resume\nIran and the IAEA met on Monday.\nBoth sides praised the talks.");
}

TEST(HtmlTextTest, BrokenAndDeepHtmlDoesNotCrash) {
  EXPECT_EQ(ExtractHtmlText("").text, "");
  EXPECT_EQ(ExtractHtmlText("<p>unclosed <b>bold <i>text").text, "unclosed bold text");
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "deep text";
  EXPECT_NE(ExtractHtmlText(deep).text.find("deep text"), std::string::npos);
  EXPECT_EQ(ExtractHtmlText("<<<>>>&&&;;</p></div>").text.find('\0'), std::string::npos);
}

TEST(BundledExamplesTest, ReadWithoutProblems) {
  const char* dir = std::getenv("DYAD_EXAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "DYAD_EXAMPLES_DIR is not set";
  std::vector<Problem> problems;
  InputStats stats;
  ASSERT_TRUE(ReadInputs({dir}, {}, [](Article&&) { return true; },
                         [&](const Problem& p) { problems.push_back(p); }, &stats)
                  .ok());
  for (const Problem& p : problems) ADD_FAILURE() << p.ToString();
  EXPECT_GE(stats.articles, 24u);
}

TEST(SharedCorpusTest, ReadsEveryArticle) {
  const char* shared = std::getenv("DYAD_SHARED_DIR");
  const std::string path =
      std::string(shared ? shared : "") + "/corpus/wikinews-politics-2004-2009.jsonl";
  if (shared == nullptr || !fs::exists(path))
    GTEST_SKIP() << "the shared corpus is absent (" << path << "); it is used where present";
  InputStats stats;
  ASSERT_TRUE(ReadInputs({path}, {}, [](Article&&) { return true; }, nullptr, &stats).ok());
  EXPECT_EQ(stats.articles, 3971u);
  EXPECT_EQ(stats.problems, 0u);
}

}  // namespace
}  // namespace dyad
