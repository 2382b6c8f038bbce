// Keeping hostile HTML cheap to parse.
//
// gumbo checks "is there an element X in scope" by walking its stack of open
// elements, so a page of 100,000 nested <div>s (or <b>s, or anything the
// HTML5 rules leave open) costs time quadratic in the depth. Real pages are a
// few dozen elements deep. LimitHtmlNesting runs a crude model of the HTML5
// tree builder over the tags and neutralizes the start tags that would push
// the stack past a bound into spaces.
//
// The model must never think the stack is shallower than gumbo's, so every
// rule errs towards a deeper stack:
//  - every "<letter" is a start tag, even inside comments and attribute
//    values (the content of script, style, title and the like is skipped only
//    where the HTML5 rules surely read it as text);
//  - end tags pop only when HTML5 would pop at least as far (scope checks
//    stop at more elements than the standard's lists);
//  - start tags close an open element only when it is the current node
//    (<p> after <p>, <li> after <li>, <td> after <td>, ...);
//  - formatting elements (<b>, <font>, <a>, ...) that the tree builder may
//    reopen later are counted until their own end tag closes them, even
//    when another end tag popped them. Blanking a formatting tag loses no
//    text, so their bound is low.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "gumbo.h"
#include "input/internal.h"

namespace dyad::input {
namespace {

enum TagFlag : uint16_t {
  kVoid = 1 << 0,        // no end tag, never on the stack (in HTML content)
  kFormatting = 1 << 1,  // may be reopened by the tree builder
  kSpecial = 1 << 2,     // stops the search of a generic end tag
  kBoundary = 1 << 3,    // stops scope searches
  kClosesP = 1 << 4,     // its start tag closes an open <p>
  kRawText = 1 << 5,     // its content is text (script, style, title, ...)
  kHeading = 1 << 6,     // h1-h6
  kScopedEnd = 1 << 7,   // end tag: pop to it if in scope
  kTableEnd = 1 << 8,    // end tag: pop to it if in table scope
  kForeign = 1 << 9,     // svg, math: switches to foreign content
};

struct TagTable {
  uint16_t flags[GUMBO_TAG_LAST + 1] = {};

  void Set(std::initializer_list<GumboTag> tags, uint16_t flag) {
    for (GumboTag tag : tags) flags[tag] |= flag;
  }

