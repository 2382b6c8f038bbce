// The event scorer: matching by country or whole code, root and full
// levels, each gold event matched once, groups scored apart.
#include "dyad/eval.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace dyad {
namespace {

bool IsCountry(std::string_view code) {
  return code == "CHN" || code == "PRK" || code == "USA" || code == "KOR";
}

ScoredEvent E(const char* article, const char* source, const char* target, const char* cameo,
              bool historical = false, bool flagged = false) {
  ScoredEvent e;
  e.article = article;
  e.source = source;
  e.target = target;
  e.cameo = cameo;
  e.historical = historical;
  e.flagged = flagged;
  return e;
}

TEST(EvalTest, MatchesByCountryAndByLevel) {
  std::vector<ScoredEvent> gold = {E("a", "CHNGOV", "PRKGOV", "042"), E("a", "PRKGOV", "CHNGOV", "043"),
                                   E("a", "IGOUNO", "PRKGOV", "111")};
  std::vector<ScoredEvent> pred = {E("a", "CHNMIL", "PRKGOV", "042"),   // country match, full code
                                   E("a", "PRK", "CHNGOV", "040"),      // root only
                                   E("a", "IGOEUREEC", "PRKGOV", "111"),  // whole code differs
                                   E("b", "CHNGOV", "PRKGOV", "042")};  // other article
  EvalReport r = Evaluate(gold, pred, IsCountry);
  const Score& root = r.groups["current"]["root"];
  const Score& code = r.groups["current"]["code"];
  EXPECT_EQ(root.gold, 3u);
  EXPECT_EQ(root.predicted, 4u);
  EXPECT_EQ(root.matched, 2u);
  EXPECT_EQ(code.matched, 1u);
  EXPECT_DOUBLE_EQ(root.Precision(), 0.5);
  EXPECT_NEAR(root.Recall(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(root.F1(), 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), 1e-9);
}

TEST(EvalTest, EachGoldEventMatchesOnce) {
  std::vector<ScoredEvent> gold = {E("a", "USAGOV", "KORGOV", "051")};
  std::vector<ScoredEvent> pred = {E("a", "USAGOV", "KORGOV", "051"), E("a", "USAGOV", "KORGOV", "051")};
  EvalReport r = Evaluate(gold, pred, IsCountry);
  EXPECT_EQ(r.groups["current"]["code"].matched, 1u);
  EXPECT_DOUBLE_EQ(r.groups["current"]["code"].Precision(), 0.5);
}

TEST(EvalTest, HistoricalAndFlaggedAreScoredApart) {
  std::vector<ScoredEvent> gold = {E("a", "CHNGOV", "KORGOV", "111", true),
                                   E("a", "CHNGOV", "PRKGOV", "190", false, true)};
  std::vector<ScoredEvent> pred = {E("a", "CHNGOV", "KORGOV", "111", false)};
  EvalReport r = Evaluate(gold, pred, IsCountry);
  EXPECT_EQ(r.groups["historical"]["root"].gold, 1u);
  EXPECT_EQ(r.groups["historical"]["root"].matched, 0u);
  EXPECT_EQ(r.groups["current"]["root"].predicted, 1u);
  EXPECT_EQ(r.groups["current"]["root"].matched, 0u);
  EXPECT_EQ(r.groups["flagged"]["root"].gold, 1u);
  EXPECT_NE(FormatReport(r).find("historical"), std::string::npos);
}

TEST(EvalTest, ReadsBothFormsAndReportsBadLines) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string gold_path = (dir / "dyad_eval_gold.jsonl").string();
  const std::string pred_path = (dir / "dyad_eval_pred.jsonl").string();
  std::ofstream(gold_path) << "{\"id\": \"seed\", \"events\": [{\"sentence\": 2, \"source\": \"CHNGOV\", "
                              "\"target\": \"PRKGOV\", \"cameo\": \"042\", \"historical\": false}]}\n"
                              "not json\n";
  std::ofstream(pred_path) << "{\"id\": \"seed:2:0\", \"article\": \"seed\", \"sentence\": 2, "
                              "\"source\": {\"code\": \"CHNGOV\"}, \"target\": {\"code\": \"PRKGOV\"}, "
                              "\"cameo\": \"042\", \"negated\": false, \"modality\": \"asserted\"}\n";
  std::vector<Problem> problems;
  auto gold = ReadEventFile(gold_path, [&](const Problem& p) { problems.push_back(p); });
  auto pred = ReadEventFile(pred_path, nullptr);
  ASSERT_TRUE(gold.ok());
  ASSERT_TRUE(pred.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2u);
  ASSERT_EQ(gold->size(), 1u);
  ASSERT_EQ(pred->size(), 1u);
  EXPECT_EQ((*pred)[0].source, "CHNGOV");
  EvalReport r = Evaluate(*gold, *pred, IsCountry);
  EXPECT_DOUBLE_EQ(r.groups["current"]["code"].F1(), 1.0);
  EXPECT_EQ(ReadEventFile("no/such/file", nullptr).status().code(), absl::StatusCode::kNotFound);
  std::remove(gold_path.c_str());
  std::remove(pred_path.c_str());
}

}  // namespace
}  // namespace dyad
