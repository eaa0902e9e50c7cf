#!/bin/sh
# Regenerates the reference PNGs from the HTML scenes with headless Chromium (Debian `chromium`),
# 80x60 CSS pixels at device scale 1. Each <name>.html is the CSS for the scene the test builds by
# hand in ReferenceScenes.cs; References/manifest.txt holds each case's fuzz.
# Usage: tests/Sparrow.Gpu.Tests/References/generate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for html in "$here"/*.html; do
  name=$(basename "$html" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
    --window-size=80,60 --screenshot="$here/$name.png" "file://$html" >/dev/null 2>&1
  echo "$name.png"
done
