// Finding and reading legacy dictionary files: formats from file names and
// contents, folders read through their TABARI .project or PETRARCH config
// file, single files.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "legacy/common.h"
#include "util/strings.h"

namespace dyad::legacy {
namespace fs = std::filesystem;

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kAuto: return "auto";
    case Format::kTabari: return "tabari";
    case Format::kPetrarch1: return "petrarch1";
    case Format::kPetrarch2: return "petrarch2";
    case Format::kPhoenix: return "phoenix";
    case Format::kDyad: return "dyad";
  }
  return "auto";
}

std::optional<Format> ParseFormat(std::string_view name) {
  for (Format f : {Format::kAuto, Format::kTabari, Format::kPetrarch1, Format::kPetrarch2,
                   Format::kPhoenix, Format::kDyad})
    if (FormatName(f) == name) return f;
  return std::nullopt;
}

std::string_view FileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::kActors: return "actors";
    case FileKind::kAgents: return "agents";
    case FileKind::kVerbs: return "verbs";
    case FileKind::kOptions: return "options";
    case FileKind::kDiscards: return "discards";
    case FileKind::kIssues: return "issues";
    case FileKind::kProject: return "project";
    case FileKind::kConfig: return "config";
    case FileKind::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string Dictionary::Describe(Where w) const {
  if (w.file >= files.size()) return util::Cat("?:", w.line);
  return util::Cat(files[w.file], ":", w.line);
}

namespace {

bool Contains(const std::string& haystack, std::string_view needle) {
  return Lower(haystack).find(needle) != std::string::npos;
}

FileKind KindOf(const fs::path& path) {
  const std::string ext = Lower(path.extension().string());
  if (ext == ".actors") return FileKind::kActors;
  if (ext == ".agents") return FileKind::kAgents;
  if (ext == ".verbs") return FileKind::kVerbs;
  if (ext == ".options") return FileKind::kOptions;
  if (ext == ".project") return FileKind::kProject;
  if (ext == ".ini") return FileKind::kConfig;
  if (ext != ".txt") return FileKind::kUnknown;
  const std::string name = path.filename().string();
  if (Contains(name, "actor")) return FileKind::kActors;
  if (Contains(name, "agent")) return FileKind::kAgents;
  if (Contains(name, "discard")) return FileKind::kDiscards;
  if (Contains(name, "issue")) return FileKind::kIssues;
  if (Contains(name, "verb") || Contains(name, "cameo")) return FileKind::kVerbs;
  return FileKind::kUnknown;
}

bool IsTabariKind(const fs::path& path) {
  const std::string ext = Lower(path.extension().string());
  return ext == ".actors" || ext == ".agents" || ext == ".verbs" || ext == ".options" ||
         ext == ".project";
}

absl::StatusOr<std::string> ReadWhole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(util::Cat("cannot read ", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// True when a PETRARCH verb file uses PETRARCH-2 syntax: phrase groups in
// patterns or ~ transformations.
bool LooksLikePetrarch2(std::string_view text) {
  size_t groups = 0;
  for (std::string_view line : util::Split(text, '\n')) {
    if (line.empty()) continue;
    if (line[0] == '~') return true;
    if (line[0] == '-' && line.substr(0, 3) != "---") {
      std::string_view body = line.substr(0, line.find('#'));
      if (body.find(" (") != std::string_view::npos || body.find(" {") != std::string_view::npos) ++groups;
      if (groups >= 3) return true;
    }
  }
  return false;
}

// The files a TABARI .project names, in a fixed order.
std::vector<fs::path> ProjectFiles(const fs::path& project, std::string_view text) {
  std::vector<fs::path> out;
  for (const char* tag : {"<actorsfile>", "<agentsfile>", "<verbsfile>", "<optionsfile>"}) {
    for (std::string_view line : util::Split(text, '\n')) {
      line = util::Strip(line);
      if (Lower(line).rfind(tag, 0) != 0) continue;
      const std::string_view name = util::Strip(line.substr(std::string_view(tag).size()));
      if (!name.empty()) out.push_back(project.parent_path() / std::string(name));
    }
  }
  return out;
}

// The dictionaries a PETRARCH config file names (found in `dir`).
std::vector<fs::path> ConfigFiles(const fs::path& dir, std::string_view text) {
  std::vector<fs::path> out;
  bool in_dictionaries = false;
  for (std::string_view line : util::Split(text, '\n')) {
    line = util::Strip(line);
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line[0] == '[') {
      in_dictionaries = Lower(line) == "[dictionaries]";
      continue;
    }
    if (!in_dictionaries) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string key = Lower(util::Strip(line.substr(0, eq)));
    if (key != "verbfile_name" && key != "actorfile_list" && key != "agentfile_name" &&
        key != "discardfile_name" && key != "issuefile_name")
      continue;
    for (std::string_view name : util::Split(line.substr(eq + 1), ','))
      if (!util::Strip(name).empty()) out.push_back(dir / std::string(util::Strip(name)));
  }
  return out;
}

// The config file that governs a PETRARCH folder: in it, or in ../config/.
std::optional<fs::path> FolderConfig(const fs::path& dir) {
  std::error_code ec;
  for (const fs::path& candidate : {dir / "PETR_config.ini", dir / ".." / "config" / "PETR_config.ini"})
    if (fs::is_regular_file(candidate, ec)) return candidate;
  return std::nullopt;
}

bool IsDyadFolder(const fs::path& dir) {
  std::error_code ec;
  for (const char* sub : {"actors", "events"}) {
    if (!fs::is_directory(dir / sub, ec)) continue;
    for (const auto& item : fs::directory_iterator(dir / sub, ec))
      if (item.path().extension() == ".txt") return true;
  }
  return false;
}

std::vector<fs::path> SortedFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir, ec))
    if (item.is_regular_file(ec)) out.push_back(item.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The dictionary files that a path stands for.
absl::StatusOr<std::vector<fs::path>> FilesOf(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return absl::NotFoundError(util::Cat("no such file or folder: ", path.string()));
  if (!fs::is_directory(path, ec)) {
    const FileKind kind = KindOf(path);
    if (kind == FileKind::kProject || kind == FileKind::kConfig) {
      auto text = ReadWhole(path);
      if (!text.ok()) return text.status();
      if (kind == FileKind::kProject) return ProjectFiles(path, *text);
      // PETRARCH keeps config/ and dictionaries/ side by side.
      const fs::path sibling = path.parent_path().parent_path() / "dictionaries";
      return ConfigFiles(fs::is_directory(sibling, ec) ? sibling : path.parent_path(), *text);
    }
    return std::vector<fs::path>{path};
  }
  if (auto config = FolderConfig(path)) {
    auto text = ReadWhole(*config);
    if (!text.ok()) return text.status();
    std::vector<fs::path> named = ConfigFiles(path, *text);
    if (!named.empty()) return named;
  }
  std::vector<fs::path> out;
  for (const fs::path& file : SortedFiles(path)) {
    const FileKind kind = KindOf(file);
    if (kind == FileKind::kUnknown || kind == FileKind::kProject || kind == FileKind::kConfig) continue;
    out.push_back(file);
  }
  if (out.empty()) return absl::NotFoundError(util::Cat("no dictionary files in ", path.string()));
  return out;
}

}  // namespace

