// dyad/pipeline.h: the stages put together: tokens, tags, actors.
//
//   dyad::PipelineOptions options;               // data folder found automatically
//   auto pipeline = dyad::Pipeline::Load(options, report_problem);
//   if (!pipeline.ok()) return pipeline.status();
//   dyad::Analysis analysis;                     // reuse across articles
//   (*pipeline)->Analyze(article, &analysis);
//   for (const dyad::ActorMention& m : analysis.actors) ...
//
// Load() once (it reads the dictionaries); Analyze() is const and
// thread-safe, each thread with its own Analysis.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dyad/actors.h"
#include "dyad/article.h"
#include "dyad/document.h"
#include "dyad/tagger.h"

namespace dyad {

struct PipelineOptions {
  // The data folder (with actors/ and tag/). Empty: FindDataDir("").
  std::string data_dir;
  // WordNet's dictionary folder, for lemmas.
  std::string wordnet_dir = "/usr/share/wordnet";
  // More actor dictionary files, (name, text) in dyad's format
  // (docs/dictionaries.md), read after data/actors/*.txt.
  std::vector<std::pair<std::string, std::string>> extra_actor_texts;
  // Read data/actors/*.txt. When false, only extra_actor_texts are read
  // (a converted legacy dictionary used alone).
  bool builtin_actors = true;
};

// Where dyad's data lives. Returns `flag` when not empty; else the
// DYAD_DATA_DIR environment variable; else the first of <exe>/../share/dyad/data,
// <exe>/../data, the installed data folder and the source tree's data folder
// that exists. NotFound names the places tried.
absl::StatusOr<std::string> FindDataDir(const std::string& flag);

// Everything the pipeline learned about one article.
struct Analysis {
  Document doc;
  std::vector<ActorMention> actors;

  void Clear() {
    doc.Clear();
    actors.clear();
  }
};

class Pipeline {
 public:
  // Loads the tagger and the actor dictionary. Bad dictionary lines go to
  // `problems` (and are skipped); a missing data folder is NotFound.
  static absl::StatusOr<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options,
                                                        const ProblemSink& problems);

  // Replaces *out with the analysis of `article`. `article` must outlive
  // the use of *out (tokens point into its text). With `full` false the
  // tagger sets tags only (no lemmas, doc.chunks stays empty): enough for
  // actors, which need only tokens and tags, and faster.
  void Analyze(const Article& article, Analysis* out, bool full = true) const;

  const Tagger& tagger() const { return *tagger_; }
  const ActorDictionary& actors() const { return *actors_; }
  const std::string& data_dir() const { return data_dir_; }

 private:
  Pipeline() = default;
  std::string data_dir_;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<ActorDictionary> actors_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
