#!/usr/bin/python3
"""Compare prikaz's deadline normalisation with python3-dateparser on the same phrase table.

Note: Debian's python3-dateparser (`apt-get install -y python3-dateparser`) is a comparison
tool only; it is never used by the pipeline or by ctest. The script reads
tests/data/deadline_phrases.tsv and reports, on the same phrases, how many each tool gets right:

  prikaz      right when its deadlines (kind, dates, every/day/amount/unit, year-inferred flag)
              equal the expected column exactly — the rule of tests/unit/deadline_table_test.cpp;
  dateparser  dateparser.parse(phrase, languages=['ru'], RELATIVE_BASE = the reference date,
              PREFER_DAY_OF_MONTH = 'first') returns one date or None. It is right when the
              expected first deadline has a date and that date equals it (by/on/relative), or is
              the first or last day of an expected period; when nothing dated is expected
              (recurring without a date, continuous, as_needed, conditional, unknown, no term),
              it is right when it returns None. It cannot return several terms or a kind, so it
              is judged leniently: on the first term only, dates only.

Usage (from the repository root):
  scripts/compare_dateparser.py [--prikaz "build/pipeline/prikaz deadline"] [--dump FILE]
--prikaz is the command prefix that runs `prikaz deadline PHRASE [--ref D] [--scope T]
[--sentence]`; --dump reads prikaz's results from the JSON lines written by the table test
instead (PRIKAZ_DEADLINE_DUMP=FILE build/tests/prikaz_tests --gtest_filter='DeadlineTable*').
"""
import argparse
import datetime
import json
import os
import shlex
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")  # dateparser 1.1.6 warns about pytz on every call
import dateparser  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "tests", "data", "deadline_phrases.tsv")


def read_table():
    rows = []
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            while len(cols) < 5:
                cols.append("")
            phrase, ref, scope, mode, expected = cols[:5]
            rows.append(dict(phrase=phrase, ref="" if ref == "-" else ref,
                             scope="" if scope == "-" else scope, mode=mode, expected=expected))
    return rows


def describe(d):
    s = d["kind"]
    for key in ("date", "from", "to", "every", "day", "amount", "unit"):
        value = d.get(key)
        if value not in (None, "", 0):
            s += " %s=%s" % (key, value)
    if d.get("year_inferred"):
        s += " inferred"
    return s


def prikaz_results(rows, command):
    prefix = shlex.split(command)
    out = []
    for row in rows:
        args = prefix + [row["phrase"]]
        if row["ref"]:
            args += ["--ref", row["ref"]]
        if row["scope"]:
            args += ["--scope", row["scope"]]
        if row["mode"] == "sentence":
            args.append("--sentence")
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("prikaz failed (%s): %s" % (" ".join(args), run.stderr.strip()))
        found = json.loads(run.stdout)
        out.append(" | ".join(describe(d) for d in found) == row["expected"])
    return out


def dump_results(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["correct"] for line in f if line.strip()]


def expected_terms(expected):
    terms = []
    for part in expected.split(" | ") if expected else []:
        words = part.split()
        term = {"kind": words[0]}
        for w in words[1:]:
            if "=" in w:
                key, value = w.split("=", 1)
                term[key] = value
        terms.append(term)
    return terms


def dateparser_right(row):
    settings = {"PREFER_DAY_OF_MONTH": "first"}
    if row["ref"]:
        settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(row["ref"])
    try:
        got = dateparser.parse(row["phrase"], languages=["ru"], settings=settings)
    except Exception:  # a crash on a phrase counts as a wrong answer
        got = None
    terms = expected_terms(row["expected"])
    first = terms[0] if terms else {}
    wanted = [first[k] for k in ("date", "from", "to") if k in first]
    if not wanted:
        return got is None
    return got is not None and got.date().isoformat() in wanted


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prikaz", default=os.path.join(ROOT, "build", "pipeline", "prikaz")
                        + " deadline")
    parser.add_argument("--dump")
    args = parser.parse_args()
    rows = read_table()
    ours = dump_results(args.dump) if args.dump else prikaz_results(rows, args.prikaz)
    if len(ours) != len(rows):
        sys.exit("the dump has %d results for %d phrases" % (len(ours), len(rows)))
    theirs = [dateparser_right(row) for row in rows]
    dated = [i for i, row in enumerate(rows)
             if any(k in t for t in expected_terms(row["expected"]) for k in ("date", "from"))]
    n = len(rows)
    print("phrases: %d (%d with an expected date)" % (n, len(dated)))
    print("prikaz deadline:                %3d / %d right (%.1f%%); dated phrases %d / %d"
          % (sum(ours), n, 100.0 * sum(ours) / n, sum(ours[i] for i in dated), len(dated)))
    print("dateparser (languages=['ru']):  %3d / %d right (%.1f%%); dated phrases %d / %d"
          % (sum(theirs), n, 100.0 * sum(theirs) / n, sum(theirs[i] for i in dated),
             len(dated)))


if __name__ == "__main__":
    main()
