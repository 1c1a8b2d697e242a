#!/bin/sh
# Converts a corpus document's hand-made flat ODT (DIR/source.fodt) into DIR/source.docx and
# DIR/source.odt with LibreOffice, and into a PDF + text under /tmp for checking by eye that
# the automatic numbering displays the labels as typed in the seed. Run once per document; the
# results are committed, the build and the tests never run this.
set -eu
dir=$1
profile=file:///tmp/lo-corpus
soffice -env:UserInstallation=$profile --headless \
    --convert-to docx:"MS Word 2007 XML" --outdir "$dir" "$dir/source.fodt"
soffice -env:UserInstallation=$profile --headless --convert-to odt --outdir "$dir" "$dir/source.fodt"
check=/tmp/corpus-check/$(basename "$dir")
mkdir -p "$check"
for f in source.fodt source.docx source.odt; do
    cp "$dir/$f" "$check/$f"
    soffice -env:UserInstallation=$profile --headless --convert-to pdf:writer_pdf_Export \
        --outdir "$check/${f#source.}" "$check/$f" >/dev/null
    pdftotext -layout "$check/${f#source.}/source.pdf" "$check/$f.txt"
done
echo "check $check/*.txt"
