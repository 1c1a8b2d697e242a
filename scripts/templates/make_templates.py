#!/usr/bin/python3
"""Writes the four shipped render templates (order, decision, plan, letter) as unpacked DOCX and
ODT packages under templates/<name>/{docx,odt}/.

One description of each template (a list of blocks: paragraphs, template-tag paragraphs,
numbered points, the plan-of-measures table, the letterhead table) is turned into both formats,
so the DOCX and the ODT of a template always carry the same tags and the same layout.

Layout follows GOST R 7.0.97-2025: A4, margins left 20 mm, right 10 mm, top and bottom 20 mm,
Times New Roman 14 pt (12 pt in tables), single line spacing, first-line indent 1.25 cm,
justified text, page numbers from page 2 centred in the top margin, multi-level point numbering
"1.", "1.1.", "1.1.1." as real list numbering. Every paragraph has a named style, so a clerk can
change the look in Word or LibreOffice by editing the styles, not the paragraphs.

The output is checked in; run this script after changing it, then scripts/templates/check.sh.
Usage: python3 scripts/templates/make_templates.py [templates-dir]
"""

import os
import shutil
import sys
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------------------------
# Geometry (twips: 1/20 pt; 567 twips = 1 cm)

TWIPS_PER_CM = 566.929
A4_W, A4_H = 11906, 16838
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 1134, 567, 1134, 1134  # 20/10/20/20 mm
HEADER_DISTANCE = 567  # the page number sits 10 mm below the top edge, inside the top margin
INDENT = 709  # 1.25 cm


def text_width(landscape):
    page_w = A4_H if landscape else A4_W
    return page_w - MARGIN_LEFT - MARGIN_RIGHT


MARK_BLOCK = 4536  # 8 cm: width of the appendix mark block at the right margin


def left_indent(props, landscape):
    left = props.get("left", 0)
    return text_width(landscape) - MARK_BLOCK if left == "right" else left


def cm(twips):
    return "%.3fcm" % (twips / TWIPS_PER_CM)


# ---------------------------------------------------------------------------------------------
# Paragraph styles shared by all templates. Sizes in pt, indents in twips, spacing in pt.

STYLES = [
    # id, display name, properties
    ("Body", "Body", dict(align="both", first=INDENT)),
    ("Parent", "Parent Body", dict(align="center")),
    ("Authority", "Authority", dict(align="center", bold=True)),
    ("Kind", "Document Kind", dict(align="center", bold=True, size=16, before=12, after=6)),
    ("Registration", "Date and Number", dict(align="left", before=6, tab=True)),
    ("Place", "Place", dict(align="center")),
    ("DocTitle", "Document Title", dict(align="center", bold=True, before=12, after=12,
                                        keep_next=True)),
    ("Enacting", "Enacting Word", dict(align="left", before=6, after=6, keep_next=True)),
    ("Point", "Point", dict(align="both")),
    ("Point2", "Point 2", dict(align="both")),
    ("Point3", "Point 3", dict(align="both")),
    ("DeadlineLine", "Deadline Line", dict(align="left", first=INDENT)),
    ("Signature", "Signature", dict(align="left", before=24, tab=True, keep_lines=True)),
    ("Executor", "Executor", dict(align="left", size=10, before=36)),
    ("ExecutorLine", "Executor Line", dict(align="left", size=10)),
    # The appendix mark and approval: an 8 cm block at the right margin ("right" indent).
    ("AppendixMarkFirst", "Appendix Mark (no page break)",
     dict(align="left", left="right", keep_next=True)),
    ("AppendixMark", "Appendix Mark", dict(align="left", left="right", keep_next=True,
                                           break_before=True)),
    ("Approval", "Approval", dict(align="left", left="right", keep_next=True)),
    ("AppendixTitle", "Appendix Title", dict(align="center", bold=True, before=12, after=12,
                                             keep_next=True)),
    ("TableHead", "Table Heading", dict(align="center", bold=True, size=12)),
    ("TableText", "Table Text", dict(align="left", size=12)),
    ("TableNumber", "Table Number", dict(align="center", size=12)),
    ("TableSection", "Table Section", dict(align="center", bold=True, size=12, keep_next=True)),
    ("Letterhead", "Letterhead", dict(align="center", bold=True, size=12)),
    ("LetterheadParent", "Letterhead Parent", dict(align="center", size=12)),
    ("LetterheadContacts", "Letterhead Contacts", dict(align="center", size=10)),
    ("LetterRegistration", "Letter Date and Number", dict(align="center", before=6)),
    ("Addressee", "Addressee", dict(align="left")),
    ("LetterTitle", "Letter Title", dict(align="left", bold=True, before=12, after=12,
                                         keep_next=True)),
    ("TemplateTag", "Template Tag", dict(align="left", size=9, color="808080")),
]


