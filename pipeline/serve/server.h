// The HTTP service (`prikaz serve`): Poco's HTTPServer with the prikaz router, its own thread
// pool and the limits below. Constructing a Server binds and starts it; stop() (or the
// destructor) stops accepting, lets the requests in flight finish and waits for the workers.
#pragma once

#include <Poco/Net/HTTPServer.h>
#include <Poco/ThreadPool.h>
#include <Poco/Timespan.h>

#include <cstdint>
#include <memory>
#include <string>

namespace prikaz::serve {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: an ephemeral port, see Server::port()
    int threads = 0;            // requests handled at once; 0: one per core
    std::uint64_t max_body = 0; // bytes of one request body; 0: default_max_body()
    int queue = 64;             // accepted connections waiting for a thread
    // How long a read from a client may wait (headers, each part of a body), and how long an
    // idle kept-alive connection holds its thread before it is closed.
    Poco::Timespan read_timeout = Poco::Timespan(30, 0);
    Poco::Timespan keep_alive_timeout = Poco::Timespan(5, 0);
};

// The reader's own input limit (read::Limits::max_file_bytes): a larger body would be refused
// by the reader anyway, after having been held in memory.
std::uint64_t default_max_body();

// One per core, at least one.
int default_threads();

class Server {
public:
    // Throws Poco::Exception when the address cannot be resolved or bound (in use, no right).
    explicit Server(const ServerOptions &options);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    std::uint16_t port() const { return port_; } // the bound one (ephemeral for port 0)
    std::string url() const;                     // "http://HOST:PORT"

    // Idempotent. Returns once the last request in flight is answered.
    void stop();

private:
    std::string host_;
    std::uint16_t port_ = 0; // kept: the socket's own address is gone once it is closed
    Poco::ThreadPool pool_;  // outlives http_: its threads run http_'s connections
    std::unique_ptr<Poco::Net::HTTPServer> http_;
    bool stopped_ = false;
};

} // namespace prikaz::serve
