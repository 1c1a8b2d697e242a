// The template engine on small DOCX/ODT part strings: tags split over runs, structural tags,
// expressions, escaping, line breaks and spaces, numbering markers, errors. Every rendered part
// is parsed again with libxml2 to prove it is well-formed.
#include "render/template_engine.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace prikaz::render;
using testing::HasSubstr;
using testing::Not;

namespace {

// Test filters (the real set lives in render/filters.h).
Value upper(const Value &in, const std::vector<Value> &) {
    std::string s = in.to_text();
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

Value wrap(const Value &in, const std::vector<Value> &args) {
    if (args.size() != 2)
        throw std::invalid_argument("wrap takes two arguments");
    return args[0].to_text() + in.to_text() + args[1].to_text();
}

Filter filters(std::string_view name) {
    if (name == "upper")
        return upper;
    if (name == "wrap")
        return wrap;
    return nullptr;
}

std::string docx(const std::string &body, const std::string &prefix = "w") {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "<" +
           prefix + ":document xmlns:" + prefix +
           R"(="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
           R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><)" +
           prefix + ":body>" + body + "</" + prefix + ":body></" + prefix + ":document>";
}

std::string odt(const std::string &text) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
           R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
           R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
           R"( office:version="1.3"><office:body><office:text>)" +
           text + "</office:text></office:body></office:document-content>";
}

std::string p(const std::string &text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

struct DocFree {
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

DocPtr parse(const std::string &xml) {
    return DocPtr(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool named(const xmlNode *n, const char *local) {
    return n->type == XML_ELEMENT_NODE && std::strcmp((const char *)n->name, local) == 0;
}

// What a reader sees in a paragraph: text, breaks as "\n", tabs as "\t", text:s as spaces.
void paragraph_text(const xmlNode *n, std::string &out) {
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE)
            out += (const char *)c->content;
        else if (named(c, "br") || named(c, "line-break"))
            out += "\n";
        else if (named(c, "tab"))
            out += "\t";
        else if (named(c, "s")) {
            xmlChar *count = xmlGetProp(c, (const xmlChar *)"c");
            out += std::string(count ? std::atoi((const char *)count) : 1, ' ');
            xmlFree(count);
        } else if (c->type == XML_ELEMENT_NODE && !named(c, "pPr") && !named(c, "rPr"))
            paragraph_text(c, out);
    }
}

void paragraphs(const xmlNode *n, std::vector<std::string> &out) {
    for (; n; n = n->next) {
        if (named(n, "p") || named(n, "h")) {
            out.emplace_back();
            paragraph_text(n, out.back());
        } else if (n->type == XML_ELEMENT_NODE) {
            paragraphs(n->children, out);
        }
    }
}

std::vector<std::string> paragraphs(const std::string &xml) {
    DocPtr doc = parse(xml);
    std::vector<std::string> out;
    if (doc)
        paragraphs(xmlDocGetRootElement(doc.get()), out);
    return out;
}

size_t count(const std::string &s, const std::string &what) {
    size_t n = 0;
    for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1))
        ++n;
    return n;
}

std::string render(const std::string &xml, Dialect dialect, const Value &context) {
    auto part = compile_part(xml, dialect, "word/document.xml");
    std::string out = render_part(*part, context, filters);
    EXPECT_TRUE(parse(out)) << "not well-formed:\n" << out;
    EXPECT_EQ(out.rfind("<?xml", 0), 0u) << "no XML declaration";
    return out;
}

Value point(const std::string &num, const std::string &text, List subpoints = {}) {
    return Map{{"num", num}, {"text", text}, {"points", std::move(subpoints)}};
}

std::string syntax_error(const std::string &xml, Dialect dialect = Dialect::Docx) {
    try {
        compile_part(xml, dialect, "word/document.xml");
    } catch (const TemplateSyntaxError &e) {
        return e.what();
    }
    ADD_FAILURE() << "compiled without error";
    return {};
}

