// The pattern constructs added for converted legacy dictionaries
// (docs/verbs.md, "Constructs for converted dictionaries"): declared codes,
// paired and reversed blocks, words before the anchor, ** gaps, $_ skips,
// and the options target after, source first and rank; word lists
// (`words @NAME`). Real actors and tagger; patterns written here.
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "e2e/test_support.h"

namespace dyad {
namespace {

constexpr char kPatterns[] = R"(
code 9X1 An event of a legacy scheme

event 032 | paired 033
  verb arrive | target after                          # China arrived in Japan.
event 173 | reversed
  verb stand ** trial ** before $T                    # (the target is the source)
event 9X1
  verb hail $T                                        # a declared code
event 112
  verb refuse ** to <condemn> $T | rank 5             # words before the anchor
event 111
  verb condemn $T
event 080
  verb $T was <forgive> by $S                         # slots before the anchor
event 064
  verb restore ** ties ** with $T                     # gaps
event 043
  verb welcome $T ** in $_ ** with $S                 # a skipped actor
event 030
  verb $P ** <agree> ** cooperate                     # partners before the anchor
  verb sign ** treaty ** between $P                   # partners after it
event 010
  verb announce ** policy | target after | source first | rank 3
event 013
  verb announce | target after
event 191
  verb =ban | target after                            # the word as written only
event 182
  verb deploy+ | target after                         # with a regular ending
event 121
  verb criti~ ** harsh~ | target after                # stems, as written
event 191
  verb $P ** postpone ** <meeting> | source first     # TABARI's reading with a slot
words @harsh
  unacceptable/outrageous
  wrong
event 111
  verb call $T * @harsh/mistake                       # a word list among alternatives
)";

class PatternExtensionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EventCoderOptions options;
    options.builtin_patterns = false;
    options.conventions = false;
    options.extra_pattern_texts = {{"events/extensions.txt", kPatterns}};
    auto coder = EventCoder::Load(std::getenv("DYAD_DATA_DIR"), [](const Problem& p) {
      ADD_FAILURE() << p.ToString();
    }, options);
    ASSERT_TRUE(coder.ok()) << coder.status();
    coder_ = coder->release();
  }

  std::vector<std::string> Code(const std::string& text) {
    article_.id = "t";
    article_.text = text;
    article_.date = *ParseDate("2024-04-16");
    testing::SharedPipeline().Analyze(article_, &analysis_);
    events_.clear();
    coder_->Code(article_, analysis_, &events_);
    std::vector<std::string> out;
    for (const Event& e : events_) out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo->code);
    return out;
  }

  static EventCoder* coder_;
  Article article_;
  Analysis analysis_;
  std::vector<Event> events_;
};

EventCoder* PatternExtensionsTest::coder_ = nullptr;

TEST_F(PatternExtensionsTest, DeclaredCodeIsKnownWithItsLabel) {
  const CameoCode* c = coder_->Find("9X1");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->label, "An event of a legacy scheme");
  EXPECT_EQ(Code("China hailed Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:9X1"});
  // A code the codebook has keeps its codebook entry.
  EXPECT_EQ(coder_->Find("043")->label, "Host a visit");
}

TEST_F(PatternExtensionsTest, PairedAndReversedBlocks) {
  EXPECT_EQ(Code("China arrived in Japan."), (std::vector<std::string>{"CHNGOV>JPNGOV:032", "JPNGOV>CHNGOV:033"}));
  EXPECT_EQ(Code("China stood trial before Japan."), std::vector<std::string>{"JPNGOV>CHNGOV:173"});
}

