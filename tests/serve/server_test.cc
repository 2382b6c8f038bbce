// `dyad serve` as a real server: the program is started on a free loopback
// port (--port 0, the port read from its listening line) over a small
// store, and asked with an HTTP client and with raw sockets: every route,
// bad parameters, unknown routes and methods, ways out of the web folder,
// hostile strings, oversized and garbage requests, many clients at once,
// and a clean stop on SIGTERM.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "dyad/serve.h"
#include "serve/serve_test_store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing::TempStore;

// A running `dyad serve`: its process, port and standard error.
struct ServerProcess {
  pid_t pid = -1;
  int port = 0;
  std::string first_line;
  std::thread drain;
  std::string log;  // standard error after the first line

  // Starts the program; false (with a failure) when it does not print its
  // listening line within 20 seconds.
  bool Start(const std::vector<std::string>& args, bool expect_listening = true) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return false;
    pid = ::fork();
    if (pid == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive the test
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(pipe_fds[1], 2);
      ::close(pipe_fds[0]);
      ::close(pipe_fds[1]);
      std::vector<char*> argv;
      static std::string binary = DYAD_TEST_BINARY;
      argv.push_back(binary.data());
      std::vector<std::string> copy = args;
      for (std::string& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(binary.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(pipe_fds[1]);
    // The first line, byte by byte (nothing else is read before it).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    char c;
    while (std::chrono::steady_clock::now() < deadline && ::read(pipe_fds[0], &c, 1) == 1) {
      if (c == '\n') break;
      first_line.push_back(c);
    }
    const int fd = pipe_fds[0];
    drain = std::thread([this, fd] {
      char buffer[4096];
      ssize_t n;
      while ((n = ::read(fd, buffer, sizeof buffer)) > 0) log.append(buffer, static_cast<size_t>(n));
      ::close(fd);
    });
    std::smatch m;
    static const std::regex kLine(R"(^dyad serve: listening on http://127\.0\.0\.1:(\d+)/$)");
    if (!std::regex_match(first_line, m, kLine)) {
      if (expect_listening) ADD_FAILURE() << "no listening line: \"" << first_line << "\"";
      return false;
    }
    port = std::stoi(m[1]);
    return port > 0;
  }

  // Sends SIGTERM and returns the exit status (-1 if it did not exit).
  int Stop() {
    if (pid <= 0) return -1;
    ::kill(pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 200; ++i) {
      if (::waitpid(pid, &status, WNOHANG) == pid) {
        pid = -1;
        if (drain.joinable()) drain.join();
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    pid = -1;
    if (drain.joinable()) drain.join();
    return -1;
  }
  ~ServerProcess() {
    if (pid > 0) Stop();
  }
};

// Sends raw bytes on a new connection (then, with half_close, closes its
// sending side) and returns what comes back before the server closes it
// (or 5 seconds pass).
std::string Raw(int port, const std::string& bytes, bool half_close = false) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "(no socket)";
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return "(no connection)";
  }
  size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close early (a too long line)
    sent += static_cast<size_t>(n);
  }
  // No more to send: the server need not wait for its read timeout (but
  // httplib then drops the connection without answering).
  if (half_close) ::shutdown(fd, SHUT_WR);
  // Until the server closes, or the first answer is complete (its
  // Content-Length).
  std::string out;
  char buffer[4096];
  ssize_t n;
  while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
    out.append(buffer, static_cast<size_t>(n));
    const size_t end = out.find("\r\n\r\n");
    const size_t length = out.find("Content-Length: ");
    if (end != std::string::npos && length != std::string::npos && length < end &&
        out.size() >= end + 4 + std::stoul(out.substr(length + 16))) {
      break;
    }
  }
  ::close(fd);
  return out;
}

