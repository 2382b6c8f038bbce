// The readable text of an HTML page, with gumbo as the HTML5 parser.
//
// The content root is the <article> with the most text, else the <main>
// with the most text, else <body>. Below it, elements that hold no article
// text are dropped: script, style, nav, header (outside an <article>),
// footer, aside, form, noscript, iframe, svg and the like; elements marked
// hidden; elements whose role is navigation, banner, contentinfo or
// complementary; and elements whose id or class names boilerplate (nav,
// menu, footer, sidebar, cookie, share, related, comment, advert, ad-),
// unless such an element holds most of the root's text. Block elements
// (paragraphs, headings, list items, ...) end a line; whitespace runs become
// one space. The title is the <title>, else the first <h1>.
//
// gumbo is robust but slow on pathological nesting, so its input is first
// passed through LimitHtmlNesting (html_nesting.cc), and the parse runs
// under a budget of time and memory enforced by its allocator. A parse over
// budget is abandoned (its memory freed), and the page is parsed again
// flattened to text (FlattenHtml), which is cheap whatever the page.
#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "dyad/input.h"
#include "gumbo.h"
#include "input/internal.h"

namespace dyad {
namespace input {
namespace {

// ---------------------------------------------------------------- budget

// An allocator for gumbo that keeps every live block in a list, so that a
// parse can be abandoned half-way and everything freed, and the whole tree
// freed without gumbo's recursive destructor. Over budget (time, bytes or a
// failed malloc) it jumps back to Parse(), which returns null.
class GuardedParser {
 public:
  explicit GuardedParser(const HtmlBudget& budget) : budget_(budget) {
    head_.prev = head_.next = &head_;
  }
  ~GuardedParser() { FreeAll(); }
  GuardedParser(const GuardedParser&) = delete;
  GuardedParser& operator=(const GuardedParser&) = delete;

  // Parses `html`; null when the parse went over budget. The output lives
  // until the next Parse() or the parser's destruction.
  GumboOutput* Parse(std::string_view html);

 private:
  struct alignas(16) Header {
    Header* prev;
    Header* next;
    size_t size;
  };

  static void* Allocate(void* self, size_t size);
  static void Deallocate(void* self, void* ptr);
  [[noreturn]] void Abandon() { std::longjmp(jump_, 1); }
  void FreeAll();
  static GumboOutput* RunGumbo(GuardedParser* self, const char* data, size_t size);

