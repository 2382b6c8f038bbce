// Scoring of coded events against gold events (dyad/eval.h).
#include "dyad/eval.h"

#include <simdjson.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "util/strings.h"

namespace dyad {
namespace {

std::string StringField(simdjson::dom::object o, const char* key) {
  std::string_view s;
  if (o[key].get_string().get(s)) return "";
  return std::string(s);
}

// An actor is either a code string or an object with "code".
std::string ActorField(simdjson::dom::object o, const char* key) {
  simdjson::dom::element e;
  if (o[key].get(e)) return "";
  std::string_view s;
  if (!e.get_string().get(s)) return std::string(s);
  simdjson::dom::object inner;
  if (!e.get_object().get(inner)) return StringField(inner, "code");
  return "";
}

bool BoolField(simdjson::dom::object o, const char* key) {
  bool b = false;
  return !o[key].get_bool().get(b) && b;
}

ScoredEvent FromObject(simdjson::dom::object o, const std::string& article) {
  ScoredEvent e;
  e.article = article;
  int64_t sentence = -1;
  if (!o["sentence"].get_int64().get(sentence)) e.sentence = static_cast<int>(sentence);
  e.source = ActorField(o, "source");
  e.target = ActorField(o, "target");
  e.cameo = StringField(o, "cameo");
  e.historical = BoolField(o, "historical");
  const std::string modality = StringField(o, "modality");
  e.flagged = BoolField(o, "negated") || (!modality.empty() && modality != "asserted");
  return e;
}

std::string_view Root(std::string_view cameo) { return cameo.substr(0, 2); }

std::string_view Group(const ScoredEvent& e) {
  if (e.flagged) return "flagged";
  if (e.historical) return "historical";
  return "current";
}

}  // namespace

absl::StatusOr<std::vector<ScoredEvent>> ReadEventFile(const std::string& path,
                                                       const ProblemSink& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(util::Cat(path, ": cannot open"));
  std::vector<ScoredEvent> events;
  simdjson::dom::parser parser;
  std::string line;
  uint64_t line_no = 0;
  auto report = [&](std::string reason) {
    if (problems) problems(Problem{path, line_no, std::move(reason)});
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (util::Strip(line).empty()) continue;
    simdjson::dom::element doc;
    if (auto error = parser.parse(line).get(doc)) {
      report(util::Cat("invalid JSON: ", simdjson::error_message(error)));
      continue;
    }
    simdjson::dom::object o;
    if (doc.get_object().get(o)) {
      report("not a JSON object");
      continue;
    }
    simdjson::dom::array list;
    if (!o["events"].get_array().get(list)) {
      // Gold form: one article with its events.
      const std::string article = StringField(o, "id");
      if (article.empty()) {
        report("gold line without \"id\"");
        continue;
      }
      for (simdjson::dom::element item : list) {
        simdjson::dom::object event;
        if (item.get_object().get(event)) {
          report("an event that is not an object");
          continue;
        }
        events.push_back(FromObject(event, article));
      }
      continue;
    }
    // Prediction form: one event a line.
    const std::string article = StringField(o, "article");
    ScoredEvent e = FromObject(o, article);
    if (article.empty() || e.source.empty() || e.target.empty() || e.cameo.empty()) {
      report("event without article, source, target or cameo");
      continue;
    }
    events.push_back(std::move(e));
  }
  return events;
}

EvalReport Evaluate(const std::vector<ScoredEvent>& gold, const std::vector<ScoredEvent>& predicted,
                    const std::function<bool(std::string_view)>& is_country) {
  auto actor_key = [&](const std::string& code) {
    if (code.size() >= 3 && is_country(std::string_view(code).substr(0, 3))) return code.substr(0, 3);
    return code;
  };
  EvalReport report;
  for (const char* level : {"root", "code"}) {
    const bool root = std::string_view(level) == "root";
    // Unmatched gold events by (article, group, source, target, cameo-at-level).
    std::map<std::string, int> open;
    auto key = [&](const ScoredEvent& e) {
      return util::Cat(e.article, "\t", Group(e), "\t", actor_key(e.source), "\t", actor_key(e.target),
                       "\t", root ? Root(e.cameo) : std::string_view(e.cameo));
    };
    for (const ScoredEvent& g : gold) {
      ++open[key(g)];
      ++report.groups[std::string(Group(g))][level].gold;
    }
    for (const ScoredEvent& p : predicted) {
      Score& score = report.groups[std::string(Group(p))][level];
      ++score.predicted;
      auto it = open.find(key(p));
      if (it != open.end() && it->second > 0) {
        --it->second;
        ++score.matched;
      }
    }
  }
  return report;
}

std::string FormatReport(const EvalReport& report) {
  std::string out = "group       level  gold  predicted  matched  precision  recall     F1\n";
  for (const char* group : {"current", "historical", "flagged"}) {
    auto g = report.groups.find(group);
    if (g == report.groups.end()) continue;
    for (const char* level : {"root", "code"}) {
      auto s = g->second.find(level);
      if (s == g->second.end()) continue;
      char line[160];
      std::snprintf(line, sizeof line, "%-11s %-5s %5llu %10llu %8llu %10.3f %7.3f %6.3f\n", group, level,
                    static_cast<unsigned long long>(s->second.gold),
                    static_cast<unsigned long long>(s->second.predicted),
                    static_cast<unsigned long long>(s->second.matched), s->second.Precision(),
                    s->second.Recall(), s->second.F1());
      out += line;
    }
  }
  return out;
}

}  // namespace dyad
