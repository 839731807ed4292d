#!/usr/bin/env bash
# Speed checks: story building and coach for a 200-project profile against 100
# targets, per target; story building plus writing for the bundled example (issue 13: < 5 ms);
# and its share of one real render.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo bench --quiet --bench story
