// PETRARCH's reading of its dictionaries, with PETRARCH-format dictionaries
// written here: pattern words as written, names whose words stand apart
// inside a noun phrase, agents that join an actor with a longer code, an
// actor after adjectives inside another's noun phrase, the compounds its
// parse trees make, and verbs with an infinitive.
#include "dyad/legacy.h"

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
    "ARNOR  [ARN]\n"
    "GONDOR  [GON]\n"
    "ERIADOR  [ERI]\n"
    "CALENARDHON  [CAL]\n"
    "DAGOLATH  [DAG]\n"
    "ITHILEN  [ITH]\n"
    "ITHILEN TELEVISION  [ITHTV]\n"
    "WEST_GERMAN  [GMWGOV]\n"
    "DANISH  [DNK]\n"
    "WHITE_HOUSE  [USAGOV]\n";

constexpr char kAgents[] =
    "WORLD_GOVERNMENT {} [~WGO]\n"
    "ISLAMIST  [~MUS]\n"
    "MEDIA {} [~MED]\n"
    "OFFICIAL  [~GOV]\n";

constexpr char kVerbs[] =
    "&PACT\n"
    "+TREATY\n"
    "\n"
    "--- ADOPT  [081]  ---\n"
    "ADOPT\n"
    "- * RESOLUTION  [102]\n"
    "- * &PACT  [057]\n"
    "\n"
    "--- CONDEMN  [122]  ---\n"
    "CONDEMN\n"
    "\n"
    "--- MEET  [031]  ---\n"
    "MEET\n"
    "- * WITH +  [036]\n"
    "\n"
    "--- WELCOME  [041]  ---\n"
    "WELCOME\n"
    "\n"
    "--- ABANDON  [345]  ---\n"
    "ABANDON\n"
    "\n"
    "--- STOP  [190]  ---\n"
    "STOP\n";

class PetrarchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = new Dictionary();
    ReadText(Format::kPetrarch1, FileKind::kActors, "t/Test.actors.txt", kActors, dict_, nullptr);
    ReadText(Format::kPetrarch1, FileKind::kAgents, "t/Test.agents.txt", kAgents, dict_, nullptr);
    ReadText(Format::kPetrarch1, FileKind::kVerbs, "t/Test.verbs.txt", kVerbs, dict_, nullptr);
    dict_->format = Format::kPetrarch1;
    converted_ = new Converted(Convert(*dict_, {}));
    LoadAlone(*converted_, &pipeline_, &coder_);
  }

  void Analyze(const std::string& text) {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    MatchSpacedNames(*converted_, article_.date, &analysis_);
    ConvertAgents(*converted_, converted_->settings, &analysis_);
  }

  // The codes of the actors of `text`, agents combined.
  std::vector<std::string> ActorCodes(const std::string& text) {
    Analyze(text);
    std::vector<std::string> out;
    for (const ActorMention& m : analysis_.actors) out.push_back(m.code);
    return out;
  }

  // "SRC>TGT:CODE" for each event of `text`.
  std::vector<std::string> Code(const std::string& text) {
    Analyze(text);
    std::vector<Event> events;
    coder_->Code(article_, analysis_, &events);
    ApplyLegacyRules(*converted_, converted_->settings, analysis_, &events);
    return EventKeys(events);
  }

  static Dictionary* dict_;
  static Converted* converted_;
  static Pipeline* pipeline_;
  static EventCoder* coder_;
  Article article_;
  Analysis analysis_;
};

Dictionary* PetrarchTest::dict_ = nullptr;
Converted* PetrarchTest::converted_ = nullptr;
Pipeline* PetrarchTest::pipeline_ = nullptr;
EventCoder* PetrarchTest::coder_ = nullptr;

// PETRARCH matches a pattern's words as written: "RESOLUTION" is not
// "resolutions", and the verb's own code applies. A synset's members have
// their plurals.
TEST_F(PetrarchTest, PatternWordsMatchAsWritten) {
  EXPECT_EQ(Code("Arnor will adopt a resolution with Gondor."), std::vector<std::string>{"ARN>GON:102"});
  EXPECT_EQ(Code("Arnor will adopt a set of resolutions with Gondor."), std::vector<std::string>{"ARN>GON:081"});
  EXPECT_EQ(Code("Arnor will adopt two treaties with Gondor."), std::vector<std::string>{"ARN>GON:057"});
}