# ---------------------------------------------------------------------------------------------
# Template description: blocks

TAB = ("tab",)


class P:
    """A paragraph of STYLE whose content is text parts and TAB."""

    def __init__(self, style, *parts):
        self.style = style
        self.parts = parts


def Tag(text):
    """A paragraph holding only a {%p ... %} tag: the renderer replaces the whole paragraph."""
    return P("TemplateTag", text)


class Num:
    """A numbered point paragraph at LEVEL (0, 1, 2) of the "Points" list."""

    def __init__(self, level, text):
        self.level = level
        self.text = text


class PlanTable:
    """The plan of measures of appendix `a`: header row repeated on every page, a row per
    measure outside sections, then per section a merged title row and its measures."""


class LetterHead:
    """A borderless two-column layout table: letterhead on the left, addressee on the right."""

    def __init__(self, left, right):
        self.left = left
        self.right = right


PLAN_HEADER = ["№ п/п", "Наименование мероприятия", "Срок исполнения",
               "Ответственные исполнители", "Ожидаемый результат"]
PLAN_COLUMNS = {False: [700, 3400, 1800, 2150, 2156],  # portrait: 10206 twips
                True: [1000, 5450, 2500, 3400, 2787]}   # landscape: 15137 twips

MEASURE_CELLS = [("TableNumber", "{{ m.num }}"),
                 ("TableText", "{{ m.name }}"),
                 ("TableText", "{{ m.deadlines | deadline }}"),
                 ("TableText", "{{ m.responsible | party }}"),
                 ("TableText", "{{ m.result }}")]
SECTION_TEXT = "{% if s.num %}{{ s.num }}. {% endif %}{{ s.title }}"

# The rows of the plan table after the header: ("tag", text) rows are replaced by the renderer
# ({%tr ... %}); ("measure",) and ("section",) rows repeat.
PLAN_ROWS = [
    ("tag", "{%tr for m in a.measures %}"),
    ("measure",),
    ("tag", "{%tr endfor %}"),
    ("tag", "{%tr for s in a.sections %}"),
    ("section",),
    ("tag", "{%tr for m in s.measures %}"),
    ("measure",),
    ("tag", "{%tr endfor %}"),
    ("tag", "{%tr endfor %}"),
]

DATE = ("{% if requisites.date %}{{ requisites.date | date }}"
        "{% else %}{{ requisites.date_as_written }}{% endif %}")


def optional(expr, *blocks):
    return [Tag("{%%p if %s %%}" % expr), *blocks, Tag("{%p endif %}")]


def head(kind_text):
    return [
        *optional("requisites.parent", P("Parent", "{{ requisites.parent }}")),
        P("Authority", "{{ requisites.authority | upper }}"),
        P("Kind", kind_text),
        P("Registration", DATE, TAB, "№ {{ requisites.number }}"),
        *optional("requisites.place", P("Place", "{{ requisites.place }}")),
        *optional("requisites.title", P("DocTitle", "{{ requisites.title }}")),
        *preamble(),
    ]


# A preamble of several paragraphs comes back as one value with "\n" between them; each
# becomes a paragraph of its own again.
def preamble():
    return [Tag("{%p for line in preamble | lines %}"), P("Body", "{{ line }}"),
            Tag("{%p endfor %}")]


def enacting():
    return optional("enacting_word", P("Enacting", "{{ enacting_word }}:"))


# A point's text holds the responsible parties and the deadlines written inside it. A deadline
# the source printed on a line of its own after the point ("В течение 2023 года") is not in the
# text; the context lists such deadlines per point as `deadline_lines`.
DEADLINE_LINES = "deadline_lines"


