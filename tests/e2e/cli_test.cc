// The dyad command line, run as a user runs it: help on every command,
// actors and events out, problems reported and --strict failing.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace {

struct Result {
  int status = -1;
  std::string out;  // standard output and error together
};

Result Dyad(const std::string& args) {
  const char* binary = std::getenv("DYAD_BINARY");
  const char* data = std::getenv("DYAD_DATA_DIR");
  Result r;
  const std::string command =
      std::string(binary) + " --data " + data + " " + args + " 2>&1";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string Write(const std::string& name, const std::string& contents) {
  const auto path = std::filesystem::temp_directory_path() / ("dyad_cli_test_" + name);
  std::ofstream(path, std::ios::binary) << contents;
  return path.string();
}

TEST(CliTest, EveryCommandHasHelp) {
  for (const char* command : {"", "actors", "explain", "code", "eval"}) {
    Result r = Dyad(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
  }
}

TEST(CliTest, ActorsOnTheExamples) {
  const char* examples = std::getenv("DYAD_EXAMPLES_DIR");
  Result r = Dyad(std::string("actors ") + examples + "/articles.jsonl");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("\"code\":\"PRKGOV\""), std::string::npos);
  EXPECT_NE(r.out.find("articles 24, sentences "), std::string::npos) << r.out;
}

TEST(CliTest, ProblemsAreReportedAndStrictFails) {
  const std::string path = Write("bad.jsonl", "{\"text\": \"China praised Russia.\"}\n{\"text\": 5}\n");
  Result tolerant = Dyad("actors " + path);
  EXPECT_EQ(tolerant.status, 0);
  EXPECT_NE(tolerant.out.find(path + ":2: "), std::string::npos) << tolerant.out;
  EXPECT_NE(tolerant.out.find("\"code\":\"CHNGOV\""), std::string::npos);
  EXPECT_NE(tolerant.out.find("problems skipped 1"), std::string::npos);
  Result strict = Dyad("actors --strict " + path);
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(strict.out.find("\"code\""), std::string::npos) << "nothing is written under --strict";
  std::filesystem::remove(path);
}

TEST(CliTest, ExplainShowsTokensActorsAndTheirDictionaryLines) {
  Result r = Dyad("explain \"Chinese president Xi Jinping met Kim Jong-Un.\" --date 2019-06-20");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("CHNGOV"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actors/people-"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("NNP"), std::string::npos);
}

TEST(CliTest, BadArgumentsAreUsageErrors) {
  EXPECT_NE(Dyad("actors").status, 0);
  EXPECT_NE(Dyad("actors x.jsonl --date 2024-13-01").status, 0);
  EXPECT_NE(Dyad("nosuchcommand").status, 0);
  Result missing = Dyad("actors no/such/file.jsonl");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.out.find("no/such/file.jsonl"), std::string::npos);
}

TEST(CliTest, ThreadsKeepInputOrder) {
  const char* examples = std::getenv("DYAD_EXAMPLES_DIR");
  Result one = Dyad(std::string("actors -q ") + examples);
  Result two = Dyad(std::string("actors -q -j 2 ") + examples);
  EXPECT_EQ(one.status, 0);
  EXPECT_EQ(one.out, two.out);
}

}  // namespace
