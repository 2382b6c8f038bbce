// `dyad ingest` killed with SIGKILL in the middle: the store opens, holds
// whole batches (every article with all its events), and the same command
// run again completes it with no duplicates.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/store.h"

extern char** environ;

namespace dyad {
namespace {

constexpr int kCopies = 120;  // of the 24 examples: 2,880 articles
constexpr int kBatch = 40;

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_store_crash_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// The examples, each line repeated with ids "ID~N".
std::string WriteBigInput() {
  std::ifstream in(std::string(std::getenv("DYAD_EXAMPLES_DIR")) + "/articles.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  const std::string path = TempPath("big.jsonl");
  std::ofstream out(path);
  for (int copy = 0; copy < kCopies; ++copy) {
    for (const std::string& line : lines) {
      const size_t at = line.find("\"id\": \"");
      const size_t end = line.find('"', at + 7);
      out << line.substr(0, end) << "~" << copy << line.substr(end) << "\n";
    }
  }
  return path;
}

// Starts `dyad ingest INPUT --db DB --batch kBatch -q`; its pid.
pid_t StartIngest(const std::string& input, const std::string& db) {
  std::vector<std::string> args = {std::getenv("DYAD_BINARY"), "--data", std::getenv("DYAD_DATA_DIR"),
                                   "ingest", input, "--db", db, "--batch", std::to_string(kBatch), "-q"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : (WIFSIGNALED(status) ? -WTERMSIG(status) : -1000);
}

uint64_t StoredArticles(const std::string& db) {
  if (!std::filesystem::exists(db)) return 0;
  auto store = Store::Open(db, StoreMode::kReadOnly);
  if (!store.ok()) return 0;  // still being created
  auto summary = (*store)->Summary();
  return summary.ok() ? summary->articles : 0;
}

// Events of each article (flagged ones too), by id.
std::map<std::string, uint64_t> EventsByArticle(Store& store) {
  EventFilter all;
  all.include_flagged = true;
  all.include_historical = true;
  auto page = store.QueryEvents(all, {.limit = 0});
  EXPECT_TRUE(page.ok()) << page.status();
  std::map<std::string, uint64_t> out;
  if (page.ok())
    for (const StoredEvent& e : page->events) ++out[e.article];
  return out;
}

TEST(StoreCrashTest, KilledIngestKeepsWholeBatchesAndResumes) {
  const std::string input = WriteBigInput();
  const std::string db = TempPath("killed.db");
  const std::string reference = TempPath("reference.db");
  RemoveDb(db);
  RemoveDb(reference);

  // The store an uninterrupted run makes.
  pid_t full = StartIngest(input, reference);
  ASSERT_GT(full, 0);
  ASSERT_EQ(Wait(full), 0);

  pid_t pid = StartIngest(input, db);
  ASSERT_GT(pid, 0);
  // Wait for the first committed batch (the test's only wait on time: a
  // bound, not a condition of passing).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  bool running = true;
  while (StoredArticles(db) == 0 && std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      running = false;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (running) {
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    Wait(pid);
  }

  auto ref = Store::Open(reference, StoreMode::kReadOnly);
  ASSERT_TRUE(ref.ok()) << ref.status();
  const std::map<std::string, uint64_t> expected = EventsByArticle(**ref);
  const uint64_t total = (*ref)->Summary()->articles;
  ASSERT_EQ(total, 24u * kCopies);
  {
    auto killed = Store::Open(db, StoreMode::kReadWrite);
    ASSERT_TRUE(killed.ok()) << killed.status();
    EXPECT_TRUE((*killed)->Check().ok());
    auto summary = (*killed)->Summary();
    ASSERT_TRUE(summary.ok());
    const uint64_t stored = summary->articles;
    EXPECT_GT(stored, 0u);
    if (stored < total) {
      EXPECT_EQ(stored % kBatch, 0u) << "only whole batches are kept";
    } else {
      std::cerr << "note: the ingest finished before it could be killed\n";
    }
    // Every stored article has all its events.
    const std::map<std::string, uint64_t> got = EventsByArticle(**killed);
    for (const auto& [id, n] : got) EXPECT_EQ(n, expected.at(id)) << id;
  }

  // The same command again completes the store.
  pid_t again = StartIngest(input, db);
  ASSERT_GT(again, 0);
  ASSERT_EQ(Wait(again), 0);
  auto done = Store::Open(db, StoreMode::kReadOnly);
  ASSERT_TRUE(done.ok());
  auto a = (*done)->Summary();
  auto b = (*ref)->Summary();
  EXPECT_EQ(a->articles, b->articles);
  EXPECT_EQ(a->events, b->events);
  EXPECT_EQ(a->counted, b->counted);
  EXPECT_EQ(a->groups, b->groups);
  EXPECT_EQ(a->mentions, b->mentions);
  EXPECT_EQ(EventsByArticle(**done), expected);
  EXPECT_TRUE((*done)->Check().ok());

  std::filesystem::remove(input);
  RemoveDb(db);
  RemoveDb(reference);
}

}  // namespace
}  // namespace dyad
