#!/bin/sh
# Peak memory of `prikaz batch` against the number of files (not part of CI): for each COUNT,
# builds /tmp/prikaz-bench-archive-COUNT when missing (scripts/bench/make_archive.py), then
# reports the peak RSS (GNU time -v) of a conversion and of a --resume run that skips every
# file. The figures should stay flat as COUNT grows; see README "Batch conversion".
#
# usage: sh scripts/bench/batch_memory.sh [COUNT...]     (default: 1000 10000)
#   PRIKAZ=path/to/prikaz (default build/pipeline/prikaz), JOBS=2
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRIKAZ=${PRIKAZ:-$ROOT/build/pipeline/prikaz}
JOBS=${JOBS:-2}
WORK=$(mktemp -d /tmp/prikaz-memory.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { echo "install GNU time: apt-get install time" >&2; exit 2; }
[ -x "$PRIKAZ" ] || { echo "$PRIKAZ: not built" >&2; exit 2; }
[ $# -gt 0 ] || set -- 1000 10000

# peak RSS in MiB and wall time of one batch run over $archive into $WORK/out
peak() {
    /usr/bin/time -v -o "$WORK/time.txt" "$PRIKAZ" batch "$archive" -o "$WORK/out" --to xml \
        --jobs "$JOBS" --quiet "$@" >/dev/null 2>&1 || true
    awk -F': ' '/Maximum resident set size/ {rss = $2} /Elapsed \(wall clock\)/ {t = $2}
        END {printf "%.1f MiB peak RSS, %s", rss / 1024, t}' "$WORK/time.txt"
}

for count in "$@"; do
    archive=/tmp/prikaz-bench-archive-$count
    /usr/bin/python3 "$ROOT/scripts/bench/make_archive.py" "$archive" --count "$count" >/dev/null
    rm -rf "$WORK/out"
    echo "$count files: convert $(peak); resume $(peak --resume)"
done
