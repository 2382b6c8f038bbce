// Tokens: how news text is cut into words, numbers, punctuation and
// symbols, with their norms, kinds and flags; and that no byte string can
// break the tokenizer's promises.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "text/document_check.h"

namespace dyad {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.text.substr(t.begin, t.end - t.begin));
  return out;
}

// The first token whose text is `text`, or nullptr.
const Token* Find(const Document& doc, std::string_view text) {
  for (const Token& t : doc.tokens) {
    if (doc.text.substr(t.begin, t.end - t.begin) == text) return &t;
  }
  return nullptr;
}

struct TokenCase {
  const char* name;
  std::string_view text;
  std::vector<std::string> tokens;
};

const std::vector<TokenCase>& TokenCases() {
  static const auto* cases = new std::vector<TokenCase>{
      {"plain words", "North Korea fired missiles", {"North", "Korea", "fired", "missiles"}},
      {"full stop and comma", "Kim, 40, left.", {"Kim", ",", "40", ",", "left", "."}},
      {"dotted acronyms",
       "the U.S. and U.N. and U.K. said",
       {"the", "U.S.", "and", "U.N.", "and", "U.K.", "said"}},
      {"dotted acronym after a hyphen",
       "anti-U.S. rallies in the city",
       {"anti-U.S.", "rallies", "in", "the", "city"}},
      {"long dotted acronyms",
       "L.G.B.T.Q. rights in the D.P.R.K. today",
       {"L.G.B.T.Q.", "rights", "in", "the", "D.P.R.K.", "today"}},
      {"titles",
       "Gen. Lt. Col. Sgt. Gov. Sen. Rep. Mr. Mrs. Ms. Dr. Prof. Rev. Adm. Maj. Capt.",
       {"Gen.", "Lt.", "Col.", "Sgt.", "Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
        "Rev.", "Adm.", "Maj.", "Capt."}},
      {"months",
       "Jan. Feb. Aug. Sept. Oct. Nov. Dec.",
       {"Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}},
      {"company and place abbreviations",
       "Acme Inc. Corp. Ltd. Co. St. Mt. Ft. Jr. Sr.",
       {"Acme", "Inc.", "Corp.", "Ltd.", "Co.", "St.", "Mt.", "Ft.", "Jr.", "Sr."}},
      {"latin abbreviations",
       "oil, gas, etc. e.g. this i.e. that vs. them",
       {"oil", ",", "gas", ",", "etc.", "e.g.", "this", "i.e.", "that", "vs.", "them"}},
      {"number abbreviation before a number",
       "No. 10 Downing Street",
       {"No.", "10", "Downing", "Street"}},
      {"no without a number is a word", "He said No.", {"He", "said", "No", "."}},
      {"times of day",
       "at 9 a.m. and 5 p.m. today",
       {"at", "9", "a.m.", "and", "5", "p.m.", "today"}},
      {"initials",
       "J. R. R. Tolkien and George W. Bush",
       {"J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush"}},
      {"acronym without its last stop",
       "in the U.S last year",
       {"in", "the", "U.S", "last", "year"}},
      {"acronym with a hyphen", "U.S.-led forces", {"U.S.-led", "forces"}},
      {"percent", "90% of trade", {"90%", "of", "trade"}},
      {"spaced percent", "90 % of trade", {"90", "%", "of", "trade"}},
      {"thousands and decimals",
       "1,200 troops and 3.5 million and 5,000,000",
       {"1,200", "troops", "and", "3.5", "million", "and", "5,000,000"}},
      {"list of numbers is not a thousand", "1,2,3", {"1", ",", "2", ",", "3"}},
      {"currency", "$5 and US$5 and £3", {"$", "5", "and", "US", "$", "5", "and", "£", "3"}},
      {"year range", "the war (1950-1953)", {"the", "war", "(", "1950-1953", ")"}},
      {"en dash range", "in 1950–1953", {"in", "1950–1953"}},
      {"parentheses and brackets",
       "(CCP) [sic] {x}",
       {"(", "CCP", ")", "[", "sic", "]", "{", "x", "}"}},
      {"straight quotes",
       "\"We will\" and 'maybe'",
       {"\"", "We", "will", "\"", "and", "'", "maybe", "'"}},
      {"curly quotes",
       "“the hermit kingdom” and ‘that’",
       {"“", "the", "hermit", "kingdom", "”", "and", "‘", "that", "’"}},
      {"dashes", "a — b – c -- d - e", {"a", "—", "b", "–", "c", "--", "d", "-", "e"}},
      {"hyphenated words",
       "Kim Jong-Un, DPRK-China, long-term, al-Assad",
       {"Kim", "Jong-Un", ",", "DPRK-China", ",", "long-term", ",", "al-Assad"}},
      {"dangling hyphen", "pre- and post-war", {"pre", "-", "and", "post-war"}},
      {"possessive", "China's help", {"China", "'s", "help"}},
      {"curly possessive after a hyphenated name",
       "Kim Jong-Un’s regime",
       {"Kim", "Jong-Un", "’s", "regime"}},
      {"plural possessive", "the allies' plan", {"the", "allies", "'", "plan"}},
      {"curly plural possessive", "the allies’ plan", {"the", "allies", "’", "plan"}},
      {"contractions",
       "don't won't can't it's they're we've I'll he'd I'm",
       {"do", "n't", "wo", "n't", "ca", "n't", "it", "'s", "they", "'re", "we", "'ve", "I", "'ll",
        "he", "'d", "I", "'m"}},
      {"curly contraction", "don’t", {"do", "n’t"}},
      {"clitic cut off by a space",
       "Burma 's junta and Bishkek ’s mayor",
       {"Burma", "'s", "junta", "and", "Bishkek", "’s", "mayor"}},
      {"capital contraction", "DON'T", {"DO", "N'T"}},
      {"apostrophe inside names",
       "O'Brien and Côte d'Ivoire",
       {"O'Brien", "and", "Côte", "d'Ivoire"}},
      {"decade", "the '90s and 1990s", {"the", "'90s", "and", "1990s"}},
      {"urls",
       "see http://example.org/a/b?c=d. Or www.un.org, now",
       {"see", "http://example.org/a/b?c=d", ".", "Or", "www.un.org", ",", "now"}},
      {"url in brackets",
       "(https://en.wikipedia.org/wiki/Foo_(bar))",
       {"(", "https://en.wikipedia.org/wiki/Foo_(bar)", ")"}},
      {"bare domain", "Amazon.com and bbc.co.uk said", {"Amazon.com", "and", "bbc.co.uk", "said"}},
      {"email", "write to john.smith@example.org.", {"write", "to", "john.smith@example.org", "."}},
      {"ellipsis", "wait... then … go", {"wait", "...", "then", "…", "go"}},
      {"ampersand", "Smith & Wesson and AT&T", {"Smith", "&", "Wesson", "and", "AT&T"}},
      {"question and exclamation runs", "Really?! Yes!", {"Really", "?!", "Yes", "!"}},
      {"missing space after a full stop",
       "in 2004.The president",
       {"in", "2004", ".", "The", "president"}},
      {"abbreviation without a space", "Mr.Smith", {"Mr.", "Smith"}},
      {"letters of other scripts",
       "Erdoğan met Ñandú in Côte d'Ivoire and Путин",
       {"Erdoğan", "met", "Ñandú", "in", "Côte", "d'Ivoire", "and", "Путин"}},
      {"emoji are symbols", "peace 😀 now 👍🏽!", {"peace", "😀", "now", "👍🏽", "!"}},
      {"no-break space separates", "10\xC2\xA0km", {"10", "km"}},
      {"semicolons and colons",
       "rivals; the U.S.: yes",
       {"rivals", ";", "the", "U.S.", ":", "yes"}},
      {"slash", "and/or", {"and", "/", "or"}},
      {"hashtag", "#news", {"#", "news"}},
      {"ordinal", "the 21st century", {"the", "21st", "century"}},
      {"alphanumeric", "F-16 and G8 and COVID-19", {"F-16", "and", "G8", "and", "COVID-19"}},
      {"wiki heading markers", "==Aftermath== Rebels fled",
       {"==", "Aftermath", "==", "Rebels", "fled"}},
      {"wiki table markup", "{| class=x |- ! Seat !! Party |- | Leeds || Labour |}",
       {"{|", "class", "=", "x", "|-", "!", "Seat", "!!", "Party", "|-", "|", "Leeds", "||",
        "Labour", "|}"}},
      {"bullets", "said: * Taxes rise *Fees fall", {"said", ":", "*", "Taxes", "rise", "*", "Fees",
                                                    "fall"}},
      {"character references",
       "talks &mdash; again &amp; &quot;soon&quot;",
       {"talks", "&mdash;", "again", "&amp;", "&quot;", "soon", "&quot;"}},
      {"numeric references", "a&#8212;b &#x2013; c", {"a", "&#8212;", "b", "&#x2013;", "c"}},
      {"a reference to a space separates", "10&nbsp;km", {"10", "km"}},
      {"a reference to a letter stays in its word", "Jos&eacute; Bov&eacute; said",
       {"Jos&eacute;", "Bov&eacute;", "said"}},
      {"a reference to an apostrophe", "Iran&#39;s O&rsquo;Brien don&#39;t",
       {"Iran", "&#39;s", "O&rsquo;Brien", "do", "n&#39;t"}},
      {"a reference to an ampersand between capitals", "AT&amp;T", {"AT&amp;T"}},
      {"unknown or unfinished references stay as they were", "R&D &bogus; &amp &#;",
       {"R&D", "&", "bogus", ";", "&", "amp", "&", "#", ";"}},
  };
  return *cases;
}

TEST(TokenizerTest, SplitsNewsTextIntoTokens) {
  Document doc;
  for (const TokenCase& c : TokenCases()) {
    SCOPED_TRACE(c.name);
    Tokenize(c.text, &doc);
    EXPECT_THAT(TokenTexts(doc), ElementsAreArray(c.tokens)) << c.text;
    EXPECT_EQ(text::FindDocumentProblem(doc), "");
  }
}

struct FormCase {
  const char* name;
  std::string_view text;
  std::string_view token;  // the token's original text
  std::string_view norm;
  std::string_view lower;
  TokenKind kind;
};

TEST(TokenizerTest, FoldsTypographyAndCase) {
  const std::vector<FormCase> cases = {
      {"left as is", "missiles", "missiles", "missiles", "missiles", TokenKind::kWord},
      {"capital lowered", "China", "China", "China", "china", TokenKind::kWord},
      {"curly clitic", "Jong-Un’s", "’s", "'s", "'s", TokenKind::kWord},
      {"curly apostrophe inside", "O’Brien", "O’Brien", "O'Brien", "o'brien", TokenKind::kWord},
      {"plural possessive", "allies’ plan", "’", "'", "'", TokenKind::kWord},
      {"n't", "don’t", "n’t", "n't", "n't", TokenKind::kWord},
      {"opening double", "“Yes”", "“", "\"", "\"", TokenKind::kPunct},
      {"closing double", "“Yes”", "”", "\"", "\"", TokenKind::kPunct},
      {"opening single", "‘Yes’", "‘", "'", "'", TokenKind::kPunct},
      {"guillemet", "«Oui»", "«", "\"", "\"", TokenKind::kPunct},
      {"em dash", "a — b", "—", "-", "-", TokenKind::kPunct},
      {"en dash", "a – b", "–", "-", "-", TokenKind::kPunct},
      {"double hyphen", "a -- b", "--", "-", "-", TokenKind::kPunct},
      {"spaced hyphen", "a - b", "-", "-", "-", TokenKind::kPunct},
      {"ellipsis character", "so…", "…", "...", "...", TokenKind::kPunct},
      {"long dots", "so.....", ".....", "...", "...", TokenKind::kPunct},
      {"range with en dash", "1950–1953", "1950–1953", "1950-1953", "1950-1953",
       TokenKind::kNumber},
      {"unicode hyphen", "long‐term", "long‐term", "long-term", "long-term", TokenKind::kWord},
      {"soft hyphen dropped", "Pyong\xC2\xADyang", "Pyong\xC2\xADyang", "Pyongyang", "pyongyang",
       TokenKind::kWord},
      {"acronym", "U.S.", "U.S.", "U.S.", "u.s.", TokenKind::kWord},
      {"percent", "90%", "90%", "90%", "90%", TokenKind::kNumber},
      {"thousands", "1,200", "1,200", "1,200", "1,200", TokenKind::kNumber},
      {"decade", "1990s", "1990s", "1990s", "1990s", TokenKind::kNumber},
      {"ordinal is a word", "21st", "21st", "21st", "21st", TokenKind::kWord},
      {"dollar", "$5", "$", "$", "$", TokenKind::kSymbol},
      {"ampersand", "a & b", "&", "&", "&", TokenKind::kSymbol},
      {"emoji", "ok 😀", "😀", "😀", "😀", TokenKind::kSymbol},
      {"bullet", "• item", "•", "•", "•", TokenKind::kPunct},
      {"only ASCII letters are lowered", "ÉLYSÉE", "ÉLYSÉE", "ÉLYSÉE", "ÉlysÉe", TokenKind::kWord},
      {"url", "http://x.org/A", "http://x.org/A", "http://x.org/A", "http://x.org/a",
       TokenKind::kWord},
      {"em dash reference", "a &mdash; b", "&mdash;", "-", "-", TokenKind::kPunct},
      {"en dash by number", "a &#8211; b", "&#8211;", "-", "-", TokenKind::kPunct},
      {"Windows-1252 number", "a &#151; b", "&#151;", "-", "-", TokenKind::kPunct},
      {"quote reference", "said &quot;no&quot;", "&quot;", "\"", "\"", TokenKind::kPunct},
      {"curly quote reference", "&ldquo;Yes&rdquo;", "&ldquo;", "\"", "\"", TokenKind::kPunct},
      {"ampersand reference", "Smith &amp; Sons", "&amp;", "&", "&", TokenKind::kSymbol},
      {"euro reference", "5 &euro;", "&euro;", "€", "€", TokenKind::kSymbol},
      {"ellipsis reference", "so&hellip;", "&hellip;", "...", "...", TokenKind::kPunct},
      {"letter references in a word", "Jos&Eacute;", "Jos&Eacute;", "JosÉ", "josÉ",
       TokenKind::kWord},
      {"clitic after a reference", "Iran&rsquo;s", "&rsquo;s", "'s", "'s", TokenKind::kWord},
      {"ampersand reference inside a word", "AT&amp;T", "AT&amp;T", "AT&T", "at&t",
       TokenKind::kWord},
  };
  Document doc;
  for (const FormCase& c : cases) {
    SCOPED_TRACE(c.name);
    Tokenize(c.text, &doc);
    const Token* t = Find(doc, c.token);
    ASSERT_NE(t, nullptr) << c.text;
    EXPECT_EQ(t->norm, c.norm);
    EXPECT_EQ(t->lower, c.lower);
    EXPECT_EQ(t->kind, c.kind);
  }
}

TEST(TokenizerTest, ReferencesToQuotesOpenAndClose) {
  Document doc;
  Tokenize("He said &quot;we will stay&quot; and left.", &doc);
  const Token* open = Find(doc, "we");
  ASSERT_NE(open, nullptr);
  EXPECT_TRUE(open->Has(kQuoted));
  const Token* after = Find(doc, "left");
  ASSERT_NE(after, nullptr);
  EXPECT_FALSE(after->Has(kQuoted));
}

TEST(TokenizerTest, UnchangedFormsPointIntoTheText) {
  Document doc;
  const std::string text = "the talks";
  Tokenize(text, &doc);
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.tokens[0].norm.data(), text.data());
  EXPECT_EQ(doc.tokens[0].lower.data(), text.data());
}

struct FlagCase {
  const char* name;
  std::string_view text;
  std::string_view token;
  uint16_t must_have;
  uint16_t must_not_have;
};

TEST(TokenizerTest, SetsFlags) {
  const std::vector<FlagCase> cases = {
      {"capitalised", "in China", "China", kCapitalized, kAllCaps | kSentenceStart},
      {"all capitals", "the DPRK said", "DPRK", kCapitalized | kAllCaps, 0},
      {"one capital letter is not all caps", "then I left", "I", kCapitalized, kAllCaps},
      {"acronym", "the U.S. said", "U.S.", kAbbreviation | kAllCaps | kCapitalized, 0},
      {"title", "said Gen. Smith", "Gen.", kAbbreviation | kCapitalized, kAllCaps},
      {"initial", "George W. Bush", "W.", kAbbreviation, 0},
      {"lower-case abbreviation", "oil, etc. and", "etc.", kAbbreviation, kCapitalized},
      {"full stop is not an abbreviation", "He left.", ".", 0, kAbbreviation},
      {"hyphenated", "long-term ties", "long-term", kHyphenated, kCapitalized},
      {"hyphenated name", "Kim Jong-Un", "Jong-Un", kHyphenated | kCapitalized, kAllCaps},
      {"range is not hyphenated", "(1950-1953)", "1950-1953", 0, kHyphenated},
      {"sentence start", "He left. They stayed.", "They", kSentenceStart | kCapitalized, 0},
      {"first token starts a sentence and a paragraph", "He left.", "He",
       kSentenceStart | kParagraphStart, 0},
      {"paragraph start after a line break", "He left.\nThey stayed.", "They",
       kParagraphStart | kSentenceStart, 0},
      {"no paragraph start mid-line", "He left. They stayed.", "They", 0, kParagraphStart},
      {"quoted", "he said \"we will win\" today", "will", kQuoted, 0},
      {"opening mark not quoted", "he said \"we\" today", "\"", 0, kQuoted},
      {"after the quotation", "he said \"we will win\" today", "today", 0, kQuoted},
      {"curly quoted", "the “hermit kingdom” and", "hermit", kQuoted, 0},
      {"single quoted", "the 'hermit kingdom' and", "kingdom", kQuoted, 0},
      {"apostrophe does not open a quotation", "China's allies' plan, and more", "more", 0,
       kQuoted},
      {"spaced clitic does not open a quotation", "Burma 's junta said more", "more", 0, kQuoted},
      {"quotation ends with the paragraph", "\"We will fight.\n\nThey left.", "They", 0, kQuoted},
      {"non-ASCII capital", "in Érd", "Érd", kCapitalized, kAllCaps},
      {"dateline", "SEOUL, April 14 (Reuters) - North Korea fired.", "Reuters", kDateline, 0},
      {"after the dateline", "SEOUL, April 14 (Reuters) - North Korea fired.", "North",
       kSentenceStart, kDateline},
  };
  Document doc;
  for (const FlagCase& c : cases) {
    SCOPED_TRACE(c.name);
    Tokenize(c.text, &doc);
    const Token* t = Find(doc, c.token);
    ASSERT_NE(t, nullptr) << c.text;
    EXPECT_EQ(t->flags & c.must_have, c.must_have) << "flags " << t->flags;
    EXPECT_EQ(t->flags & c.must_not_have, 0) << "flags " << t->flags;
  }
}

TEST(TokenizerTest, SpansMatchTheText) {
  const std::string text =
      "“Kim Jong-Un’s regime,” said Gen. Smith — of the U.S. — on Jan. 5 (at 9 a.m.). 90% "
      "don't.\n\nhttp://x.org/ … 😀 Côte d'Ivoire\xC2\xA0!";
  Document doc;
  Tokenize(text, &doc);
  EXPECT_EQ(doc.text.data(), text.data());
  for (const Token& t : doc.tokens) {
    ASSERT_LE(t.end, text.size());
    const std::string_view s = std::string_view(text).substr(t.begin, t.end - t.begin);
    EXPECT_EQ(s.find(' '), std::string_view::npos) << s;
  }
  EXPECT_EQ(text::FindDocumentProblem(doc), "");
}

TEST(TokenizerTest, ReusedDocumentIsReplaced) {
  Document doc;
  Tokenize("First text. With two sentences.", &doc);
  Tokenize("Second", &doc);
  ASSERT_EQ(doc.tokens.size(), 1u);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.tokens[0].lower, "second");
  EXPECT_TRUE(doc.chunks.empty());
}