  HtmlBudget budget_;
  Header head_;
  size_t live_bytes_ = 0;
  size_t max_bytes_ = 0;
  size_t calls_ = 0;
  std::chrono::steady_clock::time_point deadline_;
  std::jmp_buf jump_;
};

void* GuardedParser::Allocate(void* userdata, size_t size) {
  auto* self = static_cast<GuardedParser*>(userdata);
  if ((++self->calls_ & 255) == 0 && std::chrono::steady_clock::now() > self->deadline_) {
    self->Abandon();
  }
  if (size > self->max_bytes_ || self->live_bytes_ > self->max_bytes_ - size) self->Abandon();
  auto* header = static_cast<Header*>(std::malloc(sizeof(Header) + size));
  if (header == nullptr) self->Abandon();
  header->size = size;
  header->prev = &self->head_;
  header->next = self->head_.next;
  self->head_.next->prev = header;
  self->head_.next = header;
  self->live_bytes_ += size;
  return header + 1;
}

void GuardedParser::Deallocate(void* userdata, void* ptr) {
  if (ptr == nullptr) return;
  auto* self = static_cast<GuardedParser*>(userdata);
  Header* header = static_cast<Header*>(ptr) - 1;
  header->prev->next = header->next;
  header->next->prev = header->prev;
  self->live_bytes_ -= header->size;
  std::free(header);
}

void GuardedParser::FreeAll() {
  Header* node = head_.next;
  while (node != &head_) {
    Header* next = node->next;
    std::free(node);
    node = next;
  }
  head_.prev = head_.next = &head_;
  live_bytes_ = 0;
}

// Kept apart so that nothing with a destructor lives between setjmp and a
// longjmp from the allocator (only gumbo's C frames do).
GumboOutput* GuardedParser::RunGumbo(GuardedParser* self, const char* data, size_t size) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GuardedParser::Allocate;
  options.deallocator = &GuardedParser::Deallocate;
  options.userdata = self;
  options.max_errors = 0;  // gumbo copies the open-element stack into each error
  if (setjmp(self->jump_) != 0) return nullptr;
  return gumbo_parse_with_options(&options, data, size);
}

GumboOutput* GuardedParser::Parse(std::string_view html) {
  FreeAll();
  calls_ = 0;
  const double seconds = budget_.seconds + budget_.seconds_per_byte * html.size();
  deadline_ = std::chrono::steady_clock::now() +
              std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                  std::chrono::duration<double>(seconds));
  max_bytes_ = budget_.bytes + budget_.bytes_per_byte * html.size();
  GumboOutput* output = RunGumbo(this, html.data(), html.size());
  if (output == nullptr) FreeAll();
  return output;
}

// ---------------------------------------------------------------- text

// Appends text with whitespace runs collapsed and block breaks as '\n'.
class TextBuilder {
 public:
  void Add(std::string_view text) {
    const size_t size = text.size();
    for (size_t k = 0; k < size; ++k) {
      char c = text[k];
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
      if (c == '\xC2' && k + 1 < size && text[k + 1] == '\xA0') {  // no-break space
        space = true;
        ++k;
      }
      if (space) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !at_line_start_) out_ += ' ';
      pending_space_ = false;
      at_line_start_ = false;
      out_ += c;
    }
  }
  void Space() { pending_space_ = true; }
  void Break() {
    if (!at_line_start_) out_ += '\n';
    at_line_start_ = true;
    pending_space_ = false;
  }
  std::string Finish() {
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool at_line_start_ = true;
};

bool IsBlock(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
  // clang-format on
}

// Elements that never hold article text.
bool IsDroppedTag(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MENU:
    case GUMBO_TAG_MENUITEM:
      return true;
    default:
      return false;
  }
  // clang-format on
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// Whether an id or class value names boilerplate. Word-like pieces are
// compared, so "lead-paragraph" is not an ad but "ad-slot" is.
bool NamesBoilerplate(std::string_view value) {
  static constexpr std::string_view kAnywhere[] = {
      "nav",     "menu",    "footer", "sidebar",    "cookie",     "share", "sharing",
      "related", "comment", "advert", "breadcrumb", "newsletter", "promo"};
  std::string lower(value.size(), ' ');
  for (size_t k = 0; k < value.size(); ++k) lower[k] = AsciiLower(value[k]);
  for (std::string_view needle : kAnywhere) {
    if (lower.find(needle) != std::string::npos) return true;
  }
  // "ad", "ads", "ad-*", "ad_*", "*-ad", "*-ad-*" as a piece of a class.
  size_t start = 0;
  while (start <= lower.size()) {
    size_t end = lower.find_first_of(" \t\n\r\f-_", start);
    if (end == std::string::npos) end = lower.size();
    std::string_view piece(lower.data() + start, end - start);
    if (piece == "ad" || piece == "ads" || piece == "adv" || piece == "advert") return true;
    start = end + 1;
  }
  return false;
}

std::string_view Attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
  return attribute == nullptr ? std::string_view() : std::string_view(attribute->value);
}

bool IsHidden(const GumboElement& element) {
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
  if (Attribute(element, "aria-hidden") == "true") return true;
  std::string_view role = Attribute(element, "role");
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "search" || role == "menu" || role == "menubar";
}

bool IsBoilerplateByName(const GumboElement& element) {
  if (element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_BODY ||
      element.tag == GUMBO_TAG_MAIN || element.tag == GUMBO_TAG_ARTICLE) {
    return false;
  }
  return NamesBoilerplate(Attribute(element, "id")) ||
         NamesBoilerplate(Attribute(element, "class"));
}

