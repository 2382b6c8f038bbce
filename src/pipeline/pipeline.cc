// Puts the stages together: Tokenize, Tagger::Tag, ActorDictionary::Match.
#include "dyad/pipeline.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "util/strings.h"

namespace dyad {
namespace {

std::filesystem::path ExecutableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

bool LooksLikeDataDir(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "actors", ec);
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) util::Append(&out, out.empty() ? "" : ", ", p);
  return out;
}

}  // namespace

absl::StatusOr<std::string> FindDataDir(const std::string& flag) {
  if (!flag.empty()) {
    if (!LooksLikeDataDir(flag))
      return absl::NotFoundError(util::Cat("--data ", flag, ": no actors/ folder there"));
    return flag;
  }
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env != nullptr && *env != '\0') {
    if (!LooksLikeDataDir(env))
      return absl::NotFoundError(util::Cat("DYAD_DATA_DIR=", env, ": no actors/ folder there"));
    return std::string(env);
  }
  std::vector<std::string> tried;
  const auto exe_dir = ExecutableDir();
  std::vector<std::filesystem::path> candidates;
  if (!exe_dir.empty()) {
    candidates.push_back(exe_dir / ".." / "share" / "dyad" / "data");
    candidates.push_back(exe_dir / ".." / "data");
  }
#ifdef DYAD_INSTALL_DATA_DIR
  candidates.emplace_back(DYAD_INSTALL_DATA_DIR);
#endif
#ifdef DYAD_SOURCE_DATA_DIR
  candidates.emplace_back(DYAD_SOURCE_DATA_DIR);
#endif
  for (const auto& c : candidates) {
    if (LooksLikeDataDir(c)) return c.lexically_normal().string();
    tried.push_back(c.lexically_normal().string());
  }
  return absl::NotFoundError(util::Cat(
      "cannot find dyad's data folder (give --data DIR or set DYAD_DATA_DIR); tried ",
      Join(tried)));
}

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options,
                                                          const ProblemSink& problems) {
  auto data_dir = FindDataDir(options.data_dir);
  if (!data_dir.ok()) return data_dir.status();
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->data_dir_ = *data_dir;
  auto tagger = Tagger::Load(p->data_dir_, options.wordnet_dir);
  if (!tagger.ok()) return tagger.status();
  p->tagger_ = std::move(*tagger);
  auto actors = options.builtin_actors
                    ? ActorDictionary::Load((std::filesystem::path(p->data_dir_) / "actors").string(),
                                            problems, options.extra_actor_texts)
                    : ActorDictionary::FromTexts(options.extra_actor_texts, problems);
  if (!actors.ok()) return actors.status();
  p->actors_ = std::move(*actors);
  return p;
}

void Pipeline::Analyze(const Article& article, Analysis* out, bool full) const {
  out->Clear();
  Tokenize(article.text, &out->doc);
  tagger_->Tag(&out->doc, full);
  actors_->Match(out->doc, article.date, &out->actors);
}

}  // namespace dyad
