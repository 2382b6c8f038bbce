// Events as rows of GDELT 2.0's event table, tab- or comma-separated
// (docs/output.md has the column mapping).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/output.h"
#include "util/strings.h"

namespace dyad {
namespace {

int DayOfYear(const Date& d) {
  int day = d.day;
  for (int m = 1; m < d.month; ++m) day += DaysInMonth(d.year, m);
  return day;
}

std::string Fixed(double v, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

// Coordinates with up to five decimals, trailing zeros dropped.
std::string Degrees(double v) {
  std::string s = Fixed(v, 5);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

// IGOUNO, NGOAMN, MNC...: the group's three-letter code and its type.
bool IsGroupCode(std::string_view code) {
  const std::string_view prefix = code.substr(0, 3);
  return code.size() >= 6 && (prefix == "IGO" || prefix == "NGO" || prefix == "IMG" || prefix == "MNC");
}

class Row {
 public:
  Row(TableFormat format, std::string* out) : format_(format), out_(out) {}

  void Field(std::string_view value) {
    if (count_++ > 0) out_->push_back(format_ == TableFormat::kTsv ? '\t' : ',');
    if (format_ == TableFormat::kTsv) {
      for (char c : value) out_->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
      return;
    }
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      out_->append(value);
      return;
    }
    out_->push_back('"');
    for (char c : value) {
      if (c == '"') out_->push_back('"');
      out_->push_back(c);
    }
    out_->push_back('"');
  }
  void Empty(int n = 1) {
    for (int i = 0; i < n; ++i) Field("");
  }
  void End() { out_->append(format_ == TableFormat::kTsv ? "\n" : "\r\n"); }
  int count() const { return count_; }

 private:
  TableFormat format_;
  std::string* out_;
  int count_ = 0;
};

void ActorFields(const Analysis& analysis, const EventActor& a, Row* row) {
  row->Field(a.code);
  row->Field(analysis.doc.text.substr(a.begin, a.end - a.begin));  // Name
  row->Field(a.country);                                           // CountryCode
  row->Field(IsGroupCode(a.code) ? std::string_view(a.code).substr(a.code.size() - 3) : "");  // KnownGroupCode
  row->Empty(3);                                                   // EthnicCode, Religion1Code, Religion2Code
  row->Field(!a.role.empty() ? std::string_view(a.role)
             : IsGroupCode(a.code) ? std::string_view(a.code).substr(0, 3)
                                   : std::string_view());  // Type1Code
  row->Empty(2);                                           // Type2Code, Type3Code
}

// GDELT's geographic types.
int GeoType(const Place& p) {
  const bool us = p.country == "USA";
  switch (p.kind) {
    case PlaceKind::kCountry: return 1;
    case PlaceKind::kAdmin1: return us ? 2 : 5;
    case PlaceKind::kCity: return us ? 3 : 4;
  }
  return 4;
}

void GeoFields(const std::optional<PlaceMention>& location, Row* row) {
  if (!location) {
    row->Empty(8);
    return;
  }
  const Place& p = location->place;
  row->Field(std::to_string(GeoType(p)));
  row->Field(p.FullName());
  row->Field(p.country);
  row->Field(p.kind == PlaceKind::kCountry ? p.country_iso2 : util::Cat(p.country_iso2, p.admin1));  // ADM1Code
  row->Empty();                                                                                    // ADM2Code
  row->Field(p.has_coordinates ? Degrees(p.lat) : "");
  row->Field(p.has_coordinates ? Degrees(p.lon) : "");
  row->Field(p.kind == PlaceKind::kCity      ? std::to_string(p.geonames_id)
             : p.kind == PlaceKind::kAdmin1 ? util::Cat(p.country_iso2, p.admin1)
                                            : p.country);  // FeatureID
}

}  // namespace

const std::vector<std::string_view>& EventTableColumns() {
  static const std::vector<std::string_view> columns = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
      "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
      "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
      "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
      "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
      "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
      "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
  };
  return columns;
}

void AppendEventTableHeader(TableFormat format, std::string* out) {
  Row row(format, out);
  for (std::string_view name : EventTableColumns()) row.Field(name);
  row.End();
}

void AppendEventRow(const Article& article, const Analysis& analysis, const Event& e, uint32_t ordinal,
                    TableFormat format, std::string* out) {
  Row row(format, out);
  row.Field(util::Cat(article.id, ":", e.sentence, ":", ordinal));
  if (e.date) {
    const Date& d = *e.date;
    row.Field(std::to_string(d.Key()));
    row.Field(std::to_string(d.year * 100 + d.month));
    row.Field(std::to_string(d.year));
    row.Field(Fixed(d.year + DayOfYear(d) / 365.0, 4));
  } else {
    row.Empty(4);
  }
  ActorFields(analysis, e.source, &row);
  ActorFields(analysis, e.target, &row);
  row.Field(e.sentence == 0 ? "1" : "0");  // IsRootEvent: the lead sentence
  const std::string_view code = e.cameo->code;
  row.Field(code);
  row.Field(code.substr(0, 3));
  row.Field(code.substr(0, 2));
  row.Field(std::to_string(e.cameo->quad_class));
  row.Field(Fixed(e.cameo->goldstein, 1));
  row.Field("1");  // NumMentions: each row is one mention
  row.Field("1");  // NumSources
  row.Field("1");  // NumArticles
  row.Empty();     // AvgTone
  row.Empty(16);   // Actor1Geo_*, Actor2Geo_*
  GeoFields(e.location, &row);
  row.Field(article.date ? util::Cat(article.date->Key(), "000000") : "");  // DATEADDED
  row.Field(article.url);
  row.End();
}

}  // namespace dyad