TEST(TemplateEngine, JoinsPlaceholderSplitOverRuns) {
    std::string xml =
        docx(R"(<w:p w:rsidR="00A1"><w:r w:rsidR="00A1"><w:t>Приказ № {</w:t></w:r>)"
             R"(<w:proofErr w:type="spellStart"/><w:r w:rsidRPr="00B2"><w:rPr><w:b/></w:rPr>)"
             R"(<w:t>{ requisites.</w:t></w:r><w:bookmarkStart w:id="0" w:name="n"/>)"
             R"(<w:r w:rsidR="00C3"><w:t>number }} от</w:t></w:r><w:proofErr w:type="spellEnd"/>)"
             R"(<w:bookmarkEnd w:id="0"/></w:p>)");
    auto part = compile_part(xml, Dialect::Docx, "word/document.xml");
    EXPECT_TRUE(compiled_part_has_tags(*part));
    std::string out = render(xml, Dialect::Docx, Map{{"requisites", Map{{"number", "15-р"}}}});
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("Приказ № 15-р от"));
    EXPECT_THAT(out, Not(HasSubstr("<w:b/>"))) << "the run emptied by joining must go";
    EXPECT_THAT(out, HasSubstr("<w:bookmarkStart")) << "other markup stays";
    // " от" now starts with a space: its w:t must preserve it.
    EXPECT_THAT(out, HasSubstr(R"(<w:t xml:space="preserve"> от</w:t>)"));
}

TEST(TemplateEngine, PartWithoutTagsIsReportedAndKept) {
    std::string xml = docx(R"(<w:p><w:r><w:instrText> MERGEFIELD {{x}} </w:instrText></w:r>)"
                           R"(<w:r><w:delText>{{ y }}</w:delText></w:r>)" +
                           std::string("<w:r><w:t>a { b } c</w:t></w:r></w:p>"));
    auto part = compile_part(xml, Dialect::Docx, "word/document.xml");
    EXPECT_FALSE(compiled_part_has_tags(*part)) << "field codes and deleted text are not tags";
    std::string out = render_part(*part, Value(), filters);
    EXPECT_THAT(out, HasSubstr("MERGEFIELD {{x}}"));
    EXPECT_THAT(out, HasSubstr("<w:delText>{{ y }}</w:delText>"));
}

TEST(TemplateEngine, OdtCommentsAndTrackedDeletionsHoldNoTags) {
    std::string xml = odt("<text:tracked-changes><text:changed-region text:id=\"c1\">"
                          "<text:deletion><text:p>{{ old }}</text:p></text:deletion>"
                          "</text:changed-region></text:tracked-changes><text:p>a"
                          "<office:annotation><text:p>{% why %}</text:p></office:annotation>"
                          "</text:p>");
    auto part = compile_part(xml, Dialect::Odt, "content.xml");
    EXPECT_FALSE(compiled_part_has_tags(*part));
}

TEST(TemplateEngine, ParagraphLoopsNestWithLoopIndex) {
    std::string xml = docx(p("{%p for point in points %}") +
                           "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/>"
                           "</w:numPr></w:pPr><w:r><w:t>{{ loop.index }}. {{ point.text }}"
                           "</w:t></w:r></w:p>" +
                           p("{%p for sub in point.points %}") +
                           p("{{ loop.index }}) {{ sub.text }} / {{ point.num }} "
                             "{{ loop.length }}{% if loop.last %} last{% endif %}") +
                           p("{%p endfor %}") + p("{%p endfor %}") + p("End"));
    Value ctx = Map{{"points", List{point("1", "A", List{point("1.1", "A1"), point("1.2", "A2")}),
                                    point("2", "B")}}};
    std::string out = render(xml, Dialect::Docx, ctx);
    EXPECT_THAT(paragraphs(out),
                testing::ElementsAre("1. A", "1) A1 / 1 2", "2) A2 / 1 2 last", "2. B", "End"));
    EXPECT_EQ(count(out, "<w:numId w:val=\"3\"/>"), 2u);
    EXPECT_THAT(out, Not(HasSubstr("{%")));
    // Outer loop + one inner loop per point (B's is empty): markers bracket each loop.
    EXPECT_EQ(count(out, "<?prikaz-loop?>"), 3u);
    EXPECT_EQ(count(out, "<?prikaz-next?>"), 4u);
    EXPECT_EQ(count(out, "<?prikaz-end?>"), 3u);
    EXPECT_THAT(out, HasSubstr("<w:body><?prikaz-loop?><?prikaz-next?><w:p>"));
}

