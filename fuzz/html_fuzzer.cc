// Fuzzes HTML main-text extraction (ExtractHtmlText). Checks that the text
// is valid UTF-8, has no empty lines and no spaces at line ends, that the
// title is one line, and that the text stays proportionate to the input.
// Inputs are capped at 1 MB; a slow input shows up as a libFuzzer timeout.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/input.h"
#include "slow_utf8.h"

namespace {

using dyad::fuzz::ValidUtf8;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view html(reinterpret_cast<const char*>(data), size);
  dyad::HtmlText page = dyad::ExtractHtmlText(html);
  if (!ValidUtf8(page.text) || !ValidUtf8(page.title)) __builtin_trap();
  // A bad byte becomes U+FFFD (3 bytes); nothing else makes text grow.
  if (page.text.size() > 3 * size + 16 || page.title.size() > 3 * size + 16) __builtin_trap();
  if (page.title.find('\n') != std::string_view::npos) __builtin_trap();
  std::string_view text = page.text;
  if (!text.empty() && (text.front() == '\n' || text.back() == '\n')) __builtin_trap();
  if (text.find("\n\n") != std::string_view::npos) __builtin_trap();
  if (text.find(" \n") != std::string_view::npos) __builtin_trap();
  if (text.find("\n ") != std::string_view::npos) __builtin_trap();
  if (text.find("  ") != std::string_view::npos) __builtin_trap();
  return 0;
}
