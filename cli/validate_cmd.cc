// dyad validate FILE: runs a TABARI or PETRARCH validation suite: codes each
// record's text with the suite's dictionaries (or --dict) and prints, per
// record, PASS or FAIL with the expected and found events, then a total.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "common.h"
#include "dyad/legacy.h"

namespace dyad::cli {
namespace {

struct ValidateFlags {
  std::string file;
  DictFlags dict;
  bool builtin = false;
  bool failures = false;  // print failing records only
  bool quiet = false;     // print the total only
};

std::string List(const std::vector<legacy::ExpectedEvent>& events) {
  if (events.empty()) return "none";
  std::string out;
  for (const auto& e : events) out += (out.empty() ? "" : " ") + e.source + "/" + e.target + "/" + e.code;
  return out;
}

int RunValidate(const ValidateFlags& flags) {
  auto suite = legacy::ReadSuite(flags.file, [](const Problem& p) {
    std::cerr << "dyad: warning: " << p.ToString() << "\n";
  });
  if (!suite.ok()) {
    std::cerr << "dyad: " << suite.status().message() << "\n";
    return 2;
  }
  const std::vector<std::string>& paths = flags.dict.paths.empty() ? suite->dictionaries : flags.dict.paths;
  if (paths.empty()) {
    std::cerr << "dyad: " << flags.file << " names no dictionaries; give them with --dict\n";
    return 2;
  }
  std::unique_ptr<LegacySet> legacy = LoadLegacy(paths, flags.dict.format, flags.builtin, flags.quiet);
  if (legacy == nullptr) return 2;
  std::unique_ptr<Pipeline> pipeline = LoadPipeline(legacy.get());
  if (pipeline == nullptr) return 2;
  std::unique_ptr<EventCoder> coder = LoadEventCoder(*pipeline, legacy.get());
  if (coder == nullptr) return 2;
  const std::vector<legacy::RecordResult> results = legacy::RunSuite(*suite, *pipeline, *coder, &legacy->converted);
  size_t passed = 0, checked = 0, skipped = 0;
  for (const legacy::RecordResult& r : results) {
    const legacy::SuiteRecord& record = *r.record;
    if (r.skipped) {
      ++skipped;
      if (!flags.quiet && !flags.failures)
        std::printf("SKIP %s  %s\n", record.id.c_str(),
                    record.option_record ? ("option record: " + record.note).c_str() : record.note.c_str());
      continue;
    }
    ++checked;
    passed += r.passed;
    if (flags.quiet || (flags.failures && r.passed)) continue;
    std::string expected = record.expect_none && record.expected.empty() ? "none" : List(record.expected);
    if (record.only_listed) expected += " (and possibly more)";
    if (r.passed) {
      std::printf("PASS %s  %s\n", record.id.c_str(), expected.c_str());
    } else {
      std::printf("FAIL %s  expected %s  found %s\n", record.id.c_str(), expected.c_str(), List(r.found).c_str());
    }
  }
  std::printf("passed %zu of %zu records checked (%.1f%%), %zu skipped: %s\n", passed, checked,
              checked > 0 ? 100.0 * static_cast<double>(passed) / static_cast<double>(checked) : 0.0, skipped,
              flags.file.c_str());
  return 0;
}

}  // namespace

void RegisterValidate(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate", "Run a TABARI or PETRARCH validation suite: PASS/FAIL per record");
  auto flags = std::make_shared<ValidateFlags>();
  cmd->add_option("file", flags->file,
                  "A TABARI annotated text file (Validate.text) or a PETRARCH XML unit-test file")
      ->required();
  AddDictFlags(cmd, &flags->dict, /*builtin_flag=*/false);
  cmd->add_flag("--builtin", flags->builtin, "Also use dyad's built-in actors and patterns");
  cmd->add_flag("--failures", flags->failures, "Print failing records only");
  cmd->add_flag("-q,--quiet", flags->quiet, "Print the total only");
  cmd->footer(
      "The dictionaries are those the suite names (the TABARI .project beside the text file, or the\n"
      "XML's <Environment>), unless --dict is given. TABARI suites are read from START-00 to FINAL-01.\n"
      "Example: dyad validate ../shared/peers/tabari/Validate.text --failures");
  cmd->callback([flags] { SetExitCode(RunValidate(*flags)); });
}

}  // namespace dyad::cli
