// The seed article's events (2024-04-16): what must come out, and nothing
// for "made no comment" or "refusal to condemn".
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/input.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

TEST(SeedEventsTest, CodesTheVisitMeetingsPraiseTestsAndAppeal) {
  const std::string path = testing::SharedFile("examples/seed-article.jsonl");
  if (path.empty()) GTEST_SKIP() << "the shared seed article is absent; this test runs where it is present";
  std::vector<Article> articles;
  ASSERT_TRUE(testing::ReadArticles(path, &articles));
  ASSERT_EQ(articles.size(), 1u);
  const Pipeline& pipeline = testing::SharedPipeline();
  auto coder = EventCoder::Load(pipeline.data_dir(), nullptr);
  ASSERT_TRUE(coder.ok());
  Analysis analysis;
  pipeline.Analyze(articles[0], &analysis);
  std::vector<Event> events;
  (*coder)->Code(articles[0], analysis, &events);
  // Today's news: asserted, not negated, not background history.
  auto has = [&](const char* source, const char* target, const char* code_prefix) {
    for (const Event& e : events)
      if (e.source.country == source && e.target.country == target &&
          e.cameo->code.rfind(code_prefix, 0) == 0 && !e.negated && e.modality == Modality::kAsserted &&
          !e.historical)
        return true;
    return false;
  };
  EXPECT_TRUE(has("CHN", "PRK", "042")) << "Zhao Leji visits Pyongyang";
  EXPECT_TRUE(has("PRK", "CHN", "04")) << "North Korean and Chinese officials meet";
  EXPECT_TRUE(has("CHN", "PRK", "04")) << "... both ways";
  EXPECT_TRUE(has("PRK", "CHN", "03")) << "Kim's wish for better relations";
  EXPECT_TRUE(has("CHN", "PRK", "051")) << "Zhao praises the ties";
  EXPECT_TRUE(has("PRK", "KOR", "15")) << "missile tests aimed at South Korea";
  EXPECT_TRUE(has("USA", "CHN", "02")) << "Washington's call on China for help";
  EXPECT_TRUE(has("PRK", "CHN", "051")) << "Kim appreciates China's delegation";
  // Background history: the events told in the Korean War sentence and the
  // "21st century" sentence are flagged historical.
  auto sentence_with = [&](std::string_view words) -> int {
    for (size_t s = 0; s < analysis.doc.sentences.size(); ++s) {
      const Sentence& sentence = analysis.doc.sentences[s];
      if (analysis.doc.text.substr(sentence.begin, sentence.end - sentence.begin).find(words) != std::string_view::npos)
        return static_cast<int>(s);
    }
    return -1;
  };
  for (const char* words : {"Korean War", "21st century"}) {
    const int s = sentence_with(words);
    ASSERT_GE(s, 0) << words;
    int coded = 0;
    for (const Event& e : events) {
      if (e.sentence != static_cast<uint32_t>(s)) continue;
      ++coded;
      EXPECT_TRUE(e.historical) << words << ": " << e.cameo->code;
    }
    EXPECT_GT(coded, 0) << "an event in the sentence with " << words;
  }
  // The meeting "on Sunday" is dated 2024-04-14.
  bool sunday = false;
  for (const Event& e : events)
    if (e.sentence == 0 && e.date && e.date->ToString() == "2024-04-14") sunday = true;
  EXPECT_TRUE(sunday);
  // Nothing asserted from "made no comment" or "refusal to condemn".
  for (const Event& e : events) {
    const std::string_view verb = analysis.doc.text.substr(e.verb_begin, e.verb_end - e.verb_begin);
    if (verb == "comment" || verb == "refusal" || verb == "condemn")
      EXPECT_TRUE(e.negated || e.modality != Modality::kAsserted) << verb;
  }
}

}  // namespace
}  // namespace dyad
