#!/usr/bin/env python3
"""Makes the HTML and flat-ODT renditions of a corpus document from its plain-text seed.

A corpus-making tool, run once by hand (see corpus/README.md); the build and the tests never
run it. Standard library only.

    make_renditions.py SEED.txt OUTDIR [--html-encoding windows-1251] [--title TITLE]

The seed shape: paragraphs separated by blank lines (a single newline inside a paragraph is a
line break, except before a markdown list item "- ", which starts a new paragraph as in
markdown), "**...**" around a bold paragraph, tab-separated table rows (blank lines between
rows do not end a table), markdown rule rows of dashes (dropped), "<p>...</p>" inside cells.

Renditions carry the SAME content:
  * source.html keeps the typed numbering labels in the text; tables with <thead>, colspan.
  * source.fodt turns typed point numbers ("3.", "3.1.", "3.2.1.", "1)") into real automatic
    numbering: text:list with a list style whose levels use text:display-levels and
    style:num-suffix, continued across interrupting paragraphs with text:continue-list.
The module also exposes the document model and the writers (plus a tab-separated text writer)
for the generators of the other corpus documents.
"""

import argparse
import html
import os
import re
import sys
from dataclasses import dataclass, field

# Same typed-label grammar as model::split_typed_label for numbers: parts never start with 0 and
# have at most 3 digits, so dates ("08.02.2021") are never taken for point numbers.
NUMBER_LABEL = re.compile(r"^([1-9]\d{0,2}(?:\.[1-9]\d{0,2})+\.?|[1-9]\d{0,2}[.)])[ \t]+(?=\S)")
RULE_CELL = re.compile(r"^-+$")
CELL_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


# ---------------------------------------------------------------------------------------------
# Document model


@dataclass
class Numbering:
    family: str  # "." for "3.2.1." style points, ")" for "1)" style points
    path: list  # [3, 2, 1]
    typed_label: str  # the label as typed in the seed


@dataclass
class Para:
    lines: list  # text lines; joined by line breaks
    bold: bool = False
    numbering: Numbering = None  # set when the first line starts with a point number


@dataclass
class Cell:
    paragraphs: list  # list of str
    col_span: int = 1
    row_span: int = 1
    covered: bool = False  # covered by a span of an earlier cell


@dataclass
class Row:
    cells: list
    header: bool = False


@dataclass
class Table:
    rows: list = field(default_factory=list)
    columns: int = 0
    widths: list = None  # relative column widths; computed from the text when None


@dataclass
class Document:
    title: str
    blocks: list = field(default_factory=list)


def numbering_of(first_line):
    match = NUMBER_LABEL.match(first_line)
    if not match:
        return None
    label = match.group(1)
    family = ")" if label.endswith(")") else "."
    path = [int(part) for part in re.findall(r"\d+", label)]
    return Numbering(family, path, label)


def make_para(lines, bold=False):
    lines = [line.strip() for line in lines if line.strip()]
    return Para(lines, bold, numbering_of(lines[0]) if lines else None)


# ---------------------------------------------------------------------------------------------
# Seed parser


def parse_cell(raw):
    raw = raw.strip()
    found = CELL_PARAGRAPH.findall(raw)
    return Cell([p.strip() for p in found] if found else ([raw] if raw else []))


def is_rule_row(cells):
    texts = [c.strip() for c in cells]
    return any(texts) and all(RULE_CELL.match(t) or not t for t in texts)


def make_table(raw_rows):
    table = Table()
    table.columns = max(len(r) for r in raw_rows)
    for raw in raw_rows:
        cells = [parse_cell(c) for c in raw] + [Cell([]) for _ in range(table.columns - len(raw))]
        table.rows.append(Row(cells))
    mark_section_rows(table)
    first = table.rows[0].cells[0].paragraphs
    table.rows[0].header = not (first and re.match(r"^\d", first[0]))
    return table


def mark_section_rows(table):
    """A row whose only text is in its first cell is a section row spanning the whole width."""
    if table.columns < 2:
        return
    for row in table.rows:
        if row.cells[0].paragraphs and not any(c.paragraphs for c in row.cells[1:]):
            row.cells[0].col_span = table.columns
            for cell in row.cells[1:]:
                cell.covered = True


def is_markdown_list_item(line):
    return line.strip()[:2] in ("- ", "* ", "+ ", "\u2022 ")


def paragraph_from_block(lines):
    text = "\n".join(lines)
    bold = text.startswith("**") and text.endswith("**") and len(text) > 4
    if bold:
        lines = text[2:-2].split("\n")
    return make_para(lines, bold)


