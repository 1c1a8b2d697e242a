#include "extract/signatures_zone.h"

#include "extract/operative_deadline_line.h"
#include "extract/operative_lines.h"
#include "extract/operative_names.h"
#include "extract/text_util.h"

#include <deque>

namespace prikaz::extract::operative {

namespace {

enum class ItemKind { Position, Continuation, Name };

struct Item {
    ItemKind kind;
    record::Text text;
};

struct Chunk {
    size_t block; // body index of the block the items come from
    std::vector<Item> items;
};

int word_count(const std::string &s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word)
            ++n;
        in_word = !space;
    }
    return n;
}

char last_byte(const std::string &s) {
    return s.empty() ? '\0' : s.back();
}

// Position lines start with the noun (or the abbreviation) that heads a position. A comma may
// end one that goes on with a second office on the next line («Председатель коллегии,» /
// «министр образования»).
bool is_position_line(const std::string &line) {
    static const Regex head(
        R"(^(?:и\.\s?о\.|вр\.?\s?и\.?\s?о\.|врио\b|исполняющ|временно|перв\S*\s+заместител|заместител)"
        R"(|зам\.|замминистра|министр|председател|секретар|директор|генеральн|начальник|глав[аынео])"
        R"(|руководител|заведующ|ректор|проректор|президент|вице|губернатор|мэр\b|член\b|управляющ)"
        R"(|консультант|специалист|ведущ|старш|инспектор|уполномоченн|советник|помощник|референт)"
        R"(|депутат|прокурор|декан|командир|ответственн|атаман))");
    char end = last_byte(line);
    if (end == ';' || end == ':' || end == '!' || end == '?')
        return false;
    int words = word_count(line);
    if (words > 12 || (end == '.' && words > 3))
        return false;
    return head.contains(line);
}

// The rest of a position wrapped to the next line ("Сахалинской области", "«Кардымовский
// район» Смоленской области").
bool is_continuation_line(const std::string &line) {
    static const Regex digit(R"(\d)");
    static const Regex letter_first(R"(^[«"„]?\p{L})");
    char end = last_byte(line);
    if (end == '.' || end == ';' || end == ':' || end == '!' || end == '?' || end == ',')
        return false;
    return word_count(line) <= 6 && !digit.contains(line) && letter_first.contains(line) &&
           !is_deadline_only(line);
}

// Offsets only when the value is a part of the paragraph (a whole paragraph has none).
struct Where {
    const std::string &block;
    int length; // code points of the paragraph text
};

record::Text make_text(const std::string &value, const Where &where, int begin, int end) {
    bool whole = begin == 0 && end == where.length;
    return record::Text{collapse_lines(trim(value)),
                        record::Source{where.block, whole ? -1 : begin, whole ? -1 : end}};
}

// One line of a paragraph; `offset` is the code-point index of the line in the paragraph.
bool classify_line(const std::string &raw, int offset, const Where &block, std::vector<Item> &out) {
    std::string line = raw;
    for (char &c : line)
        if (c == '_')
            c = ' '; // "________ А.Н. Киктева": the place for the handwritten signature
    std::string t = trim(line);
    if (t.empty())
        return true;
    int lead = code_points(line.substr(0, line.find_first_not_of(" \t")));
    auto name = find_name_at_end(t);
    if (name) {
        icu::UnicodeString u = to_u(t);
        std::string prefix =
            trim(to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, name->begin))));
        if (!prefix.empty()) {
            ItemKind kind = is_position_line(prefix)       ? ItemKind::Position
                            : is_continuation_line(prefix) ? ItemKind::Continuation
                                                           : ItemKind::Name;
            if (kind == ItemKind::Name)
                return false;
            int b = offset + lead;
            out.push_back({kind, make_text(prefix, block, b, b + code_points(prefix))});
        }
        int b = offset + lead + name->begin;
        out.push_back(
            {ItemKind::Name, make_text(name->text, block, b, b + code_points(name->text))});
        return true;
    }
    int b = offset + lead, e = b + code_points(t);
    if (is_position_line(t))
        out.push_back({ItemKind::Position, make_text(t, block, b, e)});
    else if (is_continuation_line(t))
        out.push_back({ItemKind::Continuation, make_text(t, block, b, e)});
    else
        return false;
    return true;
}

