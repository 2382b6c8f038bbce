// PETRARCH's reading of verb phrases (LegacySettings::verb_phrases), its
// null targets and comma-delimited phrases, and a source before a target
// that a pattern places before its verb: dictionaries written here in
// PETRARCH's format, converted, loaded alone and run on sentences.
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/legacy.h"
#include "dyad/pipeline.h"
#include "legacy/load_alone.h"

namespace dyad::legacy {
namespace {

constexpr char kActors[] =
    "ARNOR  [ARN]\n"
    "GONDOR  [GON]\n"
    "ERIADOR  [ERI]\n"
    "ITHILEN  [ITH]\n"
    "OSGILIATH  [OSG]\n"
    "MITHRANDIR THE_GREY  [MIT]\n";

constexpr char kAgents[] = "OFFICIAL  [~GOV]\n";

constexpr char kVerbs[] =
    "--- RESTORE  [---] ---\n"
    "RESTORE\n"
    "- * TIES  [064]\n"
    "\n"
    "--- BURN  [---] ---\n"
    "BURN\n"
    "- * DOWN  [222]\n"
    "\n"
    "--- CONDEMN  [122] ---\n"
    "CONDEMN\n"
    "\n"
    "--- SAID  [023] ---\n"
    "SAID\n"
    "\n"
    "--- REGRET  [111] ---\n"
    "REGRET  {REGRETTED}\n"
    "- NOTED + *  [115]\n";

class VerbPhrasesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = new Dictionary();
    ReadText(Format::kPetrarch1, FileKind::kActors, "t/demo.actors.txt", kActors, dict_, nullptr);
    ReadText(Format::kPetrarch1, FileKind::kAgents, "t/demo.agents.txt", kAgents, dict_, nullptr);
    ReadText(Format::kPetrarch1, FileKind::kVerbs, "t/demo.verbs.txt", kVerbs, dict_, nullptr);
    dict_->format = Format::kPetrarch1;
    converted_ = new Converted(Convert(*dict_, {}, nullptr));
    LoadAlone(*converted_, &pipeline_, &coder_);
  }

  // The settings of the validation runner for PETRARCH suites, with the
  // comma rule and null targets as asked.
  static LegacySettings Settings(bool verb_phrases, bool null_target = false, bool comma = false) {
    LegacySettings settings = converted_->settings;
    settings.verb_phrases = verb_phrases;
    settings.comma.on = comma;
    settings.defaults.null_target = null_target ? "---" : "";
    return settings;
  }

  // "SRC>TGT:CODE" for each event of `text`, as the validation runner codes it.
  std::vector<std::string> Code(const std::string& text, const LegacySettings& settings) {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("1995-01-01");
    pipeline_->Analyze(article_, &analysis_);
    ConvertAgents(*converted_, settings, &analysis_);
    DropCommaPhraseActors(settings, &analysis_);
    events_.clear();
    coder_->CodeWithDefaults(article_, analysis_, settings.defaults, &events_);
    ApplyLegacyRules(*converted_, settings, analysis_, &events_);
    return EventKeys(events_);
  }

  static Dictionary* dict_;
  static Converted* converted_;
  static Pipeline* pipeline_;
  static EventCoder* coder_;
  Article article_;
  Analysis analysis_;
  std::vector<Event> events_;
};

Dictionary* VerbPhrasesTest::dict_ = nullptr;
Converted* VerbPhrasesTest::converted_ = nullptr;
Pipeline* VerbPhrasesTest::pipeline_ = nullptr;
EventCoder* VerbPhrasesTest::coder_ = nullptr;

using Events = std::vector<std::string>;

