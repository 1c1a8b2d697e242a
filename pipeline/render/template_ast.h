// The compiled form of a template part: literal XML and tags parsed once into a tree that the
// renderer walks (template_eval.cpp) and the checker inspects (template_lint.cpp).
#pragma once

#include "render/template_engine.h"
#include "render/template_tag.h"
#include "render/value.h"

#include <string>
#include <vector>

namespace prikaz::render::tpl {

// A problem found while compiling or checking a part. Compilation throws the first error;
// `template check` reports them all.
struct Issue {
    bool error = true;
    std::string problem;
    std::string tag; // the tag as written, "" when not about a tag
};
using Issues = std::vector<Issue>;

struct Expr {
    enum class Kind { Literal, Path, Not, And, Or, Compare, Concat, Filter };
    enum class Op { Eq, Ne, Lt, Gt, Le, Ge, In, NotIn };
    Kind kind = Kind::Literal;
    Op op = Op::Eq;
    Value literal;                 // Literal
    std::vector<std::string> path; // Path: "a.b.0" -> {"a", "b", "0"}
    std::string name;              // Filter
    // Not: {x}; And/Or/Compare/Concat: {left, right}; Filter: {input, args...}
    std::vector<Expr> operands;
};

struct Node;
using Block = std::vector<Node>;

struct Branch {
    Expr condition;
    Block body;
    int tag = -1; // the {% if %} or {% elif %} tag
};

struct Node {
    enum class Kind { Text, Print, If, For };
    Kind kind = Kind::Text;
    std::string text;             // Text: literal XML, written as is
    int tag = -1;                 // Print/If/For: index of the (opening) tag in CompiledPart::tags
    Expr expr;                    // Print: the value; For: the iterable
    std::vector<Branch> branches; // If: if + elifs
    std::string var;              // For: the loop variable
    Block body;                   // For: one iteration
    Block else_body;              // If: else; For: else (empty iterable)
    bool structural = false;      // For: opened by {%p / {%tr / {%tc: emits numbering markers
};

} // namespace prikaz::render::tpl

namespace prikaz::render {

struct CompiledPart {
    std::string name;
    Dialect dialect = Dialect::Docx;
    bool has_tags = false;
    tpl::Block body;
    std::vector<tpl::TagInfo> tags;
    size_t literal_bytes = 0; // to reserve the output once
};

} // namespace prikaz::render