def point_level(level, var):
    blocks = [Num(level, "{{ %s.text }}" % var)]
    if DEADLINE_LINES:
        blocks += [Tag("{%%p for d in %s.%s %%}" % (var, DEADLINE_LINES)),
                   P("DeadlineLine", "{{ d | deadline }}"),
                   Tag("{%p endfor %}")]
    return blocks


def points():
    return [
        Tag("{%p for p in points %}"),
        *point_level(0, "p"),
        Tag("{%p for p2 in p.points %}"),
        *point_level(1, "p2"),
        Tag("{%p for p3 in p2.points %}"),
        *point_level(2, "p3"),
        Tag("{%p endfor %}"),
        Tag("{%p endfor %}"),
        Tag("{%p endfor %}"),
    ]


def signatures():
    return [
        Tag("{%p for s in signatures %}"),
        P("Signature", "{{ s.position }}", TAB, "{{ s.person }}"),
        Tag("{%p endfor %}"),
    ]


def executor():
    return optional(
        "executor",
        P("Executor", "Исп. {{ executor.name }}"),
        *optional("executor.phone", P("ExecutorLine", "Тел. {{ executor.phone }}")),
    )


def appendix_body():
    return [
        *optional("a.approval", P("Approval", "{{ a.approval }}")),
        *optional("a.title", P("AppendixTitle", "{{ a.title }}")),
        *optional("a.sections or a.measures", PlanTable()),
    ]


def appendices_after_text():
    """Appendices of an order or decision: each on a new page."""
    return [
        Tag("{%p for a in appendices %}"),
        P("AppendixMark", "Приложение {{ a.num }}"),
        *appendix_body(),
        Tag("{%p endfor %}"),
    ]


def appendices_standalone():
    """The plans of a standalone plan document: the first without a page break before it."""
    return [
        Tag("{%p for a in appendices %}"),
        Tag("{%p if loop.first %}"),
        P("AppendixMarkFirst", "Приложение {{ a.num }}"),
        Tag("{%p else %}"),
        P("AppendixMark", "Приложение {{ a.num }}"),
        Tag("{%p endif %}"),
        *appendix_body(),
        Tag("{%p endfor %}"),
    ]


TEMPLATES = {
    "order": dict(
        title="Приказ",
        landscape=False,
        blocks=[
            *head("{% if kind %}{{ kind | upper }}{% else %}ПРИКАЗ{% endif %}"),
            *enacting(),
            *points(),
            *signatures(),
            *executor(),
            *appendices_after_text(),
        ]),
    "decision": dict(
        title="Решение коллегии",
        landscape=False,
        blocks=[
            *head("{% if kind %}{{ kind | upper | spaced }}{% else %}Р Е Ш Е Н И Е{% endif %}"),
            *enacting(),
            *points(),
            *signatures(),
            *executor(),
            *appendices_after_text(),
        ]),
    "plan": dict(
        title="План мероприятий",
        landscape=True,
        blocks=appendices_standalone()),
    "letter": dict(
        title="Письмо",
        landscape=False,
        blocks=[
            LetterHead(
                left=[
                    *optional("requisites.parent",
                              P("LetterheadParent", "{{ requisites.parent }}")),
                    P("Letterhead", "{{ requisites.authority | upper }}"),
                    # Address lines are not part of a record: the clerk edits them once.
                    P("LetterheadContacts", "ул. Примерная, д. 1, г. Город, 000000"),
                    P("LetterheadContacts", "тел. (000) 000-00-00, e-mail: info@example.ru"),
                    P("LetterRegistration", DATE, " № {{ requisites.number }}"),
                    *optional("requisites.reply_to",
                              P("LetterRegistration", "{{ requisites.reply_to }}")),
                ],
                right=[P("Addressee", "{{ requisites.addressee }}")]),
            *optional("requisites.title", P("LetterTitle", "{{ requisites.title }}")),
            *preamble(),
            *points(),
            *signatures(),
            *executor(),
        ]),
}


