// Reads the operative paragraphs in order: preamble, enacting word, numbered points (tree), text
// joined across page breaks, deadline-only lines kept with their point, bullets and further
// paragraphs appended to the open point.
#pragma once

#include "extract/operative_term_lines.h"
#include "extract/points_tree.h"
#include "model/document.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract::operative {

// How unlabeled paragraphs after a point are read. In an order they are further paragraphs of
// the point; in a letter the prose resumes (they go to the body text, i.e. the preamble).
enum class DocumentMode { Order, Letter };

class OperativeWalker {
public:
    explicit OperativeWalker(DocumentMode mode) : mode_(mode) {}

    void block(const model::Block &b);
    // Moves preamble, enacting word and points into `rec`.
    void finish(record::Record &rec);

private:
    void paragraph(const model::Block &b);
    void read_paragraph(const model::Block &b, const Label &label, const std::string &text);
    void add_term_lines(const std::string &block, const std::vector<TermLine> &lines);
    bool take_enacting(const model::Block &b);
    void add_point(const model::Block &b, const Label &label, const std::string &text);
    void add_bullet(const model::Block &b, const std::string &text);
    void add_unlabeled(const model::Block &b, const std::string &text);
    void add_to_preamble(const std::string &block, const std::string &text, int begin, int end);
    bool prose_mode() const { return mode_ == DocumentMode::Letter || enacting_.empty(); }

    DocumentMode mode_;
    PointTree tree_;
    record::Text preamble_;
    record::Text enacting_;
};

} // namespace prikaz::extract::operative
