#include "serve/server.h"

#include "read/limits.h"
#include "serve/router.h"
#include "serve/service.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <algorithm>
#include <csignal>
#include <thread>

namespace prikaz::serve {

namespace {

Poco::Net::ServerSocket bind_socket(const ServerOptions &options) {
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(options.host, options.port), true);
    socket.listen(std::max(options.queue, 1));
    return socket;
}

Poco::Net::HTTPServerParams::Ptr params_for(const ServerOptions &options, int threads) {
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(threads);
    params->setMaxQueued(std::max(options.queue, 1));
    params->setTimeout(options.read_timeout);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(options.keep_alive_timeout);
    params->setServerName("prikaz");
    params->setSoftwareVersion(std::string("prikaz/") + PRIKAZ_VERSION);
    return params;
}

} // namespace

std::uint64_t default_max_body() {
    return read::default_limits().max_file_bytes;
}

int default_threads() {
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

Server::Server(const ServerOptions &options)
    : host_(options.host), pool_(1, options.threads > 0 ? options.threads : default_threads(), 60) {
    // A client that disconnects while we write would otherwise kill the whole process with
    // SIGPIPE; with it ignored the write fails with EPIPE and only that request ends.
    std::signal(SIGPIPE, SIG_IGN);
    auto service = std::make_shared<Service>();
    service->max_body = options.max_body > 0 ? options.max_body : default_max_body();
    http_ = std::make_unique<Poco::Net::HTTPServer>(
        new Router(service), pool_, bind_socket(options), params_for(options, pool_.capacity()));
    port_ = http_->port();
    http_->start();
}

Server::~Server() {
    stop();
}

std::string Server::url() const {
    const bool ipv6 = host_.find(':') != std::string::npos;
    return "http://" + (ipv6 ? "[" + host_ + "]" : host_) + ":" + std::to_string(port_);
}

void Server::stop() {
    if (stopped_)
        return;
    stopped_ = true;
    // stopAll(false): no new connections; each connection finishes the request it is in (the
    // event waits for the connection's request lock) and idle kept-alive ones are shut down.
    http_->stopAll(false);
    // Closing the listening socket makes new connections fail at once instead of waiting in
    // the kernel's backlog for a server that will never accept them.
    Poco::Net::ServerSocket listening = http_->socket();
    listening.close();
    pool_.joinAll(); // the dispatcher threads leave once their connection is over
}

} // namespace prikaz::serve
