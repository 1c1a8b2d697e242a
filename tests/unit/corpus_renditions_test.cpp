// Every corpus document exists in several renditions (plain text, HTML, flat ODT, and DOCX/ODT
// converted from the flat ODT by LibreOffice; see corpus/README.md). All readers must give the
// same model for the same content, so these tests compare each rendition with the plain-text
// one, parameterised over corpus/manifest.tsv:
//   Signature.EqualsPlainText        body paragraphs (label | text) and table rows (non-empty
//                                    cell texts) equal the plain-text rendition's; breaks and
//                                    empty paragraphs are ignored, and a label's trailing "."
//                                    too, because a seed may type "2.1 текст" next to
//                                    "2.2. текст" while automatic numbering shows one form;
//   Encoding.DetectedAsInManifest    text and HTML files are decoded in the manifest's encoding;
//   Numbering.AutomaticWhereExpected point numbers of DOCX/ODT/FODT renditions come from
//                                    automatic numbering (label_auto, list level = depth - 1),
//                                    those of text and HTML are typed;
//   TableLayout.EqualsHtml           header rows, grid columns and spans of the office
//                                    renditions equal the HTML's.
#include "corpus_support.h"
#include "read/reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace {

using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::test::CorpusFile;

// The manifest entries a parameterised suite runs over. Registration must not throw, so an
// unreadable manifest becomes one entry whose test then fails with the reason.
std::vector<CorpusFile> manifest_entries(const std::function<bool(const CorpusFile &)> &keep) {
    std::vector<CorpusFile> selected;
    try {
        for (const CorpusFile &file : prikaz::test::read_corpus_manifest())
            if (keep(file))
                selected.push_back(file);
    } catch (const std::exception &e) {
        selected.push_back({std::string("manifest error: ") + e.what(), "-", "-", "-"});
    }
    return selected;
}

std::string param_name(const testing::TestParamInfo<CorpusFile> &info) {
    return info.param.test_name();
}

std::optional<Document> read_corpus_file(const CorpusFile &file) {
    try {
        return prikaz::read::read_file(prikaz::test::corpus_path(file.path));
    } catch (const std::exception &e) {
        ADD_FAILURE() << file.path << " (" << file.format << ") could not be read: " << e.what();
        return std::nullopt;
    }
}

bool is_office(const CorpusFile &f) {
    return f.format == "docx" || f.format == "odt" || f.format == "fodt";
}

// --- Signature --------------------------------------------------------------------------------

class Signature : public testing::TestWithParam<CorpusFile> {};

TEST_P(Signature, EqualsPlainText) {
    const CorpusFile &file = GetParam();
    std::optional<Document> reference =
        read_corpus_file(prikaz::test::corpus_reference(file.folder()));
    std::optional<Document> rendition = read_corpus_file(file);
    if (!reference || !rendition)
        return;
    std::vector<std::string> expected = prikaz::test::body_signature(*reference);
    std::vector<std::string> actual = prikaz::test::body_signature(*rendition);
    EXPECT_FALSE(expected.empty())
        << "the plain-text rendition of " << file.folder() << " has an empty body";
    std::string difference = prikaz::test::first_difference(expected, actual);
    EXPECT_TRUE(difference.empty())
        << file.path << " (" << file.format << ") vs plain text: " << difference;
}

INSTANTIATE_TEST_SUITE_P(CorpusRenditions, Signature,
                         testing::ValuesIn(manifest_entries([](const CorpusFile &f) {
                             return f.format != "text";
                         })),
                         param_name);

// --- Encoding ---------------------------------------------------------------------------------

class Encoding : public testing::TestWithParam<CorpusFile> {};

TEST_P(Encoding, DetectedAsInManifest) {
    const CorpusFile &file = GetParam();
    std::optional<Document> doc = read_corpus_file(file);
    if (doc) {
        EXPECT_EQ(doc->encoding, file.encoding) << file.path;
    }
}

INSTANTIATE_TEST_SUITE_P(CorpusRenditions, Encoding,
                         testing::ValuesIn(manifest_entries([](const CorpusFile &f) {
                             return f.format == "text" || f.format == "html";
                         })),
                         param_name);

// --- Numbering --------------------------------------------------------------------------------

class Numbering : public testing::TestWithParam<CorpusFile> {};

TEST_P(Numbering, AutomaticWhereExpected) {
    const CorpusFile &file = GetParam();
    std::optional<Document> doc = read_corpus_file(file);
    if (!doc)
        return;
    const bool automatic = file.labels == "auto";
    int numbered = 0;
    for (const Block &block : doc->body) {
        if (block.kind != Block::Kind::Paragraph)
            continue;
        const prikaz::model::Paragraph &p = block.paragraph;
        const int depth = prikaz::test::numeric_label_depth(p.label);
        if (depth > 0)
            ++numbered;
        if (automatic && depth > 0) {
            EXPECT_TRUE(p.label_auto) << file.path << " " << block.source.id << ": point "
                                      << p.label << " is typed, expected automatic numbering";
            EXPECT_EQ(p.list_level, depth - 1)
                << file.path << " " << block.source.id << ": point " << p.label;
        }
        if (!automatic) {
            EXPECT_FALSE(p.label_auto) << file.path << " " << block.source.id << ": label "
                                       << p.label << " is automatic in a typed rendition";
        }
    }
    if (automatic) {
        EXPECT_GT(numbered, 0) << file.path << ": no numbered point at all";
    }
}