bool classify_paragraph(const model::Block &b, std::vector<Item> &out) {
    const std::string &text = b.paragraph.text;
    const Where where{b.source.id, code_points(text)};
    size_t pos = 0;
    int offset = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string line = text.substr(pos, nl == std::string::npos ? nl : nl - pos);
        if (!is_noise_line(line) && !classify_line(line, offset, where, out))
            return false;
        if (nl == std::string::npos)
            break;
        offset += code_points(line) + 1;
        pos = nl + 1;
    }
    return true;
}

bool classify_block(const model::Block &b, std::vector<Item> &out);

// A layout table: every paragraph of every cell, row by row, is a position or a name.
bool classify_table(const model::Table &t, std::vector<Item> &out) {
    for (const model::Row &row : t.rows)
        for (const model::Cell &cell : row.cells)
            for (const model::Block &b : cell.blocks)
                if (!classify_block(b, out))
                    return false;
    return true;
}

bool classify_block(const model::Block &b, std::vector<Item> &out) {
    switch (b.kind) {
    case model::Block::Kind::Table:
        return classify_table(b.table, out);
    case model::Block::Kind::Paragraph:
        return b.paragraph.label.empty() && classify_paragraph(b, out);
    default:
        return true;
    }
}

bool has_name(const std::vector<Item> &items) {
    for (const Item &i : items)
        if (i.kind == ItemKind::Name)
            return true;
    return false;
}

void extend(record::Text &position, const record::Text &more) {
    position.value += " " + more.value;
    if (position.source.block == more.source.block && position.source.begin >= 0)
        position.source.end = more.source.end;
    else
        position.source.begin = position.source.end = -1;
}

// Positions wait in a queue; each name takes the oldest waiting position. A position ending in
// a comma goes on with the next line, even one that reads as a position of its own.
std::vector<record::Signature> pair_up(const std::deque<Chunk> &chunks) {
    std::vector<record::Signature> out;
    std::deque<record::Text> positions;
    for (const Chunk &c : chunks) {
        for (const Item &i : c.items) {
            bool goes_on = !positions.empty() && last_byte(positions.back().value) == ',';
            if (i.kind == ItemKind::Position && !goes_on) {
                positions.push_back(i.text);
            } else if (i.kind != ItemKind::Name) { // a wrapped line or a second office
                if (!positions.empty())
                    extend(positions.back(), i.text);
            } else {
                record::Signature s;
                if (!positions.empty()) {
                    s.position = positions.front();
                    positions.pop_front();
                }
                s.person = i.text;
                out.push_back(std::move(s));
            }
        }
    }
    return out;
}

} // namespace

SignatureZone find_signatures(const model::Document &doc, size_t from, size_t to) {
    std::deque<Chunk> chunks;
    for (size_t i = to; i > from; --i) {
        const model::Block &b = doc.body[i - 1];
        if (b.kind == model::Block::Kind::Break)
            continue;
        if (b.kind == model::Block::Kind::Paragraph && !b.paragraph.label.empty())
            break;
        Chunk c{i - 1, {}};
        if (!classify_block(b, c.items))
            break;
        chunks.push_front(std::move(c));
    }
    // Lines before the first position or name are the end of the text, not a signature.
    while (!chunks.empty() && (chunks.front().items.empty() ||
                               chunks.front().items.front().kind == ItemKind::Continuation))
        chunks.pop_front();
    std::vector<Item> all;
    for (const Chunk &c : chunks)
        all.insert(all.end(), c.items.begin(), c.items.end());
    if (chunks.empty() || !has_name(all))
        return SignatureZone{to, {}};
    return SignatureZone{chunks.front().block, pair_up(chunks)};
}

} // namespace prikaz::extract::operative
