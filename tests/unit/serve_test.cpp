// The HTTP service (pipeline/serve): a server started in-process on an ephemeral port, spoken to
// with Poco's HTTP client as any client would; and the real `prikaz serve` started, asked and
// stopped with SIGTERM.
#include "batch/convert_one.h"
#include "batch/file_result.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "serve/server.h"
#include "test_support.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace prikaz {
namespace {

using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;
using ::testing::HasSubstr;

// The six seed documents and the holdout: nine DOCX files.
const std::vector<std::string> &corpus_docx() {
    static const std::vector<std::string> paths = {
        "000-krym-kollegiya-reshenie/source.docx",
        "001-sakhalin-rasporyazhenie-kompleks-mer/source.docx",
        "002-kbr-prikaz-dorozhnaya-karta/source.docx",
        "003-engels-kollegiya-reshenie/source.docx",
        "004-krym-imac-pismo/source.docx",
        "005-uo-plan-meropriyatiy/source.docx",
        "holdout/00-krasnodar-prikaz-dorozhnaya-karta-gia/source.docx",
        "holdout/01-kalmanka-postanovlenie-programma/source.docx",
        "holdout/02-pskov-rasporyazhenie-uchebnyj-god/source.docx",
    };
    return paths;
}

std::string corpus_bytes(const std::string &relative) {
    return test::read_file(test::corpus_path(relative));
}

std::string converted(const std::string &bytes, const std::string &name, batch::Target target) {
    batch::ConvertSettings settings;
    settings.target = target;
    batch::RecordStats stats;
    return batch::convert_bytes(bytes, name, settings, stats);
}

struct Reply {
    int status = 0;
    std::string content_type;
    std::string body;
    Poco::Net::HTTPResponse headers;
};

enum class Framing { Length, Chunked };

// One request on `session` (kept alive between calls).
Reply exchange(Poco::Net::HTTPClientSession &session, const std::string &method,
               const std::string &uri, const std::string &body = "",
               Framing framing = Framing::Length,
               const std::vector<std::pair<std::string, std::string>> &headers = {}) {
    HTTPRequest request(method, uri, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    for (const auto &[name, value] : headers)
        request.set(name, value);
    if (method == HTTPRequest::HTTP_POST) {
        if (framing == Framing::Chunked)
            request.setChunkedTransferEncoding(true);
        else
            request.setContentLength64(static_cast<Poco::UInt64>(body.size()));
    }
    std::ostream &out = session.sendRequest(request);
    if (method == HTTPRequest::HTTP_POST)
        out << body;
    Reply reply;
    std::istream &in = session.receiveResponse(reply.headers);
    Poco::StreamCopier::copyToString(in, reply.body);
    reply.status = reply.headers.getStatus();
    reply.content_type = reply.headers.getContentType();
    return reply;
}

// A client session that keeps its connection between requests (Poco's default is to close).
std::unique_ptr<Poco::Net::HTTPClientSession> session_to(std::uint16_t port) {
    auto session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
    session->setKeepAlive(true);
    session->setTimeout(Poco::Timespan(60, 0));
    return session;
}

Reply exchange_once(std::uint16_t port, const std::string &method, const std::string &uri,
                    const std::string &body = "", Framing framing = Framing::Length,
                    const std::vector<std::pair<std::string, std::string>> &headers = {}) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(30, 0));
    return exchange(session, method, uri, body, framing, headers);
}

