// Tagger::Load, Tag() and Lemma(): lemmas, chunks, punctuation, and input
// that must never crash.
#include "dyad/tagger.h"

#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tag/tag_test_util.h"

namespace dyad {
namespace {

using testing::SharedTagger;
using testing::TokenizedDoc;

struct LemmaCase {
  const char* word;
  Tag tag;
  const char* lemma;
};

TEST(TaggerTest, LemmaTable) {
  const LemmaCase cases[] = {
      {"attacked", Tag::kVBD, "attack"},   {"troops", Tag::kNNS, "troop"},
      {"was", Tag::kVBD, "be"},            {"met", Tag::kVBD, "meet"},
      {"fled", Tag::kVBD, "flee"},         {"countries", Tag::kNNS, "country"},
      {"Attacked", Tag::kVBN, "attack"},   {"said", Tag::kVBD, "say"},
      {"taken", Tag::kVBN, "take"},        {"hoping", Tag::kVBG, "hope"},
      {"stopped", Tag::kVBD, "stop"},      {"children", Tag::kNNS, "child"},
      {"spokesmen", Tag::kNNS, "spokesman"}, {"has", Tag::kVBZ, "have"},
      {"did", Tag::kVBD, "do"},            {"talks", Tag::kNNS, "talk"},
      {"talks", Tag::kVBZ, "talk"},        {"saw", Tag::kVBD, "see"},
      {"saw", Tag::kNN, "saw"},            {"left", Tag::kVBD, "leave"},
      {"left", Tag::kJJ, "left"},          {"better", Tag::kJJR, "better"},
      {"China", Tag::kNNP, "china"},       {"Americans", Tag::kNNPS, "americans"},
      {"'s", Tag::kVBZ, "be"},             {"n't", Tag::kRB, "not"},
      {"glorbed", Tag::kVBD, "glorb"},     {"", Tag::kNN, ""},
  };
  const Tagger& tagger = SharedTagger();
  for (const LemmaCase& c : cases) {
    EXPECT_EQ(tagger.Lemma(c.word, c.tag), c.lemma) << c.word << "/" << TagName(c.tag);
  }
}

TEST(TaggerTest, TokensGetLemmasThatOutliveTheTagger) {
  TokenizedDoc doc("The troops fled after rebels attacked the countries ' borders .");
  SharedTagger().Tag(&doc.doc);
  std::vector<std::string> lemmas;
  for (const Token& t : doc.doc.tokens) lemmas.emplace_back(t.lemma);
  EXPECT_EQ(lemmas, (std::vector<std::string>{"the", "troop", "flee", "after", "rebel", "attack", "the",
                                              "country", "'", "border", "."}))
      << doc.Tagged();
}

TEST(TaggerTest, UnknownInflectedWordsGetRuleLemmas) {
  TokenizedDoc doc("The militiamen glorped the frobnicated villages .");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.doc.tokens[1].lemma, "militiaman") << doc.Tagged();
  EXPECT_EQ(doc.doc.tokens[2].tag, Tag::kVBD) << doc.Tagged();
  EXPECT_EQ(doc.doc.tokens[2].lemma, "glorp");
  EXPECT_EQ(doc.doc.tokens[4].lemma, "frobnicate") << doc.Tagged();
}

TEST(TaggerTest, PunctuationAndSymbols) {
  TokenizedDoc doc("( He said : \" Yes , $ 5 ; 10 % ! \" ) # 1 - 2 ...");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.TagString(), "-LRB- PRP VBD : `` UH , $ CD : CD NN . '' -RRB- # CD : CD :") << doc.Tagged();
}

TEST(TaggerTest, CapitalizedWordsInsideASentenceAreProperNouns) {
  TokenizedDoc doc("Officials in Gondor and the Shire met Foreign Minister Falastur in May .");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.TagString(), "NNS IN NNP CC DT NNP VBD NNP NNP NNP IN NNP .") << doc.Tagged();
}

TEST(TaggerTest, AllCapsAcronymsAreProperNouns) {
  TokenizedDoc doc("The US and NATO urged IT firms to help .");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.doc.tokens[1].tag, Tag::kNNP) << doc.Tagged();
  EXPECT_EQ(doc.doc.tokens[3].tag, Tag::kNNP) << doc.Tagged();
  EXPECT_EQ(doc.doc.tokens[5].tag, Tag::kNNP) << doc.Tagged();
}

