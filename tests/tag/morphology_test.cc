#include "tag/morphology.h"

#include <string>

#include "gtest/gtest.h"

namespace dyad::tag {
namespace {

struct FormCase {
  const char* base;
  const char* form;
};

TEST(MorphologyTest, RegularPlurals) {
  const FormCase cases[] = {
      {"state", "states"},     {"bus", "buses"},         {"church", "churches"}, {"box", "boxes"},
      {"country", "countries"}, {"day", "days"},         {"spokesman", "spokesmen"},
      {"policeman", "policemen"}, {"human", "humans"},   {"german", "germans"},
  };
  for (const FormCase& c : cases) {
    std::string out;
    AppendRegularPlural(c.base, &out);
    EXPECT_EQ(out, c.form) << c.base;
  }
}

TEST(MorphologyTest, VerbForms) {
  struct VerbCase {
    const char* base;
    const char* third;
    const char* past;
    const char* ing;
  };
  const VerbCase cases[] = {
      {"attack", "attacks", "attacked", "attacking"}, {"hope", "hopes", "hoped", "hoping"},
      {"try", "tries", "tried", "trying"},           {"agree", "agrees", "agreed", "agreeing"},
      {"stop", "stops", "stopped", "stopping"},      {"veto", "vetoes", "vetoed", "vetoing"},
      {"visit", "visits", "visited", "visiting"},    {"push", "pushes", "pushed", "pushing"},
      {"die", "dies", "died", "dying"},              {"play", "plays", "played", "playing"},
  };
  for (const VerbCase& c : cases) {
    std::string third, past, ing;
    AppendThirdPerson(c.base, &third);
    AppendRegularPast(c.base, &past);
    AppendPresentParticiple(c.base, &ing);
    EXPECT_EQ(third, c.third) << c.base;
    EXPECT_EQ(past, c.past) << c.base;
    EXPECT_EQ(ing, c.ing) << c.base;
  }
}

TEST(MorphologyTest, Comparatives) {
  std::string out;
  AppendComparative("large", "er", &out);
  EXPECT_EQ(out, "larger");
  out.clear();
  AppendComparative("early", "est", &out);
  EXPECT_EQ(out, "earliest");
  out.clear();
  AppendComparative("strong", "est", &out);
  EXPECT_EQ(out, "strongest");
  EXPECT_TRUE(TakesComparative("strong"));
  EXPECT_FALSE(TakesComparative("diplomatic"));
  EXPECT_FALSE(TakesComparative("dangerous"));
}

// The first rule guess for words a lexicon would not know.
TEST(MorphologyTest, FirstLemmaGuess) {
  struct GuessCase {
    const char* word;
    Tag tag;
    const char* lemma;
  };
  const GuessCase cases[] = {
      {"troops", Tag::kNNS, "troop"},        {"countries", Tag::kNNS, "country"},
      {"churches", Tag::kNNS, "church"},     {"gunmen", Tag::kNNS, "gunman"},
      {"attacked", Tag::kVBD, "attack"},     {"hoped", Tag::kVBD, "hope"},
      {"stopped", Tag::kVBN, "stop"},        {"tried", Tag::kVBD, "try"},
      {"agreed", Tag::kVBD, "agree"},        {"negotiated", Tag::kVBN, "negotiate"},
      {"continued", Tag::kVBD, "continue"},  {"declared", Tag::kVBD, "declare"},
      {"visiting", Tag::kVBG, "visit"},      {"making", Tag::kVBG, "make"},
      {"vetoes", Tag::kVBZ, "veto"},         {"larger", Tag::kJJR, "large"},
      {"earliest", Tag::kJJS, "early"},
  };
  for (const GuessCase& c : cases) {
    const LemmaCandidates guesses = RuleLemmas(c.word, c.tag);
    ASSERT_GT(guesses.size(), 0) << c.word;
    char buffer[64];
    EXPECT_EQ(guesses[0].Text(buffer), c.lemma) << c.word;
  }
}

TEST(MorphologyTest, NoGuessWithoutASuffix) {
  EXPECT_EQ(RuleLemmas("status", Tag::kNNS).size(), 0);
  EXPECT_EQ(RuleLemmas("crisis", Tag::kNNS).size(), 0);
  EXPECT_EQ(RuleLemmas("attack", Tag::kVBD).size(), 0);
  EXPECT_EQ(RuleLemmas("s", Tag::kNNS).size(), 0);
  EXPECT_EQ(RuleLemmas("", Tag::kVBG).size(), 0);
  EXPECT_EQ(RuleLemmas("ed", Tag::kVBD).size(), 0);
  EXPECT_EQ(RuleLemmas("quickly", Tag::kRB).size(), 0);
}

}  // namespace
}  // namespace dyad::tag
