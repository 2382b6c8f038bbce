// The gazetteer on a tiny text: folding of names, lookups and their order,
// prefixes for multi-word names, countries, and errors on bad files.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/places.h"
#include "place/tiny_gazetteer.h"

namespace dyad {
namespace {

std::unique_ptr<Gazetteer> Tiny() {
  auto g = Gazetteer::FromText(testing::TinyGazetteerText(), "tiny");
  EXPECT_TRUE(g.ok()) << g.status();
  return g.ok() ? std::move(*g) : nullptr;
}

TEST(FoldPlaceNameTest, FoldsCaseMarksApostrophesAndSeparators) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"São Paulo", "sao paulo"},
      {"SAO PAULO", "sao paulo"},
      {"Ḩamāh", "hamah"},
      {"Khān Yūnis", "khan yunis"},
      {"Kaesŏng", "kaesong"},
      {"Straße", "strasse"},
      {"Łódź", "lodz"},
      {"Sana'a", "sanaa"},
      {"Sana’a", "sanaa"},
      {"Ta‘izz", "taizz"},
      {"Washington, D.C.", "washington dc"},
      {"Rostov-on-Don", "rostov on don"},
      {"  Al -  Bab ", "al bab"},
      {"Sa\xCC\x83o", "sao"},  // a combining tilde
      {"Αθήνα", "Αθήνα"},       // other scripts are kept
      {"", ""},
      {"---", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(FoldPlaceName(c.in), c.out) << c.in;
}

TEST(FoldPlaceNameTest, InvalidUtf8IsAWordBreak) {
  EXPECT_EQ(FoldPlaceName("Ab\xFF" "cd"), "ab cd");
  EXPECT_EQ(FoldPlaceName("\xC3"), "");
}

TEST(GazetteerTest, LooksUpWithFoldedNames) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  ASSERT_EQ(g->Lookup("Sao Paulo", &found), 1u);
  EXPECT_EQ(found[0].name, "São Paulo");
  EXPECT_EQ(found[0].country, "BRA");
  EXPECT_EQ(found[0].country_iso2, "BR");
  EXPECT_EQ(found[0].admin1_name, "São Paulo");
  EXPECT_EQ(found[0].population, 10021295u);
  EXPECT_EQ(found[0].geonames_id, 3448439u);
  EXPECT_TRUE(found[0].has_coordinates);
  EXPECT_NEAR(found[0].lat, -23.5475, 1e-9);
  EXPECT_EQ(g->Lookup("SÃO PAULO", &found), 1u);
  EXPECT_EQ(g->Lookup("Atlantis", &found), 0u);
  EXPECT_TRUE(found.empty());
}

TEST(GazetteerTest, CapitalsAndThenTheMostPopulousComeFirst) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  ASSERT_EQ(g->Lookup("Washington", &found), 2u);
  EXPECT_EQ(found[0].country, "USA");  // the capital
  EXPECT_TRUE(found[0].capital);
  ASSERT_EQ(g->Lookup("Donetsk", &found), 2u);
  EXPECT_EQ(found[0].country, "UKR");
  EXPECT_EQ(found[1].country, "RUS");
}

TEST(GazetteerTest, CountriesAndDivisions) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  ASSERT_EQ(g->Lookup("Syria", &found), 1u);
  EXPECT_EQ(found[0].kind, PlaceKind::kCountry);
  EXPECT_EQ(found[0].country, "SYR");
  ASSERT_EQ(g->Lookup("the Gaza Strip", &found), 0u);
  ASSERT_EQ(g->Lookup("Gaza Strip", &found), 1u);
  EXPECT_EQ(found[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(found[0].FullName(), "Gaza Strip, Palestine");

  Place country;
  ASSERT_TRUE(g->Country("PRK", &country));
  EXPECT_EQ(country.kind, PlaceKind::kCountry);
  EXPECT_EQ(country.name, "North Korea");
  EXPECT_EQ(country.country_iso2, "KP");
  EXPECT_TRUE(country.has_coordinates);
  EXPECT_FALSE(g->Country("ATL", &country));
}

TEST(GazetteerTest, FullNameSkipsRepeatsAndMissingParts) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  ASSERT_EQ(g->Lookup("Pyongyang", &found), 1u);
  EXPECT_EQ(found[0].FullName(), "Pyongyang, North Korea");  // the division is also Pyongyang
  ASSERT_EQ(g->Lookup("Kaesong", &found), 1u);
  EXPECT_EQ(found[0].FullName(), "Kaesŏng, North Hwanghae, North Korea");
  ASSERT_EQ(g->Lookup("The Hague", &found), 1u);
  EXPECT_EQ(found[0].FullName(), "The Hague");  // NL is not in the tiny country table
  EXPECT_TRUE(found[0].country.empty());
}

