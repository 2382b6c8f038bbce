// dyad ingest INPUT... --db FILE: code articles and keep them, their events
// and actor mentions in a store, one transaction per batch.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "commands.h"
#include "common.h"
#include "dyad/store.h"
#include "table.h"

namespace dyad::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db;
  std::string date;
  bool strict = false;
  bool quiet = false;
  bool stats = false;
  bool force = false;
  int threads = 1;
  int batch = 500;
  std::string places;  // gazetteer file, "none", or "" to find it
};

// A batch on its way to the store, with how far into the input it reaches.
struct Batch {
  std::vector<StoredArticle> articles;
  std::vector<uint64_t> sentences;
  uint64_t input_bytes = 0;  // about how far into the input its last article ends
};

// Bytes of the input files (0 when unknown, e.g. standard input), for the
// expected time left.
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::filesystem::path path(input);
    if (std::filesystem::is_regular_file(path, ec)) {
      total += std::filesystem::file_size(path, ec);
    } else if (std::filesystem::is_directory(path, ec)) {
      for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    }
  }
  return total;
}

// The progress line on a terminal: articles stored, rate, time left.
class IngestProgress {
 public:
  IngestProgress(bool show, uint64_t total_bytes)
      : show_(show), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()) {}

  void Stored(uint64_t articles, uint64_t bytes_done) {
    if (!show_) return;
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds <= 0) return;
    std::string line = Cat("\r", articles, " articles stored, ",
                                 static_cast<uint64_t>(articles / seconds), " articles/s");
    if (total_bytes_ > 0 && bytes_done > 0) {
      const double done = std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_bytes_));
      const double left = seconds * (1 - done) / done;
      char text[64];
      std::snprintf(text, sizeof text, ", %.0f%%, about %s left", done * 100, Duration(left).c_str());
      line += text;
    }
    line += "      ";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    shown_ = true;
  }

  void Clear() {
    if (shown_) std::fprintf(stderr, "\r%78s\r", "");
  }

 private:
  static std::string Duration(double seconds) {
    const uint64_t s = static_cast<uint64_t>(seconds + 0.5);
    if (s < 60) return Cat(s, " s");
    if (s < 3600) return Cat(s / 60, " min ", s % 60, " s");
    return Cat(s / 3600, " h ", s / 60 % 60, " min");
  }
  bool show_;
  bool shown_ = false;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
};

// Writes batches to the store on its own thread, so that coding the next
// batch overlaps with writing this one. At most two batches wait.
class Writer {
 public:
  Writer(Store* store, bool force, IngestProgress* progress, Progress* summary)
      : store_(store), force_(force), progress_(progress), summary_(summary), thread_([this] { Run(); }) {}
  ~Writer() { Finish(); }

  // False when an earlier write failed (see status()).
  bool Push(Batch batch) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return queue_.size() < 2 || !status_.ok(); });
    if (!status_.ok()) return false;
    queue_.push_back(std::move(batch));
    ready_.notify_one();
    return true;
  }

  // Waits for every pushed batch to be written.
  void Finish() {
    {
      std::lock_guard lock(mu_);
      done_ = true;
      ready_.notify_one();
    }
    if (thread_.joinable()) thread_.join();
  }

  absl::Status status() {
    std::lock_guard lock(mu_);
    return status_;
  }
  const WriteStats& stats() const { return stats_; }  // after Finish()

 private:
  void Run() {
    uint64_t stored = 0;
    while (true) {
      Batch batch;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return !queue_.empty() || done_; });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
        room_.notify_one();
      }
      absl::Status s = store_->Write(batch.articles, &stats_, force_);
      if (!s.ok()) {
        std::lock_guard lock(mu_);
        status_ = s;
        queue_.clear();
        room_.notify_all();
        return;
      }
      for (size_t i = 0; i < batch.articles.size(); ++i) summary_->Article(batch.sentences[i]);
      stored += batch.articles.size();
      progress_->Stored(stored, batch.input_bytes);
    }
  }

  Store* store_;
  bool force_;
  IngestProgress* progress_;
  Progress* summary_;
  WriteStats stats_;
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Batch> queue_;
  bool done_ = false;
  absl::Status status_;
  std::thread thread_;  // last: starts after the members above exist
};