TEST(TemplateEngine, TableRowLoopRepeatsRows) {
    auto cell = [](const std::string &t) {
        return "<w:tc><w:p><w:r><w:t>" + t + "</w:t></w:r></w:p></w:tc>";
    };
    std::string xml =
        docx("<w:tbl><w:tr>" + cell("№") + cell("Мероприятие") + "</w:tr><w:tr>" +
             cell("{%tr for m in measures %}") + cell("") + "</w:tr><w:tr>" + cell("{{ m.num }}") +
             cell("{{ m.name }}") + "</w:tr><w:tr>" + cell("{%tr endfor %}") + "</w:tr></w:tbl>");
    Value ctx = Map{{"measures", List{Map{{"num", "1"}, {"name", "Провести"}},
                                      Map{{"num", "2"}, {"name", "Обеспечить"}}}}};
    std::string out = render(xml, Dialect::Docx, ctx);
    EXPECT_EQ(count(out, "<w:tr>"), 3u);
    EXPECT_THAT(paragraphs(out),
                testing::ElementsAre("№", "Мероприятие", "1", "Провести", "2", "Обеспечить"));
    EXPECT_EQ(count(out, "<?prikaz-next?>"), 2u);
    EXPECT_THAT(out, HasSubstr("<?prikaz-loop?><?prikaz-next?><w:tr>"));
}

TEST(TemplateEngine, IfElifElseWithWordQuotes) {
    std::string xml = docx(p("{% if kind == \"приказ\" %}ПРИКАЗ{% elif kind == “решение” %}"
                             "РЕШЕНИЕ{% elif kind in [x] %}{% else %}{{ kind | upper }}"
                             "{% endif %}"));
    // "in [x]" is not in the language: the list literal must be rejected.
    EXPECT_THAT(syntax_error(xml), HasSubstr("unexpected character `[`"));

    xml = docx(p("{% if kind == \"приказ\" %}ПРИКАЗ{% elif kind == “решение” %}РЕШЕНИЕ"
                 "{% elif not kind %}—{% else %}{{ kind | upper }}{% endif %}"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"kind", "приказ"}})),
                testing::ElementsAre("ПРИКАЗ"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"kind", "решение"}})),
                testing::ElementsAre("РЕШЕНИЕ"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"kind", "letter"}})),
                testing::ElementsAre("LETTER"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{})), testing::ElementsAre("—"));
}

TEST(TemplateEngine, ExpressionsAndOperators) {
    std::string xml = docx(
        p("{{ missing.field }}|{{ a or 'def' }}|{{ n &gt; 2 and n &lt;= 3 }}|{% if 'b' in list %}in"
          "{% endif %}|{% if 'z' not in list %}out{% endif %}|{{ (n == 3) }}|{{ a ~ n }}|"
          "{{ list.1 }}|{{ name | wrap(«[», ‘]’) }}|{# note #}|{{ -2 }}"));
    Value ctx = Map{{"n", 3}, {"list", List{"a", "b"}}, {"name", "Иванов"}};
    // Booleans print empty (value.h), unknown fields too.
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, ctx)),
                testing::ElementsAre("|def||in|out||3|b|[Иванов]||-2"));
}

TEST(TemplateEngine, ForElseAndLoopFlags) {
    std::string xml = docx(p("{% for x in xs %}{% if loop.first %}[{% endif %}{{ x }}"
                             "{% if not loop.last %}, {% else %}]{% endif %}{% else %}none"
                             "{% endfor %}"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"xs", List{"a", "b", "c"}}})),
                testing::ElementsAre("[a, b, c]"));
    std::string empty = render(xml, Dialect::Docx, Map{{"xs", List{}}});
    EXPECT_THAT(paragraphs(empty), testing::ElementsAre("none"));
    EXPECT_THAT(empty, Not(HasSubstr("<?prikaz"))) << "inline loops emit no markers";
}