# ---------------------------------------------------------------------------------------------
# DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx_style_xml(sid, name, props, landscape):
    ppr = []
    if props.get("keep_next"):
        ppr.append('<w:keepNext/>')
    if props.get("keep_lines"):
        ppr.append('<w:keepLines/>')
    if props.get("break_before"):
        ppr.append('<w:pageBreakBefore/>')
    if props.get("tab"):
        ppr.append('<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>' % text_width(landscape))
    before, after = props.get("before", 0), props.get("after", 0)
    if before or after:
        ppr.append('<w:spacing w:before="%d" w:after="%d"/>' % (before * 20, after * 20))
    if props.get("first") or props.get("left"):
        ppr.append('<w:ind w:left="%d" w:firstLine="%d"/>'
                   % (left_indent(props, landscape), props.get("first", 0)))
    ppr.append('<w:jc w:val="%s"/>' % props.get("align", "left"))
    rpr = []
    if props.get("bold"):
        rpr.append('<w:b/><w:bCs/>')
    if props.get("color"):
        rpr.append('<w:color w:val="%s"/>' % props["color"])
    if props.get("size"):
        rpr.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (props["size"] * 2,
                                                               props["size"] * 2))
    return ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s">'
            '<w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/>'
            '<w:pPr>%s</w:pPr>%s</w:style>'
            % (sid, name, "".join(ppr), "<w:rPr>%s</w:rPr>" % "".join(rpr) if rpr else ""))


def docx_styles(landscape):
    fonts = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
             'w:eastAsia="Times New Roman" w:cs="Times New Roman"/>')
    border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    out = [XML_DECL, '<w:styles xmlns:w="%s">' % W_NS,
           '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="28"/><w:szCs w:val="28"/>'
           '<w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
           '<w:pPrDefault><w:pPr><w:widowControl/>'
           '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
           '</w:pPr></w:pPrDefault></w:docDefaults>' % fonts,
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
           '<w:qFormat/></w:style>',
           '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
           '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
           '<w:unhideWhenUsed/></w:style>',
           '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
           '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
           '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
           '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
           '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr></w:style>',
           '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
           '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
           '<w:unhideWhenUsed/></w:style>',
           '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
           '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>',
           '<w:style w:type="table" w:customStyle="1" w:styleId="PlanTable">'
           '<w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
           '<w:top %s/><w:left %s/><w:bottom %s/><w:right %s/><w:insideH %s/><w:insideV %s/>'
           '</w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
           '<w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
           % ((border,) * 6),
           '<w:style w:type="table" w:customStyle="1" w:styleId="LayoutTable">'
           '<w:name w:val="Layout Table"/><w:basedOn w:val="TableNormal"/><w:tblPr>'
           '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr></w:style>']
    for sid, name, props in STYLES:
        out.append(docx_style_xml(sid, name, props, landscape))
    out.append('</w:styles>')
    return out[0] + "\n".join(out[1:]) + "\n"


def docx_numbering():
    levels = []
    for i in range(9):
        text = ".".join("%%%d" % (k + 1) for k in range(i + 1)) + "."
        levels.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                      '<w:suff w:val="space"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                      '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
                      % (i, text, INDENT))
    return (XML_DECL + '<w:numbering xmlns:w="%s">' % W_NS +
            '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5052494B"/>'
            '<w:multiLevelType w:val="multilevel"/><w:name w:val="Points"/>' +
            "".join(levels) + '</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def docx_runs(parts):
    out = []
    for part in parts:
        if part is TAB:
            out.append('<w:r><w:tab/></w:r>')
        else:
            out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(part))
    return "".join(out)


def docx_p(style, parts, num_level=None):
    numpr = ""
    if num_level is not None:
        numpr = ('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % num_level)
    return '<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>' % (style, numpr,
                                                                       docx_runs(parts))


def docx_cell(width, paragraphs, span=1):
    span_xml = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ""
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
            % (width, span_xml, "".join(paragraphs)))


def docx_row(cells, header=False):
    trpr = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' if header else \
        '<w:trPr><w:cantSplit/></w:trPr>'
    return '<w:tr>%s%s</w:tr>' % (trpr, "".join(cells))


def docx_plan_table(landscape):
    cols = PLAN_COLUMNS[landscape]
    total = sum(cols)
    rows = [docx_row([docx_cell(w, [docx_p("TableHead", [t])])
                      for w, t in zip(cols, PLAN_HEADER)], header=True)]
    for row in PLAN_ROWS:
        if row[0] == "tag":
            rows.append(docx_row([docx_cell(total, [docx_p("TableText", [row[1]])],
                                            span=len(cols))]))
        elif row[0] == "section":
            rows.append(docx_row([docx_cell(total, [docx_p("TableSection", [SECTION_TEXT])],
                                            span=len(cols))]))
        else:
            rows.append(docx_row([docx_cell(w, [docx_p(style, [text])])
                                  for w, (style, text) in zip(cols, MEASURE_CELLS)]))
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in cols)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="PlanTable"/><w:tblW w:w="%d" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>\n%s\n</w:tbl>'
            % (total, grid, "\n".join(rows)))


