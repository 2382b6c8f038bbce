// Tag accuracy against the part-of-speech tags in the parse trees of the
// PETRARCH unit-test records (shared test material; skipped when absent).
//
// Each <Sentence> has a <Parse> tree in Penn Treebank form; its leaves
// "(TAG word)" are the gold tokens and tags. The tagger sees the gold
// tokens (so this measures tagging, not tokenizing) and must get at least
// kFloor of them right; through dyad::Tokenize on the sentence text (tokens
// matched to the gold leaves by their position in the text with spaces
// removed; a token that matches no leaf counts as wrong) at least
// kTokenizedFloor. These are stylised sentences with invented names
// (Arnor, Gondor), and the trees were made by a statistical parser, so
// some gold tags are themselves wrong (invented names tagged NN, AUXD).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tag/tag_test_util.h"

namespace dyad {
namespace {

constexpr double kFloor = 0.96;
constexpr double kTokenizedFloor = 0.95;

std::string Unescape(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : kEntities) {
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + 1)) {
      s.replace(pos, std::string(from).size(), to);
    }
  }
  return s;
}

struct GoldSentence {
  std::string id;
  std::string text;
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

// The leaves "(TAG word)" of every <Parse> in the file.
std::vector<GoldSentence> ReadGold(const std::string& xml) {
  std::vector<GoldSentence> out;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    const size_t end = xml.find("</Sentence>", pos);
    if (end == std::string::npos) break;
    const std::string block = xml.substr(pos, end - pos);
    pos = end;
    GoldSentence s;
    if (const size_t id = block.find("id=\""); id != std::string::npos) {
      s.id = block.substr(id + 4, block.find('"', id + 4) - id - 4);
    }
    if (const size_t t = block.find("<Text>"); t != std::string::npos) {
      const size_t t_end = block.find("</Text>", t);
      if (t_end != std::string::npos) s.text = Unescape(block.substr(t + 6, t_end - t - 6));
    }
    const size_t parse = block.find("<Parse>");
    const size_t parse_end = block.find("</Parse>");
    if (parse == std::string::npos || parse_end == std::string::npos) continue;
    const std::string tree = block.substr(parse, parse_end - parse);
    for (size_t i = 0; i < tree.size(); ++i) {
      if (tree[i] != '(') continue;
      const size_t space = tree.find(' ', i);
      const size_t close = tree.find(')', i);
      const size_t next_open = tree.find('(', i + 1);
      if (space == std::string::npos || close == std::string::npos || close < space) continue;
      if (next_open != std::string::npos && next_open < close) continue;  // not a leaf
      const std::string tag = tree.substr(i + 1, space - i - 1);
      std::string word = Unescape(tree.substr(space + 1, close - space - 1));
      if (word == "-LRB-") word = "(";
      if (word == "-RRB-") word = ")";
      if (tag.empty() || word.empty() || word.find(' ') != std::string::npos) continue;
      s.tags.push_back(tag);
      s.words.push_back(word);
    }
    if (!s.words.empty()) out.push_back(std::move(s));
  }
  return out;
}