INSTANTIATE_TEST_SUITE_P(CorpusRenditions, Numbering,
                         testing::ValuesIn(manifest_entries([](const CorpusFile &f) {
                             return f.labels == "auto" || f.labels == "typed";
                         })),
                         param_name);

// --- Table layout -----------------------------------------------------------------------------

class TableLayout : public testing::TestWithParam<CorpusFile> {};

std::optional<CorpusFile> html_rendition(const std::string &folder) {
    for (const CorpusFile &file : prikaz::test::corpus_files("html"))
        if (file.folder() == folder)
            return file;
    return std::nullopt;
}

TEST_P(TableLayout, EqualsHtml) {
    const CorpusFile &file = GetParam();
    std::optional<CorpusFile> html_file = html_rendition(file.folder());
    ASSERT_TRUE(html_file) << "no HTML rendition in " << file.folder();
    std::optional<Document> html = read_corpus_file(*html_file);
    std::optional<Document> rendition = read_corpus_file(file);
    if (!html || !rendition)
        return;
    std::string difference = prikaz::test::first_difference(prikaz::test::table_layout(*html),
                                                            prikaz::test::table_layout(*rendition));
    EXPECT_TRUE(difference.empty())
        << file.path << " (" << file.format << ") table layout vs HTML: " << difference;
}

INSTANTIATE_TEST_SUITE_P(CorpusRenditions, TableLayout,
                         testing::ValuesIn(manifest_entries(is_office)), param_name);

// --- Support ----------------------------------------------------------------------------------

TEST(CorpusRenditionsSupport, NumericLabelDepth) {
    EXPECT_EQ(prikaz::test::numeric_label_depth("3."), 1);
    EXPECT_EQ(prikaz::test::numeric_label_depth("3.2.1."), 3);
    EXPECT_EQ(prikaz::test::numeric_label_depth("2.1"), 2);
    EXPECT_EQ(prikaz::test::numeric_label_depth("1)"), 1);
    EXPECT_EQ(prikaz::test::numeric_label_depth("а)"), 0);
    EXPECT_EQ(prikaz::test::numeric_label_depth("•"), 0);
    EXPECT_EQ(prikaz::test::numeric_label_depth("3..1"), 0);
    EXPECT_EQ(prikaz::test::numeric_label_depth(""), 0);
}

TEST(CorpusRenditionsSupport, SignatureIgnoresTrailingLabelDotBreaksAndEmptyCells) {
    Document a, b;
    prikaz::model::Paragraph p;
    p.label = "2.1";
    p.text = "текст\nвторая строка";
    a.body.push_back(Block::make_paragraph(p));
    p.label = "2.1.";
    b.body.push_back(Block::make_break(prikaz::model::BreakKind::Page));
    b.body.push_back(Block::make_paragraph(p));
    b.body.push_back(Block::make_paragraph({})); // empty paragraph
    EXPECT_EQ(prikaz::test::body_signature(a), prikaz::test::body_signature(b));
    EXPECT_EQ(prikaz::test::body_signature(a).front(), "2.1 | текст ⏎ вторая строка");

    prikaz::model::Table merged, split;
    prikaz::model::Cell section;
    prikaz::model::Paragraph title;
    title.text = "1. Раздел";
    section.blocks.push_back(Block::make_paragraph(title));
    section.col_span = 3;
    merged.rows.push_back({{section}, false});
    split.rows.push_back({{section, prikaz::model::Cell{}, prikaz::model::Cell{}}, false});
    Document with_merged, with_split;
    with_merged.body.push_back(Block::make_table(merged));
    with_split.body.push_back(Block::make_table(split));
    EXPECT_EQ(prikaz::test::body_signature(with_merged), prikaz::test::body_signature(with_split));
    EXPECT_NE(prikaz::test::table_layout(with_merged), prikaz::test::table_layout(with_split));
}

TEST(CorpusRenditionsSupport, FirstDifferenceNamesTheLine) {
    EXPECT_EQ(prikaz::test::first_difference({"a", "b"}, {"a", "b"}), "");
    EXPECT_NE(prikaz::test::first_difference({"a", "b"}, {"a", "c"}).find("line 1 differs"),
              std::string::npos);
    EXPECT_NE(prikaz::test::first_difference({"a"}, {"a", "c"}).find("line 1 is extra: c"),
              std::string::npos);
}

} // namespace
