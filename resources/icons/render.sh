#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from shiken.svg (needs rsvg-convert, from
# Debian's librsvg2-bin). The PNGs are committed, so a build does not need it.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" shiken.svg -o "shiken-$size.png"
done
