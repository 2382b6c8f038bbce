// Fuzzes HTML main-text extraction. Inputs are capped at 1 MB.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  dyad::HtmlText t = dyad::ExtractHtmlText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (t.text.size() > size * 4 + 16) __builtin_trap();  // text cannot grow without bound
  return 0;
}
