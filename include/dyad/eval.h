// dyad/eval.h: scoring coded events against a gold file.
//
//   auto gold = dyad::ReadEventFile("dev.gold.jsonl", report);
//   auto pred = dyad::ReadEventFile("dev.pred.jsonl", report);
//   dyad::EvalReport r = dyad::Evaluate(*gold, *pred, country_codes);
//   std::cout << dyad::FormatReport(r);
//
// Gold files hold one article a line: {"id": "a", "events": [{"sentence": 2,
// "source": "CHNGOV", "target": "PRKGOV", "cameo": "042", "historical":
// false}]}. Predictions may be in the same form or be `dyad code` output
// (one event a line with "article", "source": {"code": ...}, ...).
//
// An event matches a gold event of the same article when source and target
// agree (by country code, or by the whole code for actors with no country)
// and the CAMEO code agrees at the level scored: root (two digits) or full
// code. Each gold event is matched at most once; precision, recall and F1
// are micro-averaged. Events are scored in three groups: current asserted
// events, historical ones, and flagged ones (negated or not asserted).
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dyad/article.h"
#include <functional>
#include <string_view>

namespace dyad {

// One event as the scorer sees it.
struct ScoredEvent {
  std::string article;
  int sentence = -1;  // -1 when not given
  std::string source;
  std::string target;
  std::string cameo;
  bool historical = false;
  bool flagged = false;  // negated, or modality other than "asserted"
};

// Reads a gold file or a predictions file (either form above). Bad lines
// go to `problems` and are skipped; a missing file is NotFound.
absl::StatusOr<std::vector<ScoredEvent>> ReadEventFile(const std::string& path,
                                                       const ProblemSink& problems);

struct Score {
  uint64_t gold = 0;
  uint64_t predicted = 0;
  uint64_t matched = 0;
  double Precision() const { return predicted ? double(matched) / predicted : 0; }
  double Recall() const { return gold ? double(matched) / gold : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Scores by group ("current", "historical", "flagged") and level ("root",
// "code").
struct EvalReport {
  std::map<std::string, std::map<std::string, Score>> groups;
};

// `is_country` tells whether a three-letter prefix is a country code.
EvalReport Evaluate(const std::vector<ScoredEvent>& gold, const std::vector<ScoredEvent>& predicted,
                    const std::function<bool(std::string_view)>& is_country);

// A table of the report, one line per group and level.
std::string FormatReport(const EvalReport& report);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
