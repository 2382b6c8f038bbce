// Helpers shared by tests that run the whole pipeline on the bundled data.
#ifndef DYAD_TESTS_E2E_TEST_SUPPORT_H_
#define DYAD_TESTS_E2E_TEST_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/input.h"
#include "dyad/pipeline.h"

namespace dyad::testing {

// The pipeline over the project's data/ (DYAD_DATA_DIR, set by CTest),
// loaded once for the test program. Fails the test on load errors.
inline const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    if (const char* d = std::getenv("DYAD_DATA_DIR")) options.data_dir = d;
    auto loaded = Pipeline::Load(options, [](const Problem& p) {
      ADD_FAILURE() << "dictionary problem: " << p.ToString();
    });
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status();
      std::abort();
    }
    return loaded->release();
  }();
  return *pipeline;
}

// Path of a file under the shared test material, or "" when absent.
inline std::string SharedFile(const std::string& relative) {
  const char* dir = std::getenv("DYAD_SHARED_DIR");
  if (dir == nullptr) return "";
  std::string path = std::string(dir) + "/" + relative;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return "";
  std::fclose(f);
  return path;
}

// Every article of `path`, in order; false when the reader fails.
inline bool ReadArticles(const std::string& path, std::vector<Article>* out) {
  return ReadInputs({path}, ReadOptions(),
                    [&](Article&& a) {
                      out->push_back(std::move(a));
                      return true;
                    },
                    nullptr, nullptr)
      .ok();
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_E2E_TEST_SUPPORT_H_
