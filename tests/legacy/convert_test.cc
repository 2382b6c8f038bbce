// Legacy dictionaries written here, converted into dyad's formats, loaded
// alone (no built-in dictionaries) and run on sentences: the converted text
// itself, legacy origins, date-restricted actors, agents, paired codes,
// words before the verb, discards.
#include "dyad/legacy.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "legacy/load_alone.h"

namespace dyad::legacy {
namespace {

constexpr char kActors[] =
    "ARNOR  [ARN]\n"                                      // 1
    "GONDOR\n"                                            // 2
    "+MINAS_TIRITH\n"                                     // 3
    "\t[GON]\n"                                           // 4
    "ERIADOR [ERI]\n"                                     // 5
    "ALBRIGHT  [USAGOV 991201-010114] [---]\n"            // 6
    "ITHILEN TELEVISION  [ITHTV]\n"                       // 7
    "ITHILEN  [ITH]\n"                                    // 8
    "VOLLEYBALL  [+++]\n"                                 // 9
    "LORIEN  [ELR/GAL]\n"                                 // 10
    "WEST_GERMAN  [GMWGOV]\n"                             // 11
    "ONODOHER  [ONO <911226] [###]\n";                    // 12: a discard after a date

constexpr char kAgents[] =
    "FOREIGN_MINISTER_  [ ~GOVFRM]\n"                     // 1
    "HUMAN_RIGHTS_BODY_   [NGO~]\n"                       // 2
    "OFFICIALS_  [~GOV]\n"                                // 3
    "WORLD_GOVERNMENT_  [~WGO]\n"                         // 4
    "OFFICIAL  [~GOV]\n";                                 // 5

constexpr char kVerbs[] =
    "<SYNSETS>\n"                                         // 1
    "&TIETYPES\n"                                         // 2
    "+MILITARY\n"                                         // 3
    "+CULTURAL\n"                                         // 4
    "</SYNSETS>\n"                                        // 5
    "RESTORE  [---]\n"                                    // 6
    "- * &TIETYPES TIES [064]\n"                          // 7
    "- REFUSED TO * [112]\n"                              // 8
    "ARRIVE  [032:033]\n"                                 // 9
    "CONDEMN  [122]\n"                                    // 10
    "- + WAS * BY $ [121]\n"                              // 11
    "MEET  [031]\n"                                       // 12
    "- % * WITH + [031]\n"                                // 13: % with another slot
    "- % * IN [030:030]\n"                                // 14
    "SIGN  [081]\n"                                       // 15
    "- * NEW_PROTOCOL  [084]\n"                           // 16: strict adjacency
    "DEPART_  [032]\n"                                    // 17: regular endings only
    "BAN=  [191]\n"                                       // 18: the word alone
    "RISEN  [---]\n"                                      // 19
    "- DEATH TOLL * [223]\n"                              // 20: words of the subject
    "DENOUNCE  [122]\n"                                   // 21
    "- HEAVILY UNJUSTLY * [123]\n";                       // 22

constexpr char kOptions[] = "LABEL: 121=CRITICIZE\nLABEL: 122=DENIGRATE\n";

class ConvertTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = new Dictionary();
    ReadText(Format::kTabari, FileKind::kActors, "t/demo.actors", kActors, dict_, nullptr);
    ReadText(Format::kTabari, FileKind::kAgents, "t/demo.agents", kAgents, dict_, nullptr);
    ReadText(Format::kTabari, FileKind::kVerbs, "t/demo.verbs", kVerbs, dict_, nullptr);
    ReadText(Format::kTabari, FileKind::kOptions, "t/demo.options", kOptions, dict_, nullptr);
    dict_->format = Format::kTabari;
    converted_ = new Converted(Convert(*dict_, {}, [](const Problem& p) { problems_.push_back(p); }));
    PipelineOptions options;
    if (const char* d = std::getenv("DYAD_DATA_DIR")) options.data_dir = d;
    options.builtin_actors = false;
    options.extra_actor_texts = converted_->actor_texts;
    auto pipeline = Pipeline::Load(options, [](const Problem& p) { load_problems_.push_back(p); });
    ASSERT_TRUE(pipeline.ok()) << pipeline.status();
    pipeline_ = pipeline->release();
    EventCoderOptions coder_options;
    coder_options.builtin_patterns = false;
    coder_options.conventions = false;
    coder_options.extra_pattern_texts = converted_->pattern_texts;
    auto coder = EventCoder::Load(pipeline_->data_dir(), [](const Problem& p) { load_problems_.push_back(p); },
                                  coder_options);
    ASSERT_TRUE(coder.ok()) << coder.status();
    coder_ = coder->release();
  }

