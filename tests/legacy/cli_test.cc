// dyad dict check, dyad dict convert, --dict on code and explain, and dyad
// validate, run as a user runs them on small legacy folders written here.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string out;
};

Result Dyad(const std::string& args) {
  Result r;
  const std::string command = std::string(std::getenv("DYAD_BINARY")) + " --data " +
                              std::getenv("DYAD_DATA_DIR") + " " + args + " 2>&1";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class LegacyCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_legacy_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "tabari");
    Write("tabari/demo.actors",
          "ARNOR  [ARN]\n"
          "GONDOR [GON]\n"
          "ERIADOR [eri]\n"                            // lower-case code: a note
          "OSGILIATH [OSG 9501011-951231]\n");         // 7-digit date: a problem
    Write("tabari/demo.agents", "FOREIGN_MINISTER_  [ ~GOVFRM]\n");
    Write("tabari/demo.verbs", "CONDEMN  [122]\nARRIVE  [032:033]\n- % * WITH + [031]\n");
    Write("tabari/demo.options", "LABEL: 122=DENIGRATE\n");
    Write("tabari/demo.project",
          "<actorsfile> demo.actors\n<verbsfile> demo.verbs\n<agentsfile> demo.agents\n"
          "<optionsfile> demo.options\n<textfile> demo.text\n");
    Write("tabari/demo.text",
          "950101  START-00\nStart.\n/* {+++} */\n\n"
          // TABARI codes no sentence under 8 words by default.
          "950101  OPT-01\nShort sentences.\n/*\\n{ OPTION: SET: MINIMUM WORDS = 3 } */\n\n"
          "950101  T-01\nArnor condemned Gondor on Sunday.\n/*\\n{ ARN / GON / 122 } */\n\n"
          "950101  T-02\nArnor arrived in Gondor.\n/*\\n{ ARN / GON / 032 }\\n{ GON / ARN / 033 } */\n\n"
          "950101  T-03\nArnor praised Gondor.\n/*\\n{ ARN / GON / 041 } */\n\n"
          "950101  T-04\nThe weather was fine.\n/*\\n{---} */\n\n"
          "950101  FINAL-01\nEnd.\n/* */\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

TEST_F(LegacyCliTest, CheckListsEveryProblemByFileAndLine) {
  Result r = Dyad("dict check " + Path("tabari"));
  EXPECT_EQ(r.status, 1) << r.out;  // the 7-digit date is a problem
  EXPECT_NE(r.out.find("demo.actors:3: note: lower-case code \"eri\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("demo.actors:4: 7-digit date \"9501011\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("demo.verbs:3: unsupported: compound-actor markers %"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("checked 4 files (tabari)"), std::string::npos) << r.out;
}

TEST_F(LegacyCliTest, CheckOfDyadsOwnDataIsClean) {
  Result r = Dyad(std::string("dict check ") + std::getenv("DYAD_DATA_DIR"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("(dyad format)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; 0 problems"), std::string::npos) << r.out;
}

TEST_F(LegacyCliTest, ConvertThenCodeWithTheConvertedFolder) {
  Result c = Dyad("dict convert " + Path("tabari/demo.project") + " --out " + Path("converted"));
  ASSERT_EQ(c.status, 0) << c.out;
  EXPECT_TRUE(fs::exists(dir_ / "converted" / "actors" / "demo.actors.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "converted" / "events" / "demo.verbs.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "converted" / "unconverted.txt"));
  Result check = Dyad("dict check " + Path("converted"));
  EXPECT_EQ(check.status, 0) << check.out;
  Write("articles.jsonl", "{\"id\": \"a\", \"date\": \"1995-01-01\", \"text\": \"Arnor condemned Gondor.\"}\n");
  for (const std::string& dict : {Path("converted"), Path("tabari")}) {
    Result code = Dyad("code " + Path("articles.jsonl") + " --dict " + dict + " --no-builtin -q");
    EXPECT_EQ(code.status, 0) << code.out;
    EXPECT_NE(code.out.find("\"source\":{\"code\":\"ARN\""), std::string::npos) << dict << ": " << code.out;
    EXPECT_NE(code.out.find("\"cameo\":\"122\""), std::string::npos) << code.out;
  }
}

TEST_F(LegacyCliTest, ExplainShowsTheLegacyLine) {
  Result r = Dyad("explain \"Arnor condemned Gondor.\" --dict " + Path("tabari") + " --no-builtin");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("(legacy demo.verbs:1)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(legacy demo.actors:1)"), std::string::npos) << r.out;
}

TEST_F(LegacyCliTest, NewCommandsHaveHelp) {
  for (const char* command : {"dict", "dict check", "dict convert", "validate"}) {
    Result r = Dyad(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
  }
  Result code = Dyad("code --help");
  EXPECT_NE(code.out.find("--dict-format"), std::string::npos) << code.out;
}

TEST_F(LegacyCliTest, NoBuiltinNeedsDict) {
  Result r = Dyad("explain \"Arnor condemned Gondor.\" --no-builtin");
  EXPECT_EQ(r.status, 2) << r.out;
}

TEST_F(LegacyCliTest, ValidatePrintsEachRecordAndATotal) {
  Result r = Dyad("validate " + Path("tabari/demo.text"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("PASS T-01  ARN/GON/122"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PASS T-02"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FAIL T-03  expected ARN/GON/041  found none"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PASS T-04  none"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("passed 5 of 6 records checked (83.3%), 1 skipped"), std::string::npos) << r.out;
}

}  // namespace