class Extractor {
 public:
  explicit Extractor(const GumboOutput* output) : output_(output) {}

  HtmlText Run();

 private:
  // Bytes of text below `node`, all elements included (memoized).
  size_t TextBytes(const GumboNode* node);
  // The <title>, else the first <h1> below `node`.
  std::string FindTitle(const GumboNode* node);
  // Collects <article> and <main> elements outside dropped elements.
  void FindRoots(const GumboNode* body, std::vector<const GumboNode*>* articles,
                 std::vector<const GumboNode*>* mains);
  const GumboNode* Largest(const std::vector<const GumboNode*>& nodes);
  std::string TextOf(const GumboNode* root);
  static std::string CollapsedText(const GumboNode* node);

  const GumboOutput* output_;
  absl::flat_hash_map<const GumboNode*, size_t> text_bytes_;
};

size_t Extractor::TextBytes(const GumboNode* node) {
  auto found = text_bytes_.find(node);
  if (found != text_bytes_.end()) return found->second;
  // Iterative post-order walk.
  struct Frame {
    const GumboNode* node;
    unsigned child;
    size_t bytes;
  };
  std::vector<Frame> stack{{node, 0, 0}};
  size_t result = 0;
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboNode* current = frame.node;
    const GumboVector* children =
        current->type == GUMBO_NODE_ELEMENT || current->type == GUMBO_NODE_TEMPLATE
            ? &current->v.element.children
        : current->type == GUMBO_NODE_DOCUMENT ? &current->v.document.children
                                               : nullptr;
    if (children != nullptr && frame.child < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[frame.child++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        frame.bytes += std::strlen(child->v.text.text);
      } else if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
        auto memo = text_bytes_.find(child);
        if (memo != text_bytes_.end()) {
          frame.bytes += memo->second;
        } else {
          stack.push_back({child, 0, 0});
        }
      }
      continue;
    }
    size_t bytes = frame.bytes;
    text_bytes_[current] = bytes;
    stack.pop_back();
    if (stack.empty()) {
      result = bytes;
    } else {
      stack.back().bytes += bytes;
    }
  }
  return result;
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

std::string Extractor::CollapsedText(const GumboNode* node) {
  TextBuilder builder;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* current = stack.back();
    stack.pop_back();
    if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA ||
        current->type == GUMBO_NODE_WHITESPACE) {
      builder.Add(current->v.text.text);
      continue;
    }
    const GumboVector* children = Children(current);
    if (children == nullptr) continue;
    if (current != node && current->type == GUMBO_NODE_ELEMENT &&
        (current->v.element.tag == GUMBO_TAG_SCRIPT || current->v.element.tag == GUMBO_TAG_STYLE)) {
      continue;
    }
    builder.Space();
    for (unsigned k = children->length; k-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[k]));
    }
  }
  std::string text = builder.Finish();
  // A title is one line.
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string Extractor::FindTitle(const GumboNode* root) {
  const GumboNode* first_h1 = nullptr;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_TITLE && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        std::string title = CollapsedText(node);
        if (!title.empty()) return title;
        continue;
      }
      if (tag == GUMBO_TAG_H1 && first_h1 == nullptr) first_h1 = node;
      if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) continue;
    }
    const GumboVector* children = Children(node);
    for (unsigned k = children->length; k-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[k]));
    }
  }
  return first_h1 == nullptr ? std::string() : CollapsedText(first_h1);
}

void Extractor::FindRoots(const GumboNode* body, std::vector<const GumboNode*>* articles,
                          std::vector<const GumboNode*>* mains) {
  std::vector<const GumboNode*> stack{body};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = node->v.element;
    if (node != body && (IsDroppedTag(element.tag) || element.tag == GUMBO_TAG_HEADER ||
                         IsHidden(element) || IsBoilerplateByName(element))) {
      continue;
    }
    if (element.tag == GUMBO_TAG_ARTICLE) articles->push_back(node);
    if (element.tag == GUMBO_TAG_MAIN) mains->push_back(node);
    for (unsigned k = element.children.length; k-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(element.children.data[k]));
    }
  }
}

