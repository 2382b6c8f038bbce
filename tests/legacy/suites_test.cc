// The field's validation suites as tests: TABARI's Validate.text (its
// standard part, START-00 to FINAL-01) with the dictionaries its project
// file names, and PETRARCH's unit-test records with the PETR.Validate.*
// dictionaries. dyad reads the raw sentences with its own analysis. The
// floors are the pass rates reached when they were set (docs/legacy.md
// lists the records that still fail, with the reason); they only go up.
#include "dyad/legacy.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "e2e/test_support.h"

namespace dyad::legacy {
namespace {

struct Outcome {
  size_t passed = 0, checked = 0, skipped = 0;
  std::string failures;
};

Outcome RunFile(const std::string& path) {
  Outcome out;
  auto suite = ReadSuite(path, nullptr);
  EXPECT_TRUE(suite.ok()) << suite.status();
  if (!suite.ok()) return out;
  auto dict = ReadDictionaries(suite->dictionaries, Format::kAuto, nullptr);
  EXPECT_TRUE(dict.ok()) << dict.status();
  if (!dict.ok()) return out;
  PipelineOptions options;
  if (const char* d = std::getenv("DYAD_DATA_DIR")) options.data_dir = d;
  EventCoderOptions codebook_only;
  codebook_only.builtin_patterns = false;
  codebook_only.conventions = false;
  auto codebook = EventCoder::Load(options.data_dir, nullptr, codebook_only);
  EXPECT_TRUE(codebook.ok());
  ConvertOptions convert_options;
  convert_options.known_code = [&](std::string_view code) { return (*codebook)->Find(code) != nullptr; };
  const Converted converted = Convert(*dict, convert_options);
  options.builtin_actors = false;
  options.extra_actor_texts = converted.actor_texts;
  std::vector<Problem> problems;
  auto pipeline = Pipeline::Load(options, [&](const Problem& p) { problems.push_back(p); });
  EXPECT_TRUE(pipeline.ok()) << pipeline.status();
  if (!pipeline.ok()) return out;
  EventCoderOptions coder_options;
  coder_options.builtin_patterns = false;
  coder_options.conventions = false;
  coder_options.extra_pattern_texts = converted.pattern_texts;
  auto coder = EventCoder::Load((*pipeline)->data_dir(), [&](const Problem& p) { problems.push_back(p); },
                                coder_options);
  EXPECT_TRUE(coder.ok()) << coder.status();
  if (!coder.ok()) return out;
  // The converted dictionaries load without a single problem.
  for (const Problem& p : problems) ADD_FAILURE() << "converted dictionary problem: " << p.ToString();
  for (const RecordResult& r : RunSuite(*suite, **pipeline, **coder, &converted)) {
    if (r.skipped) {
      ++out.skipped;
      continue;
    }
    ++out.checked;
    if (r.passed) ++out.passed;
    else out.failures += r.record->id + " ";
  }
  return out;
}

TEST(ValidationSuitesTest, Tabari) {
  const std::string path = testing::SharedFile("peers/tabari/Validate.text");
  if (path.empty()) GTEST_SKIP() << "the TABARI validation suite is absent (DYAD_SHARED_DIR/peers/tabari); "
                                    "this test runs where it is present";
  const Outcome o = RunFile(path);
  EXPECT_EQ(o.checked + o.skipped, 467u);  // START-00 through FINAL-01
  const double rate = o.checked == 0 ? 0 : static_cast<double>(o.passed) / static_cast<double>(o.checked);
  std::printf("TABARI: passed %zu of %zu (%.1f%%), %zu skipped\n", o.passed, o.checked, 100 * rate, o.skipped);
  EXPECT_GE(rate, 0.968) << "failing: " << o.failures;
}

TEST(ValidationSuitesTest, Petrarch) {
  const std::string path = testing::SharedFile("peers/petrarch2/PETR.UnitTest.records.xml");
  if (path.empty()) GTEST_SKIP() << "the PETRARCH unit-test records are absent (DYAD_SHARED_DIR/peers/petrarch2); "
                                    "this test runs where they are present";
  const Outcome o = RunFile(path);
  EXPECT_EQ(o.checked + o.skipped, 284u);
  const double rate = o.checked == 0 ? 0 : static_cast<double>(o.passed) / static_cast<double>(o.checked);
  std::printf("PETRARCH: passed %zu of %zu (%.1f%%), %zu skipped\n", o.passed, o.checked, 100 * rate, o.skipped);
  EXPECT_GE(rate, 0.953) << "failing: " << o.failures;
}

// The real production dictionaries read and convert without stopping, and
// what they report is listed by file and line.
TEST(ValidationSuitesTest, RealDictionariesConvert) {
  const std::string phoenix = testing::SharedFile("peers/petrarch2/config/PETR_config.ini");
  if (phoenix.empty()) GTEST_SKIP() << "the PETRARCH dictionaries are absent (DYAD_SHARED_DIR/peers/petrarch2)";
  std::vector<Problem> problems;
  auto dict = ReadDictionaries({phoenix}, Format::kAuto, [&](const Problem& p) { problems.push_back(p); });
  ASSERT_TRUE(dict.ok()) << dict.status();
  EXPECT_EQ(dict->format, Format::kPetrarch2);
  EXPECT_GT(dict->actors.size(), 20000u);
  EXPECT_GT(dict->agents.size(), 3000u);
  bool seven_digit = false;
  for (const Problem& p : problems) {
    EXPECT_GT(p.line, 0u) << p.ToString();
    seven_digit |= p.reason.find("7-digit date") != std::string::npos &&
                   p.file.find("Phoenix.Countries.actors.txt") != std::string::npos && p.line == 2039;
  }
  EXPECT_TRUE(seven_digit);
  const Converted converted = Convert(*dict, {});
  EXPECT_GT(converted.patterns, 10000u);
  EXPECT_GT(converted.discards.size(), 400u);
}

}  // namespace
}  // namespace dyad::legacy
