// The main of every test program: sets the environment the tests read
// (DYAD_DATA_DIR, DYAD_EXAMPLES_DIR, DYAD_TESTS_DIR, DYAD_SHARED_DIR,
// DYAD_BINARY) to this build's values unless the caller already set them,
// so a test program behaves the same under ctest and when run by hand.
#include <cstdlib>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
  setenv("DYAD_DATA_DIR", DYAD_TEST_DATA_DIR, 0);
  setenv("DYAD_EXAMPLES_DIR", DYAD_TEST_EXAMPLES_DIR, 0);
  setenv("DYAD_TESTS_DIR", DYAD_TEST_TESTS_DIR, 0);
  setenv("DYAD_SHARED_DIR", DYAD_TEST_SHARED_DIR, 0);
  setenv("DYAD_BINARY", DYAD_TEST_BINARY, 0);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
