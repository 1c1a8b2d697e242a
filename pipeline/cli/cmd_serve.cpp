// `prikaz serve [--host ADDR] [--port N] [--threads N] [--max-body BYTES] [--queue N]`
#include "cli/commands.h"
#include "serve/server.h"
#include "serve/termination.h"

#include <Poco/Exception.h>

#include <charconv>
#include <iostream>
#include <limits>

namespace prikaz::cli {

namespace {

bool parse_number(const std::string &text, std::uint64_t min, std::uint64_t max,
                  std::uint64_t &out) {
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && !text.empty() && out >= min && out <= max;
}

bool parse_args(const std::vector<std::string> &args, serve::ServerOptions &out) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (i + 1 >= args.size())
            return false; // every option takes a value
        const std::string &value = args[++i];
        std::uint64_t n = 0;
        if (arg == "--host" && !value.empty()) {
            out.host = value;
        } else if (arg == "--port" && parse_number(value, 0, 65535, n)) {
            out.port = static_cast<std::uint16_t>(n);
        } else if (arg == "--threads" && parse_number(value, 1, 1024, n)) {
            out.threads = static_cast<int>(n);
        } else if (arg == "--max-body" &&
                   parse_number(value, 1, std::numeric_limits<std::int64_t>::max(), n)) {
            out.max_body = n;
        } else if (arg == "--queue" && parse_number(value, 1, 100000, n)) {
            out.queue = static_cast<int>(n);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

int cmd_serve(const std::vector<std::string> &args) {
    serve::ServerOptions options;
    if (!parse_args(args, options)) {
        std::cerr << "usage: prikaz serve [--host ADDR] [--port N] [--threads N] "
                     "[--max-body BYTES] [--queue N]\n"
                     "  defaults: --host 127.0.0.1 --port 8080 --threads "
                  << serve::default_threads() << " (cores) --max-body " << serve::default_max_body()
                  << " --queue 64; --port 0 picks a free port\n";
        return 2;
    }
    // Before the server starts its threads, so that they inherit the blocked signals and the
    // signals reach the sigwait below.
    serve::block_termination_signals();
    try {
        serve::Server server(options);
        std::cerr << "prikaz serve: listening on " << server.url() << std::endl;
        const int signal = serve::wait_for_termination_signal();
        std::cerr << "prikaz serve: signal " << signal << ", finishing requests in flight"
                  << std::endl;
        server.stop();
    } catch (const Poco::Exception &e) {
        std::cerr << "prikaz serve: cannot listen on " << options.host << ':' << options.port
                  << ": " << e.displayText() << '\n';
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "prikaz serve: " << e.what() << '\n';
        return 3;
    }
    std::cerr << "prikaz serve: stopped\n";
    return 0;
}

} // namespace prikaz::cli
