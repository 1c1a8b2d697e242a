// Reads the appendix zone of a body into record::Appendix values.
//
// An appendix goes through three phases:
//   approval  after its mark: «к распоряжению Министерства …» / «УТВЕРЖДЕН приказом …» lines
//             and paragraphs, until the line with the document number («от … № …»);
//   title     the heading after the mark or approval («Комплекс мер, направленный на …»),
//             continued by a following paragraph that starts in lower case or with a bracket
//             or quote, follows a one-word heading («ПЛАН» / «мероприятий по …»), or is in
//             capitals like the heading itself;
//   body      plan tables (read by PlanBuilder as one plan) and numbered paragraphs between
//             them that are section rows; other text is left to other rules.
// A mark that repeats the current appendix's number before any of its content (a title printed
// above the approval stamp, then «Приложение N 1 / Утвержден …») adds to the same appendix.
#pragma once

#include "extract/appendix_text.h"
#include "extract/plan_table.h"
#include "model/document.h"
#include "record/record.h"

#include <optional>
#include <string>

namespace prikaz::extract {

class AppendixReader {
public:
    AppendixReader(const model::Document &doc, record::Record &rec) : doc_(doc), rec_(rec) {}
    void read(size_t from);

private:
    enum class Phase { Approval, Title, Body };

    void paragraph(const model::Block &block, bool table_follows);
    void table(const model::Block &block);
    bool stamp_table(const model::Table &table);
    void line(const model::Block &block, const Line &ln, bool first_line);
    bool approval_line(const model::Block &block, const Line &ln);
    void title_line(const model::Block &block, const Line &ln, bool first_line);
    void open_appendix(const std::string &num, const std::string &source_block);
    void open_for_stamp(const std::string &source_block);
    bool can_merge() const;
    bool has_content() const;
    void close_current();
    bool table_follows(size_t index) const;

    const model::Document &doc_;
    record::Record &rec_;
    std::optional<record::Appendix> current_;
    std::optional<PlanBuilder> plan_; // reads into *current_
    Phase phase_ = Phase::Body;
    JoinedText approval_;
    JoinedText title_;
    bool approval_open_ = false;
    bool approval_dated_ = false; // the approval has its «от …» date already
    int approval_lines_ = 0;
    bool title_open_ = false;
};

// Is `table` an approval stamp laid out in a small table (a mark in one of its cells)?
bool is_stamp_table(const model::Table &table);

// Where an appendix starting with a plan table begins: the table, or the plan's heading
// paragraph(s) just above it («План мероприятий …»), never before `from`.
size_t plan_title_start(const model::Document &doc, size_t table_index, size_t from);

} // namespace prikaz::extract
