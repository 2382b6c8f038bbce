// dyad dict check PATH...: every problem of a dictionary folder as
// FILE:LINE: reason (dyad's own format, or TABARI / PETRARCH / Phoenix).
// dyad dict convert PATH... --out DIR: a legacy dictionary set written out
// in dyad's own formats (docs/legacy.md).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "commands.h"
#include "common.h"
#include "dyad/actors.h"
#include "dyad/events.h"
#include "dyad/legacy.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

struct DictCheckFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  bool quiet = false;  // summary only
};

struct DictConvertFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string out;
};

// Problems by kind: the reason's prefix says whether a line was repaired
// ("note:"), read but not converted ("unsupported:"), or not usable.
struct Counts {
  size_t errors = 0, unsupported = 0, notes = 0;
  void Add(const Problem& p) {
    if (p.reason.rfind("note:", 0) == 0) ++notes;
    else if (p.reason.rfind("unsupported:", 0) == 0) ++unsupported;
    else ++errors;
  }
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A folder in dyad's own format: actors/*.txt and events/*.txt.
int CheckDyadFolder(const std::string& dir, bool quiet) {
  Counts counts;
  auto print = [&](const Problem& p) {
    counts.Add(p);
    if (!quiet) std::cout << p.ToString() << "\n";
  };
  std::vector<std::pair<std::string, std::string>> actors, patterns;
  std::error_code ec;
  for (const char* sub : {"actors", "events"}) {
    std::vector<fs::path> files;
    for (const auto& item : fs::directory_iterator(fs::path(dir) / sub, ec))
      if (item.path().extension() == ".txt") files.push_back(item.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files)
      (std::string(sub) == "actors" ? actors : patterns)
          .emplace_back(std::string(sub) + "/" + f.filename().string(), ReadFile(f));
  }
  size_t names = 0;
  if (!actors.empty()) {
    auto dict = ActorDictionary::FromTexts(actors, print);
    if (dict.ok()) names = (*dict)->Stats().names;
  }
  // The folder's own codebook when it has one, else the default one.
  std::string codebook_dir = dir;
  if (!fs::is_regular_file(fs::path(dir) / "cameo" / "codebook.txt", ec)) {
    auto data = FindDataDir(DataFlag());
    if (!data.ok()) {
      std::cerr << "dyad: " << data.status().message() << "\n";
      return 2;
    }
    codebook_dir = *data;
  }
  EventCoderOptions options;
  options.builtin_patterns = false;
  options.extra_pattern_texts = patterns;
  size_t pattern_count = 0;
  auto coder = EventCoder::Load(codebook_dir, print, options);
  if (coder.ok()) pattern_count = (*coder)->pattern_count();
  std::cout << "checked " << actors.size() + patterns.size() << " files (dyad format): " << names
            << " actor names, " << pattern_count << " patterns; " << counts.errors << " problems\n";
  return counts.errors > 0 ? 1 : 0;
}

int RunCheck(const DictCheckFlags& flags) {
  const std::optional<legacy::Format> format = legacy::ParseFormat(flags.format);
  if (!format) return 2;
  if (flags.paths.size() == 1 && (*format == legacy::Format::kDyad ||
                                  (*format == legacy::Format::kAuto &&
                                   legacy::DetectFormat(flags.paths[0]) == legacy::Format::kDyad)))
    return CheckDyadFolder(flags.paths[0], flags.quiet);
  Counts counts;
  auto print = [&](const Problem& p) {
    counts.Add(p);
    if (!flags.quiet) std::cout << p.ToString() << "\n";
  };
  auto dict = legacy::ReadDictionaries(flags.paths, *format, print);
  if (!dict.ok()) {
    std::cerr << "dyad: " << dict.status().message() << "\n";
    return 2;
  }
  legacy::Converted converted = legacy::Convert(*dict, {}, print);
  size_t patterns = 0;
  for (const legacy::Verb& v : dict->verbs) patterns += v.patterns.size();
  std::cout << "checked " << dict->files.size() << " files (" << legacy::FormatName(dict->format)
            << "): " << dict->actors.size() << " actors, " << dict->agents.size() << " agents, "
            << dict->verbs.size() << " verbs, " << patterns << " patterns, " << dict->synsets.size()
            << " synsets, " << dict->discards.size() << " discards, " << dict->issues.size() << " issue lines\n";
  std::cout << counts.errors << " problems, " << counts.unsupported << " unsupported constructs, "
            << counts.notes << " repaired quirks\n";
  for (const auto& [kind, n] : converted.tally) std::cout << "  not converted: " << n << " " << kind << "\n";
  return counts.errors > 0 ? 1 : 0;
}

int RunConvert(const DictConvertFlags& flags) {
  std::unique_ptr<LegacySet> set = LoadLegacy(flags.paths, flags.format, true, /*quiet=*/true);
  if (set == nullptr) return 2;
  const fs::path out(flags.out);
  std::error_code ec;
  fs::create_directories(out / "actors", ec);
  fs::create_directories(out / "events", ec);
  if (ec) {
    std::cerr << "dyad: cannot create " << out.string() << ": " << ec.message() << "\n";
    return 2;
  }
  size_t written = 0;
  auto write = [&](const std::string& name, const std::string& text) {
    // Names are "legacy/actors/X.txt": keep the folder and file.
    const fs::path relative = fs::path(name).lexically_relative("legacy");
    const fs::path path = out / (relative.empty() || relative.string().rfind("..", 0) == 0 ? fs::path(name).filename() : relative);
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) {
      std::cerr << "dyad: cannot write " << path.string() << "\n";
      return false;
    }
    ++written;
    return true;
  };
  for (const auto& [name, text] : set->converted.actor_texts)
    if (!write(name, text)) return 2;
  for (const auto& [name, text] : set->converted.pattern_texts)
    if (!write(name, text)) return 2;
  if (!set->converted.discards.empty()) {
    std::string text =
        "# Discard phrases: a sentence (or, for story, the whole article) that holds one is not coded.\n";
    for (const auto& d : set->converted.discards) {
      std::string words;
      for (const std::string& w : d.words) words += (words.empty() ? "" : " ") + w;
      text += (d.story ? "story " : "sentence ") + words + "  # " + d.origin + "\n";
    }
    if (!write("discards.txt", text)) return 2;
  }
  std::string report = "# Lines of the legacy dictionaries that were not converted, or were approximated.\n";
  for (const auto& [kind, n] : set->converted.tally) report += "# " + std::to_string(n) + " " + kind + "\n";
  for (const std::string& line : set->converted.unconverted) report += line + "\n";
  if (!write("unconverted.txt", report)) return 2;
  std::cout << "wrote " << written << " files to " << out.string() << ": " << set->converted.actors << " actors, "
            << set->converted.agents << " agent words, " << set->converted.patterns << " patterns, "
            << set->converted.discards.size() << " discard phrases; " << set->converted.unconverted.size()
            << " lines not converted (unconverted.txt)\n";
  return 0;
}

}  // namespace