Poco::JSON::Object::Ptr json_of(const std::string &text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string zip_entry(const std::string &package, const std::string &name) {
    std::istringstream in(package);
    Poco::Zip::ZipArchive archive(in);
    auto header = archive.findHeader(name);
    if (header == archive.headerEnd())
        return "";
    in.clear();
    Poco::Zip::ZipInputStream entry(in, header->second);
    std::string out;
    Poco::StreamCopier::copyToString(entry, out);
    return out;
}

// Whether `reply` holds a whole response: the headers and as many bytes as Content-Length says.
bool response_complete(const std::string &reply) {
    const size_t end = reply.find("\r\n\r\n");
    if (end == std::string::npos)
        return false;
    const size_t at = reply.find("Content-Length: ");
    if (at == std::string::npos || at > end)
        return false; // no length: the response runs to the close
    return reply.size() >= end + 4 + std::stoul(reply.substr(at + 16));
}

// Writes `raw` on a fresh connection and returns the response, read until it is complete, the
// server closes or 10 s pass: for requests Poco's client would not send.
std::string raw_exchange(std::uint16_t port, const std::string &raw, bool close_write = false) {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    if (!raw.empty())
        socket.sendBytes(raw.data(), static_cast<int>(raw.size()));
    if (close_write)
        socket.shutdownSend();
    std::string reply;
    char buffer[4096];
    try {
        for (int n;
             !response_complete(reply) && (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
            reply.append(buffer, static_cast<size_t>(n));
    } catch (const Poco::Exception &) {
        // a reset after the response is fine: what was received counts
    }
    return reply;
}

class ServeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        serve::ServerOptions options;
        options.port = 0;
        options.threads = 4;
        server_ = new serve::Server(options);
    }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }
    static std::uint16_t port() { return server_->port(); }

    static serve::Server *server_;
};

serve::Server *ServeTest::server_ = nullptr;

TEST_F(ServeTest, ReportsTheEphemeralPortItListensOn) {
    EXPECT_NE(port(), 0);
    EXPECT_EQ(server_->url(), "http://127.0.0.1:" + std::to_string(port()));
}

TEST_F(ServeTest, ExtractGivesTheBytesOfTheBatchJob) {
    const std::string bytes = corpus_bytes(corpus_docx()[0]);
    Reply r = exchange_once(port(), "POST", "/extract?format=xml&name=source.docx", bytes);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/xml; charset=utf-8");
    EXPECT_EQ(r.body, converted(bytes, "source.docx", batch::Target::Xml));
}

TEST_F(ServeTest, ExtractJsonGivesTheRecordJson) {
    const std::string bytes = corpus_bytes(corpus_docx()[2]);
    Reply r = exchange_once(port(), "POST", "/extract?format=json&name=order.docx", bytes);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    EXPECT_EQ(r.body, converted(bytes, "order.docx", batch::Target::Json));
    EXPECT_EQ(json_of(r.body)->getValue<std::string>("source"), "order.docx");
}

TEST_F(ServeTest, ExtractNamesTheDocumentFromContentDispositionOrDefault) {
    const std::string bytes = corpus_bytes(corpus_docx()[0]);
    Reply named =
        exchange_once(port(), "POST", "/extract?format=json", bytes, Framing::Length,
                      {{"Content-Disposition", "attachment; filename=\"dir/решение.docx\""}});
    ASSERT_EQ(named.status, 200) << named.body;
    EXPECT_EQ(json_of(named.body)->getValue<std::string>("source"), "решение.docx");
    Reply unnamed = exchange_once(port(), "POST", "/extract?format=json", bytes);
    ASSERT_EQ(unnamed.status, 200);
    EXPECT_EQ(json_of(unnamed.body)->getValue<std::string>("source"), "request body");
}

TEST_F(ServeTest, RenderOrderToDocxCarriesTheRecordsNumber) {
    const std::string bytes = corpus_bytes(corpus_docx()[2]);
    const record::Record rec = extract::extract_record(read::read_bytes(bytes, "order.docx"));
    ASSERT_FALSE(rec.requisites.number.value.empty());
    Reply r =
        exchange_once(port(), "POST", "/render?template=order&to=docx&name=order.docx", bytes);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type,
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    EXPECT_THAT(r.headers.get("Content-Disposition", ""),
                HasSubstr("attachment; filename=\"order.docx\""));
    ASSERT_EQ(r.body.substr(0, 4), "PK\x03\x04");
    EXPECT_THAT(zip_entry(r.body, "word/document.xml"), HasSubstr(rec.requisites.number.value));
}

