// Loading the tagger's data files: good lines, and bad ones reported as
// FILE:LINE with the offending text.
#include "tag/lexicon.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "tag/context_rules.h"

namespace dyad::tag {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

TEST(LexiconTest, WordListGivesTagsInOrderWithLemmas) {
  Lexicon lexicon;
  const std::string path = WriteTemp("words.txt",
                                     "# a comment\n"
                                     "talks   NNS=talk VBZ=talk   # trailing comment\n"
                                     "\n"
                                     "American JJ NNP\n"
                                     "saw VBD=see NN\n");
  ASSERT_TRUE(lexicon.LoadWordList(path, 0).ok());
  lexicon.Finish();
  const LexEntry* talks = lexicon.Find("talks");
  ASSERT_NE(talks, nullptr);
  ASSERT_EQ(talks->count, 2);
  EXPECT_EQ(talks->tags[0], Tag::kNNS);
  EXPECT_EQ(talks->tags[1], Tag::kVBZ);
  EXPECT_EQ(lexicon.LemmaFor(*talks, Tag::kVBZ, "talks"), "talk");
  EXPECT_TRUE(talks->HasFlag(kHandListed));
  EXPECT_FALSE(talks->HasFlag(kKeepCapitalized));
  const LexEntry* american = lexicon.Find("american");
  ASSERT_NE(american, nullptr);
  EXPECT_TRUE(american->HasFlag(kKeepCapitalized));
  const LexEntry* saw = lexicon.Find("saw");
  ASSERT_NE(saw, nullptr);
  EXPECT_EQ(lexicon.LemmaFor(*saw, Tag::kVBD, "saw"), "see");
  EXPECT_EQ(lexicon.LemmaFor(*saw, Tag::kNN, "saw"), "saw");
  EXPECT_EQ(lexicon.LemmaFor(*saw, Tag::kVBZ, "saw"), "");
  EXPECT_EQ(lexicon.Find("see"), nullptr);  // a lemma only, no readings
  EXPECT_EQ(lexicon.Find("missing"), nullptr);
}

// More words than the per-thread lookup cache holds, looked up in orders
// that make them compete for its sets: every answer stays right.
TEST(LexiconTest, CachedLookupsStayRightWhenWordsCompete) {
  Lexicon lexicon;
  constexpr int kWords = 40000;
  std::string list;
  for (int i = 0; i < kWords; ++i) list += "word" + std::to_string(i) + (i % 2 == 0 ? " NN\n" : " VB\n");
  ASSERT_TRUE(lexicon.LoadWordList(WriteTemp("many-words.txt", list), 0).ok());
  lexicon.Finish();
  for (int round = 0; round < 3; ++round) {
    for (int k = 0; k < kWords; ++k) {
      // Forward, backward, then a stride that revisits recent words.
      const int i = round == 0 ? k : round == 1 ? kWords - 1 - k : (k * 7919) % kWords;
      const std::string word = "word" + std::to_string(i);
      const LexEntry* e = lexicon.Find(word);
      ASSERT_NE(e, nullptr) << word;
      ASSERT_EQ(e->first(), i % 2 == 0 ? Tag::kNN : Tag::kVB) << word;
      ASSERT_EQ(lexicon.LemmaFor(*e, e->first(), word), word);
      ASSERT_EQ(lexicon.Find("other" + std::to_string(i)), nullptr);
    }
  }
}

TEST(LexiconTest, WordSetsAreKeptByEntry) {
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.LoadWordList(WriteTemp("sets.txt", "said VBD\ntold VBD\n"), 0).ok());
  lexicon.AddWord("because");
  lexicon.Finish();
  const uint32_t said = lexicon.CachedFindIndex("said");
  const uint32_t because = lexicon.CachedFindIndex("because");
  ASSERT_NE(said, Lexicon::kNoEntry);
  ASSERT_NE(because, Lexicon::kNoEntry);
  EXPECT_EQ(lexicon.EntryAt(because), nullptr);  // an entry without readings
  lexicon.SetWordSets(said, 0b101);
  lexicon.SetWordSets(because, 0b10);
  EXPECT_EQ(lexicon.WordSetsAt(said), 0b101u);
  EXPECT_EQ(lexicon.WordSetsAt(because), 0b10u);
  EXPECT_EQ(lexicon.WordSetsAt(lexicon.CachedFindIndex("told")), 0u);
  EXPECT_EQ(lexicon.WordSetsAt(Lexicon::kNoEntry), 0u);
}

