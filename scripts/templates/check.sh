#!/bin/sh
# Checks the shipped templates (templates/<name>/{docx,odt}): zips every package into $OUT,
# validates the XML parts against the OOXML (ISO/IEC 29500-4 transitional) and ODF 1.3 schemas,
# opens all eight packages in LibreOffice (conversion to PDF) and in pandoc.
# The schemas are the unmodified copies in schemas/external/ (SCHEMAS overrides).
# Usage: [PRIKAZ=build-x/pipeline/prikaz] sh scripts/templates/check.sh   (exit 0 when clean)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCHEMAS=${SCHEMAS:-$ROOT/schemas/external}
OUT=${OUT:-/tmp/prikaz-templates}
NAMES="order decision plan letter"
WML_XSD=$SCHEMAS/ooxml/ISO-IEC29500-4_2016/wml.xsd
ODF_RNG=$SCHEMAS/odf-1.3/OpenDocument-v1.3-schema.rng
MANIFEST_RNG=$SCHEMAS/odf-1.3/OpenDocument-v1.3-manifest-schema.rng
status=0
fail() { echo "FAIL: $*"; status=1; }
# -i: the ODF schema's xml:id patterns break jing's DTD-compatibility (ID/IDREF) check, which is
# not part of RELAX NG validation. Jing's classpath warnings about optional jars are dropped.
jing_check() { jing -i "$@" 2>&1 | grep -v '^\[warning\] /usr/bin/jing: Unable to locate'; }

rm -rf "$OUT" && mkdir -p "$OUT/pdf" || exit 1

# The checked-in templates are what the generator writes (nobody edited one copy only).
/usr/bin/python3 "$ROOT/scripts/templates/make_templates.py" "$OUT/generated" || exit 1
diff -r "$OUT/generated" "$ROOT/templates" -x README.md >/dev/null ||
    fail "templates/ differs from scripts/templates/make_templates.py output"

# Zip: ODT packages need `mimetype` first and stored (uncompressed).
/usr/bin/python3 - "$ROOT/templates" "$OUT" $NAMES <<'EOF' || exit 1
import os, sys, zipfile
root, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
for name in names:
    for fmt in ("docx", "odt"):
        src = os.path.join(root, name, fmt)
        files = sorted(os.path.relpath(os.path.join(d, f), src)
                       for d, _, fs in os.walk(src) for f in fs)
        if fmt == "odt":
            files.remove("mimetype")
        with zipfile.ZipFile(os.path.join(out, "%s-%s.%s" % (name, fmt, fmt)), "w") as z:
            if fmt == "odt":
                z.write(os.path.join(src, "mimetype"), "mimetype", zipfile.ZIP_STORED)
            for f in files:
                z.write(os.path.join(src, f), f, zipfile.ZIP_DEFLATED)
EOF

for name in $NAMES; do
    d=$ROOT/templates/$name/docx
    for part in document styles numbering settings fontTable header1 header2; do
        xmllint --noout --schema "$WML_XSD" "$d/word/$part.xml" 2>"$OUT/xmllint.err" ||
            { cat "$OUT/xmllint.err"; fail "$name docx word/$part.xml"; }
    done
    for part in "[Content_Types].xml" _rels/.rels word/_rels/document.xml.rels \
        docProps/core.xml docProps/app.xml; do
        xmllint --noout "$d/$part" || fail "$name docx $part is not well-formed"
    done
    o=$ROOT/templates/$name/odt
    for part in content styles meta; do
        ! jing_check "$ODF_RNG" "$o/$part.xml" | grep . || fail "$name odt $part.xml"
    done
    ! jing_check "$MANIFEST_RNG" "$o/META-INF/manifest.xml" | grep . ||
        fail "$name odt manifest.xml"
    for fmt in docx odt; do
        pandoc -f "$fmt" -t plain "$OUT/$name-$fmt.$fmt" -o "$OUT/$name-$fmt.pandoc.txt" ||
            fail "pandoc cannot read $name-$fmt.$fmt"
    done
done

# With PRIKAZ=path/to/prikaz also lint every template with prikaz itself (errors fail; warnings
# about `executor`, a value given with --set, are expected).
if [ -n "${PRIKAZ:-}" ]; then
    for name in $NAMES; do
        for fmt in docx odt; do
            "$PRIKAZ" template check "$ROOT/templates/$name/$fmt" >"$OUT/lint.txt" 2>&1 ||
                { cat "$OUT/lint.txt"; fail "prikaz template check $name/$fmt"; }
            grep -q ' 0 error(s)' "$OUT/lint.txt" ||
                { cat "$OUT/lint.txt"; fail "$name/$fmt lint"; }
        done
    done
fi

# LibreOffice opens all eight packages in one call.
timeout 180 soffice --headless -env:UserInstallation=file:///tmp/lo-prikaz-templates \
    --convert-to pdf --outdir "$OUT/pdf" "$OUT"/*.docx "$OUT"/*.odt >"$OUT/soffice.log" 2>&1 ||
    { cat "$OUT/soffice.log"; fail "soffice conversion"; }
# Every PDF must show the template's tags as text (nothing lost on the way).
for name in $NAMES; do
    for fmt in docx odt; do
        pdf=$OUT/pdf/$name-$fmt.pdf
        [ -s "$pdf" ] || { fail "no PDF for $name-$fmt"; continue; }
        pdftotext -layout "$pdf" "$OUT/$name-$fmt.txt"
        for tag in "for a in appendices" "{{ m.name }}"; do
            if [ "$name" = plan ] || [ "$name" = order ] || [ "$name" = decision ]; then
                grep -qF "$tag" "$OUT/$name-$fmt.txt" || fail "$name-$fmt.pdf lacks $tag"
            fi
        done
        for tag in "{{ p.text }}" "{{ s.position }}"; do
            [ "$name" = plan ] && continue
            grep -qF "$tag" "$OUT/$name-$fmt.txt" || fail "$name-$fmt.pdf lacks $tag"
        done
    done
done
[ $status -eq 0 ] && echo "templates: all checks passed ($OUT)"
exit $status
