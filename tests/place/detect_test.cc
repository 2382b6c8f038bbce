// Finding places in sentences, and giving events their place, with the
// project's data and a tiny gazetteer written for the tests.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/input.h"
#include "dyad/places.h"
#include "e2e/test_support.h"
#include "place/tiny_gazetteer.h"

namespace dyad {
namespace {

const Gazetteer& Tiny() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::FromText(testing::TinyGazetteerText(), "tiny");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status();
      std::abort();
    }
    return loaded->release();
  }();
  return *g;
}

struct Found {
  std::string text;     // as written
  std::string name;     // the gazetteer's
  std::string country;  // ISO alpha-3
  PlaceKind kind = PlaceKind::kCity;
  bool locative = true;
};

// The places of every sentence of `text`.
std::vector<Found> Places(const std::string& text) {
  Article article;
  article.id = "t";
  article.text = text;
  article.date = ParseDate("2024-04-16").value();
  Analysis analysis;
  testing::SharedPipeline().Analyze(article, &analysis);
  std::vector<Found> out;
  for (uint32_t s = 0; s < analysis.doc.sentences.size(); ++s) {
    std::vector<PlaceMention> places;
    FindPlaces(Tiny(), analysis, s, &places);
    for (const PlaceMention& p : places) {
      EXPECT_LE(p.end, text.size());
      EXPECT_EQ(p.sentence, s);
      out.push_back(Found{text.substr(p.begin, p.end - p.begin), p.place.name, p.place.country, p.place.kind,
                          p.locative});
    }
  }
  return out;
}

// The one locative place of `text`, or "" when there is none or several.
std::string OnePlace(const std::string& text) {
  std::vector<Found> found;
  for (const Found& f : Places(text))
    if (f.locative) found.push_back(f);
  if (found.size() != 1) return found.empty() ? "" : "several";
  return found[0].name + "/" + found[0].country;
}

TEST(FindPlacesTest, NameAfterALocativePreposition) {
  EXPECT_EQ(OnePlace("The two leaders met in Pyongyang on Sunday."), "Pyongyang/PRK");
  EXPECT_EQ(OnePlace("Protests broke out near Seoul."), "Seoul/KOR");
  EXPECT_EQ(OnePlace("A rally was held outside Paris."), "Paris/FRA");
  EXPECT_EQ(OnePlace("Talks took place at The Hague."), "The Hague/");
}

TEST(FindPlacesTest, NamesThroughADescription) {
  EXPECT_EQ(OnePlace("Shots were fired near the border town of Kaesong."), "Kaesŏng/PRK");
  EXPECT_EQ(OnePlace("The delegation arrived in the capital, Seoul, on Monday."), "Seoul/KOR");
  EXPECT_EQ(OnePlace("Israeli forces attacked Hamas in the southern Gaza city of Khan Younis."),
            "Khān Yūnis/PSE");
  EXPECT_EQ(OnePlace("Fighting went on in eastern Ukraine."), "Ukraine/UKR");
  EXPECT_EQ(OnePlace("Troops massed on the outskirts of Donetsk."), "Donetsk/UKR");
}

TEST(FindPlacesTest, DiacriticsAndSpellingsAreFolded) {
  EXPECT_EQ(OnePlace("Thousands marched in Sao Paulo."), "São Paulo/BRA");
  EXPECT_EQ(OnePlace("Thousands marched in São Paulo."), "São Paulo/BRA");
  EXPECT_EQ(OnePlace("Strikes hit homes in Khan Yunis."), "Khān Yūnis/PSE");
}

TEST(FindPlacesTest, CountriesAndDivisions) {
  const std::vector<Found> syria = Places("Russian jets struck targets in Syria.");
  ASSERT_EQ(syria.size(), 1u);
  EXPECT_EQ(syria[0].kind, PlaceKind::kCountry);
  EXPECT_EQ(syria[0].country, "SYR");
  EXPECT_EQ(syria[0].text, "Syria");
  EXPECT_EQ(OnePlace("Clashes erupted in Syria's north."), "Syria/SYR");
  EXPECT_EQ(OnePlace("Aid reached families in the Gaza Strip."), "Gaza Strip/PSE");
  EXPECT_EQ(OnePlace("Voters in Texas went to the polls."), "Texas/USA");
  // A country the gazetteer lacks still gives a country-level place.
  const std::vector<Found> japan = Places("The ministers met in Japan.");
  ASSERT_EQ(japan.size(), 1u);
  EXPECT_EQ(japan[0].country, "JPN");
  EXPECT_EQ(japan[0].kind, PlaceKind::kCountry);
}

TEST(FindPlacesTest, AmbiguousNamesPreferTheSentencesCountriesThenPopulation) {
  EXPECT_EQ(OnePlace("American officials met Chinese officials in Paris."), "Paris/FRA");
  EXPECT_EQ(OnePlace("Russian troops shelled a school in Donetsk."), "Donetsk/UKR");
  EXPECT_EQ(OnePlace("Officials met in Washington on Friday."), "Washington, D.C./USA");
}

TEST(FindPlacesTest, WhatIsNotAPlace) {
  EXPECT_EQ(OnePlace("The talks will resume in March."), "");           // a month, and a town
  EXPECT_EQ(OnePlace("The plan is a threat, in Seoul's view."), "");    // a possessive
  EXPECT_EQ(OnePlace("He said so in Washington Post reporting."), "");  // part of a longer name
  EXPECT_EQ(OnePlace("Pyongyang condemned Seoul."), "");                // actors, not places
  EXPECT_EQ(OnePlace("The report appeared in North Korean media."), "");
  EXPECT_EQ(OnePlace("Soldiers stood in Chinese waters."), "");         // an adjective
  EXPECT_EQ(OnePlace("They met in secret in paris."), "");              // not capitalized
  EXPECT_EQ(OnePlace("Officials were in talks on Pyongyang."), "");     // "on" needs a description
  // "at the White House" is the United States, not the town in Tennessee.
  const std::vector<Found> wh = Places("Biden spoke at the White House.");
  ASSERT_EQ(wh.size(), 1u);
  EXPECT_EQ(wh[0].kind, PlaceKind::kCountry);
  EXPECT_EQ(wh[0].country, "USA");
}

TEST(FindPlacesTest, DatelinesAreNotPlaces) {
  const std::vector<Found> found = Places("SEOUL, April 14 (Reuters) - Officials met in Pyongyang.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Pyongyang");
}

TEST(FindPlacesTest, DestinationsAreMarked) {
  const std::vector<Found> found = Places("Zhao Leji made a trip to Pyongyang.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Pyongyang");
  EXPECT_FALSE(found[0].locative);
}

TEST(FindPlacesTest, SentencesCutShortAreSafe) {
  for (const char* text : {"They met in", "They met in the", "They met near the border town of",
                           "They met in the capital,", "in", "In Pyongyang", "Shots near the town of Kaesong's",
                           "in the the the", "on the outskirts of"})
    for (const Found& f : Places(text)) EXPECT_FALSE(f.text.empty()) << text;
  EXPECT_EQ(OnePlace("In Pyongyang"), "Pyongyang/PRK");
}