def docx_letterhead(block, landscape):
    width = text_width(landscape)
    left, gap = 5103, 567  # 9 cm letterhead, 1 cm gap, the rest for the addressee
    right = width - left - gap
    cols = [left, gap, right]
    cells = [docx_cell(left, [docx_block(b, landscape) for b in block.left]),
             docx_cell(gap, [docx_p("Addressee", [])]),
             docx_cell(right, [docx_block(b, landscape) for b in block.right])]
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in cols)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="LayoutTable"/><w:tblW w:w="%d" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
            '<w:tr>%s</w:tr></w:tbl>' % (width, grid, "".join(cells)))


def docx_block(block, landscape):
    if isinstance(block, P):
        return docx_p(block.style, block.parts)
    if isinstance(block, Num):
        return docx_p(["Point", "Point2", "Point3"][block.level], [block.text], block.level)
    if isinstance(block, PlanTable):
        return docx_plan_table(landscape)
    if isinstance(block, LetterHead):
        return docx_letterhead(block, landscape)
    raise TypeError(block)


def docx_document(spec):
    landscape = spec["landscape"]
    body = "\n".join(docx_block(b, landscape) for b in spec["blocks"])
    w, h = (A4_H, A4_W) if landscape else (A4_W, A4_H)
    orient = ' w:orient="landscape"' if landscape else ""
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>'
            '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
            '<w:pgSz w:w="%d" w:h="%d"%s/>'
            '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" '
            'w:footer="%d" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/></w:sectPr>'
            % (w, h, orient, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT,
               HEADER_DISTANCE, HEADER_DISTANCE))
    return (XML_DECL + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>\n%s\n%s</w:body>'
            '</w:document>\n' % (W_NS, R_NS, body, sect))


def docx_header(with_page_number):
    content = ('<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
               if with_page_number else "")
    return (XML_DECL + '<w:hdr xmlns:w="%s" xmlns:r="%s"><w:p><w:pPr><w:pStyle w:val="Header"/>'
            '</w:pPr>%s</w:p></w:hdr>' % (W_NS, R_NS, content))


def docx_settings():
    return (XML_DECL + '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="%d"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="ru-RU"/><w:decimalSymbol w:val=","/>'
            '<w:listSeparator w:val=";"/></w:settings>' % (W_NS, INDENT))


def docx_font_table():
    return (XML_DECL + '<w:fonts xmlns:w="%s"><w:font w:name="Times New Roman">'
            '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="CC"/>'
            '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>' % W_NS)


def docx_files(spec):
    pkg_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    off_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    content_types = (
        XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="%(w)s.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="%(w)s.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="%(w)s.numbering+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="%(w)s.settings+xml"/>'
        '<Override PartName="/word/fontTable.xml" ContentType="%(w)s.fontTable+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="%(w)s.header+xml"/>'
        '<Override PartName="/word/header2.xml" ContentType="%(w)s.header+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>' % {"w": wml})
    rels = (XML_DECL + '<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>' % (pkg_rel, off_rel, off_rel))
    doc_rels = (XML_DECL + '<Relationships xmlns="%s">'
                '<Relationship Id="rIdStyles" Type="%s/styles" Target="styles.xml"/>'
                '<Relationship Id="rIdNumbering" Type="%s/numbering" Target="numbering.xml"/>'
                '<Relationship Id="rIdSettings" Type="%s/settings" Target="settings.xml"/>'
                '<Relationship Id="rIdFonts" Type="%s/fontTable" Target="fontTable.xml"/>'
                '<Relationship Id="rIdHeaderFirst" Type="%s/header" Target="header1.xml"/>'
                '<Relationship Id="rIdHeaderDefault" Type="%s/header" Target="header2.xml"/>'
                '</Relationships>' % ((pkg_rel,) + (off_rel,) * 6))
    core = (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>prikaz</dc:creator><dc:language>ru-RU'
            '</dc:language></cp:coreProperties>' % escape(spec["title"]))
    app = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties"><Application>prikaz</Application><Template>%s</Template>'
           '</Properties>' % escape(spec["name"]))
    return {
        "[Content_Types].xml": content_types,
        "_rels/.rels": rels,
        "word/_rels/document.xml.rels": doc_rels,
        "word/document.xml": docx_document(spec),
        "word/styles.xml": docx_styles(spec["landscape"]),
        "word/numbering.xml": docx_numbering(),
        "word/settings.xml": docx_settings(),
        "word/fontTable.xml": docx_font_table(),
        "word/header1.xml": docx_header(False),
        "word/header2.xml": docx_header(True),
        "docProps/core.xml": core,
        "docProps/app.xml": app,
    }