TEST(TemplateEngine, ParagraphIfHidesSection) {
    std::string xml = docx(p("Текст") + p("{%p if control %}") + p("Контроль возложить на") +
                           p("{{ control.person }}") + p("{%p endif %}") + p("Подпись"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{})),
                testing::ElementsAre("Текст", "Подпись"));
    EXPECT_THAT(
        paragraphs(render(xml, Dialect::Docx, Map{{"control", Map{{"person", "Петров П.П."}}}})),
        testing::ElementsAre("Текст", "Контроль возложить на", "Петров П.П.", "Подпись"));
}

TEST(TemplateEngine, HoistedParagraphDropsOtherTextAndCommentParagraphs) {
    std::string xml = docx(p("Before {%p if x %}") + p("{#p a note for the author #}") + p("Body") +
                           p("{%p endif %}"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"x", 1}})),
                testing::ElementsAre("Body"));
}

TEST(TemplateEngine, EscapesMarkupInValues) {
    std::string value = "ООО \"Рога & Копыта\" <тест> 'a'";
    std::string out = render(docx(p("{{ v }}")), Dialect::Docx, Map{{"v", value}});
    EXPECT_THAT(paragraphs(out), testing::ElementsAre(value));
    EXPECT_THAT(out, HasSubstr("&amp; Копыта"));
    EXPECT_THAT(out, HasSubstr("&lt;тест&gt;"));
    std::string odt_out = render(odt("<text:p>{{ v }}</text:p>"), Dialect::Odt, Map{{"v", value}});
    EXPECT_THAT(paragraphs(odt_out), testing::ElementsAre(value));
}

TEST(TemplateEngine, NewlinesAndTabsBecomeBreaks) {
    Value ctx = Map{{"v", "first\nsecond\r\nthird\tcol\x01"}};
    std::string out = render(docx(p("[{{ v }}]")), Dialect::Docx, ctx);
    EXPECT_THAT(out, HasSubstr("first</w:t><w:br/><w:t xml:space=\"preserve\">second"));
    EXPECT_THAT(out, HasSubstr("<w:tab/>"));
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("[first\nsecond\nthird\tcol]"));

    std::string o = render(odt("<text:p>[{{ v }}]</text:p>"), Dialect::Odt, ctx);
    EXPECT_THAT(o, HasSubstr("first<text:line-break/>second<text:line-break/>third<text:tab/>col"));
    EXPECT_THAT(paragraphs(o), testing::ElementsAre("[first\nsecond\nthird\tcol]"));
}

TEST(TemplateEngine, LineBreaksUseThePartsOwnPrefix) {
    std::string xml = docx("<ww:p><ww:r><ww:t>{{ v }}</ww:t></ww:r></ww:p>", "ww");
    std::string out = render(xml, Dialect::Docx, Map{{"v", "a\nb"}});
    EXPECT_THAT(out, HasSubstr("a</ww:t><ww:br/><ww:t xml:space=\"preserve\">b"));
}

TEST(TemplateEngine, SpacesSurvive) {
    Value ctx = Map{{"v", "  two  spaces "}};
    std::string o = render(odt("<text:p>[{{ v }}]</text:p>"), Dialect::Odt, ctx);
    EXPECT_THAT(o, HasSubstr(R"([<text:s text:c="2"/>two <text:s/>spaces<text:s/>])"));
    EXPECT_THAT(paragraphs(o), testing::ElementsAre("[  two  spaces ]"));

    std::string d = render(docx("<w:p><w:r><w:t>{{ v }}</w:t></w:r></w:p>"), Dialect::Docx, ctx);
    EXPECT_THAT(d, HasSubstr(R"(<w:t xml:space="preserve">  two  spaces </w:t>)"));
}

TEST(TemplateEngine, OdtSplitSpansAndSpaceElements) {
    std::string xml = odt(R"(<text:p text:style-name="P1">Ответственный: {<text:span )"
                          R"(text:style-name="T1">{<text:s/>name</text:span> }}<text:s )"
                          R"(text:c="2"/>конец</text:p>)");
    std::string out = render(xml, Dialect::Odt, Map{{"name", "Иванов И.И."}});
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("Ответственный: Иванов И.И.  конец"));
    EXPECT_THAT(out, Not(HasSubstr("T1\"/>"))) << "the emptied span must go";

    // Spans emptied inside spans emptied: each goes once, innermost first.
    std::string nested = odt("<text:p><text:span text:style-name=\"A\">{{<text:span "
                             "text:style-name=\"B\"> name</text:span></text:span><text:span "
                             "text:style-name=\"C\"> }}</text:span>!</text:p>");
    std::string out2 = render(nested, Dialect::Odt, Map{{"name", "X"}});
    EXPECT_THAT(paragraphs(out2), testing::ElementsAre("X!"));
    EXPECT_THAT(out2, Not(HasSubstr("\"B\"")));
    EXPECT_THAT(out2, Not(HasSubstr("\"C\"")));
}

