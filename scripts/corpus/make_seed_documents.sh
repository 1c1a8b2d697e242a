#!/bin/sh
# Copies the five seed texts into their corpus folders (byte-identical) and makes their HTML and
# flat-ODT renditions. Run once from the repository root; see corpus/README.md.
set -eu
seeds=${SEEDS:-/work/shared/seeds}
here=$(dirname "$0")
make() { # folder seed title [html-encoding]
    mkdir -p "corpus/$1"
    cp "$seeds/$2" "corpus/$1/source.txt"
    python3 "$here/make_renditions.py" "corpus/$1/source.txt" "corpus/$1" --title "$3" \
        --html-encoding "${4:-utf-8}"
}
make 000-krym-kollegiya-reshenie 000_e7d39b74743b465d.txt \
    "Решение коллегии МОНМ РК от 14.12.2022 № 7/3"
make 001-sakhalin-rasporyazhenie-kompleks-mer 001_eb91c4a51c285481.txt \
    "Распоряжение Минобразования Сахалинской области от 08.02.2021 № 3.12-132-р"
make 002-kbr-prikaz-dorozhnaya-karta 002_b6e75604a0b8af8d.txt \
    "Приказ Минпросвещения КБР от 15.05.2020 N 22-01-05/4569"
make 003-engels-kollegiya-reshenie 003_3785f7fec18aa7f6.txt \
    "Решение коллегии комитета по образованию Энгельсского района от 26.11.2021" windows-1251
make 004-krym-imac-pismo 004_50159061368e08e5.txt \
    "Письмо ГКУ РК «ИМАЦ» от 29.01.2024 № 01-13/08"
