// dyad eval GOLD PRED: precision, recall and F1 of coded events.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/actors.h"
#include "dyad/eval.h"

namespace dyad::cli {
namespace {

struct EvalFlags {
  std::string gold;
  std::string predicted;
};

int RunEval(const EvalFlags& flags) {
  auto data_dir = FindDataDir(DataFlag());
  if (!data_dir.ok()) {
    std::cerr << "dyad: " << data_dir.status().message() << "\n";
    return 2;
  }
  // The actor dictionary says which code prefixes are countries.
  auto actors = ActorDictionary::Load((std::filesystem::path(*data_dir) / "actors").string(), nullptr);
  if (!actors.ok()) {
    std::cerr << "dyad: " << actors.status().message() << "\n";
    return 2;
  }
  uint64_t problems = 0;
  auto report = [&](const Problem& p) {
    ++problems;
    std::cerr << p.ToString() << "\n";
  };
  auto gold = ReadEventFile(flags.gold, report);
  auto predicted = ReadEventFile(flags.predicted, report);
  for (const auto* r : {&gold, &predicted}) {
    if (!r->ok()) {
      std::cerr << "dyad: " << r->status().message() << "\n";
      return 2;
    }
  }
  const ActorDictionary& dict = **actors;
  EvalReport result =
      Evaluate(*gold, *predicted, [&](std::string_view code) { return dict.IsCountry(code); });
  std::cout << FormatReport(result);
  if (problems > 0) std::cerr << "dyad: " << problems << " lines skipped\n";
  return 0;
}

}  // namespace

void RegisterEval(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "Score coded events against a gold file: precision, recall, F1");
  auto flags = std::make_shared<EvalFlags>();
  cmd->add_option("gold", flags->gold, "Gold file: one article a line, {\"id\", \"events\": [...]}")
      ->required();
  cmd->add_option("predicted", flags->predicted,
                  "Coded events: `dyad code` output, or the gold format")
      ->required();
  cmd->footer(
      "Events match when article, source and target (by country, or whole code without one) and\n"
      "CAMEO code (root or full) agree. Current, historical and flagged (negated or not asserted)\n"
      "events are scored apart.");
  cmd->callback([flags] { SetExitCode(RunEval(*flags)); });
}

}  // namespace dyad::cli
