#include "batch/file_job.h"

#include "batch/atomic_write.h"
#include "read/limits.h"
#include "read/read_error.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <chrono>
#include <fstream>
#include <new>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

// The whole file, refusing before reading when it is over the readers' size limit.
std::string read_input(const fs::path &path) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw read::ReadError(path.string(), "cannot read file: " + ec.message());
    const std::uint64_t limit = read::default_limits().max_file_bytes;
    if (size > limit)
        throw read::ReadError(path.string(), "file is larger than " + std::to_string(limit >> 20) +
                                                 " MiB (max_file_bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw read::ReadError(path.string(), "cannot open file");
    std::string bytes(static_cast<size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        throw read::ReadError(path.string(), "cannot read file");
    return bytes;
}

bool unchanged(const InputFile &in, const std::string &sha1, const JobContext &ctx,
               RecordStats &stats) {
    if (!ctx.previous)
        return false;
    const PreviousRuns::Entry *e = ctx.previous->find(in.output);
    if (!e || !e->same_settings || e->input_sha1 != sha1_prefix(sha1))
        return false;
    std::error_code ec;
    std::uintmax_t size = fs::file_size(ctx.out_dir / in.output, ec);
    if (ec || size != e->output_size)
        return false;
    stats = ctx.previous->stats(*e);
    return true;
}

void convert_and_write(const InputFile &in, std::string_view bytes, const std::string &sha1,
                       const JobContext &ctx, FileResult &r) {
    std::string out = convert_bytes(bytes, in.path.string(), ctx.convert, r.stats);
    write_atomically(ctx.out_dir / in.output, out);
    // Only after the output is in place: a kill in between redoes the file, never trusts it.
    ctx.manifest->append(
        {ctx.settings, PRIKAZ_VERSION, sha1, in.path.string(), in.output, out.size(), r.stats});
    r.outcome = Outcome::Converted;
}

} // namespace

std::string sha1_hex(std::string_view bytes) {
    Poco::SHA1Engine sha1;
    sha1.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(sha1.digest());
}

FileResult process_file(const InputFile &in, const JobContext &ctx) {
    auto start = std::chrono::steady_clock::now();
    FileResult r;
    r.input = in.path.string();
    r.output = in.output;
    try {
        std::string bytes = read_input(in.path);
        r.input_bytes = bytes.size();
        std::string sha1 = sha1_hex(bytes);
        if (unchanged(in, sha1, ctx, r.stats))
            r.outcome = Outcome::SkippedUnchanged;
        else
            convert_and_write(in, bytes, sha1, ctx, r);
    } catch (const read::ReadError &e) {
        r.outcome = Outcome::Failed;
        r.reason = e.problem();
    } catch (const std::bad_alloc &) {
        r.outcome = Outcome::Failed;
        r.reason = "out of memory";
    } catch (const std::exception &e) {
        r.outcome = Outcome::Failed;
        r.reason = e.what();
    } catch (...) {
        r.outcome = Outcome::Failed;
        r.reason = "unknown error";
    }
    if (r.outcome == Outcome::Failed)
        r.output.clear();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace prikaz::batch
