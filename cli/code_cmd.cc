// dyad code INPUT...: articles in, events out (JSON Lines, or GDELT 2.0's
// event table as TSV or CSV).
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/events.h"
#include "dyad/output.h"

namespace dyad::cli {
namespace {

struct CodeFlags : InputFlags {
  bool all = false;
  std::string format = "jsonl";  // jsonl, tsv or csv
  bool header = false;           // a header row (always for csv)
  std::string places;            // gazetteer file, "none", or "" to find it
  DictFlags dict;
};

int RunCode(const CodeFlags& flags) {
  ReadOptions read_options;
  read_options.strict = flags.strict;
  if (!ParseDateFlag(flags.date, &read_options.default_date)) return 2;
  std::unique_ptr<LegacySet> legacy;
  if (!flags.dict.paths.empty()) {
    legacy = LoadLegacy(flags.dict.paths, flags.dict.format, !flags.dict.no_builtin, flags.quiet);
    if (legacy == nullptr) return 2;
  } else if (flags.dict.no_builtin) {
    std::cerr << "dyad: --no-builtin needs --dict\n";
    return 2;
  }
  std::unique_ptr<Pipeline> pipeline = LoadPipeline(legacy.get());
  if (pipeline == nullptr) return 2;
  std::unique_ptr<EventCoder> coder =
      LoadEventCoder(*pipeline, legacy.get(), LoadGazetteer(flags.places, flags.quiet, flags.stats));
  if (coder == nullptr) return 2;
  const bool table = flags.format != "jsonl";
  const TableFormat table_format = flags.format == "csv" ? TableFormat::kCsv : TableFormat::kTsv;
  std::FILE* out = OpenOutput(flags.output);
  if (out == nullptr) return 2;
  std::string header;
  if (table && (flags.header || table_format == TableFormat::kCsv)) AppendEventTableHeader(table_format, &header);
  Progress progress(flags.quiet);
  const size_t threads = static_cast<size_t>(std::max(1, flags.threads));
  std::vector<Analysis> analyses(threads);
  std::vector<std::vector<Event>> events(threads);
  std::vector<uint64_t> counts(threads, 0);
  InputStats stats;
  absl::Status status = ProcessArticles(
      flags, read_options,
      [&](const Article& article, int thread, std::string* text, uint64_t* sentences) {
        Analysis& analysis = analyses[static_cast<size_t>(thread)];
        std::vector<Event>& found = events[static_cast<size_t>(thread)];
        pipeline->Analyze(article, &analysis);
        if (legacy != nullptr) {
          legacy::MatchSpacedNames(legacy->converted, article.date, &analysis);
          legacy::ConvertAgents(legacy->converted, legacy->converted.settings, &analysis);
          legacy::DropCommaPhraseActors(legacy->converted.settings, &analysis);
        }
        found.clear();
        coder->Code(article, analysis, &found);
        if (legacy != nullptr) legacy::ApplyLegacyRules(legacy->converted, analysis, &found);
        uint32_t ordinal = 0, sentence = UINT32_MAX;
        for (const Event& e : found) {
          if (!flags.all && (e.negated || e.modality != Modality::kAsserted)) continue;
          ordinal = e.sentence == sentence ? ordinal + 1 : 0;
          sentence = e.sentence;
          if (table) AppendEventRow(article, analysis, e, ordinal, table_format, text);
          else AppendEventJson(article, analysis, e, ordinal, text);
          ++counts[static_cast<size_t>(thread)];
        }
        *sentences = analysis.doc.sentences.size();
      },
      out, &progress, &stats, header);
  if (out != stdout) std::fclose(out);
  if (!status.ok() && flags.strict) {
    std::cerr << "dyad: stopped at the first problem (--strict); nothing written\n";
    return 1;
  }
  uint64_t written = 0;
  for (uint64_t c : counts) written += c;
  if (!flags.quiet || flags.stats) progress.Summary(stats, "events " + std::to_string(written), flags.stats);
  return status.ok() ? 0 : 1;
}

}  // namespace

void RegisterCode(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code articles into events (who did what to whom): JSON Lines, TSV or CSV");
  auto flags = std::make_shared<CodeFlags>();
  AddInputFlags(cmd, flags.get());
  cmd->add_flag("--all", flags->all, "Also write negated and not-asserted events, flagged");
  cmd->add_option("--format", flags->format,
                  "jsonl (default), or tsv / csv: GDELT 2.0 event-table columns")
      ->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  cmd->add_flag("--header", flags->header, "With --format tsv, a first row of column names (csv always has one)");
  cmd->add_option("--places", flags->places,
                  "Gazetteer file (default: the one built with dyad, or DYAD_PLACES); none: no places");
  AddDictFlags(cmd, &flags->dict);
  cmd->footer(
      "Each line is one event; fields and columns in docs/output.md, places in docs/places.md.\n"
      "Example: dyad code examples/articles.jsonl --format csv -o events.csv");
  cmd->callback([flags] { SetExitCode(RunCode(*flags)); });
}

}  // namespace dyad::cli
