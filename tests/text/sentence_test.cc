// Sentences and datelines: table-driven cases, then the golden file
// tests/golden/sentences.txt (its format is described at its top).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "text/document_check.h"
#include "text/test_paths.h"

namespace dyad {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences)
    out.emplace_back(doc.text.substr(s.begin, s.end - s.begin));
  return out;
}

// The text of the dateline tokens, from the first to the last ("" if none).
std::string DatelineText(const Document& doc) {
  size_t n = 0;
  while (n < doc.tokens.size() && doc.tokens[n].Has(kDateline)) ++n;
  if (n == 0) return "";
  return std::string(doc.Slice(0, static_cast<uint32_t>(n)));
}

struct SplitCase {
  const char* name;
  std::string_view text;
  std::vector<std::string> sentences;
};

TEST(SentenceSplitTest, SplitsSentences) {
  const std::vector<SplitCase> cases = {
      {"terminal punctuation",
       "He left. She stayed! Why? Because.",
       {"He left.", "She stayed!", "Why?", "Because."}},
      {"no split before lower case", "He said no. and left", {"He said no. and left"}},
      {"title abbreviations",
       "Mr. Smith met Gen. Lee and Dr. Kim.",
       {"Mr. Smith met Gen. Lee and Dr. Kim."}},
      {"month abbreviation", "On Jan. 5 Parliament met.", {"On Jan. 5 Parliament met."}},
      {"initials",
       "J. R. R. Tolkien wrote. George W. Bush read.",
       {"J. R. R. Tolkien wrote.", "George W. Bush read."}},
      {"acronym before a name", "U.S. President Biden spoke.", {"U.S. President Biden spoke."}},
      {"acronym after a hyphen", "They held anti-U.S. rallies.", {"They held anti-U.S. rallies."}},
      {"acronym before an opener",
       "It was in the U.S. The talks ended.",
       {"It was in the U.S.", "The talks ended."}},
      {"acronym before a pronoun",
       "They met at the U.N. He left early.",
       {"They met at the U.N.", "He left early."}},
      {"a.m. before an opener",
       "It began at 9 a.m. But nobody came.",
       {"It began at 9 a.m.", "But nobody came."}},
      {"a.m. before a day", "It began at 9 a.m. Monday.", {"It began at 9 a.m. Monday."}},
      {"closing quote", "\"Go home.\" He went.", {"\"Go home.\"", "He went."}},
      {"curly closing quote", "“Go home.” He went.", {"“Go home.”", "He went."}},
      {"closing bracket", "(See below.) Next.", {"(See below.)", "Next."}},
      {"opening quote after a stop",
       "He left. \"Why?\" she asked.",
       {"He left.", "\"Why?\" she asked."}},
      {"digit starts a sentence", "He left. 20 people stayed.", {"He left.", "20 people stayed."}},
      {"semicolon", "One; two; three.", {"One; two; three."}},
      {"blank line", "no stop here\n\nnew paragraph", {"no stop here", "new paragraph"}},
      {"paragraph separator", "no stop here\xE2\x80\xA9next", {"no stop here", "next"}},
      {"newline after a stop", "He left.\nShe stayed.", {"He left.", "She stayed."}},
      {"newline after a stop before lower case",
       "He left.\nthen she stayed.",
       {"He left.", "then she stayed."}},
      {"newline after a stop before punctuation",
       "He left.\n; and then returned",
       {"He left.\n; and then returned"}},
      {"windows line breaks", "He left.\r\nShe stayed.\r\n", {"He left.", "She stayed."}},
      {"headline",
       "Talks collapse in Geneva\nThe talks collapsed on Monday.",
       {"Talks collapse in Geneva", "The talks collapsed on Monday."}},
      {"wrapped prose", "the talks collapsed\non Monday.", {"the talks collapsed\non Monday."}},
      {"line ending in a title", "They met Gen.\nSmith later.", {"They met Gen.\nSmith later."}},
      {"long line is not a headline",
       "This line is much too long to be a headline because it goes on and on well past the "
       "limit that the splitter uses for headlines without a stop\nSo it continues.",
       {"This line is much too long to be a headline because it goes on and on well past the "
        "limit that the splitter uses for headlines without a stop\nSo it continues."}},
      {"ellipsis before an opener",
       "He paused... Then he spoke.",
       {"He paused...", "Then he spoke."}},
      {"ellipsis before a name", "He paused... Obama spoke.", {"He paused... Obama spoke."}},
      {"only punctuation", "?!...", {"?!..."}},
      {"stray closing quote at the start", "\" He left.", {"\" He left."}},
      {"wiki heading between sentences",
       "The ministry denied it. ==Troops on the move== Chad's premier says troops crossed.",
       {"The ministry denied it.", "==Troops on the move==",
        "Chad's premier says troops crossed."}},
      {"spaced heading with a question mark",
       "Voting ended. === Who will govern? === Talks begin today.",
       {"Voting ended.", "=== Who will govern? ===", "Talks begin today."}},
      {"heading without a full stop before it",
       "a story without an end ==See also== * Earlier report",
       {"a story without an end", "==See also==", "* Earlier report"}},
      {"headings in a row", "==Reactions== ===Europe=== Paris objected.",
       {"==Reactions==", "===Europe===", "Paris objected."}},
      {"heading markers without a partner", "If a == b then c.", {"If a == b then c."}},
      {"heading markers on two lines", "== Notes\nmore ==", {"== Notes\nmore =="}},
      {"inline bullets",
       "The plan has two parts: * Taxes will rise. * Spending falls by 2 percent.",
       {"The plan has two parts:", "* Taxes will rise.", "* Spending falls by 2 percent."}},
      {"bullets stuck to the item",
       "The freed men: *Juan Ortiz *Pedro Gil *\"Tito\" Vega",
       {"The freed men:", "*Juan Ortiz", "*Pedro Gil", "*\"Tito\" Vega"}},
      {"nested bullets", "Parties: * Greens ** Leader: Ann Lee",
       {"Parties:", "* Greens", "** Leader: Ann Lee"}},
      {"empty bullets stay together", "He left. * * Next item", {"He left.", "* * Next item"}},
      {"multiplication is no bullet", "It costs 5 * 3 dollars.", {"It costs 5 * 3 dollars."}},
      {"emphasis is no bullet", "He was *not* pleased.", {"He was *not* pleased."}},
      {"a star after a word is no bullet", "Tom Lee* won the seat.", {"Tom Lee* won the seat."}},
      {"wiki table cells",
       "Results follow. {| border=1 |- ! Party !! Seats |- | Labour || 40 |} The count ended.",
       {"Results follow.", "{| border=1", "|- ! Party", "!! Seats", "|- | Labour", "|| 40", "|}",
        "The count ended."}},
      {"lone bars between spaces", "Home | World news", {"Home", "| World news"}},
      {"bar inside a wiki link", "see [[File:a.jpg|thumb]] here",
       {"see [[File:a.jpg|thumb]] here"}},
      {"an exclamation mark outside a table", "Stop! Now.", {"Stop!", "Now."}},
      {"dash reference", "Talks ended.&mdash;Then fighting resumed.",
       {"Talks ended.&mdash;Then fighting resumed."}},
      {"quote reference opens a sentence", "He left. &quot;Why?&quot; she asked.",
       {"He left.", "&quot;Why?&quot; she asked."}},
      {"space reference", "He left.&nbsp;She stayed.", {"He left.", "She stayed."}},
  };
  Document doc;
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.name);
    Tokenize(c.text, &doc);
    EXPECT_THAT(SentenceTexts(doc), ElementsAreArray(c.sentences)) << c.text;
    EXPECT_EQ(text::FindDocumentProblem(doc), "");
  }
}