  // clang-format off
  TagTable() {
    Set({GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR,
         GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE,
         GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META,
         GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR},
        kVoid);
    Set({GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT,
         GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE,
         GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U},
        kFormatting);
    // The standard's special elements, and then some (a larger set is safe).
    Set({GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
         GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE,
         GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER,
         GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
         GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
         GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM,
         GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
         GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HEADER,
         GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML, GUMBO_TAG_IFRAME, GUMBO_TAG_IMG,
         GUMBO_TAG_IMAGE, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_KEYGEN, GUMBO_TAG_LI,
         GUMBO_TAG_LINK, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU,
         GUMBO_TAG_MENUITEM, GUMBO_TAG_META, GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES,
         GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OBJECT, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PARAM,
         GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE, GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION,
         GUMBO_TAG_SELECT, GUMBO_TAG_SOURCE, GUMBO_TAG_STYLE, GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE,
         GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT,
         GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TITLE, GUMBO_TAG_TR, GUMBO_TAG_TRACK,
         GUMBO_TAG_UL, GUMBO_TAG_WBR, GUMBO_TAG_XMP, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN,
         GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT,
         GUMBO_TAG_DESC, GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP, GUMBO_TAG_SVG, GUMBO_TAG_MATH},
        kSpecial);
    Set({GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
         GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_MI,
         GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML,
         GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE, GUMBO_TAG_BUTTON, GUMBO_TAG_OL,
         GUMBO_TAG_UL, GUMBO_TAG_SELECT, GUMBO_TAG_SVG, GUMBO_TAG_MATH},
        kBoundary);
    Set({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
         GUMBO_TAG_CENTER, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET,
         GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,
         GUMBO_TAG_HGROUP, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SECTION,
         GUMBO_TAG_UL, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
         GUMBO_TAG_H6, GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_LI, GUMBO_TAG_DD,
         GUMBO_TAG_DT},
        kClosesP);
    Set({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE, GUMBO_TAG_XMP,
         GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_PLAINTEXT},
        kRawText);
    Set({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6},
        kHeading);
    // End tags that pop to their element when it is in scope. (<form> is
    // left out: its end tag removes the form alone.)
    Set({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
         GUMBO_TAG_BUTTON, GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV,
         GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
         GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN,
         GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_PRE, GUMBO_TAG_SECTION,
         GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_P, GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_DT,
         GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
         GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT},
        kScopedEnd);
    Set({GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR,
         GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP},
        kTableEnd);
    Set({GUMBO_TAG_SVG, GUMBO_TAG_MATH},
        kForeign);
  }
  // clang-format on
};

const TagTable& Tags() {
  static const TagTable* table = new TagTable();
  return *table;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// A tag name: the known tag, and for every name a key to compare end tags.
struct TagName {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint64_t key = 0;
  size_t end = 0;  // offset just past the name
};

TagName ReadTagName(std::string_view html, size_t pos) {
  char lower[16];
  size_t length = 0;
  uint64_t hash = 1469598103934665603ull;  // FNV-1a over the lowered name
  while (pos < html.size()) {
    char c = html[pos];
    if (IsTagSpace(c) || c == '/' || c == '>') break;
    c = Lower(c);
    if (length < sizeof lower) lower[length] = c;
    ++length;
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    ++pos;
  }
  TagName name;
  name.end = pos;
  if (length <= sizeof lower) name.tag = gumbo_tagn_enum(lower, static_cast<unsigned>(length));
  name.key =
      name.tag == GUMBO_TAG_UNKNOWN ? (hash | (1ull << 63)) : static_cast<uint64_t>(name.tag);
  return name;
}

// The end of the start tag whose name ends at `pos`, following the HTML5
// attribute rules (quoted values may hold '>'), or npos when it does not end
// within `limit` bytes.
size_t FindTagEnd(std::string_view html, size_t pos, size_t limit) {
  const size_t stop = std::min(html.size(), pos + limit);
  while (pos < stop) {
    char c = html[pos];
    if (c == '>') return pos + 1;
    if (c == '=') {
      ++pos;
      while (pos < stop && IsTagSpace(html[pos])) ++pos;
      if (pos < stop && (html[pos] == '"' || html[pos] == '\'')) {
        const void* close = std::memchr(html.data() + pos + 1, html[pos], stop - pos - 1);
        if (close == nullptr) return std::string_view::npos;
        pos = static_cast<const char*>(close) - html.data() + 1;
      }
      continue;
    }
    ++pos;
  }
  return std::string_view::npos;
}

// Where the raw text of element `name` (content of <script>, <title>, ...)
// ends: at the first "</name" followed by a tag delimiter, or at the end.
size_t SkipRawText(std::string_view html, size_t pos, GumboTag tag) {
  if (tag == GUMBO_TAG_PLAINTEXT) return html.size();
  const char* name = gumbo_normalized_tagname(tag);
  const size_t length = std::strlen(name);
  while (pos < html.size()) {
    const void* lt = std::memchr(html.data() + pos, '<', html.size() - pos);
    if (lt == nullptr) return html.size();
    pos = static_cast<const char*>(lt) - html.data();
    if (pos + 2 + length <= html.size() && html[pos + 1] == '/') {
      bool same = true;
      for (size_t k = 0; k < length && same; ++k) same = Lower(html[pos + 2 + k]) == name[k];
      size_t after = pos + 2 + length;
      if (same && (after == html.size() || IsTagSpace(html[after]) || html[after] == '/' ||
                   html[after] == '>')) {
        return pos;
      }
    }
    ++pos;
  }
  return html.size();
}

// How far to look for the end of a start tag.
constexpr size_t kMaxTagBytes = 4096;

struct Entry {
  uint64_t key;
  GumboTag tag;
  bool formatting;  // counted in NestingModel::active_
};

class NestingModel {
 public:
  NestingModel(std::string_view html, size_t max_depth, size_t max_formatting)
      : html_(html), max_depth_(max_depth), max_formatting_(max_formatting) {}

  bool Run(std::string* out);

 private:
  uint16_t Flags(GumboTag tag) const { return Tags().flags[tag]; }
  uint16_t TopFlags() const { return stack_.empty() ? 0 : Flags(stack_.back().tag); }
  bool TopIs(GumboTag tag) const { return !stack_.empty() && stack_.back().tag == tag; }

  void Push(const Entry& entry) {
    stack_.push_back(entry);
    Count(entry.tag, +1);
  }
  // Pops entries above `size`. A formatting element popped this way stays
  // in the list of elements the tree builder may reopen: still counted.
  void PopTo(size_t size) {
    while (stack_.size() > size) {
      const Entry& entry = stack_.back();
      Count(entry.tag, -1);
      if (entry.formatting) ++orphans_[entry.key];
      stack_.pop_back();
    }
  }
  void Count(GumboTag tag, int delta) {
    if (Flags(tag) & kForeign) foreign_ += delta;
    if (tag == GUMBO_TAG_SELECT) select_ += delta;
    if (tag == GUMBO_TAG_FRAMESET) frameset_ += delta;
  }

  // Whether a <table> is open below stack entry `k`.
  bool InTable(size_t k) const {
    while (k-- > 0) {
      if (stack_[k].tag == GUMBO_TAG_TABLE) return true;
      if (stack_[k].tag == GUMBO_TAG_TEMPLATE || stack_[k].tag == GUMBO_TAG_HTML) return false;
    }
    return false;
  }
  void CloseImplied(GumboTag tag, uint16_t flags);
  void StartTag(const TagName& name, size_t lt);
  void EndTag(const TagName& name);
  // Blanks the start tag at `lt` (its name ends at `name_end`), or just its
  // '<' when its end is not near, so that the parser reads it as spaces.
  // Looking for tag ends is bounded in total, so that many blanked tags in
  // an unterminated attribute value stay linear.
  void Neutralize(size_t lt, size_t name_end) {
    if (copy_.empty()) copy_.assign(html_.data(), html_.size());
    size_t limit = std::min(kMaxTagBytes, scan_budget_);
    size_t tag_end = FindTagEnd(html_, name_end, limit);
    scan_budget_ -= tag_end == std::string_view::npos ? limit : tag_end - name_end;
    if (tag_end == std::string_view::npos) tag_end = lt + 1;
    std::memset(copy_.data() + lt, ' ', tag_end - lt);
    changed_ = true;
  }

  std::string_view html_;
  size_t max_depth_;
  size_t max_formatting_;
  std::vector<Entry> stack_;
  // Formatting elements not closed by their own end tag, which the tree
  // builder may reopen (on the stack or not), and of those the ones no
  // longer on the stack, by name.
  size_t active_ = 0;
  absl::flat_hash_map<uint64_t, uint32_t> orphans_;
  int foreign_ = 0;  // svg and math elements on the stack
  int select_ = 0;
  int frameset_ = 0;
  size_t pos_ = 0;
  size_t scan_budget_ = 2 * html_.size() + kMaxTagBytes;
  bool changed_ = false;
  std::string copy_;
};

void NestingModel::CloseImplied(GumboTag tag, uint16_t flags) {
  if (flags & kClosesP) {
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
      for (size_t k = stack_.size(); k-- > 0;) {
        GumboTag open = stack_[k].tag;
        bool match = tag == GUMBO_TAG_LI ? open == GUMBO_TAG_LI
                                         : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT);
        if (match) {
          PopTo(k);
          break;
        }
        // The search passes non-special elements, <p>, <div> and <address>.
        if ((Flags(open) & kSpecial) && open != GUMBO_TAG_P && open != GUMBO_TAG_DIV &&
            open != GUMBO_TAG_ADDRESS) {
          break;
        }
      }
    }
    if (TopIs(GUMBO_TAG_P)) PopTo(stack_.size() - 1);
    if ((flags & kHeading) && (TopFlags() & kHeading)) PopTo(stack_.size() - 1);
  }
  switch (tag) {
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
      // (An <optgroup> closes an open one only inside a <select>.)
      if (TopIs(GUMBO_TAG_OPTION)) PopTo(stack_.size() - 1);
      break;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      if (TopIs(GUMBO_TAG_TD) || TopIs(GUMBO_TAG_TH)) PopTo(stack_.size() - 1);
      break;
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
      if (TopIs(GUMBO_TAG_TD) || TopIs(GUMBO_TAG_TH)) PopTo(stack_.size() - 1);
      if (TopIs(GUMBO_TAG_TR)) PopTo(stack_.size() - 1);
      if (tag != GUMBO_TAG_TR &&
          (TopIs(GUMBO_TAG_TBODY) || TopIs(GUMBO_TAG_THEAD) || TopIs(GUMBO_TAG_TFOOT))) {
        PopTo(stack_.size() - 1);
      }
      break;
    default: break;
  }
}

void NestingModel::StartTag(const TagName& name, size_t lt) {
  const uint16_t flags = Flags(name.tag);
  // Elements the start tag surely closes when they are the current node.
  // In foreign content (inside <svg> or <math>) start tags close nothing.
  if (foreign_ == 0) CloseImplied(name.tag, flags);
  if ((flags & kVoid) && foreign_ == 0) return;
  const bool formatting = (flags & kFormatting) != 0;
  if (stack_.size() + active_ >= max_depth_ || (formatting && active_ >= max_formatting_)) {
    Neutralize(lt, name.end);
    return;
  }
  if (formatting) ++active_;
  Push(Entry{name.key, name.tag, formatting});
  if ((flags & kRawText) && foreign_ == 0 && select_ == 0 && frameset_ == 0) {
    // The tokenizer reads the content as text up to the matching end tag;
    // the element itself is closed there.
    pos_ = SkipRawText(html_, name.end, name.tag);
    PopTo(stack_.size() - 1);
    if (pos_ < html_.size()) {
      pos_ = ReadTagName(html_, pos_ + 2).end;
    }
  }
}

void NestingModel::EndTag(const TagName& name) {
  const uint16_t flags = Flags(name.tag);
  if (name.tag == GUMBO_TAG_BODY || name.tag == GUMBO_TAG_HTML || name.tag == GUMBO_TAG_BR) {
    return;
  }
  // In a frameset only </frameset> closes anything.
  if (frameset_ > 0 && name.tag != GUMBO_TAG_FRAMESET) return;
  if (flags & kFormatting) {
    // Without a special element above it the element is popped with what
    // is above; otherwise the tree builder moves things around without
    // shrinking the stack.
    bool crossed_special = false;
    for (size_t k = stack_.size(); k-- > 0;) {
      Entry& entry = stack_[k];
      if (entry.key == name.key) {
        if (!crossed_special) {
          if (entry.formatting) --active_;
          entry.formatting = false;
          PopTo(k);
        }
        return;
      }
      if (Flags(entry.tag) & kSpecial) crossed_special = true;
      if (Flags(entry.tag) & kBoundary) return;
    }
    // Not open (and no boundary in the way): the tree builder forgets one
    // element of that name it could have reopened.
    auto orphan = orphans_.find(name.key);
    if (orphan != orphans_.end() && orphan->second > 0) {
      --orphan->second;
      --active_;
    }
    return;
  }
  if (name.tag == GUMBO_TAG_SELECT) {
    // Pops the select when only options are above it ("select scope").
    for (size_t k = stack_.size(); k-- > 0;) {
      GumboTag tag = stack_[k].tag;
      if (tag == GUMBO_TAG_SELECT) {
        PopTo(k);
        return;
      }
      if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP) return;
    }
    return;
  }
  if (name.tag == GUMBO_TAG_FORM) {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].tag == GUMBO_TAG_FORM) {
        Count(GUMBO_TAG_FORM, -1);
        stack_.erase(stack_.begin() + k);
        return;
      }
      if (Flags(stack_[k].tag) & kBoundary) return;
    }
    return;
  }
  if (flags & (kScopedEnd | kTableEnd)) {
    for (size_t k = stack_.size(); k-- > 0;) {
      GumboTag tag = stack_[k].tag;
      bool match = (flags & kHeading) ? (Flags(tag) & kHeading) != 0 : tag == name.tag;
      if (match) {
        // Table parts close only inside a table: elsewhere the tree builder
        // ignored their start tags and ignores their end tags.
        if ((flags & kTableEnd) && name.tag != GUMBO_TAG_TABLE && !InTable(k)) return;
        PopTo(k);
        return;
      }
      if (flags & kTableEnd) {
        if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_TEMPLATE) return;
      } else if (Flags(tag) & kBoundary) {
        return;
      }
    }
    return;
  }
  // Any other end tag: pop to the nearest element of that name unless a
  // special element comes first.
  for (size_t k = stack_.size(); k-- > 0;) {
    if (stack_[k].key == name.key) {
      PopTo(k);
      return;
    }
    if (Flags(stack_[k].tag) & kSpecial) return;
  }
}

