#!/usr/bin/env bash
# Renders hicolor/scalable/apps/*.svg (the sources) to hicolor/<n>x<n>/apps/*.png. Needs rsvg-convert
# (Debian package librsvg2-bin). Run after editing an SVG; the PNGs are checked in.
set -euo pipefail
cd "$(dirname "$0")/hicolor"
for svg in scalable/apps/*.svg; do
    name=$(basename "$svg" .svg)
    for size in 16 22 24 32 48 64 128 256; do
        mkdir -p "${size}x${size}/apps"
        rsvg-convert -w "$size" -h "$size" "$svg" -o "${size}x${size}/apps/$name.png"
    done
done
echo "rendered $(ls scalable/apps/*.svg | wc -l) icons"