const GumboNode* Extractor::Largest(const std::vector<const GumboNode*>& nodes) {
  const GumboNode* best = nullptr;
  size_t best_bytes = 0;
  for (const GumboNode* node : nodes) {
    size_t bytes = TextBytes(node);
    if (bytes > best_bytes) {
      best = node;
      best_bytes = bytes;
    }
  }
  return best;
}

std::string Extractor::TextOf(const GumboNode* root) {
  TextBuilder builder;
  const size_t root_bytes = TextBytes(root);
  struct Item {
    const GumboNode* node;
    bool leave;  // the end of an element
  };
  std::vector<Item> stack{{root, false}};
  int article_depth = 0;
  for (const GumboNode* up = root; up != nullptr; up = up->parent) {
    if (up->type == GUMBO_NODE_ELEMENT && up->v.element.tag == GUMBO_TAG_ARTICLE) ++article_depth;
  }
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (item.leave) {
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_ARTICLE) --article_depth;
      if (IsBlock(tag)) builder.Break();
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) builder.Space();
      continue;
    }
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: builder.Add(node->v.text.text); continue;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: break;
      default: continue;
    }
    const GumboElement& element = node->v.element;
    if (node != root) {
      if (node->type == GUMBO_NODE_TEMPLATE || IsDroppedTag(element.tag) || IsHidden(element)) {
        continue;
      }
      if (element.tag == GUMBO_TAG_HEADER && article_depth == 0) continue;
      // A boilerplate name does not drop the bulk of the text.
      if (IsBoilerplateByName(element) && TextBytes(node) * 2 <= root_bytes) continue;
    }
    if (element.tag == GUMBO_TAG_BR) {
      builder.Break();
      continue;
    }
    if (IsBlock(element.tag)) builder.Break();
    if (element.tag == GUMBO_TAG_ARTICLE) ++article_depth;
    stack.push_back({node, true});
    for (unsigned k = element.children.length; k-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(element.children.data[k]), false});
    }
  }
  return builder.Finish();
}

HtmlText Extractor::Run() {
  HtmlText result;
  const GumboNode* document = output_->document;
  const GumboNode* body = output_->root;
  if (body != nullptr && body->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = body->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
      const auto* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) {
        body = child;
        break;
      }
    }
  }
  if (body == nullptr) body = document;
  std::vector<const GumboNode*> articles, mains;
  FindRoots(body, &articles, &mains);
  const GumboNode* root = Largest(articles);
  if (root == nullptr) root = Largest(mains);
  if (root == nullptr) root = body;
  result.text = TextOf(root);
  result.title = FindTitle(document);
  return result;
}

}  // namespace

HtmlText ExtractHtmlTextWithBudget(std::string_view html, const HtmlBudget& budget) {
  if (html.substr(0, 3) == "\xEF\xBB\xBF") html.remove_prefix(3);
  std::string limited;
  if (LimitHtmlNesting(html, kMaxHtmlDepth, kMaxHtmlFormatting, &limited)) html = limited;
  GuardedParser parser(budget);
  GumboOutput* output = parser.Parse(html);
  std::string flat;
  if (output == nullptr) {
    flat = FlattenHtml(html);
    output = parser.Parse(flat);
    if (output == nullptr) return HtmlText();
  }
  HtmlText text = Extractor(output).Run();
  // gumbo decodes to UTF-8 and replaces bad bytes, but make sure.
  if (FindInvalidUtf8(text.text) != kValidUtf8 || FindInvalidUtf8(text.title) != kValidUtf8) {
    return HtmlText();
  }
  return text;
}

}  // namespace input

HtmlText ExtractHtmlText(std::string_view html) {
  return input::ExtractHtmlTextWithBudget(html, input::HtmlBudget());
}

}  // namespace dyad