// The gold sentences, or empty with `*skip` set when the file is absent.
std::vector<GoldSentence> LoadGold(std::string* skip) {
  const char* shared = std::getenv("DYAD_SHARED_DIR");
  if (shared == nullptr || *shared == '\0') {
    *skip = "DYAD_SHARED_DIR is not set";
    return {};
  }
  const std::string path = std::string(shared) + "/peers/petrarch2/PETR.UnitTest.records.xml";
  std::ifstream in(path);
  if (!in) {
    *skip = "no PETRARCH records at " + path;
    return {};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ReadGold(buffer.str());
}

TEST(PetrarchAccuracyTest, TagAccuracyOnGoldTokens) {
  std::string skip;
  const std::vector<GoldSentence> gold = LoadGold(&skip);
  if (!skip.empty()) GTEST_SKIP() << skip;
  ASSERT_GE(gold.size(), 250u) << "too few parsed sentences";

  const Tagger& tagger = testing::SharedTagger();
  int total = 0, right = 0;
  std::map<std::string, int> confusions;
  for (const GoldSentence& s : gold) {
    std::string text;
    for (const std::string& w : s.words) text += (text.empty() ? "" : " ") + w;
    testing::TokenizedDoc doc(text);
    ASSERT_EQ(doc.doc.tokens.size(), s.words.size()) << s.id;
    tagger.Tag(&doc.doc);
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++total;
      const std::string mine(TagName(doc.doc.tokens[i].tag));
      if (mine == s.tags[i]) {
        ++right;
      } else {
        ++confusions[s.tags[i] + " -> " + mine];
      }
    }
  }
  const double accuracy = static_cast<double>(right) / total;
  std::printf("PETRARCH gold tags: %d of %d tokens right (%.2f%%) in %zu sentences\n", right, total,
              100 * accuracy, gold.size());
  std::vector<std::pair<int, std::string>> worst;
  for (const auto& [what, count] : confusions) worst.emplace_back(count, what);
  std::sort(worst.rbegin(), worst.rend());
  for (size_t i = 0; i < worst.size() && i < 8; ++i) {
    std::printf("  gold %s: %d\n", worst[i].second.c_str(), worst[i].first);
  }
  EXPECT_GE(accuracy, kFloor);
}

// `s` without spaces, quotes folded to '"'; `owner[i]` is the index of the
// piece that byte i came from.
void AppendPiece(std::string_view piece, int index, std::string* s, std::vector<int>* owner) {
  if (piece == "``" || piece == "''") piece = "\"";
  for (char c : piece) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
    s->push_back(c == '`' ? '\'' : c);
    owner->push_back(index);
  }
}

TEST(PetrarchAccuracyTest, TagAccuracyThroughTheTokenizer) {
  std::string skip;
  const std::vector<GoldSentence> gold = LoadGold(&skip);
  if (!skip.empty()) GTEST_SKIP() << skip;
  const Tagger& tagger = testing::SharedTagger();
  int total = 0, right = 0, unmatched = 0, skipped = 0;
  Document doc;
  for (const GoldSentence& s : gold) {
    doc.Clear();
    Tokenize(s.text, &doc);
    tagger.Tag(&doc);
    std::string gold_text, our_text;
    std::vector<int> gold_owner, our_owner;
    for (size_t i = 0; i < s.words.size(); ++i) AppendPiece(s.words[i], static_cast<int>(i), &gold_text, &gold_owner);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      AppendPiece(doc.tokens[i].norm, static_cast<int>(i), &our_text, &our_owner);
    }
    if (gold_text != our_text) {
      ++skipped;  // the parse does not spell the text the same way
      continue;
    }
    // Byte ranges of each token and leaf in the spaceless text.
    std::map<std::pair<size_t, size_t>, int> leaf_at;
    for (size_t b = 0; b < gold_owner.size();) {
      size_t e = b;
      while (e < gold_owner.size() && gold_owner[e] == gold_owner[b]) ++e;
      leaf_at[{b, e}] = gold_owner[b];
      b = e;
    }
    for (size_t b = 0; b < our_owner.size();) {
      size_t e = b;
      while (e < our_owner.size() && our_owner[e] == our_owner[b]) ++e;
      ++total;
      auto it = leaf_at.find({b, e});
      if (it == leaf_at.end()) {
        ++unmatched;
      } else if (TagName(doc.tokens[our_owner[b]].tag) == s.tags[it->second]) {
        ++right;
      }
      b = e;
    }
  }
  ASSERT_GT(total, 4000);
  const double accuracy = static_cast<double>(right) / total;
  std::printf("PETRARCH through Tokenize: %d of %d tokens right (%.2f%%); %d tokens split unlike the "
              "parse; %d sentences spelled differently, skipped\n",
              right, total, 100 * accuracy, unmatched, skipped);
  EXPECT_GE(accuracy, kTokenizedFloor);
}

}  // namespace
}  // namespace dyad