// "ITHILEN TELEVISION": other words may stand between a name's words when
// they are adjectives or nouns of its noun phrase.
TEST_F(PetrarchTest, NameWordsApartInsideANounPhrase) {
  EXPECT_EQ(ActorCodes("Arnor condemned Ithilen state-run television."),
            (std::vector<std::string>{"ARN", "ITHTV"}));
  EXPECT_EQ(ActorCodes("Arnor condemned Ithilen on television."), (std::vector<std::string>{"ARN", "ITH"}));
}

// An agent right after an actor adds its code unless the actor's code holds
// it on a 3-letter boundary; several agents add theirs in turn.
TEST_F(PetrarchTest, AgentsAfterAnActorWithALongerCode) {
  EXPECT_EQ(ActorCodes("West German world government activists met Gondor."),
            (std::vector<std::string>{"GMWGOVWGO", "GON"}));
  EXPECT_EQ(ActorCodes("Danish Islamist media condemned Gondor."), (std::vector<std::string>{"DNKMUSMED", "GON"}));
  EXPECT_EQ(ActorCodes("White House officials condemned Gondor."), (std::vector<std::string>{"USAGOV", "GON"}));
}

// "the evil Arnor awful Gondor" is one noun phrase, coded by its first actor.
TEST_F(PetrarchTest, AnActorAfterAdjectivesJoinsTheActorBefore) {
  EXPECT_EQ(ActorCodes("Calenardhon and the evil Arnor awful Gondor condemned Eriador."),
            (std::vector<std::string>{"CAL", "ARN", "ERI"}));
  EXPECT_EQ(Code("Calenardhon and the evil Arnor awful Gondor condemned Eriador."),
            (std::vector<std::string>{"CAL>ERI:122", "ARN>ERI:122"}));
  // A joiner or a determiner keeps them apart.
  EXPECT_EQ(ActorCodes("Arnor and awful Gondor condemned Eriador."), (std::vector<std::string>{"ARN", "GON", "ERI"}));
}

// "between X and Y, and Y and Z": a comma and a conjunction after a list
// closed by its own conjunction end the compound. A member of the target
// that is also a source is the target of the other sources.
TEST_F(PetrarchTest, CompoundsEndAtACommaAfterAClosedList) {
  EXPECT_EQ(Code("Arnor met with Gondor and Eriador, and Ithilen and Dagolath in Bree."),
            (std::vector<std::string>{"ARN>GON:036", "ARN>ERI:036"}));
  EXPECT_EQ(Code("Arnor met with Gondor, Eriador, and Dagolath in Bree."),
            (std::vector<std::string>{"ARN>GON:036", "ARN>ERI:036", "ARN>DAG:036"}));
  EXPECT_EQ(Code("Arnor and Gondor welcomed talks between Eriador and Gondor."),
            (std::vector<std::string>{"ARN>ERI:041", "ARN>GON:041", "GON>ERI:041"}));
}

// "Ithilen's sheep and goats of Gondor": noun phrases coded by their
// possessive and by their "of" phrase, joined by "and", are a compound.
TEST_F(PetrarchTest, PossessiveAndOfPhrasesMakeACompound) {
  EXPECT_EQ(Code("Ithilen's sheep and goats of Gondor condemned Eriador."),
            (std::vector<std::string>{"ITH>ERI:122", "GON>ERI:122"}));
  EXPECT_EQ(Code("Sheep and goats of Gondor condemned Eriador."), std::vector<std::string>{"GON>ERI:122"});
}

// A verb whose target stands in the clause of a later verb gives way to
// that verb's event, unless the later verb is an infinitive of the same
// source: then the verb it complements codes the event.
TEST_F(PetrarchTest, AnInfinitiveGivesWayToTheVerbItComplements) {
  EXPECT_EQ(Code("Arnor abandoned efforts to stop an anti- Gondor parade."), std::vector<std::string>{"ARN>GON:345"});
  EXPECT_EQ(Code("Arnor will stop Gondor."), std::vector<std::string>{"ARN>GON:190"});
}

}  // namespace
}  // namespace dyad::legacy
