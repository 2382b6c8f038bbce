#include "legacy/common.h"

#include "util/strings.h"

namespace dyad::legacy {

std::vector<Line> ReadLines(std::string_view text, CommentStyle style) {
  std::vector<Line> out;
  uint32_t number = 0;
  bool in_comment = false;  // inside a <!-- ... --> spanning lines
  for (std::string_view raw : util::Split(text, '\n')) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string body(raw);
    if (style == CommentStyle::kPetrarch) {
      // XML comments, possibly several on a line or across lines.
      std::string kept;
      size_t pos = 0;
      while (pos < body.size()) {
        if (in_comment) {
          const size_t end = body.find("-->", pos);
          if (end == std::string::npos) {
            pos = body.size();
          } else {
            in_comment = false;
            pos = end + 3;
          }
          continue;
        }
        const size_t start = body.find("<!--", pos);
        if (start == std::string::npos) {
          kept.append(body, pos, std::string::npos);
          break;
        }
        kept.append(body, pos, start - pos);
        in_comment = true;
        pos = start + 4;
      }
      body = kept;
      // PETRARCH also skips any line that starts "<!" ("<! -- ... -->").
      if (util::StripLeft(body).substr(0, 2) == "<!") body.clear();
      if (const size_t hash = body.find('#'); hash != std::string::npos) body.resize(hash);
      if (const size_t semi = body.find(';'); semi != std::string::npos) body.resize(semi);
    } else {
      const std::string_view left = util::StripLeft(body);
      if (left.substr(0, 2) == "~~") break;  // TABARI end-of-file mark
      if (!left.empty() && (left[0] == '#' || left[0] == '/')) continue;
      if (const size_t semi = body.find(';'); semi != std::string::npos) body.resize(semi);
    }
    const std::string_view trimmed = util::StripRight(body);
    if (util::StripLeft(trimmed).empty()) continue;
    Line line;
    line.number = number;
    line.raw = raw;
    line.text = std::string(trimmed);
    line.indented = !line.text.empty() && (line.text[0] == ' ' || line.text[0] == '\t');
    out.push_back(std::move(line));
  }
  return out;
}

void Reporter::operator()(uint32_t line, std::string reason) const {
  ++dict_->problems;
  if (sink_) sink_(Problem{dict_->files[file_], line, std::move(reason)});
}

int ParseLegacyDate(std::string_view text, std::string* error) {
  for (char c : text) {
    if (c < '0' || c > '9') {
      *error = util::Cat("date \"", text, "\" is not all digits");
      return 0;
    }
  }
  int year = 0, month = 0, day = 0;
  auto number = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  if (text.size() == 6) {
    year = number(0, 2);
    year += year <= 30 ? 2000 : 1900;
    month = number(2, 2);
    day = number(4, 2);
  } else if (text.size() == 8) {
    year = number(0, 4);
    month = number(4, 2);
    day = number(6, 2);
  } else {
    *error = util::Cat(text.size(), "-digit date \"", text, "\" (want YYMMDD or YYYYMMDD)");
    return 0;
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    *error = util::Cat("date \"", text, "\" is not a calendar date");
    return 0;
  }
  return year * 10000 + month * 100 + day;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : util::Strip(s)) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back(' ');
    blank = false;
    out.push_back(c);
  }
  return out;
}

bool IsSpecialCode(std::string_view code) { return code == "---" || code == "###" || code == "+++"; }

