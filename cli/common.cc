#include "common.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <thread>

namespace dyad::cli {

void AddInputFlags(CLI::App* cmd, InputFlags* flags) {
  cmd->add_option("inputs", flags->inputs,
                  "Articles: .jsonl/.ndjson files, .txt, .html, directories, or - for "
                  "standard input")
      ->required();
  cmd->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD) for articles that give none");
  cmd->add_flag("--strict", flags->strict,
                "Fail (exit status 1) at the first unreadable line or file");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no summary on standard error");
  cmd->add_flag("--stats", flags->stats, "A fuller summary on standard error");
  cmd->add_option("-o,--output", flags->output, "Write here instead of standard output");
  cmd->add_option("-j,--threads", flags->threads, "Worker threads (output stays in input order)")
      ->check(CLI::Range(1, 256));
}

absl::Status ProcessArticles(const InputFlags& flags, const ReadOptions& read_options,
                             const ArticleWork& work, std::FILE* out, Progress* progress,
                             InputStats* stats, const std::string& preamble) {
  const int threads = std::max(1, flags.threads);
  const size_t batch_size = threads == 1 ? 1 : 64 * static_cast<size_t>(threads);
  std::vector<Article> batch;
  std::vector<std::string> outputs;
  std::vector<uint64_t> sentences;
  std::string pending = preamble;  // everything not yet written
  auto run_batch = [&] {
    outputs.assign(batch.size(), std::string());
    sentences.assign(batch.size(), 0);
    auto run = [&](int t) {
      for (size_t i = static_cast<size_t>(t); i < batch.size(); i += static_cast<size_t>(threads))
        work(batch[i], t, &outputs[i], &sentences[i]);
    };
    if (threads == 1 || batch.size() == 1) {
      run(0);
    } else {
      std::vector<std::thread> pool;
      for (int t = 1; t < threads; ++t) pool.emplace_back(run, t);
      run(0);
      for (auto& th : pool) th.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) {
      pending += outputs[i];
      progress->Article(sentences[i]);
    }
    batch.clear();
    if (!flags.strict && pending.size() > (1 << 16)) {
      std::fwrite(pending.data(), 1, pending.size(), out);
      pending.clear();
    }
  };
  absl::Status status = ReadInputs(
      flags.inputs, read_options,
      [&](Article&& article) {
        batch.push_back(std::move(article));
        if (batch.size() >= batch_size) run_batch();
        return true;
      },
      [](const Problem& p) { std::cerr << p.ToString() << "\n"; }, stats);
  if (!status.ok() && flags.strict) return status;  // nothing written
  if (!batch.empty()) run_batch();
  std::fwrite(pending.data(), 1, pending.size(), out);
  std::fflush(out);
  return status;
}

std::string& DataFlag() {
  static std::string flag;
  return flag;
}

void AddDictFlags(CLI::App* cmd, DictFlags* flags, bool builtin_flag) {
  cmd->add_option("--dict", flags->paths,
                  "Legacy dictionaries (TABARI, PETRARCH, Phoenix) or a folder in dyad's format: "
                  "a folder, a file, a TABARI .project or a PETRARCH config (repeatable)");
  cmd->add_option("--dict-format", flags->format,
                  "Format of --dict: auto, tabari, petrarch1, petrarch2, phoenix or dyad")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch1", "petrarch2", "phoenix", "dyad"}));
  if (builtin_flag)
    cmd->add_flag("--no-builtin", flags->no_builtin,
                  "Use only the --dict dictionaries, not dyad's built-in actors and patterns");
}

std::unique_ptr<LegacySet> LoadLegacy(const std::vector<std::string>& paths, const std::string& format,
                                      bool builtin, bool quiet) {
  auto set = std::make_unique<LegacySet>();
  set->builtin = builtin;
  const std::optional<legacy::Format> f = legacy::ParseFormat(format);
  if (!f) {
    std::cerr << "dyad: --dict-format: unknown format \"" << format << "\"\n";
    return nullptr;
  }
  auto dict = legacy::ReadDictionaries(paths, *f, nullptr);
  if (!dict.ok()) {
    std::cerr << "dyad: --dict: " << dict.status().message() << "\n";
    return nullptr;
  }
  set->dict = std::move(*dict);
  // The codebook says which codes need no declaration.
  auto data_dir = FindDataDir(DataFlag());
  std::unique_ptr<EventCoder> codebook;
  if (data_dir.ok()) {
    EventCoderOptions options;
    options.builtin_patterns = false;
    auto loaded = EventCoder::Load(*data_dir, nullptr, options);
    if (loaded.ok()) codebook = std::move(*loaded);
  }
  legacy::ConvertOptions options;
  if (codebook != nullptr)
    options.known_code = [&](std::string_view code) { return codebook->Find(code) != nullptr; };
  size_t unsupported = 0;
  set->converted = legacy::Convert(set->dict, options, [&](const Problem&) { ++unsupported; });
  if (!quiet) {
    std::cerr << "dyad: --dict: " << set->dict.files.size() << " files ("
              << legacy::FormatName(set->dict.format) << "), " << set->converted.actors << " actors, "
              << set->converted.agents << " agent words, " << set->converted.patterns << " patterns, "
              << set->converted.discards.size() << " discard phrases; " << set->dict.problems + unsupported
              << " lines reported (dyad dict check lists them)\n";
  }
  return set;
}

