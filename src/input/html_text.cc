// Main-text extraction from HTML pages with the gumbo parser.
//
// Keeps the page title and the text of the main content: the first
// <article>, else <main>, else <body>. Drops scripts, styles, navigation,
// asides, forms and footers, and elements whose id or class names them
// (nav, menu, footer, sidebar, cookie, share, related, comment, advert...).
// Block elements end a line. The parse runs on a thread with a large stack,
// so deeply nested pages cannot overflow the caller's stack.
#include <gumbo.h>
#include <pthread.h>

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "dyad/input.h"

namespace dyad {
namespace {

bool IsDropped(GumboTag tag, bool inside_main) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGURE:
      return true;
    case GUMBO_TAG_HEADER:
      return !inside_main;  // a site header, not an article's own header
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_BR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool HasBoilerplateName(const GumboElement& e) {
  static const char* const kWords[] = {"nav", "menu", "footer", "sidebar", "cookie", "share",
                                       "related", "comment", "advert", "breadcrumb", "promo",
                                       "subscribe", "social", "newsletter", "banner"};
  for (const char* attr_name : {"id", "class"}) {
    const GumboAttribute* attr = gumbo_get_attribute(&e.attributes, attr_name);
    if (attr == nullptr) continue;
    std::string value = attr->value;
    for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : kWords)
      if (value.find(w) != std::string::npos) return true;
    if (value.rfind("ad-", 0) == 0 || value.find(" ad-") != std::string::npos || value == "ad" ||
        value == "ads")
      return true;
  }
  return false;
}

// Appends text with runs of whitespace collapsed to one space.
void AppendCollapsed(const char* text, std::string* out) {
  for (const char* p = text; *p != '\0'; ++p) {
    const char c = *p;
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

void EndLine(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (!out->empty() && out->back() != '\n') out->push_back('\n');
}

const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == tag) return node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
  return nullptr;
}

std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, &out);
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i)
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Walks `root` without recursion, writing the kept text to *out.
void Collect(const GumboNode* root, bool inside_main, std::string* out) {
  struct Item {
    const GumboNode* node;
    bool close;  // after the children: end the block
  };
  std::vector<Item> stack{{root, false}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* n = item.node;
    if (item.close) {
      EndLine(out);
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, out);
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (n != root && (IsDropped(e.tag, inside_main) || HasBoilerplateName(e))) continue;
    const bool block = IsBlock(e.tag);
    if (block) {
      EndLine(out);
      stack.push_back({n, true});
    }
    for (unsigned i = e.children.length; i > 0; --i)
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i - 1]), false});
  }
}

// A rough depth of element nesting, from the tags alone (void elements and
// self-closing tags do not nest). Stops counting past `limit`.
int ApproxDepth(std::string_view html, int limit) {
  static const char* const kVoid[] = {"br", "img", "hr", "meta", "link", "input", "area",
                                      "base", "col", "embed", "source", "track", "wbr", "param"};
  int depth = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    const char next = html[i + 1];
    if (next == '/') {
      if (depth > 0) --depth;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(next))) continue;
    size_t end = i + 1;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    std::string name(html.substr(i + 1, end - i - 1));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool is_void = false;
    for (const char* v : kVoid) is_void |= name == v;
    const size_t close = html.find('>', end);
    if (close != std::string_view::npos && close > 0 && html[close - 1] == '/') is_void = true;
    if (!is_void && ++depth > limit) return depth;
  }
  return depth;
}

// Text of a page too deeply nested for a tree parser to handle quickly: the
// tags are removed (with script and style contents) and whitespace collapsed.
std::string StripTags(std::string_view html) {
  std::string out;
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      const size_t next = html.find('<', i);
      const std::string piece(html.substr(i, next == std::string_view::npos ? html.npos : next - i));
      AppendCollapsed(piece.c_str(), &out);
      if (next == std::string_view::npos) break;
      i = next;
      continue;
    }
    for (const char* skipped : {"script", "style"}) {
      const std::string open = std::string("<") + skipped;
      if (html.substr(i, open.size()) == open) {
        const size_t end = html.find(std::string("</") + skipped, i);
        i = end == std::string_view::npos ? html.size() : end;
        break;
      }
    }
    const size_t close = html.find('>', i);
    if (close == std::string_view::npos) break;
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
    i = close + 1;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

struct Job {
  std::string_view html;
  HtmlText result;
};

void* Run(void* arg) {
  Job* job = static_cast<Job*>(arg);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;
  GumboOutput* output = gumbo_parse_with_options(&options, job->html.data(), job->html.size());
  if (output == nullptr) return nullptr;
  if (const GumboNode* title = FindFirst(output->root, GUMBO_TAG_TITLE)) job->result.title = TextOf(title);
  const GumboNode* main = FindFirst(output->root, GUMBO_TAG_ARTICLE);
  if (main == nullptr) main = FindFirst(output->root, GUMBO_TAG_MAIN);
  const bool inside_main = main != nullptr;
  if (main == nullptr) main = FindFirst(output->root, GUMBO_TAG_BODY);
  if (main == nullptr) main = output->root;
  Collect(main, inside_main, &job->result.text);
  EndLine(&job->result.text);
  while (!job->result.text.empty() && job->result.text.back() == '\n') job->result.text.pop_back();
  if (job->result.title.empty()) {
    if (const GumboNode* h1 = FindFirst(main, GUMBO_TAG_H1)) job->result.title = TextOf(h1);
  }
  gumbo_destroy_output(&options, output);
  return nullptr;
}

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  // Tree parsing is slow on pathologically deep pages (time grows with the
  // square of the depth); such pages get the plain tag-stripping fallback.
  constexpr int kMaxDepth = 2000;
  if (ApproxDepth(html, kMaxDepth) > kMaxDepth) return HtmlText{"", StripTags(html)};
  Job job{html, {}};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{512} << 20);  // gumbo frees the tree recursively
  pthread_t thread;
  if (pthread_create(&thread, &attr, &Run, &job) == 0) {
    pthread_join(thread, nullptr);
  } else {
    Run(&job);
  }
  pthread_attr_destroy(&attr);
  return std::move(job.result);
}

}  // namespace dyad
