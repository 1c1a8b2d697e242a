#!/usr/bin/python3
"""Build a benchmark archive for `prikaz batch` (not part of CI): COUNT documents made from the
corpus/ source files (every format: DOCX, ODT, FODT, HTML, text), each copy slightly different
so that no two files are equal: the years in the text are shifted and a copy mark "[vN]" is
appended to the first long text run. DOCX and ODT copies are rewritten inside the package
(word/document.xml, content.xml; the other entries are copied as they are, "mimetype" stays
first and stored). Only text between tags is touched, never markup or attributes.

Layout: OUT_DIR/cNNNN/<corpus folder>/source.<ext>; OUT_DIR/.complete is written last, so a
half-built archive is rebuilt.

usage: /usr/bin/python3 scripts/bench/make_archive.py OUT_DIR [--count 10000]
"""
import argparse
import io
import os
import re
import shutil
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "corpus")
EXTENSIONS = (".docx", ".odt", ".fodt", ".html", ".txt")
YEAR = re.compile(rb"(?<!\d)(20[0-3]\d)(?!\d)")
TEXT_BETWEEN_TAGS = re.compile(rb">([^<]+)<")


def sources():
    found = []
    for dirpath, _, files in os.walk(CORPUS):
        for name in sorted(files):
            if name.startswith("source") and name.endswith(EXTENSIONS):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def vary_text(data, copy, markup):
    """Shift years by a copy-dependent amount and mark the first long text run with the copy.
    Works on bytes: digits and the mark are ASCII, so every ASCII-compatible encoding of the
    corpus (UTF-8, CP1251, KOI8-R) stays valid."""
    shift = copy % 7 - 3
    mark = b" [v%d]" % copy
    marked = [False]

    def years(chunk):
        return YEAR.sub(lambda m: b"%d" % (int(m.group(1)) + shift), chunk)

    def run(m):
        chunk = years(m.group(1))
        if not marked[0] and len(chunk.strip()) >= 40:
            chunk += mark
            marked[0] = True
        return b">" + chunk + b"<"

    if markup:
        out = TEXT_BETWEEN_TAGS.sub(run, data)
    else:
        out = years(data)
        first_break = out.find(b"\n")
        out = out + mark if first_break < 0 else out[:first_break] + mark + out[first_break:]
        marked[0] = True
    return out if marked[0] else out + (b"" if markup else mark)


def vary_package(data, copy, part):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == part:
                content = vary_text(content, copy, markup=True)
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(info.filename, content, compress_type=method)
    return buf.getvalue()


def vary(path, data, copy):
    if path.endswith(".docx"):
        return vary_package(data, copy, "word/document.xml")
    if path.endswith(".odt"):
        return vary_package(data, copy, "content.xml")
    return vary_text(data, copy, markup=path.endswith((".fodt", ".html")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--count", type=int, default=10000)
    args = ap.parse_args()
    if os.path.exists(os.path.join(args.out_dir, ".complete")):
        print(f"{args.out_dir}: already built")
        return 0
    shutil.rmtree(args.out_dir, ignore_errors=True)
    files = [(p, open(p, "rb").read()) for p in sources()]
    made = 0
    copy = 0
    while made < args.count:
        for path, data in files:
            if made == args.count:
                break
            rel = os.path.relpath(path, CORPUS)
            target = os.path.join(args.out_dir, "c%04d" % copy, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(vary(path, data, copy))
            made += 1
        copy += 1
    open(os.path.join(args.out_dir, ".complete"), "w").write(f"{made}\n")
    print(f"{args.out_dir}: {made} documents from {len(files)} corpus files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