// No verb inside the verb phrase of a coded one is coded; the phrase ends
// at a comma or conjunction that opens a clause with a verb of its own.
TEST_F(VerbPhrasesTest, NoVerbInsideACodedVerbPhrase) {
  const std::string inside = "Arnor restored diplomatic ties with Gondor after Eriador crowds burned down Ithilen's embassy.";
  EXPECT_EQ(Code(inside, Settings(false)), (Events{"ARN>GON:064", "ERI>ITH:222"}));
  EXPECT_EQ(Code(inside, Settings(true)), (Events{"ARN>GON:064"}));
  EXPECT_EQ(Code("Arnor restored diplomatic ties with Gondor, the crowds of Eriador burned down Ithilen's embassy.",
                 Settings(true)),
            (Events{"ARN>GON:064", "ERI>ITH:222"}));
  EXPECT_EQ(Code("Arnor restored diplomatic ties with Gondor but the crowds of Eriador burned down Ithilen's embassy.",
                 Settings(true)),
            (Events{"ARN>GON:064", "ERI>ITH:222"}));
  // A clause set in the phrase by commas (", it seems,") opens none.
  EXPECT_EQ(Code("Arnor restored diplomatic ties with Gondor, it seems, after Eriador crowds burned down Ithilen's "
                 "embassy.",
                 Settings(true)),
            (Events{"ARN>GON:064"}));
}

// The source is the first actor after the comma before the verb; a subject
// before that comma is none.
TEST_F(VerbPhrasesTest, SourceBetweenTheCommaAndTheVerb) {
  const std::string before = "On the embassies of Arnor, he condemned Eriador.";
  EXPECT_EQ(Code(before, Settings(false)), (Events{"ARN>ERI:122"}));
  EXPECT_EQ(Code(before, Settings(true)), Events{});
  const std::string deep = "Osgiliath centre of a diplomatic row between Mithrandir the Grey condemned Eriador.";
  EXPECT_EQ(Code(deep, Settings(false)), (Events{"MIT>ERI:122"}));
  EXPECT_EQ(Code(deep, Settings(true)), (Events{"OSG>ERI:122"}));
  // Members of a compound stay sources.
  EXPECT_EQ(Code("Osgiliath and Gondor condemned Eriador.", Settings(true)), (Events{"OSG>ERI:122", "GON>ERI:122"}));
  EXPECT_EQ(Code("Osgiliath's envoys and officials of Gondor condemned Eriador.", Settings(true)),
            Code("Osgiliath's envoys and officials of Gondor condemned Eriador.", Settings(false)));
}

// The null target stands for an object that names no actor: a verb with no
// object is not coded, and one whose phrase names an actor takes it.
TEST_F(VerbPhrasesTest, NullTargetsNeedAnObject) {
  EXPECT_EQ(Code("An Arnor official said on Sunday.", Settings(true, true)), (Events{"ARNGOV>---:023"}));
  EXPECT_EQ(Code("An Arnor official said today.", Settings(true, true)), Events{});
  EXPECT_EQ(Code("An Arnor official said today.", Settings(false, true)), (Events{"ARNGOV>---:023"}));
  EXPECT_EQ(Code("Arnor restored diplomatic ties with Rohan, almost five years after Eriador crowds burned down "
                 "the embassy.",
                 Settings(true, true)),
            (Events{"ARN>ERI:064"}));
}

// A comma between adjectives is inside a noun phrase and sets off nothing.
TEST_F(VerbPhrasesTest, CommaBetweenAdjectivesSetsOffNothing) {
  LegacySettings settings = Settings(true, false, true);
  settings.comma.bmin = 3;
  settings.comma.bmax = 6;
  EXPECT_EQ(Code("Arnor has restored complete, full diplomatic ties with Gondor after the long talks, officials "
                 "said.",
                 settings),
            (Events{"ARN>GON:064"}));
  EXPECT_EQ(Code("Arnor has restored full diplomatic ties, with Gondor after the long talks, officials said.",
                 settings),
            Events{});
}

// A pattern that places the target before its verb ("- NOTED + *") takes
// the source before the target: the verb's own subject is the target.
TEST_F(VerbPhrasesTest, SourceBeforeATargetBeforeTheVerb) {
  EXPECT_EQ(Code("Gondor noted that Osgiliath regretted the refusal.", Settings(true)), (Events{"GON>OSG:115"}));
}

}  // namespace
}  // namespace dyad::legacy
