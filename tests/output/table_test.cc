// Events as GDELT 2.0 event-table rows (TSV and CSV), and the location of
// an event in its JSON line.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/output.h"

namespace dyad {
namespace {

// An RFC 4180 reader, to check what the writer quotes.
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
      rows.emplace_back();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::vector<std::string> SplitTabs(std::string line) {
  if (!line.empty() && line.back() == '\n') line.pop_back();
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back().push_back(c);
  }
  return out;
}

class TableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    article_.id = "a,1";
    article_.url = "https://example.org/news?id=1";
    article_.date = ParseDate("2024-04-16").value();
    article_.text = "The \"UN\" envoy\tvisited Pyongyang,\nsaid officials.";
    analysis_.doc.text = article_.text;
    analysis_.doc.sentences.push_back(Sentence{0, static_cast<uint32_t>(article_.text.size()), 0, 0});
    code_ = CameoCode{"0421", "Make a visit (test)", 1.9, 1, "CONSULT", ""};
    event_.sentence = 0;
    event_.source = EventActor{"IGOUNO", "", "", 4, 14};  // "UN" envoy
    event_.target = EventActor{"PRKGOV", "PRK", "GOV", 23, 32};
    event_.cameo = &code_;
    event_.date = ParseDate("2024-02-18").value();
    event_.verb_begin = 15;
    event_.verb_end = 22;
    PlaceMention where;
    where.place.kind = PlaceKind::kCity;
    where.place.name = "Pyongyang";
    where.place.country = "PRK";
    where.place.country_iso2 = "KP";
    where.place.country_name = "North Korea";
    where.place.admin1 = "12";
    where.place.admin1_name = "P'yŏngyang";
    where.place.has_coordinates = true;
    where.place.lat = 39.03385;
    where.place.lon = 125.75432;
    where.place.geonames_id = 1871859;
    where.begin = 23;
    where.end = 32;
    event_.location = where;
  }

  std::vector<std::string> Column(const std::vector<std::string>& row, std::string_view name) {
    const auto& columns = EventTableColumns();
    for (size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == name) return {row.at(i)};
    ADD_FAILURE() << "no column " << name;
    return {""};
  }

  Article article_;
  Analysis analysis_;
  CameoCode code_;
  Event event_;
};

TEST_F(TableTest, HasGdeltsSixtyOneColumnsInOrder) {
  const auto& columns = EventTableColumns();
  ASSERT_EQ(columns.size(), 61u);
  EXPECT_EQ(columns[0], "GLOBALEVENTID");
  EXPECT_EQ(columns[5], "Actor1Code");
  EXPECT_EQ(columns[15], "Actor2Code");
  EXPECT_EQ(columns[25], "IsRootEvent");
  EXPECT_EQ(columns[34], "AvgTone");
  EXPECT_EQ(columns[35], "Actor1Geo_Type");
  EXPECT_EQ(columns[51], "ActionGeo_Type");
  EXPECT_EQ(columns[58], "ActionGeo_FeatureID");
  EXPECT_EQ(columns[59], "DATEADDED");
  EXPECT_EQ(columns[60], "SOURCEURL");
  std::string header;
  AppendEventTableHeader(TableFormat::kTsv, &header);
  EXPECT_EQ(SplitTabs(header).size(), 61u);
  EXPECT_EQ(header.substr(0, 22), "GLOBALEVENTID\tSQLDATE\t");
}

