// Checks of rendered documents with tools we did not write: every shipped template rendered
// for every corpus record, in DOCX and ODT, must
//   - validate: ODT parts against the OASIS ODF 1.3 RelaxNG schemas (jing), DOCX parts against
//     the ISO/IEC 29500 transitional XSDs and the OPC schemas (xmllint, i.e. libxml2);
//   - open in LibreOffice and print to PDF (one soffice call for all files), with a plausible
//     page count, and the PDF text holding every point and measure of the record;
//   - be read by pandoc.
// The schemas are the unmodified copies in schemas/external/.
#include "record/record_xml_read.h"
#include "render/render.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace prikaz {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTemplates = {"order", "decision", "plan", "letter"};

struct Rendered {
    fs::path file;
    std::string folder;
    std::string template_name;
    render::Format format;
    record::Record record;
};

std::string schemas_dir() {
    return fs::path(PRIKAZ_CORPUS_DIR).parent_path() / "schemas/external";
}

// Runs a shell command; returns its exit status and puts stdout+stderr in `output`.
int run(const std::string &command, std::string &output) {
    test::CommandResult result = test::run_command(command + " 2>&1");
    output = std::move(result.output);
    return result.exit_code;
}

std::string quote(const fs::path &p) {
    return "'" + p.string() + "'";
}

void write_file(const fs::path &path, const std::string &bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// Renders every corpus record with every template in both formats into `dir`.
std::vector<Rendered> render_all(const fs::path &dir) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::vector<Rendered> out;
    std::map<std::pair<std::string, render::Format>, std::shared_ptr<const render::Template>> tpls;
    for (const auto &t : kTemplates)
        for (auto f : {render::Format::Docx, render::Format::Odt})
            tpls[{t, f}] = render::load_template(t, f);
    for (const auto &entry : fs::directory_iterator(test::corpus_path(""))) {
        fs::path expected = entry.path() / "expected.xml";
        if (!fs::exists(expected))
            continue;
        record::Record rec = record::read_record_xml(test::read_file(expected), expected);
        const std::string folder = entry.path().filename().string();
        for (const auto &[key, tpl] : tpls) {
            // The format is in the stem too: LibreOffice names each PDF after the stem.
            const char *ext = key.second == render::Format::Docx ? "-docx.docx" : "-odt.odt";
            fs::path file = dir / (folder + "-" + key.first + ext);
            write_file(file, render::render_document(*tpl, rec));
            out.push_back({file, folder, key.first, key.second, rec});
        }
    }
    return out;
}

fs::path work_dir(const std::string &name) {
    return fs::temp_directory_path() / ("prikaz-interop-" + name + "-" + std::to_string(getpid()));
}

// Unzips `parts` of every rendered file of one format into dir/<file>/; returns the paths.
std::vector<fs::path> unpack(const std::vector<Rendered> &docs, render::Format format,
                             const std::vector<std::string> &patterns, const fs::path &dir) {
    std::vector<fs::path> parts;
    for (const Rendered &d : docs) {
        if (d.format != format)
            continue;
        fs::path target = dir / d.file.filename();
        fs::create_directories(target);
        std::string cmd = "unzip -qq -o " + quote(d.file) + " -d " + quote(target);
        for (const auto &p : patterns)
            cmd += " '" + p + "'";
        std::string output;
        run(cmd, output);
        for (const auto &f : fs::recursive_directory_iterator(target))
            if (f.is_regular_file())
                parts.push_back(f.path());
    }
    return parts;
}

std::string join_paths(const std::vector<fs::path> &paths) {
    std::string out;
    for (const auto &p : paths)
        out += " " + quote(p);
    return out;
}

TEST(RenderInterop, OdtValidatesAgainstOdf13RelaxNg) {
    fs::path dir = work_dir("odf");
    auto docs = render_all(dir / "docs");
    auto parts = unpack(docs, render::Format::Odt,
                        {"content.xml", "styles.xml", "meta.xml", "settings.xml"}, dir / "parts");
    auto manifests = unpack(docs, render::Format::Odt, {"META-INF/manifest.xml"}, dir / "mf");
    ASSERT_GE(parts.size(), 3 * docs.size() / 2);
    std::string output;
    EXPECT_EQ(0, run("jing -i " + quote(schemas_dir() + "/odf-1.3/OpenDocument-v1.3-schema.rng") +
                         join_paths(parts),
                     output))
        << output;
    EXPECT_EQ(0, run("jing " +
                         quote(schemas_dir() + "/odf-1.3/OpenDocument-v1.3-manifest-schema.rng") +
                         join_paths(manifests),
                     output))
        << output;
    fs::remove_all(dir);
}

TEST(RenderInterop, DocxValidatesAgainstOoxmlTransitionalXsd) {
    fs::path dir = work_dir("ooxml");
    auto docs = render_all(dir / "docs");
    auto word =
        unpack(docs, render::Format::Docx,
               {"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                "word/header*.xml", "word/footer*.xml", "word/fontTable.xml"},
               dir / "word");
    auto types = unpack(docs, render::Format::Docx, {"[[]Content_Types].xml"}, dir / "types");
    auto rels = unpack(docs, render::Format::Docx, {"*.rels"}, dir / "rels");
    ASSERT_GE(word.size(), 3 * docs.size() / 2);
    const std::string ooxml = schemas_dir() + "/ooxml";
    std::string output;
    EXPECT_EQ(0, run("xmllint --noout --schema " + quote(ooxml + "/ISO-IEC29500-4_2016/wml.xsd") +
                         join_paths(word),
                     output))
        << output.substr(0, 4000);
    EXPECT_EQ(0,
              run("xmllint --noout --schema " +
                      quote(ooxml + "/ecma/fouth-edition/opc-contentTypes.xsd") + join_paths(types),
                  output))
        << output.substr(0, 4000);
    EXPECT_EQ(0,
              run("xmllint --noout --schema " +
                      quote(ooxml + "/ecma/fouth-edition/opc-relationships.xsd") + join_paths(rels),
                  output))
        << output.substr(0, 4000);
    fs::remove_all(dir);
}

// The words of a text, hyphens counted as spaces: where a line was broken at a hyphen,
// pdftotext drops it and glues the next word on ("Кабардино-" / "Балкарской" comes out as
// "КабардиноБалкарской"; in a table even the next cell's word: "организационнов").
std::vector<std::string> words(const std::string &text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == '-' || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!word.empty())
                out.push_back(std::move(word));
            word.clear();
            continue;
        }
        word.push_back(c);
    }
    if (!word.empty())
        out.push_back(word);
    return out;
}

