#include "extract/operative_walk.h"

#include "extract/operative_deadline_line.h"
#include "extract/operative_enacting.h"
#include "extract/operative_lines.h"
#include "extract/operative_term_lines.h"
#include "extract/text_util.h"

namespace prikaz::extract::operative {

void OperativeWalker::block(const model::Block &b) {
    // Tables inside the operative part (other than the signature layout) are not read here;
    // breaks only split text, which the sentence join repairs.
    if (b.kind == model::Block::Kind::Paragraph)
        paragraph(b);
}

void OperativeWalker::paragraph(const model::Block &b) {
    const model::Paragraph &p = b.paragraph;
    Label label = parse_label(p.label);
    // «Срок: …» and «Ответственный: …» lines belong to a point: the one this paragraph opens or
    // the open one. Elsewhere (a letter's prose, a preamble) they stay text.
    bool opens_point = label.kind != LabelKind::None && label.kind != LabelKind::Bullet;
    TermLines terms;
    if (opens_point || tree_.current())
        terms = split_term_lines(p.text);
    else
        terms.body = p.text;
    read_paragraph(b, label, collapse_lines(trim(drop_noise_lines(terms.body))));
    add_term_lines(b.source.id, terms.lines);
    if (opens_point || tree_.current()) // labels inside the sentences stay in the text
        add_term_lines(b.source.id, inline_term_labels(p.text));
}

void OperativeWalker::read_paragraph(const model::Block &b, const Label &label,
                                     const std::string &text) {
    if (label.kind == LabelKind::None && text.empty())
        return; // a running footer or document code between points
    if (label.kind == LabelKind::Bullet)
        return add_bullet(b, text);
    if (label.kind != LabelKind::None)
        return add_point(b, label, text);
    if (take_enacting(b))
        return;
    add_unlabeled(b, text);
}

// Only before the first point, and never in a letter.
bool OperativeWalker::take_enacting(const model::Block &b) {
    if (mode_ == DocumentMode::Letter || !enacting_.empty() || !tree_.empty())
        return false;
    auto hit = find_enacting(b.paragraph.text);
    if (!hit)
        return false;
    if (!hit->whole)
        add_to_preamble(b.source.id, collapse_lines(hit->preamble), 0, code_points(hit->preamble));
    enacting_ = record::Text{trim(hit->word), record::Source{b.source.id, hit->begin, hit->end}};
    tree_.close_all();
    return true;
}

void OperativeWalker::add_point(const model::Block &b, const Label &label,
                                const std::string &text) {
    bool nested_hint = b.paragraph.label_auto && b.paragraph.list_level > 0;
    record::Point &point = tree_.add(label, nested_hint);
    point.source = record::Source{b.source.id, -1, -1};
    point.text = record::Text{text, record::Source{b.source.id, -1, -1}};
}

// A labelled deadline is kept as written for the deadline pass; a labelled responsible list
// as written, like a plan cell, for the parties pass.
void OperativeWalker::add_term_lines(const std::string &block, const std::vector<TermLine> &lines) {
    record::Point *current = tree_.current();
    if (!current)
        return;
    for (const TermLine &line : lines) {
        if (line.value.empty())
            continue;
        record::Source source{block, line.begin, line.end};
        if (line.kind == TermLineKind::Deadline) {
            record::Deadline d;
            d.kind = record::DeadlineKind::Unknown;
            d.as_written = line.value;
            d.source = source;
            current->deadlines.push_back(std::move(d));
        } else {
            record::Party listed;
            listed.as_written = line.value;
            listed.source = source;
            current->responsible.push_back(std::move(listed));
        }
    }
}

// Bullets are not numbered points: their text belongs to the open point, else to the preamble.
void OperativeWalker::add_bullet(const model::Block &b, const std::string &text) {
    if (text.empty())
        return;
    if (record::Point *current = tree_.current()) {
        current->text.value += (current->text.value.empty() ? "" : "\n") + text;
        return;
    }
    add_to_preamble(b.source.id, text, -1, -1);
}

void OperativeWalker::add_unlabeled(const model::Block &b, const std::string &text) {
    if (is_body_skippable(text))
        return;
    record::Point *current = tree_.current();
    if (current && is_deadline_only(text)) {
        record::Deadline d;
        d.kind = record::DeadlineKind::Unknown;
        d.as_written = text;
        d.source = record::Source{b.source.id, -1, -1};
        current->deadlines.push_back(std::move(d));
        return;
    }
    // A sentence split by a page break or a two-column export goes on.
    if (current && ends_open(current->text.value) && starts_lower(text)) {
        join_sentence(current->text.value, text);
        return;
    }
    if (current && !current->num.empty() && !prose_mode()) {
        current->text.value += "\n" + text;
        return;
    }
    if (!prose_mode()) {
        // Operative text after the enacting word without numbers: each paragraph is a point.
        record::Point &point = tree_.add_unnumbered();
        point.source = record::Source{b.source.id, -1, -1};
        point.text = record::Text{text, record::Source{b.source.id, -1, -1}};
        return;
    }
    tree_.close_all();
    add_to_preamble(b.source.id, text, -1, -1);
}

// Preamble paragraphs are joined with "\n"; a sentence split by a page break with a space.
// Offsets are kept only while the preamble is (a part of) one paragraph.
void OperativeWalker::add_to_preamble(const std::string &block, const std::string &text, int begin,
                                      int end) {
    if (text.empty())
        return;
    if (preamble_.value.empty()) {
        preamble_.value = text;
        preamble_.source = record::Source{block, begin, end};
    } else {
        if (ends_open(preamble_.value) && starts_lower(text))
            join_sentence(preamble_.value, text);
        else
            preamble_.value += "\n" + text;
        preamble_.source.begin = preamble_.source.end = -1;
    }
}

void OperativeWalker::finish(record::Record &rec) {
    rec.preamble = std::move(preamble_);
    rec.enacting_word = std::move(enacting_);
    rec.points = std::move(tree_.roots());
}

} // namespace prikaz::extract::operative
