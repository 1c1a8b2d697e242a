#!/usr/bin/env python3
"""Makes the two legacy plain-text documents of the corpus and their HTML renditions:

  corpus/006-uo-prikaz-cp1251  an order of a municipal education office saved the way old
                               archives hold them: Windows-1251, CRLF, one paragraph per line,
                               no blank lines, the signature aligned with spaces;
                               source.html is UTF-8.
  corpus/007-uo-pismo-koi8r    a short letter in KOI8-R (no "№" there: typed "N"), LF, paragraphs separated by blank lines
                               and hard-wrapped at 72 columns (the wraps are line breaks inside
                               the paragraph); source.html declares charset=koi8-r and keeps
                               the wraps as <br>.

The wording is written for the corpus in the style of published municipal orders; it is not a
copy of a real document. A corpus-making tool, run once.
"""

import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_renditions as mr  # noqa: E402

ORDER = [
    "АДМИНИСТРАЦИЯ СОВЕТСКОГО МУНИЦИПАЛЬНОГО РАЙОНА",
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
    "ПРИКАЗ",
    "от 14 марта 2016 года                                                 № 112",
    "р.п. Степное",
    "О проведении муниципального конкурса «Учитель года – 2016»",
    "В целях выявления и поддержки творчески работающих педагогов, повышения престижа "
    "педагогической профессии, распространения инновационного педагогического опыта, в "
    "соответствии с планом работы управления образования на 2016 год ПРИКАЗЫВАЮ:",
    "1. Провести с 4 по 15 апреля 2016 года муниципальный конкурс профессионального "
    "мастерства «Учитель года – 2016» (далее – Конкурс).",
    "2. Утвердить:",
    "2.1. положение о проведении Конкурса (приложение № 1);",
    "2.2. состав организационного комитета Конкурса (приложение № 2);",
    "2.3. состав жюри Конкурса (приложение № 3).",
    "3. МКУ «Информационно-методический отдел управления образования» (Рахманова Л.П.):",
    "3.1. обеспечить организационно-методическое сопровождение Конкурса;",
    "3.2. в срок до 25 апреля 2016 года подготовить аналитическую справку об итогах Конкурса.",
    "4. Руководителям общеобразовательных учреждений:",
    "4.1. обеспечить участие педагогов в Конкурсе;",
    "4.2. в срок до 28 марта 2016 года направить в оргкомитет заявки на участие в Конкурсе "
    "и материалы участников согласно положению.",
    "5. Главному бухгалтеру МКУ «Централизованная бухгалтерия» (Семенова Г.А.) обеспечить "
    "финансирование расходов на проведение Конкурса в пределах утвержденной сметы.",
    "6. Контроль за исполнением настоящего приказа возложить на заместителя начальника "
    "управления образования Н.В. Ковалеву.",
    "Начальник управления образования                          В.С. Рогова",
    "Исп. Рахманова Л.П.",
    "5-02-42",
]

LETTER_TITLE = "Письмо управления образования от 03.10.2011 N 1247 о сведениях по кадрам"
LETTER = [
    "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА",
    "03.10.2011 N 1247",
    "Руководителям общеобразовательных учреждений",
    "О представлении сведений о педагогических кадрах",
    "Управление образования просит в срок до 14 октября 2011 года представить сведения о "
    "педагогических работниках общеобразовательных учреждений по состоянию на 1 октября "
    "2011 года по прилагаемой форме.",
    "Сведения направляются в электронном виде на адрес kadry@uo.example.ru и на бумажном "
    "носителе за подписью руководителя учреждения в кабинет N 12 управления образования.",
    "Обращаем внимание на необходимость указания сведений о прохождении курсов повышения "
    "квалификации за последние пять лет и о наличии квалификационной категории.",
    "Приложение: форма на 1 л. в 1 экз.",
    "Начальник управления образования",
    "И.П. Соколова",
]


def write_order(folder):
    os.makedirs(folder, exist_ok=True)
    text = "\r\n".join(ORDER) + "\r\n"
    with open(os.path.join(folder, "source.txt"), "wb") as f:
        f.write(text.encode("windows-1251"))
    doc = mr.Document("Приказ управления образования от 14.03.2016 № 112")
    doc.blocks = [mr.make_para([line]) for line in ORDER]
    with open(os.path.join(folder, "source.html"), "wb") as f:
        f.write(mr.write_html(doc))


def wrapped(paragraph):
    return textwrap.wrap(paragraph, width=72, break_long_words=False, break_on_hyphens=False)


def write_letter(folder):
    os.makedirs(folder, exist_ok=True)
    paragraphs = [wrapped(p) for p in LETTER]
    text = "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"
    with open(os.path.join(folder, "source.txt"), "wb") as f:
        f.write(text.encode("koi8-r"))
    doc = mr.Document(LETTER_TITLE)
    doc.blocks = [mr.make_para(lines) for lines in paragraphs]
    with open(os.path.join(folder, "source.html"), "wb") as f:
        f.write(mr.write_html(doc, "koi8-r"))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    write_order(os.path.join(root, "006-uo-prikaz-cp1251"))
    write_letter(os.path.join(root, "007-uo-pismo-koi8r"))


if __name__ == "__main__":
    main()
