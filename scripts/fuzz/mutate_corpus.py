#!/usr/bin/env python3
"""Robustness check (not part of CI): mutate corpus files and run `prikaz extract` on each.

Every run must end with exit code 0 (extracted) or 1 (input refused with a message), within
20 s. Anything else (a crash, exit 3 = a record that failed our own schema, a hang) is printed
and the input is kept in OUT_DIR for a regression test.

Two mutators: raw bytes of any source file, and the XML parts inside DOCX/ODT packages
(re-zipped, so the zip layer passes and the readers see damaged XML).

usage: scripts/fuzz/mutate_corpus.py [--seed N] [--runs N] [--prikaz build/pipeline/prikaz]
                                     [--out /tmp/prikaz-fuzz]
"""
import argparse
import glob
import io
import os
import random
import subprocess
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKENS = [b'w:val="0"', b'w:numId="99"', b'w:ilvl="8"', b'w:gridSpan="50"',
          b'w:vMerge="restart"', b'table:number-columns-spanned="1000"',
          b'text:start-value="-5"', b'<w:br w:type="page"/>', b'\x01', b'\xc2\x85']


def damage(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if not data:
            data = bytearray(b"x")
        pos = rng.randrange(len(data))
        op = rng.random()
        if op < 0.4:
            data[pos] = rng.randrange(256)
        elif op < 0.6:
            del data[pos:pos + rng.randint(1, 200)]
        elif op < 0.8:
            start = rng.randrange(len(data))
            data[pos:pos] = data[start:start + rng.randint(1, 300)]
        else:
            data[pos:pos] = rng.choice(TOKENS)
    return bytes(data)


def damage_package(path, rng):
    zin = zipfile.ZipFile(path)
    names = zin.namelist()
    target = rng.choice([n for n in names if n.endswith(".xml")])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in names:
            data = zin.read(name)
            zout.writestr(name, damage(data, rng) if name == target else data)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--prikaz", default=os.path.join(ROOT, "build/pipeline/prikaz"))
    ap.add_argument("--out", default="/tmp/prikaz-fuzz")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    sources = sorted(glob.glob(os.path.join(ROOT, "corpus/*/source.*")))
    bad = 0
    for run in range(args.runs):
        src = rng.choice(sources)
        ext = os.path.splitext(src)[1]
        if ext in (".docx", ".odt") and rng.random() < 0.5:
            data = damage_package(src, rng)
        else:
            data = damage(open(src, "rb").read(), rng)
        path = os.path.join(args.out, "input" + ext)
        with open(path, "wb") as f:
            f.write(data)
        try:
            r = subprocess.run([args.prikaz, "extract", path], capture_output=True, timeout=20)
            failed = r.returncode not in (0, 1)
            why = "exit %d: %s" % (r.returncode, r.stderr[:200].decode(errors="replace"))
        except subprocess.TimeoutExpired:
            failed, why = True, "timeout"
        if failed:
            bad += 1
            keep = os.path.join(args.out, "case%d%s" % (run, ext))
            with open(keep, "wb") as f:
                f.write(data)
            print("%s (from %s): %s" % (keep, os.path.relpath(src, ROOT), why))
    print("%d runs, %d failures" % (args.runs, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
