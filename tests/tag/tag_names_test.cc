#include <string>

#include "dyad/document.h"
#include "gtest/gtest.h"

namespace dyad {
namespace {

TEST(TagNamesTest, EveryTagRoundTrips) {
  for (int i = 1; i <= static_cast<int>(Tag::kHash); ++i) {
    const Tag tag = static_cast<Tag>(i);
    const std::string_view name = TagName(tag);
    EXPECT_FALSE(name.empty()) << i;
    EXPECT_EQ(TagFromName(name), tag) << name;
  }
}

TEST(TagNamesTest, TreebankSpellings) {
  EXPECT_EQ(TagName(Tag::kPRPS), "PRP$");
  EXPECT_EQ(TagName(Tag::kWPS), "WP$");
  EXPECT_EQ(TagName(Tag::kComma), ",");
  EXPECT_EQ(TagName(Tag::kPeriod), ".");
  EXPECT_EQ(TagName(Tag::kColon), ":");
  EXPECT_EQ(TagName(Tag::kLRB), "-LRB-");
  EXPECT_EQ(TagName(Tag::kRRB), "-RRB-");
  EXPECT_EQ(TagName(Tag::kOpenQuote), "``");
  EXPECT_EQ(TagName(Tag::kCloseQuote), "''");
  EXPECT_EQ(TagName(Tag::kDollar), "$");
  EXPECT_EQ(TagName(Tag::kHash), "#");
  EXPECT_EQ(TagName(Tag::kNone), "");
}

TEST(TagNamesTest, UnknownNamesAreNone) {
  for (const char* name : {"", "nn", "NNX", "AUXD", "PRP$$", " NN", "-LRB"}) {
    EXPECT_EQ(TagFromName(name), Tag::kNone) << '"' << name << '"';
  }
}

TEST(TagNamesTest, BracketsMayBeWrittenAsThemselves) {
  EXPECT_EQ(TagFromName("("), Tag::kLRB);
  EXPECT_EQ(TagFromName(")"), Tag::kRRB);
}

TEST(TagNamesTest, OutOfRangeValueHasNoName) { EXPECT_EQ(TagName(static_cast<Tag>(200)), ""); }

}  // namespace
}  // namespace dyad
