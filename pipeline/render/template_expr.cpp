#include "render/template_expr.h"

#include <cctype>

namespace prikaz::render::tpl {

namespace {

bool name_start(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // Non-ASCII letters are allowed in names (UTF-8 bytes), curly quotes and NBSP are not.
    return std::isalpha(c) || c == '_' ||
           (c >= 0x80 && quote_open_length(s, i) == 0 && whitespace_length(s, i) == 0);
}

bool name_char(std::string_view s, size_t i) {
    return name_start(s, i) || std::isdigit(static_cast<unsigned char>(s[i]));
}

std::string read_string(std::string_view s, size_t &i) {
    size_t open_len = quote_open_length(s, i);
    std::string_view open = s.substr(i, open_len);
    bool ascii = open_len == 1;
    std::string value;
    for (i += open_len; i < s.size();) {
        if (size_t close = quote_close_length(open, s, i)) {
            i += close;
            return value;
        }
        if (ascii && s[i] == '\\' && i + 1 < s.size()) {
            char e = s[i + 1];
            value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            i += 2;
            continue;
        }
        value += s[i++];
    }
    throw ExprError("string literal is not closed");
}

std::vector<Token> lex(std::string_view s) {
    static constexpr std::string_view two_char_ops[] = {"==", "!=", "<=", ">="};
    static constexpr std::string_view one_char_ops = "<>|(),.~-";
    std::vector<Token> out;
    for (size_t i = 0; i < s.size();) {
        if (size_t w = whitespace_length(s, i)) {
            i += w;
            continue;
        }
        Token t;
        if (quote_open_length(s, i)) {
            t.kind = Token::Kind::String;
            t.text = read_string(s, i);
        } else if (std::isdigit(static_cast<unsigned char>(s[i]))) {
            size_t b = i;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
                ++i;
            if (i - b > 18)
                throw ExprError("number too large");
            t.kind = Token::Kind::Int;
            t.text = std::string(s.substr(b, i - b));
            t.number = std::stoll(t.text);
        } else if (name_start(s, i)) {
            size_t b = i;
            while (i < s.size() && name_char(s, i))
                ++i;
            t.kind = Token::Kind::Name;
            t.text = std::string(s.substr(b, i - b));
        } else {
            t.kind = Token::Kind::Op;
            for (std::string_view op : two_char_ops)
                if (s.substr(i, 2) == op)
                    t.text = std::string(op);
            if (t.text.empty() && one_char_ops.find(s[i]) != std::string_view::npos)
                t.text = std::string(1, s[i]);
            if (t.text.empty())
                throw ExprError("unexpected character `" + std::string(1, s[i]) + "`");
            i += t.text.size();
        }
        out.push_back(std::move(t));
    }
    out.push_back(Token{});
    return out;
}

bool is_keyword(const std::string &name) {
    return name == "and" || name == "or" || name == "not" || name == "in" || name == "is";
}

Expr binary(Expr::Kind kind, Expr left, Expr right, Expr::Op op = Expr::Op::Eq) {
    Expr e;
    e.kind = kind;
    e.op = op;
    e.operands.push_back(std::move(left));
    e.operands.push_back(std::move(right));
    return e;
}

Expr literal(Value v) {
    Expr e;
    e.kind = Expr::Kind::Literal;
    e.literal = std::move(v);
    return e;
}

std::string describe(const Token &t) {
    switch (t.kind) {
    case Token::Kind::End:
        return "end of tag";
    case Token::Kind::String:
        return "string \"" + t.text + "\"";
    default:
        return "`" + t.text + "`";
    }
}

} // namespace

ExprParser::ExprParser(std::string_view source) : tokens_(lex(source)) {}

const Token &ExprParser::peek(size_t ahead) const {
    size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
    return tokens_[i];
}

bool ExprParser::at_name(std::string_view name) const {
    return peek().kind == Token::Kind::Name && peek().text == name;
}

bool ExprParser::at_op(std::string_view op) const {
    return peek().kind == Token::Kind::Op && peek().text == op;
}

void ExprParser::expect_op(std::string_view op) {
    if (!at_op(op))
        throw ExprError("expected `" + std::string(op) + "`, found " + describe(peek()));
    next();
}

std::string ExprParser::take_name() {
    if (peek().kind != Token::Kind::Name || is_keyword(peek().text))
        throw ExprError("expected a name, found " + describe(peek()));
    return next().text;
}

void ExprParser::expect_name(std::string_view keyword) {
    if (!at_name(keyword))
        throw ExprError("expected `" + std::string(keyword) + "`, found " + describe(peek()));
    next();
}

void ExprParser::expect_end() {
    if (!at_end())
        throw ExprError("unexpected " + describe(peek()));
}

Expr ExprParser::parse_expression() {
    if (at_end())
        throw ExprError("expression expected");
    return parse_or();
}

Expr ExprParser::parse_or() {
    Expr left = parse_and();
    while (at_name("or")) {
        next();
        left = binary(Expr::Kind::Or, std::move(left), parse_and());
    }
    return left;
}

Expr ExprParser::parse_and() {
    Expr left = parse_not();
    while (at_name("and")) {
        next();
        left = binary(Expr::Kind::And, std::move(left), parse_not());
    }
    return left;
}

Expr ExprParser::parse_not() {
    if (!at_name("not"))
        return parse_compare();
    next();
    Expr e;
    e.kind = Expr::Kind::Not;
    e.operands.push_back(parse_not());
    return e;
}

Expr ExprParser::parse_compare() {
    Expr left = parse_concat();
    struct OpName {
        std::string_view text;
        Expr::Op op;
    };
    static constexpr OpName ops[] = {{"==", Expr::Op::Eq}, {"!=", Expr::Op::Ne},
                                     {"<=", Expr::Op::Le}, {">=", Expr::Op::Ge},
                                     {"<", Expr::Op::Lt},  {">", Expr::Op::Gt}};
    for (const OpName &o : ops)
        if (at_op(o.text)) {
            next();
            return binary(Expr::Kind::Compare, std::move(left), parse_concat(), o.op);
        }
    if (at_name("in")) {
        next();
        return binary(Expr::Kind::Compare, std::move(left), parse_concat(), Expr::Op::In);
    }
    if (at_name("not") && peek(1).kind == Token::Kind::Name && peek(1).text == "in") {
        next();
        next();
        return binary(Expr::Kind::Compare, std::move(left), parse_concat(), Expr::Op::NotIn);
    }
    return left;
}

Expr ExprParser::parse_concat() {
    Expr left = parse_filtered();
    while (at_op("~")) {
        next();
        left = binary(Expr::Kind::Concat, std::move(left), parse_filtered());
    }
    return left;
}

Expr ExprParser::parse_filtered() {
    Expr value = parse_primary();
    while (at_op("|")) {
        next();
        Expr f;
        f.kind = Expr::Kind::Filter;
        f.name = take_name();
        f.operands.push_back(std::move(value));
        if (at_op("(")) {
            next();
            if (!at_op(")")) {
                f.operands.push_back(parse_or());
                while (at_op(",")) {
                    next();
                    f.operands.push_back(parse_or());
                }
            }
            expect_op(")");
        }
        value = std::move(f);
    }
    return value;
}

Expr ExprParser::parse_primary() {
    const Token &t = peek();
    if (t.kind == Token::Kind::Int)
        return literal(Value(next().number));
    if (t.kind == Token::Kind::String)
        return literal(Value(next().text));
    if (at_op("-") && peek(1).kind == Token::Kind::Int) {
        next();
        return literal(Value(-next().number));
    }
    if (at_op("(")) {
        next();
        Expr inner = parse_or();
        expect_op(")");
        return inner;
    }
    if (t.kind == Token::Kind::Name && !is_keyword(t.text)) {
        std::string name = next().text;
        if (name == "true" || name == "True")
            return literal(Value(true));
        if (name == "false" || name == "False")
            return literal(Value(false));
        if (name == "none" || name == "None")
            return literal(Value());
        Expr e;
        e.kind = Expr::Kind::Path;
        e.path.push_back(std::move(name));
        while (at_op(".")) {
            next();
            const Token &part = peek();
            if (part.kind != Token::Kind::Name && part.kind != Token::Kind::Int)
                throw ExprError("expected a field name after `.`, found " + describe(part));
            e.path.push_back(next().text);
        }
        return e;
    }
    throw ExprError("unexpected " + describe(t));
}

void visit_paths(const Expr &e, std::vector<const Expr *> &paths,
                 std::vector<const Expr *> &filters) {
    if (e.kind == Expr::Kind::Path)
        paths.push_back(&e);
    if (e.kind == Expr::Kind::Filter)
        filters.push_back(&e);
    for (const Expr &o : e.operands)
        visit_paths(o, paths, filters);
}

} // namespace prikaz::render::tpl
