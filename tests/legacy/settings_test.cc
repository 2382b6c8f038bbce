// TABARI's option commands and PETRARCH's configuration options read into
// LegacySettings, and the settings a converted dictionary starts with.
#include "dyad/legacy.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace dyad::legacy {
namespace {

TEST(LegacySettingsTest, CodeBy) {
  LegacySettings s;
  EXPECT_TRUE(ApplyOption("SET: CODE BY SENTENCE", &s));
  EXPECT_EQ(s.code_by, LegacySettings::CodeBy::kSentence);
  EXPECT_TRUE(ApplyOption("set: code all", &s));
  EXPECT_EQ(s.code_by, LegacySettings::CodeBy::kAll);
  EXPECT_TRUE(ApplyOption("SET: CODE BY CLAUSE", &s));
  EXPECT_EQ(s.code_by, LegacySettings::CodeBy::kClause);
}

TEST(LegacySettingsTest, SwitchesAndNumbers) {
  LegacySettings s;
  EXPECT_TRUE(ApplyOption("SET: MINIMUM WORDS = 4", &s));
  EXPECT_EQ(s.minimum_words, 4);
  EXPECT_TRUE(ApplyOption("SET: TIME SHIFT = TRUE", &s));
  EXPECT_TRUE(s.time_shift);
  EXPECT_TRUE(ApplyOption("SET: TIME SHIFTING = F", &s));
  EXPECT_FALSE(s.time_shift);
  EXPECT_TRUE(ApplyOption("SET: CONVERT AGENT = TRUE", &s));
  EXPECT_TRUE(s.convert_agents);
  EXPECT_FALSE(ApplyOption("SET: MINIMUM WORDS = many", &s));
  EXPECT_EQ(s.minimum_words, 4);
  EXPECT_FALSE(ApplyOption("SET: HAIKU = FALSE", &s));
  EXPECT_FALSE(ApplyOption("LABEL: 010=Make statement", &s));
  EXPECT_FALSE(ApplyOption("OUTPUT: ACTORS PARENT", &s));
  // COMPLEX: each command replaces the limits before it.
  EXPECT_TRUE(ApplyOption("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", &s));
  EXPECT_EQ(s.complex.verbs, 5);
  EXPECT_EQ(s.complex.conjunctions, 4);
  EXPECT_TRUE(s.complex.no_actor_prior);
  EXPECT_TRUE(ApplyOption("COMPLEX: VERBS[6] EXPLAIN", &s));
  EXPECT_EQ(s.complex.verbs, 6);
  EXPECT_EQ(s.complex.conjunctions, 0);
  EXPECT_FALSE(s.complex.no_actor_prior);
}

TEST(LegacySettingsTest, Default) {
  LegacySettings s;
  EXPECT_TRUE(ApplyOption(" DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER ", &s));
  EXPECT_EQ(s.defaults.source, "DEFSRC");
  EXPECT_EQ(s.defaults.target, "DEFTAR");
  EXPECT_TRUE(s.defaults.prior);
  EXPECT_TRUE(s.defaults.after);
  EXPECT_TRUE(ApplyOption("DEFA: OFF", &s));  // four letters are enough
  EXPECT_TRUE(s.defaults.empty());
  EXPECT_FALSE(s.defaults.prior);
  EXPECT_TRUE(ApplyOption("DEFAULT: SOURCE: [usa] TARGET: [wld]", &s));
  EXPECT_EQ(s.defaults.source, "USA");
  EXPECT_EQ(s.defaults.target, "WLD");
  EXPECT_FALSE(s.defaults.prior);
  EXPECT_FALSE(s.defaults.after);
}

TEST(LegacySettingsTest, CommaAndForward) {
  LegacySettings s;
  EXPECT_TRUE(ApplyOption("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX = 6 BMIN = 3 BMAX = 8", &s));
  EXPECT_TRUE(s.comma.on);
  EXPECT_EQ(s.comma.min, 4);
  EXPECT_EQ(s.comma.max, 6);
  EXPECT_EQ(s.comma.emin, 3);
  EXPECT_EQ(s.comma.emax, 6);
  EXPECT_EQ(s.comma.bmin, 3);
  EXPECT_EQ(s.comma.bmax, 8);
  EXPECT_TRUE(ApplyOption("COMMA: OFF", &s));
  EXPECT_FALSE(s.comma.on);
  EXPECT_TRUE(ApplyOption("FORWARD: ^^*****NNN*SSS", &s));
  EXPECT_EQ(s.forward, "^^*****NNN*SSS");
  EXPECT_TRUE(ApplyOption("FORWARD: ^^*****NNN*SSS OFF", &s));
  EXPECT_TRUE(s.forward.empty());
}

TEST(LegacySettingsTest, TabariDictionaryDefaults) {
  Dictionary dict;
  ReadText(Format::kTabari, FileKind::kVerbs, "t/demo.verbs",
           "<TIME>\nYESTERDAY [-1]\nONCE_UPON_A_TIME [###]\nWHEN_PEACE_COMES [+++]\n</TIME>\n"
           "ATTEND  [031!]\nMEET  [031]\n",
           &dict, nullptr);
  ReadText(Format::kTabari, FileKind::kOptions, "t/demo.options", "SET: CODE BY SENTENCE\nLABEL: 031=MEET\n",
           &dict, nullptr);
  const Converted converted = Convert(dict, {});
  EXPECT_EQ(converted.settings.minimum_words, 0);  // TABARI's 8 is the validation runner's
  EXPECT_TRUE(converted.settings.time_shift);
  EXPECT_TRUE(converted.settings.comma.on);
  EXPECT_EQ(converted.settings.code_by, LegacySettings::CodeBy::kSentence);
  ASSERT_EQ(converted.time_discards.size(), 2u);
  EXPECT_EQ(converted.time_discards[0].words.front(), "once");
  EXPECT_EQ(converted.time_discards[1].words.front(), "when");
  EXPECT_EQ(converted.dominant.size(), 1u);
  // Other dictionaries start with no TABARI settings.
  Dictionary petrarch;
  ReadText(Format::kPetrarch2, FileKind::kActors, "t/actors.txt", "ARNOR [ARN]\n", &petrarch, nullptr);
  const Converted other = Convert(petrarch, {});
  EXPECT_EQ(other.settings.minimum_words, 0);
  EXPECT_FALSE(other.settings.comma.on);
}

TEST(LegacySettingsTest, PetrarchOptions) {
  LegacySettings s;
  EXPECT_TRUE(ApplyPetrarchOption("require_dyad", "false", &s));
  EXPECT_EQ(s.defaults.null_target, "---");
  EXPECT_TRUE(s.defaults.empty());  // no default actor: only the null target
  EXPECT_TRUE(ApplyPetrarchOption("require_dyad", "TRUE", &s));
  EXPECT_TRUE(s.defaults.null_target.empty());
  EXPECT_TRUE(ApplyPetrarchOption("comma_min", "4", &s));
  EXPECT_TRUE(ApplyPetrarchOption("comma_emax", " 0 ", &s));
  EXPECT_TRUE(s.comma.on);
  EXPECT_EQ(s.comma.min, 4);
  EXPECT_EQ(s.comma.emax, 0);
  EXPECT_FALSE(ApplyPetrarchOption("comma_max", "many", &s));
  EXPECT_EQ(s.comma.max, 10);
  EXPECT_FALSE(ApplyPetrarchOption("comma_sideways", "3", &s));
  EXPECT_EQ(s.new_actor_length, 0);
  EXPECT_TRUE(ApplyPetrarchOption("new_actor_length", "4", &s));
  EXPECT_EQ(s.new_actor_length, 4);
  EXPECT_FALSE(ApplyPetrarchOption("new_actor_length", "-1", &s));
  EXPECT_EQ(s.new_actor_length, 4);
  EXPECT_FALSE(ApplyPetrarchOption("null_actors", "True", &s));
  EXPECT_FALSE(ApplyPetrarchOption("require_dyad", "maybe", &s));
}

TEST(LegacySettingsTest, PetrarchDictionaryDefaults) {
  Dictionary dict;
  ReadText(Format::kPetrarch2, FileKind::kAgents, "t/agents.txt", "MSF {} [NGO~]\nOFFICIAL [~GOV]\n", &dict, nullptr);
  ReadText(Format::kPetrarch2, FileKind::kVerbs, "t/verbs.txt",
           "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n- * FXLL [+++]\n"
           "--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n- * AT ^ ^ + [162]\n", &dict, nullptr);
  const Converted converted = Convert(dict, {});
  EXPECT_TRUE(converted.settings.combine_agents);
  EXPECT_TRUE(converted.settings.nested_events);
  // The agent placed before the code is kept for ConvertAgents.
  bool prefix = false;
  for (const Converted::AgentPhrase& p : converted.agent_phrases)
    prefix |= p.prefix && p.code == "NGO" && p.words == std::vector<std::string>{"msf"};
  EXPECT_TRUE(prefix);
  std::string patterns;
  for (const auto& [name, text] : converted.pattern_texts) patterns += text;
  // A compound after the verb is its target, before it the partners. The
  // words are matched as written ("=with"), as PETRARCH matches them.
  EXPECT_NE(patterns.find("verb agree ** =with ** $T"), std::string::npos) << patterns;
  EXPECT_NE(patterns.find("verb $P ** <agree>"), std::string::npos) << patterns;
  // ^ is any words, unless an actor slot follows it: then it skips an actor.
  EXPECT_NE(patterns.find("verb warn ** =their ** =about ** $T"), std::string::npos) << patterns;
  EXPECT_NE(patterns.find("verb warn ** =at ** $_ ** $T"), std::string::npos) << patterns;
  // A complex code on a pattern is left out, not coded as no event.
  EXPECT_EQ(patterns.find("fxll"), std::string::npos) << patterns;
}

// The <Config> settings of a PETRARCH unit-test file go with the record
// after them.
TEST(LegacySettingsTest, PetrarchConfigRecords) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("dyad_petrarch_config_" + std::to_string(::getpid()) + ".xml");
  {
    std::ofstream out(path);
    out << "<Sentences>\n"
           "<Sentence date=\"19950101\" id=\"A-01\" category=\"A\">\n"
           "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
           "<Text>Arnor met Gondor.</Text></Sentence>\n"
           "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
           "<Config option=\"comma_emax\" value=\"0\"></Config>\n"
           "<Sentence date=\"19950101\" id=\"A-02\" category=\"A\">\n"
           "<EventCoding sourcecode=\"ARN\" targetcode=\"---\" eventcode=\"023\"></EventCoding>\n"
           "<Text>Arnor said so.</Text></Sentence>\n"
           "</Sentences>\n";
  }
  auto suite = ReadSuite(path.string(), nullptr);
  std::filesystem::remove(path);
  ASSERT_TRUE(suite.ok()) << suite.status();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_TRUE(suite->records[0].config.empty());
  const std::vector<std::pair<std::string, std::string>> want{{"require_dyad", "false"}, {"comma_emax", "0"}};
  EXPECT_EQ(suite->records[1].config, want);
  EXPECT_EQ(suite->records[1].expected[0].target, "---");
}

