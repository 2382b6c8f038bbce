// End to end on the seed article: every actor the product contract names
// is found with the right code for the article's date (2024-04-16).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/input.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

struct Expected {
  const char* text;  // the mention's text contains this
  const char* code;
};

TEST(SeedArticleTest, FindsEveryNamedActorWithItsCode) {
  const std::string path = testing::SharedFile("examples/seed-article.jsonl");
  if (path.empty())
    GTEST_SKIP() << "the shared seed article is absent (DYAD_SHARED_DIR/examples/seed-article.jsonl); "
                    "this test runs where it is present";
  std::vector<Article> articles;
  InputStats stats;
  ASSERT_TRUE(ReadInputs({path}, ReadOptions(),
                         [&](Article&& a) {
                           articles.push_back(std::move(a));
                           return true;
                         },
                         nullptr, &stats)
                  .ok());
  ASSERT_EQ(articles.size(), 1u);
  const Article& article = articles[0];
  ASSERT_TRUE(article.date.has_value());
  EXPECT_EQ(article.date->ToString(), "2024-04-16");

  Analysis analysis;
  testing::SharedPipeline().Analyze(article, &analysis);
  std::vector<std::pair<std::string, std::string>> found;
  for (const ActorMention& m : analysis.actors)
    found.emplace_back(article.text.substr(m.begin, m.end - m.begin), m.code);

  const Expected expected[] = {
      {"Kim Jong-Un", "PRKGOV"},     {"Zhao Leji", "CHNGOV"},  {"Xi Jinping", "CHNGOV"},
      {"Pyongyang", "PRKGOV"},       {"Beijing", "CHNGOV"},    {"Washington", "USAGOV"},
      {"DPRK", "PRKGOV"},            {"the North", "PRKGOV"},  {"United States", "USAGOV"},
      {"South Korea", "KORGOV"},     {"Republic of Korea", "KORGOV"},
      {"CCP", "CHNGOV"},             {"UN", "IGOUNO"},
  };
  for (const Expected& e : expected) {
    bool ok = false;
    for (const auto& [text, code] : found)
      if (text.find(e.text) != std::string::npos && code == e.code) ok = true;
    EXPECT_TRUE(ok) << "not found: " << e.text << " as " << e.code;
  }
  // "Kim" alone, after the full name, is Kim Jong-Un.
  int kims = 0;
  for (const auto& [text, code] : found)
    if (text == "Kim" && code == "PRKGOV") ++kims;
  EXPECT_GE(kims, 2);
  // "Korean state media" is not South Korea, and no mention is garbled.
  for (const ActorMention& m : analysis.actors) {
    EXPECT_LE(m.end, article.text.size());
    EXPECT_FALSE(m.code.empty());
    EXPECT_NE(article.text.substr(m.begin, m.end - m.begin), "Korean");
  }
}

}  // namespace
}  // namespace dyad
