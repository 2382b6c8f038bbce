// The subcommands. Each Register function adds one to the app; its callback
// stores the exit status returned by ExitCode().
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dyad::cli {

void RegisterActors(CLI::App& app);
void RegisterExplain(CLI::App& app);
void RegisterEval(CLI::App& app);
void RegisterCode(CLI::App& app);
void RegisterDict(CLI::App& app);
void RegisterValidate(CLI::App& app);
void RegisterIngest(CLI::App& app);
void RegisterQuery(CLI::App& app);
void RegisterServe(CLI::App& app);

int ExitCode();
void SetExitCode(int code);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
