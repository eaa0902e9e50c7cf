#!/bin/sh
# Regenerates the decoder fixtures. red_blue.webp: Chromium's own WebP encoder (canvas.toDataURL, lossy, quality 1.0) on an
# 8x4 canvas, left half #ff0000, right half #0000ff. A fixture for WebPDecoder that no one here encoded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --dump-dom "file://$here/red_blue.webp.html" 2>/dev/null \
  | grep -o 'data:image/webp;base64,[A-Za-z0-9+/=]*' | cut -d, -f2 | base64 -d > "$here/red_blue.webp"
echo red_blue.webp

# quadrants.jpg and quadrants.jpg.rgb (Chromium's decoding of it, hex RGB, row-major): see the HTML.
out=$(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --virtual-time-budget=2000 --dump-dom "file://$here/quadrants.jpg.html" 2>/dev/null)
echo "$out" | grep -o 'JPEG:[A-Za-z0-9+/=]\{20,\}' | cut -d: -f2 | base64 -d > "$here/quadrants.jpg"
echo "$out" | grep -o 'RGB:[0-9a-f]\{20,\}' | cut -d: -f2 > "$here/quadrants.jpg.rgb"
echo quadrants.jpg quadrants.jpg.rgb
