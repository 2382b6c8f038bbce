// The gazetteer generator: package data in, places.tsv text out.
#include "place/gazetteer_build.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "dyad/places.h"
#include "util/strings.h"

namespace dyad::place {
namespace {

// ---- protocol buffers: just what cities.pbf uses ----

class PbfReader {
 public:
  explicit PbfReader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  bool done() const { return p_ >= end_; }

  bool Varint(uint64_t* out) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ >= end_) return false;
      const auto b = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        *out = v;
        return true;
      }
    }
    return false;
  }
  bool SVarint(int64_t* out) {
    uint64_t v;
    if (!Varint(&v)) return false;
    *out = static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
    return true;
  }
  bool Bytes(std::string_view* out) {
    uint64_t n;
    if (!Varint(&n) || n > static_cast<uint64_t>(end_ - p_)) return false;
    *out = std::string_view(p_, static_cast<size_t>(n));
    p_ += n;
    return true;
  }
  size_t offset(const char* base) const { return static_cast<size_t>(p_ - base); }

 private:
  const char* p_;
  const char* end_;
};

// ---- JSON ----

std::string_view StringField(simdjson::dom::object object, std::string_view key) {
  std::string_view value;
  if (object[key].get_string().get(value) != simdjson::SUCCESS) return {};
  return value;
}

// ---- geometry ----

// The mean position of points on the sphere (so that a country across the
// antimeridian gets a centre near it, not on the other side of the world).
struct MeanPosition {
  double x = 0, y = 0, z = 0;
  size_t n = 0;
  void Add(double lat, double lon) {
    const double la = lat * M_PI / 180, lo = lon * M_PI / 180;
    x += std::cos(la) * std::cos(lo);
    y += std::cos(la) * std::sin(lo);
    z += std::sin(la);
    ++n;
  }
  bool Get(double* lat, double* lon) const {
    if (n == 0) return false;
    const double h = std::hypot(x, y);
    if (h < 1e-9 && std::fabs(z) < 1e-9) return false;
    *lat = std::atan2(z, h) * 180 / M_PI;
    *lon = std::atan2(y, x) * 180 / M_PI;
    return true;
  }
};

std::string Number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", v);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

// Tabs and newlines cannot be in a field.
std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// "Korea, Republic of" -> "Republic of Korea"; "Congo, The Democratic
// Republic of the" -> "Democratic Republic of the Congo".
std::string Uninvert(std::string_view name) {
  const size_t comma = name.find(", ");
  if (comma == std::string_view::npos) return std::string(name);
  std::string_view rest = name.substr(comma + 2);
  if (rest.substr(0, 4) == "The ") rest.remove_prefix(4);
  return util::Cat(rest, " ", name.substr(0, comma));
}

constexpr std::string_view kDivisionSuffixes[] = {" oblast", " governorate", " province", " region",
                                                  " prefecture", " krai", " state", " district"};

bool IsSeat(std::string_view feature_code) {
  return feature_code == "PPLC" || feature_code == "PPLA" || feature_code == "PPLA2";
}

}  // namespace

absl::Status ReadCitiesPbf(std::string_view bytes, std::vector<City>* out) {
  PbfReader reader(bytes);
  int64_t lon = 0, lat = 0;  // running sums of the deltas
  while (!reader.done()) {
    const size_t at = reader.offset(bytes.data());
    auto bad = [&] { return absl::InvalidArgumentError(util::Cat("cities.pbf: malformed record at byte ", at)); };
    std::string_view message;
    if (!reader.Bytes(&message)) return bad();
    PbfReader fields(message);
    City city;
    while (!fields.done()) {
      uint64_t key;
      if (!fields.Varint(&key)) return bad();
      const uint32_t tag = static_cast<uint32_t>(key >> 3);
      const uint32_t wire = static_cast<uint32_t>(key & 7);
      if (wire == 2) {
        std::string_view s;
        if (!fields.Bytes(&s)) return bad();
        switch (tag) {
          case 2: city.name = std::string(s); break;
          case 3: city.iso2 = std::string(s); break;
          case 7: city.feature_code = std::string(s); break;
          case 8: city.admin1 = std::string(s); break;
          default: break;  // other country codes, municipalities
        }
      } else if (wire == 0) {
        if (tag == 1 || tag == 10 || tag == 11) {
          int64_t v;
          if (!fields.SVarint(&v)) return bad();
          if (tag == 1) city.id = static_cast<uint32_t>(v);
          if (tag == 10) lon += v;
          if (tag == 11) lat += v;
        } else {
          uint64_t v;
          if (!fields.Varint(&v)) return bad();
          if (tag == 9) city.population = v;
        }
      } else {
        return bad();
      }
    }
    city.lon = static_cast<double>(lon) / 1e5;
    city.lat = static_cast<double>(lat) / 1e5;
    out->push_back(std::move(city));
  }
  return absl::OkStatus();
}