// The server never reads a template from a path its client names; the same name twice is
// served from the cache.
TEST_F(ServeTest, RenderTakesTemplateNamesNotPaths) {
    const std::string bytes = corpus_bytes(corpus_docx()[4]);
    for (int i = 0; i < 2; ++i) {
        Reply r = exchange_once(port(), "POST", "/render?to=odt&template=letter", bytes);
        ASSERT_EQ(r.status, 200) << r.body;
        EXPECT_THAT(zip_entry(r.body, "content.xml"), HasSubstr("01-13/08"));
    }
    const std::string path =
        std::string("/render?to=odt&template=") + PRIKAZ_TEMPLATE_DIR + "/letter/odt";
    Reply refused = exchange_once(port(), "POST", path, bytes);
    EXPECT_EQ(refused.status, 400);
    EXPECT_THAT(refused.body, HasSubstr("never from a path"));
}

TEST_F(ServeTest, RenderTakesARecordJsonOrXmlBody) {
    const std::string bytes = corpus_bytes(corpus_docx()[0]);
    const std::string json = converted(bytes, "decision.docx", batch::Target::Json);
    const std::string xml = converted(bytes, "decision.docx", batch::Target::Xml);
    Reply from_json = exchange_once(port(), "POST", "/render?template=decision&to=odt", json);
    ASSERT_EQ(from_json.status, 200) << from_json.body;
    EXPECT_EQ(from_json.content_type, "application/vnd.oasis.opendocument.text");
    EXPECT_EQ(zip_entry(from_json.body, "mimetype"), "application/vnd.oasis.opendocument.text");
    EXPECT_THAT(zip_entry(from_json.body, "content.xml"), HasSubstr("7/3"));

    Reply from_xml = exchange_once(port(), "POST", "/render?template=decision", xml);
    ASSERT_EQ(from_xml.status, 200) << from_xml.body;
    EXPECT_THAT(zip_entry(from_xml.body, "word/document.xml"), HasSubstr("7/3"));
}

TEST_F(ServeTest, RenderRefusesABrokenRecordJsonWithTheProblem) {
    Reply r = exchange_once(port(), "POST", "/render?template=order&name=r.json",
                            R"({"kind": "приказ", "colour": "blue"})");
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_THAT(json_of(r.body)->getValue<std::string>("error"), HasSubstr("colour"));
    EXPECT_EQ(json_of(r.body)->getValue<std::string>("file"), "r.json");
}

TEST_F(ServeTest, BadQueriesAre400BeforeTheBodyIsUsed) {
    const std::string bytes = corpus_bytes(corpus_docx()[0]);
    for (const char *uri :
         {"/extract?format=yaml", "/extract?colour=blue", "/render?template=order&to=pdf",
          "/render?template=nosuch", "/render?to=docx", "/render?template=/nonexistent/t.docx"}) {
        Reply r = exchange_once(port(), "POST", uri, bytes);
        EXPECT_EQ(r.status, 400) << uri << ": " << r.body;
        EXPECT_FALSE(json_of(r.body)->getValue<std::string>("error").empty()) << uri;
    }
    Reply r = exchange_once(port(), "POST", "/render?template=nosuch", bytes);
    EXPECT_THAT(r.body, HasSubstr("order")); // the shipped names are listed
}

TEST_F(ServeTest, TruncatedDocxIs422NamingTheFile) {
    const std::string bytes = corpus_bytes(corpus_docx()[1]);
    Reply r =
        exchange_once(port(), "POST", "/extract?name=cut.docx", bytes.substr(0, bytes.size() / 2));
    EXPECT_EQ(r.status, 422) << r.body;
    auto error = json_of(r.body);
    EXPECT_THAT(error->getValue<std::string>("error"), HasSubstr("cut.docx"));
    EXPECT_EQ(error->getValue<std::string>("file"), "cut.docx");
}

