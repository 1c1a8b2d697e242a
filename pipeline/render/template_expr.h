// Reading what is inside a tag: expressions ("point.text | upper", "not a and b == 'x'") and
// the words of a statement ("for x in xs", "elif y"). Grammar, loosest first:
//   or      := and ('or' and)*
//   and     := not ('and' not)*
//   not     := 'not' not | compare
//   compare := concat (('=='|'!='|'<'|'>'|'<='|'>='|'in'|'not' 'in') concat)?
//   concat  := filtered ('~' filtered)*
//   filtered:= primary ('|' NAME ('(' [or (',' or)*] ')')?)*
//   primary := NAME ('.' (NAME|INT))* | INT | '-' INT | STRING | true | false | none
//              | '(' or ')'
// as in Jinja: a filter binds to its primary, `not` loosest but for and/or.
#pragma once

#include "render/template_ast.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace prikaz::render::tpl {

// A problem in a tag's contents; the caller adds the part and the tag.
class ExprError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Token {
    enum class Kind { Name, Int, String, Op, End };
    Kind kind = Kind::End;
    std::string text; // name, operator, or the string literal's value (unquoted)
    long long number = 0;
};

class ExprParser {
public:
    explicit ExprParser(std::string_view source); // throws ExprError on a bad character
    bool at_end() const { return peek().kind == Token::Kind::End; }
    bool at_name(std::string_view name) const;
    std::string take_name(); // an identifier; throws ExprError otherwise
    void expect_name(std::string_view keyword);
    Expr parse_expression();
    void expect_end(); // throws ExprError when tokens are left

private:
    std::vector<Token> tokens_;
    size_t pos_ = 0;

    const Token &peek(size_t ahead = 0) const;
    const Token &next() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
    bool at_op(std::string_view op) const;
    void expect_op(std::string_view op);
    Expr parse_or();
    Expr parse_and();
    Expr parse_not();
    Expr parse_compare();
    Expr parse_concat();
    Expr parse_filtered();
    Expr parse_primary();
};

// Every dotted path of an expression (for `template check`), with the filters it names.
void visit_paths(const Expr &e, std::vector<const Expr *> &paths,
                 std::vector<const Expr *> &filters);

} // namespace prikaz::render::tpl