# ---------------------------------------------------------------------------------------------
# ODT

ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xlink": "http://www.w3.org/1999/xlink",
}
ODF_XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def odf_ns(*names):
    return " ".join('xmlns:%s="%s"' % (n, ODF_NS[n]) for n in names)


FONT_DECLS = ('<office:font-face-decls><style:font-face style:name="Times New Roman" '
              'svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" '
              'style:font-pitch="variable"/></office:font-face-decls>')

ALIGN_ODF = {"left": "start", "center": "center", "both": "justify", "right": "end"}


def odf_name(display):
    return display.replace(" ", "_20_").replace("(", "_28_").replace(")", "_29_")


def odf_style_xml(sid, display, props, landscape):
    para = ['fo:text-align="%s"' % ALIGN_ODF[props.get("align", "left")]]
    if props.get("first"):
        para.append('fo:text-indent="%s"' % cm(props["first"]))
    if props.get("left"):
        para.append('fo:margin-left="%s"' % cm(left_indent(props, landscape)))
    para.append('fo:margin-top="%dpt" fo:margin-bottom="%dpt"'
                % (props.get("before", 0), props.get("after", 0)))
    if props.get("keep_next"):
        para.append('fo:keep-with-next="always"')
    if props.get("keep_lines"):
        para.append('fo:keep-together="always"')
    if props.get("break_before"):
        para.append('fo:break-before="page"')
    tabs = ""
    if props.get("tab"):
        tabs = ('<style:tab-stops><style:tab-stop style:position="%s" style:type="right"/>'
                '</style:tab-stops>' % cm(text_width(landscape)))
    text = []
    if props.get("bold"):
        text.append('fo:font-weight="bold" style:font-weight-complex="bold"')
    if props.get("size"):
        text.append('fo:font-size="%dpt" style:font-size-complex="%dpt"'
                    % (props["size"], props["size"]))
    if props.get("color"):
        text.append('fo:color="#%s"' % props["color"])
    text_xml = '<style:text-properties %s/>' % " ".join(text) if text else ""
    display_attr = ' style:display-name="%s"' % escape(display) if odf_name(display) != display \
        else ""
    return ('<style:style style:name="%s"%s style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="text">'
            '<style:paragraph-properties %s>%s</style:paragraph-properties>%s</style:style>'
            % (sid, display_attr, " ".join(para), tabs, text_xml))


def odf_list_style():
    levels = []
    for i in range(1, 11):
        levels.append('<text:list-level-style-number text:level="%d" style:num-suffix="." '
                      'style:num-format="1" text:display-levels="%d">'
                      '<style:list-level-properties '
                      'text:list-level-position-and-space-mode="label-alignment">'
                      '<style:list-level-label-alignment text:label-followed-by="space" '
                      'fo:text-indent="%s" fo:margin-left="0cm"/></style:list-level-properties>'
                      '</text:list-level-style-number>' % (i, i, cm(INDENT)))
    return '<text:list-style style:name="Points">%s</text:list-style>' % "".join(levels)


def odf_page_layout(name, landscape, with_header):
    w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    # The header of following pages sits in the top margin: the page margin is the header
    # distance, the header takes the rest of the 20 mm so the text starts where page 1's does.
    top = cm(HEADER_DISTANCE) if with_header else cm(MARGIN_TOP)
    header = ('<style:header-style><style:header-footer-properties fo:min-height="%s" '
              'fo:margin-bottom="0cm" style:dynamic-spacing="false"/></style:header-style>'
              % cm(MARGIN_TOP - HEADER_DISTANCE)) if with_header else '<style:header-style/>'
    return ('<style:page-layout style:name="%s"><style:page-layout-properties '
            'fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" '
            'fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" '
            'style:writing-mode="lr-tb"/>%s<style:footer-style/></style:page-layout>'
            % (name, w, h, "landscape" if landscape else "portrait", top, cm(MARGIN_BOTTOM),
               cm(MARGIN_LEFT), cm(MARGIN_RIGHT), header))