TEST(LexiconTest, IrregularVerbsGiveAllForms) {
  Lexicon lexicon;
  const std::string path = WriteTemp("irregular.txt", "go went gone\nbegin began begun beginning\n");
  ASSERT_TRUE(lexicon.LoadIrregularVerbs(path).ok());
  lexicon.Finish();
  char scratch[32];
  EXPECT_EQ(lexicon.Lemma("went", Tag::kVBD, scratch), "go");
  EXPECT_EQ(lexicon.Lemma("gone", Tag::kVBN, scratch), "go");
  EXPECT_EQ(lexicon.Lemma("goes", Tag::kVBZ, scratch), "go");
  EXPECT_EQ(lexicon.Lemma("going", Tag::kVBG, scratch), "go");
  EXPECT_EQ(lexicon.Lemma("beginning", Tag::kVBG, scratch), "begin");
  ASSERT_NE(lexicon.Find("went"), nullptr);
  EXPECT_EQ(lexicon.Find("went")->first(), Tag::kVBD);
  EXPECT_FALSE(lexicon.Find("went")->Has(Tag::kVBN));
}

TEST(LexiconTest, LemmaFallsBackToRulesCheckedAgainstKnownBases) {
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.LoadWordList(WriteTemp("bases.txt", "hope VB VBP NN\nhop VB NN\n"), 0).ok());
  lexicon.Finish();
  char scratch[32];
  EXPECT_EQ(lexicon.Lemma("hoped", Tag::kVBD, scratch), "hope");
  EXPECT_EQ(lexicon.Lemma("hopped", Tag::kVBD, scratch), "hop");
  EXPECT_EQ(lexicon.Lemma("glorbed", Tag::kVBD, scratch), "glorb");  // unknown: first guess
  EXPECT_EQ(lexicon.Lemma("quickly", Tag::kRB, scratch), "quickly");
}

TEST(LexiconTest, MissingFilesAreNotFound) {
  Lexicon lexicon;
  EXPECT_TRUE(absl::IsNotFound(lexicon.LoadWordList("/nonexistent/words.txt", 0)));
  EXPECT_TRUE(absl::IsNotFound(lexicon.LoadIrregularVerbs("/nonexistent/irregular.txt")));
  EXPECT_TRUE(absl::IsNotFound(lexicon.LoadSuffixes("/nonexistent/suffixes.txt")));
  EXPECT_TRUE(absl::IsNotFound(lexicon.LoadWordNet("/nonexistent")));
  ContextRules rules;
  EXPECT_TRUE(absl::IsNotFound(rules.Load("/nonexistent/rules.txt")));
}

struct BadLine {
  const char* content;
  const char* reason;  // part of the message
  const char* text;    // the offending text, quoted in the message
};

// Each bad file has one good line and then a bad line 2.
TEST(LexiconTest, BadWordListLinesNameFileAndLine) {
  const BadLine cases[] = {
      {"good NN\nlonely\n", "at least one tag", "lonely"},
      {"good NN\nword XX\n", "unknown tag", "XX"},
      {"good NN\nword NN NN\n", "tag given twice", "NN"},
      {"good NN\nword NN= \n", "bad lemma", "NN="},
      {"good NN\nword NN VB VBP VBD VBN VBG VBZ\n", "more than 6 tags", "word NN"},
      {"good NN\nword nn\n", "unknown tag", "nn"},
  };
  for (const BadLine& c : cases) {
    Lexicon lexicon;
    const std::string path = WriteTemp("bad_words.txt", c.content);
    const absl::Status status = lexicon.LoadWordList(path, 0);
    EXPECT_TRUE(absl::IsInvalidArgument(status)) << c.content;
    const std::string message(status.message());
    EXPECT_NE(message.find(path + ":2: "), std::string::npos) << message;
    EXPECT_NE(message.find(c.reason), std::string::npos) << message;
    EXPECT_NE(message.find(c.text), std::string::npos) << message;
    EXPECT_NE(lexicon.Find("good"), nullptr) << "lines before the bad one are kept";
  }
}

TEST(LexiconTest, BadIrregularVerbLines) {
  const BadLine cases[] = {
      {"go went gone\nrun ran\n", "expected base, past and participle", "run ran"},
      {"go went gone\nrun ran run running extra\n", "expected base, past and participle", "extra"},
  };
  for (const BadLine& c : cases) {
    Lexicon lexicon;
    const std::string path = WriteTemp("bad_irregular.txt", c.content);
    const absl::Status status = lexicon.LoadIrregularVerbs(path);
    EXPECT_TRUE(absl::IsInvalidArgument(status));
    const std::string message(status.message());
    EXPECT_NE(message.find(path + ":2: "), std::string::npos) << message;
    EXPECT_NE(message.find(c.reason), std::string::npos) << message;
    EXPECT_NE(message.find(c.text), std::string::npos) << message;
  }
}

