// What the words around a pattern say about an event: negation, modality,
// its date and whether it is history told as background.
#ifndef DYAD_EVENT_CONTEXT_H_
#define DYAD_EVENT_CONTEXT_H_

#include <optional>

#include "dyad/document.h"
#include "dyad/events.h"

namespace dyad::event {

// Sentence-wide facts.
struct SentenceContext {
  std::optional<Date> date;  // the date the sentence names, if any
  DatePrecision precision = DatePrecision::kArticle;
  bool historical = false;   // background history ("in the Korean War (1950-1953)")
};

// Reads the date expressions and history cues of a sentence against the
// publication date: "yesterday", "on Sunday", "on April 13", "last year",
// "in 2018", "(1950-1953)", "in the 21st century", "during his presidency".
// With an anchor, a relative clause set off by commas that does not hold
// it is not read: it tells of its own time ("Hamas, which seized Gaza in
// 2007, vowed ..." is not history for "vowed").
SentenceContext AnalyzeSentence(const Document& doc, const Sentence& sentence,
                                const std::optional<Date>& published, uint32_t anchor = UINT32_MAX);

struct Verdict {
  bool negated = false;
  Modality modality = Modality::kAsserted;
  bool would = false;        // "would" right before the act ("said it would release ...")
  bool conditional = false;  // "if" or "unless" in the sentence before the act
  bool threatened = false;   // governed by a threat: "threatened to strike", "warned that it would"
  bool agreed = false;       // governed by "agree": "agreed to halt the fighting"
  bool refused = false;      // governed by a verb of not doing: "refused to condemn", "stopped shelling"
};

// Negation and modality of the act anchored at token `anchor`: "did not
// attack", "made no comment", "refused to condemn", "may attack", "plans to
// visit", "threatened to strike", "urged X to", "if ...".
Verdict JudgeAnchor(const Document& doc, const Sentence& sentence, uint32_t anchor, bool noun);

// True when the verb at `verb` appeals to the actor after it: "called on
// Canada to ...", "pleaded with Seoul to ...". The one appealed to is the
// one who would do the act asked for.
bool AppealsTo(const Document& doc, uint32_t verb);

// Days since 1970-01-01 and back (proleptic Gregorian).
int64_t DaysFromCivil(const Date& d);
Date CivilFromDays(int64_t days);

}  // namespace dyad::event

#endif  // DYAD_EVENT_CONTEXT_H_