std::string RawGet(int port, const std::string& target) {
  return Raw(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

int RawStatus(const std::string& response) {
  // "HTTP/1.1 404 Not Found"
  if (response.size() < 12 || response.compare(0, 5, "HTTP/") != 0) return 0;
  return std::atoi(response.c_str() + 9);
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // A server that closes a connection early must not kill the test.
    ::signal(SIGPIPE, SIG_IGN);
    temp_ = new TempStore("serve_server");
    {
      auto writer = temp_->Open(StoreMode::kReadWrite);
      ASSERT_NE(writer, nullptr);
      testing::FillServeTestStore(*writer);
      ASSERT_TRUE(writer->Optimize().ok());
    }
    root_ = fs::temp_directory_path() / ("dyad_serve_web_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "web" / "js");
    std::ofstream(root_ / "web" / "index.html") << "<!doctype html><title>dyad dashboard</title>";
    std::ofstream(root_ / "web" / "js" / "app.js") << "export const dyad = 1;";
    std::ofstream(root_ / "secret.txt") << "OUTSIDE THE WEB FOLDER";
    fs::create_symlink(root_ / "secret.txt", root_ / "web" / "link.txt");
    server_ = new ServerProcess;
    ASSERT_TRUE(server_->Start({"serve", "--db", temp_->path, "--port", "0", "--web", (root_ / "web").string(),
                                "--threads", "4"}));
  }
  static void TearDownTestSuite() {
    const int status = server_->Stop();
    EXPECT_EQ(status, 0) << "SIGTERM should stop the server cleanly; log: " << server_->log;
    delete server_;
    delete temp_;
    fs::remove_all(root_);
  }

  void SetUp() override {
    ASSERT_GT(server_->port, 0);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port);
    client_->set_read_timeout(10, 0);
  }

  // GET with parameters; status -1 when there is no answer.
  std::pair<int, std::string> Get(const std::string& path, const httplib::Params& params = {}) {
    auto res = client_->Get(path.c_str(), params, httplib::Headers{}, httplib::Progress{});
    if (!res) return {-1, httplib::to_string(res.error())};
    EXPECT_EQ(res->get_header_value("Content-Type").rfind(path.rfind("/api", 0) == 0 ? "application/json" : "", 0), 0u)
        << path;
    return {res->status, res->body};
  }

  static TempStore* temp_;
  static fs::path root_;
  static ServerProcess* server_;
  std::unique_ptr<httplib::Client> client_;
};

TempStore* ServerTest::temp_ = nullptr;
fs::path ServerTest::root_;
ServerProcess* ServerTest::server_ = nullptr;

const char kSummary[] = R"({"articles":7,"events":12,"counted":11,"groups":11,)";

TEST_F(ServerTest, EveryRouteAnswers) {
  auto summary = Get("/api/summary");
  EXPECT_EQ(summary.first, 200);
  EXPECT_EQ(summary.second.rfind(kSummary, 0), 0u) << summary.second;

  auto events = Get("/api/events", {{"dyad", "CHNGOV,PRKGOV"}, {"limit", "2"}});
  EXPECT_EQ(events.first, 200);
  EXPECT_EQ(events.second.rfind(R"({"total":{"reports":5,"events":5},"offset":0,"limit":2,)", 0), 0u)
      << events.second;
  EXPECT_NE(events.second.find(R"("article":"a5")"), std::string::npos);

  auto series = Get("/api/series", {{"a", "CHNGOV"}, {"b", "PRKGOV"}, {"bucket", "month"}});
  EXPECT_EQ(series.first, 200);
  EXPECT_NE(series.second.find(R"({"bucket":"2024-04-01","a_to_b":{"q1":2,"q2":0,"q3":0,"q4":0,"total":2,)"),
            std::string::npos)
      << series.second;

  auto actors = Get("/api/top-actors", {{"limit", "1"}});
  EXPECT_EQ(actors.second, R"({"actors":[{"code":"CHNGOV","count":8,"goldstein_total":9.2,"goldstein_mean":1.150}]})");

  auto dyads = Get("/api/top-dyads", {{"limit", "1"}});
  EXPECT_EQ(dyads.first, 200);
  EXPECT_NE(dyads.second.find(R"("a":"CHNGOV","b":"PRKGOV","count":5,"a_to_b":3,"b_to_a":2)"), std::string::npos)
      << dyads.second;

  auto network = Get("/api/network", {{"limit", "1"}});
  EXPECT_EQ(network.second.rfind(R"({"nodes":[{"code":"CHNGOV","count":5},{"code":"PRKGOV","count":5}],"edges":[)", 0),
            0u)
      << network.second;

  auto countries = Get("/api/countries");
  EXPECT_EQ(countries.first, 200);
  EXPECT_NE(countries.second.find(R"("country":"CHN")"), std::string::npos);
  if (fs::exists(kIsoCountriesFile)) {
    EXPECT_NE(countries.second.find(R"({"country":"CHN","numeric":"156","name":"China","count":9,)"),
              std::string::npos)
        << countries.second;
  }

  auto search = Get("/api/search", {{"q", "Pyongyang"}});
  EXPECT_EQ(search.first, 200);
  EXPECT_NE(search.second.find(R"("id":"a1")"), std::string::npos);
  EXPECT_NE(search.second.find(R"("id":"a2")"), std::string::npos);

  auto article = Get("/api/article", {{"id", "a1"}});
  EXPECT_EQ(article.first, 200);
  EXPECT_NE(article.second.find(R"("related":[{"id":"a5","title":"Article a5","date":"2024-06-01",)"),
            std::string::npos)
      << article.second;

  auto pickers = Get("/api/actors", {{"q", "usa"}});
  EXPECT_EQ(pickers.second, R"({"actors":[{"code":"USAGOV","count":3},{"code":"USAMIL","count":1}]})");
}

TEST_F(ServerTest, ErrorsAreJson) {
  auto bad_date = Get("/api/events", {{"from", "2024-02-30"}});
  EXPECT_EQ(bad_date.first, 400);
  EXPECT_EQ(bad_date.second.rfind(R"({"error":"bad from \"2024-02-30\")", 0), 0u) << bad_date.second;
  EXPECT_EQ(Get("/api/series", {{"a", "X"}, {"b", "Y"}, {"bucket", "hour"}}).first, 400);
  EXPECT_EQ(Get("/api/events", {{"quad", "9"}}).first, 400);
  EXPECT_EQ(Get("/api/top-actors", {{"limit", "100000"}}).first, 400);
  EXPECT_EQ(Get("/api/events", {{"colour", "red"}}).first, 400);
  auto missing = Get("/api/article", {{"id", "missing"}});
  EXPECT_EQ(missing.first, 404);
  EXPECT_NE(missing.second.find("\"error\""), std::string::npos);
  auto route = Get("/api/unknown");
  EXPECT_EQ(route.first, 404);
  EXPECT_EQ(route.second.rfind("{\"error\":", 0), 0u);
}

TEST_F(ServerTest, StaticFilesAndTheIndex) {
  auto index = client_->Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->body, "<!doctype html><title>dyad dashboard</title>");
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(index->get_header_value("Cache-Control"), "no-cache");
  auto js = client_->Get("/js/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  auto head = client_->Head("/index.html");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  EXPECT_EQ(client_->Get("/missing.js")->status, 404);
}

TEST_F(ServerTest, NoWayOutOfTheWebFolder) {
  for (const std::string& target :
       {"/../../etc/passwd", "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/",
        "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/..%2f..%2f..%2fetc%2fpasswd", "/js/..%2f..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%252e%252e/secret.txt",
        "//etc/passwd", "/%2fetc%2fpasswd", "/link.txt", "/js/../../secret.txt", "/index.html%00.js",
        "/./../secret.txt", "/etc/passwd", "/%c0%ae%c0%ae/secret.txt", "../secret.txt", "/web/../secret.txt"}) {
    SCOPED_TRACE(target);
    const std::string response = RawGet(server_->port, target);
    const int status = RawStatus(response);
    EXPECT_TRUE(status == 404 || status == 400) << response.substr(0, 200);
    EXPECT_EQ(response.find("root:"), std::string::npos);
    EXPECT_EQ(response.find("OUTSIDE"), std::string::npos);
  }
  EXPECT_EQ(Get("/api/summary").first, 200);
}

// Hostile strings in every string parameter: answered (200 with nothing,
// or 400), and the store is the same afterwards.
TEST_F(ServerTest, SqlInjectionStringsAreValues) {
  const std::string before = Get("/api/summary").second;
  const std::vector<std::string> hostile = {"' OR 1=1 --", "\"; DROP TABLE events; --",
                                            "CHNGOV' UNION SELECT id, title, text FROM articles --",
                                            "1; DELETE FROM articles", "') OR ('a'='a", "\\'; --"};
  const std::vector<std::pair<std::string, std::vector<std::string>>> routes = {
      {"/api/events", {"actor", "country", "role", "side", "source", "target", "dyad", "cameo", "root", "place",
                       "place_country", "text", "article", "sort", "mode", "from", "limit"}},
      {"/api/series", {"a", "b", "bucket", "mode", "to"}},
      {"/api/top-actors", {"mode", "side", "quad"}},
      {"/api/top-dyads", {"actor", "mode", "directed"}},
      {"/api/network", {"mode", "from"}},
      {"/api/countries", {"mode", "to"}},
      {"/api/search", {"q", "offset"}},
      {"/api/article", {"id"}},
      {"/api/actors", {"q", "limit"}},
  };
  int answered = 0;
  for (const auto& [route, names] : routes) {
    for (const std::string& name : names) {
      for (const std::string& value : hostile) {
        httplib::Params params = {{name, value}};
        if (route == "/api/series" && name != "a") params.emplace("a", "CHNGOV");
        if (route == "/api/series" && name != "b") params.emplace("b", "PRKGOV");
        auto [status, body] = Get(route, params);
        SCOPED_TRACE(route + "?" + name + "=" + value);
        EXPECT_TRUE(status == 200 || status == 400 || (route == "/api/article" && status == 404)) << status << body;
        if (status == 200 && route == "/api/events") {
          EXPECT_NE(body.find(R"("total":{"reports":0,)"), std::string::npos) << body;
        }
        if (status == 200 && route == "/api/search") EXPECT_EQ(body, R"({"articles":[]})");
        ++answered;
      }
    }
  }
  EXPECT_GT(answered, 200);
  EXPECT_EQ(Get("/api/summary").second, before);
  EXPECT_EQ(before.rfind(kSummary, 0), 0u);
}

TEST_F(ServerTest, OtherMethodsAre405) {
  auto post = client_->Post("/api/events", "x=1", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  EXPECT_EQ(client_->Put("/index.html", "<h1>x</h1>", "text/html")->status, 405);
  EXPECT_EQ(client_->Delete("/api/article?id=a1")->status, 405);
  EXPECT_EQ(client_->Patch("/api/summary", "{}", "application/json")->status, 405);
  EXPECT_EQ(client_->Options("/api/summary")->status, 405);
  EXPECT_EQ(RawStatus(Raw(server_->port, "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), 405);
  EXPECT_EQ(Get("/api/summary", {}).second.rfind(kSummary, 0), 0u);
  EXPECT_EQ(Get("/api/article", {{"id", "a1"}}).first, 200);
}

TEST_F(ServerTest, OversizedAndGarbageRequestsLeaveItRunning) {
  // A 2 MB body, to an API route and with a POST.
  const std::string big(2 << 20, 'x');
  const int post = RawStatus(Raw(server_->port, "POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                     std::to_string(big.size()) + "\r\n\r\n" + big, true));
  EXPECT_TRUE(post == 405 || post == 413) << post;
  const int get_body = RawStatus(Raw(server_->port, "GET /api/summary HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                         std::to_string(big.size()) + "\r\n\r\n" + big, true));
  EXPECT_TRUE(get_body == 200 || get_body == 413 || get_body == 400 || get_body == 0) << get_body;
  // A 100 KB URL, a 100 KB header.
  EXPECT_EQ(RawStatus(RawGet(server_->port, "/api/events?text=" + std::string(100 << 10, 'a'))), 414);
  const int header = RawStatus(Raw(server_->port, "GET /api/summary HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                                      std::string(100 << 10, 'b') + "\r\n\r\n"));
  EXPECT_NE(header, 200);
  // Garbage.
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  for (const std::string& bytes :
       {garbage, std::string("\r\n\r\n\r\n"), std::string("GET\r\n\r\n"),
        std::string("GET / HTTP/9.9\r\nHost: \x01\x02\r\n\r\n"),
        std::string("GET /api/summary HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
        std::string("GET /api/summary HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
        std::string("GET /api/summary HTTP/1.1\r\nHost: x\r\n"), std::string(1, '\0'), std::string()}) {
    Raw(server_->port, bytes, true);
  }
  // Still answering, with the same store.
  auto after = Get("/api/summary");
  EXPECT_EQ(after.first, 200);
  EXPECT_EQ(after.second.rfind(kSummary, 0), 0u);
}

TEST_F(ServerTest, ManyClientsAtOnce) {
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port);
      c.set_read_timeout(20, 0);
      for (int i = 0; i < 10; ++i) {
        auto res = (t + i) % 2 == 0 ? c.Get("/api/series?a=CHNGOV&b=PRKGOV") : c.Get("/api/events?actor=CHNGOV");
        if (res && res->status == 200) ++ok;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok, 120);
}

TEST_F(ServerTest, AnIdleConnectionDoesNotBlockOthers) {
  // Connections that send nothing hold a thread until the read timeout;
  // fewer of them than threads leave the server answering.
  std::vector<int> idle;
  for (int i = 0; i < 2; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(server_->port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ::send(fd, "GET /api/sum", 12, MSG_NOSIGNAL);
    idle.push_back(fd);
  }
  EXPECT_EQ(Get("/api/summary").first, 200);
  // Had the answer waited for the idle connections' threads, the server
  // would have timed them out and closed them first: they are still open,
  // with nothing to read.
  for (int fd : idle) {
    char c = 0;
    errno = 0;
    EXPECT_EQ(::recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT), -1);
    EXPECT_TRUE(errno == EAGAIN || errno == EWOULDBLOCK) << errno;
  }
  for (int fd : idle) ::close(fd);
}

TEST(ServerStartTest, RefusesAMissingStoreAndABusyPort) {
  ServerProcess missing;
  const fs::path none = fs::temp_directory_path() / "dyad_serve_no_such_store.db";
  fs::remove(none);
  EXPECT_FALSE(missing.Start({"serve", "--db", none.string(), "--port", "0"}, false));
  EXPECT_NE(missing.first_line.find("dyad serve:"), std::string::npos) << missing.first_line;
  EXPECT_FALSE(fs::exists(none));  // read-only: never created
  int status = 0;
  ::waitpid(missing.pid, &status, 0);
  missing.pid = -1;
  if (missing.drain.joinable()) missing.drain.join();
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

// The server class in a thread, without the program.
TEST(ServerClassTest, BindsAnyPortServesAndStops) {
  TempStore temp("serve_class");
  {
    auto writer = temp.Open(StoreMode::kReadWrite);
    ASSERT_NE(writer, nullptr);
    testing::FillServeTestStore(*writer);
  }
  ServeOptions options;
  options.db = temp.path;
  options.port = 0;
  options.threads = 2;
  auto server = Server::Bind(options);
  ASSERT_TRUE(server.ok()) << server.status();
  const int port = (*server)->port();
  ASSERT_GT(port, 0);
  absl::Status run_status = absl::UnknownError("not run");
  std::thread runner([&] { run_status = (*server)->Run(); });
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/api/top-dyads?limit=1&directed=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find(R"("a":"CHNGOV","b":"PRKGOV","count":3,)"), std::string::npos) << res->body;
  // Aggregate answers are kept until the store changes: an ingest while
  // it serves shows at once.
  auto before = client.Get("/api/summary");
  ASSERT_TRUE(before);
  EXPECT_EQ(before->body.rfind(R"({"articles":7,)", 0), 0u) << before->body;
  EXPECT_EQ(client.Get("/api/summary")->body, before->body);
  auto actors = client.Get("/api/actors?q=FRA");
  ASSERT_TRUE(actors);
  EXPECT_EQ(actors->body, R"({"actors":[]})");
  {
    auto writer = temp.Open(StoreMode::kReadWrite);
    ASSERT_NE(writer, nullptr);
    std::vector<StoredArticle> more = {testing::Art("a8", "2024-07-01", {testing::Ev("FRAGOV", "CHNGOV", "042")})};
    ASSERT_TRUE(writer->Write(more, nullptr).ok());
  }
  auto after = client.Get("/api/summary");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body.rfind(R"({"articles":8,)", 0), 0u) << after->body;
  EXPECT_EQ(client.Get("/api/actors?q=FRA")->body, R"({"actors":[{"code":"FRAGOV","count":1}]})");
  (*server)->Stop();
  runner.join();
  EXPECT_TRUE(run_status.ok()) << run_status;

  options.threads = 0;
  EXPECT_FALSE(Server::Bind(options).ok());
  options.threads = 2;
  options.port = port;  // free again after Stop
  auto again = Server::Bind(options);
  EXPECT_TRUE(again.ok()) << again.status();
  if (again.ok()) {
    auto busy = Server::Bind(options);
    EXPECT_FALSE(busy.ok());
  }
}

}  // namespace
}  // namespace dyad