TEST(TemplateEngine, OdtListParagraphHoistsToOutermostList) {
    auto item = [](const std::string &t) {
        return "<text:list text:style-name=\"L1\"><text:list-item><text:list><text:list-item>"
               "<text:p text:style-name=\"P2\">" +
               t + "</text:p></text:list-item></text:list></text:list-item></text:list>";
    };
    std::string xml =
        odt(item("{%p for p in points %}") + item("{{ p.text }}") + item("{%p endfor %}"));
    Value ctx = Map{{"points", List{point("1", "A"), point("2", "B")}}};
    std::string out = render(xml, Dialect::Odt, ctx);
    EXPECT_EQ(count(out, "<text:list "), 2u) << out;
    EXPECT_EQ(count(out, "<text:list-item>"), 4u);
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("A", "B"));
    EXPECT_THAT(out, HasSubstr("<office:text><?prikaz-loop?><?prikaz-next?><text:list "));

    // Tags sharing one list with the repeated item: only their own items go.
    std::string shared =
        odt("<text:list text:style-name=\"L1\"><text:list-item><text:p>{%p for p in points %}"
            "</text:p></text:list-item><text:list-item><text:p>{{ p.text }}</text:p>"
            "</text:list-item><text:list-item><text:p>{%p endfor %}</text:p></text:list-item>"
            "</text:list>");
    std::string out2 = render(shared, Dialect::Odt, ctx);
    EXPECT_EQ(count(out2, "<text:list "), 1u);
    EXPECT_EQ(count(out2, "<text:list-item>"), 2u);
    EXPECT_THAT(paragraphs(out2), testing::ElementsAre("A", "B"));
}

TEST(TemplateEngine, OdtTableRowsAndHeadings) {
    std::string xml =
        odt("<text:h text:outline-level=\"1\">{{ title }}</text:h><table:table><table:table-row>"
            "<table:table-cell><text:p>{%tr for m in ms %}</text:p></table:table-cell>"
            "</table:table-row><table:table-row><table:table-cell><text:p>{{ m }}</text:p>"
            "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>"
            "{%tr endfor %}</text:p></table:table-cell></table:table-row></table:table>");
    std::string out = render(xml, Dialect::Odt, Map{{"title", "План"}, {"ms", List{"x", "y"}}});
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("План", "x", "y"));
    EXPECT_EQ(count(out, "<table:table-row>"), 2u);
}

TEST(TemplateEngine, TableCellTag) {
    std::string xml = docx("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{%tc for c in cs %}</w:t></w:r>"
                           "</w:p></w:tc><w:tc><w:p><w:r><w:t>{{ c }}</w:t></w:r></w:p></w:tc>"
                           "<w:tc><w:p><w:r><w:t>{%tc endfor %}</w:t></w:r></w:p></w:tc></w:tr>"
                           "</w:tbl>");
    std::string out = render(xml, Dialect::Docx, Map{{"cs", List{"1", "2", "3"}}});
    EXPECT_EQ(count(out, "<w:tc>"), 3u);
    EXPECT_THAT(paragraphs(out), testing::ElementsAre("1", "2", "3"));
}

