// Accuracy of the event coder, with the project's own dictionaries, on the
// development gold set (tests/golden/events/dev-*.jsonl): F1 at root and
// full-code level must not fall below the floors measured when they were
// set. Raise the floors when the coder improves.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/eval.h"
#include "dyad/events.h"
#include "dyad/input.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

constexpr double kRootF1Floor = 0.775;
constexpr double kCodeF1Floor = 0.736;
// Lowered from 0.935 when crowds, descriptions and judgements, aimed at
// real news, raised recall here and on real articles at some cost in
// precision on these written ones.
constexpr double kRootPrecisionFloor = 0.930;

TEST(DevGoldTest, F1StaysAboveItsFloor) {
  const fs::path dir = fs::path(std::getenv("DYAD_TESTS_DIR")) / "golden" / "events";
  std::vector<std::string> article_files, gold_files;
  for (const auto& item : fs::directory_iterator(dir)) {
    const std::string name = item.path().filename().string();
    if (name.ends_with(".articles.jsonl")) article_files.push_back(item.path().string());
    if (name.ends_with(".gold.jsonl")) gold_files.push_back(item.path().string());
  }
  std::sort(article_files.begin(), article_files.end());
  ASSERT_FALSE(article_files.empty());
  const Pipeline& pipeline = testing::SharedPipeline();
  auto coder = EventCoder::Load(pipeline.data_dir(), [](const Problem& p) { ADD_FAILURE() << p.ToString(); });
  ASSERT_TRUE(coder.ok()) << coder.status();

  std::vector<ScoredEvent> predicted;
  Analysis analysis;
  std::vector<Event> events;
  ASSERT_TRUE(ReadInputs(article_files, ReadOptions(),
                         [&](Article&& article) {
                           pipeline.Analyze(article, &analysis);
                           events.clear();
                           (*coder)->Code(article, analysis, &events);
                           for (const Event& e : events) {
                             ScoredEvent s;
                             s.article = article.id;
                             s.sentence = static_cast<int>(e.sentence);
                             s.source = e.source.code;
                             s.target = e.target.code;
                             s.cameo = e.cameo->code;
                             s.historical = e.historical;
                             s.flagged = e.negated || e.modality != Modality::kAsserted;
                             predicted.push_back(std::move(s));
                           }
                           return true;
                         },
                         nullptr, nullptr)
                  .ok());
  std::vector<ScoredEvent> gold;
  for (const std::string& path : gold_files) {
    auto read = ReadEventFile(path, [](const Problem& p) { ADD_FAILURE() << p.ToString(); });
    ASSERT_TRUE(read.ok());
    gold.insert(gold.end(), read->begin(), read->end());
  }
  const EvalReport report =
      Evaluate(gold, predicted, [&](std::string_view code) { return pipeline.actors().IsCountry(code); });
  std::cout << FormatReport(report);
  const Score& root = report.groups.at("current").at("root");
  const Score& code = report.groups.at("current").at("code");
  EXPECT_GE(root.F1(), kRootF1Floor);
  EXPECT_GE(code.F1(), kCodeF1Floor);
  EXPECT_GE(root.Precision(), kRootPrecisionFloor);
}

}  // namespace
}  // namespace dyad