  // "SRC>TGT:CODE" for each event of `text`, discards applied.
  std::vector<std::string> Code(const std::string& text, const char* date = "1995-01-01") {
    return CodeWith(text, converted_->settings, date);
  }
  std::vector<std::string> CodeWith(const std::string& text, const LegacySettings& settings,
                                    const char* date = "1995-01-01") {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate(date);
    pipeline_->Analyze(article_, &analysis_);
    MatchSpacedNames(*converted_, article_.date, &analysis_);
    ConvertAgents(*converted_, settings, &analysis_);
    events_.clear();
    coder_->Code(article_, analysis_, &events_);
    ApplyLegacyRules(*converted_, settings, analysis_, &events_);
    return EventKeys(events_);
  }

  // As CodeWith, with the settings' DefaultActors given to the coder, as
  // the validation runner and `dyad code --dict` give them.
  std::vector<std::string> CodeAsTabari(const std::string& text, const LegacySettings& settings) {
    return CodeAsTabari(text, settings, *converted_);
  }
  std::vector<std::string> CodeAsTabari(const std::string& text, const LegacySettings& settings,
                                        const Converted& converted) {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    ConvertAgents(converted, settings, &analysis_);
    events_.clear();
    coder_->CodeWithDefaults(article_, analysis_, settings.defaults, &events_);
    ApplyLegacyRules(converted, settings, analysis_, &events_);
    return EventKeys(events_);
  }

  std::string ActorCode(const std::string& text, const char* date) {
    article_.text = text;
    article_.date = *ParseDate(date);
    pipeline_->Analyze(article_, &analysis_);
    return analysis_.actors.empty() ? "" : analysis_.actors[0].code;
  }

  // The codes of the actors of `text`, agents combined as `settings` say.
  std::vector<std::string> ActorCodes(const std::string& text, const LegacySettings& settings) {
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    ConvertAgents(*converted_, settings, &analysis_);
    std::vector<std::string> out;
    for (const ActorMention& m : analysis_.actors) out.push_back(m.code);
    return out;
  }

  static Dictionary* dict_;
  static Converted* converted_;
  static std::vector<Problem> problems_, load_problems_;
  static Pipeline* pipeline_;
  static EventCoder* coder_;
  Article article_;
  Analysis analysis_;
  std::vector<Event> events_;
};

Dictionary* ConvertTest::dict_ = nullptr;
Converted* ConvertTest::converted_ = nullptr;
std::vector<Problem> ConvertTest::problems_;
std::vector<Problem> ConvertTest::load_problems_;
Pipeline* ConvertTest::pipeline_ = nullptr;
EventCoder* ConvertTest::coder_ = nullptr;

TEST_F(ConvertTest, ConvertedTextsLoadCleanly) {
  std::string all;
  for (const Problem& p : load_problems_) all += p.ToString() + "\n";
  EXPECT_TRUE(load_problems_.empty()) << all;
  ASSERT_EQ(converted_->actor_texts.size(), 2u);
  EXPECT_EQ(converted_->actor_texts[0].first, "legacy/actors/demo.actors.txt");
  EXPECT_NE(converted_->actor_texts[0].second.find("country ARN arnor | role -"), std::string::npos);
  EXPECT_NE(converted_->actor_texts[0].second.find("code USAGOV 1999-12-01..2001-01-14"), std::string::npos);
  EXPECT_NE(converted_->actor_texts[1].second.find("role GOVFRM"), std::string::npos);
  ASSERT_EQ(converted_->pattern_texts.size(), 1u);
  const std::string& verbs = converted_->pattern_texts[0].second;
  EXPECT_NE(verbs.find("event 032 | paired 033"), std::string::npos) << verbs;
  // TABARI's words as it matches them: stems (`~`), with regular endings
  // (`+`), or alone (`=`).
  EXPECT_NE(verbs.find("verb restore~ ** military~/cultural~ ** ties~"), std::string::npos) << verbs;
  EXPECT_NE(verbs.find("verb depart+ |"), std::string::npos) << verbs;
  EXPECT_NE(verbs.find("verb =ban |"), std::string::npos) << verbs;
  EXPECT_NE(verbs.find("verb $T ** was~ ** <condemn~>"), std::string::npos) << verbs;
  EXPECT_NE(verbs.find("# demo.verbs:11"), std::string::npos) << verbs;
}

