// dyad explain "SENTENCE": how dyad reads one sentence: tokens, tags,
// chunks, every actor found with the dictionary line that gave it, the
// places named, and the events with their place.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/events.h"
#include "dyad/output.h"

namespace dyad::cli {
namespace {

struct ExplainFlags {
  std::string sentence;
  std::string date;
  std::string places;  // gazetteer file, "none", or "" to find it
  DictFlags dict;
};

// "Pyongyang (city of North Korea, PRK, 39.03385 125.75432)".
std::string DescribePlace(const Place& p) {
  char coords[64] = "no coordinates";
  if (p.has_coordinates) std::snprintf(coords, sizeof coords, "%.5f %.5f", p.lat, p.lon);
  return p.FullName() + " (" + std::string(PlaceKindName(p.kind)) + ", " +
         (p.country.empty() ? std::string("no country") : p.country) + ", " + coords + ")";
}

std::string_view ChunkName(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::kNP: return "NP";
    case ChunkKind::kVP: return "VP";
    case ChunkKind::kPP: return "PP";
    case ChunkKind::kADJP: return "ADJP";
    case ChunkKind::kADVP: return "ADVP";
  }
  return "?";
}

int RunExplain(const ExplainFlags& flags) {
  Article article;
  article.id = "explain";
  if (!ParseDateFlag(flags.date, &article.date)) return 2;
  if (!IsValidUtf8(flags.sentence)) {
    std::cerr << "dyad: the sentence is not valid UTF-8\n";
    return 2;
  }
  article.text = flags.sentence;
  std::unique_ptr<LegacySet> legacy;
  if (!flags.dict.paths.empty()) {
    legacy = LoadLegacy(flags.dict.paths, flags.dict.format, !flags.dict.no_builtin, /*quiet=*/false);
    if (legacy == nullptr) return 2;
  } else if (flags.dict.no_builtin) {
    std::cerr << "dyad: --no-builtin needs --dict\n";
    return 2;
  }
  std::unique_ptr<Pipeline> pipeline = LoadPipeline(legacy.get());
  if (pipeline == nullptr) return 2;
  std::shared_ptr<const Gazetteer> gazetteer = LoadGazetteer(flags.places, false, false);
  std::unique_ptr<EventCoder> coder = LoadEventCoder(*pipeline, legacy.get(), gazetteer);
  if (coder == nullptr) return 2;
  Analysis analysis;
  pipeline->Analyze(article, &analysis);
  if (legacy != nullptr) {
    legacy::MatchSpacedNames(legacy->converted, article.date, &analysis);
    legacy::ConvertAgents(legacy->converted, legacy->converted.settings, &analysis);
    legacy::DropCommaPhraseActors(legacy->converted.settings, &analysis);
  }
  const Document& doc = analysis.doc;
  std::vector<Event> events;
  std::vector<Rejection> rejections;
  coder->Code(article, analysis, &events, &rejections);
  // Events the legacy rules drop are listed, and said so.
  std::vector<Event> kept = events;
  if (legacy != nullptr && legacy::ApplyLegacyRules(legacy->converted, analysis, &kept) > 0) {
    for (const Event& e : events) {
      bool still = false;
      for (const Event& k : kept) still |= k.sentence == e.sentence && k.verb_begin == e.verb_begin;
      if (!still)
        rejections.push_back(Rejection{e.sentence, e.verb_begin, e.verb_end, e.pattern,
                                       "dropped by the legacy rules (a discard phrase, a phrase set off by "
                                       "commas, another event of the clause, a subordinate or dominant code, "
                                       "a short sentence)"});
    }
    events = std::move(kept);
  }

  std::printf("date: %s\n", article.date ? article.date->ToString().c_str()
                                         : "none (people get their latest office)");
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    std::printf("\nsentence %zu [%u, %u)\n", s, sentence.begin, sentence.end);
    std::printf("  %-4s %-22s %-6s %-16s %s\n", "#", "token", "tag", "lemma", "span");
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      std::printf("  %-4u %-22.*s %-6.*s %-16.*s [%u, %u)\n", t, static_cast<int>(tok.norm.size()),
                  tok.norm.data(), static_cast<int>(TagName(tok.tag).size()), TagName(tok.tag).data(),
                  static_cast<int>(tok.lemma.size()), tok.lemma.data(), tok.begin, tok.end);
    }
    std::printf("  chunks:");
    for (const Chunk& c : doc.chunks) {
      if (c.token_begin < sentence.token_begin || c.token_begin >= sentence.token_end) continue;
      const std::string_view text = doc.Slice(c.token_begin, c.token_end);
      std::printf(" [%.*s %.*s]", static_cast<int>(ChunkName(c.kind).size()), ChunkName(c.kind).data(),
                  static_cast<int>(text.size()), text.data());
    }
    std::printf("\n  actors:\n");
    bool any = false;
    for (const ActorMention& m : analysis.actors) {
      if (m.sentence != s) continue;
      any = true;
      const std::string_view text = doc.text.substr(m.begin, m.end - m.begin);
      // A name with a title and no country shows its role: the event coder
      // gives it the country a description would get.
      const std::string code = m.needs_country ? "?" + m.role : m.code;
      std::printf("    %-12s %-30.*s %s \"%.*s\" from %s", code.c_str(),
                  static_cast<int>(text.size()), text.data(), std::string(ActorKindName(m.kind)).c_str(),
                  static_cast<int>(m.entry.size()), m.entry.data(),
                  m.origin.file.empty() ? "no dictionary" : DescribeOrigin(m.origin, legacy.get()).c_str());
      if (m.role_origin.line != 0)
        std::printf(", role from %s", DescribeOrigin(m.role_origin, legacy.get()).c_str());
      if (m.needs_country && m.role.empty()) {
        std::printf(m.resolved_short ? " (short form of a person's name learned earlier in the article)"
                                     : " (a person's name no dictionary holds; the article's home country is theirs)");
      } else if (m.needs_country) {
        std::printf(m.resolved_short ? " (short form of a name learned earlier with its title)"
                                     : " (a name learned with its title; its country is the one a description gets)");
      } else if (m.learned) {
        std::printf(m.resolved_short ? " (short form of a name learned earlier in the article)"
                                     : " (a name learned in the article from the office or organisation written with it)");
      } else if (m.resolved_short) {
        std::printf(" (short form: of an earlier full name, or of the one person so named in office)");
      }
      std::printf("\n");
    }
    if (!any) std::printf("    (none)\n");
    std::printf("  places:\n");
    std::vector<PlaceMention> places;
    if (gazetteer != nullptr) FindPlaces(*gazetteer, analysis, static_cast<uint32_t>(s), &places);
    for (const PlaceMention& p : places) {
      const std::string_view text = doc.text.substr(p.begin, p.end - p.begin);
      std::printf("    %-30.*s %s%s\n", static_cast<int>(text.size()), text.data(), DescribePlace(p.place).c_str(),
                  p.locative ? "" : ", a destination (for visits only)");
    }
    if (places.empty()) std::printf("    %s\n", gazetteer == nullptr ? "(no gazetteer)" : "(none)");
    std::printf("  events:\n");
    any = false;
    for (const Event& e : events) {
      if (e.sentence != s) continue;
      any = true;
      const std::string_view verb = doc.text.substr(e.verb_begin, e.verb_end - e.verb_begin);
      std::printf("    %s -> %s  %s %s (Goldstein %.1f)%s%s%s, date %s (%s)\n", e.source.code.c_str(),
                  e.target.code.c_str(), e.cameo->code.c_str(), e.cameo->label.c_str(), e.cameo->goldstein,
                  e.negated ? ", NEGATED" : "",
                  e.modality != Modality::kAsserted ? (", " + std::string(ModalityName(e.modality))).c_str() : "",
                  e.historical ? ", HISTORICAL" : "", e.date ? e.date->ToString().c_str() : "none",
                  std::string(DatePrecisionName(e.date_precision)).c_str());
      std::printf("      on \"%.*s\" by pattern \"%.*s\" from %s\n", static_cast<int>(verb.size()),
                  verb.data(), static_cast<int>(e.pattern_text.size()), e.pattern_text.data(),
                  DescribeOrigin(e.pattern, legacy.get()).c_str());
      if (e.location) {
        const std::string_view where = doc.text.substr(e.location->begin, e.location->end - e.location->begin);
        std::printf("      at %s from \"%.*s\" [%u, %u)\n", DescribePlace(e.location->place).c_str(),
                    static_cast<int>(where.size()), where.data(), e.location->begin, e.location->end);
      }
    }
    for (const Rejection& r : rejections) {
      if (r.sentence != s) continue;
      any = true;
      const std::string_view verb = doc.text.substr(r.verb_begin, r.verb_end - r.verb_begin);
      std::printf("    not coded: \"%.*s\" (%s): %s\n", static_cast<int>(verb.size()), verb.data(),
                  DescribeOrigin(r.pattern, legacy.get()).c_str(), r.reason.c_str());
    }
    if (!any) std::printf("    (none)\n");
  }
  if (doc.sentences.empty()) std::printf("\n(no sentences)\n");
  return 0;
}

}  // namespace

void RegisterExplain(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "explain", "Show how dyad reads a sentence: tokens, tags, chunks, actors and events");
  auto flags = std::make_shared<ExplainFlags>();
  cmd->add_option("sentence", flags->sentence, "The sentence (or short text) to explain")
      ->required();
  cmd->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD): chooses the office each person held");
  cmd->add_option("--places", flags->places,
                  "Gazetteer file (default: the one built with dyad, or DYAD_PLACES); none: no places");
  AddDictFlags(cmd, &flags->dict);
  cmd->footer("Example: dyad explain \"Chinese president Xi Jinping met Kim Jong-Un.\" --date 2019-06-20");
  cmd->callback([flags] { SetExitCode(RunExplain(*flags)); });
}

}  // namespace dyad::cli