// True when the words of `needle` occur in `hay` in order, within a window a few times the
// needle's length; a shown word may carry glued-on letters (see words()). Table cells come out
// of pdftotext line by line, interleaved with the other cells of their row, so a measure's
// words are in order but not contiguous.
bool shows_in_order(const std::vector<std::string> &hay, const std::vector<std::string> &needle) {
    if (needle.empty())
        return true;
    // Room for the rest of the row and, when the row breaks across a page, the repeated
    // header row.
    const size_t window = needle.size() * 6 + 80;
    for (size_t start = 0; start < hay.size(); ++start) {
        if (hay[start].find(needle[0]) == std::string::npos)
            continue;
        size_t k = 0;
        for (size_t i = start; i < hay.size() && i < start + window && k < needle.size(); ++i) {
            // A shown word may hold several needle words, or a neighbour cell's word glued on
            // either side ("КабардиноБалкарской", "научнообразовательных").
            size_t at = 0;
            while (k < needle.size() && (at = hay[i].find(needle[k], at)) != std::string::npos) {
                at += needle[k].size();
                ++k;
            }
        }
        if (k == needle.size())
            return true;
    }
    return false;
}

void collect_point_texts(const std::vector<record::Point> &points, std::vector<std::string> &out) {
    for (const auto &p : points) {
        out.push_back(p.text.value);
        collect_point_texts(p.points, out);
    }
}

// The texts a rendered document must show: points for the templates that print them, the
// measures of every appendix for those that print plans.
std::vector<std::string> expected_texts(const Rendered &d) {
    std::vector<std::string> texts;
    if (d.template_name != "plan")
        collect_point_texts(d.record.points, texts);
    if (d.template_name != "letter")
        for (const auto &a : d.record.appendices) {
            for (const auto &m : a.measures)
                texts.push_back(m.name.value);
            for (const auto &s : a.sections)
                for (const auto &m : s.measures)
                    texts.push_back(m.name.value);
        }
    return texts;
}

size_t text_size(const std::vector<std::string> &texts) {
    size_t n = 0;
    for (const auto &t : texts)
        n += t.size() / 2; // Cyrillic: two bytes a letter
    return n;
}

TEST(RenderInterop, LibreOfficePrintsEveryDocumentWithAllItsText) {
    fs::path dir = work_dir("lo");
    auto docs = render_all(dir / "docs");
    std::string output;
    const std::string cmd = "timeout 600 soffice -env:UserInstallation=file://" +
                            (dir / "profile").string() +
                            " --headless --norestore --convert-to pdf --outdir " +
                            quote(dir / "pdf") + " " + quote(dir / "docs") + "/*";
    ASSERT_EQ(0, run(cmd, output)) << output;
    for (const Rendered &d : docs) {
        fs::path pdf = dir / "pdf" / (d.file.stem().string() + ".pdf");
        ASSERT_TRUE(fs::exists(pdf)) << d.file << ": LibreOffice made no PDF\n" << output;
        std::string text;
        ASSERT_EQ(0, run("pdftotext -enc UTF-8 " + quote(pdf) + " -", text));
        std::string info;
        ASSERT_EQ(0, run("pdfinfo " + quote(pdf), info));
        int page_count = 0;
        std::sscanf(info.c_str() + info.find("Pages:") + 6, "%d", &page_count);
        auto texts = expected_texts(d);
        // Every appendix starts on a new page; a page of 14 pt text holds about 1,800 letters
        // and a plan table much less, so the upper bound is loose but catches runaway layouts.
        const int appendices = d.template_name == "letter" ? 0 : int(d.record.appendices.size());
        const int minimum = (d.template_name == "plan" ? 0 : 1) + appendices;
        const int maximum = 2 + appendices + int(text_size(texts) / 500);
        EXPECT_GE(page_count, minimum) << pdf;
        EXPECT_LE(page_count, maximum) << pdf;
        const std::vector<std::string> shown = words(text);
        for (const auto &t : texts)
            EXPECT_TRUE(shows_in_order(shown, words(t))) << pdf << " lacks: " << t.substr(0, 200);
    }
    fs::remove_all(dir);
}

TEST(RenderInterop, PandocReadsEveryDocument) {
    fs::path dir = work_dir("pandoc");
    auto docs = render_all(dir / "docs");
    for (const Rendered &d : docs) {
        const char *from = d.format == render::Format::Docx ? "docx" : "odt";
        std::string output;
        EXPECT_EQ(0, run(std::string("pandoc -f ") + from + " -t plain " + quote(d.file) +
                             " -o /dev/null",
                         output))
            << d.file << ": " << output;
    }
    fs::remove_all(dir);
}

} // namespace
} // namespace prikaz
