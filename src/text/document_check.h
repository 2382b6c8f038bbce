// A checker for the promises dyad::Tokenize makes about a Document, for
// tests and the fuzz target (it is not used on the hot path).
//
//   std::string problem = dyad::text::FindDocumentProblem(doc);
//   if (!problem.empty()) Fail(problem);
#ifndef DYAD_TEXT_DOCUMENT_CHECK_H_
#define DYAD_TEXT_DOCUMENT_CHECK_H_

#include <string>

#include "dyad/document.h"

namespace dyad::text {

// Returns "" when `doc` (just filled by Tokenize) keeps every promise:
// token spans inside doc.text, ordered, not overlapping, non-empty and
// free of white space; norm and lower non-empty, lower as long as norm;
// dateline tokens form a prefix; sentences cover every other token exactly
// once, in order, with spans matching their tokens and kSentenceStart on
// exactly their first tokens. Otherwise describes the first broken promise.
std::string FindDocumentProblem(const Document& doc);

}  // namespace dyad::text

#endif  // DYAD_TEXT_DOCUMENT_CHECK_H_