TEST_F(ServeTest, FormatsNotReadAre415WithTheReadersReason) {
    const std::string ole =
        std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0');
    Reply doc = exchange_once(port(), "POST", "/extract?name=old.doc", ole);
    EXPECT_EQ(doc.status, 415) << doc.body;
    EXPECT_THAT(json_of(doc.body)->getValue<std::string>("error"),
                HasSubstr(".doc) is not supported"));

    std::string binary(4096, '\0');
    for (size_t i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 131 + 7) % 256);
    Reply bin = exchange_once(port(), "POST", "/render?template=order", binary);
    EXPECT_EQ(bin.status, 415) << bin.body;
    EXPECT_THAT(json_of(bin.body)->getValue<std::string>("error"),
                HasSubstr("unknown binary format"));

    Reply empty = exchange_once(port(), "POST", "/extract", "");
    EXPECT_EQ(empty.status, 422) << empty.body;
    EXPECT_THAT(json_of(empty.body)->getValue<std::string>("error"),
                HasSubstr("request body: empty"));
}

TEST_F(ServeTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
    Reply missing = exchange_once(port(), "GET", "/nowhere");
    EXPECT_EQ(missing.status, 404);
    EXPECT_THAT(json_of(missing.body)->getValue<std::string>("error"), HasSubstr("/nowhere"));

    Reply get_extract = exchange_once(port(), "GET", "/extract");
    EXPECT_EQ(get_extract.status, 405);
    EXPECT_EQ(get_extract.headers.get("Allow", ""), "POST");
    EXPECT_EQ(get_extract.content_type, "application/json; charset=utf-8");

    Reply post_health = exchange_once(port(), "POST", "/health", "x");
    EXPECT_EQ(post_health.status, 405);
    EXPECT_EQ(post_health.headers.get("Allow", ""), "GET, HEAD");
}

TEST_F(ServeTest, ValidateAnswersValidOrTheLinesOfTheProblems) {
    const std::string xml = converted(corpus_bytes(corpus_docx()[0]), "a.docx", batch::Target::Xml);
    Reply good = exchange_once(port(), "POST", "/validate", xml);
    EXPECT_EQ(good.status, 200) << good.body;
    EXPECT_TRUE(json_of(good.body)->getValue<bool>("valid"));

    // An element the schema does not know, on the record's fourth line.
    std::string broken = xml;
    size_t at = broken.find("<requisites>");
    ASSERT_NE(at, std::string::npos);
    broken.insert(at + 12, "\n    <colour>blue</colour>");
    Reply bad = exchange_once(port(), "POST", "/validate", broken);
    EXPECT_EQ(bad.status, 422) << bad.body;
    auto result = json_of(bad.body);
    EXPECT_FALSE(result->getValue<bool>("valid"));
    auto errors = result->getArray("errors");
    ASSERT_GT(errors->size(), 0u);
    EXPECT_EQ(errors->getObject(0)->getValue<int>("line"), 4);
    EXPECT_THAT(errors->getObject(0)->getValue<std::string>("message"), HasSubstr("colour"));
}

TEST_F(ServeTest, HealthAndTemplates) {
    Reply health = exchange_once(port(), "GET", "/health");
    ASSERT_EQ(health.status, 200);
    EXPECT_EQ(json_of(health.body)->getValue<std::string>("status"), "ok");
    EXPECT_EQ(json_of(health.body)->getValue<std::string>("version"), PRIKAZ_VERSION);

    Reply templates = exchange_once(port(), "GET", "/templates");
    ASSERT_EQ(templates.status, 200);
    auto names = json_of(templates.body)->getArray("templates");
    std::vector<std::string> got;
    for (size_t i = 0; i < names->size(); ++i)
        got.push_back(names->getElement<std::string>(static_cast<unsigned>(i)));
    EXPECT_EQ(got, (std::vector<std::string>{"decision", "letter", "order", "plan"}));
}