TEST(FindPlacesTest, EveryPlaceOfTheExamplesLiesInItsSentence) {
  const char* dir = std::getenv("DYAD_EXAMPLES_DIR");
  ASSERT_NE(dir, nullptr);
  std::vector<Article> articles;
  ASSERT_TRUE(ReadInputs({std::string(dir) + "/articles.jsonl"}, ReadOptions(),
                         [&](Article&& a) {
                           articles.push_back(std::move(a));
                           return true;
                         },
                         nullptr, nullptr)
                  .ok());
  ASSERT_FALSE(articles.empty());
  size_t found = 0;
  for (const Article& article : articles) {
    Analysis analysis;
    testing::SharedPipeline().Analyze(article, &analysis);
    for (uint32_t s = 0; s < analysis.doc.sentences.size(); ++s) {
      std::vector<PlaceMention> places;
      FindPlaces(Tiny(), analysis, s, &places);
      const Sentence& sentence = analysis.doc.sentences[s];
      for (const PlaceMention& p : places) {
        EXPECT_GE(p.begin, sentence.begin);
        EXPECT_LE(p.end, sentence.end);
        EXPECT_LT(p.token_begin, p.token_end);
        ++found;
      }
    }
  }
  EXPECT_GT(found, 0u);
}

TEST(FindPlacesTest, OutOfRangeSentenceIsNothing) {
  Analysis analysis;
  std::vector<PlaceMention> places;
  FindPlaces(Tiny(), analysis, 3, &places);
  EXPECT_TRUE(places.empty());
}

// Events get the place of their sentence through the coder.
class LocateEventsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EventCoderOptions options;
    options.places = std::shared_ptr<const Gazetteer>(&Tiny(), [](const Gazetteer*) {});
    auto coder = EventCoder::Load(testing::SharedPipeline().data_dir(), nullptr, options);
    ASSERT_TRUE(coder.ok()) << coder.status();
    coder_ = coder->release();
  }

  // "SOURCE->TARGET CAMEO @PLACE" for each event of `text`.
  std::vector<std::string> Code(const std::string& text) {
    article_.id = "t";
    article_.text = text;
    article_.date = ParseDate("2024-04-16").value();
    testing::SharedPipeline().Analyze(article_, &analysis_);
    std::vector<Event> events;
    coder_->Code(article_, analysis_, &events);
    std::vector<std::string> out;
    for (const Event& e : events) {
      std::string where = e.location ? e.location->place.name : "-";
      if (e.location) EXPECT_EQ(text.substr(e.location->begin, e.location->end - e.location->begin).empty(), false);
      out.push_back(e.source.code + "->" + e.target.code + " " + e.cameo->code + " @" + where);
    }
    return out;
  }

  static const EventCoder* coder_;
  Article article_;
  Analysis analysis_;
};
const EventCoder* LocateEventsTest::coder_ = nullptr;

TEST_F(LocateEventsTest, TheLocativePlaceOfTheSentence) {
  const auto events = Code("Israeli forces attacked Hamas fighters near the border town of Khan Yunis.");
  ASSERT_FALSE(events.empty());
  for (const std::string& e : events) EXPECT_NE(e.find("@Khān Yūnis"), std::string::npos) << e;
}

TEST_F(LocateEventsTest, AVisitHappensAtItsDestination) {
  const auto events = Code("Chinese president Xi Jinping visited Pyongyang on Sunday.");
  ASSERT_FALSE(events.empty());
  for (const std::string& e : events) EXPECT_NE(e.find("@Pyongyang"), std::string::npos) << e;
}

TEST_F(LocateEventsTest, NoPlaceWhenTheSentenceNamesNone) {
  const auto events = Code("China praised Russia.");
  ASSERT_FALSE(events.empty());
  for (const std::string& e : events) EXPECT_NE(e.find("@-"), std::string::npos) << e;
}

TEST_F(LocateEventsTest, ADestinationIsThePlaceOfTheVisitOnly) {
  const auto events = Code("China condemned Japan and sent an envoy to Pyongyang.");
  bool condemned = false, visit = false;
  for (const std::string& e : events) {
    if (e.find(" 111 ") != std::string::npos) {
      condemned = true;
      EXPECT_NE(e.find("@-"), std::string::npos) << e;
    }
    if (e.find(" 042 ") != std::string::npos) {
      visit = true;
      EXPECT_NE(e.find("@Pyongyang"), std::string::npos) << e;
    }
  }
  EXPECT_TRUE(condemned && visit);
}

}  // namespace
}  // namespace dyad