TEST(LexiconTest, BadSuffixLines) {
  const BadLine cases[] = {
      {"-tion NN\ntion NN\n", "starts with '-'", "tion"},
      {"-tion NN\n-ing\n", "one to three tags", "-ing"},
      {"-tion NN\n-ing VBG XX\n", "unknown tag", "XX"},
      {"-tion NN\n- NN\n", "starts with '-'", "-"},
  };
  for (const BadLine& c : cases) {
    Lexicon lexicon;
    const std::string path = WriteTemp("bad_suffixes.txt", c.content);
    const absl::Status status = lexicon.LoadSuffixes(path);
    EXPECT_TRUE(absl::IsInvalidArgument(status));
    const std::string message(status.message());
    EXPECT_NE(message.find(path + ":2: "), std::string::npos) << message;
    EXPECT_NE(message.find(c.reason), std::string::npos) << message;
    EXPECT_NE(message.find(c.text), std::string::npos) << message;
  }
}

TEST(LexiconTest, LongestSuffixWins) {
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.LoadSuffixes(WriteTemp("suffixes.txt", "-s NNS VBZ\n-ness NN\n-ss NN\n")).ok());
  ASSERT_NE(lexicon.MatchSuffix("glumness"), nullptr);
  EXPECT_EQ(lexicon.MatchSuffix("glumness")->tags[0], Tag::kNN);
  EXPECT_EQ(lexicon.MatchSuffix("glorbs")->tags[0], Tag::kNNS);
  EXPECT_EQ(lexicon.MatchSuffix("glorbs")->tags[1], Tag::kVBZ);
  EXPECT_EQ(lexicon.MatchSuffix("glorb"), nullptr);
  EXPECT_EQ(lexicon.MatchSuffix("s"), nullptr);  // a suffix needs a stem
}

TEST(ContextRulesTest, BadRuleLinesNameFileAndLine) {
  const BadLine cases[] = {
      {"@noun = NN NNS\nVB > XX prev=DT\n", "unknown target tag", "XX"},
      {"@noun = NN NNS\nVB NN prev=DT\n", "expected FROM... > TO", "VB NN"},
      {"@noun = NN NNS\nVB > NN prev\n", "expected key=values", "prev"},
      {"@noun = NN NNS\nVB > NN after=DT\n", "unknown condition key", "after"},
      {"@noun = NN NNS\nVB > NN prev=@nouns\n", "unknown tag or tag group", "@nouns"},
      {"@noun = NN NNS\nVB > NN prevword=$nothing\n", "unknown word group", "$nothing"},
      {"@noun = NN NNS\nVB > NN start=maybe\n", "expected yes or no", "start=maybe"},
      {"@noun = NN NNS\n@empty =\n", "a group needs at least one member", "@empty ="},
      {"@noun = NN NNS\n> NN prev=DT\n", "expected FROM", "> NN"},
      {"@noun = NN NNS\nVB > NN a=1 b=2 c=3 d=4 e=5 f=6\n", "unknown condition key", "a"},
      {"@noun = NN NNS\nVB > NN prev=DT prev=DT prev=DT prev=DT prev=DT prev=DT\n", "too many conditions",
       "VB > NN"},
  };
  for (const BadLine& c : cases) {
    ContextRules rules;
    const std::string path = WriteTemp("bad_rules.txt", c.content);
    const absl::Status status = rules.Load(path);
    EXPECT_TRUE(absl::IsInvalidArgument(status)) << c.content;
    const std::string message(status.message());
    EXPECT_NE(message.find(path + ":2: "), std::string::npos) << message;
    EXPECT_NE(message.find(c.reason), std::string::npos) << message;
    EXPECT_NE(message.find(c.text), std::string::npos) << message;
  }
}

TEST(ContextRulesTest, FirstMatchingRuleWinsAndTargetMustBeAllowed) {
  ContextRules rules;
  ASSERT_TRUE(rules
                  .Load(WriteTemp("rules.txt",
                                  "@det = DT PRP$\n"
                                  "$be = is was\n"
                                  "VB > NN prev=@det   # the attack\n"
                                  "VBD > VBN prevword~=$be\n"
                                  "VBD > JJ! next=NN\n"))
                  .ok());
  EXPECT_EQ(rules.size(), 3u);
  const std::string_view words[] = {"the", "attack", "was", "not", "seized", "seized", "land"};
  TokenState states[7];
  const Tag tags[] = {Tag::kDT, Tag::kVB, Tag::kVBD, Tag::kRB, Tag::kVBD, Tag::kVBD, Tag::kNN};
  for (int i = 0; i < 7; ++i) {
    states[i].tag = tags[i];
    states[i].candidates = TagBit(tags[i]) | TagBit(Tag::kVBN);
  }
  states[1].candidates |= TagBit(Tag::kNN);
  rules.Apply(words, states, 7);
  EXPECT_EQ(states[1].tag, Tag::kNN);   // allowed by the candidates
  EXPECT_EQ(states[4].tag, Tag::kVBN);  // skips the adverb
  EXPECT_EQ(states[5].tag, Tag::kJJ);   // forced with '!'
}

}  // namespace
}  // namespace dyad::tag
