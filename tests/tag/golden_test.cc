// Checks the tagger against tests/golden/tags.txt (format at its top).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tag/tag_test_util.h"

namespace dyad {
namespace {

std::string GoldenPath() {
  const char* dir = std::getenv("DYAD_TESTS_DIR");
  return std::string(dir != nullptr && *dir != '\0' ? dir : "tests") + "/golden/tags.txt";
}

struct Case {
  int line = 0;
  std::string sentence;
  std::vector<std::pair<int, std::string>> expectations;  // line, "token/TAG[=lemma]"
};

std::vector<Case> ReadCases(const std::string& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == ' ' || line[0] == '\t') {
      if (cases.empty()) {
        ADD_FAILURE() << path << ":" << number << ": expectations before any sentence";
        continue;
      }
      std::istringstream words(line);
      std::string item;
      while (words >> item) cases.back().expectations.emplace_back(number, item);
      continue;
    }
    cases.push_back({number, line, {}});
  }
  return cases;
}

TEST(GoldenTagsTest, EveryListedTokenHasItsTagAndLemma) {
  const std::string path = GoldenPath();
  const std::vector<Case> cases = ReadCases(path);
  ASSERT_GE(cases.size(), 40u) << "cannot read " << path;
  const Tagger& tagger = testing::SharedTagger();
  int checked = 0, wrong = 0;
  for (const Case& c : cases) {
    testing::TokenizedDoc doc(c.sentence);
    tagger.Tag(&doc.doc);
    size_t next = 0;
    for (const auto& [line, item] : c.expectations) {
      const size_t slash = item.rfind('/');
      ASSERT_NE(slash, std::string::npos) << path << ":" << line << ": expected token/TAG, got " << item;
      const std::string token = item.substr(0, slash);
      std::string tag = item.substr(slash + 1);
      std::string lemma;
      if (const size_t eq = tag.find('='); eq != std::string::npos) {
        lemma = tag.substr(eq + 1);
        tag = tag.substr(0, eq);
      }
      ASSERT_NE(TagFromName(tag), Tag::kNone) << path << ":" << line << ": unknown tag " << tag;
      while (next < doc.doc.tokens.size() && doc.doc.tokens[next].norm != token) ++next;
      ASSERT_LT(next, doc.doc.tokens.size())
          << path << ":" << line << ": token \"" << token << "\" not found (in order) in: " << c.sentence;
      const Token& t = doc.doc.tokens[next++];
      ++checked;
      if (TagName(t.tag) != tag || (!lemma.empty() && t.lemma != lemma)) {
        ++wrong;
        ADD_FAILURE() << path << ":" << line << ": " << token << " expected " << tag
                      << (lemma.empty() ? "" : "=" + lemma) << ", got " << TagName(t.tag) << "="
                      << t.lemma << "\n  in: " << doc.Tagged();
      }
    }
  }
  std::printf("golden tags: %d of %d checked tokens right\n", checked - wrong, checked);
}

}  // namespace
}  // namespace dyad