TEST_F(PatternExtensionsTest, WordsAndSlotsBeforeTheAnchor) {
  EXPECT_EQ(Code("China refused to condemn Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:112"});
  EXPECT_EQ(Code("China condemned Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
  EXPECT_EQ(Code("Japan was forgiven by China."), std::vector<std::string>{"CHNGOV>JPNGOV:080"});
}

TEST_F(PatternExtensionsTest, GapsAndSkippedActors) {
  EXPECT_EQ(Code("China restored its old diplomatic ties on Monday with Japan."),
            std::vector<std::string>{"CHNGOV>JPNGOV:064"});
  // A gap does not cross a semicolon.
  EXPECT_TRUE(Code("China restored order; ties with Japan remain poor.").empty());
  EXPECT_EQ(Code("China welcomed Japan in Russia with France."), std::vector<std::string>{"FRAGOV>JPNGOV:043"});
}

TEST_F(PatternExtensionsTest, PartnersArePaired) {
  EXPECT_EQ(Code("China and Russia agreed to cooperate."),
            (std::vector<std::string>{"CHNGOV>RUSGOV:030", "RUSGOV>CHNGOV:030"}));
  EXPECT_EQ(Code("They signed a treaty between Japan, France and Germany."),
            (std::vector<std::string>{"JPNGOV>FRAGOV:030", "JPNGOV>DEUGOV:030", "FRAGOV>JPNGOV:030",
                                      "FRAGOV>DEUGOV:030", "DEUGOV>JPNGOV:030", "DEUGOV>FRAGOV:030"}));
  // One actor is not a compound.
  EXPECT_TRUE(Code("China agreed to cooperate.").empty());
}

TEST_F(PatternExtensionsTest, TargetAfterSourceFirstAndRank) {
  // target after: the first actor after the verb in the clause.
  EXPECT_EQ(Code("China announced on Monday that Japan had won."), std::vector<std::string>{"CHNGOV>JPNGOV:013"});
  // rank: the more specific pattern wins although it ends earlier.
  EXPECT_EQ(Code("China announced a new policy toward Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:010"});
  // source first: the clause's first actor, not the nearest one.
  EXPECT_EQ(Code("China said Russia announced a new policy for Japan."),
            std::vector<std::string>{"CHNGOV>JPNGOV:010"});
}

TEST_F(PatternExtensionsTest, AnchorsOnTheWordAsWritten) {
  // =word: that word alone, not its other forms.
  EXPECT_EQ(Code("China will ban Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:191"});
  EXPECT_TRUE(Code("China is banning Japan.").empty());
  // word+: the word with or without -s, -es, -ed, -en, -ing (a final e may
  // go), but no other ending, and not with an apostrophe glued to it.
  EXPECT_EQ(Code("China deployed near Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:182"});
  EXPECT_EQ(Code("China deploys near Japan."), std::vector<std::string>{"CHNGOV>JPNGOV:182"});
  EXPECT_TRUE(Code("China's deployment near Japan ended.").empty());
  // word~: any word that starts with it, for the anchor and the words after.
  EXPECT_EQ(Code("China criticised Japan in harsher terms."), std::vector<std::string>{"CHNGOV>JPNGOV:121"});
  EXPECT_TRUE(Code("China criticised Japan in mild terms.").empty());
}

TEST_F(PatternExtensionsTest, SourceFirstWithASlotReadsAnyWord) {
  // "meeting" is a noun to the tagger; `source first` lets it anchor.
  EXPECT_EQ(Code("China and Japan postponed their meeting."),
            (std::vector<std::string>{"CHNGOV>JPNGOV:191", "JPNGOV>CHNGOV:191"}));
  // Not after "the", which TABARI reads as a noun.
  EXPECT_TRUE(Code("China and Japan postponed the meeting.").empty());
}

TEST_F(PatternExtensionsTest, WordListsStandForTheirWords) {
  EXPECT_EQ(Code("China called Japan's plan outrageous."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
  EXPECT_EQ(Code("China called Japan's plan wrong."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
  EXPECT_EQ(Code("China called Japan's plan a mistake."), std::vector<std::string>{"CHNGOV>JPNGOV:111"});
  EXPECT_TRUE(Code("China called Japan's plan sensible.").empty());
}

TEST_F(PatternExtensionsTest, BadExtensionLinesAreReported) {
  std::vector<Problem> problems;
  EventCoderOptions options;
  options.builtin_patterns = false;
  options.extra_pattern_texts = {{"events/bad.txt",
                                  "code 9y1 lower case\n"            // 1
                                  "event 032 | paired 999\n"         // 2
                                  "event none | reversed\n"          // 3
                                  "event 032\n"                      // 4
                                  "  verb arrive | rank many\n"      // 5
                                  "  verb arrive $T | target after\n"  // 6: has a target already
                                  "  verb <$T> arrive\n"             // 7
                                  "  verb a <b> <c> $T\n"              // 8
                                  "  verb meet $P $T\n"               // 9: $P is the only slot
                                  "event 111\n"                      // 10
                                  "  verb call $T @nope\n"           // 11: no such word list
                                  "words harsh\n"}};                 // 12: want words @NAME
  auto coder = EventCoder::Load(std::getenv("DYAD_DATA_DIR"), [&](const Problem& p) { problems.push_back(p); },
                                options);
  ASSERT_TRUE(coder.ok());
  std::vector<uint64_t> lines;
  for (const Problem& p : problems) {
    EXPECT_EQ(p.file, "events/bad.txt");
    lines.push_back(p.line);
  }
  EXPECT_EQ(lines, (std::vector<uint64_t>{1, 2, 3, 5, 6, 7, 8, 9, 11, 12}));
}

}  // namespace
}  // namespace dyad