def odt_styles(spec):
    landscape = spec["landscape"]
    styles = "\n".join(odf_style_xml(sid, name, props, landscape)
                       for sid, name, props in STYLES) + "\n"
    return (ODF_XML_DECL +
            '<office:document-styles %s office:version="1.3">' %
            odf_ns("office", "style", "text", "table", "fo", "svg") + FONT_DECLS +
            '<office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties '
            'fo:line-height="100%%" style:tab-stop-distance="%s" fo:orphans="2" fo:widows="2" '
            'style:writing-mode="lr-tb"/><style:text-properties style:font-name="Times New Roman" '
            'fo:font-size="14pt" fo:language="ru" fo:country="RU" '
            'style:font-name-complex="Times New Roman" style:font-size-complex="14pt"/>'
            '</style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Header" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties '
            'fo:text-align="center"/></style:style>'
            '%s%s</office:styles>'
            '<office:automatic-styles>%s%s</office:automatic-styles>'
            '<office:master-styles>'
            # The first page uses the default page style, which has no header; the pages after
            # it use "Numbered" (next-style), whose header prints the page number. This needs no
            # master-page-name on the first paragraph, which may be a {%p ... %} tag paragraph.
            '<style:master-page style:name="Standard" style:page-layout-name="pmFirst" '
            'style:next-style-name="Numbered"/>'
            '<style:master-page style:name="Numbered" style:page-layout-name="pmNumbered" '
            'style:next-style-name="Numbered"><style:header><text:p text:style-name="Header">'
            '<text:page-number text:select-page="current">2</text:page-number></text:p>'
            '</style:header></style:master-page>'
            '</office:master-styles></office:document-styles>'
            % (cm(INDENT), styles, odf_list_style(),
               odf_page_layout("pmFirst", landscape, False),
               odf_page_layout("pmNumbered", landscape, True)))


def odt_runs(parts):
    out = []
    for part in parts:
        out.append('<text:tab/>' if part is TAB else escape(part))
    return "".join(out)


def odt_p(style, parts):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, odt_runs(parts))


def odt_nested_item(level, paragraph):
    """list-item chains for a paragraph at LEVEL: level 0 -> item(p); level 1 ->
    item(list(item(p))); ..."""
    xml = '<text:list-item>%s</text:list-item>' % paragraph
    for _ in range(level):
        xml = '<text:list-item><text:list>%s</text:list></text:list-item>' % xml
    return xml


def odt_point(block):
    style = ["Point", "Point2", "Point3"][block.level]
    return ('<text:list text:style-name="Points" text:continue-numbering="true">%s</text:list>'
            % odt_nested_item(block.level, odt_p(style, [block.text])))


def odt_cell(style_para, text, span=1):
    span_attr = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    cell = ('<table:table-cell table:style-name="PlanCell" office:value-type="string"%s>%s'
            '</table:table-cell>' % (span_attr, odt_p(style_para, [text])))
    return cell + '<table:covered-table-cell/>' * (span - 1)


def odt_plan_table(landscape, automatic):
    cols = PLAN_COLUMNS[landscape]
    key = "Plan" + ("L" if landscape else "P")
    if key not in automatic:
        automatic[key] = (
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%s" table:align="left"/></style:style>' % (key, cm(sum(cols))) +
            "".join('<style:style style:name="%s.%s" style:family="table-column">'
                    '<style:table-column-properties style:column-width="%s"/></style:style>'
                    % (key, chr(65 + i), cm(w)) for i, w in enumerate(cols)) +
            '<style:style style:name="PlanCell" style:family="table-cell">'
            '<style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.1cm" '
            'fo:padding-top="0cm" fo:padding-bottom="0cm" '
            'fo:border="0.5pt solid #000000"/></style:style>')
    columns = "".join('<table:table-column table:style-name="%s.%s"/>' % (key, chr(65 + i))
                      for i in range(len(cols)))
    header = '<table:table-row>%s</table:table-row>' % "".join(
        odt_cell("TableHead", t) for t in PLAN_HEADER)
    rows = []
    for row in PLAN_ROWS:
        if row[0] == "tag":
            cells = odt_cell("TableText", row[1], span=len(cols))
        elif row[0] == "section":
            cells = odt_cell("TableSection", SECTION_TEXT, span=len(cols))
        else:
            cells = "".join(odt_cell(style, text) for style, text in MEASURE_CELLS)
        rows.append('<table:table-row>%s</table:table-row>' % cells)
    return ('<table:table table:name="Plan" table:style-name="%s">%s'
            '<table:table-header-rows>%s</table:table-header-rows>\n%s\n</table:table>'
            % (key, columns, header, "\n".join(rows)))


