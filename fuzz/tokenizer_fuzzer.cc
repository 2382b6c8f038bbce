// libFuzzer target for dyad::Tokenize: any byte string must give a
// document that keeps the tokenizer's promises (spans inside the text,
// ordered tokens without white space, sentences covering every token that
// is not part of the dateline). A broken promise aborts, so the fuzzer
// reports it like a crash.
//
//   tokenizer_fuzzer fuzz/corpus/tokenizer_fuzzer          # with libFuzzer
//   tokenizer_fuzzer_replay fuzz/corpus/tokenizer_fuzzer   # as a regression test
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/document.h"
// The checker is private to the library; fuzz targets see only the public
// include folder.
#include "../src/text/document_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxBytes = 1 << 20;
  if (size > kMaxBytes) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // A reused document, as in the pipeline, and a fresh one.
  static dyad::Document* reused = new dyad::Document;
  dyad::Document fresh;
  for (dyad::Document* doc : {reused, &fresh}) {
    dyad::Tokenize(text, doc);
    const std::string problem = dyad::text::FindDocumentProblem(*doc);
    if (!problem.empty()) {
      std::fprintf(stderr, "tokenizer broke a promise: %s\n", problem.c_str());
      std::abort();
    }
  }
  if (reused->tokens.size() != fresh.tokens.size() ||
      reused->sentences.size() != fresh.sentences.size()) {
    std::fprintf(stderr, "a reused document gave a different result\n");
    std::abort();
  }
  return 0;
}