bool NestingModel::Run(std::string* out) {
  const size_t size = html_.size();
  while (pos_ < size) {
    const void* lt = std::memchr(html_.data() + pos_, '<', size - pos_);
    if (lt == nullptr) break;
    size_t at = static_cast<const char*>(lt) - html_.data();
    pos_ = at + 1;
    if (pos_ < size && IsAsciiLetter(html_[pos_])) {
      TagName name = ReadTagName(html_, pos_);
      pos_ = name.end;
      StartTag(name, at);
    } else if (pos_ + 1 < size && html_[pos_] == '/' && IsAsciiLetter(html_[pos_ + 1])) {
      TagName name = ReadTagName(html_, pos_ + 1);
      pos_ = name.end;
      EndTag(name);
    }
  }
  if (!changed_) return false;
  *out = std::move(copy_);
  return true;
}

bool IsBlockForFlattening(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HR: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_DL: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
  // clang-format on
}

bool IsDroppedForFlattening(GumboTag tag) {
  // clang-format off
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_NAV:
      return true;
    default:
      return false;
  }
  // clang-format on
}

size_t SkipPast(std::string_view html, size_t pos, std::string_view token) {
  size_t found = html.find(token, pos);
  return found == std::string_view::npos ? html.size() : found + token.size();
}

}  // namespace