TEST(TaggerTest, SentenceInitialWordsUseTheirLowerCaseReading) {
  TokenizedDoc doc("Attacks on aid convoys rose .");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.TagString(), "NNS IN NN NNS VBD .") << doc.Tagged();
  TokenizedDoc names("Arnor attacked Gondor .");
  SharedTagger().Tag(&names.doc);
  EXPECT_EQ(names.TagString(), "NNP VBD NNP .") << names.Tagged();
}

TEST(TaggerTest, NumbersWithWordsAttached) {
  TokenizedDoc doc("a 12-year rift in the 1990s and the 3rd time");
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.doc.tokens[1].tag, Tag::kJJ);
  EXPECT_EQ(doc.doc.tokens[5].tag, Tag::kCD);
  EXPECT_EQ(doc.doc.tokens[8].tag, Tag::kJJ);
}

// Chunks as "[NP The DPRK] [VP recently fired] ...".
std::string ChunkString(const Document& doc) {
  static const char* const kNames[] = {"NP", "VP", "PP", "ADJP", "ADVP"};
  std::string out;
  for (const Chunk& c : doc.chunks) {
    if (!out.empty()) out += ' ';
    out += '[';
    out += kNames[static_cast<int>(c.kind)];
    out += ' ';
    out += doc.Slice(c.token_begin, c.token_end);
    out += ']';
  }
  return out;
}

std::string Heads(const Document& doc) {
  std::string out;
  for (const Chunk& c : doc.chunks) {
    if (!out.empty()) out += ' ';
    out += doc.tokens[c.head].norm;
  }
  return out;
}

struct ChunkCase {
  const char* sentence;
  const char* chunks;
  const char* heads;
};

TEST(ChunkerTest, ChunkTable) {
  const ChunkCase cases[] = {
      {"The DPRK recently fired several test missiles .",
       "[NP The DPRK] [VP recently fired] [NP several test missiles]", "DPRK fired missiles"},
      {"Rebels had previously hoped to negotiate a truce .",
       "[NP Rebels] [VP had previously hoped to negotiate] [NP a truce]", "Rebels negotiate truce"},
      {"The embassy was attacked by protesters .",
       "[NP The embassy] [VP was attacked] [PP by] [NP protesters]", "embassy attacked by protesters"},
      {"China did not attack the ship .", "[NP China] [VP did not attack] [NP the ship]", "China attack ship"},
      {"Putin will be visiting Beijing .", "[NP Putin] [VP will be visiting] [NP Beijing]",
       "Putin visiting Beijing"},
      {"China 's military fired missiles .", "[NP China 's] [NP military] [VP fired] [NP missiles]",
       "China military fired missiles"},
      {"Arnor and Gondor signed a new trade agreement .",
       "[NP Arnor] [NP Gondor] [VP signed] [NP a new trade agreement]", "Arnor Gondor signed agreement"},
      {"Crowds burned down the embassy .", "[NP Crowds] [VP burned down] [NP the embassy]",
       "Crowds burned embassy"},
      {"The talks were very productive .", "[NP The talks] [VP were] [ADJP very productive]",
       "talks were productive"},
      {"He said that the 3,000 troops would leave soon .",
       "[NP He] [VP said] [NP the 3,000 troops] [VP would leave] [ADVP soon]", "He said troops leave soon"},
      {"Both the presidents met in Geneva .", "[NP Both the presidents] [VP met] [PP in] [NP Geneva]",
       "presidents met in Geneva"},
  };
  for (const ChunkCase& c : cases) {
    TokenizedDoc doc(c.sentence);
    SharedTagger().Tag(&doc.doc);
    EXPECT_EQ(ChunkString(doc.doc), c.chunks) << doc.Tagged();
    EXPECT_EQ(Heads(doc.doc), c.heads) << doc.Tagged();
  }
}

TEST(ChunkerTest, ChunksAreOrderedDisjointAndInsideTheirSentence) {
  TokenizedDoc doc(
      "Gondor 's Prime Minister Falastur noted that Cirith Ungol regretted Eriador 's refusal to talk to "
      "Calenardhon leader Calimehtar , who has been ignoring the very real and very serious threat of war "
      "for about 25 years .");
  SharedTagger().Tag(&doc.doc);
  uint32_t last_end = 0;
  for (const Chunk& c : doc.doc.chunks) {
    EXPECT_LE(last_end, c.token_begin);
    EXPECT_LT(c.token_begin, c.token_end);
    EXPECT_LE(c.token_end, doc.doc.tokens.size());
    EXPECT_GE(c.head, c.token_begin);
    EXPECT_LT(c.head, c.token_end);
    last_end = c.token_end;
  }
}

