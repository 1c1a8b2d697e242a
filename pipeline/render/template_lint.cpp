// lint_part: `prikaz template check`. Runs the compile pipeline collecting every issue instead
// of stopping at the first, then checks each dotted path against the schema context and each
// filter name against the filter set.
#include "render/template_engine.h"

#include "render/template_expr.h"
#include "render/template_parser.h"
#include "render/template_xml.h"

namespace prikaz::render {

namespace {

using tpl::Block;
using tpl::Expr;
using tpl::Node;

bool is_loop_attribute(const std::string &name) {
    return name == "index" || name == "index0" || name == "first" || name == "last" ||
           name == "length" || name == "revindex" || name == "revindex0";
}

std::string dotted(const std::vector<std::string> &parts) {
    std::string s;
    for (const std::string &p : parts)
        s += (s.empty() ? "" : ".") + p;
    return s;
}

const Value *map_member(const Value &v, const std::string &key) {
    for (const auto &[k, value] : v.as_map())
        if (k == key)
            return &value;
    return nullptr;
}

class SchemaChecker {
public:
    SchemaChecker(const Value &schema, FilterLookup filters, const std::vector<tpl::TagInfo> &tags,
                  tpl::Issues &issues)
        : schema_(schema), filters_(filters), tags_(tags), issues_(issues) {}

    void block(const Block &b) {
        for (const Node &n : b)
            node(n);
    }

private:
    // A path resolves to a schema value, to "anything" (sample == nullptr: below a null or an
    // empty sample list, or a loop over a filtered list), or does not resolve.
    struct Resolved {
        bool known = false;
        const Value *sample = nullptr;
    };
    struct Scope {
        std::string var;
        const Value *sample;
    };
    const Value &schema_;
    FilterLookup filters_;
    const std::vector<tpl::TagInfo> &tags_;
    tpl::Issues &issues_;
    std::vector<Scope> scopes_;

    void node(const Node &n) {
        switch (n.kind) {
        case Node::Kind::Text:
            break;
        case Node::Kind::Print:
            expr(n.expr, n.tag);
            break;
        case Node::Kind::If:
            for (const tpl::Branch &b : n.branches) {
                expr(b.condition, b.tag);
                block(b.body);
            }
            block(n.else_body);
            break;
        case Node::Kind::For: {
            expr(n.expr, n.tag);
            const Value *sample = nullptr;
            if (n.expr.kind == Expr::Kind::Path) {
                Resolved r = resolve(n.expr.path);
                if (r.known && r.sample && r.sample->is_list() && !r.sample->as_list().empty())
                    sample = &r.sample->as_list().front();
            }
            scopes_.push_back({n.var, sample});
            block(n.body);
            scopes_.pop_back();
            block(n.else_body);
            break;
        }
        }
    }

    void expr(const Expr &e, int tag) {
        std::vector<const Expr *> paths, filters;
        tpl::visit_paths(e, paths, filters);
        const std::string &text = tags_[static_cast<size_t>(tag)].text;
        for (const Expr *p : paths)
            if (!resolve(p->path).known)
                issues_.push_back({false, "unknown field `" + dotted(p->path) + "`", text});
        for (const Expr *f : filters)
            if (!filters_ || !filters_(f->name))
                issues_.push_back({true, "unknown filter `" + f->name + "`", text});
    }

    Resolved resolve(const std::vector<std::string> &parts) {
        const std::string &root = parts.front();
        const Value *cur = nullptr;
        bool bound = false;
        for (auto s = scopes_.rbegin(); s != scopes_.rend() && !bound; ++s)
            if (s->var == root) {
                bound = true;
                cur = s->sample;
            }
        if (!bound && root == "loop")
            return {!scopes_.empty() && parts.size() == 2 && is_loop_attribute(parts[1]), nullptr};
        if (!bound) {
            cur = schema_.is_map() ? map_member(schema_, root) : nullptr;
            if (!cur)
                return {};
        }
        for (size_t i = 1; i < parts.size(); ++i) {
            if (!cur || cur->is_null())
                return {true, nullptr};
            if (cur->is_map()) {
                cur = map_member(*cur, parts[i]);
                if (!cur)
                    return {};
            } else if (cur->is_list() && !parts[i].empty() &&
                       parts[i].find_first_not_of("0123456789") == std::string::npos) {
                cur = cur->as_list().empty() ? nullptr : &cur->as_list().front();
            } else {
                return {};
            }
        }
        return {true, cur};
    }
};

} // namespace

std::vector<LintIssue> lint_part(std::string_view xml, Dialect dialect,
                                 const std::string &part_name, const Value &schema,
                                 FilterLookup filters) {
    tpl::Issues issues;
    try {
        tpl::PreparedXml prepared = tpl::prepare_xml(xml, dialect, issues);
        if (prepared.ok) {
            size_t before = issues.size();
            tpl::ParsedTemplate parsed = tpl::parse_template(prepared.xml, prepared.tags, issues);
            // Blocks closed by error recovery would only add noise to the nesting check.
            if (issues.size() == before)
                tpl::check_balance(parsed.body, prepared.tags, issues);
            SchemaChecker(schema, filters, prepared.tags, issues).block(parsed.body);
        }
    } catch (const std::exception &e) { // out of memory and the like: still an issue
        issues.push_back({true, e.what(), ""});
    }
    std::vector<LintIssue> out;
    out.reserve(issues.size());
    for (tpl::Issue &i : issues)
        out.push_back({part_name, i.error, std::move(i.problem), std::move(i.tag)});
    return out;
}

} // namespace prikaz::render