def odt_letterhead(block, landscape, automatic):
    width = text_width(landscape)
    left, gap = 5103, 567
    cols = [left, gap, width - left - gap]
    automatic["Letterhead"] = (
        '<style:style style:name="LetterheadTable" style:family="table"><style:table-properties '
        'style:width="%s" table:align="left"/></style:style>' % cm(width) +
        "".join('<style:style style:name="LetterheadTable.%s" style:family="table-column">'
                '<style:table-column-properties style:column-width="%s"/></style:style>'
                % (chr(65 + i), cm(w)) for i, w in enumerate(cols)) +
        '<style:style style:name="LetterheadCell" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0cm" fo:border="none"/></style:style>')
    columns = "".join('<table:table-column table:style-name="LetterheadTable.%s"/>' % chr(65 + i)
                      for i in range(3))

    def cell(blocks):
        return ('<table:table-cell table:style-name="LetterheadCell" office:value-type="string">'
                '%s</table:table-cell>'
                % "".join(odt_block(b, landscape, automatic) for b in blocks))

    return ('<table:table table:name="Letterhead" table:style-name="LetterheadTable">%s'
            '<table:table-row>%s%s%s</table:table-row></table:table>'
            % (columns, cell(block.left), cell([P("Addressee")]), cell(block.right)))


def odt_block(block, landscape, automatic):
    if isinstance(block, P):
        return odt_p(block.style, block.parts)
    if isinstance(block, Num):
        return odt_point(block)
    if isinstance(block, PlanTable):
        return odt_plan_table(landscape, automatic)
    if isinstance(block, LetterHead):
        return odt_letterhead(block, landscape, automatic)
    raise TypeError(block)


def odt_content(spec):
    automatic = {}
    body = "\n".join(odt_block(b, spec["landscape"], automatic) for b in spec["blocks"])
    return (ODF_XML_DECL +
            '<office:document-content %s office:version="1.3">' %
            odf_ns("office", "style", "text", "table", "fo", "svg") + FONT_DECLS +
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:text>\n%s\n</office:text></office:body>'
            '</office:document-content>\n' % ("".join(automatic.values()), body))


def odt_meta(spec):
    return (ODF_XML_DECL + '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>prikaz scripts/templates/make_templates.py</meta:generator>'
            '<dc:title>%s</dc:title><dc:language>ru-RU</dc:language>'
            '</office:meta></office:document-meta>'
            % (odf_ns("office", "meta", "dc"), escape(spec["title"])))


def odt_manifest():
    m = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    entries = "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="%s"/>'
                      % (p, t) for p, t in [("content.xml", "text/xml"),
                                            ("styles.xml", "text/xml"),
                                            ("meta.xml", "text/xml")])
    return (ODF_XML_DECL + '<manifest:manifest xmlns:manifest="%s" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>%s'
            '</manifest:manifest>' % (m, entries))


def odt_files(spec):
    return {
        "mimetype": "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": odt_manifest(),
        "content.xml": odt_content(spec),
        "styles.xml": odt_styles(spec),
        "meta.xml": odt_meta(spec),
    }


# ---------------------------------------------------------------------------------------------

def write_tree(root, files):
    if os.path.isdir(root):
        shutil.rmtree(root)
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "templates")
    for name, spec in TEMPLATES.items():
        spec = dict(spec, name=name)
        write_tree(os.path.join(out, name, "docx"), docx_files(spec))
        write_tree(os.path.join(out, name, "odt"), odt_files(spec))


if __name__ == "__main__":
    main()