absl::Status ReadIsoCountries(std::string_view json, std::vector<CountryNames>* out) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root); error != simdjson::SUCCESS)
    return absl::InvalidArgumentError(util::Cat("iso_3166-1.json: ", simdjson::error_message(error)));
  simdjson::dom::array list;
  if (root["3166-1"].get_array().get(list) != simdjson::SUCCESS)
    return absl::InvalidArgumentError("iso_3166-1.json: no \"3166-1\" list");
  for (simdjson::dom::element e : list) {
    simdjson::dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) continue;
    CountryNames c;
    c.iso2 = std::string(StringField(o, "alpha_2"));
    c.iso3 = std::string(StringField(o, "alpha_3"));
    c.name = std::string(StringField(o, "name"));
    c.common_name = std::string(StringField(o, "common_name"));
    c.official_name = std::string(StringField(o, "official_name"));
    c.numeric = std::string(StringField(o, "numeric"));
    if (c.iso2.size() == 2 && c.iso3.size() == 3 && !c.name.empty()) out->push_back(std::move(c));
  }
  return absl::OkStatus();
}

absl::Status ReadAdmin1Names(std::string_view json, std::vector<Admin1Name>* out) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root); error != simdjson::SUCCESS)
    return absl::InvalidArgumentError(util::Cat("admin1.json: ", simdjson::error_message(error)));
  simdjson::dom::array list;
  if (root.get_array().get(list) != simdjson::SUCCESS)
    return absl::InvalidArgumentError("admin1.json: not a list");
  for (simdjson::dom::element e : list) {
    simdjson::dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) continue;
    const std::string_view code = StringField(o, "code");
    const size_t dot = code.find('.');
    if (dot == std::string_view::npos) continue;
    Admin1Name a{std::string(code.substr(0, dot)), std::string(code.substr(dot + 1)),
                 std::string(StringField(o, "name"))};
    if (!a.name.empty()) out->push_back(std::move(a));
  }
  return absl::OkStatus();
}

absl::Status ReadAliases(std::string_view text, std::string_view name, std::vector<Alias>* out) {
  uint32_t line_no = 0;
  for (std::string_view line : util::Split(text, '\n')) {
    ++line_no;
    line = util::Strip(line);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = util::Split(line, '\t', true);
    auto bad = [&](std::string_view reason) {
      return absl::InvalidArgumentError(util::Cat(name, ":", line_no, ": ", reason, ": \"", line, "\""));
    };
    if (f.size() < 3) return bad("want KIND, ISO2 and TEXT separated by tabs");
    Alias a{std::string(f[0]), std::string(f[1]), std::string(f[2]), f.size() > 3 ? std::string(f[3]) : "",
            line_no};
    if (a.kind != "city" && a.kind != "country" && a.kind != "display" && a.kind != "iso")
      return bad("unknown kind (city, country, display or iso)");
    if (a.iso2.size() != 2) return bad("ISO2 must be two letters");
    if ((a.kind == "city" || a.kind == "iso") && a.target.empty()) return bad("missing the fourth field");
    out->push_back(std::move(a));
  }
  return absl::OkStatus();
}

