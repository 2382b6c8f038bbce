// The HTTP server of `dyad serve`, on cpp-httplib: binds, then hands every
// request to HandleRequest with a Store of its own. Bounds: a fixed pool
// of worker threads, a read and a write timeout, a short keep-alive, a
// maximum body size (413), httplib's maximum URL length (414) and header
// line length; other methods than GET and HEAD are answered 405 before
// any body is read. The answers of the routes that add up whole periods
// are kept until the store's files change.
#include <httplib.h>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <iostream>
#include <map>
#include <mutex>

#include "dyad/serve.h"
#include "util/strings.h"

namespace dyad {

// Stores opened read-only on demand, one per thread at a time.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  absl::StatusOr<std::unique_ptr<Store>> Take() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<Store> s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    return Store::Open(path_, StoreMode::kReadOnly);
  }
  void Give(std::unique_ptr<Store> store) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(store));
  }

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> free_;
};

// Answers of the routes that add up the whole period asked (all time by
// default: seconds on a store of millions of events), kept while the
// store's files are unchanged: any write changes the size or the time of
// the file or of its write-ahead log.
class AnswerCache {
 public:
  explicit AnswerCache(std::string db) : db_(std::move(db)) {}

  static bool Cached(std::string_view path) {
    return path == "/api/summary" || path == "/api/countries" || path == "/api/actors" ||
           path == "/api/top-actors" || path == "/api/top-dyads" || path == "/api/network";
  }
  static std::string Key(const HttpRequest& r) {
    std::string key = r.path;
    for (const auto& [name, value] : r.params) util::Append(&key, "\n", name, "=", value);
    return key;
  }

  // The files' state now.
  std::string Version() const {
    std::string out;
    for (const std::string& file : {db_, db_ + "-wal"}) {
      struct stat info;
      if (::stat(file.c_str(), &info) == 0) {
        util::Append(&out, info.st_size, ":", info.st_mtim.tv_sec, ".", info.st_mtim.tv_nsec, ";");
      } else {
        out += "-;";
      }
    }
    return out;
  }

  bool Find(const std::string& key, const std::string& version, HttpReply* reply) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (version != version_) return false;
    auto it = answers_.find(key);
    if (it == answers_.end()) return false;
    *reply = it->second;
    return true;
  }
  void Put(const std::string& key, const std::string& version, const HttpReply& reply) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (version != version_ || answers_.size() >= kMaxAnswers) {
      answers_.clear();
      version_ = version;
    }
    answers_[key] = reply;
  }

 private:
  static constexpr size_t kMaxAnswers = 256;
  std::string db_;
  std::mutex mutex_;
  std::string version_;
  std::map<std::string, HttpReply> answers_;
};

struct Server::Impl {
  ServeOptions options;
  CountryTable countries;
  ServeContext context;
  std::unique_ptr<StorePool> stores;
  std::unique_ptr<AnswerCache> cache;
  httplib::Server http;
  int port = 0;
  std::atomic<bool> run_started{false};
  std::atomic<bool> run_finished{false};
  std::atomic<bool> stop_requested{false};

  void Answer(const httplib::Request& req, httplib::Response& res) {
    HttpRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [name, value] : req.params) request.params.emplace_back(name, value);
    HttpReply reply;
    const bool get = req.method == "GET" || req.method == "HEAD";
    std::string key, version;
    if (get && AnswerCache::Cached(req.path)) {
      key = AnswerCache::Key(request);
      version = cache->Version();
      if (cache->Find(key, version, &reply)) {
        Fill(reply, res);
        return;
      }
    }
    std::unique_ptr<Store> store;
    const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
    if (api && get) {
      auto taken = stores->Take();
      if (!taken.ok()) {
        std::cerr << "dyad serve: " << taken.status() << "\n";
        reply = JsonError(500, "the store cannot be opened; see the server's log");
      } else {
        store = std::move(*taken);
      }
    }
    if (reply.status == 200) reply = HandleRequest(request, store.get(), context);
    if (store != nullptr) stores->Give(std::move(store));
    if (!key.empty() && reply.status == 200) cache->Put(key, version, reply);
    Fill(reply, res);
  }

  static void Fill(const HttpReply& reply, httplib::Response& res) {
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers) res.set_header(name, value);
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(reply.body, reply.content_type);
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() {
  if (impl_ != nullptr) Stop();
}

