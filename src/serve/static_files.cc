// The dashboard's files: GET /PATH answers the file PATH below the web
// folder, and nothing else. A path is refused (404) when any of its parts
// is empty, "." or "..", or starts with a dot (hidden files), when it holds
// a backslash, a NUL or a control character, or when the file it names,
// once symbolic links are resolved, is not inside the web folder.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "dyad/serve.h"
#include "util/strings.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Files larger than this are not served (the dashboard's are far smaller).
constexpr uintmax_t kMaxFileBytes = 64u << 20;

std::string_view ContentType(std::string_view name) {
  const size_t dot = name.rfind('.');
  const std::string_view ext = dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
  if (ext == "html" || ext == "htm") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "txt") return "text/plain; charset=utf-8";
  if (ext == "woff2") return "font/woff2";
  return "application/octet-stream";
}

HttpReply NotFound(std::string_view message) { return JsonError(404, message); }

// True when `inner` is `outer` or below it (both absolute and normal).
bool Inside(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

}  // namespace

HttpReply ServeStaticFile(std::string_view path, const std::string& web_dir) {
  if (web_dir.empty()) {
    return NotFound(
        "the dashboard is not built (no web folder; see `dyad serve --help`); the API answers under /api/");
  }
  if (path.empty() || path[0] != '/') return NotFound("no such file");
  std::string_view relative = path.substr(1);
  std::string name = relative.empty() ? std::string("index.html") : std::string(relative);
  // Check every part of the path before touching the file system.
  for (char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\' || c == ':') return NotFound("no such file");
  }
  for (std::string_view part : util::Split(name, '/')) {
    if (part.empty() || part[0] == '.') return NotFound("no such file");
  }
  std::error_code error;
  const fs::path base = fs::canonical(web_dir, error);
  if (error) return NotFound("the web folder cannot be read");
  const fs::path file = fs::weakly_canonical(base / fs::path(name), error);
  if (error || !Inside(file, base) || file == base) return NotFound("no such file");
  // canonical resolved every symbolic link: what is left must be a
  // regular file inside the folder.
  const fs::file_status status = fs::status(file, error);
  if (error || !fs::is_regular_file(status)) return NotFound("no such file");
  const uintmax_t size = fs::file_size(file, error);
  if (error || size > kMaxFileBytes) return NotFound("no such file");
  std::ifstream in(file, std::ios::binary);
  if (!in) return NotFound("no such file");
  std::ostringstream text;
  text << in.rdbuf();
  HttpReply r;
  r.status = 200;
  r.content_type = std::string(ContentType(file.filename().string()));
  r.body = std::move(text).str();
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace dyad