void RegisterDict(CLI::App& app) {
  auto* dict = app.add_subcommand("dict", "Check and convert dictionaries (dyad's own, TABARI, PETRARCH, Phoenix)");
  dict->require_subcommand(1);

  auto* check = dict->add_subcommand("check", "List every problem of a dictionary folder as FILE:LINE: reason");
  auto check_flags = std::make_shared<DictCheckFlags>();
  check->add_option("paths", check_flags->paths,
                    "Dictionary folders or files: dyad's data folder, or TABARI / PETRARCH files")
      ->required();
  check->add_option("--dict-format", check_flags->format,
                    "auto, tabari, petrarch1, petrarch2, phoenix or dyad")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch1", "petrarch2", "phoenix", "dyad"}));
  check->add_flag("-q,--quiet", check_flags->quiet, "Only the summary");
  check->footer(
      "Lines starting \"note:\" were repaired, \"unsupported:\" were read but have no dyad equivalent;\n"
      "the others could not be used. Exit status 1 when there are such problems.\n"
      "Example: dyad dict check ../shared/peers/tabari/Validate.project");
  check->callback([check_flags] { SetExitCode(RunCheck(*check_flags)); });

  auto* convert = dict->add_subcommand("convert", "Write legacy dictionaries out in dyad's own formats");
  auto convert_flags = std::make_shared<DictConvertFlags>();
  convert->add_option("paths", convert_flags->paths, "Legacy dictionary folders or files")->required();
  convert->add_option("--out", convert_flags->out, "Folder to write actors/, events/ and discards.txt into")
      ->required();
  convert->add_option("--dict-format", convert_flags->format, "auto, tabari, petrarch1, petrarch2 or phoenix")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch1", "petrarch2", "phoenix"}));
  convert->footer(
      "The folder can then be used with --dict OUT (add --no-builtin to use it alone).\n"
      "Example: dyad dict convert ../shared/peers/tabari/Validate.project --out validate-dyad");
  convert->callback([convert_flags] { SetExitCode(RunConvert(*convert_flags)); });
}

}  // namespace dyad::cli
