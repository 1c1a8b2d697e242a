// Text helpers of the appendix zone: paragraphs as lines with code-point offsets, values joined
// from several lines with their record::Source, letter-case tests.
#pragma once

#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract {

// One line of a paragraph's text ("\n" separates lines); begin/end in code points.
struct Line {
    std::string text;
    int begin = 0;
    int end = 0;
};

std::vector<Line> split_lines(const std::string &paragraph_text);

// Where `value` lies in a paragraph: the whole paragraph (begin/end -1) or the first place it
// occurs; the whole paragraph too when it does not occur verbatim.
record::Source source_in(const std::string &block_id, const std::string &paragraph_text,
                         const std::string &value);

// A value joined with spaces from lines of one or several paragraphs. Its source is the range
// of the lines in their paragraph when they all come from one paragraph, else the first block
// alone (begin/end -1), as record::Source requires.
class JoinedText {
public:
    void add(const std::string &block_id, const std::string &paragraph_text, const Line &line);
    void add_text(const std::string &block_id, const std::string &text); // a whole value
    bool empty() const { return value_.empty(); }
    const std::string &value() const { return value_; }
    record::Text text() const;

private:
    std::string value_;
    std::string block_;
    int begin_ = -1;
    int end_ = -1;
    int paragraph_length_ = 0;
    bool single_block_ = true;
};

bool starts_lowercase(const std::string &s); // the first letter is lower case
bool is_all_caps(const std::string &s);      // has letters and none of them is lower case
int word_count(const std::string &s);

} // namespace prikaz::extract