std::unique_ptr<Pipeline> LoadPipeline(const LegacySet* legacy) {
  PipelineOptions options;
  options.data_dir = DataFlag();
  if (legacy != nullptr) {
    options.extra_actor_texts = legacy->converted.actor_texts;
    options.builtin_actors = legacy->builtin;
  }
  auto pipeline = Pipeline::Load(options, [](const Problem& p) {
    std::cerr << "dyad: warning: " << p.ToString() << "\n";
  });
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.status().message() << "\n";
    return nullptr;
  }
  return std::move(*pipeline);
}

std::unique_ptr<EventCoder> LoadEventCoder(const Pipeline& pipeline, const LegacySet* legacy,
                                           std::shared_ptr<const Gazetteer> places) {
  EventCoderOptions options;
  options.places = std::move(places);
  if (legacy != nullptr) {
    options.builtin_patterns = legacy->builtin;
    options.extra_pattern_texts = legacy->converted.pattern_texts;
    options.conventions = legacy->builtin;  // legacy codes alone need not be CAMEO's
    options.defaults = legacy->converted.settings.defaults;  // TABARI's DEFAULT command
  }
  auto coder = EventCoder::Load(pipeline.data_dir(), [](const Problem& p) {
    std::cerr << "dyad: warning: " << p.ToString() << "\n";
  }, options);
  if (!coder.ok()) {
    std::cerr << "dyad: " << coder.status().message() << "\n";
    return nullptr;
  }
  return std::move(*coder);
}

std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& flag, bool quiet, bool stats) {
  if (flag == "none") return nullptr;
  const auto start = std::chrono::steady_clock::now();
  auto path = FindGazetteerFile(flag);
  if (!path.ok()) {
    if (!quiet || stats)
      std::cerr << "dyad: " << path.status().message()
                << "; events get no place (scripts/setup.sh generates it)\n";
    return nullptr;
  }
  auto gazetteer = Gazetteer::Load(*path);
  if (!gazetteer.ok()) {
    if (!quiet || stats)
      std::cerr << "dyad: gazetteer: " << gazetteer.status().message() << "; events get no place\n";
    return nullptr;
  }
  if (stats) {
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const GazetteerStats s = (*gazetteer)->Stats();
    std::fprintf(stderr, "places: %s (%zu names, %zu countries, %zu divisions, %.1f MB), loaded in %.1f ms\n",
                 path->c_str(), s.names, s.countries, s.admin1, s.bytes / 1e6, ms);
  }
  return std::shared_ptr<const Gazetteer>(std::move(*gazetteer));
}

std::string DescribeOrigin(const Origin& origin, const LegacySet* legacy) {
  std::string out = std::string(origin.file) + ":" + std::to_string(origin.line);
  if (legacy != nullptr) {
    const std::string from = legacy->converted.Resolve(origin);
    if (!from.empty()) out += " (legacy " + from + ")";
  }
  return out;
}

Progress::Progress(bool quiet)
    : show_(!quiet && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Article(uint64_t sentences) {
  ++articles_;
  sentences_ += sentences;
  if (!show_ || (articles_ & 63) != 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(500)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%llu articles, %llu sentences, %.0f sentences/s   ",
               static_cast<unsigned long long>(articles_),
               static_cast<unsigned long long>(sentences_), sentences_ / seconds);
  std::fflush(stderr);
}

void Progress::Summary(const InputStats& input, const std::string& extra, bool full) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (show_) std::fprintf(stderr, "\r%60s\r", "");
  if (full) {
    std::fprintf(stderr, "files: %llu\nbytes: %llu\n",
                 static_cast<unsigned long long>(input.files),
                 static_cast<unsigned long long>(input.bytes));
  }
  std::fprintf(stderr,
               "articles %llu, sentences %llu, %s, problems skipped %llu, %.3f seconds, "
               "%.0f sentences/s\n",
               static_cast<unsigned long long>(articles_),
               static_cast<unsigned long long>(sentences_), extra.c_str(),
               static_cast<unsigned long long>(input.problems), seconds,
               seconds > 0 ? sentences_ / seconds : 0.0);
}

std::FILE* OpenOutput(const std::string& path) {
  if (path.empty() || path == "-") return stdout;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) std::perror(("dyad: " + path).c_str());
  return f;
}

bool ParseDateFlag(const std::string& text, std::optional<Date>* out) {
  if (text.empty()) return true;
  auto d = ParseDate(text);
  if (!d.ok()) {
    std::cerr << "dyad: --date: " << d.status().message() << "\n";
    return false;
  }
  *out = *d;
  return true;
}

}  // namespace dyad::cli
