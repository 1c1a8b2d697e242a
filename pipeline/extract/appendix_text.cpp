#include "extract/appendix_text.h"

#include "extract/text_util.h"

#include <unicode/uchar.h>

namespace prikaz::extract {

std::vector<Line> split_lines(const std::string &paragraph_text) {
    std::vector<Line> lines;
    size_t start = 0;
    int cp = 0;
    while (start <= paragraph_text.size()) {
        size_t stop = paragraph_text.find('\n', start);
        if (stop == std::string::npos)
            stop = paragraph_text.size();
        Line line;
        line.text = paragraph_text.substr(start, stop - start);
        line.begin = cp;
        line.end = cp + code_points(line.text);
        cp = line.end + 1;
        lines.push_back(std::move(line));
        start = stop + 1;
    }
    return lines;
}

record::Source source_in(const std::string &block_id, const std::string &paragraph_text,
                         const std::string &value) {
    record::Source source;
    source.block = block_id;
    size_t at = paragraph_text.find(value);
    if (value.empty() || value == paragraph_text || at == std::string::npos)
        return source;
    source.begin = code_points(paragraph_text.substr(0, at));
    source.end = source.begin + code_points(value);
    return source;
}

void JoinedText::add(const std::string &block_id, const std::string &paragraph_text,
                     const Line &line) {
    std::string text = trim(line.text);
    if (text.empty())
        return;
    if (value_.empty()) {
        block_ = block_id;
        begin_ = line.begin;
        paragraph_length_ = code_points(paragraph_text);
    } else {
        value_ += ' ';
        single_block_ = single_block_ && block_id == block_;
    }
    value_ += text;
    end_ = line.end;
}

void JoinedText::add_text(const std::string &block_id, const std::string &text) {
    if (text.empty())
        return;
    if (value_.empty()) {
        block_ = block_id;
        begin_ = 0;
        end_ = paragraph_length_ = code_points(text);
    } else {
        value_ += ' ';
        single_block_ = false;
    }
    value_ += text;
}

record::Text JoinedText::text() const {
    record::Text out;
    out.value = collapse_lines(value_);
    out.source.block = block_;
    bool whole = begin_ == 0 && end_ == paragraph_length_;
    if (single_block_ && !whole && out.value == value_) {
        out.source.begin = begin_;
        out.source.end = end_;
    }
    return out;
}

bool starts_lowercase(const std::string &s) {
    icu::UnicodeString u = to_u(s);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (u_isalpha(c))
            return u_islower(c);
    }
    return false;
}

bool is_all_caps(const std::string &s) {
    icu::UnicodeString u = to_u(s);
    bool letters = false;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (u_islower(c))
            return false;
        letters = letters || u_isalpha(c);
    }
    return letters;
}

int word_count(const std::string &s) {
    int words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word)
            ++words;
        in_word = !space;
    }
    return words;
}

} // namespace prikaz::extract
