// dyad actors INPUT...: one JSON line per actor mention.
#include <iostream>

#include "absl/strings/str_cat.h"
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
  Analysis analysis;
  std::string buffer;
  uint64_t mentions = 0;
  InputStats stats;
  absl::Status status = ReadInputs(
      flags.inputs, read_options,
      [&](Article&& article) {
        pipeline->Analyze(article, &analysis);
        for (const ActorMention& m : analysis.actors) AppendActorJson(article, analysis, m, &buffer);
        mentions += analysis.actors.size();
        // Under --strict nothing is written until every input has been read.
        if (!flags.strict && buffer.size() > (1 << 16)) {
          std::fwrite(buffer.data(), 1, buffer.size(), out);
          buffer.clear();
        }
        progress.Article(analysis.doc.sentences.size());
        return true;
      },
      [](const Problem& p) { std::cerr << p.ToString() << "\n"; }, &stats);
  if (!status.ok() && flags.strict) {
    std::cerr << "dyad: " << status.message() << "\n";
    if (out != stdout) std::fclose(out);
    return 1;
  }
  std::fwrite(buffer.data(), 1, buffer.size(), out);
  if (out != stdout) std::fclose(out);
  else std::fflush(out);
  if (!flags.quiet || flags.stats)
    progress.Summary(stats, absl::StrCat("actors ", mentions), flags.stats);
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