TEST(GazetteerTest, HasPrefixTellsWhetherALongerNameMayFollow) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->HasPrefix("khan"));
  EXPECT_TRUE(g->HasPrefix("khan yunis"));
  EXPECT_TRUE(g->HasPrefix("white"));
  EXPECT_TRUE(g->HasPrefix("paris"));
  EXPECT_FALSE(g->HasPrefix("kha"));  // words, not letters
  EXPECT_FALSE(g->HasPrefix("khan yunis city"));
  EXPECT_FALSE(g->HasPrefix("zzz"));
  EXPECT_FALSE(g->HasPrefix(""));
}

TEST(GazetteerTest, StatsAndSource) {
  auto g = Tiny();
  ASSERT_NE(g, nullptr);
  const GazetteerStats s = g->Stats();
  EXPECT_EQ(s.countries, 10u);
  EXPECT_EQ(s.admin1, 6u);
  EXPECT_EQ(s.names, 19u);
  EXPECT_EQ(g->Source(), "a tiny hand-made gazetteer for tests");
}

TEST(GazetteerTest, BadTextIsAnErrorNamingTheLine) {
  const struct {
    const char* text;
    const char* message;  // contained in the error
  } cases[] = {
      {"", "places:1: not a dyad gazetteer"},
      {"name\tc\n", "places:1: not a dyad gazetteer"},
      {"#dyad-places 1\nC\tKP\tPRK\tNorth Korea\t1\t2\n", "places:2: no %% line"},
      {"#dyad-places 1\nX\tfoo\n%%\n", "places:2: expected a C or A line"},
      {"#dyad-places 1\n%%\nno-tab-here\n", "places:3: a name line without fields"},
  };
  for (const auto& c : cases) {
    auto g = Gazetteer::FromText(c.text);
    ASSERT_FALSE(g.ok()) << c.text;
    EXPECT_EQ(g.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(std::string(g.status().message()).find(c.message), std::string::npos) << g.status();
  }
}

TEST(GazetteerTest, MalformedNameLinesAreSkippedAtLookup) {
  auto g = Gazetteer::FromText(
      "#dyad-places 1\n%%\n"
      "x\tc\tX\tKP\t\tnot-a-number\t1\t1\t1\t0\n"
      "x\tq\tX\tKP\t\t1\t1\t5\t1\t0\n"
      "x\tc\tX\tKP\n"
      "x\tc\tGood\tKP\t\t1\t2\t5\t1\t0\n");
  ASSERT_TRUE(g.ok()) << g.status();
  std::vector<Place> found;
  ASSERT_EQ((*g)->Lookup("x", &found), 2u);  // no coordinates is still a place
  EXPECT_EQ(found[0].name, "Good");
  EXPECT_FALSE(found[1].has_coordinates);
}

TEST(GazetteerTest, LoadMapsAFileAndReportsAMissingOne) {
  const auto path =
      std::filesystem::temp_directory_path() / ("dyad_gazetteer_test_" + std::to_string(getpid()) + ".tsv");
  std::ofstream(path, std::ios::binary) << testing::TinyGazetteerText();
  auto g = Gazetteer::Load(path.string());
  ASSERT_TRUE(g.ok()) << g.status();
  std::vector<Place> found;
  EXPECT_EQ((*g)->Lookup("Seoul", &found), 1u);
  std::filesystem::remove(path);

  auto missing = Gazetteer::Load("/no/such/places.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(std::string(missing.status().message()).find("/no/such/places.tsv"), std::string::npos);
}

TEST(GazetteerTest, FindGazetteerFilePrefersTheFlagThenTheEnvironment) {
  EXPECT_EQ(*FindGazetteerFile("/some/file.tsv"), "/some/file.tsv");
  setenv("DYAD_PLACES", "/from/env.tsv", 1);
  EXPECT_EQ(*FindGazetteerFile(""), "/from/env.tsv");
  unsetenv("DYAD_PLACES");
}

}  // namespace
}  // namespace dyad
