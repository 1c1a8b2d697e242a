// `prikaz template check` for one part (lint_part): every problem is an issue, nothing throws.
#include "render/template_engine.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace prikaz::render;
using testing::HasSubstr;

namespace {

Value upper(const Value &in, const std::vector<Value> &) {
    return in;
}

Filter filters(std::string_view name) {
    return name == "upper" ? upper : nullptr;
}

std::string docx(const std::string &paragraphs) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
           "<w:body>" +
           paragraphs + "</w:body></w:document>";
}

std::string p(const std::string &text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

Value schema() {
    Value party = Map{{"org", "Управление"}, {"person", "Иванов"}};
    Value pt = Map{{"num", "1"},
                   {"text", "текст"},
                   {"responsible", List{party}},
                   {"points", List{}},
                   {"extra", Value()}};
    return Map{{"kind", "приказ"},
               {"requisites", Map{{"date", "2023-03-01"}, {"number", "1"}}},
               {"points", List{pt}},
               {"control", Map{{"person", "Петров"}}}};
}

std::vector<LintIssue> lint(const std::string &xml) {
    return lint_part(xml, Dialect::Docx, "word/document.xml", schema(), filters);
}

std::string describe(const std::vector<LintIssue> &issues) {
    std::string s;
    for (const LintIssue &i : issues)
        s += (i.error ? "error: " : "warning: ") + i.message + " @ " + i.tag + "\n";
    return s;
}

TEST(TemplateLint, CleanTemplateHasNoIssues) {
    auto issues = lint(
        docx(p("{{ kind | upper }} № {{ requisites.number }}") + p("{%p for point in points %}") +
             p("{{ loop.index }}. {{ point.text }} {{ point.num }}") +
             p("{% for r in point.responsible %}{{ r.org }}{% endfor %}") +
             p("{%p for sub in point.points %}") +
             p("{{ sub.anything }} {{ loop.index0 }} {{ point.extra.deep }}") + p("{%p endfor %}") +
             p("{%p endfor %}") + p("{% if control %}{{ control.person }}{% endif %}")));
    EXPECT_TRUE(issues.empty()) << describe(issues);
}

TEST(TemplateLint, UnknownFieldsInsideLoopsAreReported) {
    auto issues =
        lint(docx(p("{%p for point in points %}") + p("{{ loop.index }}. {{ point.textt }}") +
                  p("{% for r in point.responsible %}{{ r.orgg }}{% endfor %}") +
                  p("{%p endfor %}") + p("{{ loop.index }} {{ requisites.numbr }}")));
    ASSERT_EQ(issues.size(), 4u) << describe(issues);
    EXPECT_FALSE(issues[0].error);
    EXPECT_EQ(issues[0].part, "word/document.xml");
    EXPECT_EQ(issues[0].message, "unknown field `point.textt`");
    EXPECT_EQ(issues[0].tag, "{{ point.textt }}");
    EXPECT_EQ(issues[1].message, "unknown field `r.orgg`");
    EXPECT_EQ(issues[2].message, "unknown field `loop.index`") << "outside any loop";
    EXPECT_EQ(issues[3].message, "unknown field `requisites.numbr`");
}

TEST(TemplateLint, UnknownFilterIsAnError) {
    auto issues = lint(docx(p("{{ kind | shout }}")));
    ASSERT_EQ(issues.size(), 1u) << describe(issues);
    EXPECT_TRUE(issues[0].error);
    EXPECT_EQ(issues[0].message, "unknown filter `shout`");
}

TEST(TemplateLint, ReportsEveryBlockProblemWithoutThrowing) {
    auto issues = lint(docx(p("{%p for point in points %}") + p("{% endif %}") +
                            p("{% if kind %}") + p("{{ kind ==  }}")));
    ASSERT_EQ(issues.size(), 4u) << describe(issues);
    EXPECT_THAT(issues[0].message, HasSubstr("`endif` does not match the open `for`"));
    EXPECT_THAT(issues[1].message, HasSubstr("unexpected end of tag"));
    EXPECT_THAT(issues[2].message, HasSubstr("`if` is not closed"));
    EXPECT_EQ(issues[2].tag, "{% if kind %}");
    EXPECT_THAT(issues[3].message, HasSubstr("`for` is not closed"));
    for (const LintIssue &i : issues)
        EXPECT_TRUE(i.error);
}

TEST(TemplateLint, TagSpanningParagraphsAndMisplacedStructuralTags) {
    auto issues = lint(docx(p("{{ kind") + p("}}") + p("{%tc if kind %}") + p("{%tc endif %}")));
    ASSERT_EQ(issues.size(), 3u) << describe(issues);
    EXPECT_THAT(issues[0].message, HasSubstr("same paragraph"));
    EXPECT_EQ(issues[0].tag, "{{ kind");
    EXPECT_THAT(issues[1].message, HasSubstr("not inside a table cell"));
    EXPECT_THAT(issues[2].message, HasSubstr("not inside a table cell"));
}

TEST(TemplateLint, WarnsAboutTextDroppedWithStructuralParagraph) {
    auto issues = lint(docx(p("Пункты: {%p for point in points %}") + p("{%p endfor %}")));
    ASSERT_EQ(issues.size(), 1u) << describe(issues);
    EXPECT_FALSE(issues[0].error);
    EXPECT_THAT(issues[0].message, HasSubstr("dropped"));
}

TEST(TemplateLint, MalformedXmlIsAnIssue) {
    auto issues = lint("<w:document><w:body>");
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_TRUE(issues[0].error);
    EXPECT_THAT(issues[0].message, HasSubstr("malformed XML"));
}

} // namespace