TEST_F(ServeTest, AConnectionKeepsWorkingAfterErrors) {
    // Errors sent before the body was read (a bad query) must not leave the body in the
    // connection, where it would be taken for the next request.
    auto session = session_to(port());
    const std::string bytes = corpus_bytes(corpus_docx()[0]);
    // The body is drained, so the connection stays open for the next request.
    for (const char *uri : {"/extract?format=yaml", "/nowhere"}) {
        Reply r = exchange(*session, "POST", uri, bytes);
        EXPECT_GE(r.status, 400) << uri;
        EXPECT_TRUE(r.headers.getKeepAlive()) << uri;
    }
    EXPECT_EQ(exchange(*session, "POST", "/extract", bytes.substr(0, 100)).status, 422);
    Reply ok = exchange(*session, "POST", "/extract?name=source.docx", bytes, Framing::Chunked);
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, converted(bytes, "source.docx", batch::Target::Xml));
}

TEST_F(ServeTest, PostWithoutLengthIs411) {
    const std::string reply =
        raw_exchange(port(), "POST /extract HTTP/1.1\r\nHost: x\r\n\r\nsome body", true);
    EXPECT_THAT(reply, HasSubstr("HTTP/1.1 411"));
    EXPECT_THAT(reply, HasSubstr("Content-Length or chunked"));
}

TEST_F(ServeTest, EightConcurrentClientsAllGetTheirOwnRecords) {
    std::vector<std::string> inputs, expected;
    for (const std::string &path : corpus_docx()) {
        inputs.push_back(corpus_bytes(path));
        expected.push_back(converted(inputs.back(), "doc.docx", batch::Target::Xml));
    }
    std::atomic<int> correct{0}, wrong{0};
    std::vector<std::thread> clients;
    for (int c = 0; c < 8; ++c)
        clients.emplace_back([&, c] {
            auto session = session_to(port());
            for (int i = 0; i < 5; ++i) {
                const size_t k = static_cast<size_t>(c + i * 3) % inputs.size();
                try {
                    Reply r = exchange(*session, "POST", "/extract?name=doc.docx", inputs[k]);
                    (r.status == 200 && r.body == expected[k] ? correct : wrong)++;
                } catch (const Poco::Exception &) {
                    wrong++;
                }
            }
        });
    for (std::thread &t : clients)
        t.join();
    EXPECT_EQ(correct.load(), 40);
    EXPECT_EQ(wrong.load(), 0);
}

