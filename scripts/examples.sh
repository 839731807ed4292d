#!/usr/bin/env bash
# Regenerates docs/examples/: the bundled example told for two companies, in English and
# Korean, as Markdown (readable on GitHub) with the --explain files.
# Usage: scripts/examples.sh [OUT_DIR]   (STORYFOLIO_BIN overrides the binary to run)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/examples}"
bin="${STORYFOLIO_BIN:-target/release/storyfolio}"
if [ -z "${STORYFOLIO_BIN:-}" ]; then cargo build --release --quiet; fi
for target in visionguard lightedge.ko; do
  for lang in en ko; do
    profile=profiles/example.json
    [ "$lang" = ko ] && profile=profiles/example.ko.json
    dir="$out/${target%.ko}-$lang"
    rm -rf "$dir"
    "$bin" render "$profile" --target "profiles/targets/$target.json" --lang "$lang" \
      --doc resume --doc cover-letter --doc pitch --doc prep --format md --explain --out "$dir" > /dev/null
  done
done
echo "examples written to $out"