struct DatelineCase {
  const char* name;
  std::string_view text;
  std::string_view dateline;  // "" when none
  std::string_view first_sentence;
};

TEST(SentenceSplitTest, RecognisesDatelines) {
  const std::vector<DatelineCase> cases = {
      {"reuters", "SEOUL, April 14 (Reuters) - North Korea fired.", "SEOUL, April 14 (Reuters) -",
       "North Korea fired."},
      {"em dash", "NAIROBI, March 3 — Police fired.", "NAIROBI, March 3 —", "Police fired."},
      {"agency only", "WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) —",
       "The Senate voted."},
      {"place only", "BEIRUT — Shelling resumed.", "BEIRUT —", "Shelling resumed."},
      {"two-word place", "UNITED NATIONS, Jan. 5 - The council met.", "UNITED NATIONS, Jan. 5 -",
       "The council met."},
      {"state and year", "SPRINGFIELD, Ill., March 3, 2024 -- Voters went.",
       "SPRINGFIELD, Ill., March 3, 2024 --", "Voters went."},
      {"mixed case with agency", "Kabul, Afghanistan (CNN) -- A bomb exploded.",
       "Kabul, Afghanistan (CNN) --", "A bomb exploded."},
      {"mixed case without agency", "Kabul, Afghanistan -- A bomb exploded.", "",
       "Kabul, Afghanistan -- A bomb exploded."},
      {"ordinary sentence with a dash", "The talks - long delayed - began.", "",
       "The talks - long delayed - began."},
      {"lower-case word", "SEOUL said - nothing.", "", "SEOUL said - nothing."},
      {"dash at the end only", "SEOUL -", "", "SEOUL -"},
      {"dateline must be on the first line", "SEOUL\n- Police fired.", "", "SEOUL"},
      {"full stop inside", "SEOUL. April - Police fired.", "", "SEOUL."},
      {"not at the start", "Police fired. SEOUL - later.", "", "Police fired."},
  };
  Document doc;
  for (const DatelineCase& c : cases) {
    SCOPED_TRACE(c.name);
    Tokenize(c.text, &doc);
    EXPECT_EQ(DatelineText(doc), c.dateline);
    ASSERT_FALSE(doc.sentences.empty());
    const Sentence& first = doc.sentences[0];
    EXPECT_EQ(doc.text.substr(first.begin, first.end - first.begin), c.first_sentence);
    EXPECT_EQ(text::FindDocumentProblem(doc), "");
  }
}