TEST_F(TableTest, TsvRowFillsWhatDyadKnows) {
  std::string line;
  AppendEventRow(article_, analysis_, event_, 2, TableFormat::kTsv, &line);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line";
  const std::vector<std::string> row = SplitTabs(line);
  ASSERT_EQ(row.size(), 61u);
  EXPECT_EQ(Column(row, "GLOBALEVENTID")[0], "a,1:0:2");
  EXPECT_EQ(Column(row, "SQLDATE")[0], "20240218");
  EXPECT_EQ(Column(row, "MonthYear")[0], "202402");
  EXPECT_EQ(Column(row, "Year")[0], "2024");
  EXPECT_EQ(Column(row, "FractionDate")[0], "2024.1342");  // day 49 of 365
  EXPECT_EQ(Column(row, "Actor1Code")[0], "IGOUNO");
  EXPECT_EQ(Column(row, "Actor1Name")[0], "\"UN\" envoy");
  EXPECT_EQ(Column(row, "Actor1CountryCode")[0], "");
  EXPECT_EQ(Column(row, "Actor1KnownGroupCode")[0], "UNO");
  EXPECT_EQ(Column(row, "Actor1Type1Code")[0], "IGO");
  EXPECT_EQ(Column(row, "Actor2Code")[0], "PRKGOV");
  EXPECT_EQ(Column(row, "Actor2CountryCode")[0], "PRK");
  EXPECT_EQ(Column(row, "Actor2Type1Code")[0], "GOV");
  EXPECT_EQ(Column(row, "Actor2KnownGroupCode")[0], "");
  EXPECT_EQ(Column(row, "IsRootEvent")[0], "1");
  EXPECT_EQ(Column(row, "EventCode")[0], "0421");
  EXPECT_EQ(Column(row, "EventBaseCode")[0], "042");
  EXPECT_EQ(Column(row, "EventRootCode")[0], "04");
  EXPECT_EQ(Column(row, "QuadClass")[0], "1");
  EXPECT_EQ(Column(row, "GoldsteinScale")[0], "1.9");
  EXPECT_EQ(Column(row, "NumMentions")[0], "1");
  EXPECT_EQ(Column(row, "AvgTone")[0], "");
  EXPECT_EQ(Column(row, "Actor1Geo_Type")[0], "");
  EXPECT_EQ(Column(row, "ActionGeo_Type")[0], "4");
  EXPECT_EQ(Column(row, "ActionGeo_FullName")[0], "Pyongyang, P'yŏngyang, North Korea");
  EXPECT_EQ(Column(row, "ActionGeo_CountryCode")[0], "PRK");
  EXPECT_EQ(Column(row, "ActionGeo_ADM1Code")[0], "KP12");
  EXPECT_EQ(Column(row, "ActionGeo_ADM2Code")[0], "");
  EXPECT_EQ(Column(row, "ActionGeo_Lat")[0], "39.03385");
  EXPECT_EQ(Column(row, "ActionGeo_Long")[0], "125.75432");
  EXPECT_EQ(Column(row, "ActionGeo_FeatureID")[0], "1871859");
  EXPECT_EQ(Column(row, "DATEADDED")[0], "20240416000000");
  EXPECT_EQ(Column(row, "SOURCEURL")[0], "https://example.org/news?id=1");
}

TEST_F(TableTest, TsvReplacesTabsAndLineBreaksInText) {
  event_.source.begin = 0;
  event_.source.end = 34;  // "The "UN" envoy<TAB>visited Pyongyang,<LF>"
  std::string line;
  AppendEventRow(article_, analysis_, event_, 0, TableFormat::kTsv, &line);
  const std::vector<std::string> row = SplitTabs(line);
  ASSERT_EQ(row.size(), 61u);
  EXPECT_EQ(Column(row, "Actor1Name")[0], "The \"UN\" envoy visited Pyongyang, ");
}

