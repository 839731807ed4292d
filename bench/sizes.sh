#!/usr/bin/env bash
# Size benchmark: storyfolio must answer large inputs (render them, or refuse them with a
# clear limit message) in bounded time and memory. Generates the inputs listed in
# bench/gen_sizes.py into a temp folder and measures wall time and peak memory (max RSS)
# of `validate`, `render --format txt` and `coach` on each (and `render --format pdf` of
# the resume when typst is on PATH; peak memory then includes typst's), printing a table.
#
#   bench/sizes.sh            build the release binary, then measure
#   STORYFOLIO_BIN=path bench/sizes.sh   measure that binary instead
#
# Needs python3 and GNU time (/usr/bin/time; installed with apt-get when missing).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target_dir=$(cd "$root" && realpath -m "${CARGO_TARGET_DIR:-target}")
bin=${STORYFOLIO_BIN:-$target_dir/release/storyfolio}
if [[ -z "${STORYFOLIO_BIN:-}" ]]; then
  cargo build --release --manifest-path "$root/Cargo.toml" >&2
fi
if [[ ! -x /usr/bin/time ]]; then
  apt-get update -qq >&2 && apt-get install -y -qq time >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_sizes.py" "$work/in" 2>/dev/null
example="$root/profiles/example.json"
target="$root/profiles/targets/shopmind.json"

# One measured run: prints "exit|seconds|max RSS KB|first line of what it said".
measure() {
  local out="$work/out.txt" stats="$work/time.txt" code=0
  /usr/bin/time -o "$stats" -f "%e %M" timeout 600 "$@" >"$out" 2>&1 || code=$?
  # GNU time puts "Command exited with non-zero status N" before its own line.
  read -r secs rss < <(tail -n1 "$stats") || true
  local said
  said=$(grep -m1 -E '^error|^wrote|valid|Fit' "$out" || head -n1 "$out")
  said=${said//$work\/in\//}
  said=${said//$work\/out\//out/}
  said=${said//$root\//}
  printf '%s|%s|%s|%s\n' "$code" "${secs:-?}" "${rss:-0}" "${said:0:90}"
}

row() {
  local input=$1 command=$2
  shift 2
  IFS='|' read -r code secs rss said < <(measure "$@")
  printf '| %-18s | %-11s | %4s | %7s | %10s | %s |\n' "$input" "$command" "$code" "$secs" \
    "$(awk -v kb="$rss" 'BEGIN { printf "%.1f", kb / 1024 }')" "$said"
}

echo "storyfolio $("$bin" --version | cut -d' ' -f2), $(nproc) cores; inputs:"
for f in "$work"/in/*.json; do
  printf '  %-20s %10d bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"
done
echo
echo '| input              | command     | exit | wall s  | max RSS MB | answer |'
echo '|--------------------|-------------|------|---------|------------|--------|'
for name in profile-10mb projects-10k field-1mb deep-10k; do
  p="$work/in/$name.json"
  row "$name" validate "$bin" validate "$p"
  row "$name" "render txt" "$bin" render "$p" --target "$target" --format txt --out "$work/out"
  row "$name" coach "$bin" coach "$p" --target "$target"
  if [[ $name != deep-10k ]] && command -v typst >/dev/null; then
    row "$name" "render pdf" "$bin" render "$p" --format pdf --out "$work/out"
  fi
done
posting="$work/in/posting-1mb.json"
row posting-1mb validate "$bin" validate "$example" --target "$posting"
row posting-1mb "render txt" "$bin" render "$example" --target "$posting" --format txt --out "$work/out"
row posting-1mb coach "$bin" coach "$example" --target "$posting"
