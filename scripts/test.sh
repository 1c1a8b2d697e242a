#!/usr/bin/env bash
# Builds everything and runs the whole test suite (ctest, two jobs). Exits non-zero on any
# failure. This is the command CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build -j2 --output-on-failure --timeout 600
