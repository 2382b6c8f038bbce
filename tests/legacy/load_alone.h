// Test support for the legacy tests: loads a pipeline and an event coder
// with a converted legacy dictionary alone (no built-in actors, patterns or
// CAMEO conventions), as `dyad code --dict DIR --no-builtin` loads them, and
// writes coded events as the tests compare them.
#ifndef DYAD_TESTS_LEGACY_LOAD_ALONE_H_
#define DYAD_TESTS_LEGACY_LOAD_ALONE_H_

#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/events.h"
#include "dyad/legacy.h"
#include "dyad/pipeline.h"

namespace dyad::legacy {

// Sets *pipeline and *coder (owned by the caller) from `converted`; a
// failure to load fails the current test and leaves them null.
inline void LoadAlone(const Converted& converted, Pipeline** pipeline, EventCoder** coder) {
  PipelineOptions options;
  if (const char* d = std::getenv("DYAD_DATA_DIR")) options.data_dir = d;
  options.builtin_actors = false;
  options.extra_actor_texts = converted.actor_texts;
  auto loaded = Pipeline::Load(options, nullptr);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  *pipeline = loaded->release();
  EventCoderOptions coder_options;
  coder_options.builtin_patterns = false;
  coder_options.conventions = false;
  coder_options.extra_pattern_texts = converted.pattern_texts;
  auto event_coder = EventCoder::Load((*pipeline)->data_dir(), nullptr, coder_options);
  ASSERT_TRUE(event_coder.ok()) << event_coder.status();
  *coder = event_coder->release();
}

// "SRC>TGT:CODE" for each event, in order.
inline std::vector<std::string> EventKeys(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo->code);
  return out;
}

}  // namespace dyad::legacy

#endif  // DYAD_TESTS_LEGACY_LOAD_ALONE_H_
