// ExtractHtmlText: the main text of a page, boilerplate dropped, and no
// hang or crash on broken or hostile HTML.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dyad/input.h"
#include "gumbo.h"
#include "input/internal.h"

namespace dyad {
namespace {

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Talks resume  in Geneva &amp; Vienna</title>
  <style>p { color: red; }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body class="page has-sidebar">
  <header class="site-header"><a href="/">Example News</a><p>Site tagline</p></header>
  <nav><ul><li>World</li><li>Politics</li></ul></nav>
  <div id="cookie-banner"><p>We use cookies.</p></div>
  <div class="content">
    <h1>Talks resume</h1>
    <p>GENEVA &ndash; Diplomats  met
       on Monday.</p>
    <p>They agreed to meet<br>again&nbsp;soon.</p>
    <div class="share-buttons"><p>Share this</p></div>
    <ul><li>First point</li><li>Second <em>point</em></li></ul>
    <div class="ad-slot"><p>Buy now</p></div>
    <p class="lead-paragraph">A lead paragraph stays.</p>
    <noscript><p>Enable scripts</p></noscript>
    <iframe src="x"></iframe>
    <svg><text>svg text</text></svg>
    <form><p>Subscribe</p></form>
  </div>
  <aside><p>Related stories</p></aside>
  <section class="comments"><p>First!</p></section>
  <footer><p>Copyright</p></footer>
</body>
</html>)";

TEST(InputHtmlTest, DropsBoilerplateAndKeepsParagraphsInOrder) {
  HtmlText page = ExtractHtmlText(kPage);
  EXPECT_EQ(page.title, "Talks resume in Geneva & Vienna");
  EXPECT_EQ(page.text,
            "Talks resume\n"
            "GENEVA \xE2\x80\x93 Diplomats met on Monday.\n"
            "They agreed to meet\n"
            "again soon.\n"
            "First point\n"
            "Second point\n"
            "A lead paragraph stays.");
}

TEST(InputHtmlTest, PrefersTheLargestArticle) {
  HtmlText page = ExtractHtmlText(R"(<body>
    <p>Outside the article.</p>
    <article class="teaser"><p>Short teaser.</p></article>
    <article>
      <header><h1>Headline</h1><p class="byline">By A. Writer</p></header>
      <p>The long main story text is here, with many more words than the teaser.</p>
      <footer>Tags: politics</footer>
    </article>
    <aside><article><p>A related article that is even longer than the main story, by far, really.</p></article></aside>
  </body>)");
  EXPECT_EQ(page.text,
            "Headline\nBy A. Writer\n"
            "The long main story text is here, with many more words than the teaser.");
  EXPECT_EQ(page.title, "Headline");
}

TEST(InputHtmlTest, UsesMainWithoutArticle) {
  HtmlText page = ExtractHtmlText(
      "<title>T</title><div>Menu junk</div><main><p>Main text.</p></main><div>More junk</div>");
  EXPECT_EQ(page.text, "Main text.");
  EXPECT_EQ(page.title, "T");
}

TEST(InputHtmlTest, TitleFallsBackToFirstHeading) {
  HtmlText page = ExtractHtmlText("<p>Intro</p><h1> The <b>real</b>\n title </h1><h1>Second</h1>");
  EXPECT_EQ(page.title, "The real title");
  EXPECT_EQ(page.text, "Intro\nThe real title\nSecond");
}

TEST(InputHtmlTest, BoilerplateNameDoesNotDropMostOfThePage) {
  HtmlText page = ExtractHtmlText(
      "<div class=\"layout-with-sidebar\"><p>All the article text lives in here, "
      "inside a wrapper whose class mentions a sidebar.</p><div class=\"sidebar\">Side</div>"
      "</div>");
  EXPECT_EQ(page.text,
            "All the article text lives in here, inside a wrapper whose class mentions a "
            "sidebar.");
}

TEST(InputHtmlTest, HiddenElementsAreDropped) {
  HtmlText page = ExtractHtmlText(
      "<p>Seen.</p><p hidden>Hidden.</p><div aria-hidden=\"true\">Aria.</div>"
      "<div role=\"navigation\">Links.</div><p>Also seen.</p>");
  EXPECT_EQ(page.text, "Seen.\nAlso seen.");
}

TEST(InputHtmlTest, TablesAndInlineElements) {
  HtmlText page = ExtractHtmlText(
      "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
      "<p>x<span>y</span>z <a href=#>link</a>.</p>");
  EXPECT_EQ(page.text, "a b\nc\nxyz link.");
}

TEST(InputHtmlTest, BrokenHtmlDoesNotCrash) {
  const std::vector<std::string> broken = {
      "",
      "<",
      "<<<>>>",
      "<p>unclosed <b>bold <i>italic",
      "</p></div></body></html>",
      "<table><td><table><td><p>deep</table>",
      "<!-- never closed",
      "<script>never closed",
      "<title>only a title",
      "<p>a\xFF\xFE b</p>",
      "<svg><foreignObject><p>x</p></svg>y",
      "<select><option>a<option>b</select>c",
      "<frameset><frame></frameset>text",
      "<p>&#0; &#xD800; &#x110000; &bogus; &amp</p>",
      std::string("<p>nul\0byte</p>", 15),
      "<plaintext><p>all text",
      "<a href='x>y'>z",
  };
  for (const std::string& html : broken) {
    HtmlText page = ExtractHtmlText(html);
    EXPECT_EQ(input::FindInvalidUtf8(page.text), input::kValidUtf8) << html;
    EXPECT_EQ(input::FindInvalidUtf8(page.title), input::kValidUtf8) << html;
  }
  EXPECT_EQ(ExtractHtmlText("<p>unclosed <b>bold <i>italic").text, "unclosed bold italic");
  EXPECT_EQ(ExtractHtmlText("<p>a\xFF b</p>").text, "a\xEF\xBF\xBD b");
}

std::string Repeat(const std::string& piece, int times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (int k = 0; k < times; ++k) out += piece;
  return out;
}

// Each of these makes an HTML5 tree builder keep elements open; gumbo's
// cost grows with the square of the depth unless the nesting is limited.
// The text must come out whole and valid; the time is measured by
// BM_ExtractHtmlDeepNesting in bench/input_bench.cc, not here.
TEST(InputHtmlTest, DeepNestingIsReadWhole) {
  const std::vector<std::string> pieces = {"<div>",
                                           "<b>",
                                           "<ul><li>",
                                           "<span><div></span>",
                                           "<form><div></form>",
                                           "<div><table></div>",
                                           "<svg><g>",
                                           "<table><td>",
                                           "<font size=1>x<p>",
                                           "<select><title></select><div>",
                                           "<div></body>",
                                           "<p><i>x",
                                           "<div title=\"",
                                           "<b title='x"};
  for (const std::string& piece : pieces) {
    HtmlText page = ExtractHtmlText(Repeat(piece, 100000) + "<p>hello</p>");
    EXPECT_EQ(input::FindInvalidUtf8(page.text), input::kValidUtf8) << piece;
  }
  HtmlText page = ExtractHtmlText(Repeat("<div>", 100000) + "<p>hello</p>");
  EXPECT_NE(page.text.find("hello"), std::string::npos);
}

// The depth of the tree gumbo builds for `html` after LimitHtmlNesting.
size_t ParsedDepth(const std::string& html) {
  std::string limited;
  const std::string& input =
      input::LimitHtmlNesting(html, input::kMaxHtmlDepth, input::kMaxHtmlFormatting, &limited)
          ? limited
          : html;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, input.data(), input.size());
  size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, size_t>> stack{{output->document, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT  ? &node->v.document.children
                                  : node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children
                                                                     : nullptr;
    if (children == nullptr) continue;
    for (unsigned k = 0; k < children->length; ++k) {
      stack.push_back({static_cast<const GumboNode*>(children->data[k]), depth + 1});
    }
  }
  // gumbo frees its tree recursively: only a shallow tree may be destroyed.
  if (deepest < 5000) gumbo_destroy_output(&options, output);
  return deepest;
}

// Inputs that once got past the nesting model (found by a generator of
// repeated tag snippets): each is repeated 20,000 times, "%" replaced by the
// repetition number.
TEST(InputHtmlNestingTest, BoundsParserDepth) {
  const std::vector<std::string> snippets = {
      "<optgroup></p></tr><param><br>",
      "</textarea><param></form></title><td><math>",
      "<param><td><math>",
      "<div></tr><tr><nobr>",
      "</b><b id=%><em>",
      "<font color=%><rp><code></font>",
      "</h2><h1><frameset><xmp>",
      "</div></ul><ul><ruby><address><frameset>",
      "<i id=%><dt>",
      "<li></h2><i id=%>",
      "<span><div></span>",
      "<form><div></form>",
      "<b id=%><object></b></object>",
      "<p><b id=%>x",
      "<div><b id=%></div>x",
      "<select><title></select><div>",
      "<svg><link>",
      "<li><big>",
  };
  for (const std::string& snippet : snippets) {
    std::string html;
    for (int k = 0; k < 20000; ++k) {
      std::string piece = snippet;
      size_t at = piece.find('%');
      if (at != std::string::npos) piece.replace(at, 1, std::to_string(k));
      html += piece;
    }
    EXPECT_LE(ParsedDepth(html), 3 * input::kMaxHtmlDepth) << snippet;
  }
}

TEST(InputHtmlNestingTest, LeavesOrdinaryPagesAlone) {
  std::string out;
  EXPECT_FALSE(
      input::LimitHtmlNesting(kPage, input::kMaxHtmlDepth, input::kMaxHtmlFormatting, &out));
  // Sloppy but shallow: unclosed paragraphs, list items, cells and options;
  // a few unclosed font tags; closed links; scripts full of '<'.
  std::string sloppy = "<body>" + Repeat("<p>para", 2000) + "<ul>" + Repeat("<li>item", 2000) +
                       "</ul><table>" + Repeat("<tr><td>a<td>b", 1000) + "</table><select>" +
                       Repeat("<option>o", 1000) + "</select>" +
                       Repeat("<font size=2>x</font>", 1000) + Repeat("<font size=2>x", 10) +
                       Repeat("<a href=\"/n\">n</a>", 2000) +
                       Repeat("<script>for(i=0;i<a.length;i++){if(b<c)d()}</script>", 500) +
                       Repeat("<div><p>text</div>", 1000);
  EXPECT_FALSE(
      input::LimitHtmlNesting(sloppy, input::kMaxHtmlDepth, input::kMaxHtmlFormatting, &out));
}

TEST(InputHtmlNestingTest, BlanksTagsPastTheLimit) {
  std::string out;
  ASSERT_TRUE(input::LimitHtmlNesting(Repeat("<div>", 300), 256, 64, &out));
  EXPECT_EQ(out, Repeat("<div>", 256) + std::string(5 * 44, ' '));
  // Formatting elements with distinct attributes are counted until closed.
  std::string html = Repeat("<b id=1>", 3);
  for (int k = 0; k < 100; ++k) {
    html += "<i class=c" + std::to_string(k % 10) + std::to_string(k / 10) + ">";
  }
  ASSERT_TRUE(input::LimitHtmlNesting(html, 256, 64, &out));
  EXPECT_EQ(out.substr(0, 24 + 61 * 13), html.substr(0, 24 + 61 * 13));
  EXPECT_EQ(out.substr(24 + 61 * 13), std::string(39 * 13, ' '));
  // Closed ones are not.
  std::string closed;
  for (int k = 0; k < 1000; ++k) closed += "<i class=c" + std::to_string(k) + ">x</i>";
  EXPECT_FALSE(input::LimitHtmlNesting(closed, 256, 64, &out));
  // A tag without an end loses its '<' only.
  ASSERT_TRUE(input::LimitHtmlNesting(Repeat("<div>", 300) + "<div title=\"x", 256, 64, &out));
  EXPECT_EQ(out.substr(out.size() - 13), " div title=\"x");
}

TEST(InputHtmlTest, ManyUnclosedFontTagsGiveCleanText) {
  HtmlText page = ExtractHtmlText(Repeat("<font size=2>word ", 2000));
  EXPECT_EQ(page.text, Repeat("word ", 1999) + "word");
}

TEST(InputFlattenHtmlTest, KeepsTextTitleAndLineBreaksOnly) {
  std::string flat = input::FlattenHtml(
      "<html><head><title>T &amp; U</title><script>a<b</script></head>"
      "<body><p>One <b>two</b></p><!-- <p>gone --><div>3 < 4</div></body>");
  EXPECT_EQ(flat, "<title>T &amp; U</title><body><br>One two<br><br>3 &lt; 4<br>");
  HtmlText page = ExtractHtmlText(flat);
  EXPECT_EQ(page.title, "T & U");
  EXPECT_EQ(page.text, "One two\n3 < 4");
}

TEST(InputHtmlTest, OverBudgetParseFallsBackToFlatText) {
  std::string html = "<title>Flat</title><p>" + Repeat("<span>w</span>", 2000) + "</p><p>end";
  input::HtmlBudget no_time;
  no_time.seconds = 0;
  no_time.seconds_per_byte = 0;
  HtmlText page = input::ExtractHtmlTextWithBudget(html, no_time);
  EXPECT_EQ(page.title, "Flat");
  EXPECT_EQ(page.text, std::string(2000, 'w') + "\nend");
  // A small page stays under the allocation count at which time is checked.
  page = input::ExtractHtmlTextWithBudget("<p>quick</p>", no_time);
  EXPECT_EQ(page.text, "quick");
}

TEST(InputHtmlTest, NoMemoryGivesNothing) {
  input::HtmlBudget no_memory;
  no_memory.bytes = 1;
  no_memory.bytes_per_byte = 0;
  HtmlText page = input::ExtractHtmlTextWithBudget(kPage, no_memory);
  EXPECT_EQ(page.title, "");
  EXPECT_EQ(page.text, "");
}

TEST(InputHtmlTest, Examples) {
  const char* dir = std::getenv("DYAD_EXAMPLES_DIR");
  std::filesystem::path html_dir = dir == nullptr ? "" : std::filesystem::path(dir) / "html";
  if (dir == nullptr || !std::filesystem::is_directory(html_dir)) {
    GTEST_SKIP() << "no HTML examples (DYAD_EXAMPLES_DIR/html)";
  }
  int pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(html_dir)) {
    if (entry.path().extension() != ".html") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    HtmlText page = ExtractHtmlText(content.str());
    EXPECT_FALSE(page.title.empty()) << entry.path();
    EXPECT_GT(page.text.size(), 200u) << entry.path();
    EXPECT_EQ(page.text.find("<script"), std::string::npos) << entry.path();
    ++pages;
  }
  if (pages == 0) GTEST_SKIP() << "no HTML examples yet";
}

}  // namespace
}  // namespace dyad
