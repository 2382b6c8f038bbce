// The actor dictionary loader: good blocks load, bad lines are reported
// with file and line and skipped, and the rest still loads.
#include "dyad/actors.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct Loaded {
  std::unique_ptr<ActorDictionary> dict;
  std::vector<Problem> problems;
};

Loaded LoadOne(const std::string& text) {
  Loaded out;
  auto dict = ActorDictionary::FromTexts({{"actors/test.txt", text}},
                                         [&](const Problem& p) { out.problems.push_back(p); });
  EXPECT_TRUE(dict.ok());
  out.dict = std::move(*dict);
  return out;
}

TEST(ActorDictionaryTest, CountsEveryKindOfBlock) {
  Loaded l = LoadOne(
      "# a comment\n"
      "country PRK North Korea\n"
      "  name DPRK\n"
      "  adjective North Korean\n"
      "  capital Pyongyang\n"
      "\n"
      "org IGOUNO United Nations\n"
      "  name UN\n"
      "person Kim Jong-Un\n"
      "  short Kim\n"
      "  code PRKGOV 2011-12-17..\n"
      "  else PRKELI\n"
      "role MIL\n"
      "  noun troops\n");
  EXPECT_TRUE(l.problems.empty());
  ActorDictionaryStats s = l.dict->Stats();
  EXPECT_EQ(s.countries, 1u);
  EXPECT_EQ(s.organizations, 1u);
  EXPECT_EQ(s.people, 1u);
  EXPECT_EQ(s.roles, 1u);
  EXPECT_EQ(s.names, 9u);  // North Korea, DPRK, North Korean, Pyongyang, United Nations, UN, Kim Jong-Un, Kim, troops
  EXPECT_EQ(s.problems, 0u);
}

struct BadLine {
  const char* text;        // the dictionary text
  uint64_t line;           // the line reported
  const char* reason_has;  // a part of the reason
};

TEST(ActorDictionaryTest, BadLinesAreReportedWithFileAndLine) {
  const BadLine cases[] = {
      {"  name Orphan\n", 1, "outside a block"},
      {"nation FRA France\n", 1, "unknown block"},
      {"country FR France\n", 1, "three capital letters"},
      {"country fra France\n", 1, "three capital letters"},
      {"country FRA\n", 1, "needs a name"},
      {"org igo-x Thing\n", 1, "bad actor code"},
      {"country FRA France\n  nickname Hexagon\n", 2, "unknown keyword"},
      {"country FRA France\n  short Fr\n", 2, "does not belong"},
      {"person A B\n  code USAGOV 2020-13-01..\n", 2, "not a date"},
      {"person A B\n  code USAGOV 2021-01-01..2020-01-01\n", 2, "ends before"},
      {"person A B\n  code USAGOV 2021-01-01\n", 2, "FROM..TO"},
      {"person A B\n  code usagov 2021-01-01..\n", 2, "CODE FROM..TO"},
      {"person A B\n  else\n", 2, "one actor code"},
      {"country GEO Georgia\n  name Georgia | colour red\n", 2, "unknown option"},
      {"country GEO Georgia\n  name Georgia | context\n", 2, "needs words"},
      {"country GEO Georgia\n  name Georgia | against Atlanta\n", 2, "needs \"context\""},
      {"country USA United States\n  seat the Pentagon\n", 2, "needs a role"},
      {"role MIL\n  name army\n", 2, "does not belong"},
      {"description cop\n", 1, "role code"},
      {"description COP\n  name police\n", 2, "does not belong"},
      {"description COP\n  noun Police\n", 2, "lower case"},
      {"description COP\n  noun the\n", 2, "no words"},
      {"description COP\n  noun police | context riot\n", 2, "no option but crowd or scene"},
      {"description COP\n  noun police\ndescription MIL\n  noun police\n", 4, "already listed"},
  };
  for (const BadLine& c : cases) {
    SCOPED_TRACE(c.text);
    Loaded l = LoadOne(c.text);
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_EQ(l.problems[0].file, "actors/test.txt");
    EXPECT_EQ(l.problems[0].line, c.line);
    EXPECT_NE(l.problems[0].reason.find(c.reason_has), std::string::npos) << l.problems[0].reason;
    EXPECT_NE(l.problems[0].ToString().find("actors/test.txt:"), std::string::npos);
  }
}

TEST(ActorDictionaryTest, GoodLinesAroundABadOneStillLoad) {
  Loaded l = LoadOne(
      "country FRA France\n"
      "  name République française\n"
      "  bogus line\n"
      "  adjective French\n");
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 3u);
  EXPECT_EQ(l.dict->Stats().names, 3u);
}

TEST(ActorDictionaryTest, DescriptionsAreKeptApartFromNames) {
  Loaded l = LoadOne(
      "description GOV\n"
      "  noun the government\n"
      "  noun government officials\n"
      "description COP\n"
      "  noun riot police\n");
  EXPECT_TRUE(l.problems.empty());
  const std::vector<ActorDescription>& d = l.dict->Descriptions();
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].words, std::vector<std::string>{"government"});
  EXPECT_TRUE(d[0].needs_the);
  EXPECT_EQ(d[0].role, "GOV");
  EXPECT_EQ(d[1].words, (std::vector<std::string>{"government", "officials"}));
  EXPECT_FALSE(d[1].needs_the);
  EXPECT_EQ(d[2].role, "COP");
  EXPECT_EQ(d[2].origin.line, 5u);
  EXPECT_EQ(l.dict->Stats().descriptions, 3u);
  EXPECT_EQ(l.dict->Stats().names, 0u);  // a description alone is no actor
  Document doc;
  Tokenize("The government said riot police had left.", &doc);
  std::vector<ActorMention> mentions;
  l.dict->Match(doc, std::nullopt, &mentions);
  EXPECT_TRUE(mentions.empty());
}

TEST(ActorDictionaryTest, MissingFolderIsNotFound) {
  auto dict = ActorDictionary::Load("no/such/folder", nullptr);
  EXPECT_EQ(dict.status().code(), absl::StatusCode::kNotFound);
}

TEST(ActorDictionaryTest, BundledDictionaryLoadsWithoutProblems) {
  const char* data = std::getenv("DYAD_DATA_DIR");
  if (data == nullptr) GTEST_SKIP() << "DYAD_DATA_DIR is not set";
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(std::string(data) + "/actors",
                                    [&](const Problem& p) { problems.push_back(p.ToString()); });
  ASSERT_TRUE(dict.ok()) << dict.status();
  for (const auto& p : problems) ADD_FAILURE() << p;
  ActorDictionaryStats s = (*dict)->Stats();
  EXPECT_GE(s.countries, 250u);  // every ISO 3166-1 entry and Kosovo
  EXPECT_GE(s.people, 1000u);
  EXPECT_GE(s.organizations, 100u);
  EXPECT_GE(s.roles, 8u);
  EXPECT_GE(s.descriptions, 50u);
}

}  // namespace
}  // namespace dyad
