// dyad code INPUT...: articles in, events out (JSON Lines).
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/events.h"
#include "dyad/output.h"

namespace dyad::cli {
namespace {

struct CodeFlags : InputFlags {
  bool all = false;
};

int RunCode(const CodeFlags& flags) {
  ReadOptions read_options;
  read_options.strict = flags.strict;
  if (!ParseDateFlag(flags.date, &read_options.default_date)) return 2;
  std::unique_ptr<Pipeline> pipeline = LoadPipeline();
  if (pipeline == nullptr) return 2;
  auto coder = EventCoder::Load(pipeline->data_dir(), [](const Problem& p) {
    std::cerr << "dyad: warning: " << p.ToString() << "\n";
  });
  if (!coder.ok()) {
    std::cerr << "dyad: " << coder.status().message() << "\n";
    return 2;
  }
  std::FILE* out = OpenOutput(flags.output);
  if (out == nullptr) return 2;
  Progress progress(flags.quiet);
  Analysis analysis;
  std::vector<Event> events;
  std::string buffer;
  uint64_t written = 0;
  InputStats stats;
  absl::Status status = ReadInputs(
      flags.inputs, read_options,
      [&](Article&& article) {
        pipeline->Analyze(article, &analysis);
        events.clear();
        (*coder)->Code(article, analysis, &events);
        uint32_t ordinal = 0, sentence = UINT32_MAX;
        for (const Event& e : events) {
          if (!flags.all && (e.negated || e.modality != Modality::kAsserted)) continue;
          ordinal = e.sentence == sentence ? ordinal + 1 : 0;
          sentence = e.sentence;
          AppendEventJson(article, analysis, e, ordinal, &buffer);
          ++written;
        }
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
  if (!flags.quiet || flags.stats) progress.Summary(stats, "events " + std::to_string(written), flags.stats);
  return status.ok() ? 0 : 1;
}

}  // namespace

void RegisterCode(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code articles into events (who did what to whom), JSON Lines");
  auto flags = std::make_shared<CodeFlags>();
  AddInputFlags(cmd, flags.get());
  cmd->add_flag("--all", flags->all, "Also write negated and not-asserted events, flagged");
  cmd->footer("Each line is one event; fields in docs/output.md.\nExample: dyad code examples/articles.jsonl");
  cmd->callback([flags] { SetExitCode(RunCode(*flags)); });
}

}  // namespace dyad::cli