// A TABARI record runs to the blank line after it: events listed after a
// stray "*/" are expected too. A special code is checked first: with
// nothing coded, a record that says {+++} passes whatever else it lists.
TEST(LegacySettingsTest, TabariRecordsEndAtBlankLines) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("dyad_tabari_records_" + std::to_string(::getpid()) + ".text");
  {
    std::ofstream out(path);
    out << "950101  REC-01\n"
           "Arnor and Gondor hailed the new treaty with Bree on Monday.\n"
           "/*\\n{ ARN / GON / 051 } */\n"
           "\\n{ GON / ARN / 051 } */\n"
           "\n"
           "some words between the records { XXX / YYY / 000 }\n"
           "\n"
           "950102  REC-02\n"
           "Arnor and Gondor hailed the new treaty with Bree on Monday.\n"
           "/*\\n{+++}\n"
           "\\n{ ARN / BRE / 051 } */\n";
  }
  auto suite = ReadSuite(path.string(), nullptr);
  std::filesystem::remove(path);
  ASSERT_TRUE(suite.ok()) << suite.status();
  ASSERT_EQ(suite->records.size(), 2u);
  const SuiteRecord& first = suite->records[0];
  ASSERT_EQ(first.expected.size(), 2u);
  EXPECT_EQ(first.expected[1].source, "GON");
  EXPECT_EQ(first.expected[1].target, "ARN");
  const SuiteRecord& second = suite->records[1];
  EXPECT_TRUE(second.expect_none);
  EXPECT_TRUE(Matches(second, {}));
  EXPECT_TRUE(Matches(second, {ExpectedEvent{"ARN", "BRE", "051"}}));
  EXPECT_FALSE(Matches(second, {ExpectedEvent{"ARN", "GON", "051"}}));
  EXPECT_FALSE(Matches(first, {ExpectedEvent{"ARN", "GON", "051"}}));
}

}  // namespace
}  // namespace dyad::legacy
