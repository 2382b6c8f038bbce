// The event coder with the project's own dictionaries on the golden event
// sentences (tests/golden/event_sentences.txt, format at its top): every
// `yields` event must be coded, with exactly its flags, and no `never`
// event may be coded at all.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;
  std::string text;
  std::string date = "2024-04-16";
  std::vector<std::string> yields;  // "SOURCE>TARGET:CODE flags"
  std::vector<std::string> never;   // "SOURCE>TARGET:CODE"
  int line = 0;
};

// Reads the cases; a line it cannot read fails the test, naming it.
std::vector<GoldenCase> ReadCases(const fs::path& path) {
  std::vector<GoldenCase> cases;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::string line;
  enum { kOutside, kText, kExpected } state = kOutside;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back(GoldenCase{line.substr(4)});
      cases.back().line = line_no;
      state = kText;
      continue;
    }
    if (state == kText) {
      if (line == "---") {
        state = kExpected;
        continue;
      }
      if (!cases.back().text.empty()) cases.back().text += "\n";
      cases.back().text += line;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (state != kExpected) {
      ADD_FAILURE() << path.string() << ":" << line_no << ": a line outside a case";
      continue;
    }
    if (line.rfind("date ", 0) == 0) {
      cases.back().date = line.substr(5);
    } else if (line.rfind("yields ", 0) == 0) {
      cases.back().yields.push_back(line.substr(7));
    } else if (line.rfind("never ", 0) == 0) {
      cases.back().never.push_back(line.substr(6));
    } else {
      ADD_FAILURE() << path.string() << ":" << line_no << ": expected date, yields or never: " << line;
    }
  }
  return cases;
}

TEST(GoldenEventsTest, EverySentenceYieldsItsEventsAndNoneOfItsNevers) {
  const fs::path path = fs::path(std::getenv("DYAD_TESTS_DIR")) / "golden" / "event_sentences.txt";
  const std::vector<GoldenCase> cases = ReadCases(path);
  ASSERT_GE(cases.size(), 10u);
  const Pipeline& pipeline = testing::SharedPipeline();
  auto coder = EventCoder::Load(pipeline.data_dir(), [](const Problem& p) { ADD_FAILURE() << p.ToString(); });
  ASSERT_TRUE(coder.ok()) << coder.status();
  for (const GoldenCase& c : cases) {
    SCOPED_TRACE(path.string() + ":" + std::to_string(c.line) + ": " + c.name);
    ASSERT_FALSE(c.yields.empty() && c.never.empty()) << "a case with nothing to check";
    Article article;
    article.id = "golden";
    article.text = c.text;
    const auto date = ParseDate(c.date);
    ASSERT_TRUE(date.ok()) << c.date << ": " << date.status();
    article.date = *date;
    Analysis analysis;
    pipeline.Analyze(article, &analysis);
    std::vector<Event> events;
    (*coder)->Code(article, analysis, &events);
    std::vector<std::string> coded, bare;
    for (const Event& e : events) {
      std::string s = e.source.code + ">" + e.target.code + ":" + e.cameo->code;
      bare.push_back(s);
      if (e.negated) s += " negated";
      if (e.modality != Modality::kAsserted) s += " " + std::string(ModalityName(e.modality));
      if (e.historical) s += " historical";
      coded.push_back(std::move(s));
    }
    std::string all;
    for (const std::string& s : coded) all += "\n  " + s;
    for (const std::string& want : c.yields)
      EXPECT_NE(std::find(coded.begin(), coded.end(), want), coded.end()) << "missing " << want << "; coded:" << all;
    for (const std::string& unwanted : c.never)
      EXPECT_EQ(std::find(bare.begin(), bare.end(), unwanted), bare.end()) << "coded " << unwanted << "; coded:" << all;
  }
}

}  // namespace
}  // namespace dyad
