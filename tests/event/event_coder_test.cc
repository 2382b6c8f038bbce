// The event coder with a small pattern file written here, over the
// project's real actor dictionaries, tagger and codebook: each syntactic
// case alone (subject, passive, apposition, compounds, pronouns),
// negation, modality, dates and history.
#include "dyad/events.h"
#include "dyad/places.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "e2e/test_support.h"
#include "place/tiny_gazetteer.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

constexpr char kPatterns[] = R"(
event 042
  verb visit $T                    # Zhao Leji visited Pyongyang.
  noun visit of $S to $T           # The visit of Zhao Leji to Pyongyang.
event 040 | symmetric
  verb meet $T                     # Kim met Xi.
  verb meet with $T                # Kim met with Xi.
  noun meeting between $S and $T   # A meeting between X and Y.
event 051
  verb praise $T                   # Zhao praised Pyongyang.
event 111
  verb condemn $T                  # China condemned Japan.
event 195
  verb attack $T                   # North Korea attacked Seoul.
  noun airstrike on $T             # An airstrike on Gaza.
event 020
  verb urge $T                     # The US urged China.
event 043 | reverse 042
  verb host $T                     # Xi hosted Kim.
event 046 | symmetric
  verb hold talks with $T          # Iran held talks with the IAEA.
event 057 | symmetric
  verb sign * agreement * with $T  # Iran signed an agreement with Iraq.
event 112
  verb accuse $T                   # Russia accused Britain.
event 016
  verb deny * charge * by $T       # Iran denied the charges by Israel.
event 190
  verb shell $T                    # Russia shelled Kyiv.
  verb kill $T                     # Russian troops killed Ukrainian soldiers.
event 192
  verb capture * from $T           # Azerbaijan captured two hills from Armenia.
event 163
  verb impose * sanction on $T     # The EU imposed sanctions on Iran.
event 0871 | symmetric
  verb halt * fighting * with $T   # Armenia halted the fighting with Azerbaijan.
event 173
  verb arrest $T | by state COP    # Kenyan police arrested a Somali trader.
  noun arrest of $T | by state COP # The arrest of a Somali trader.
  noun $T 's <arrest> | by state COP # The trader's arrest.
event 141
  verb march | target anti         # Anti-government protesters marched in Nairobi.
  noun protests | target anti      # Anti-American protests spread.
event none
  verb fire minister               # The president fired the minister.
)";

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* data = std::getenv("DYAD_DATA_DIR");
    ASSERT_NE(data, nullptr);
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad_event_test_" + std::to_string(::getpid())));
    fs::create_directories(*dir_ / "events");
    fs::create_directory_symlink(fs::path(data) / "cameo", *dir_ / "cameo");
    // The bundled descriptions ("the army", "protesters"), in their file.
    fs::create_directory_symlink(fs::path(data) / "actors", *dir_ / "actors");
    std::ofstream(*dir_ / "events" / "test.txt") << kPatterns;
    std::vector<std::string> problems;
    auto coder = EventCoder::Load(dir_->string(), [&](const Problem& p) { problems.push_back(p.ToString()); });
    ASSERT_TRUE(coder.ok()) << coder.status();
    for (const auto& p : problems) ADD_FAILURE() << p;
    coder_ = coder->release();
  }
  static void TearDownTestSuite() {
    delete coder_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  // "SOURCE>TARGET:CODE" for each event, with flags appended.
  std::vector<std::string> Code(const std::string& text, const char* date = "2024-04-16") {
    return CodeWith(*coder_, text, date);
  }

  // The events `coder` codes in `text`, as Code writes them.
  std::vector<std::string> CodeWith(const EventCoder& coder, const std::string& text,
                                    const char* date = "2024-04-16") {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate(date);
    testing::SharedPipeline().Analyze(article_, &analysis_);
    events_.clear();
    coder.Code(article_, analysis_, &events_);
    std::vector<std::string> out;
    for (const Event& e : events_) {
      std::string s = e.source.code + ">" + e.target.code + ":" + e.cameo->code;
      if (e.negated) s += " negated";
      if (e.modality != Modality::kAsserted) s += " " + std::string(ModalityName(e.modality));
      if (e.historical) s += " historical";
      out.push_back(s);
    }
    return out;
  }

  // The test dictionaries' coder with the small test gazetteer, so that
  // towns are known.
  static std::unique_ptr<EventCoder> CoderWithTinyGazetteer() {
    auto places = Gazetteer::FromText(testing::TinyGazetteerText(), "tiny");
    EXPECT_TRUE(places.ok()) << places.status();
    if (!places.ok()) return nullptr;
    EventCoderOptions options;
    options.places = std::move(*places);
    auto coder = EventCoder::Load(dir_->string(), [](const Problem& p) { ADD_FAILURE() << p.ToString(); }, options);
    EXPECT_TRUE(coder.ok()) << coder.status();
    return coder.ok() ? std::move(*coder) : nullptr;
  }

  static fs::path* dir_;
  static EventCoder* coder_;
  Article article_;
  Analysis analysis_;
  std::vector<Event> events_;
};

