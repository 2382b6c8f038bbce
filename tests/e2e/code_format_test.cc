// `dyad code` as a user runs it: --format jsonl|tsv|csv, --header, and
// --places with a gazetteer written here, a missing one, or none.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "place/tiny_gazetteer.h"

namespace {

struct Result {
  int status = -1;
  std::string out;  // standard output and error together
};

Result Dyad(const std::string& args) {
  const char* binary = std::getenv("DYAD_BINARY");
  const char* data = std::getenv("DYAD_DATA_DIR");
  Result r;
  const std::string command = std::string(binary) + " --data " + data + " " + args + " 2>&1";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// A file name of this process and test: CTest runs the tests of this file
// as separate processes, in parallel.
std::string Temp(const std::string& name) {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  return (std::filesystem::temp_directory_path() /
          ("dyad_code_format_test_" + std::to_string(getpid()) + "_" + (test ? test->name() : "") + "_" + name))
      .string();
}

std::string Write(const std::string& name, const std::string& contents) {
  const std::string path = Temp(name);
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

size_t Count(const std::string& s, char c) {
  size_t n = 0;
  for (char x : s) n += x == c;
  return n;
}

class CodeFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    articles_ = Write("articles.jsonl",
                      "{\"id\": \"a1\", \"date\": \"2024-04-16\", \"url\": \"https://example.org/a1\", \"text\": "
                      "\"Chinese officials met North Korean officials in Pyongyang on Sunday. China praised Russia.\"}\n"
                      "{\"id\": \"a2\", \"date\": \"2024-04-17\", \"text\": \"Israeli forces attacked Hamas "
                      "fighters near the border town of Khan Yunis.\"}\n");
    places_ = Write("places.tsv", dyad::testing::TinyGazetteerText());
    output_ = Temp("out");
  }
  void TearDown() override {
    std::filesystem::remove(articles_);
    std::filesystem::remove(places_);
    std::filesystem::remove(output_);
  }

  std::string articles_, places_, output_;
};

TEST_F(CodeFormatTest, JsonLinesCarryTheLocation) {
  Result r = Dyad("code -q " + articles_ + " --places " + places_ + " -o " + output_);
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string out = Read(output_);
  EXPECT_NE(out.find("\"location\":{\"name\":\"Pyongyang\",\"country\":\"PRK\",\"lat\":39.03385"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\"location\":{\"name\":\"Khān Yūnis\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"location\":null"), std::string::npos) << "China praised Russia: no place";
}

TEST_F(CodeFormatTest, TsvHasNoHeaderUnlessAsked) {
  Result r = Dyad("code -q " + articles_ + " --places " + places_ + " --format tsv -o " + output_);
  ASSERT_EQ(r.status, 0) << r.out;
  std::vector<std::string> lines = Lines(Read(output_));
  ASSERT_GE(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_EQ(Count(line, '\t'), 60u) << line;
  EXPECT_EQ(lines[0].rfind("a1:0:0\t20240414\t202404\t2024\t", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("\t4\tPyongyang, North Korea\tPRK\tKP12\t\t39.03385\t125.75432\t1871859\t"
                          "20240416000000\thttps://example.org/a1"),
            std::string::npos)
      << lines[0];

  r = Dyad("code -q " + articles_ + " --places " + places_ + " --format tsv --header -o " + output_);
  ASSERT_EQ(r.status, 0) << r.out;
  lines = Lines(Read(output_));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0].rfind("GLOBALEVENTID\tSQLDATE\t", 0), 0u);
  EXPECT_EQ(Count(lines[0], '\t'), 60u);
}

TEST_F(CodeFormatTest, CsvHasAHeaderAndCrLf) {
  Result r = Dyad("code -q " + articles_ + " --places " + places_ + " --format csv -o " + output_);
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string out = Read(output_);
  EXPECT_EQ(out.rfind("GLOBALEVENTID,SQLDATE,MonthYear,", 0), 0u);
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 4u);
  for (const std::string& line : lines) {
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.back(), '\r');
  }
  // "Pyongyang, North Korea" holds a comma: quoted.
  EXPECT_NE(out.find(",4,\"Pyongyang, North Korea\",PRK,KP12,,39.03385,125.75432,1871859,"), std::string::npos)
      << out;
}

TEST_F(CodeFormatTest, ThreadsKeepTheRowsInOrder) {
  Result one = Dyad("code -q " + articles_ + " --places " + places_ + " --format tsv");
  Result two = Dyad("code -q -j 2 " + articles_ + " --places " + places_ + " --format tsv");
  EXPECT_EQ(one.status, 0);
  EXPECT_EQ(one.out, two.out);
}

TEST_F(CodeFormatTest, UnknownFormatIsAUsageError) {
  Result r = Dyad("code -q " + articles_ + " --format xml");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("--format"), std::string::npos) << r.out;
}

TEST_F(CodeFormatTest, AMissingGazetteerIsOneNoticeAndNoPlaces) {
  Result r = Dyad("code " + articles_ + " --places /no/such/places.tsv");
  EXPECT_EQ(r.status, 0) << r.out;
  size_t notices = 0;
  for (const std::string& line : Lines(r.out))
    if (line.find("/no/such/places.tsv") != std::string::npos) ++notices;
  EXPECT_EQ(notices, 1u) << r.out;
  EXPECT_NE(r.out.find("events get no place"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"location\":null"), std::string::npos);
  EXPECT_EQ(r.out.find("\"location\":{"), std::string::npos);

  Result none = Dyad("code -q " + articles_ + " --places none");
  EXPECT_EQ(none.status, 0);
  EXPECT_EQ(none.out.find("gazetteer"), std::string::npos) << none.out;
  EXPECT_EQ(none.out.find("\"location\":{"), std::string::npos);
}

TEST_F(CodeFormatTest, StatsTellWhichGazetteerWasLoaded) {
  Result r = Dyad("code --stats " + articles_ + " --places " + places_ + " -o " + output_);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("places: " + places_ + " (19 names"), std::string::npos) << r.out;
}

TEST_F(CodeFormatTest, StrictWritesNoHeaderWhenItFails) {
  const std::string bad = Write("bad.jsonl", "{\"text\": \"China praised Russia.\"}\n{\"text\": 5}\n");
  Result r = Dyad("code -q --strict --format csv " + bad + " -o " + output_);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(Read(output_), "");
  std::filesystem::remove(bad);
}

TEST_F(CodeFormatTest, ExplainShowsThePlaces) {
  Result r = Dyad("explain \"Chinese officials met North Korean officials in Pyongyang.\" --places " + places_);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("places:\n    Pyongyang"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("      at Pyongyang, North Korea (city, PRK, 39.03385 125.75432)"), std::string::npos)
      << r.out;
}

}  // namespace