bool IsPlainCode(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

bool ParseCodeBlock(std::string_view inside, DatedCode* out, std::vector<std::string>* notes,
                    std::string* error) {
  const std::string squeezed = Squeeze(inside);
  bool spaced = squeezed != inside;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 1; i + 1 < squeezed.size() && !spaced; ++i) {
    if (squeezed[i] != ' ') continue;
    const char prev = squeezed[i - 1], next = squeezed[i + 1];
    spaced = prev == '<' || prev == '>' || (digit(prev) && next == '-') || (prev == '-' && digit(next));
  }
  if (spaced) notes->push_back(util::Cat("spaces inside brackets: [", inside, "]"));
  if (squeezed.empty()) {
    *error = "empty code block []";
    return false;
  }
  // "--- <950630" and "- - -" (the manual's spaced null code).
  std::string text = squeezed;
  if (text.rfind("- - -", 0) == 0) text = "---" + text.substr(5);
  const size_t space = text.find(' ');
  std::string code = text.substr(0, space);
  std::string restriction = space == std::string::npos ? "" : text.substr(space + 1);
  // A restriction glued to the code: "HOB<950601".
  if (const size_t lt = code.find_first_of("<>"); lt != std::string::npos && lt > 0) {
    restriction = code.substr(lt) + restriction;
    code.resize(lt);
  }
  if (!code.empty() && (code[0] >= '0' && code[0] <= '9') && code.size() >= 6 &&
      code.find_first_not_of("0123456789-") == std::string::npos) {
    *error = util::Cat("code block [", util::Strip(inside), "] has a date but no code");
    return false;
  }
  if (!code.empty() && (code[0] == '<' || code[0] == '>')) {
    *error = util::Cat("code block [", util::Strip(inside), "] has a date but no code");
    return false;
  }
  if (!IsSpecialCode(code)) {
    const std::string upper = Upper(code);
    if (upper != code) {
      notes->push_back(util::Cat("lower-case code \"", code, "\" read as \"", upper, "\""));
      code = upper;
    }
    for (std::string_view part : util::Split(code, '/')) {
      if (!IsPlainCode(part)) {
        *error = util::Cat("bad code \"", code, "\" (want letters and digits)");
        return false;
      }
    }
  }
  out->code = code;
  out->from = 0;
  out->to = 99999999;
  out->dated = false;
  if (restriction.empty()) return true;
  std::string r;
  for (char c : restriction)
    if (c != ' ') r.push_back(c);
  out->dated = true;
  std::string date_error;
  if (r[0] == '<' || r[0] == '>') {
    const int key = ParseLegacyDate(std::string_view(r).substr(1), &date_error);
    if (key == 0) {
      *error = date_error;
      return false;
    }
    if (r[0] == '<') out->to = key;
    else out->from = key;
    return true;
  }
  const size_t dash = r.find('-');
  if (dash == std::string::npos) {
    *error = util::Cat("date restriction \"", restriction, "\" (want <DATE, >DATE or DATE-DATE)");
    return false;
  }
  const int from = ParseLegacyDate(std::string_view(r).substr(0, dash), &date_error);
  if (from == 0) {
    *error = date_error;
    return false;
  }
  const int to = ParseLegacyDate(std::string_view(r).substr(dash + 1), &date_error);
  if (to == 0) {
    *error = date_error;
    return false;
  }
  if (from > to) {
    *error = util::Cat("date range \"", restriction, "\" ends before it starts");
    return false;
  }
  out->from = from;
  out->to = to;
  return true;
}

Bracketed SplitBrackets(std::string_view text) {
  Bracketed out;
  const size_t first = text.find('[');
  out.phrase = util::Strip(text.substr(0, first));
  if (first == std::string_view::npos) return out;
  size_t pos = first;
  while (pos < text.size()) {
    const size_t open = text.find('[', pos);
    if (open == std::string_view::npos) {
      out.rest = util::Strip(text.substr(pos));
      return out;
    }
    const std::string_view between = util::Strip(text.substr(pos, open - pos));
    if (!between.empty()) {
      out.rest = between;  // text between two blocks
    }
    const size_t close = text.find(']', open);
    if (close == std::string_view::npos) {
      out.unclosed = true;
      out.blocks.push_back(text.substr(open + 1));
      return out;
    }
    out.blocks.push_back(text.substr(open + 1, close - open - 1));
    pos = close + 1;
  }
  return out;
}

}  // namespace dyad::legacy
