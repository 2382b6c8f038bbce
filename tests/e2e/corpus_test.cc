// The whole pipeline and the event coder over the shared corpus of real
// news: every article is analysed and coded without a crash, and every
// event it yields is well formed (spans inside the text, a known code,
// two different actors). Skips where the corpus is absent.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/input.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

TEST(CorpusTest, EveryArticleIsCodedIntoWellFormedEvents) {
  const std::string path = testing::SharedFile("corpus/wikinews-politics-2004-2009.jsonl");
  if (path.empty())
    GTEST_SKIP() << "the shared corpus is absent (DYAD_SHARED_DIR/corpus); this test runs where it is present";
  std::vector<Article> articles;
  ASSERT_TRUE(testing::ReadArticles(path, &articles));
  ASSERT_GT(articles.size(), 1000u);

  const Pipeline& pipeline = testing::SharedPipeline();
  auto coder = EventCoder::Load(pipeline.data_dir(), nullptr);
  ASSERT_TRUE(coder.ok()) << coder.status();

  Analysis analysis;
  std::vector<Event> events;
  std::vector<Rejection> rejections;
  size_t total = 0, sentences = 0;
  for (const Article& article : articles) {
    pipeline.Analyze(article, &analysis);
    events.clear();
    rejections.clear();
    // With rejections, as `dyad explain` asks, which walks more paths.
    (*coder)->Code(article, analysis, &events, &rejections);
    sentences += analysis.doc.sentences.size();
    total += events.size();
    const size_t size = analysis.doc.text.size();
    for (const Event& e : events) {
      ASSERT_NE(e.cameo, nullptr) << article.id;
      ASSERT_LT(e.sentence, analysis.doc.sentences.size()) << article.id;
      // Two actors with one code are two names (two parties, two senators).
      if (e.source.code == e.target.code)
        EXPECT_NE(e.source.begin, e.target.begin) << article.id << ":" << e.sentence;
      EXPECT_FALSE(e.source.code.empty()) << article.id << ":" << e.sentence;
      EXPECT_LE(e.source.begin, e.source.end) << article.id;
      EXPECT_LE(e.source.end, size) << article.id;
      EXPECT_LE(e.target.end, size) << article.id;
      EXPECT_LE(e.verb_begin, e.verb_end) << article.id;
      EXPECT_LE(e.verb_end, size) << article.id;
    }
  }
  EXPECT_GT(sentences, 50000u);
  // Real news about politics: a few events in every hundred sentences.
  EXPECT_GT(total * 100, sentences);
}

}  // namespace
}  // namespace dyad
