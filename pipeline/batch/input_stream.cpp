#include "batch/input_stream.h"

#include "batch/directory_walk.h"
#include "batch/explicit_names.h"
#include "batch/hash64.h"
#include "batch/output_claims.h"

#include <optional>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

class Streamer {
public:
    Streamer(const InputSpec &spec, const InputEvents &out, StreamMode mode)
        : spec_(spec), out_(out), out_dir_identity_(file_identity(spec.out_dir.c_str())) {
        walked_.file = [this](InputFile &&f) { emit(std::move(f)); };
        walked_.problem = [this](InputProblem &&p) { problem(std::move(p)); };
        walked_.not_document = out.not_document;
        if (mode == StreamMode::CountOnly)
            return;
        names_.emplace(spec.extension);
        name_explicit_files();
        // One INPUT directory (or file) cannot clash with itself: no claims to keep.
        if (spec.inputs.size() > 1 || spec.list)
            claims_.emplace();
    }

    void run() {
        for_each_input(
            [this](const std::string &given, const std::string &rel) { add(given, rel); });
    }

private:
    template <class F> void for_each_input(F f) const {
        for (const std::string &in : spec_.inputs)
            f(in, fs::path(in).filename().string());
        if (spec_.list)
            spec_.list->for_each([&](const std::string &e) { f(e, list_entry_rel(e)); });
    }

    // The naming pass: every explicit file must be known before the first one is named.
    void name_explicit_files() {
        for_each_input([this](const std::string &given, const std::string &rel) {
            std::error_code ec;
            fs::file_status st = fs::status(given, ec);
            if (!ec && fs::exists(st) && !fs::is_directory(st))
                names_->add(rel);
        });
        names_->seal();
    }

    bool in_shard(const std::string &key) const {
        return spec_.shard.count <= 1 || shard_of(key, spec_.shard.count) == spec_.shard.index;
    }

    void problem(InputProblem &&p) {
        if (in_shard(p.input))
            out_.problem(std::move(p));
    }

    void emit(InputFile &&f) {
        if (claims_) {
            switch (claims_->claim(f.output, file_identity(f.path.c_str()))) {
            case OutputClaims::Claim::Taken:
                break;
            case OutputClaims::Claim::SameFileAgain:
                return;
            case OutputClaims::Claim::TakenByAnother:
                // Only a fingerprint of the first file is kept, so it cannot be named here.
                return problem({f.path.string(), "its output name " + f.output +
                                                     " is already taken by another input"});
            }
        }
        if (in_shard(f.rel))
            out_.file(std::move(f));
    }

    void add(const std::string &given, const std::string &rel) {
        std::error_code ec;
        fs::file_status st = fs::status(given, ec);
        if (ec || !fs::exists(st))
            problem({given, "no such file or directory"});
        else if (fs::is_directory(st))
            walk_directory(given, out_dir_identity_, spec_.extension, walked_);
        else
            emit({given, rel, names_ ? names_->output(rel) : ""});
    }

    const InputSpec &spec_;
    const InputEvents &out_;
    InputEvents walked_;
    std::uint64_t out_dir_identity_;
    std::optional<ExplicitNames> names_;
    std::optional<OutputClaims> claims_;
};

} // namespace

void stream_inputs(const InputSpec &spec, const InputEvents &events, StreamMode mode) {
    Streamer(spec, events, mode).run();
}

} // namespace prikaz::batch
