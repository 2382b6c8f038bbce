// dyad: political event data from news. Each subcommand lives in its own
// file; this one only wires them together.
#include <CLI/CLI.hpp>

#include "commands.h"
#include "common.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: turns news articles into political event data (who did what to whom)"};
  app.set_version_flag("--version", "dyad 0.1.0");
  app.require_subcommand(1);
  app.add_option("--data", dyad::cli::DataFlag(),
                 "dyad's data folder (dictionaries); default: found next to the program");
  dyad::cli::RegisterActors(app);
  dyad::cli::RegisterExplain(app);
  dyad::cli::RegisterCode(app);
  dyad::cli::RegisterEval(app);
  dyad::cli::RegisterDict(app);
  dyad::cli::RegisterValidate(app);
  dyad::cli::RegisterIngest(app);
  dyad::cli::RegisterQuery(app);
  dyad::cli::RegisterServe(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return dyad::cli::ExitCode();
}
