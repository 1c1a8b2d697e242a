#!/bin/sh
# Throughput of `prikaz batch --to xml` (not part of CI): builds the benchmark archive when
# missing (scripts/bench/make_archive.py), times the whole archive at --jobs 1 and --jobs 2
# (files/s, MB/s of input, peak RSS from /usr/bin/time -v), then compares prikaz DOCX -> validated
# XML with pandoc DOCX -> plain text on the same sample of DOCX files, one pandoc process per
# file as a user would run it: first one at a time (per core), then two at a time against
# prikaz --jobs 2 (both cores).
#
# usage: sh scripts/bench/batch_bench.sh [ARCHIVE_DIR] [COUNT]
#   PRIKAZ=path/to/prikaz (default build/pipeline/prikaz), PANDOC_SAMPLE=200
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=${1:-/tmp/prikaz-bench-archive}
COUNT=${2:-10000}
PRIKAZ=${PRIKAZ:-$ROOT/build/pipeline/prikaz}
SAMPLE=${PANDOC_SAMPLE:-200}
WORK=$(mktemp -d /tmp/prikaz-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { echo "install GNU time: apt-get install time" >&2; exit 2; }
[ -x "$PRIKAZ" ] || { echo "$PRIKAZ: not built" >&2; exit 2; }
/usr/bin/python3 "$ROOT/scripts/bench/make_archive.py" "$ARCHIVE" --count "$COUNT"

files=$(find "$ARCHIVE" -type f ! -name '.*' | wc -l)
bytes=$(find "$ARCHIVE" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "archive: $ARCHIVE, $files files, $(awk "BEGIN {printf \"%.1f\", $bytes / 1e6}") MB"

# seconds, peak RSS (KiB) of one command, from GNU time's -v report
timed() {
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
}

for jobs in 1 2; do
    rm -rf "$WORK/out"
    timed "$PRIKAZ" batch "$ARCHIVE" -o "$WORK/out" --to xml --jobs "$jobs" --quiet
    failed=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['failed'])" "$WORK/out/report.json")
    awk -v j="$jobs" -v f="$files" -v b="$bytes" -v s="$secs" -v r="$rss" -v x="$failed" 'BEGIN {
        printf "prikaz batch --to xml --jobs %d: %.1f s, %.1f files/s, %.2f MB/s, peak RSS %.1f MiB, %d failed\n",
            j, s, f / s, b / 1e6 / s, r / 1024, x }'
done

# The same DOCX sample for both tools.
find "$ARCHIVE" -type f -name '*.docx' | sort | head -n "$SAMPLE" > "$WORK/docx.txt"
n=$(wc -l < "$WORK/docx.txt")
rm -rf "$WORK/out"
timed "$PRIKAZ" batch --files-from "$WORK/docx.txt" -o "$WORK/out" --to xml --jobs 1 --quiet
prikaz_rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.1f", n / s}')
prikaz_rss=$rss
rm -rf "$WORK/out"
timed "$PRIKAZ" batch --files-from "$WORK/docx.txt" -o "$WORK/out" --to xml --jobs 2 --quiet
prikaz_rate2=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.1f", n / s}')

if command -v pandoc >/dev/null; then
    cat > "$WORK/pandoc.sh" <<'EOF'
while read -r f; do pandoc -f docx -t plain "$f" -o /dev/null; done < "$1"
EOF
    timed sh "$WORK/pandoc.sh" "$WORK/docx.txt"
    pandoc_rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.2f", n / s}')
    echo "DOCX sample of $n files, one thread/process at a time:"
    echo "  prikaz DOCX -> validated XML: $prikaz_rate files/s (peak RSS $((prikaz_rss / 1024)) MiB)"
    echo "  pandoc DOCX -> plain text:    $pandoc_rate files/s (one process per file)"
    awk -v a="$prikaz_rate" -v b="$pandoc_rate" 'BEGIN {printf "  ratio prikaz/pandoc: %.1fx\n", a / b}'
    timed sh -c 'xargs -P 2 -I{} pandoc -f docx -t plain {} -o /dev/null < "$1"' sh "$WORK/docx.txt"
    pandoc_rate2=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.2f", n / s}')
    echo "The same sample on both cores:"
    echo "  prikaz --jobs 2:              $prikaz_rate2 files/s"
    echo "  pandoc, two processes at once: $pandoc_rate2 files/s"
    awk -v a="$prikaz_rate2" -v b="$pandoc_rate2" 'BEGIN {printf "  ratio prikaz/pandoc: %.1fx\n", a / b}'
else
    echo "DOCX sample of $n files: prikaz $prikaz_rate files/s; pandoc not installed"
fi
