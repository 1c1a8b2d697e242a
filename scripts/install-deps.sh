#!/usr/bin/env bash
# Installs the Debian packages prikaz needs to build and test. Idempotent: quiet and quick when
# everything is already there. Usage: scripts/install-deps.sh
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libpoco-dev libxml2-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  # Real clients that check what we generate, in tests only (never used by the pipeline):
  # LibreOffice opens and prints rendered DOCX/ODT, pandoc reads them, jing and xmllint
  # validate them against the OASIS/ISO schemas, poppler-utils reads the PDFs.
  libreoffice-writer-nogui fonts-liberation pandoc jing libxml2-utils poppler-utils unzip
  # GNU time, for peak memory in scripts/bench/batch_bench.sh.
  time
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