const std::string& Server::host() const { return impl_->options.host; }
int Server::port() const { return impl_->port; }

absl::StatusOr<std::unique_ptr<Server>> Server::Bind(const ServeOptions& options) {
  if (options.threads < 1 || options.threads > 64) {
    return absl::InvalidArgumentError(util::Cat("bad --threads ", options.threads, ": want 1 to 64"));
  }
  if (options.port < 0 || options.port > 65535) {
    return absl::InvalidArgumentError(util::Cat("bad --port ", options.port, ": want 0 to 65535"));
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  // The store must open now: a wrong path is an error at start, not on
  // the first request.
  {
    auto store = Store::Open(options.db, StoreMode::kReadOnly);
    if (!store.ok()) return store.status();
    impl->stores = std::make_unique<StorePool>(options.db);
    impl->cache = std::make_unique<AnswerCache>(options.db);
    impl->stores->Give(std::move(*store));
  }
  if (!options.countries_file.empty()) {
    auto table = ReadCountryTable(options.countries_file);
    if (table.ok()) {
      impl->countries = std::move(*table);
    } else {
      std::cerr << "dyad serve: " << table.status().message() << "; countries are answered without names\n";
    }
  }
  impl->context.web_dir = options.web_dir;
  impl->context.countries = &impl->countries;

  httplib::Server& http = impl->http;
  const size_t threads = static_cast<size_t>(options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_tcp_nodelay(true);  // small answers leave at once (no 40 ms delayed-ACK stalls)
  http.set_payload_max_length(options.max_body_bytes);
  // SO_REUSEADDR (a restart binds at once) but not SO_REUSEPORT: a second
  // server on the same port must fail, not share it.
  http.set_socket_options([](int sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options.keep_alive_seconds);
  http.set_keep_alive_max_count(100);
  Impl* self = impl.get();
  // Every method but GET and HEAD: 405, before the body is read.
  http.set_pre_routing_handler([self](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    self->Answer(req, res);
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Get(".*", [self](const httplib::Request& req, httplib::Response& res) { self->Answer(req, res); });
  // httplib's own refusals (a bad request line, 413, 414, ...) as JSON.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = util::Cat("request refused (HTTP ", res.status, ")");
    if (res.status == 413) message = "request body too large";
    if (res.status == 414) message = "URL too long";
    if (res.status == 400) message = "bad request";
    Impl::Fill(JsonError(res.status, message), res);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::cerr << "dyad serve: " << e.what() << "\n";
    } catch (...) {
      std::cerr << "dyad serve: unknown exception\n";
    }
    Impl::Fill(JsonError(500, "internal error; see the server's log"), res);
  });

  if (options.port == 0) {
    impl->port = http.bind_to_any_port(options.host);
    if (impl->port <= 0) {
      return absl::UnavailableError(util::Cat("cannot listen on ", options.host, " (any port)"));
    }
  } else {
    if (!http.bind_to_port(options.host, options.port)) {
      return absl::UnavailableError(util::Cat("cannot listen on ", options.host, ":", options.port,
                                              " (in use, or not an address of this machine)"));
    }
    impl->port = options.port;
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

absl::Status Server::Run() {
  impl_->run_started = true;
  if (impl_->stop_requested) {
    impl_->run_finished = true;
    return absl::OkStatus();
  }
  const bool ok = impl_->http.listen_after_bind();
  impl_->run_finished = true;
  if (!ok) {
    // listen_after_bind returns false after stop() too: only an error if
    // the socket is still ours.
    if (impl_->http.is_valid() && impl_->http.is_running()) {
      return absl::InternalError("the server stopped unexpectedly");
    }
  }
  return absl::OkStatus();
}

void Server::Stop() {
  impl_->stop_requested = true;
  // httplib's stop() does nothing before its loop runs: wait for it when
  // Run() has begun.
  while (impl_->run_started && !impl_->run_finished && !impl_->http.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace dyad
