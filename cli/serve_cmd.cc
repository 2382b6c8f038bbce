// dyad serve: the store as a local web service (a JSON API and the
// dashboard's files). Glue only: dyad/serve.h does the work. SIGINT and
// SIGTERM stop it cleanly; one thread waits for them.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <iostream>
#include <thread>

#include "commands.h"
#include "dyad/serve.h"

namespace dyad::cli {
namespace {

struct ServeFlags {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
  int threads = 8;
};

// The folder `web` beside the running program, when there is one.
std::string DefaultWebDir() {
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "";
  const std::filesystem::path web = exe.parent_path() / "web";
  return std::filesystem::is_directory(web, error) ? web.string() : "";
}

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int RunServe(const ServeFlags& flags) {
  ServeOptions options;
  options.db = flags.db;
  options.host = flags.host;
  options.port = flags.port;
  options.threads = flags.threads;
  options.web_dir = flags.web.empty() ? DefaultWebDir() : flags.web;
  if (!flags.web.empty() && !std::filesystem::is_directory(flags.web)) {
    std::cerr << "dyad serve: --web " << flags.web << ": not a folder\n";
    return 2;
  }
  if (!IsLoopback(options.host)) {
    std::cerr << "dyad serve: warning: listening on " << options.host
              << ", not only this machine: anyone who can reach it can read the store\n";
  }

  // SIGINT and SIGTERM are blocked in every thread (the server's threads
  // inherit the mask) and taken by one waiting thread, which stops the
  // server.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  // A client that goes away must not kill the server with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);

  auto server = Server::Bind(options);
  if (!server.ok()) {
    std::cerr << "dyad serve: " << server.status().message() << "\n";
    return 2;
  }
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    const timespec tick{0, 200 * 1000 * 1000};
    while (!done) {
      if (sigtimedwait(&signals, nullptr, &tick) > 0) {
        (*server)->Stop();
        return;
      }
    }
  });
  const std::string shown_host =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::cerr << "dyad serve: listening on http://" << shown_host << ":" << (*server)->port() << "/" << std::endl;
  absl::Status status = (*server)->Run();
  done = true;
  waiter.join();
  if (!status.ok()) {
    std::cerr << "dyad serve: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterServe(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve a store over HTTP: a JSON API and the dashboard");
  auto flags = std::make_shared<ServeFlags>();
  cmd->add_option("--db", flags->db, "The store file (opened read-only)")->required();
  cmd->add_option("--host", flags->host,
                  "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network)");
  cmd->add_option("--port", flags->port, "Port (default 8080; 0: any free port, printed at start)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--web", flags->web,
                  "The dashboard's folder (default: the folder web beside the dyad program, if any)");
  cmd->add_option("--threads", flags->threads, "Worker threads, each with its own connection (default 8)")
      ->check(CLI::Range(1, 64));
  cmd->footer(
      "Once listening, prints one line on standard error:\n"
      "  dyad serve: listening on http://HOST:PORT/\n"
      "Routes (GET): /api/summary, /api/events, /api/series, /api/top-actors, /api/top-dyads,\n"
      "/api/network, /api/countries, /api/search, /api/article, /api/actors; any other path is\n"
      "a file of the web folder (/ is index.html). Bad parameters answer 400 with\n"
      "{\"error\": \"...\"}. Ctrl-C (SIGINT) or SIGTERM stops it. Reference: docs/api.md.\n"
      "Example: dyad serve --db news.db   then open http://127.0.0.1:8080/");
  cmd->callback([flags] { SetExitCode(RunServe(*flags)); });
}

}  // namespace dyad::cli