int RunIngest(const IngestFlags& flags) {
  ReadOptions read_options;
  read_options.strict = flags.strict;
  if (!ParseDateFlag(flags.date, &read_options.default_date)) return 2;
  auto opened = Store::Open(flags.db, StoreMode::kReadWrite);
  if (!opened.ok()) {
    std::cerr << "dyad: " << opened.status().message() << "\n";
    return 2;
  }
  std::unique_ptr<Store> store = std::move(*opened);
  std::unique_ptr<Pipeline> pipeline = LoadPipeline();
  if (pipeline == nullptr) return 2;
  std::unique_ptr<EventCoder> coder =
      LoadEventCoder(*pipeline, nullptr, LoadGazetteer(flags.places, flags.quiet, flags.stats));
  if (coder == nullptr) return 2;

  // Articles stored already with the same content are not coded again.
  std::unordered_map<std::string, uint64_t> known;
  if (!flags.force) {
    auto prints = store->Fingerprints();
    if (!prints.ok()) {
      std::cerr << "dyad: " << flags.db << ": " << prints.status().message() << "\n";
      return 2;
    }
    for (auto& [id, print] : *prints) known.emplace(std::move(id), print);
  }
  if (flags.strict) {
    absl::Status s = store->Begin();
    if (!s.ok()) {
      std::cerr << "dyad: " << s.message() << "\n";
      return 2;
    }
  }

  const bool show = !flags.quiet && isatty(STDERR_FILENO);
  IngestProgress progress(show, show ? InputBytes(flags.inputs) : 0);
  Progress summary(/*quiet=*/true);
  const size_t threads = static_cast<size_t>(std::max(1, flags.threads));
  const size_t batch_size = static_cast<size_t>(std::max(1, flags.batch));
  std::vector<Analysis> analyses(threads);
  std::vector<std::vector<Event>> events(threads);
  Writer writer(store.get(), flags.force, &progress, &summary);

  std::vector<Article> pending;
  InputStats stats;
  uint64_t article_bytes = 0;
  bool write_failed = false;
  auto code_batch = [&] {
    Batch batch;
    batch.articles.resize(pending.size());
    batch.sentences.assign(pending.size(), 0);
    // The reader reads ahead in large chunks: estimate the position from
    // the sizes of the articles read so far (their fields and some syntax).
    batch.input_bytes = std::min(stats.bytes, article_bytes);
    // Unchanged articles are sent as their id and fingerprint only: the
    // store skips them. `known` follows what the store will hold, so that
    // an id repeated in the input is replaced in input order.
    std::vector<bool> skip(pending.size(), false);
    if (!flags.force) {
      for (size_t i = 0; i < pending.size(); ++i) {
        const uint64_t print = ArticleFingerprint(pending[i]);
        auto [it, fresh] = known.try_emplace(pending[i].id, print);
        if (!fresh && it->second == print) {
          skip[i] = true;
          batch.articles[i].id = pending[i].id;
          batch.articles[i].fingerprint = print;
        }
        it->second = print;
      }
    }
    auto run = [&](size_t t) {
      for (size_t i = t; i < pending.size(); i += threads) {
        if (skip[i]) continue;
        const Article& article = pending[i];
        pipeline->Analyze(article, &analyses[t]);
        events[t].clear();
        coder->Code(article, analyses[t], &events[t]);
        batch.articles[i] = MakeStoredArticle(article, analyses[t], events[t]);
        batch.sentences[i] = analyses[t].doc.sentences.size();
      }
    };
    if (threads == 1 || pending.size() == 1) {
      run(0);
    } else {
      std::vector<std::thread> pool;
      for (size_t t = 1; t < threads; ++t) pool.emplace_back(run, t);
      run(0);
      for (auto& th : pool) th.join();
    }
    pending.clear();
    if (!writer.Push(std::move(batch))) write_failed = true;
  };
  const auto start = std::chrono::steady_clock::now();
  absl::Status status = ReadInputs(
      flags.inputs, read_options,
      [&](Article&& article) {
        article_bytes += article.id.size() + article.title.size() + article.url.size() + article.source.size() +
                         article.text.size() + 80;
        pending.push_back(std::move(article));
        if (pending.size() >= batch_size) code_batch();
        return !write_failed;
      },
      [](const Problem& p) { std::cerr << p.ToString() << "\n"; }, &stats);
  if (!pending.empty() && !write_failed && (status.ok() || !flags.strict)) code_batch();
  writer.Finish();
  progress.Clear();

  if (absl::Status s = writer.status(); !s.ok()) {
    std::cerr << "dyad: " << flags.db << ": " << s.message() << "\n";
    return 2;
  }
  if (flags.strict) {
    if (!status.ok()) {
      (void)store->Rollback();
      std::cerr << "dyad: stopped at the first problem (--strict); nothing stored\n";
      return 1;
    }
    if (absl::Status s = store->Commit(); !s.ok()) {
      std::cerr << "dyad: " << flags.db << ": " << s.message() << "\n";
      return 2;
    }
  }
  if (absl::Status s = store->Optimize(); !s.ok()) {
    std::cerr << "dyad: warning: " << flags.db << ": " << s.message() << "\n";
  }
  const WriteStats& w = writer.stats();
  if (!flags.quiet || flags.stats) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const uint64_t rate = seconds > 0 ? static_cast<uint64_t>(summary.articles() / seconds) : 0;
    summary.Summary(stats,
                    Cat("events ", w.events, ", added ", w.added, ", replaced ", w.replaced, ", unchanged ",
                        w.unchanged, ", ", rate, " articles/s"),
                    flags.stats);
  }
  return status.ok() ? 0 : 1;
}

}  // namespace

void RegisterIngest(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Code articles and store them with their events (SQLite)");
  auto flags = std::make_shared<IngestFlags>();
  cmd->add_option("inputs", flags->inputs,
                  "Articles: .jsonl/.ndjson files, .txt, .html, directories, or - for standard input")
      ->required();
  cmd->add_option("--db", flags->db, "The store file (created when missing)")->required();
  cmd->add_option("--date", flags->date, "Publication date (YYYY-MM-DD) for articles that give none");
  cmd->add_flag("--strict", flags->strict,
                "Store nothing (exit status 1) if any line or file cannot be read: the whole "
                "ingest is one transaction");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no summary on standard error");
  cmd->add_flag("--stats", flags->stats, "A fuller summary on standard error");
  cmd->add_flag("--force", flags->force, "Code and replace articles stored already with the same content");
  cmd->add_option("--places", flags->places,
                  "Gazetteer file (default: the one built with dyad, or DYAD_PLACES); none: no places");
  cmd->add_option("-j,--threads", flags->threads, "Worker threads for coding")->check(CLI::Range(1, 256));
  cmd->add_option("--batch", flags->batch, "Articles per transaction (default 500)")
      ->check(CLI::Range(1, 1000000));
  cmd->footer(
      "An article whose id is stored already is replaced (its events too); one stored with the\n"
      "same content is skipped, so running the same command again after an interruption\n"
      "resumes where it stopped. Schema and queries: docs/store.md.\n"
      "Example: dyad ingest examples/articles.jsonl --db news.db");
  cmd->callback([flags] { SetExitCode(RunIngest(*flags)); });
}

}  // namespace dyad::cli
