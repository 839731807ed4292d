#!/usr/bin/env bash
# Refresh wall time for 50 repositories against a local GitHub look-alike answering every
# request after 100 ms: --jobs 1 (one request at a time) against the default --jobs 4, then
# a second refresh that must send only conditional requests and get only 304s.
#
# Usage: bench/refresh.sh   (from any folder; builds in release mode)
set -euo pipefail

repos=${REPOS:-50}
delay_ms=${DELAY_MS:-100}
port=${PORT:-18471}
root=$(cd "$(dirname "$0")/.." && pwd)
# Absolute: the runs below happen in a temp folder. A relative CARGO_TARGET_DIR is relative
# to the folder cargo runs in, the repository root.
target=$(cd "$root" && realpath -m "${CARGO_TARGET_DIR:-target}")

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin storyfolio --example fake_github
bin="$target/release/storyfolio"
server="$target/release/examples/fake_github"

work=$(mktemp -d)
"$server" "$port" "$delay_ms" > "$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q ready "$work/server.log" && break; sleep 0.1; done
grep -q ready "$work/server.log" || { echo "the fake GitHub server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

python3 - "$repos" > "$work/me.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({"projects": [{"name": f"p{i}", "repo": f"bench/repo-{i:02d}"} for i in range(n)]}))
PY

run() { # run LABEL ARGS... -> prints seconds, keeps the output in $work/LABEL.out
  local label=$1; shift
  local start end code=0
  start=$(date +%s.%N)
  (cd "$work" && env -i PATH="$PATH" "$bin" refresh me.json --api-url "http://127.0.0.1:$port" "$@" > "$label.out" 2>&1) || code=$?
  end=$(date +%s.%N)
  # A refresh that did not run (or failed every item) would time nothing: stop and say why.
  if [[ $code -ne 0 ]] || ! grep -q . "$work/$label.out"; then
    echo "refresh ($label) exited with $code:" >&2
    cat "$work/$label.out" >&2
    exit 1
  fi
  python3 -c "print(f'{$end - $start:.2f}')"
}

sequential=$(run sequential --jobs 1)
rm "$work/me.github.json"
parallel=$(run parallel)
second=$(run second)

unchanged=$(grep -c '^unchanged' "$work/second.out" || true)
echo "repositories:               $repos ($((repos * 4)) requests, ${delay_ms} ms each)"
echo "refresh --jobs 1:           ${sequential} s"
echo "refresh (default --jobs 4): ${parallel} s"
python3 -c "print(f'ratio parallel/sequential:  {$parallel / $sequential:.3f} (target <= 0.200)')"
echo "second refresh:             ${second} s; $(tail -n 2 "$work/second.out" | head -n 1)"
echo "second refresh 304 items:   $unchanged of $repos"
