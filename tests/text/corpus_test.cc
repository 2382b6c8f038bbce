// The tokenizer on real articles from the shared test material
// (DYAD_SHARED_DIR, see test_paths.h): the seed article, checked token by token where it
// matters, and the Wikinews corpus, checked for the tokenizer's promises.
// Both tests skip when the material is absent.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "text/document_check.h"
#include "text/jsonl_text.h"
#include "text/test_paths.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;

std::string_view TextOf(const Document& doc, const Token& t) {
  return doc.text.substr(t.begin, t.end - t.begin);
}

// Texts of the tokens from the first one whose text is `first`, `count` of them.
std::vector<std::string> TokensFrom(const Document& doc, std::string_view first, size_t count) {
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (TextOf(doc, doc.tokens[i]) != first) continue;
    std::vector<std::string> out;
    for (size_t k = i; k < doc.tokens.size() && k < i + count; ++k) {
      out.emplace_back(TextOf(doc, doc.tokens[k]));
    }
    return out;
  }
  return {};
}

class TokenizerSeedArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = testing::SharedFile("examples/seed-article.jsonl");
    if (path.empty()) GTEST_SKIP() << "DYAD_SHARED_DIR/examples/seed-article.jsonl is absent";
    const std::vector<std::string> texts = testing::ReadJsonlTexts(path);
    ASSERT_EQ(texts.size(), 1u);
    text_ = texts[0];
    Tokenize(text_, &doc_);
  }
  std::string text_;
  Document doc_;
};

TEST_F(TokenizerSeedArticleTest, KeepsPromises) { EXPECT_EQ(text::FindDocumentProblem(doc_), ""); }

TEST_F(TokenizerSeedArticleTest, TokensOfNamesNumbersAndPossessives) {
  EXPECT_THAT(TokensFrom(doc_, "Kim", 3), ElementsAre("Kim", "Jong-Un", "to"));
  EXPECT_THAT(TokensFrom(doc_, "Jong-Un’s", 1), ::testing::IsEmpty());
  // "by making Kim Jong-Un’s regime dependent"
  EXPECT_THAT(TokensFrom(doc_, "making", 5),
              ElementsAre("making", "Kim", "Jong-Un", "’s", "regime"));
  EXPECT_THAT(TokensFrom(doc_, "Party", 4), ElementsAre("Party", "(", "CCP", ")"));
  EXPECT_THAT(TokensFrom(doc_, "90%", 1), ElementsAre("90%"));
  EXPECT_THAT(TokensFrom(doc_, "War", 4), ElementsAre("War", "(", "1950-1953", ")"));
  EXPECT_THAT(TokensFrom(doc_, "“", 4), ElementsAre("“", "the", "hermit", "kingdom"));

  for (const Token& t : doc_.tokens) {
    const std::string_view s = TextOf(doc_, t);
    if (s == "’s") {
      EXPECT_EQ(t.norm, "'s");
      EXPECT_EQ(t.kind, TokenKind::kWord);
    }
    if (s == "Jong-Un") EXPECT_TRUE(t.Has(kHyphenated));
    if (s == "90%" || s == "1950-1953") EXPECT_EQ(t.kind, TokenKind::kNumber);
    if (s == "hermit") EXPECT_TRUE(t.Has(kQuoted));
  }
}

TEST_F(TokenizerSeedArticleTest, SplitsIntoSentences) {
  // Counted by reading the article: its five paragraphs have 3, 4, 5, 6
  // and 5 sentences.
  EXPECT_EQ(doc_.sentences.size(), 23u);
  const size_t first_break = text_.find('\n');
  ASSERT_NE(first_break, std::string::npos);
  size_t in_first_paragraph = 0;
  for (const Sentence& s : doc_.sentences) in_first_paragraph += s.end <= first_break;
  EXPECT_EQ(in_first_paragraph, 3u);

  ASSERT_GE(doc_.sentences.size(), 3u);
  const Sentence& third = doc_.sentences[2];
  const std::string_view third_text = doc_.text.substr(third.begin, third.end - third.begin);
  EXPECT_TRUE(third_text.starts_with("The visit of")) << third_text;
  EXPECT_TRUE(third_text.ends_with("since 2018.")) << third_text;
  // Every paragraph starts a sentence.
  for (const Token& t : doc_.tokens) {
    if (t.Has(kParagraphStart)) EXPECT_TRUE(t.Has(kSentenceStart)) << TextOf(doc_, t);
  }
  // Sentences end in a full stop (possibly inside a closing quote).
  for (const Sentence& s : doc_.sentences) {
    const std::string_view sentence = doc_.text.substr(s.begin, s.end - s.begin);
    EXPECT_TRUE(sentence.ends_with(".") || sentence.ends_with(".”")) << sentence;
  }
}

TEST(TokenizerCorpusTest, EveryArticleKeepsPromises) {
  const std::string path = testing::SharedFile("corpus/wikinews-politics-2004-2009.jsonl");
  if (path.empty()) {
    GTEST_SKIP() << "DYAD_SHARED_DIR/corpus/wikinews-politics-2004-2009.jsonl is absent";
  }
  const std::vector<std::string> texts = testing::ReadJsonlTexts(path);
  ASSERT_GT(texts.size(), 3000u);
  Document doc;
  size_t sentences = 0;
  size_t tokens = 0;
  size_t bytes = 0;
  for (size_t a = 0; a < texts.size(); ++a) {
    Tokenize(texts[a], &doc);
    const std::string problem = text::FindDocumentProblem(doc);
    ASSERT_EQ(problem, "") << "article " << a;
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    bytes += texts[a].size();
  }
  RecordProperty("sentences", static_cast<int>(sentences));
  RecordProperty("tokens", static_cast<int>(tokens));
  // The corpus's README counts about 57,600 sentences with a simple
  // regular expression; the tokenizer also splits headlines run into the
  // text, list items and wiki headings, and makes each cell of a wiki table
  // a sentence (about 8,000 cells in 54 articles), so it finds more.
  EXPECT_GT(sentences, 55000u);
  EXPECT_LT(sentences, 76000u);
  EXPECT_GT(tokens, 1400000u);
  EXPECT_LT(tokens, 1800000u);
  EXPECT_GT(bytes, 8000000u);
}

}  // namespace
}  // namespace dyad