bool LimitHtmlNesting(std::string_view html, size_t max_depth, size_t max_formatting,
                      std::string* out) {
  NestingModel model(html, max_depth, max_formatting);
  return model.Run(out);
}

std::string FlattenHtml(std::string_view html) {
  std::string title;
  std::string body;
  body.reserve(html.size() / 2);
  size_t pos = 0;
  const size_t size = html.size();
  while (pos < size) {
    const void* lt = std::memchr(html.data() + pos, '<', size - pos);
    size_t at = lt == nullptr ? size : static_cast<const char*>(lt) - html.data();
    body.append(html.data() + pos, at - pos);
    if (at == size) break;
    pos = at + 1;
    if (html.substr(at, 4) == "<!--") {
      pos = SkipPast(html, at + 4, "-->");
    } else if (pos < size && IsAsciiLetter(html[pos])) {
      TagName name = ReadTagName(html, pos);
      pos = SkipPast(html, name.end, ">");
      if (name.tag == GUMBO_TAG_TITLE || IsDroppedForFlattening(name.tag)) {
        size_t content_end = SkipRawText(html, pos, name.tag);
        if (name.tag == GUMBO_TAG_TITLE && title.empty()) {
          title.assign(html.data() + pos, content_end - pos);
        }
        pos = content_end < size ? SkipPast(html, content_end, ">") : size;
      } else if (IsBlockForFlattening(name.tag)) {
        body += "<br>";
      }
    } else if (pos + 1 < size && html[pos] == '/' && IsAsciiLetter(html[pos + 1])) {
      TagName name = ReadTagName(html, pos + 1);
      pos = SkipPast(html, name.end, ">");
      if (IsBlockForFlattening(name.tag)) body += "<br>";
    } else if (pos < size && (html[pos] == '!' || html[pos] == '?' || html[pos] == '/')) {
      pos = SkipPast(html, pos, ">");
    } else {
      body += "&lt;";
    }
  }
  std::string flat;
  flat.reserve(title.size() + body.size() + 40);
  if (!title.empty()) {
    flat += "<title>";
    flat += title;
    flat += "</title>";
  }
  flat += "<body>";
  flat += body;
  return flat;
}

}  // namespace dyad::input
