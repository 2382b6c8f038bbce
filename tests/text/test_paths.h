// Where the tokenizer's tests find their material: the project's tests/
// folder (DYAD_TESTS_DIR) and the shared test material (DYAD_SHARED_DIR),
// both set by CTest. When a variable is missing, the folder is found next
// to this source file the way the build defines it (tests/ is this file's
// parent folder; the shared material sits beside the project folder), so
// the tests also run when started by hand.
#ifndef DYAD_TESTS_TEXT_TEST_PATHS_H_
#define DYAD_TESTS_TEXT_TEST_PATHS_H_

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

namespace dyad::testing {

// This file's folder: tests/text.
inline std::string TextTestsFolder() {
  const std::string_view file = __FILE__;
  const size_t slash = file.rfind('/');
  return slash == std::string_view::npos ? "." : std::string(file.substr(0, slash));
}

inline std::string TestsDir() {
  if (const char* dir = std::getenv("DYAD_TESTS_DIR")) return dir;
  return TextTestsFolder() + "/..";
}

inline std::string SharedDir() {
  if (const char* dir = std::getenv("DYAD_SHARED_DIR")) return dir;
  return TextTestsFolder() + "/../../../shared";
}

// Path of a file under the shared material, or "" when it is not there.
inline std::string SharedFile(const std::string& relative) {
  const std::string path = SharedDir() + "/" + relative;
  if (!std::ifstream(path)) return "";
  return path;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEXT_TEST_PATHS_H_
