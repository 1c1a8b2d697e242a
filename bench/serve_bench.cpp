// Throughput of the HTTP service: the corpus DOCX files posted to POST /extract (validated XML
// back) by two client threads over kept-alive connections, against an in-process server with
// two worker threads. items_per_second is requests/s; client and server share the machine.
// Run: build/bench/prikaz_bench --benchmark_filter=Serve
#include "corpus_files.h"
#include "serve/server.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

prikaz::serve::Server &bench_server() {
    static const std::unique_ptr<prikaz::serve::Server> server = [] {
        prikaz::serve::ServerOptions options;
        options.port = 0;
        options.threads = 2;
        return std::make_unique<prikaz::serve::Server>(options);
    }();
    return *server;
}

// One POST /extract; false unless the answer is 200.
bool post_extract(Poco::Net::HTTPClientSession &session, const std::string &body) {
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/extract?name=bench.docx",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    request.setContentLength64(static_cast<Poco::UInt64>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string reply;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), reply);
    benchmark::DoNotOptimize(reply.data());
    return response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK;
}

void BM_ServeExtractDocx(benchmark::State &state) {
    const auto &files = prikaz::bench::corpus_by_format().at("docx");
    const std::uint16_t port = bench_server().port();
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setKeepAlive(true); // Poco's client closes after each request otherwise
    session.setTimeout(Poco::Timespan(60, 0));
    size_t requests = 0;
    for (auto _ : state)
        for (const auto &f : files) {
            if (!post_extract(session, f.bytes)) {
                state.SkipWithError("the server did not answer 200");
                return;
            }
            ++requests;
        }
    state.SetItemsProcessed(static_cast<int64_t>(requests));
    state.counters["files"] =
        benchmark::Counter(static_cast<double>(files.size()), benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_ServeExtractDocx)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace
