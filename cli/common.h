// Shared glue of the dyad subcommands: loading the pipeline, reading
// inputs with problems on standard error, progress and the summary line.
#ifndef DYAD_CLI_COMMON_H_
#define DYAD_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <chrono>
#include <functional>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "dyad/events.h"
#include "dyad/input.h"
#include "dyad/legacy.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"

namespace dyad::cli {

class Progress;

// Options every command that reads articles shares.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string date;  // YYYY-MM-DD for inputs without one
  bool strict = false;
  bool quiet = false;  // no progress, no summary
  bool stats = false;  // a fuller summary
  std::string output;  // "" or "-": standard output
  int threads = 1;     // worker threads
};

// Reads every input and runs `work` on each article, on flags.threads
// threads, writing what it returns to `out` in input order (through an
// in-memory buffer that is flushed every batch, or only at the end under
// --strict). `work` is called concurrently from several threads with a
// per-thread index in [0, threads); it must only use per-thread state.
// Returns the reader's status; stats and progress are filled in.
// `preamble` (a header row, say) is written first, under the same rule.
using ArticleWork = std::function<void(const Article&, int thread, std::string* out, uint64_t* sentences)>;
absl::Status ProcessArticles(const InputFlags& flags, const ReadOptions& read_options,
                             const ArticleWork& work, std::FILE* out, Progress* progress,
                             InputStats* stats, const std::string& preamble = "");

// Adds INPUT..., --date, --strict, --quiet, --stats and -o to `cmd`.
void AddInputFlags(CLI::App* cmd, InputFlags* flags);

// The global --data flag.
std::string& DataFlag();

// --dict PATH... (legacy or dyad-format dictionaries), --dict-format and
// --no-builtin, shared by code, explain and validate.
struct DictFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  bool no_builtin = false;
};
void AddDictFlags(CLI::App* cmd, DictFlags* flags, bool builtin_flag = true);

// Dictionaries given with --dict, read and converted into dyad's formats.
struct LegacySet {
  legacy::Dictionary dict;
  legacy::Converted converted;
  bool builtin = true;  // the built-in dictionaries are used too
};

// Reads and converts `paths` (in `format`). Legacy problems are counted,
// not printed (`dyad dict check` lists them); a summary line goes to standard
// error unless quiet. Returns null after printing the error.
std::unique_ptr<LegacySet> LoadLegacy(const std::vector<std::string>& paths, const std::string& format,
                                      bool builtin, bool quiet);

// Loads the pipeline, printing dictionary problems as warnings, with the
// actors of `legacy` added (or alone, when legacy->builtin is false).
// Returns null after printing the error.
std::unique_ptr<Pipeline> LoadPipeline(const LegacySet* legacy = nullptr);

// Loads the event coder from the pipeline's data folder, printing pattern
// problems as warnings, with the patterns of `legacy`. With `places`,
// events get their place. Returns null after printing the error.
std::unique_ptr<EventCoder> LoadEventCoder(const Pipeline& pipeline, const LegacySet* legacy = nullptr,
                                           std::shared_ptr<const Gazetteer> places = nullptr);

// Loads the gazetteer: `flag` (--places FILE; "none" for no places), else
// the one found by FindGazetteerFile. When there is none, or it cannot be
// read, says so in one line on standard error (unless `quiet`) and returns
// null: events are then coded without places. With `stats`, also tells
// which file was loaded, its size and the time taken.
std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& flag, bool quiet, bool stats);

// "FILE:LINE" of a dictionary origin, with the legacy line it was
// converted from when there is one: "legacy/events/x.txt:12 (CAMEO.verbs:345)".
std::string DescribeOrigin(const Origin& origin, const LegacySet* legacy);

// Counts and timing for the final summary, and progress on a terminal.
class Progress {
 public:
  explicit Progress(bool quiet);
  // Called after each article.
  void Article(uint64_t sentences);
  // Prints the summary line ("articles ..., sentences ..., ...").
  void Summary(const InputStats& input, const std::string& extra, bool full);
  uint64_t articles() const { return articles_; }
  uint64_t sentences() const { return sentences_; }

 private:
  bool show_;
  uint64_t articles_ = 0;
  uint64_t sentences_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// Opens -o (or standard output). Null after printing the error.
std::FILE* OpenOutput(const std::string& path);

// Parses --date; prints and returns false when bad.
bool ParseDateFlag(const std::string& text, std::optional<Date>* out);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMON_H_