Format DetectFormat(const std::string& path) {
  const fs::path p(path);
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    if (IsDyadFolder(p)) return Format::kDyad;
    auto files = FilesOf(p);
    if (!files.ok()) return Format::kAuto;
    bool tabari = false, verbs = false, p2 = false;
    for (const fs::path& f : *files) {
      tabari |= IsTabariKind(f);
      if (KindOf(f) == FileKind::kVerbs && !IsTabariKind(f)) {
        verbs = true;
        auto text = ReadWhole(f);
        if (text.ok() && LooksLikePetrarch2(*text)) p2 = true;
      }
    }
    if (tabari) return Format::kTabari;
    if (!verbs) return Format::kPhoenix;
    return p2 ? Format::kPetrarch2 : Format::kPetrarch1;
  }
  if (IsTabariKind(p)) return Format::kTabari;
  if (KindOf(p) == FileKind::kConfig) return Format::kPetrarch2;
  if (KindOf(p) == FileKind::kVerbs) {
    auto text = ReadWhole(p);
    return text.ok() && LooksLikePetrarch2(*text) ? Format::kPetrarch2 : Format::kPetrarch1;
  }
  return Format::kPhoenix;
}

absl::StatusOr<Dictionary> ReadDictionaries(const std::vector<std::string>& paths, Format format,
                                            const ProblemSink& problems) {
  Dictionary dict;
  dict.format = format;
  if (paths.empty()) return absl::InvalidArgumentError("no dictionary given");
  for (const std::string& path : paths) {
    Format path_format = format == Format::kAuto ? DetectFormat(path) : format;
    if (path_format == Format::kAuto) {
      std::error_code ec;
      if (!fs::exists(path, ec)) return absl::NotFoundError(util::Cat("no such file or folder: ", path));
      return absl::NotFoundError(util::Cat("no dictionary files in ", path));
    }
    if (dict.format == Format::kAuto) dict.format = path_format;
    if (path_format == Format::kDyad) {
      if (!IsDyadFolder(path)) return absl::NotFoundError(util::Cat("no actors/ or events/ folder with .txt files in ", path));
      for (const char* sub : {"actors", "events"}) {
        for (const fs::path& file : SortedFiles(fs::path(path) / sub)) {
          if (file.extension() != ".txt") continue;
          auto text = ReadWhole(file);
          if (!text.ok()) return text.status();
          (std::string(sub) == "actors" ? dict.dyad_actor_texts : dict.dyad_pattern_texts)
              .emplace_back(file.string(), std::move(*text));
        }
      }
      // Discard phrases written by `dyad dict convert`.
      std::error_code ec;
      if (const fs::path discards = fs::path(path) / "discards.txt"; fs::is_regular_file(discards, ec)) {
        auto text = ReadWhole(discards);
        if (!text.ok()) return text.status();
        ReadText(Format::kDyad, FileKind::kDiscards, discards.string(), *text, &dict, problems);
      }
      continue;
    }
    auto files = FilesOf(path);
    if (!files.ok()) return files.status();
    for (const fs::path& file : *files) {
      const FileKind kind = KindOf(file);
      if (kind == FileKind::kVerbs && path_format == Format::kPhoenix) continue;
      auto text = ReadWhole(file);
      if (!text.ok()) return text.status();
      Format file_format = path_format;
      if (format == Format::kAuto && kind == FileKind::kVerbs && !IsTabariKind(file))
        file_format = LooksLikePetrarch2(*text) ? Format::kPetrarch2 : Format::kPetrarch1;
      if (kind == FileKind::kUnknown) {
        dict.files.push_back(file.string());
        dict.file_formats.push_back(path_format);
        ++dict.problems;
        if (problems) problems(Problem{file.string(), 0, "not a dictionary file (unknown kind; name it *.actors, *.verbs, ...)"});
        continue;
      }
      ReadText(file_format, kind, file.string(), *text, &dict, problems);
    }
  }
  return dict;
}

}  // namespace dyad::legacy