TEST(TemplateEngine, SyntaxErrors) {
    EXPECT_THAT(syntax_error(docx(p("{%p for x in xs %}") + p("{{ x }}"))),
                HasSubstr("word/document.xml: `for` is not closed (no `endfor`) near "
                          "`{%p for x in xs %}`"));
    EXPECT_THAT(syntax_error(docx(p("a{% endif %}"))),
                HasSubstr("`endif` without an open `if` near `{% endif %}`"));
    EXPECT_THAT(syntax_error(docx(p("{% for x in xs %}{% endif %}{% endfor %}"))),
                HasSubstr("`endif` does not match the open `for`"));
    EXPECT_THAT(syntax_error(docx(p("{{ name") + p("}}"))),
                HasSubstr("a tag must open and close in the same paragraph"));
    EXPECT_THAT(syntax_error(docx(p("{{ a | }}"))), HasSubstr("expected a name"));
    EXPECT_THAT(syntax_error(docx(p("{% set x = 1 %}"))), HasSubstr("unknown statement `set`"));
    EXPECT_THAT(syntax_error(docx(p("{%tr if x %}"))), HasSubstr("not inside a table row"));
    EXPECT_THAT(syntax_error(docx("<w:p>")), HasSubstr("malformed XML"));
    EXPECT_THAT(syntax_error(R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>)"),
                HasSubstr("document type declaration"));
    // {% if %} inside a hyperlink closed outside it: taking or skipping would break the XML.
    EXPECT_THAT(syntax_error(docx("<w:p><w:hyperlink r:id=\"rId1\"><w:r><w:t>{% if x %}A</w:t>"
                                  "</w:r></w:hyperlink><w:r><w:t>B{% endif %}</w:t></w:r>"
                                  "</w:p>")),
                HasSubstr("different levels of the XML"));
}

TEST(TemplateEngine, InlineBlockAcrossRunsAndParagraphsStaysWellFormed) {
    std::string xml = docx("<w:p><w:r><w:t>A{% if x %}B</w:t></w:r><w:r><w:rPr><w:i/></w:rPr>"
                           "<w:t>C</w:t></w:r></w:p>" +
                           p("D{% endif %}E"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{})), testing::ElementsAre("AE"));
    EXPECT_THAT(paragraphs(render(xml, Dialect::Docx, Map{{"x", 1}})),
                testing::ElementsAre("ABC", "DE"));
}

TEST(TemplateEngine, FilterErrorsAtRender) {
    auto part = compile_part(docx(p("{{ name | nofilter }}")), Dialect::Docx, "word/header1.xml");
    try {
        render_part(*part, Map{{"name", "x"}}, filters);
        ADD_FAILURE() << "unknown filter rendered";
    } catch (const std::runtime_error &e) {
        EXPECT_STREQ(e.what(),
                     "word/header1.xml: unknown filter `nofilter` near `{{ name | nofilter }}`");
    }
    auto bad_args = compile_part(docx(p("{% if name | wrap('x') %}{% endif %}")), Dialect::Docx,
                                 "word/document.xml");
    try {
        render_part(*bad_args, Map{}, filters);
        ADD_FAILURE() << "invalid arguments accepted";
    } catch (const std::runtime_error &e) {
        EXPECT_THAT(e.what(), HasSubstr("word/document.xml: filter `wrap`: wrap takes two "
                                        "arguments near `{% if name | wrap('x') %}`"));
    }
}

TEST(TemplateEngine, OwnProcessingInstructionsInInputAreNotTags) {
    std::string xml = docx("<?prikaz-tag 0?>" + p("plain"));
    auto part = compile_part(xml, Dialect::Docx, "word/document.xml");
    EXPECT_FALSE(compiled_part_has_tags(*part));
    EXPECT_THAT(render_part(*part, Map{}, filters), Not(HasSubstr("prikaz-tag")));
}

TEST(TemplateEngine, RendersFromManyThreads) {
    std::string xml =
        docx(p("{%p for p in points %}") + p("{{ loop.index }} {{ p.text }}") + p("{%p endfor %}"));
    auto part = compile_part(xml, Dialect::Docx, "word/document.xml");
    List points;
    for (int i = 0; i < 50; ++i)
        points.push_back(point(std::to_string(i), "пункт " + std::to_string(i)));
    Value ctx = Map{{"points", points}};
    std::string expected = render_part(*part, ctx, filters);
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i)
                results[t] = render_part(*part, ctx, filters);
        });
    for (std::thread &t : threads)
        t.join();
    for (const std::string &r : results)
        EXPECT_EQ(r, expected);
    EXPECT_EQ(paragraphs(expected).size(), 50u);
}

} // namespace
