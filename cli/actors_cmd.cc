// dyad actors INPUT...: one JSON line per actor mention.
#include <iostream>

#include <algorithm>
#include "commands.h"
#include "common.h"
#include "dyad/output.h"

namespace dyad::cli {
namespace {

int RunActors(const InputFlags& flags) {
  ReadOptions read_options;
  read_options.strict = flags.strict;
  if (!ParseDateFlag(flags.date, &read_options.default_date)) return 2;
  std::unique_ptr<Pipeline> pipeline = LoadPipeline();
  if (pipeline == nullptr) return 2;
  std::FILE* out = OpenOutput(flags.output);
  if (out == nullptr) return 2;

  Progress progress(flags.quiet);
  std::vector<Analysis> analyses(static_cast<size_t>(std::max(1, flags.threads)));
  std::vector<uint64_t> mentions(analyses.size(), 0);
  InputStats stats;
  absl::Status status = ProcessArticles(
      flags, read_options,
      [&](const Article& article, int thread, std::string* text, uint64_t* sentences) {
        Analysis& analysis = analyses[static_cast<size_t>(thread)];
        pipeline->Analyze(article, &analysis, /*full=*/false);  // actors need tags only
        for (const ActorMention& m : analysis.actors) AppendActorJson(article, analysis, m, text);
        mentions[static_cast<size_t>(thread)] += analysis.actors.size();
        *sentences = analysis.doc.sentences.size();
      },
      out, &progress, &stats);
  if (out != stdout) std::fclose(out);
  if (!status.ok() && flags.strict) {
    std::cerr << "dyad: stopped at the first problem (--strict); nothing written\n";
    return 1;
  }
  uint64_t total = 0;
  for (uint64_t m : mentions) total += m;
  if (!flags.quiet || flags.stats)
    progress.Summary(stats, "actors " + std::to_string(total), flags.stats);
  return status.ok() ? 0 : 1;
}

}  // namespace

void RegisterActors(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "actors", "Find the political actors in articles: one JSON line per mention");
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(cmd, flags.get());
  cmd->footer(
      "Each line: {\"article\", \"sentence\", \"code\", \"country\", \"role\", \"text\", "
      "\"span\", \"kind\", \"entry\", \"dict\"}.\nExample: dyad actors examples/articles.jsonl");
  cmd->callback([flags] { SetExitCode(RunActors(*flags)); });
}

}  // namespace dyad::cli
