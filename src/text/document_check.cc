// FindDocumentProblem: see document_check.h.
#include "text/document_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/strings.h"

namespace dyad::text {

std::string FindDocumentProblem(const Document& doc) {
  const std::string_view text = doc.text;
  const auto& tokens = doc.tokens;
  const size_t n = tokens.size();
  size_t datelines = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (t.begin >= t.end) return util::Cat("token ", i, " is empty");
    if (t.end > text.size()) return util::Cat("token ", i, " ends past the text");
    if (i > 0 && tokens[i - 1].end > t.begin)
      return util::Cat("token ", i, " overlaps the one before");
    const std::string_view s = text.substr(t.begin, t.end - t.begin);
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        return util::Cat("token ", i, " contains white space");
      }
    }
    if (s.find("\xC2\xA0") != std::string_view::npos) {
      return util::Cat("token ", i, " contains a no-break space");
    }
    if (t.norm.empty()) return util::Cat("token ", i, " has an empty norm");
    if (t.lower.size() != t.norm.size())
      return util::Cat("token ", i, " has lower and norm of different sizes");
    if (t.Has(kDateline)) {
      if (datelines != i)
        return util::Cat("dateline token ", i, " does not belong to the opening dateline");
      ++datelines;
    }
  }
  if (n == 0) {
    if (!doc.sentences.empty()) return "sentences without tokens";
    return "";
  }
  if (datelines == n) return "only dateline tokens";
  if (doc.sentences.empty()) return "tokens but no sentences";
  uint32_t next = static_cast<uint32_t>(datelines);
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (s.token_begin != next)
      return util::Cat("sentence ", k, " does not start where the last one ended");
    if (s.token_end <= s.token_begin || s.token_end > n)
      return util::Cat("sentence ", k, " has a bad token range");
    if (s.begin != tokens[s.token_begin].begin || s.end != tokens[s.token_end - 1].end) {
      return util::Cat("sentence ", k, " span does not match its tokens");
    }
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (tokens[t].Has(kSentenceStart) != (t == s.token_begin)) {
        return util::Cat("token ", t, " has a wrong kSentenceStart flag");
      }
    }
    next = s.token_end;
  }
  if (next != n) return "the last sentence does not reach the last token";
  for (size_t i = 0; i < datelines; ++i) {
    if (tokens[i].Has(kSentenceStart)) return util::Cat("dateline token ", i, " starts a sentence");
  }
  return "";
}

}  // namespace dyad::text
