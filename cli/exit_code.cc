#include "commands.h"

namespace dyad::cli {
namespace {
int exit_code = 0;
}  // namespace

int ExitCode() { return exit_code; }
void SetExitCode(int code) { exit_code = code; }

}  // namespace dyad::cli
