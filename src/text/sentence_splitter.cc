// The second pass of dyad::Tokenize: finds an opening dateline, then
// decides before each token whether a new sentence starts there. The
// decision looks at the token itself, the space before it (TokenInfo::gap)
// and a small state: whether the sentence so far ends in terminal
// punctuation (possibly followed by closing quotes or brackets).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/token_info.h"

namespace dyad::text {

namespace {

// A dateline spans at most this many tokens before its dash and this
// many bytes.
constexpr size_t kDatelineMaxTokens = 20;
constexpr uint32_t kDatelineMaxBytes = 120;
// A wiki heading's closing marker is at most this many tokens after its
// opening one.
constexpr size_t kHeadingMaxTokens = 30;

// Could `t` be the first token of a sentence that follows a full stop?
bool CanOpenSentence(const Token& t, const TokenInfo& info) {
  switch (info.role) {
    case Role::kOpenQuote:
    case Role::kOpenBracket:
    case Role::kBullet:
    case Role::kCurrency:
      return true;
    default:
      break;
  }
  // A dash at the start of a line may begin a list item.
  if (info.role == Role::kDash && info.gap == Gap::kNewline) return true;
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return false;
  return t.Has(kCapitalized) ||
         (!t.norm.empty() && IsAsciiDigit(static_cast<unsigned char>(t.norm[0])));
}

// A capitalised word that typically opens a sentence ("The", "However").
bool IsOpener(const Token& t) {
  return t.kind == TokenKind::kWord && t.Has(kCapitalized) && IsSentenceOpener(t.norm);
}

// The index of the marker that closes a wiki heading opened by the marker
// at `open` ("==Reactions=="): the next marker on the same line, within
// kHeadingMaxTokens and with at least one token between; 0 when there is none.
size_t HeadingClose(const std::vector<TokenInfo>& info, size_t open) {
  const size_t last = std::min(info.size() - 1, open + kHeadingMaxTokens);
  for (size_t j = open + 1; j <= last; ++j) {
    if (info[j].gap == Gap::kNewline || info[j].gap == Gap::kBlankLine) return 0;
    if (info[j].role == Role::kHeading) return j > open + 1 ? j : 0;
  }
  return 0;
}

// Does a bullet within a line ("... the deal: * Total budget") open a list
// item? Only before something an item can start with, and not after another
// bullet ("* * item" is one item).
bool OpensInlineItem(const std::vector<Token>& tokens, const std::vector<TokenInfo>& info,
                     size_t i) {
  if (info[i].gap != Gap::kSpace || info[i - 1].role == Role::kBullet || i + 1 >= tokens.size()) {
    return false;
  }
  const Token& next = tokens[i + 1];
  const Role role = info[i + 1].role;
  return next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber ||
         role == Role::kOpenQuote || role == Role::kOpenBracket || role == Role::kCurrency;
}

// May a line that ends with a token of this role be a headline?
bool LineMayEnd(Role role) {
  switch (role) {
    case Role::kJoiner:
    case Role::kDash:
    case Role::kOpenBracket:
    case Role::kOpenQuote:
    case Role::kAbbrevInner:
      return false;
    default:
      return true;
  }
}

// The number of tokens of an opening dateline ("SEOUL, April 14 (Reuters) -",
// "WASHINGTON (AP) —", "Kabul, Afghanistan (CNN) --"), including its dash;
// 0 when the text does not open with one. The place before the first comma
// or bracket must be in capitals unless an agency in brackets follows;
// what comes after it may hold capitalised words, numbers and commas.
size_t DatelineLength(const std::vector<Token>& tokens, const std::vector<TokenInfo>& info) {
  const size_t n = tokens.size();
  size_t dash = 0;
  for (size_t i = 1; i < n && i <= kDatelineMaxTokens; ++i) {
    if (info[i].gap == Gap::kNewline || info[i].gap == Gap::kBlankLine) return 0;
    if (info[i].role == Role::kDash) {
      dash = i;
      break;
    }
  }
  if (dash == 0 || dash + 1 >= n) return 0;
  if (tokens[dash].end - tokens[0].begin > kDatelineMaxBytes) return 0;
  if (tokens[0].kind != TokenKind::kWord || !tokens[0].Has(kCapitalized)) return 0;

  bool place_in_capitals = true;
  bool in_place = true;  // before the first comma or bracket
  bool agency = false;   // a bracketed part was seen
  bool in_brackets = false;
  for (size_t i = 0; i < dash; ++i) {
    const Token& t = tokens[i];
    const Role role = info[i].role;
    if (role == Role::kOpenBracket) {
      if (in_brackets || t.norm != "(") return 0;
      in_brackets = true;
      in_place = false;
      continue;
    }
    if (role == Role::kCloseBracket) {
      if (!in_brackets || t.norm != ")") return 0;
      in_brackets = false;
      agency = true;
      continue;
    }
    if (in_brackets) {
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.norm == "/" ||
          t.norm == ",") {
        continue;
      }
      return 0;
    }
    if (t.norm == ",") {
      if (i == 0) return 0;
      in_place = false;
      continue;
    }
    if (t.kind == TokenKind::kWord) {
      if (!t.Has(kCapitalized)) return 0;
      if (in_place && !t.Has(kAllCaps)) place_in_capitals = false;
      continue;
    }
    if (t.kind == TokenKind::kNumber && !in_place) continue;
    return 0;
  }
  if (in_brackets) return 0;
  if (!place_in_capitals && !agency) return 0;
  return dash + 1;
}

}  // namespace

