#include "render/template_parser.h"

#include "render/template_expr.h"
#include "render/template_xml.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>

namespace prikaz::render::tpl {

namespace {

class Parser {
public:
    Parser(const std::vector<TagInfo> &tags, Issues &issues) : tags_(tags), issues_(issues) {}

    void literal(std::string_view xml) {
        if (xml.empty())
            return;
        literal_bytes_ += xml.size();
        Block &b = current();
        if (!b.empty() && b.back().kind == Node::Kind::Text) {
            b.back().text.append(xml);
            return;
        }
        Node n;
        n.kind = Node::Kind::Text;
        n.text = std::string(xml);
        b.push_back(std::move(n));
    }

    void tag(int id) {
        const TagInfo &t = tags_[static_cast<size_t>(id)];
        try {
            if (t.kind == TagKind::Print)
                print(id, t);
            else if (t.kind == TagKind::Statement)
                statement(id, t);
        } catch (const ExprError &e) {
            problem(e.what(), id);
        }
    }

    ParsedTemplate finish() {
        while (!stack_.empty()) {
            const Frame &f = stack_.back();
            problem(std::string("`") + (f.node.kind == Node::Kind::If ? "if" : "for") +
                        "` is not closed (no `" +
                        (f.node.kind == Node::Kind::If ? "endif" : "endfor") + "`)",
                    f.node.tag);
            close_top();
        }
        return {std::move(root_), literal_bytes_};
    }

private:
    struct Frame {
        Node node;
        bool in_else = false;
    };
    const std::vector<TagInfo> &tags_;
    Issues &issues_;
    Block root_;
    std::vector<Frame> stack_;
    size_t literal_bytes_ = 0;

    void problem(const std::string &what, int id) {
        issues_.push_back({true, what, tags_[static_cast<size_t>(id)].text});
    }

    Block &current() {
        if (stack_.empty())
            return root_;
        Frame &f = stack_.back();
        if (f.in_else)
            return f.node.else_body;
        return f.node.kind == Node::Kind::If ? f.node.branches.back().body : f.node.body;
    }

    void close_top() {
        Node n = std::move(stack_.back().node);
        stack_.pop_back();
        current().push_back(std::move(n));
    }

    void print(int id, const TagInfo &t) {
        ExprParser p(t.inner);
        Node n;
        n.kind = Node::Kind::Print;
        n.tag = id;
        n.expr = p.parse_expression();
        p.expect_end();
        current().push_back(std::move(n));
    }

    void statement(int id, const TagInfo &t) {
        // The keyword first, so that an unsupported statement ({% set x = 1 %}) is named as
        // such rather than reported as a stray character further on.
        size_t word_end = 0;
        while (word_end < t.inner.size() &&
               (std::isalpha(static_cast<unsigned char>(t.inner[word_end])) ||
                t.inner[word_end] == '_'))
            ++word_end;
        std::string word = t.inner.substr(0, word_end);
        if (word.empty())
            throw ExprError("empty tag");
        static const char *const keywords[] = {"if", "elif", "else", "endif", "for", "endfor"};
        if (std::find(std::begin(keywords), std::end(keywords), word) == std::end(keywords))
            throw ExprError("unknown statement `" + word + "`");
        ExprParser p(t.inner);
        p.take_name();
        if (word == "if")
            open_if(id, p);
        else if (word == "elif")
            elif (id, p);
        else if (word == "else")
            else_branch(id, p);
        else if (word == "for")
            open_for(id, p, t.scope != TagScope::Inline);
        else if (word == "endif" || word == "endfor") {
            p.expect_end();
            close(word == "endif" ? Node::Kind::If : Node::Kind::For, word);
        }
    }

    void open_if(int id, ExprParser &p) {
        Frame f;
        f.node.kind = Node::Kind::If;
        f.node.tag = id;
        Branch b;
        b.condition = p.parse_expression();
        b.tag = id;
        p.expect_end();
        f.node.branches.push_back(std::move(b));
        stack_.push_back(std::move(f));
    }

    void elif (int id, ExprParser &p) {
        if (stack_.empty() || stack_.back().node.kind != Node::Kind::If)
            throw ExprError("`elif` without an open `if`");
        if (stack_.back().in_else)
            throw ExprError("`elif` after `else`");
        Branch b;
        b.condition = p.parse_expression();
        b.tag = id;
        p.expect_end();
        stack_.back().node.branches.push_back(std::move(b));
    }

    void else_branch(int, ExprParser &p) {
        p.expect_end();
        if (stack_.empty())
            throw ExprError("`else` without an open `if` or `for`");
        if (stack_.back().in_else)
            throw ExprError("second `else` in one block");
        stack_.back().in_else = true;
    }

    void open_for(int id, ExprParser &p, bool structural) {
        Frame f;
        f.node.kind = Node::Kind::For;
        f.node.tag = id;
        f.node.structural = structural;
        f.node.var = p.take_name();
        p.expect_name("in");
        f.node.expr = p.parse_expression();
        p.expect_end();
        stack_.push_back(std::move(f));
    }

    // An end tag closes the innermost block of its kind; blocks opened inside that one and
    // not closed are reported and closed with it, so one mistake gives one issue per block.
    void close(Node::Kind kind, const std::string &word) {
        const char *opener = kind == Node::Kind::If ? "if" : "for";
        size_t match = stack_.size();
        while (match > 0 && stack_[match - 1].node.kind != kind)
            --match;
        if (match == 0) {
            if (stack_.empty())
                throw ExprError("`" + word + "` without an open `" + opener + "`");
            throw ExprError("`" + word + "` does not match the open `" +
                            (stack_.back().node.kind == Node::Kind::If ? "if" : "for") +
                            "`: " + tags_[static_cast<size_t>(stack_.back().node.tag)].text);
        }
        while (stack_.size() > match) {
            const Node &inner = stack_.back().node;
            problem(std::string("`") + (inner.kind == Node::Kind::If ? "if" : "for") +
                        "` is not closed before `" + word + "`",
                    inner.tag);
            close_top();
        }
        close_top();
    }
};

constexpr std::string_view kPiOpen = "<?prikaz-tag ";

} // namespace

ParsedTemplate parse_template(std::string_view xml, const std::vector<TagInfo> &tags,
                              Issues &issues) {
    Parser parser(tags, issues);
    size_t pos = 0;
    while (pos < xml.size()) {
        size_t pi = xml.find(kPiOpen, pos);
        if (pi == std::string_view::npos) {
            parser.literal(xml.substr(pos));
            break;
        }
        parser.literal(xml.substr(pos, pi - pos));
        size_t num = pi + kPiOpen.size();
        size_t end = xml.find("?>", num);
        int id = -1;
        bool good = end != std::string_view::npos;
        if (good) {
            auto [ptr, ec] = std::from_chars(xml.data() + num, xml.data() + end, id);
            good = ec == std::errc() && ptr == xml.data() + end && id >= 0 &&
                   static_cast<size_t>(id) < tags.size();
        }
        if (!good) {
            // Only prepare_xml writes these PIs (and it drops any found in the input).
            issues.push_back({true, "internal error: bad tag marker", ""});
            return {};
        }
        parser.tag(id);
        pos = end + 2;
    }
    return parser.finish();
}

} // namespace prikaz::render::tpl
