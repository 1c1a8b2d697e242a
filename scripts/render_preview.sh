#!/usr/bin/env bash
# Renders corpus records with the shipped templates, prints them to PDF with LibreOffice and
# makes the PNG pages shown in the README (docs/images/). Usage: scripts/render_preview.sh
# (after scripts/build.sh). Needs soffice and pdftoppm (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
prikaz=build/pipeline/prikaz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$prikaz" render corpus/002-kbr-prikaz-dorozhnaya-karta/expected.xml --template order \
  --to docx -o "$work/order.docx" --set executor.name="Иванова Мария Петровна" \
  --set executor.phone="+7 (8662) 00-00-00"
"$prikaz" render corpus/005-uo-plan-meropriyatiy/expected.xml --template plan --to odt \
  -o "$work/plan.odt"
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/order.docx" "$work/plan.odt" >/dev/null
mkdir -p docs/images
pdftoppm -png -r 60 -f 1 -l 1 "$work/order.pdf" "$work/order"
pdftoppm -png -r 60 -f 1 -l 1 "$work/plan.pdf" "$work/plan"
pdftoppm -png -r 60 -f 3 -l 3 "$work/order.pdf" "$work/order-appendix"
cp "$work"/order-1.png docs/images/order-page1.png
cp "$work"/plan-1.png docs/images/plan-page1.png
cp "$work"/order-appendix-3.png docs/images/order-appendix-page.png 2>/dev/null || true
ls -l docs/images