void SplitSentences(const std::vector<TokenInfo>& info, Document* doc) {
  std::vector<Token>& tokens = doc->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0) return;

  const uint32_t first = static_cast<uint32_t>(DatelineLength(tokens, info));
  for (uint32_t i = 0; i < first; ++i) tokens[i].flags |= kDateline;

  auto add = [&](uint32_t begin, uint32_t end) {
    Sentence s;
    s.begin = tokens[begin].begin;
    s.end = tokens[end - 1].end;
    s.token_begin = begin;
    s.token_end = end;
    doc->sentences.push_back(s);
    tokens[begin].flags |= kSentenceStart;
  };

  // What the sentence so far ends with.
  enum class Ending { kOpen, kStrong, kWeak };
  Ending ending = Ending::kOpen;
  uint32_t start = first;
  for (uint32_t i = first; i < n; ++i) {
    const TokenInfo& ti = info[i];
    if (ti.role >= Role::kBullet) {
      // List items, wiki headings and tables: rare, so kept off the path
      // that every other token takes.
      if (ti.role == Role::kHeading) {
        const size_t close = HeadingClose(info, i);
        if (close != 0) {  // the heading, markers included, is a sentence
          if (i > start) add(start, i);
          add(i, static_cast<uint32_t>(close + 1));
          start = static_cast<uint32_t>(close + 1);
          i = start - 1;
          ending = Ending::kOpen;
          continue;
        }
      }
      if (i > start) {
        bool boundary;
        if (ti.gap == Gap::kBlankLine) {
          boundary = true;
        } else if (ti.role == Role::kTableMark) {
          boundary = info[i - 1].role != Role::kTableMark;  // a cell, a row, a table
        } else if (ti.role == Role::kBullet) {
          // A list item, at a line break, after a full stop or within a line.
          boundary = ti.gap == Gap::kNewline || ending == Ending::kStrong ||
                     OpensInlineItem(tokens, info, i);
        } else {  // a heading marker without a partner, as any symbol
          boundary = ending == Ending::kStrong && ti.gap == Gap::kNewline;
        }
        if (boundary) {
          add(start, i);
          start = i;
        }
      }
      ending = Ending::kOpen;
      if (ti.role == Role::kTableMark && tokens[i].norm == "|}") {  // the prose after a table
        add(start, i + 1);
        start = i + 1;
      }
      continue;
    }
    if (i > start) {
      bool boundary = false;
      if (ti.gap == Gap::kBlankLine) {
        boundary = true;
      } else if (ending == Ending::kStrong) {
        // A line that ends in terminal punctuation ends its sentence, unless
        // the next line goes on with punctuation.
        boundary = CanOpenSentence(tokens[i], ti) ||
                   (ti.gap == Gap::kNewline &&
                    (tokens[i].kind == TokenKind::kWord || tokens[i].kind == TokenKind::kSymbol));
      } else if (ending == Ending::kWeak) {
        boundary =
            IsOpener(tokens[i]) || (ti.gap == Gap::kNewline && CanOpenSentence(tokens[i], ti));
      } else if (ti.gap == Gap::kNewline) {
        boundary =
            ti.short_line_before && LineMayEnd(info[i - 1].role) && CanOpenSentence(tokens[i], ti);
      }
      if (boundary) {
        add(start, i);
        start = i;
        ending = Ending::kOpen;
      }
    }
    switch (ti.role) {
      case Role::kTerminal:
        ending = Ending::kStrong;
        break;
      case Role::kEllipsis:
      case Role::kAbbrevFinal:
        ending = Ending::kWeak;
        break;
      case Role::kCloseQuote:
      case Role::kCloseBracket:
        break;  // "... end." ) and "... end.” keep the ending
      default:
        ending = Ending::kOpen;
        break;
    }
  }
  if (start < n) add(start, n);
}

}  // namespace dyad::text
