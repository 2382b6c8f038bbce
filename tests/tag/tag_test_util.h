// Test support for the tagger: documents built from pre-tokenized text, so
// that tagger tests do not depend on the tokenizer's choices.
//
//   TokenizedDoc doc("China 's military fired missiles .");
//   tagger->Tag(&doc.doc);
//   EXPECT_EQ(doc.TagString(), "NNP POS JJ VBD NNS .");
#ifndef DYAD_TESTS_TAG_TAG_TEST_UTIL_H_
#define DYAD_TESTS_TAG_TAG_TEST_UTIL_H_

#include <cctype>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tagger.h"
#include "gtest/gtest.h"

namespace dyad::testing {

// The project's data folder: $DYAD_DATA_DIR, else "data" (ctest sets it).
inline std::string DataDir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  return env != nullptr && *env != '\0' ? env : "data";
}

// One tagger for all tests of a program (loading takes ~0.1 s).
inline const Tagger& SharedTagger() {
  static const Tagger* tagger = [] {
    auto loaded = Tagger::Load(DataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status();
      std::abort();
    }
    return loaded->release();
  }();
  return *tagger;
}

// A document whose tokens are the space-separated pieces of `text`, one
// sentence. Kinds and flags follow the tokenizer's conventions: a token
// starting with a digit is a number, one starting with a letter or an
// apostrophe plus letters is a word, others are punctuation.
class TokenizedDoc {
 public:
  explicit TokenizedDoc(std::string text) : text_(std::move(text)) {
    lowers_.reserve(text_.size() / 2 + 1);
    doc.text = text_;
    size_t pos = 0;
    while (pos < text_.size()) {
      while (pos < text_.size() && text_[pos] == ' ') ++pos;
      if (pos >= text_.size()) break;
      size_t end = pos;
      while (end < text_.size() && text_[end] != ' ') ++end;
      AddToken(pos, end);
      pos = end;
    }
    Sentence s;
    s.token_begin = 0;
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    if (!doc.tokens.empty()) {
      s.begin = doc.tokens.front().begin;
      s.end = doc.tokens.back().end;
      doc.sentences.push_back(s);
    }
    for (size_t i = 0; i < doc.tokens.size(); ++i) doc.tokens[i].lower = lowers_[i];
  }

  TokenizedDoc(const TokenizedDoc&) = delete;
  TokenizedDoc& operator=(const TokenizedDoc&) = delete;

  // "NNP POS JJ ..." for every token.
  std::string TagString() const {
    std::string out;
    for (const Token& t : doc.tokens) {
      if (!out.empty()) out += ' ';
      out += TagName(t.tag);
    }
    return out;
  }
  // "word/TAG ..." for messages.
  std::string Tagged() const {
    std::string out;
    for (const Token& t : doc.tokens) {
      if (!out.empty()) out += ' ';
      out.append(t.norm);
      out += '/';
      out += TagName(t.tag);
    }
    return out;
  }

  Document doc;

 private:
  void AddToken(size_t begin, size_t end) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.norm = std::string_view(text_).substr(begin, end - begin);
    std::string lower(t.norm);
    int letters = 0, upper = 0;
    for (char& c : lower) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        ++letters;
        if (std::isupper(static_cast<unsigned char>(c))) ++upper;
      }
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    lowers_.push_back(std::move(lower));
    const unsigned char first = static_cast<unsigned char>(t.norm[0]);
    if (std::isdigit(first)) {
      t.kind = TokenKind::kNumber;
    } else if (std::isalpha(first) || (first == '\'' && letters > 0) || first >= 0x80) {
      t.kind = TokenKind::kWord;
    } else if (t.norm == "$" || t.norm == "#" || t.norm == "%" || t.norm == "&") {
      t.kind = TokenKind::kSymbol;
    } else {
      t.kind = TokenKind::kPunct;
    }
    if (std::isupper(first)) t.flags |= kCapitalized;
    if (letters >= 2 && upper == letters) t.flags |= kAllCaps;
    if (doc.tokens.empty()) t.flags |= kSentenceStart;
    if (t.kind == TokenKind::kWord && t.norm.find('-') != std::string_view::npos) t.flags |= kHyphenated;
    doc.tokens.push_back(t);
  }

  std::string text_;
  std::vector<std::string> lowers_;  // stable: reserved before views are taken
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TAG_TAG_TEST_UTIL_H_