def parse_seed(text, title):
    doc = Document(title)
    block_lines, table_rows = [], []

    def flush_block():
        if block_lines:
            doc.blocks.append(paragraph_from_block(block_lines[:]))
            block_lines.clear()

    def flush_table():
        rows = [r for r in table_rows if not is_rule_row(r)]
        if rows:
            doc.blocks.append(make_table(rows))
        table_rows.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if "\t" in line:
            flush_block()
            table_rows.append(line.split("\t"))
        elif not line.strip():
            flush_block()  # blank lines between table rows do not end the table
        else:
            flush_table()
            if is_markdown_list_item(line):
                flush_block()  # as in markdown, a list item starts a new paragraph
            block_lines.append(line)
    flush_block()
    flush_table()
    return doc


# ---------------------------------------------------------------------------------------------
# Plain text writer (tab-separated rows; a merged cell's text in its first row only)


def write_text(doc):
    out = []
    for block in doc.blocks:
        if isinstance(block, Para):
            text = "\n".join(block.lines)
            out.append("**" + text + "**" if block.bold else text)
            out.append("")
        else:
            for row in block.rows:
                out.append("\t".join(" ".join(c.paragraphs) for c in row.cells))
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# HTML writer (typed labels stay in the text)


def html_text(lines):
    return "<br>\n".join(html.escape(line, quote=False) for line in lines)


def html_cell(cell, tag):
    if cell.covered:
        return ""
    spans = ""
    if cell.col_span > 1:
        spans += f' colspan="{cell.col_span}"'
    if cell.row_span > 1:
        spans += f' rowspan="{cell.row_span}"'
    if len(cell.paragraphs) == 1:
        inner = html.escape(cell.paragraphs[0], quote=False)
    else:
        inner = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in cell.paragraphs)
    return f"<{tag}{spans}>{inner}</{tag}>"