std::string BuildGazetteerText(const std::vector<City>& cities, const std::vector<CountryNames>& iso,
                               const std::vector<Admin1Name>& admin1, const std::vector<Alias>& aliases,
                               const BuildOptions& options, BuildStats* stats) {
  // Countries: ISO names, the project's additions and display names.
  struct Country {
    std::string iso3;
    std::string display;
    std::set<std::string> names;
    MeanPosition centre;
  };
  std::map<std::string, Country> countries;  // by ISO2
  for (const CountryNames& c : iso) {
    Country& k = countries[c.iso2];
    k.iso3 = c.iso3;
    k.display = !c.common_name.empty() ? c.common_name : Uninvert(c.name);
    k.names = {k.display, Uninvert(c.name)};
    if (c.name.find(',') == std::string::npos) k.names.insert(c.name);
    if (!c.official_name.empty()) k.names.insert(c.official_name);
  }
  for (const Alias& a : aliases) {
    if (a.kind == "iso") {
      Country& k = countries[a.iso2];
      k.iso3 = a.text;
      k.display = a.target;
      k.names.insert(a.target);
    }
  }
  for (const Alias& a : aliases) {
    auto it = countries.find(a.iso2);
    if (a.kind != "country" && a.kind != "display") continue;
    if (it == countries.end()) {
      stats->warnings.push_back(util::Cat("aliases line ", a.line, ": no country ", a.iso2));
      continue;
    }
    it->second.names.insert(a.text);
    if (a.kind == "display") it->second.display = a.text;
  }

  // Divisions: names, and the towns in them for a centre and a population.
  struct Division {
    std::string name;
    MeanPosition centre;
    uint64_t population = 0;
    std::set<std::string> city_keys;  // keys of the towns in it
  };
  std::map<std::string, Division> divisions;  // by "ISO2.code"
  for (const Admin1Name& a : admin1) divisions[util::Cat(a.iso2, ".", a.code)].name = a.name;

  // Cities kept.
  std::vector<const City*> kept;
  for (const City& c : cities) {
    if (c.population < options.min_population && !IsSeat(c.feature_code)) continue;
    if (countries.find(c.iso2) == countries.end()) continue;
    kept.push_back(&c);
    countries[c.iso2].centre.Add(c.lat, c.lon);
    auto d = divisions.find(util::Cat(c.iso2, ".", c.admin1));
    if (d != divisions.end()) {
      d->second.centre.Add(c.lat, c.lon);
      d->second.population += c.population;
      d->second.city_keys.insert(FoldPlaceName(c.name));
    }
  }

  std::vector<std::string> lines;
  auto name_line = [&](std::string_view key, char kind, std::string_view name, std::string_view iso2,
                       std::string_view admin, const MeanPosition* centre, double lat, double lon,
                       uint64_t population, uint32_t id, bool capital) {
    if (key.empty()) return;
    std::string coords = "\t";
    double la = lat, lo = lon;
    if (centre == nullptr || centre->Get(&la, &lo)) coords = util::Cat(Number(la), "\t", Number(lo));
    lines.push_back(util::Cat(key, "\t", std::string_view(&kind, 1), "\t", Clean(name), "\t", iso2, "\t",
                              Clean(admin), "\t", coords, "\t", population, "\t", id, "\t",
                              capital ? "1" : "0"));
  };

  // City aliases by (ISO2, folded GeoNames name).
  std::map<std::pair<std::string, std::string>, std::vector<const Alias*>> city_aliases;
  for (const Alias& a : aliases)
    if (a.kind == "city") city_aliases[{a.iso2, FoldPlaceName(a.target)}].push_back(&a);
  std::set<const Alias*> used;
  for (const City* c : kept) {
    const bool capital = c->feature_code == "PPLC";
    const std::string folded = FoldPlaceName(c->name);
    std::set<std::string> keys{folded};
    // "Washington, D.C." is also "Washington".
    if (capital && c->name.find(',') != std::string::npos)
      keys.insert(FoldPlaceName(c->name.substr(0, c->name.find(','))));
    if (auto it = city_aliases.find({c->iso2, folded}); it != city_aliases.end()) {
      for (const Alias* a : it->second) {
        keys.insert(FoldPlaceName(a->text));
        used.insert(a);
      }
    }
    for (const std::string& key : keys)
      name_line(key, 'c', c->name, c->iso2, c->admin1, nullptr, c->lat, c->lon, c->population, c->id, capital);
  }
  // An alias whose city is missing is worth a warning: the list is ours.
  for (const Alias& a : aliases)
    if (a.kind == "city" && used.count(&a) == 0)
      stats->warnings.push_back(util::Cat("aliases line ", a.line, ": no city \"", a.target, "\" in ", a.iso2));

  size_t division_count = 0;
  for (const auto& [code, d] : divisions) {
    if (d.name.empty()) continue;
    const std::string iso2 = code.substr(0, code.find('.'));
    if (countries.find(iso2) == countries.end()) continue;
    ++division_count;
    std::set<std::string> keys{FoldPlaceName(d.name)};
    for (std::string_view suffix : kDivisionSuffixes) {
      const std::string folded = FoldPlaceName(d.name);
      if (folded.size() > suffix.size() && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0)
        keys.insert(folded.substr(0, folded.size() - suffix.size()));
    }
    for (const std::string& key : keys) {
      // A town of the same name inside the division stands for the name
      // ("Aleppo" is the city, not the governorate).
      if (d.city_keys.count(key) != 0) continue;
      name_line(key, 'a', d.name, iso2, code.substr(iso2.size() + 1), &d.centre, 0, 0, d.population, 0, false);
    }
  }

  for (const auto& [iso2, k] : countries) {
    for (const std::string& n : k.names) name_line(FoldPlaceName(n), 'k', k.display, iso2, "", &k.centre, 0, 0, 0, 0, false);
  }

  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());

  std::string out = "#dyad-places 1\n";
  if (!options.source.empty()) util::Append(&out, "#source ", Clean(options.source), "\n");
  out += "# C ISO2 ISO3 name lat lon | A ISO2 code name lat lon | %% | key kind name ISO2 admin1 lat lon population geonames_id capital\n";
  for (const auto& [iso2, k] : countries) {
    double lat, lon;
    const bool has = k.centre.Get(&lat, &lon);
    util::Append(&out, "C\t", iso2, "\t", k.iso3, "\t", Clean(k.display), "\t", has ? Number(lat) : "", "\t",
                 has ? Number(lon) : "", "\n");
  }
  for (const auto& [code, d] : divisions) {
    if (d.name.empty()) continue;
    const size_t dot = code.find('.');
    double lat, lon;
    const bool has = d.centre.Get(&lat, &lon);
    util::Append(&out, "A\t", code.substr(0, dot), "\t", code.substr(dot + 1), "\t", Clean(d.name), "\t",
                 has ? Number(lat) : "", "\t", has ? Number(lon) : "", "\n");
  }
  out += "%%\n";
  for (const std::string& l : lines) util::Append(&out, l, "\n");
  stats->cities = kept.size();
  stats->admin1 = division_count;
  stats->countries = countries.size();
  stats->names = lines.size();
  return out;
}

}  // namespace dyad::place