TEST_F(TableTest, CsvQuotesAsRfc4180Says) {
  event_.source.begin = 0;
  event_.source.end = 34;
  std::string text;
  AppendEventTableHeader(TableFormat::kCsv, &text);
  AppendEventRow(article_, analysis_, event_, 0, TableFormat::kCsv, &text);
  ASSERT_EQ(text.substr(text.size() - 2), "\r\n");
  const auto rows = ReadCsv(text);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), 61u);
  ASSERT_EQ(rows[1].size(), 61u);
  EXPECT_EQ(rows[0][0], "GLOBALEVENTID");
  EXPECT_EQ(rows[1][0], "a,1:0:0");
  EXPECT_EQ(Column(rows[1], "Actor1Name")[0], "The \"UN\" envoy\tvisited Pyongyang,\n");
  EXPECT_NE(text.find("\"a,1:0:0\""), std::string::npos);
  EXPECT_NE(text.find("\"The \"\"UN\"\" envoy"), std::string::npos);
}

TEST_F(TableTest, NoDateNoPlaceNoUrlLeaveTheirColumnsEmpty) {
  event_.date.reset();
  event_.location.reset();
  article_.url.clear();
  article_.date.reset();
  event_.sentence = 0;
  std::string line;
  AppendEventRow(article_, analysis_, event_, 0, TableFormat::kTsv, &line);
  const std::vector<std::string> row = SplitTabs(line);
  ASSERT_EQ(row.size(), 61u);
  for (const char* name : {"SQLDATE", "MonthYear", "Year", "FractionDate", "ActionGeo_Type", "ActionGeo_Lat",
                           "DATEADDED", "SOURCEURL"})
    EXPECT_EQ(Column(row, name)[0], "") << name;
}

TEST_F(TableTest, CountryAndDivisionPlaces) {
  PlaceMention& where = *event_.location;
  where.place.kind = PlaceKind::kCountry;
  where.place.name = "North Korea";
  std::string line;
  AppendEventRow(article_, analysis_, event_, 0, TableFormat::kTsv, &line);
  std::vector<std::string> row = SplitTabs(line);
  EXPECT_EQ(Column(row, "ActionGeo_Type")[0], "1");
  EXPECT_EQ(Column(row, "ActionGeo_FullName")[0], "North Korea");
  EXPECT_EQ(Column(row, "ActionGeo_ADM1Code")[0], "KP");
  EXPECT_EQ(Column(row, "ActionGeo_FeatureID")[0], "PRK");
  where.place.kind = PlaceKind::kAdmin1;
  where.place.name = "Texas";
  where.place.country = "USA";
  where.place.country_iso2 = "US";
  where.place.country_name = "United States";
  where.place.admin1 = "TX";
  line.clear();
  AppendEventRow(article_, analysis_, event_, 0, TableFormat::kTsv, &line);
  row = SplitTabs(line);
  EXPECT_EQ(Column(row, "ActionGeo_Type")[0], "2");
  EXPECT_EQ(Column(row, "ActionGeo_FullName")[0], "Texas, United States");
  EXPECT_EQ(Column(row, "ActionGeo_ADM1Code")[0], "USTX");
}

TEST_F(TableTest, JsonLocation) {
  std::string line;
  AppendEventJson(article_, analysis_, event_, 0, &line);
  EXPECT_NE(line.find("\"location\":{\"name\":\"Pyongyang\",\"country\":\"PRK\",\"lat\":39.03385,"
                      "\"lon\":125.75432,\"kind\":\"city\",\"full_name\":\"Pyongyang, P'yŏngyang, North Korea\","
                      "\"geonames_id\":1871859,\"text\":\"Pyongyang\",\"span\":[23,32]}"),
            std::string::npos)
      << line;
  event_.location->place.has_coordinates = false;
  event_.location->place.geonames_id = 0;
  line.clear();
  AppendEventJson(article_, analysis_, event_, 0, &line);
  EXPECT_NE(line.find("\"lat\":null,\"lon\":null"), std::string::npos) << line;
  EXPECT_NE(line.find("\"geonames_id\":null"), std::string::npos) << line;
  event_.location.reset();
  line.clear();
  AppendEventJson(article_, analysis_, event_, 0, &line);
  EXPECT_NE(line.find("\"location\":null"), std::string::npos) << line;
}

}  // namespace
}  // namespace dyad