TEST_F(ServeTest, StillAnswersAfterMisbehavingClients) {
    // Garbage instead of a request line; headers cut off; a body shorter than announced; a
    // client that connects and leaves; a chunked body with a broken chunk size.
    EXPECT_THAT(raw_exchange(port(), "BLAH\r\n\r\n"), HasSubstr("400"));
    raw_exchange(port(), "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Le", true);
    raw_exchange(port(), "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nPK",
                 true);
    raw_exchange(port(), "", true);
    raw_exchange(port(),
                 "POST /extract HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab",
                 true);
    Reply health = exchange_once(port(), "GET", "/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(json_of(health.body)->getValue<std::string>("status"), "ok");
}

// A second server with a small body limit.
TEST(ServeLimits, BodyOverTheLimitIs413WithLengthAndChunked) {
    serve::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.max_body = 4096;
    serve::Server server(options);
    const std::string big(20000, 'x');

    auto session = session_to(server.port());
    for (Framing framing : {Framing::Length, Framing::Chunked}) {
        Reply r = exchange(*session, "POST", "/extract?name=big.txt", big, framing);
        EXPECT_EQ(r.status, 413) << r.body;
        auto error = json_of(r.body);
        EXPECT_THAT(error->getValue<std::string>("error"), HasSubstr("4096 bytes"));
        EXPECT_EQ(error->getValue<std::string>("file"), "big.txt");
        // A body announced small enough to drain leaves the connection usable.
        if (framing == Framing::Length) {
            EXPECT_TRUE(r.headers.getKeepAlive());
        }
    }
    // Exactly at the limit is accepted (and then refused by the reader for its content).
    Reply at_limit = exchange(*session, "POST", "/extract", std::string(4096, '\x01'));
    EXPECT_EQ(at_limit.status, 415) << at_limit.body;
    EXPECT_EQ(exchange_once(server.port(), "GET", "/health").status, 200);
}

TEST(ServeLimits, AHugeAnnouncedBodyIsRefusedAtOnce) {
    serve::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.max_body = 4096;
    serve::Server server(options);
    // 10 GB announced, none of it sent: the 413 must not wait for the body.
    const auto start = std::chrono::steady_clock::now();
    const std::string reply =
        raw_exchange(server.port(), "POST /extract?name=huge.docx HTTP/1.1\r\nHost: x\r\n"
                                    "Content-Length: 10000000000\r\n\r\n");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_THAT(reply, HasSubstr("HTTP/1.1 413"));
    EXPECT_THAT(reply, HasSubstr("Connection: Close"));
    EXPECT_THAT(reply, HasSubstr("\"file\":\"huge.docx\""));
}

TEST(ServeLimits, StopWaitsForTheRequestInFlight) {
    serve::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    auto server = std::make_unique<serve::Server>(options);
    const std::uint16_t port = server->port();
    const std::string bytes = corpus_bytes(corpus_docx()[5]);
    // Headers and half the body now, the rest after stop() has begun: the request is in flight
    // when the server is told to stop, and must still be answered.
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    socket.setReceiveTimeout(Poco::Timespan(30, 0));
    const std::string head =
        "POST /extract?name=plan.docx HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        "Content-Length: " +
        std::to_string(bytes.size()) + "\r\n\r\n";
    const std::string first = head + bytes.substr(0, bytes.size() / 2);
    socket.sendBytes(first.data(), static_cast<int>(first.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    std::thread stopper([&] { server->stop(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const std::string rest = bytes.substr(bytes.size() / 2);
    socket.sendBytes(rest.data(), static_cast<int>(rest.size()));
    std::string reply;
    char buffer[4096];
    for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
        reply.append(buffer, static_cast<size_t>(n));
    stopper.join();
    EXPECT_THAT(reply, HasSubstr("HTTP/1.1 200"));
    EXPECT_THAT(reply, HasSubstr(converted(bytes, "plan.docx", batch::Target::Xml)));
    // Stopped: no new connection is served.
    EXPECT_THROW(exchange_once(port, "GET", "/health"), Poco::Exception);
}

// The real binary: prints where it listens, answers, and exits 0 promptly on SIGTERM.
TEST(ServeCli, ListensAnswersAndExitsCleanlyOnSigterm) {
    int err[2];
    ASSERT_EQ(::pipe(err), 0);
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::dup2(err[1], STDERR_FILENO);
        ::close(err[0]);
        ::close(err[1]);
        ::execl(PRIKAZ_BINARY, PRIKAZ_BINARY, "serve", "--port", "0", "--threads", "2",
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(err[1]);
    // The first line: "prikaz serve: listening on http://127.0.0.1:PORT".
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        pollfd p{err[0], POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        char c[256];
        ssize_t n = ::read(err[0], c, sizeof c);
        if (n <= 0)
            break;
        line.append(c, static_cast<size_t>(n));
    }
    const std::string prefix = "prikaz serve: listening on http://127.0.0.1:";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
    const int port = std::stoi(line.substr(prefix.size()));
    ASSERT_GT(port, 0);

    Reply health = exchange_once(static_cast<std::uint16_t>(port), "GET", "/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_THAT(health.body, HasSubstr("\"ok\""));

    ASSERT_EQ(::kill(pid, SIGTERM), 0);
    int status = 0;
    pid_t done = 0;
    const auto stop_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while ((done = ::waitpid(pid, &status, WNOHANG)) == 0 &&
           std::chrono::steady_clock::now() < stop_deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (done == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        FAIL() << "prikaz serve did not stop within 10 s of SIGTERM";
    }
    ::close(err[0]);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

} // namespace
} // namespace prikaz
