// dyad/serve.h: the store as a web service (`dyad serve`). A JSON API over
// a read-only store (summary, events, dyad series, top lists, a network of
// dyads, counts per country, full-text search, articles, actor codes) and
// the dashboard's static files. Routes, parameters and answers are in
// docs/api.md.
//
// Answering a request is a plain function, so that it can be tested
// without a socket:
//
//   auto store = dyad::Store::Open("news.db", dyad::StoreMode::kReadOnly);
//   dyad::ServeContext context;   // no web folder, no country names
//   dyad::HttpReply reply = dyad::HandleRequest(
//       {.method = "GET", .path = "/api/series", .params = {{"a", "CHNGOV"}, {"b", "PRKGOV"}}},
//       store->get(), context);
//   // reply.status 200, reply.content_type "application/json; charset=utf-8"
//
// The server binds first (so that the port is known, with port 0 any free
// one), then serves on a bounded pool of threads until Stop():
//
//   dyad::ServeOptions options;
//   options.db = "news.db";
//   options.port = 0;
//   auto server = dyad::Server::Bind(options);
//   if (!server.ok()) return server.status();
//   std::cerr << "listening on port " << (*server)->port() << "\n";
//   absl::Status s = (*server)->Run();   // returns after Stop()
//
// Safety: the store is opened read-only; every parameter is checked (an
// unknown one is an error) and reaches SQL only as a bound value; static
// files are served from below the web folder only; request sizes, times
// and threads are bounded. Each thread uses its own Store.
#ifndef DYAD_SERVE_H_
#define DYAD_SERVE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dyad/store.h"

namespace dyad {

// The query parameters of a request, decoded, in order.
using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method;  // GET, HEAD, ...
  std::string path;    // decoded, starting with '/'
  QueryParams params;
};

struct HttpReply {
  int status = 200;
  std::string content_type;
  std::string body;
  // Extra headers (Allow on a 405, ...).
  std::vector<std::pair<std::string, std::string>> headers;
};

inline constexpr std::string_view kJsonType = "application/json; charset=utf-8";

// ISO 3166-1 names and numeric codes by alpha-3 code, for /api/countries.
struct IsoCountry {
  std::string numeric;  // "156"
  std::string name;     // ISO short name: "China"
};
using CountryTable = std::map<std::string, IsoCountry, std::less<>>;

// Debian's iso-codes file (package iso-codes).
inline constexpr char kIsoCountriesFile[] = "/usr/share/iso-codes/json/iso_3166-1.json";

// Reads iso-codes' iso_3166-1.json text, or the file.
absl::StatusOr<CountryTable> ParseCountryTable(std::string_view json);
absl::StatusOr<CountryTable> ReadCountryTable(const std::string& path);

// What every request may need besides the store.
struct ServeContext {
  // The dashboard's folder; empty: none (then "/" answers 404).
  std::string web_dir;
  // Country names and numeric codes; null or empty: answered as null.
  const CountryTable* countries = nullptr;
};

// Answers one request: GET or HEAD of /api/... (the API, from `store`) or
// of a file below the web folder; 405 for other methods. `store` may be
// null for paths outside /api/. Never throws.
HttpReply HandleRequest(const HttpRequest& request, Store* store, const ServeContext& context);

// The parts of HandleRequest.
HttpReply HandleApi(std::string_view path, const QueryParams& params, Store& store, const ServeContext& context);
HttpReply ServeStaticFile(std::string_view path, const std::string& web_dir);

// A JSON error answer: {"error": message}.
HttpReply JsonError(int status, std::string_view message);

struct ServeOptions {
  std::string db;                  // the store file (opened read-only)
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: any free port
  std::string web_dir;             // empty: no dashboard
  std::string countries_file = kIsoCountriesFile;  // missing: no names
  int threads = 8;                 // worker threads (1..64), each with its own Store
  size_t max_body_bytes = 1 << 20;  // larger request bodies: 413
  int read_timeout_seconds = 5;     // a slow client is dropped
  int write_timeout_seconds = 5;
  int keep_alive_seconds = 2;       // idle connections close (they hold a thread)
};

class Server {
 public:
  // Checks the options, opens the store once (so that a missing or bad
  // store fails here) and binds the port; nothing is served before Run().
  static absl::StatusOr<std::unique_ptr<Server>> Bind(const ServeOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  const std::string& host() const;
  int port() const;  // the port bound (the free one chosen for port 0)

  // Serves until Stop() (from another thread or a signal thread).
  absl::Status Run();
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVE_H_