TEST(TokenizerTest, EmptyAndBlankTextsHaveNoTokens) {
  Document doc;
  for (std::string_view text : {std::string_view(""), std::string_view("   \n\t\r\n  "),
                                std::string_view("\xC2\xA0\xE2\x80\x83")}) {
    Tokenize(text, &doc);
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.sentences.empty());
  }
}

// Bad input: any byte string keeps every promise, in time linear in its size.
struct BadInputCase {
  const char* name;
  std::string text;
};

std::string Repeat(std::string_view piece, size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out.append(piece);
  return out;
}

TEST(TokenizerTest, BadInputKeepsPromises) {
  constexpr size_t kBig = 2u << 20;
  const std::vector<BadInputCase> cases = {
      {"invalid bytes", "abc \xff\xfe\xfd def"},
      {"stray continuation bytes", "\x80\x81 word \xBF"},
      {"cut sequence at the end", "word \xE2\x80"},
      {"cut sequence before a space", "word \xE2\x80 next"},
      {"overlong encoding", "\xC0\xAF and \xE0\x80\xAF"},
      {"surrogate", "\xED\xA0\x80 text"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80 text"},
      {"NUL bytes", std::string("a\0b\0\0 c.\0", 10)},
      {"only punctuation", "!!!...,,,;;;:::---???\"\"''(([[]]))"},
      {"only quotes", "\"'\"'“”‘’«»"},
      {"only apostrophes", Repeat("'", 1000)},
      {"only dots", Repeat(".", 1000)},
      {"only dashes", Repeat("—-–", 1000)},
      {"lone dateline", "SEOUL, April 14 (Reuters) -"},
      {"dateline brackets unbalanced", "SEOUL (Reuters - x"},
      {"control characters", "\x01\x02\x1b[31m red \x7f"},
      {"format characters alone", "\xE2\x80\x8D\xEF\xB8\x8F \xC2\xAD"},
      {"many clitics", Repeat("s's", 3000)},
      {"many n't", Repeat("n't", 3000)},
      {"10 MB of one letter", std::string(10u << 20, 'a')},
      {"long hyphen chain", Repeat("a-", kBig)},
      {"long acronym chain", Repeat("U.", kBig)},
      {"long dotted words", Repeat("ab.", kBig)},
      {"long e-mail-like run", Repeat("a.b_", kBig) + "@"},
      {"many at signs", Repeat("a@", kBig)},
      {"long domain", Repeat("x.com.", kBig)},
      {"long url", "http://" + std::string(kBig, 'x')},
      {"long number", Repeat("1,000", kBig)},
      {"long apostrophe word", Repeat("a'", kBig)},
      {"invalid bytes only", std::string(kBig, '\xff')},
      {"emoji joiners", Repeat("😀\xE2\x80\x8D", kBig / 4)},
      {"many newlines", Repeat("a\n", kBig)},
      {"many quotes", Repeat("\"a", kBig)},
      {"references at the end", "a &mdash"},
      {"references only", Repeat("&nbsp;&shy;&#x10FFFF;&#0;&#xD800;&#99999999;", 1000)},
      {"letter references only", Repeat("&eacute;", kBig / 8)},
      {"reference clitics", Repeat("s&#39;s", kBig / 6)},
      {"many stars", Repeat("*a ", kBig / 3)},
      {"emphasis look-ahead", Repeat(" *a", kBig / 3)},
      {"many heading markers", Repeat("== a ", kBig / 5)},
      {"table markup only", Repeat("{||-||!|}|+", kBig / 11)},
  };
  Document doc;
  for (const BadInputCase& c : cases) {
    SCOPED_TRACE(c.name);
    // Quadratic work on these inputs would run for hours and hit the test's
    // time-out; their speed is measured by build/text_bench, not here.
    Tokenize(c.text, &doc);
    EXPECT_EQ(text::FindDocumentProblem(doc), "");
  }
}

TEST(TokenizerTest, ArenaKeepsEarlierStrings) {
  TextArena arena;
  std::vector<std::string_view> views;
  for (int i = 0; i < 20000; ++i) views.push_back(arena.Add(std::string(i % 50 + 1, 'a' + i % 26)));
  views.push_back(arena.Add(std::string(200000, 'z')));  // larger than a block
  for (int i = 0; i < 20000; ++i) {
    ASSERT_EQ(views[i], std::string(i % 50 + 1, 'a' + i % 26)) << i;
  }
  EXPECT_EQ(views.back().size(), 200000u);
  arena.Clear();
  EXPECT_EQ(arena.Add("again"), "again");
  TextArena moved = std::move(arena);
  EXPECT_EQ(moved.Add("more"), "more");
  EXPECT_EQ(arena.Add("still usable"), "still usable");
}

}  // namespace
}  // namespace dyad
