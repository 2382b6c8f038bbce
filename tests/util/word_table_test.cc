#include "util/word_table.h"

#include <string>

#include <gtest/gtest.h>

namespace dyad::util {
namespace {

TEST(WordTableTest, EmptyTableFindsNothing) {
  WordTable table;
  EXPECT_EQ(table.Find("china"), WordTable::kMissing);
  EXPECT_EQ(table.Find(""), WordTable::kMissing);
  EXPECT_EQ(table.size(), 0u);
}

TEST(WordTableTest, FindsWhatWasInserted) {
  WordTable table;
  table.Insert("china", 1);
  table.Insert("chinese", 2);
  table.Insert("chin", 3);
  EXPECT_EQ(table.Find("china"), 1u);
  EXPECT_EQ(table.Find("chinese"), 2u);
  EXPECT_EQ(table.Find("chin"), 3u);
  EXPECT_EQ(table.Find("chinas"), WordTable::kMissing);
  EXPECT_EQ(table.Find("chi"), WordTable::kMissing);
  EXPECT_EQ(table.Find("China"), WordTable::kMissing);  // case matters
  EXPECT_EQ(table.size(), 3u);
}

TEST(WordTableTest, InsertReplacesTheValue) {
  WordTable table;
  table.Insert("kremlin", 7);
  table.Insert("kremlin", 9);
  EXPECT_EQ(table.Find("kremlin"), 9u);
  EXPECT_EQ(table.size(), 1u);
}

TEST(WordTableTest, EmptyWordIsNeverStored) {
  WordTable table;
  table.Insert("", 5);
  EXPECT_EQ(table.Find(""), WordTable::kMissing);
  EXPECT_EQ(table.size(), 0u);
}

TEST(WordTableTest, WordsAtAndAboveTheInlineLimit) {
  WordTable table;
  const std::string at_limit(WordTable::kInlineSize, 'a');
  const std::string above = at_limit + "b";
  const std::string far_above = "international-criminal-tribunal-for-the-former-yugoslavia";
  table.Insert(at_limit, 1);
  table.Insert(above, 2);
  table.Insert(far_above, 3);
  EXPECT_EQ(table.Find(at_limit), 1u);
  EXPECT_EQ(table.Find(above), 2u);
  EXPECT_EQ(table.Find(far_above), 3u);
  EXPECT_EQ(table.Find(at_limit + "c"), WordTable::kMissing);
  EXPECT_EQ(table.Find(at_limit.substr(1)), WordTable::kMissing);
  EXPECT_EQ(table.size(), 3u);
}

TEST(WordTableTest, KeepsEveryWordThroughGrowth) {
  WordTable table;
  constexpr uint32_t kWords = 20000;
  for (uint32_t i = 0; i < kWords; ++i) table.Insert("w" + std::to_string(i), i);
  EXPECT_EQ(table.size(), kWords);
  for (uint32_t i = 0; i < kWords; ++i) ASSERT_EQ(table.Find("w" + std::to_string(i)), i) << i;
  for (uint32_t i = kWords; i < kWords + 1000; ++i) ASSERT_EQ(table.Find("w" + std::to_string(i)), WordTable::kMissing);
}

TEST(WordTableTest, BytesAreComparedExactly) {
  WordTable table;
  table.Insert("c\xC3\xB4te", 1);  // côte
  table.Insert(std::string("a\0b", 3), 2);
  EXPECT_EQ(table.Find("c\xC3\xB4te"), 1u);
  EXPECT_EQ(table.Find("cote"), WordTable::kMissing);
  EXPECT_EQ(table.Find(std::string("a\0b", 3)), 2u);
  EXPECT_EQ(table.Find(std::string("a\0c", 3)), WordTable::kMissing);
}

}  // namespace
}  // namespace dyad::util