fs::path* EventCoderTest::dir_ = nullptr;
EventCoder* EventCoderTest::coder_ = nullptr;


TEST_F(EventCoderTest, SubjectAndObject) {
  EXPECT_EQ(Code("China condemned Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
}

TEST_F(EventCoderTest, Passive) {
  EXPECT_EQ(Code("Seoul was attacked by North Korea."), std::vector<std::string>{"PRKGOV>KORGOV:195"});
}

TEST_F(EventCoderTest, AppositionIsSkipped) {
  EXPECT_EQ(Code("Zhao Leji, the third-ranked official in the Chinese Communist Party, apparently "
                 "praised Pyongyang."),
            std::vector<std::string>{"CHNGOV>PRKGOV:051"});
}

TEST_F(EventCoderTest, CompoundSubjectGivesOneEventEach) {
  EXPECT_EQ(Code("China and Russia condemned Japan."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:111", "RUSGOV>JPNGOV:111"}));
}

TEST_F(EventCoderTest, NounPatternWithBothSlotsAndSymmetry) {
  EXPECT_EQ(Code("A meeting between North Korean and Chinese officials took place."),
            (std::vector<std::string>{"PRKGOV>CHNGOV:040", "CHNGOV>PRKGOV:040"}));
  EXPECT_EQ(Code("The visit of Zhao Leji to Pyongyang was a success."),
            std::vector<std::string>{"CHNGOV>PRKGOV:042"});
}

TEST_F(EventCoderTest, PronounsAndDescriptions) {
  EXPECT_EQ(Code("Kim Jong-Un arrived in Beijing. He praised Russia."),
            std::vector<std::string>{"PRKGOV>RUSGOV:051"});
  EXPECT_EQ(Code("Japan sent envoys to China. The two nations met on Friday."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:040", "JPNGOV>CHNGOV:040"}));
}

// "Kaesong police": a town the gazetteer knows, before a description, gives
// the description its country; without a gazetteer the article's country.
TEST_F(EventCoderTest, TownBeforeDescriptionGivesItsCountry) {
  const std::string text = "South Korean students marched in Seoul. Kaesong police condemned South Korea.";
  EXPECT_EQ(Code(text), std::vector<std::string>{"KORCOP>KORGOV:111"});
  const std::unique_ptr<EventCoder> coder = CoderWithTinyGazetteer();
  ASSERT_NE(coder, nullptr);
  EXPECT_EQ(CodeWith(*coder, text), std::vector<std::string>{"PRKCOP>KORGOV:111"});
}

// "visited Kaesong": a town the gazetteer knows, where no actor stands, is
// a visit to its country; not at home, not for other acts, and not without
// a gazetteer.
TEST_F(EventCoderTest, VisitToATownIsAVisitToItsCountry) {
  const std::unique_ptr<EventCoder> coder = CoderWithTinyGazetteer();
  ASSERT_NE(coder, nullptr);
  auto code = [&](const std::string& text) { return CodeWith(*coder, text); };
  EXPECT_EQ(code("Zhao Leji visited Kaesong on Monday."), std::vector<std::string>{"CHNGOV>PRKGOV:042"});
  EXPECT_EQ(code("The visit of Zhao Leji to Kaesong ended on Saturday."),
            std::vector<std::string>{"CHNGOV>PRKGOV:042"});
  EXPECT_EQ(code("Kim Jong-Un visited Kaesong on Monday."), std::vector<std::string>{});
  EXPECT_EQ(code("Zhao Leji praised Kaesong on Monday."), std::vector<std::string>{});
  EXPECT_EQ(Code("Zhao Leji visited Kaesong on Monday."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, ObjectPronounIsNotItsClausesSubject) {
  // "him" is Xi, not Kim who praises; after a verb's object, that object.
  EXPECT_EQ(Code("Xi Jinping arrived. Kim Jong-Un praised him.", "2019-06-21"),
            std::vector<std::string>{"PRKGOV>CHNGOV:051"});
  EXPECT_EQ(Code("Xi Jinping and Kim Jong-Un arrived. Xi spoke with Kim and praised him.", "2019-06-21"),
            std::vector<std::string>{"CHNGOV>PRKGOV:051"});
}

TEST_F(EventCoderTest, EnvoysToAnOrganisationAreTheirCountrys) {
  EXPECT_EQ(Code("The U.S. ambassador to the United Nations condemned Russia."),
            std::vector<std::string>{"USAGOV>RUSGOV:111"});
  EXPECT_EQ(Code("China's U.N. ambassador condemned Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
}

TEST_F(EventCoderTest, BothSidesAreTheActorsOfTheLatestConflict) {
  // The United States is mentioned most, but as the mediator.
  EXPECT_EQ(Code("The United States praised Egypt. Washington praised Egypt again. Armenia attacked Azerbaijan. "
                 "The United States urged both sides to stop."),
            (std::vector<std::string>{"USAGOV>EGYGOV:051", "USAGOV>EGYGOV:051", "ARMGOV>AZEGOV:195",
                                      "USAGOV>ARMGOV:020", "USAGOV>AZEGOV:020"}));
}

TEST_F(EventCoderTest, VerbChainsReachPastPlacesAndTimes) {
  // The subject of "agreed" attacks; an intent, not an appeal's hypothesis.
  EXPECT_EQ(Code("China agreed in Hanoi on Tuesday to attack Japan."),
            std::vector<std::string>{"CHNGOV>JPNGOV:195 intended"});
  // An agreed ceasefire is the ceasefire, told as done.
  EXPECT_EQ(Code("China and Japan agreed in Hanoi on Tuesday to halt the fighting."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:0871", "JPNGOV>CHNGOV:0871"}));
  // "urged China to attack": China is the one asked.
  EXPECT_EQ(Code("The US urged China on Tuesday to attack Japan."),
            (std::vector<std::string>{"USAGOV>CHNGOV:020", "CHNGOV>JPNGOV:195 hypothetical"}));
}

TEST_F(EventCoderTest, GenericDescriptionsAreThePeopleOfTheArticlesCountry) {
  // Sudan leads the article's actors: "the army", "protesters" are Sudan's.
  EXPECT_EQ(Code("Sudan's army faced protests. Sudanese officials met in Sudan. The army attacked protesters. "
                 "The government accused the rebels."),
            (std::vector<std::string>{"SDNMIL>SDNCVL:195", "SDNGOV>SDNREB:112"}));
  // No country leads: a description is no actor.
  EXPECT_EQ(Code("China is large. Japan is large. The army attacked protesters."), std::vector<std::string>{});
  // One country named once, in a short text, leads.
  EXPECT_EQ(Code("Peru is tense. The army attacked protesters."), std::vector<std::string>{"PERMIL>PERCVL:195"});
  // The same institution named just before gives its country, even when
  // no country leads ...
  EXPECT_EQ(Code("China and Japan met in Beijing. Japanese troops left. The army attacked Chinese protesters."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:040", "JPNGOV>CHNGOV:040", "JPNMIL>CHNCVL:195"}));
  // ... and it comes before the home country.
  EXPECT_EQ(Code("China is large. Beijing is busy. Japanese police left. Police attacked Chinese protesters."),
            std::vector<std::string>{"JPNCOP>CHNCVL:195"});
  // Not after a possessive pronoun.
  EXPECT_EQ(Code("Sudan's army faced protests. Sudanese officials met in Sudan. Its army attacked protesters."),
            std::vector<std::string>{});
}

TEST_F(EventCoderTest, SymmetricVerbWithoutObjectPairsItsSubjects) {
  EXPECT_EQ(Code("China and Japan met in Hanoi."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:040", "JPNGOV>CHNGOV:040"}));
}

TEST_F(EventCoderTest, NegationAndRefusal) {
  EXPECT_EQ(Code("China did not attack Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:195 negated"});
  EXPECT_EQ(Code("China refused to condemn Russia."), std::vector<std::string>{"CHNGOV>RUSGOV:111 negated"});
}

TEST_F(EventCoderTest, Modality) {
  EXPECT_EQ(Code("China may attack Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:195 hedged"});
  EXPECT_EQ(Code("The US urged China to attack Japan."),
            (std::vector<std::string>{"USAGOV>CHNGOV:020", "CHNGOV>JPNGOV:195 hypothetical"}));
  EXPECT_EQ(Code("If Russia attacked Japan, the region would suffer."),
            std::vector<std::string>{"RUSGOV>JPNGOV:195 hypothetical"});
  // A planned visit is coded as such (036).
  EXPECT_EQ(Code("China will visit Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:036"});
}

TEST_F(EventCoderTest, SenseThatIsNoEvent) {
  EXPECT_TRUE(Code("Putin fired the minister.").empty());
}

TEST_F(EventCoderTest, NoTargetNoEvent) {
  EXPECT_TRUE(Code("China condemned the decision.").empty());
}

TEST_F(EventCoderTest, DatesFromTheSentence) {
  Code("North Korea attacked Seoul on Sunday.");  // 2024-04-16 was a Tuesday
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].date->ToString(), "2024-04-14");
  EXPECT_EQ(events_[0].date_precision, DatePrecision::kDay);
  Code("North Korea attacked Seoul yesterday.");
  EXPECT_EQ(events_[0].date->ToString(), "2024-04-15");
  Code("North Korea attacked Seoul on April 13.");
  EXPECT_EQ(events_[0].date->ToString(), "2024-04-13");
  // A month alone: the latest one, or one of the next three months.
  Code("North Korea attacked Seoul in February.");
  EXPECT_EQ(events_[0].date->ToString(), "2024-02-01");
  EXPECT_EQ(events_[0].date_precision, DatePrecision::kMonth);
  Code("North Korea attacked Seoul in June.");
  EXPECT_EQ(events_[0].date->ToString(), "2024-06-01");
  Code("North Korea attacked Seoul in November.");
  EXPECT_EQ(events_[0].date->ToString(), "2023-11-01");
  Code("North Korea attacked Seoul.");
  EXPECT_EQ(events_[0].date->ToString(), "2024-04-16");
  EXPECT_EQ(events_[0].date_precision, DatePrecision::kArticle);
  EXPECT_FALSE(events_[0].historical);
}

TEST_F(EventCoderTest, HistoryIsFlagged) {
  EXPECT_EQ(Code("In 2018, China condemned Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:111 historical"});
  EXPECT_EQ(events_[0].date_precision, DatePrecision::kYear);
  EXPECT_EQ(Code("During the Korean War (1950-1953), China attacked South Korea."),
            std::vector<std::string>{"CHNGOV>KORGOV:195 historical"});
  EXPECT_EQ(Code("In the 21st century, China condemned Russia."),
            std::vector<std::string>{"CHNGOV>RUSGOV:111 historical"});
}

TEST_F(EventCoderTest, PathologicalSentencesStayLinear) {
  // Thousands of actors in one sentence: not coded, and not slow.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "China attacked Japan and ";
  text += "Russia.";
  EXPECT_TRUE(Code(text).empty());
  // Thousands of short sentences with pronouns: each looks back a bounded way.
  text.clear();
  for (int i = 0; i < 3000; ++i) text += "Kim Jong-Un spoke. He praised Russia. ";
  EXPECT_EQ(Code(text).size(), 3000u);
}

TEST_F(EventCoderTest, BadPatternLinesAreReported) {
  const fs::path dir = fs::temp_directory_path() / ("dyad_event_bad_" + std::to_string(::getpid()));
  fs::create_directories(dir / "events");
  fs::create_directory_symlink(fs::path(std::getenv("DYAD_DATA_DIR")) / "cameo", dir / "cameo");
  std::ofstream(dir / "events" / "bad.txt") << "  verb orphan $T\nevent 999\nevent 042 | sometimes\n"
                                               "event 042\n  verb visit\n  adverb quickly $T\n  verb visit $X\n";
  std::vector<Problem> problems;
  auto coder = EventCoder::Load(dir.string(), [&](const Problem& p) { problems.push_back(p); });
  ASSERT_TRUE(coder.ok());
  ASSERT_EQ(problems.size(), 6u);
  const uint64_t lines[] = {1, 2, 3, 5, 6, 7};
  for (size_t i = 0; i < problems.size(); ++i) {
    EXPECT_EQ(problems[i].file, "events/bad.txt");
    EXPECT_EQ(problems[i].line, lines[i]) << problems[i].reason;
  }
  fs::remove_all(dir);
  EXPECT_EQ(EventCoder::Load("no/such/dir", nullptr).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(EventCoderTest, NegationAcrossQuotesAndACommaBetweenAdverbs) {
  EXPECT_EQ(Code("Georgia said it would \"never, ever\" condemn Russia."),
            std::vector<std::string>{"GEOGOV>RUSGOV:111 negated hypothetical"});
}

TEST_F(EventCoderTest, PoliceMeetingProtestersHoldNoMeeting) {
  EXPECT_EQ(Code("Egyptian protesters were met by Egyptian police in Cairo."), std::vector<std::string>{});
  // Officials meeting protesters do meet them.
  EXPECT_EQ(Code("Egyptian officials met Egyptian protesters in Cairo."),
            (std::vector<std::string>{"EGYGOV>EGYCVL:040", "EGYCVL>EGYGOV:040"}));
}

TEST_F(EventCoderTest, TheMediaAreNoSource) {
  EXPECT_EQ(Code("German tabloids attacked Switzerland."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, AParticipleAfterWhileOrByHasTheClausesSubject) {
  EXPECT_EQ(Code("Poland condemned Belarus while also accusing Russia."),
            (std::vector<std::string>{"POLGOV>BLRGOV:111", "POLGOV>RUSGOV:112"}));
  EXPECT_EQ(Code("Poland responded by accusing Russia."), std::vector<std::string>{"POLGOV>RUSGOV:112"});
}

TEST_F(EventCoderTest, WhoTellsOfAnActIsNoPartOfItsSubject) {
  EXPECT_EQ(Code("According to the UN, Russian troops killed 12 Ukrainian civilians."),
            std::vector<std::string>{"RUSMIL>UKRCVL:190"});
}

TEST_F(EventCoderTest, APassiveVerbsAgentDidTheAct) {
  // The target is not right after the verb, so no passive is derived from
  // the pattern; the subject still suffered the act.
  EXPECT_EQ(Code("Kosovo was captured by Serbia from Albania."), std::vector<std::string>{"SRBGOV>ALBGOV:192"});
}

TEST_F(EventCoderTest, APlannedVisitIsAnIntent) {
  EXPECT_EQ(Code("The planned visit of Zhao Leji to Pyongyang begins on Monday."),
            std::vector<std::string>{"CHNGOV>PRKGOV:036"});
  EXPECT_EQ(Code("The visit of Zhao Leji to Pyongyang began on Monday."), std::vector<std::string>{"CHNGOV>PRKGOV:042"});
}

TEST_F(EventCoderTest, ACountryAfterAPlaceIsWhereNotWho) {
  EXPECT_EQ(Code("In Istanbul, Turkey, thousands of people condemned Israel."), std::vector<std::string>{});
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST_F(EventCoderTest, ReverseCodeForTheOtherSide) {
  EXPECT_EQ(Code("Xi Jinping hosted Kim Jong-Un in Beijing."),
            (std::vector<std::string>{"CHNGOV>PRKGOV:043", "PRKGOV>CHNGOV:042"}));
}

TEST_F(EventCoderTest, SymmetricPatternWithItsPartnerLeftOut) {
  EXPECT_EQ(Code("Iran and the European Union signed an interim agreement on Sunday."),
            (std::vector<std::string>{"IRNGOV>IGOEUREEC:057", "IGOEUREEC>IRNGOV:057"}));
  EXPECT_EQ(Code("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon held talks."),
            (std::vector<std::string>{"KGZGOV>TJKGOV:046", "TJKGOV>KGZGOV:046"}));
  // One actor alone holds no talks.
  EXPECT_TRUE(Code("Iran held talks on Sunday.").empty());
}

TEST_F(EventCoderTest, CoordinatedVerbsShareTheSubjectPastAClause) {
  EXPECT_EQ(Code("Japan's foreign minister said the ruling was binding and urged China to comply."),
            std::vector<std::string>{"JPNGOV>CHNGOV:020"});
}

TEST_F(EventCoderTest, ParticipleAfterACommaTakesTheMainSubject) {
  EXPECT_EQ(Code("Japan condemned the launch on Friday, accusing North Korea of provocation."),
            (std::vector<std::string>{"JPNGOV>PRKGOV:112"}));
}

TEST_F(EventCoderTest, QuantifiersBeforeTheTarget) {
  EXPECT_EQ(Code("Russia shelled more than 60 Ukrainian positions."),
            std::vector<std::string>{"RUSGOV>UKRGOV:190"});
}

TEST_F(EventCoderTest, ActsInsideAnAccusationAreHedged) {
  EXPECT_EQ(Code("Britain accused Russia of shelling Ukraine."),
            (std::vector<std::string>{"GBRGOV>RUSGOV:112", "RUSGOV>UKRGOV:190 hedged"}));
}

TEST_F(EventCoderTest, BothCountriesIsNotTheClausesOwnSubject) {
  EXPECT_EQ(Code("India and Pakistan exchanged fire. China and Russia urged both countries to stop."),
            (std::vector<std::string>{"CHNGOV>PAKGOV:020", "CHNGOV>INDGOV:020", "RUSGOV>PAKGOV:020",
                                      "RUSGOV>INDGOV:020"}));
}

TEST_F(EventCoderTest, AppositionInsideANounPattern) {
  EXPECT_EQ(Code("The visit of Sergei Lavrov, the Russian foreign minister, to Poland went well.", "2006-06-01"),
            std::vector<std::string>{"RUSGOV>POLGOV:042"});
}

TEST_F(EventCoderTest, EachOtherPairsTheSubjects) {
  EXPECT_EQ(Code("Armenia and Azerbaijan accused each other on Sunday of violating the truce."),
            (std::vector<std::string>{"ARMGOV>AZEGOV:112", "AZEGOV>ARMGOV:112"}));
}

TEST_F(EventCoderTest, TimeAdverbialsInsideAPattern) {
  EXPECT_EQ(Code("Iran held talks on Sunday with the European Union."),
            (std::vector<std::string>{"IRNGOV>IGOEUREEC:046", "IGOEUREEC>IRNGOV:046"}));
}

TEST_F(EventCoderTest, AnActorInAPrepositionalPhraseIsNoSubject) {
  EXPECT_EQ(Code("A spokesman for the group in Lebanon condemned Israel."), std::vector<std::string>{});
  EXPECT_EQ(Code("Hamas officials in Lebanon condemned Israel."), std::vector<std::string>{"PSEREB>ISRGOV:111"});
}

TEST_F(EventCoderTest, AfterAndTheObjectOfTheFirstVerbIsNoSubject) {
  EXPECT_EQ(Code("Australia condemned Japan and attacked China."),
            (std::vector<std::string>{"AUSGOV>JPNGOV:111", "AUSGOV>CHNGOV:195"}));
}

TEST_F(EventCoderTest, WhatAnActorHoldsStandsForIt) {
  EXPECT_EQ(Code("Israel attacked the headquarters of Hamas in Gaza."), std::vector<std::string>{"ISRGOV>PSEREB:195"});
  EXPECT_EQ(Code("Russia shelled positions of the Ukrainian army."), std::vector<std::string>{"RUSGOV>UKRMIL:190"});
}

TEST_F(EventCoderTest, PromisesAndThreats) {
  // A promised act of cooperation is the intent to do it; a threatened act
  // of force, the threat; "it" is the country before it.
  EXPECT_EQ(Code("Xi Jinping said China would host Kim Jong-Un next month."),
            (std::vector<std::string>{"CHNGOV>PRKGOV:036"}));
  EXPECT_EQ(Code("Japan warned that it would attack China if the drills went on."),
            (std::vector<std::string>{"JPNGOV>CHNGOV:1384"}));
}

TEST_F(EventCoderTest, ADenialAnswersTheLatestAccusation) {
  EXPECT_EQ(Code("Azerbaijan accused Armenia of aggression. Yerevan denied the charge."),
            (std::vector<std::string>{"AZEGOV>ARMGOV:112", "ARMGOV>AZEGOV:016"}));
  EXPECT_EQ(Code("Yerevan denied the charge."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, TheyStandsForThePairBefore) {
  EXPECT_EQ(Code("Kim Jong-Un met Xi Jinping in Beijing. They held talks for three hours."),
            (std::vector<std::string>{"PRKGOV>CHNGOV:040", "CHNGOV>PRKGOV:040", "PRKGOV>CHNGOV:046",
                                      "CHNGOV>PRKGOV:046"}));
}

TEST_F(EventCoderTest, AWordThatRoundsANumberStandsBeforeTheActor) {
  EXPECT_EQ(Code("Russian troops killed about 20 Ukrainian soldiers."),
            std::vector<std::string>{"RUSMIL>UKRMIL:190"});
  EXPECT_EQ(Code("Russian troops killed nearly 30 Ukrainian soldiers."),
            std::vector<std::string>{"RUSMIL>UKRMIL:190"});
  EXPECT_EQ(Code("Russian troops killed up to 50 Ukrainian soldiers."),
            std::vector<std::string>{"RUSMIL>UKRMIL:190"});
  EXPECT_EQ(Code("Russian troops killed dozens of Ukrainian soldiers."),
            std::vector<std::string>{"RUSMIL>UKRMIL:190"});
  EXPECT_EQ(Code("Russian troops killed tens of thousands of Ukrainian soldiers."),
            std::vector<std::string>{"RUSMIL>UKRMIL:190"});
}

TEST_F(EventCoderTest, AMeetingBetweenAVerbAndItsInfinitive) {
  // "agreed at a summit in Moscow on Friday to visit": the one who agreed
  // is the one who will visit, and the promise is the intent.
  EXPECT_EQ(Code("Xi Jinping agreed at a summit in Moscow on Friday to visit Pyongyang.", "2019-06-21"),
            std::vector<std::string>{"CHNGOV>PRKGOV:036"});
}

TEST_F(EventCoderTest, TheBlocIsTheBodyTheArticleNamedMost) {
  EXPECT_EQ(Code("The European Union met Russia. NATO met Turkey. The European Union condemned Iran. "
                 "The bloc imposed sanctions on Iran."),
            (std::vector<std::string>{"IGOEUREEC>RUSGOV:040", "RUSGOV>IGOEUREEC:040", "IGOWSTNAT>TURGOV:040",
                                      "TURGOV>IGOWSTNAT:040", "IGOEUREEC>IRNGOV:111", "IGOEUREEC>IRNGOV:163"}));
  // No international body named before: no actor.
  EXPECT_EQ(Code("The bloc imposed sanctions on Iran."), std::vector<std::string>{});
  // "the court" is the court named before.
  EXPECT_EQ(Code("The European Union met Russia at the International Criminal Court. Russia condemned the court."),
            (std::vector<std::string>{"IGOEUREEC>RUSGOV:040", "RUSGOV>IGOEUREEC:040", "RUSGOV>IGOJUDICC:111"}));
}

TEST_F(EventCoderTest, ItsTroopsAreTheOwnersForces) {
  EXPECT_EQ(Code("Azerbaijan said its troops had captured two hills from Armenian forces."),
            std::vector<std::string>{"AZEMIL>ARMMIL:192"});
  // "its" names no force here.
  EXPECT_EQ(Code("Azerbaijan said its leaders had condemned Armenia."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, WhatAnAccusationSaysIsNoFact) {
  EXPECT_EQ(Code("Azerbaijan accused Armenia, saying its troops had shelled Azerbaijani villages."),
            (std::vector<std::string>{"AZEGOV>ARMGOV:112", "ARMMIL>AZEGOV:190 hedged"}));
}

TEST_F(EventCoderTest, ASpanOfTimeRightAfterTheVerb) {
  EXPECT_EQ(Code("Kim Jong-Un met over the past two days with Xi Jinping.", "2019-06-21"),
            (std::vector<std::string>{"PRKGOV>CHNGOV:040", "CHNGOV>PRKGOV:040"}));
}

TEST_F(EventCoderTest, BothKoreasAndAllSides) {
  EXPECT_EQ(Code("China urged both Koreas."),
            (std::vector<std::string>{"CHNGOV>KORGOV:020", "CHNGOV>PRKGOV:020"}));
  EXPECT_EQ(Code("Both Koreas condemned Japan."),
            (std::vector<std::string>{"KORGOV>JPNGOV:111", "PRKGOV>JPNGOV:111"}));
  EXPECT_EQ(Code("Russian troops shelled Ukrainian positions. China urged all sides."),
            (std::vector<std::string>{"RUSMIL>UKRGOV:190", "CHNGOV>RUSMIL:020", "CHNGOV>UKRGOV:020"}));
}

TEST_F(EventCoderTest, ForceOnTheStatesOwnPeopleIsRepression) {
  EXPECT_EQ(Code("Syrian troops killed 12 Syrian protesters."), std::vector<std::string>{"SYRMIL>SYRCVL:175"});
  // Another state's people: force as told.
  EXPECT_EQ(Code("Russian troops killed 12 Ukrainian civilians."), std::vector<std::string>{"RUSMIL>UKRCVL:190"});
}

TEST_F(EventCoderTest, QuotationMarksInsideAPattern) {
  EXPECT_EQ(Code("Iran held \"constructive\" talks with the European Union."),
            (std::vector<std::string>{"IRNGOV>IGOEUREEC:046", "IGOEUREEC>IRNGOV:046"}));
}

TEST_F(EventCoderTest, AfterButTheSubjectOfTheFirstVerbGroup) {
  EXPECT_EQ(Code("Iran said the matter could be deemed concluded but condemned Israel."),
            std::vector<std::string>{"IRNGOV>ISRGOV:111"});
}

TEST_F(EventCoderTest, AnActorGluedToBrokeredMediates) {
  // The parties after "between"; the mediator is not one of them.
  EXPECT_EQ(Code("A Qatari-brokered truce between Israel and Hamas held on Monday."),
            (std::vector<std::string>{"QATGOV>ISRGOV:045", "QATGOV>PSEREB:045"}));
  // No parties named: the sides of the article's latest conflict.
  EXPECT_EQ(Code("Russian troops shelled Ukrainian positions. A Turkish-mediated ceasefire took effect on Monday."),
            (std::vector<std::string>{"RUSMIL>UKRGOV:190", "TURGOV>RUSMIL:045", "TURGOV>UKRGOV:045"}));
  // "-backed" is no mediation.
  EXPECT_EQ(Code("A Qatari-backed truce between Israel and Hamas held on Monday."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, AnActsAnniversaryAndYearsFromTo) {
  EXPECT_EQ(Code("Palestinians marked the anniversary of Israel's airstrike on Gaza."),
            std::vector<std::string>{"ISRGOV>PSEGOV:195 historical"});
  EXPECT_EQ(Code("Russia shelled Georgia from 1992 to 1993."), std::vector<std::string>{"RUSGOV>GEOGOV:190 historical"});
}

TEST_F(EventCoderTest, PeopleNoActorNamesAreCiviliansOfWhereTheStateActed) {
  EXPECT_EQ(Code("Kenyan police arrested three men in Nairobi."), std::vector<std::string>{"KENCOP>KENCVL:173"});
  EXPECT_EQ(Code("Three men were arrested in Nairobi."), std::vector<std::string>{"KENCOP>KENCVL:173"});
  // An agent that is no actor, a group an actor names: no state's act on civilians.
  EXPECT_EQ(Code("Three men were arrested by masked gunmen in Nairobi."), std::vector<std::string>{});
  EXPECT_EQ(Code("Kenyan police arrested three student leaders in Nairobi."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, AStateActToldByItsNounIsTheStatesWhereItHappened) {
  EXPECT_EQ(Code("The arrest of three men in Nairobi on Monday angered residents."),
            std::vector<std::string>{"KENCOP>KENCVL:173"});
  EXPECT_EQ(Code("Riots broke out in Nairobi after the arrest of three men."),
            std::vector<std::string>{"KENCOP>KENCVL:173"});
  // Inside another act, or spoken of with a modal: not told as news.
  EXPECT_EQ(Code("China condemned the arrest of three men in Nairobi."), std::vector<std::string>{});
  EXPECT_EQ(Code("The arrest of three men in Nairobi would be a mistake."), std::vector<std::string>{});
  // A state's own name before the noun is no victim.
  EXPECT_EQ(Code("Kenya's arrest on Monday angered residents in Nairobi."), std::vector<std::string>{});
}

TEST_F(EventCoderTest, APassiveAfterWithIsTold) {
  EXPECT_EQ(Code("Thousands of protesters marched in Nairobi, with three men arrested."),
            (std::vector<std::string>{"KENCVL>KENGOV:141", "KENCOP>KENCVL:173"}));
  EXPECT_EQ(Code("Thousands of protesters marched in Nairobi, with three men arrested by masked gunmen."),
            std::vector<std::string>{"KENCVL>KENGOV:141"});
}

TEST_F(EventCoderTest, ForceOnTheStatesOwnMediaIsRepression) {
  EXPECT_EQ(Code("Syrian troops killed two Syrian journalists."), std::vector<std::string>{"SYRMIL>SYRMED:175"});
}

TEST_F(EventCoderTest, ACrowdsProtestWithNoTargetIsAimedAtItsGovernment) {
  EXPECT_EQ(Code("Thousands of protesters marched in Nairobi."), std::vector<std::string>{"KENCVL>KENGOV:141"});
  EXPECT_EQ(Code("The protests continued in Nairobi on Monday."), std::vector<std::string>{"KENCVL>KENGOV:141"});
  // Not in support, not a crowd marching with no protest told, not one banned.
  EXPECT_EQ(Code("Thousands of protesters marched in Nairobi in support of the president."),
            std::vector<std::string>{});
  EXPECT_EQ(Code("Thousands of people marched in Nairobi."), std::vector<std::string>{});
  EXPECT_EQ(Code("Kenyan officials said protests are forbidden in Nairobi."), std::vector<std::string>{});
}

}  // namespace
}  // namespace dyad