def html_table(table):
    out = ['<table border="1" cellspacing="0" cellpadding="4">']
    header = [r for r in table.rows if r.header]
    body = [r for r in table.rows if not r.header]
    if header:
        out.append("<thead>")
        for row in header:
            out.append("<tr>" + "".join(html_cell(c, "th") for c in row.cells) + "</tr>")
        out.append("</thead>")
    out.append("<tbody>")
    for row in body:
        out.append("<tr>" + "".join(html_cell(c, "td") for c in row.cells) + "</tr>")
    out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def write_html(doc, encoding="utf-8"):
    meta = ('<meta charset="utf-8">' if encoding == "utf-8" else
            f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">')
    out = ["<!DOCTYPE html>", '<html lang="ru">', "<head>", meta,
           f"<title>{html.escape(doc.title)}</title>", "</head>", "<body>"]
    for block in doc.blocks:
        if isinstance(block, Para):
            inner = html_text(block.lines)
            out.append(f"<p><b>{inner}</b></p>" if block.bold else f"<p>{inner}</p>")
        else:
            out.append(html_table(block))
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode(encoding)


# ---------------------------------------------------------------------------------------------
# Flat ODT writer


def xml_escape(text):
    return html.escape(text, quote=False)


def fodt_text(lines):
    return "<text:line-break/>".join(xml_escape(line) for line in lines)


LIST_STYLES = {".": "LNumbered", ")": "LBracket"}


def list_style_xml(name, suffix, levels):
    out = [f'<text:list-style style:name="{name}">']
    for level in range(1, levels + 1):
        display = level if suffix == "." else 1
        indent = 1.25
        out.append(
            f'<text:list-level-style-number text:level="{level}" style:num-suffix="{suffix}" '
            f'style:num-format="1" text:display-levels="{display}">'
            '<style:list-level-properties text:list-level-position-and-space-mode='
            '"label-alignment"><style:list-level-label-alignment text:label-followed-by='
            f'"space" fo:text-indent="{indent}cm" fo:margin-left="0cm"/>'
            "</style:list-level-properties></text:list-level-style-number>")
    out.append("</text:list-style>")
    return "".join(out)


class ListTracker:
    """Decides, for each numbered paragraph, whether it continues the running list of its family
    or starts a new one (with a start value), so that the displayed numbers equal the typed
    ones."""

    def __init__(self):
        self.current = {}  # family -> (list id, last path)
        self.count = 0

    @staticmethod
    def follows(previous, path):
        depth = len(path)
        if depth == len(previous) + 1:
            return path == previous + [1]
        if depth > len(previous):
            return False
        return path[:-1] == previous[: depth - 1] and path[-1] == previous[depth - 1] + 1

    def place(self, numbering):
        """Returns (list id, is new list)."""
        state = self.current.get(numbering.family)
        if state and self.follows(state[1], numbering.path):
            self.current[numbering.family] = (state[0], numbering.path)
            return state[0], False
        if len(numbering.path) != 1:
            raise ValueError(f"a list cannot start at the nested point {numbering.typed_label}")
        self.count += 1
        list_id = f"list{self.count}"
        self.current[numbering.family] = (list_id, numbering.path)
        return list_id, True


def para_style(para):
    # Justified lines ending in a line break would be stretched; such blocks stay left-aligned.
    if para.bold:
        return "PBold"
    return "PLeft" if len(para.lines) > 1 else "PBody"


def fodt_list_run(run, tracker, continued):
    """One text:list holding consecutive numbered paragraphs, nested by level. `continued`
    holds the ids of lists already opened in the document."""
    first = run[0].numbering
    list_id, is_new = tracker.place(first)
    attrs = f'text:style-name="{LIST_STYLES[first.family]}"'
    if is_new or list_id not in continued:
        attrs = f'xml:id="{list_id}" ' + attrs
        continued.add(list_id)
    else:
        attrs += f' text:continue-list="{list_id}"'
    out = [f"<text:list {attrs}>"]
    depth = 1  # open text:list elements
    open_item = False  # a text:list-item is open at the current depth
    for index, para in enumerate(run):
        if index > 0:
            tracker.place(para.numbering)
        level = len(para.numbering.path) if para.numbering.family == "." else 1
        while depth > level:
            out.append("</text:list-item></text:list>")
            depth -= 1
        while depth < level:
            if not open_item:
                out.append("<text:list-item>")  # a wrapper item without a paragraph
            out.append("<text:list>")
            depth += 1
            open_item = False
        if open_item:
            out.append("</text:list-item>")
        start = ""
        if index == 0 and is_new and para.numbering.path[0] != 1:
            start = f' text:start-value="{para.numbering.path[0]}"'
        body = [para.lines[0][len(para.numbering.typed_label):].strip()] + para.lines[1:]
        out.append(f'<text:list-item{start}><text:p text:style-name="{para_style(para)}">'
                   f"{fodt_text(body)}</text:p>")
        open_item = True
    out.append("</text:list-item>")
    while depth > 1:
        out.append("</text:list></text:list-item>")
        depth -= 1
    out.append("</text:list>")
    return "".join(out)


def column_widths(table):
    if table.widths:
        return table.widths
    # The longest text of each column, within bounds, so that point numbers do not wrap and
    # long wording does not squeeze the other columns.
    lengths = [8.0] * table.columns
    for row in table.rows:
        for col, cell in enumerate(row.cells):
            if cell.col_span == 1 and not cell.covered:
                lengths[col] = max(lengths[col], min(60.0, sum(map(len, cell.paragraphs))))
    return lengths


def fodt_cell(cell, header):
    if cell.covered:
        return "<table:covered-table-cell/>"
    spans = ""
    if cell.col_span > 1:
        spans += f' table:number-columns-spanned="{cell.col_span}"'
    if cell.row_span > 1:
        spans += f' table:number-rows-spanned="{cell.row_span}"'
    style = "PHeading" if header else "PCell"
    paras = "".join(f'<text:p text:style-name="{style}">{xml_escape(p)}</text:p>'
                    for p in cell.paragraphs) or f'<text:p text:style-name="{style}"/>'
    return (f'<table:table-cell table:style-name="CellBox" office:value-type="string"{spans}>'
            f"{paras}</table:table-cell>")


def fodt_table(table, number, usable_width_cm):
    widths = column_widths(table)
    total = sum(widths)
    name = f"Table{number}"
    styles = [f'<style:style style:name="{name}" style:family="table"><style:table-properties '
              f'style:width="{usable_width_cm:.2f}cm" table:align="margins"/></style:style>']
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for col, width in enumerate(widths):
        col_name = f"{name}.C{col}"
        styles.append(f'<style:style style:name="{col_name}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width='
                      f'"{usable_width_cm * width / total:.2f}cm"/></style:style>')
        out.append(f'<table:table-column table:style-name="{col_name}"/>')
    header = [r for r in table.rows if r.header]
    if header:
        out.append("<table:table-header-rows>")
        out += ["<table:table-row>" + "".join(fodt_cell(c, True) for c in r.cells) +
                "</table:table-row>" for r in header]
        out.append("</table:table-header-rows>")
    out += ["<table:table-row>" + "".join(fodt_cell(c, False) for c in r.cells) +
            "</table:table-row>" for r in table.rows if not r.header]
    out.append("</table:table>")
    return "".join(out), "".join(styles)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><dc:language>ru-RU</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif"
 svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm"
 fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Liberation Serif"
 fo:font-size="{font_size}" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="PBody" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="PBold" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"
 style:font-weight-complex="bold"/></style:style>
<style:style style:name="PLeft" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="PCell" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="PHeading" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"
 style:font-weight-complex="bold"/></style:style>
<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties
 fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
{extra_styles}
<style:page-layout style:name="PageA4"><style:page-layout-properties fo:page-width="{page_w}cm"
 fo:page-height="{page_h}cm" style:print-orientation="{orientation}" fo:margin-top="2cm"
 fo:margin-bottom="2cm" fo:margin-left="{margin_l}cm" fo:margin-right="1.5cm"/>
{page_footer_style}</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PageA4">
{footer}</style:master-page></office:master-styles>
<office:body><office:text>
"""

FODT_TAIL = "\n</office:text></office:body></office:document>\n"


def write_fodt(doc, landscape=False, footer_text=None, font_size="12pt"):
    page_w, page_h = (29.7, 21.0) if landscape else (21.0, 29.7)
    margin_l = 2.0 if landscape else 3.0
    usable = page_w - margin_l - 1.5
    tracker, continued = ListTracker(), set()
    body, styles = [], [list_style_xml(LIST_STYLES["."], ".", 9),
                        list_style_xml(LIST_STYLES[")"], ")", 1)]
    tables = 0
    index = 0
    while index < len(doc.blocks):
        block = doc.blocks[index]
        if isinstance(block, Para) and block.numbering:
            run = [block]
            while (index + len(run) < len(doc.blocks)
                   and isinstance(doc.blocks[index + len(run)], Para)
                   and doc.blocks[index + len(run)].numbering
                   and doc.blocks[index + len(run)].numbering.family == block.numbering.family
                   and tracker_follows(tracker, run[-1], doc.blocks[index + len(run)])):
                run.append(doc.blocks[index + len(run)])
            body.append(fodt_list_run(run, tracker, continued))
            index += len(run)
            continue
        if isinstance(block, Para):
            body.append(f'<text:p text:style-name="{para_style(block)}">'
                        f"{fodt_text(block.lines)}</text:p>")
        else:
            tables += 1
            xml, table_styles = fodt_table(block, tables, usable)
            body.append(xml)
            styles.append(table_styles)
        index += 1
    footer, footer_style = "", ""
    if footer_text:
        footer = (f'<style:footer><text:p text:style-name="PCell">{xml_escape(footer_text)} '
                  "<text:page-number text:select-page=\"current\">1</text:page-number>"
                  "</text:p></style:footer>")
        footer_style = ('<style:footer-style><style:header-footer-properties '
                        'fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>')
    head = FODT_HEAD.format(title=xml_escape(doc.title), extra_styles="\n".join(styles),
                            page_w=page_w, page_h=page_h, margin_l=margin_l,
                            orientation="landscape" if landscape else "portrait",
                            footer=footer, page_footer_style=footer_style, font_size=font_size)
    return (head + "\n".join(body) + FODT_TAIL).encode("utf-8")


def tracker_follows(tracker, previous, candidate):
    """Within one run only points that follow each other stay in the same text:list."""
    del tracker
    return ListTracker.follows(previous.numbering.path, candidate.numbering.path)


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seed")
    parser.add_argument("outdir")
    parser.add_argument("--html-encoding", default="utf-8")
    parser.add_argument("--title", default="")
    args = parser.parse_args()
    with open(args.seed, encoding="utf-8") as f:
        doc = parse_seed(f.read(), args.title or os.path.basename(args.outdir))
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "source.html"), "wb") as f:
        f.write(write_html(doc, args.html_encoding))
    with open(os.path.join(args.outdir, "source.fodt"), "wb") as f:
        f.write(write_fodt(doc, landscape=any(isinstance(b, Table) for b in doc.blocks)))
    numbered = sum(1 for b in doc.blocks if isinstance(b, Para) and b.numbering)
    print(f"{args.outdir}: {len(doc.blocks)} blocks, {numbered} auto-numbered points",
          file=sys.stderr)


if __name__ == "__main__":
    main()
