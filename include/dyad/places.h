// dyad/places.h: the gazetteer (cities, first-level divisions and countries
// from GeoNames) and the finder of the places a sentence names.
//
//   auto file = dyad::FindGazetteerFile("");              // <build>/data/places.tsv
//   if (!file.ok()) ...                                   // no gazetteer: code without places
//   auto gazetteer = dyad::Gazetteer::Load(*file);
//   std::vector<dyad::Place> found;
//   (*gazetteer)->Lookup("Sao Paulo", &found);            // São Paulo, BRA, first
//
//   std::vector<dyad::PlaceMention> places;               // "... met in Pyongyang ..."
//   dyad::FindPlaces(**gazetteer, analysis, sentence, &places);
//
// The gazetteer file is generated at build time (docs/places.md) and read
// through a memory map: Load() costs a few milliseconds whatever its size.
// A loaded Gazetteer is immutable; every method is const and thread-safe.
#ifndef DYAD_PLACES_H_
#define DYAD_PLACES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace dyad {

struct Analysis;

// What sort of place a gazetteer entry is.
enum class PlaceKind : uint8_t {
  kCountry,  // a country or territory, with an approximate centre
  kAdmin1,   // a first-level division: a state, province, governorate
  kCity,     // a populated place: city, town, village
};
std::string_view PlaceKindName(PlaceKind kind);

// One gazetteer entry, resolved.
struct Place {
  PlaceKind kind = PlaceKind::kCity;
  std::string name;          // "Pyongyang", "Gyeonggi-do", "North Korea"
  std::string country;       // ISO 3166-1 alpha-3 ("PRK"), as in actor codes
  std::string country_iso2;  // ISO 3166-1 alpha-2 ("KP"), or empty
  std::string country_name;  // "North Korea", or empty
  std::string admin1;        // GeoNames first-level division code ("12"), or empty
  std::string admin1_name;   // its name, or empty
  bool has_coordinates = false;
  double lat = 0;  // WGS84 degrees; for a country or division, the mean
  double lon = 0;  // position of its towns (see docs/places.md)
  uint64_t population = 0;   // 0 when unknown (and for countries, divisions)
  uint32_t geonames_id = 0;  // GeoNames feature id of a city, else 0
  bool capital = false;      // the capital of its country

  // "Pyongyang, Pyongyang, North Korea": name, division and country,
  // without repeats of the name.
  std::string FullName() const;
};

// A place named in a sentence.
struct PlaceMention {
  Place place;
  uint32_t sentence = 0;
  uint32_t token_begin = 0;  // the name's tokens in Document::tokens
  uint32_t token_end = 0;
  uint32_t begin = 0;  // byte span of the name in the article text
  uint32_t end = 0;
  // True when the name follows a locative preposition ("in", "near", ...);
  // false for the destination of a visit ("visited Pyongyang", "a trip to Seoul").
  bool locative = true;
};

// How places of one name are ranked (Gazetteer::Find, FindPlaces): by
// population, a capital counting ten times its own ("Kingston" is
// Jamaica's), a division a quarter of the population of all its towns
// ("New York" is the city). Countries rank before all of them.
double PlaceWeight(const Place& place);

// Sizes of a loaded gazetteer.
struct GazetteerStats {
  size_t names = 0;      // lookup keys (a place may have several)
  size_t countries = 0;
  size_t admin1 = 0;
  size_t bytes = 0;      // size of the file or text
};

// The folded form of a place name, as the gazetteer keys it: ASCII letters
// in lower case, Latin letters without their marks ("São Paulo" is
// "sao paulo", "Ḩamāh" is "hamah", "Straße" is "strasse"), apostrophes and
// dots dropped ("Sana'a" is "sanaa", "D.C." is "dc"), every run of spaces,
// hyphens and other punctuation one space, none at either end. Letters of
// other scripts are kept as they are.
std::string FoldPlaceName(std::string_view name);

class Gazetteer {
 public:
  virtual ~Gazetteer() = default;

  // Maps the generated file at `path` (format in docs/places.md). NotFound
  // when it does not exist; InvalidArgument naming the file and line when
  // it is not a gazetteer file. The file must not change while loaded.
  static absl::StatusOr<std::unique_ptr<Gazetteer>> Load(const std::string& path);

  // A gazetteer from text in the same format (for tests and tools). Name
  // lines need not be sorted. Errors as for Load(), naming `name`.
  static absl::StatusOr<std::unique_ptr<Gazetteer>> FromText(std::string text,
                                                             std::string_view name = "places");

  // Replaces *out with every place whose folded name is `folded`
  // (FoldPlaceName), the best first: capitals, then by population. Returns
  // the number found; 0 and an empty *out when there is none.
  virtual size_t Find(std::string_view folded, std::vector<Place>* out) const = 0;

  // Find(FoldPlaceName(name), out).
  size_t Lookup(std::string_view name, std::vector<Place>* out) const {
    return Find(FoldPlaceName(name), out);
  }

  // True when some key is `folded` or starts with `folded` and a space: a
  // longer name may still match if more words follow.
  virtual bool HasPrefix(std::string_view folded) const = 0;

  // The country entry of an ISO alpha-3 code ("PRK"); false when absent.
  virtual bool Country(std::string_view iso3, Place* out) const = 0;

  virtual GazetteerStats Stats() const = 0;

  // The file's description line: source packages and versions.
  virtual std::string_view Source() const = 0;
};

// Where the gazetteer file is. Returns `flag` when not empty; else the
// DYAD_PLACES environment variable when set and not empty; else the first
// of <exe>/data/places.tsv, <exe>/../share/dyad/places.tsv and this build's
// data/places.tsv that exists. NotFound names the places tried (the caller
// codes without places and says so once).
absl::StatusOr<std::string> FindGazetteerFile(const std::string& flag);

// Appends the places that sentence `sentence` of an analysed article names
// after a locative preposition ("in Pyongyang", "near the border town of
// Rafah", "in the capital, Kyiv", "in Syria"), and the destinations of
// visits ("visited Seoul", "a trip to Beijing"), in text order. Country
// names come from the sentence's actor mentions; other names from the
// gazetteer, ambiguous ones resolved by the sentence's actors' countries,
// then capitals, then population. Rules in docs/places.md.
void FindPlaces(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence,
                std::vector<PlaceMention>* out);

// The place whose name (or description and name: "the border town of
// Kaesong") starts at token `token` of the sentence, read as FindPlaces
// reads one after a preposition ("visited Srebrenica": the object of a
// verb). False when there is none.
bool PlaceAt(const Gazetteer& gazetteer, const Analysis& analysis, uint32_t sentence, uint32_t token,
             PlaceMention* out);

}  // namespace dyad

#endif  // DYAD_PLACES_H_