TEST(TaggerRobustnessTest, EmptyDocument) {
  Document doc;
  SharedTagger().Tag(&doc);
  EXPECT_TRUE(doc.chunks.empty());
}

TEST(TaggerRobustnessTest, OnlyPunctuation) {
  TokenizedDoc doc(". , ; : ! ? ( ) [ ] \" ' -- ... & # $ % * /");
  SharedTagger().Tag(&doc.doc);
  for (const Token& t : doc.doc.tokens) EXPECT_NE(t.tag, Tag::kNone) << t.norm;
}

TEST(TaggerRobustnessTest, TokensOutsideSentencesAndBadRanges) {
  TokenizedDoc doc("one two three four five six");
  doc.doc.sentences.clear();
  Sentence middle;
  middle.token_begin = 2;
  middle.token_end = 4;
  Sentence bad;
  bad.token_begin = 3;
  bad.token_end = 400;  // past the end
  doc.doc.sentences = {middle, bad};
  SharedTagger().Tag(&doc.doc);
  for (const Token& t : doc.doc.tokens) EXPECT_EQ(t.tag, Tag::kCD) << t.norm;
}

TEST(TaggerRobustnessTest, OddBytesAndLongWords) {
  std::string text = "\xff\xfe \xc3\xa9t\xc3\xa9 ";
  text += std::string(5000, 'x') + " " + std::string(300, 'A') + " -s -ed 's n't ' '' ``";
  TokenizedDoc doc(text);
  SharedTagger().Tag(&doc.doc);
  for (const Token& t : doc.doc.tokens) EXPECT_NE(t.tag, Tag::kNone);
}

TEST(TaggerRobustnessTest, HundredThousandTokensInOneSentence) {
  std::string text;
  const char* words[] = {"the", "troops", "attacked", "a", "Village", "near", "12", ",", "and"};
  for (int i = 0; i < 100000; ++i) {
    text += words[i % 9];
    text += ' ';
  }
  TokenizedDoc doc(text);
  ASSERT_EQ(doc.doc.tokens.size(), 100000u);
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.doc.tokens[1].tag, Tag::kNNS);
  EXPECT_EQ(doc.doc.tokens[99998].tag, Tag::kCC);
  EXPECT_FALSE(doc.doc.chunks.empty());
}

TEST(TaggerRobustnessTest, TaggingTwiceGivesTheSameResult) {
  TokenizedDoc doc("The troops attacked the village .");
  SharedTagger().Tag(&doc.doc);
  const std::string first = doc.TagString();
  const size_t chunks = doc.doc.chunks.size();
  SharedTagger().Tag(&doc.doc);
  EXPECT_EQ(doc.TagString(), first);
  EXPECT_EQ(doc.doc.chunks.size(), chunks);
}

TEST(TaggerThreadTest, TagIsThreadSafe) {
  const Tagger& tagger = SharedTagger();
  TokenizedDoc reference("Officials said the talks had failed after rebels attacked a convoy .");
  tagger.Tag(&reference.doc);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        TokenizedDoc doc("Officials said the talks had failed after rebels attacked a convoy .");
        tagger.Tag(&doc.doc);
        if (doc.TagString() != reference.TagString()) ++wrong[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

TEST(TaggerLoadTest, MissingDataIsNotFound) {
  auto tagger = Tagger::Load("/nonexistent/data");
  ASSERT_FALSE(tagger.ok());
  EXPECT_TRUE(absl::IsNotFound(tagger.status())) << tagger.status();
  EXPECT_NE(std::string(tagger.status().message()).find("/nonexistent/data/tag/"), std::string::npos);
}

TEST(TaggerLoadTest, WorksWithoutWordNet) {
  auto tagger = Tagger::Load(testing::DataDir(), "/nonexistent/wordnet");
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  TokenizedDoc doc("The troops said they had fled the town .");
  (*tagger)->Tag(&doc.doc);
  EXPECT_EQ(doc.TagString(), "DT NNS VBD PRP VBD VBN DT NN .") << doc.Tagged();
  EXPECT_EQ(doc.doc.tokens[1].lemma, "troop");
  EXPECT_EQ(doc.doc.tokens[5].lemma, "flee");
}

}  // namespace
}  // namespace dyad
