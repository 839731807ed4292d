#!/usr/bin/env bash
# Regenerates docs/examples/: the bundled example told for two companies, in English and
# Korean, and six plain JSON Resume profiles of tests/fixtures/plain told for a posting in
# their own language (picked from the text: no --lang), as Markdown (readable on GitHub) with
# the --explain files.
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
for pair in en-nlp:en-search-ranking en-speech:en-voice-assistant en-mlops:en-ml-platform \
  ko-vision:ko-traffic-vision ko-recsys:ko-commerce-recsys ko-medical:ko-medical-imaging; do
  profile="${pair%%:*}"
  target="${pair##*:}"
  dir="$out/plain/$profile--$target"
  rm -rf "$dir"
  "$bin" render "tests/fixtures/plain/$profile.json" --target "tests/fixtures/plain/targets/$target.json" \
    --doc cover-letter --doc pitch --doc prep --format md --explain --out "$dir" > /dev/null 2>&1
done
echo "examples written to $out"
