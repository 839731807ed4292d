#!/usr/bin/env bash
# Regenerates the theme previews docs/themes.md shows: the bundled example's resume in every
# built-in theme, first page as PNG (docs/themes/<theme>.png), and the Japanese and German
# test profiles in the classic theme (docs/themes/lang-<code>.png).
# Usage: scripts/themes.sh [PPI]   (STORYFOLIO_BIN overrides the binary to run; needs typst
# and the fonts of scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
ppi="${1:-60}"
bin="${STORYFOLIO_BIN:-target/release/storyfolio}"
if [ -z "${STORYFOLIO_BIN:-}" ]; then cargo build --release --quiet; fi
out=docs/themes
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for theme in $("$bin" themes | awk '{print $1}'); do
  "$bin" render profiles/example.json --doc resume --theme "$theme" --format png --ppi "$ppi" \
    --out "$work/$theme" > /dev/null 2>&1
  cp "$work/$theme/resume-1.png" "$out/$theme.png"
done
for code in ja de; do
  "$bin" render "tests/fixtures/languages/$code.json" --doc resume --format png --ppi "$ppi" \
    --out "$work/lang-$code" > /dev/null 2>&1
  cp "$work/lang-$code/resume-1.png" "$out/lang-$code.png"
done
echo "previews written to $out"