TEST_F(ConvertTest, UnsupportedConstructsAreListedWithTheirLines) {
  auto listed = [&](std::string_view fragment) {
    for (const std::string& u : converted_->unconverted)
      if (u.find(fragment) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(listed("t/demo.agents:2: unsupported: agent codes placed before the actor's"));
  // An undated coded compound is kept: each member is coded.
  EXPECT_FALSE(listed("t/demo.actors:10: unsupported"));
  ASSERT_FALSE(converted_->compound_codes.empty());
  EXPECT_EQ(converted_->compound_codes.front().second, (std::vector<std::string>{"ELR", "GAL"}));
  EXPECT_TRUE(listed("t/demo.verbs:13: unsupported: compound-actor markers %"));
  EXPECT_EQ(problems_.size(), converted_->unconverted.size());
}

TEST_F(ConvertTest, UnderscoreJoinsWordsDirectly) {
  EXPECT_EQ(Code("Arnor signed a new protocol with Gondor on Sunday."), std::vector<std::string>{"ARN>GON:084"});
  // "_" does not let another word stand between.
  EXPECT_EQ(Code("Arnor signed a new trade protocol with Gondor on Sunday."),
            std::vector<std::string>{"ARN>GON:081"});
}

TEST_F(ConvertTest, NamesWithBlanksLetWordsBetween) {
  // ITHILEN TELEVISION: TABARI lets other words stand between the two.
  EXPECT_EQ(Code("Arnor condemned Ithilen state-run television on Sunday."),
            std::vector<std::string>{"ARN>ITHTV:122"});
  EXPECT_EQ(Code("Arnor condemned Ithilen on Sunday."), std::vector<std::string>{"ARN>ITH:122"});
}

TEST_F(ConvertTest, CodedCompoundsCodeEachMember) {
  EXPECT_EQ(Code("Arnor condemned Lorien on Sunday."), (std::vector<std::string>{"ARN>ELR:122", "ARN>GAL:122"}));
}

TEST_F(ConvertTest, DefaultCodesPatternsAndPairedCodes) {
  EXPECT_EQ(Code("Arnor is about to restore full military ties with Gondor."),
            std::vector<std::string>{"ARN>GON:064"});
  EXPECT_EQ(Code("Arnor arrived in Minas Tirith on Sunday."),
            (std::vector<std::string>{"ARN>GON:032", "GON>ARN:033"}));
  EXPECT_EQ(Code("Arnor condemned Eriador."), std::vector<std::string>{"ARN>ERI:122"});
  // % pairs the actors of a compound.
  EXPECT_EQ(Code("Arnor and Gondor will meet in Eriador."),
            (std::vector<std::string>{"ARN>GON:030", "GON>ARN:030"}));
}

TEST_F(ConvertTest, WordsBeforeTheVerbAndSlots) {
  EXPECT_EQ(Code("Arnor refused to restore ties with Gondor."), std::vector<std::string>{"ARN>GON:112"});
  EXPECT_EQ(Code("Eriador was condemned by Arnor."), std::vector<std::string>{"ARN>ERI:121"});
}

TEST_F(ConvertTest, DateRestrictedActorsAndAgents) {
  EXPECT_EQ(ActorCode("Albright spoke.", "2000-06-01"), "USAGOV");
  EXPECT_EQ(ActorCode("Albright spoke.", "2005-06-01"), "");
  EXPECT_EQ(ActorCode("Ithilen television reported.", "1995-01-01"), "ITHTV");
  EXPECT_EQ(ActorCode("Arnor's foreign minister spoke.", "1995-01-01"), "ARNGOVFRM");
  EXPECT_EQ(ActorCode("Arnor spoke.", "1995-01-01"), "ARN");
}

TEST_F(ConvertTest, AgentsCombineAsTabariCombinesThem) {
  const LegacySettings& tabari = converted_->settings;
  ASSERT_TRUE(tabari.tabari_agents);
  using Codes = std::vector<std::string>;
  // An agent placed before the code goes before the actor's, right after it
  // or after "in" or "of".
  EXPECT_EQ(ActorCodes("A human rights body in Arnor spoke.", tabari), Codes{"NGOARN"});
  EXPECT_EQ(ActorCodes("The human rights body Gondor spoke.", tabari), Codes{"NGOGON"});
  // An agent the names left alone joins the actor before it, unless the
  // actor's code holds it on a 3-letter boundary.
  EXPECT_EQ(ActorCodes("The West German world government spoke.", tabari), Codes{"GMWGOVWGO"});
  EXPECT_EQ(ActorCodes("The West German officials spoke.", tabari), Codes{"GMWGOV"});
  // "Former" before the actor or the agent makes the agent an elite.
  EXPECT_EQ(ActorCodes("Arnor former officials spoke.", tabari), Codes{"ARNELI"});
  EXPECT_EQ(ActorCodes("The former Arnor officials spoke.", tabari), Codes{"ARNELI"});
  EXPECT_EQ(ActorCodes("Former officials in West German spoke.", tabari), Codes{"GMWGOVELI"});
  EXPECT_EQ(ActorCodes("Arnor officials spoke.", tabari), Codes{"ARNGOV"});
  // Without TABARI's reading, none of it.
  LegacySettings plain = tabari;
  plain.tabari_agents = false;
  EXPECT_EQ(ActorCodes("Arnor former officials spoke.", plain), Codes{"ARNGOV"});
  EXPECT_EQ(ActorCodes("A human rights body in Arnor spoke.", plain), Codes{"ARN"});
}

TEST_F(ConvertTest, ACommaBeforeTheLastConjunctionKeepsTheCompound) {
  // "X, Y, and Z" is one compound subject, as "X, Y and Z" is.
  EXPECT_EQ(Code("Arnor, the awful Eriador, and good Gondor condemned Ithilen."),
            (std::vector<std::string>{"ARN>ITH:122", "ERI>ITH:122", "GON>ITH:122"}));
  EXPECT_EQ(Code("Arnor, Eriador and Gondor condemned Ithilen."),
            (std::vector<std::string>{"ARN>ITH:122", "ERI>ITH:122", "GON>ITH:122"}));
}

TEST_F(ConvertTest, ASourceInTheTargetCompoundStaysATarget) {
  // The other sources take it as a target; it is not its own.
  EXPECT_EQ(Code("Arnor and Gondor condemned Eriador and Gondor."),
            (std::vector<std::string>{"ARN>ERI:122", "ARN>GON:122", "GON>ERI:122"}));
}

TEST_F(ConvertTest, AdjectivesJoinTheActorsOfACompoundMember) {
  // "X and the evil Y awful Z": Z is a member too, as TABARI reads it.
  EXPECT_EQ(Code("Arnor and the evil Eriador awful Gondor condemned Ithilen."),
            (std::vector<std::string>{"ARN>ITH:122", "ERI>ITH:122", "GON>ITH:122"}));
}

TEST_F(ConvertTest, VerbsMatchAsTabariWritesThem) {
  EXPECT_EQ(Code("Arnor departed from Gondor on Sunday."), std::vector<std::string>{"ARN>GON:032"});
  EXPECT_TRUE(Code("Arnor's departure from Gondor came on Sunday.").empty());
  EXPECT_EQ(Code("Arnor will ban Gondor from the games."), std::vector<std::string>{"ARN>GON:191"});
  EXPECT_TRUE(Code("Arnor is banning Gondor from the games.").empty());
}

TEST_F(ConvertTest, ComplexSentencesAreNotCoded) {
  LegacySettings settings = converted_->settings;
  const std::string two_verbs = "Arnor condemned Eriador and signed a protocol with Gondor.";
  EXPECT_FALSE(CodeWith(two_verbs, settings).empty());
  settings.complex.verbs = 2;
  EXPECT_TRUE(CodeWith(two_verbs, settings).empty());
  settings.complex = {};
  settings.complex.conjunctions = 1;
  // "and" between actors joins a compound; between clauses it counts.
  EXPECT_EQ(CodeWith("Arnor condemned Eriador and Gondor on Sunday.", settings),
            (std::vector<std::string>{"ARN>ERI:122", "ARN>GON:122"}));
  EXPECT_TRUE(CodeWith("Arnor condemned Eriador on Sunday and on Monday.", settings).empty());
  settings.complex = {};
  settings.complex.no_actor_prior = true;
  EXPECT_EQ(CodeWith("Arnor condemned Eriador on Sunday.", settings), std::vector<std::string>{"ARN>ERI:122"});
  // The verb "arrived" comes before any actor.
  EXPECT_TRUE(CodeWith("When they arrived on Sunday Arnor condemned Eriador.", settings).empty());
}

TEST_F(ConvertTest, DiscardsDropTheSentence) {
  EXPECT_TRUE(Code("Arnor condemned Eriador after the volleyball match.").empty());
  EXPECT_EQ(Code("Arnor condemned Eriador. The volleyball match went on."),
            std::vector<std::string>{"ARN>ERI:122"});
  // A default discard with dated codes discards only when no dated code
  // holds.
  EXPECT_EQ(Code("Arnor condemned Onodoher on Sunday.", "1991-01-01"), std::vector<std::string>{"ARN>ONO:122"});
  EXPECT_TRUE(Code("Arnor condemned Onodoher on Sunday.", "1995-01-01").empty());
  EXPECT_TRUE(Code("Arnor condemned Eriador after Onodoher crowds gathered.", "1995-01-01").empty());
  EXPECT_EQ(Code("Arnor condemned Eriador after Onodoher crowds gathered.", "1991-01-01"),
            std::vector<std::string>{"ARN>ERI:122"});
}

// A conjunction between common nouns joins them, not clauses: the words of
// a pattern may lie on both sides of it.
TEST_F(ConvertTest, ConjunctionBetweenNounsKeepsTheClause) {
  EXPECT_EQ(Code("Eriador's death toll has risen in the dispute with Arnor."),
            std::vector<std::string>{"ERI>ARN:223"});
  EXPECT_EQ(Code("Eriador's death and injury toll has risen in the dispute with Arnor."),
            std::vector<std::string>{"ERI>ARN:223"});
  EXPECT_EQ(Code("Arnor heavily and unjustly denounced Eriador."), std::vector<std::string>{"ARN>ERI:123"});
}

// TABARI's <NOUN> and <ADJECTIVE> lists decide which conjunctions join
// words rather than clauses: "sheep and goats" (both listed) keeps the
// clause, and Ithilen is its first actor; "sheep and pigs" ends it, and the
// verb's clause starts at "pigs".
TEST_F(ConvertTest, ListedNounsAndAdjectivesJoinWords) {
  LegacySettings settings = converted_->settings;
  settings.defaults.listed_joins = true;
  settings.defaults.joining_nouns = {"goat", "sheep"};
  settings.defaults.joining_adjectives = {"awful", "evil"};
  EXPECT_EQ(CodeAsTabari("Ithilen's sheep and goats of Gondor condemned Eriador.", settings),
            std::vector<std::string>{"ITH>ERI:122"});
  EXPECT_EQ(CodeAsTabari("Ithilen's sheep and pigs of Gondor condemned Eriador.", settings),
            std::vector<std::string>{"GON>ERI:122"});
  EXPECT_EQ(CodeAsTabari("Ithilen's awful and evil friends in Gondor condemned Eriador.", settings),
            std::vector<std::string>{"ITH>ERI:122"});
  EXPECT_EQ(CodeAsTabari("Ithilen's awful and lazy friends in Gondor condemned Eriador.", settings),
            std::vector<std::string>{"GON>ERI:122"});
}

// TABARI's one verb per clause: listed nouns joined by "and" keep the
// clause, so its second verb is not coded; "but" always starts a clause,
// even between actors.
TEST_F(ConvertTest, ClausesAsTabariMarksThem) {
  Converted converted = *converted_;
  converted.nouns = {"goat", "sheep"};
  converted.settings.defaults.listed_joins = true;
  converted.settings.defaults.joining_nouns = converted.nouns;
  EXPECT_EQ(CodeAsTabari("Arnor denounced Eriador over the sheep and goats after condemning Gondor.",
                         converted.settings, converted),
            std::vector<std::string>{"ARN>ERI:122"});
  EXPECT_EQ(CodeAsTabari("Arnor denounced Eriador over the sheep and pigs after condemning Gondor.",
                         converted.settings, converted),
            (std::vector<std::string>{"ARN>ERI:122", "ARN>GON:122"}));
  EXPECT_EQ(CodeAsTabari("Arnor condemned Eriador but Gondor denounced Ithilen.", converted.settings, converted),
            (std::vector<std::string>{"ARN>ERI:122", "GON>ITH:122"}));
}

// The converted settings carry the lists of a TABARI actors file.
TEST(ConvertListsTest, NounAndAdjectiveListsReachTheCoder) {
  Dictionary dict;
  ReadText(Format::kTabari, FileKind::kActors, "t/lists.actors",
           "<NOUN>\nGOATS\nPOLITICAL_SCIENTISTS\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\nARNOR [ARN]\n", &dict,
           nullptr);
  dict.format = Format::kTabari;
  const Converted converted = Convert(dict, {});
  EXPECT_TRUE(converted.settings.defaults.listed_joins);
  EXPECT_EQ(converted.settings.defaults.joining_nouns, (std::vector<std::string>{"goats", "scientists"}));
  EXPECT_EQ(converted.settings.defaults.joining_adjectives, std::vector<std::string>{"evil"});
  LegacySettings settings = converted.settings;
  ASSERT_TRUE(ApplyOption("DEFAULT: OFF", &settings));
  EXPECT_TRUE(settings.defaults.listed_joins);  // only the default actors go
}

// TABARI's pronouns: "they" and "them" stand for the sentence's first
// compound. A target looked for before the verb is none of the source's
// members while another actor is there.
TEST_F(ConvertTest, TheyStandsForTheFirstCompound) {
  LegacySettings settings = converted_->settings;
  EXPECT_EQ(CodeAsTabari("Arnor and Gondor condemned Eriador on Monday and then they denounced Ithilen.", settings),
            (std::vector<std::string>{"ARN>ERI:122", "GON>ERI:122", "ARN>ITH:122", "GON>ITH:122"}));
  settings.code_by = LegacySettings::CodeBy::kAll;
  EXPECT_EQ(CodeAsTabari("Arnor and Gondor condemned Eriador on Monday to arrive before them.", settings),
            (std::vector<std::string>{"ARN>ERI:122", "GON>ERI:122", "ARN>ERI:032", "ERI>ARN:033", "GON>ERI:032",
                                      "ERI>GON:033"}));
}

// After a conjunction, the clause keeps the source of a clause with a verb
// unless an actor follows the conjunction right away.
TEST_F(ConvertTest, SourceKeptAcrossAConjunction) {
  const LegacySettings& settings = converted_->settings;
  EXPECT_EQ(CodeAsTabari("Arnor condemned Eriador and on Monday Gondor denounced Ithilen.", settings),
            (std::vector<std::string>{"ARN>ERI:122", "ARN>ITH:122"}));
  EXPECT_EQ(CodeAsTabari("Arnor condemned Eriador on Monday and Gondor denounced Ithilen.", settings),
            (std::vector<std::string>{"ARN>ERI:122", "GON>ITH:122"}));
}

// PETRARCH's new_actor_length: short noun phrases next to a verb that hold
// no actor become actors coded by their words.
TEST_F(ConvertTest, NounPhrasesBecomeActorsUpToTheirLength) {
  auto codes = [&](const std::string& text, int length) {
    LegacySettings settings = converted_->settings;
    settings.new_actor_length = length;
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    const size_t added = AddNounPhraseActors(settings, &analysis_);
    std::vector<std::string> out;
    for (const ActorMention& m : analysis_.actors) out.push_back(m.code);
    EXPECT_EQ(added, static_cast<size_t>(std::count_if(out.begin(), out.end(), [](const std::string& c) {
                return !c.empty() && c[0] == '"';
              })));
    return out;
  };
  // The conjunct with an actor keeps it; the other is new. A phrase that
  // goes on with a preposition and an actor holds that actor.
  EXPECT_EQ(codes("Eriador's death and injury toll has risen in the dispute with Arnor.", 4),
            (std::vector<std::string>{"ERI", "\"INJURY TOLL\"", "ARN"}));
  // A possessive ending is no word; determiners and "of" phrases are.
  EXPECT_EQ(codes("Gryffindor's head Minerva McGonagall arrived in the Ministry of Magic on Sunday.", 4),
            (std::vector<std::string>{"\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "\"THE MINISTRY OF MAGIC\""}));
  EXPECT_EQ(codes("Gryffindor's head Minerva McGonagall arrived in the Ministry of Magic on Sunday.", 3),
            std::vector<std::string>{});
  EXPECT_EQ(codes("Gryffindor's head Minerva McGonagall arrived in Minas Tirith on Sunday.", 4),
            (std::vector<std::string>{"\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "GON"}));
  // Off (PETRARCH's default): nothing is added.
  EXPECT_EQ(codes("Gryffindor's head Minerva McGonagall arrived in Minas Tirith on Sunday.", 0),
            std::vector<std::string>{"GON"});
}

// PETRARCH's agents: one after "and" shares the country of an actor with an
// agent right before it, unless a determiner makes them two noun phrases;
// one after "former" is an elite (ELI); one after a possessive country codes
// with it.
TEST_F(ConvertTest, AgentAfterAndSharesTheCountry) {
  // PETRARCH's way of combining agents, not TABARI's (the test dictionaries
  // are written in TABARI's format, which turns TABARI's on).
  LegacySettings settings = converted_->settings;
  settings.combine_agents = true;
  settings.tabari_agents = false;
  auto codes = [&](const std::string& text) { return ActorCodes(text, settings); };
  EXPECT_EQ(codes("Arnor foreign minister and officials arrived in Gondor."),
            (std::vector<std::string>{"ARNGOVFRM", "ARNGOV", "GON"}));
  EXPECT_EQ(codes("The Arnor foreign minister and officials arrived in Gondor."),
            (std::vector<std::string>{"ARNGOVFRM", "GON"}));
  // A country alone has no agent to share.
  EXPECT_EQ(codes("Arnor and officials arrived in Gondor."), (std::vector<std::string>{"ARN", "GON"}));
  // TABARI's FORMER conversion: an agent after "former" is ELI.
  EXPECT_EQ(codes("Former Arnor officials arrived in Gondor."), (std::vector<std::string>{"ARNELI", "GON"}));
  EXPECT_EQ(codes("Arnor officials arrived in Gondor."), (std::vector<std::string>{"ARNGOV", "GON"}));
  EXPECT_EQ(codes("Former officials from Eriador arrived in Gondor."), (std::vector<std::string>{"ERIELI", "GON"}));
  EXPECT_EQ(codes("Officials from Eriador arrived in Gondor."), (std::vector<std::string>{"ERIGOV", "GON"}));
  // The possessive country and the agent code the phrase, not the actor
  // named after the agent.
  EXPECT_EQ(codes("Ithilen's awful and evil official Arnor arrived in Gondor."),
            (std::vector<std::string>{"ITHGOV", "GON"}));
  EXPECT_EQ(codes("The official Arnor arrived in Gondor."), (std::vector<std::string>{"ARNGOV", "GON"}));
}

// PETRARCH reads a passive with no "by" actor as an active verb.
TEST_F(ConvertTest, PassiveWithoutAgentAsActive) {
  auto coded = [&](const std::string& text, bool passive_as_active) {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    DefaultActors defaults;
    defaults.passive_as_active = passive_as_active;
    events_.clear();
    coder_->CodeWithDefaults(article_, analysis_, defaults, &events_);
    return EventKeys(events_);
  };
  EXPECT_EQ(coded("Eriador was condemned over its dispute with Arnor.", true), std::vector<std::string>{"ERI>ARN:122"});
  EXPECT_EQ(coded("Eriador was condemned over its dispute with Arnor.", false), std::vector<std::string>{});
  // With an actor after "by", the passive stays one.
  EXPECT_EQ(coded("Eriador was condemned by Arnor.", true), std::vector<std::string>{"ARN>ERI:121"});
}

TEST_F(ConvertTest, ResolveNamesTheLegacyLine) {
  Code("Arnor condemned Eriador.");
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(converted_->Resolve(events_[0].pattern), "demo.verbs:10");
  ASSERT_FALSE(analysis_.actors.empty());
  EXPECT_EQ(converted_->Resolve(analysis_.actors[0].origin), "demo.actors:1");
  EXPECT_EQ(converted_->Resolve(Origin{"actors/countries.txt", 3}), "");
}

}  // namespace
}  // namespace dyad::legacy