TEST(SentenceSplitTest, DatelineTokensPrecedeTheFirstSentence) {
  Document doc;
  Tokenize("SEOUL, April 14 (Reuters) - North Korea fired. It was a test.", &doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].token_begin, 8u);  // SEOUL , April 14 ( Reuters ) -
  for (uint32_t t = 0; t < 8; ++t) {
    EXPECT_TRUE(doc.tokens[t].Has(kDateline)) << t;
    EXPECT_FALSE(doc.tokens[t].Has(kSentenceStart)) << t;
  }
  EXPECT_TRUE(doc.tokens[8].Has(kSentenceStart));
}

// ---- the golden file ------------------------------------------------------

struct GoldenCase {
  std::string name;
  int line = 0;  // of the "===" line
  std::string text;
  std::string dateline;
  std::vector<std::string> sentences;
};

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out.push_back('\n');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<GoldenCase> ReadGolden(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return {};
  }
  std::vector<GoldenCase> cases;
  std::string line;
  int line_no = 0;
  enum { kOutside, kText, kExpected } state = kOutside;
  std::vector<std::string> text_lines;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.rfind("=== ", 0) == 0 && state != kText) {
      cases.push_back(GoldenCase{line.substr(4), line_no, "", "", {}});
      text_lines.clear();
      state = kText;
      continue;
    }
    if (state == kText) {
      if (line == "---") {
        std::string text;
        for (size_t i = 0; i < text_lines.size(); ++i) {
          if (i > 0) text += '\n';
          text += text_lines[i];
        }
        cases.back().text = text;
        state = kExpected;
      } else {
        text_lines.push_back(line);
      }
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (state == kOutside) {
      *error = path + ":" + std::to_string(line_no) + ": text outside a case";
      return {};
    }
    if (line.rfind("dateline: ", 0) == 0) {
      cases.back().dateline = line.substr(10);
    } else {
      cases.back().sentences.push_back(Unescape(line));
    }
  }
  if (state == kText) *error = path + ": the last case has no \"---\" line";
  return cases;
}

TEST(SentenceSplitTest, GoldenFile) {
  const std::string path = testing::TestsDir() + "/golden/sentences.txt";
  std::string error;
  const std::vector<GoldenCase> cases = ReadGolden(path, &error);
  ASSERT_EQ(error, "");
  ASSERT_GE(cases.size(), 20u);
  Document doc;
  for (const GoldenCase& c : cases) {
    SCOPED_TRACE(path + ":" + std::to_string(c.line) + ": " + c.name);
    Tokenize(c.text, &doc);
    EXPECT_EQ(DatelineText(doc), c.dateline);
    std::vector<std::string> got;
    for (const std::string& s : SentenceTexts(doc)) got.push_back(s);
    EXPECT_THAT(got, ElementsAreArray(c.sentences)) << [&] {
      std::string shown = "got, in the file's format:\n";
      for (const std::string& s : got) shown += Escape(s) + "\n";
      return shown;
    }();
    EXPECT_EQ(text::FindDocumentProblem(doc), "");
  }
}

}  // namespace
}  // namespace dyad
