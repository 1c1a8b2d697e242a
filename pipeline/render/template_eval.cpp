#include "render/template_eval.h"

#include "render/template_output.h"

#include <stdexcept>

namespace prikaz::render::tpl {

namespace {

const Value &null_value() {
    static const Value null;
    return null;
}

bool all_digits(const std::string &s) {
    if (s.empty() || s.size() > 18)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// a.b on a map, a.0 on a list.
const Value &member(const Value &v, const std::string &key) {
    if (v.is_map())
        return v.get(key);
    if (v.is_list() && all_digits(key)) {
        size_t i = std::stoull(key);
        if (i < v.as_list().size())
            return v.as_list()[i];
    }
    return null_value();
}

bool equal(const Value &a, const Value &b) {
    if (a.is_null() || b.is_null())
        return a.is_null() && b.is_null();
    if (a.is_bool() && b.is_bool())
        return a.as_bool() == b.as_bool();
    if (a.is_int() && b.is_int())
        return a.as_int() == b.as_int();
    if (a.is_string() && b.is_string())
        return a.as_string() == b.as_string();
    if (a.is_list() && b.is_list()) {
        const List &x = a.as_list(), &y = b.as_list();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (!equal(x[i], y[i]))
                return false;
        return true;
    }
    if (a.is_map() && b.is_map()) {
        const Map &x = a.as_map();
        if (x.size() != b.as_map().size())
            return false;
        for (const auto &[k, v] : x)
            if (!equal(v, b.get(k)))
                return false;
        return true;
    }
    return false;
}

// -1, 0, 1; 2 when the two cannot be ordered (Jinja raises; a document prints nothing wrong
// by treating such a comparison as false).
int order(const Value &a, const Value &b) {
    if (a.is_int() && b.is_int())
        return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
    if (a.is_string() && b.is_string()) {
        int c = a.as_string().compare(b.as_string());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    return 2;
}

bool contains(const Value &item, const Value &container) {
    if (container.is_list()) {
        for (const Value &v : container.as_list())
            if (equal(item, v))
                return true;
        return false;
    }
    if (container.is_string() && item.is_string())
        return container.as_string().find(item.as_string()) != std::string::npos;
    if (container.is_map() && item.is_string())
        for (const auto &[k, v] : container.as_map())
            if (k == item.as_string())
                return true;
    return false;
}

bool compare(Expr::Op op, const Value &a, const Value &b) {
    switch (op) {
    case Expr::Op::Eq:
        return equal(a, b);
    case Expr::Op::Ne:
        return !equal(a, b);
    case Expr::Op::In:
        return contains(a, b);
    case Expr::Op::NotIn:
        return !contains(a, b);
    default:
        break;
    }
    int o = order(a, b);
    if (o == 2)
        return false;
    switch (op) {
    case Expr::Op::Lt:
        return o < 0;
    case Expr::Op::Gt:
        return o > 0;
    case Expr::Op::Le:
        return o <= 0;
    default:
        return o >= 0;
    }
}

class Renderer {
public:
    Renderer(const CompiledPart &part, const Value &context, FilterLookup filters, std::string &out)
        : part_(part), context_(context), filters_(filters), out_(out) {}

    void block(const Block &b) {
        for (const Node &n : b)
            node(n);
    }

private:
    struct Frame {
        const std::string *var;
        const Value *item;
        size_t index0, length;
    };
    const CompiledPart &part_;
    const Value &context_;
    FilterLookup filters_;
    std::string &out_;
    std::vector<Frame> frames_;
    int tag_ = -1; // the tag being rendered, for error messages

    void node(const Node &n) {
        switch (n.kind) {
        case Node::Kind::Text:
            out_ += n.text;
            break;
        case Node::Kind::Print:
            print(n);
            break;
        case Node::Kind::If:
            branch(n);
            break;
        case Node::Kind::For:
            loop(n);
            break;
        }
    }

    void print(const Node &n) {
        tag_ = n.tag;
        Value tmp;
        const Value &v = eval(n.expr, tmp);
        const std::string &prefix = part_.tags[static_cast<size_t>(n.tag)].prefix;
        if (v.is_string())
            append_text(out_, v.as_string(), part_.dialect, prefix);
        else
            append_text(out_, v.to_text(), part_.dialect, prefix);
    }

    void branch(const Node &n) {
        for (const Branch &b : n.branches) {
            tag_ = b.tag;
            Value tmp;
            if (eval(b.condition, tmp).truthy()) {
                block(b.body);
                return;
            }
        }
        block(n.else_body);
    }

    // Structural loops are bracketed by PIs so that the renderer can restart list numbering
    // for each repetition; the else branch (empty list) comes between start and end.
    void loop(const Node &n) {
        tag_ = n.tag;
        Value tmp;
        const Value &items = eval(n.expr, tmp);
        if (n.structural)
            out_ += "<?prikaz-loop?>";
        if (items.is_list() && !items.as_list().empty()) {
            const List &list = items.as_list();
            frames_.push_back({&n.var, nullptr, 0, list.size()});
            for (size_t i = 0; i < list.size(); ++i) {
                frames_.back().item = &list[i];
                frames_.back().index0 = i;
                if (n.structural)
                    out_ += "<?prikaz-next?>";
                block(n.body);
            }
            frames_.pop_back();
        } else {
            block(n.else_body);
        }
        if (n.structural)
            out_ += "<?prikaz-end?>";
    }

    const Value &loop_attribute(const Frame &f, const std::string &name, Value &tmp) {
        long long index0 = static_cast<long long>(f.index0);
        long long length = static_cast<long long>(f.length);
        if (name == "index")
            tmp = Value(index0 + 1);
        else if (name == "index0")
            tmp = Value(index0);
        else if (name == "first")
            tmp = Value(index0 == 0);
        else if (name == "last")
            tmp = Value(index0 + 1 == length);
        else if (name == "length")
            tmp = Value(length);
        else if (name == "revindex")
            tmp = Value(length - index0);
        else if (name == "revindex0")
            tmp = Value(length - index0 - 1);
        else
            return null_value();
        return tmp;
    }

    const Value &path(const std::vector<std::string> &parts, Value &tmp) {
        const std::string &root = parts.front();
        const Value *cur = nullptr;
        for (auto f = frames_.rbegin(); f != frames_.rend() && !cur; ++f)
            if (*f->var == root)
                cur = f->item;
        if (!cur && root == "loop" && !frames_.empty()) {
            if (parts.size() != 2)
                return null_value();
            return loop_attribute(frames_.back(), parts[1], tmp);
        }
        if (!cur)
            cur = &context_.get(root);
        for (size_t i = 1; i < parts.size(); ++i)
            cur = &member(*cur, parts[i]);
        return *cur;
    }

    [[noreturn]] void fail(const std::string &problem) {
        std::string where = tag_ >= 0 ? " near `" + part_.tags[static_cast<size_t>(tag_)].text + "`"
                                      : std::string();
        throw std::runtime_error(part_.name + ": " + problem + where);
    }

    const Value &filter(const Expr &e, Value &tmp) {
        Filter f = filters_ ? filters_(e.name) : nullptr;
        if (!f)
            fail("unknown filter `" + e.name + "`");
        Value input_tmp;
        const Value &input = eval(e.operands.front(), input_tmp);
        std::vector<Value> args;
        args.reserve(e.operands.size() - 1);
        for (size_t i = 1; i < e.operands.size(); ++i) {
            Value arg_tmp;
            args.push_back(eval(e.operands[i], arg_tmp));
        }
        try {
            tmp = f(input, args);
        } catch (const std::invalid_argument &err) {
            fail("filter `" + e.name + "`: " + err.what());
        }
        return tmp;
    }

    // The result lives either in the context/literal (returned by reference) or in `tmp`.
    const Value &eval(const Expr &e, Value &tmp) {
        switch (e.kind) {
        case Expr::Kind::Literal:
            return e.literal;
        case Expr::Kind::Path:
            return path(e.path, tmp);
        case Expr::Kind::Not: {
            Value t;
            tmp = Value(!eval(e.operands[0], t).truthy());
            return tmp;
        }
        case Expr::Kind::And: {
            const Value &left = eval(e.operands[0], tmp);
            return left.truthy() ? eval(e.operands[1], tmp) : left;
        }
        case Expr::Kind::Or: {
            const Value &left = eval(e.operands[0], tmp);
            return left.truthy() ? left : eval(e.operands[1], tmp);
        }
        case Expr::Kind::Compare: {
            Value ta, tb;
            bool r = compare(e.op, eval(e.operands[0], ta), eval(e.operands[1], tb));
            tmp = Value(r);
            return tmp;
        }
        case Expr::Kind::Concat: {
            Value ta, tb;
            std::string s = eval(e.operands[0], ta).to_text();
            s += eval(e.operands[1], tb).to_text();
            tmp = Value(std::move(s));
            return tmp;
        }
        case Expr::Kind::Filter:
            return filter(e, tmp);
        }
        return null_value();
    }
};

} // namespace

void render_block(const CompiledPart &part, const Value &context, FilterLookup filters,
                  std::string &out) {
    Renderer(part, context, filters, out).block(part.body);
}

} // namespace prikaz::render::tpl
